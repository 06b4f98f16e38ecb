"""Session 50 (issue 11, branch coop54): cooperation read on a random sample of real sentences -- support that is a
vote or a poll figure (voters, majorities or a share of them backing a candidate, support told by a poll), support
won from a named giver ("won the support of three governors"), and agreement with a person or a view, which is a
shared opinion, not an intent to cooperate. Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ SE-voters-back-coop54, SE-poll-support-coop54

def test_voters_backing_a_candidate_is_a_vote_not_an_endorsement():
    evs = _events("Suburban voters backed the mayor by a wide margin in Tuesday's primary.")
    assert not _has(evs, root="05"), _pairs(evs)


def test_support_told_by_a_poll_is_no_endorsement():
    evs = _events("A new poll shows older women backing the senator by twelve points.")
    assert not _has(evs, root="05"), _pairs(evs)


def test_voters_urged_to_back_a_candidate_stay_a_rally_for_support():
    evs = _events("The actor spent the weekend in Denver asking young voters to support the senator.")
    assert _has(evs, code="053", src="ELI", tgt="LEG"), _pairs(evs)


def test_a_governor_endorsing_a_candidate_is_still_support():
    evs = _events("The Ohio governor endorsed the Texas senator on Friday.")
    assert _has(evs, code="051", src="USA"), _pairs(evs)


def test_a_state_backing_a_government_is_still_support():
    evs = _events("Germany backs the Ukrainian government in its talks with the lenders.")
    assert _has(evs, code="051", src="DEU", tgt="UKR"), _pairs(evs)


# ------------------------------------------------------------------ N05-win-support-coop54

def test_support_won_from_named_givers_runs_from_the_givers():
    evs = _events("The German chancellor has won strong support from the leaders of France and Italy.")
    assert _has(evs, code="051", src="FRA", tgt="DEU") or _has(evs, code="051", src="ITA", tgt="DEU"), _pairs(evs)


def test_support_won_among_voters_in_a_poll_is_no_event():
    evs = _events("The mayor won 38 percent support among independents in the latest survey.")
    assert not _has(evs, root="05"), _pairs(evs)


# ------------------------------------------------------------------ SE-agree-with-view-coop54 and its keep rows

def test_agreeing_with_a_person_about_a_view_is_no_intent_to_cooperate():
    evs = _events("The columnist agreed with the senator about the outcome of the debate.")
    assert not _has(evs, root="03"), _pairs(evs)


def test_a_judge_agreeing_with_the_plaintiffs_is_no_intent_to_cooperate():
    evs = _events("The appeals judge agreed with the tenants' lawyers.")
    assert not _has(evs, root="03"), _pairs(evs)


def test_agreeing_with_a_side_on_a_matter_stays_cooperation():
    evs = _events("The Syrian rebels agreed with the Russians on a timetable for the evacuation.")
    assert _has(evs, code="030", src="SYR", tgt="RUS"), _pairs(evs)


def test_agreeing_with_a_side_to_do_something_stays_cooperation():
    evs = _events("Turkey agreed with Russia to open a humanitarian corridor.")
    assert _has(evs, code="030", src="TUR", tgt="RUS"), _pairs(evs)


# ------------------------------------------------------------------ SE-allow-private-coop54 and its keep rows

def test_a_landlord_letting_tenants_do_something_is_no_concession():
    evs = _events("The landlord let the tenants paint the flat.")
    assert not _has(evs, root="08"), _pairs(evs)


def test_a_court_letting_a_candidate_run_stays_a_concession():
    evs = _events("The court allowed the opposition leader to run in the elections.")
    assert _has(evs, root="08", src="JUD"), _pairs(evs)


def test_a_state_letting_un_investigators_in_stays_086():
    evs = _events("Myanmar allowed U.N. investigators to visit Rakhine state.")
    assert _has(evs, code="086", src="MMR", tgt="IGO"), _pairs(evs)


def test_a_state_letting_another_country_s_people_cross_stays_086():
    evs = _events("Egypt allowed Palestinian students to cross the border at Rafah.")
    assert _has(evs, code="086", src="EGY", tgt="PSE"), _pairs(evs)


# ------------------------------------------------------------------ SE-withdrawn-support-coop54

def test_an_endorsement_rescinded_is_no_endorsement():
    evs = _events("The county sheriff withdrew his endorsement of the candidate last week.")
    assert not _has(evs, root="05"), _pairs(evs)


def test_support_reaffirmed_is_still_support():
    evs = _events("The union reaffirmed its support for the mayor after the scandal.")
    assert _has(evs, code="051", src="LAB"), _pairs(evs)


def test_an_international_lender_letting_a_state_delay_stays_086():
    evs = _events("The IMF allowed Greece to delay its payment.")
    assert _has(evs, code="086", src="IGO", tgt="GRC"), _pairs(evs)
