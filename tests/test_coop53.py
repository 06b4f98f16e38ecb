"""Session 49 (issue 11, branch coop53): meetings told beside another act, as real papers print them -- a meeting
told by a gerund with its partner after a preposition of time ("signed the accord after meeting with X"), and a
meeting noun in an after/during phrase on a verb of acting in person ("made the trip after talks with X", "raised
the matter during a meeting with X") -- and what must stay uncoded or keep its old reading. Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ convention partnered-gerunds (verb_roles)

def test_a_gerund_meeting_with_a_partner_after_another_act_is_the_subjects_meeting():
    evs = _events("The Austrian chancellor signed the gas accord after meeting with the Qatari emir.")
    assert _has(evs, code="040", src="AUT", tgt="QAT"), _pairs(evs)
    assert _has(evs, code="057", src="AUT"), _pairs(evs)


def test_a_gerund_talk_to_a_partner_before_leaving_is_the_subjects_meeting():
    evs = _events("The Chilean envoy flew home on Friday after talking to the Bolivian president.")
    assert _has(evs, root="04", src="CHL", tgt="BOL"), _pairs(evs)


def test_a_bare_gerund_after_a_preposition_of_time_still_names_no_doer():
    evs = _events("Villagers gathered in the square after shooting near the border post.")
    assert not _has(evs, root="19", src="CVL"), _pairs(evs)
    assert not _has(evs, root="18", src="CVL"), _pairs(evs)


def test_a_gerund_talk_about_a_matter_is_no_meeting():
    evs = _events("The Chilean envoy flew home after talking about the border dispute for an hour.")
    assert not _has(evs, root="04", src="CHL"), _pairs(evs)


def test_a_gerund_committing_to_a_date_after_a_preposition_of_time_is_no_commitment():
    evs = _events("The airline's Italian chief is waiting for more signals before committing to a September start.")
    assert not _has(evs, root="03"), _pairs(evs)


# ------------------------------------------------------------------ MEETING_ADJUNCT_VERBS: acting in person

def test_a_trip_made_after_a_meeting_with_a_side_is_a_meeting_with_it():
    evs = _events("The Chilean president made a short trip to the port after a meeting with Peruvian ministers.")
    assert _has(evs, code="040", src="CHL", tgt="PER"), _pairs(evs)


def test_a_matter_raised_during_talks_with_a_side_is_talks_with_it():
    evs = _events("The Latvian minister raised the pipeline dispute during talks with the Estonian premier.")
    assert _has(evs, root="04", src="LVA", tgt="EST"), _pairs(evs)


def test_a_news_conference_held_after_talks_with_a_side_is_talks_with_it():
    evs = _events("The Latvian minister held a news conference in Riga after talks with the Estonian premier.")
    assert _has(evs, root="04", src="LVA", tgt="EST"), _pairs(evs)


def test_an_arrest_after_a_meeting_with_a_lawyer_is_no_meeting_of_the_police():
    evs = _events("Police detained the Latvian activist after a meeting with his Estonian lawyer.")
    assert not _has(evs, root="04", src="COP"), _pairs(evs)
    assert not _has(evs, root="04", src="LVA"), _pairs(evs)


def test_help_sought_during_a_meeting_codes_no_meeting_of_the_seeker():
    # "seek", "ask" and "press" stay off the list: their request mood would make the meeting hypothetical
    evs = _events("The Latvian minister sought Estonian support during a meeting with the Estonian premier.")
    assert _has(evs, root="02", src="LVA"), _pairs(evs)
    assert not _has(evs, root="04"), _pairs(evs)


# ------------------------------------------------------------------ TIME_SPENDING_VERBS (tree_subjects)

def test_days_spent_meeting_a_side_are_the_spenders_meeting():
    evs = _events("The Zambian president spent three days in Seoul meeting South Korean ministers.")
    assert _has(evs, code="040", src="ZMB", tgt="KOR"), _pairs(evs)


def test_a_side_urged_to_meet_another_is_still_the_one_who_would_meet():
    evs = _events("The Zambian president urged the rebels to meet the South Korean envoy.")
    assert not _has(evs, root="04", src="ZMB"), _pairs(evs)
