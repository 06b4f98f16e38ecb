"""Session 30 (issue 11, branch stmt31, round31): appeals (CAMEO 02) and intents to cooperate (03) and their line
with 01 statements -- a cooperative act planned or prepared by its own doer is an intent (03x, convention
planned-intents), a conflictual one planned stays a planned act; advocating for something is an
appeal; a side that is or remains committed to something states an intent (030); people encouraged to act are
appealed to, while an encouragement with nothing asked is no appeal. Own sentences only."""
from __future__ import annotations

from test_events import _events, _has


def _pairs(evs):
    return [(e.cameo_code, e.source_code, e.target_code, e.modality, e.rule_id) for e in evs]


# ------------------------------------------------------------------ planned cooperation is an intent (03x)

def test_planned_aid_is_an_intent_to_give_aid():
    evs = _events("The Ghanaian health ministry plans to send medical aid to Togo.")
    assert _has(evs, code="033", src="GHA", tgt="TGO", modality="asserted"), _pairs(evs)
    assert not _has(evs, root="07"), _pairs(evs)


def test_preparing_to_send_aid_is_an_intent():
    evs = _events("The Ghanaian government is preparing to send food aid to Togo.")
    assert _has(evs, root="03", src="GHA", tgt="TGO", modality="asserted"), _pairs(evs)


def test_a_plan_unveiled_to_give_aid_is_the_unveilers_intent():
    evs = _events("The Ghanaian government announced a plan to send food aid to Togo.")
    assert _has(evs, root="03", src="GHA", tgt="TGO", modality="asserted"), _pairs(evs)


def test_a_planned_visit_is_an_intent_to_meet():
    evs = _events("The Kenyan president plans to visit Uganda next month.")
    assert _has(evs, code="036", src="KEN", tgt="UGA", modality="asserted"), _pairs(evs)


def test_a_planned_arrest_is_no_threat():
    evs = _events("Nigerian police are planning to arrest the smugglers at the border.")
    assert not _has(evs, root="13"), _pairs(evs)
    assert not _has(evs, root="03"), _pairs(evs)


def test_the_convention_is_tagged_round31():
    from newsgraph.events.patterns import conventions
    assert conventions()["planned-intents"] == "round31"


# ------------------------------------------------------------------ advocating is appealing (02)

def test_advocating_for_a_change_is_an_appeal():
    evs = _events("The Kenyan nurses' union is advocating for longer rest breaks.")
    assert _has(evs, root="02", src="KEN", modality="asserted"), _pairs(evs)


def test_advocating_in_the_past_is_an_appeal():
    evs = _events("The Chilean teachers' union advocated for smaller classes.")
    assert _has(evs, root="02", src="CHL"), _pairs(evs)


# ------------------------------------------------------------------ committed to: an intent (030)

def test_remaining_committed_to_a_reform_is_an_intent():
    evs = _events("The Ghanaian ministry remains committed to the reform of the port.")
    assert _has(evs, code="030", src="GHA", modality="asserted"), _pairs(evs)


def test_a_quoted_commitment_is_the_speakers_intent():
    evs = _events('"We remain fully committed to the peace talks," the Colombian president said.')
    assert _has(evs, root="03", src="COL"), _pairs(evs)


def test_committed_to_a_hospital_is_no_intent():
    evs = _events("The Kenyan man was committed to a psychiatric hospital on Monday.")
    assert not _has(evs, root="03"), _pairs(evs)


# ------------------------------------------------------------------ encouraging people to act (02)

def test_residents_encouraged_to_act_are_appealed_to():
    evs = _events("The Kenyan health minister encouraged residents to stay indoors.")
    assert _has(evs, root="02", src="KEN", tgt="CVL", modality="asserted"), _pairs(evs)


def test_encouragement_with_nothing_asked_is_no_appeal():
    evs = _events("The strong export figures encouraged Kenyan investors.")
    assert not _has(evs, root="02"), _pairs(evs)


def test_an_actor_encouraged_to_act_still_is_appealed_to():
    evs = _events("The bishops encouraged the Peruvian president to pardon the prisoners.")
    assert _has(evs, root="02", tgt="PER"), _pairs(evs)


def test_a_plan_someone_else_made_is_not_the_disrupters_intent():
    evs = _events("Kenyan forces disrupted a United Nations plan to return the refugees to their villages.")
    assert not _has(evs, root="03", src="KEN"), _pairs(evs)


def test_a_plan_criticised_is_no_intent_of_the_critic():
    evs = _events("The Ghanaian government criticised the plan to send food aid to Togo.")
    assert not _has(evs, root="03"), _pairs(evs)


def test_a_body_described_by_what_it_advocates_makes_no_appeal():
    evs = _events("She volunteers for a Kenyan charity that advocates for shorter hospital waits.")
    assert not _has(evs, root="02"), _pairs(evs)
