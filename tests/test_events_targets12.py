"""Event targets the coder used to leave empty (issue 11, round 12): whom a statement was made to, whom a
case is against, whom praise in a relative clause is about, and whom an act done with a tool was done to.

Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed);
each kind has a sentence whose target must stay empty next to the ones that gain one.
"""
from __future__ import annotations

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events


def _statement_targets(text: str) -> list[str | None]:
    return [e.target_text for e in _events(text) if e.cameo_root == "01" and e.modality == "asserted"]


# ------------------------------------------------------------------ speech-addressees

def test_an_interview_with_a_named_outlet_is_the_statements_target():
    evs = _has(_events('"The strike will go ahead on Monday," Paul Reed said in an interview with Reuters.'),
               code="010")
    assert [e.target_text for e in evs] == ["Reuters"]


def test_a_letter_or_statement_to_a_body_is_made_to_it():
    assert _statement_targets("The mayor said in a statement to the union that the plan was dead.") == ["the union"]
    assert _statement_targets("The mayor said in a letter to residents that the plan was dead.") == ["residents"]


def test_an_interview_with_reporters_or_a_speech_in_a_city_has_no_target():
    assert _statement_targets("The mayor said in an interview with reporters that the plan was dead.") == [None]
    assert _statement_targets("The mayor said in a speech in Boston that the plan was dead.") == [None]


def test_what_was_revealed_to_people_is_told_to_them():
    assert _statement_targets("The general disclosed the details to Senate investigators last week.") == \
        ["Senate investigators"]
    assert _statement_targets("The minister revealed the plan to union leaders, saying it would cut costs.") == \
        ["union leaders"]


def test_what_was_made_public_about_a_place_is_no_statement_to_it():
    assert _statement_targets("The ministry confirmed the transfer to Ukraine on Monday.") == [None]


# ------------------------------------------------------------------ case-against

def test_a_dropped_inquiry_into_allegations_is_against_the_accused():
    evs = _has(_events("The prosecutors dropped their inquiry into the allegations against the mayor."), code="080")
    assert [e.target_text for e in evs] == ["the mayor"]
    evs = _has(_events("Norway has dropped its inquiry into a bribery claim against the former minister."),
               code="080")
    assert [e.target_text for e in evs] == ["the former minister"]


def test_a_hearing_on_proceedings_against_someone_targets_them():
    evs = _has(_events("The committee concluded its hearing on the impeachment proceedings against the governor."),
               root="09")
    assert [e.target_text for e in evs] == ["the governor"]


def test_a_complaint_against_someone_targets_them_not_where_it_was_lodged():
    evs = _has(_events("Residents filed a complaint against the company with the regulator."), root="11")
    assert [e.target_text for e in evs] == ["the company"]
    evs = _has(_events("Residents lodged a complaint with the regulator on Monday."), root="11")
    assert [e.target_text for e in evs] == ["the regulator"]


def test_a_hearing_on_a_budget_has_no_target():
    evs = _has(_events("The committee concluded its hearing on the budget on Tuesday."), root="09")
    assert evs and all(e.target_text is None for e in evs)


# ------------------------------------------------------------------ judged-inner

def test_praise_in_a_relative_clause_is_of_the_noun_it_describes():
    evs = _has(_events("The senator said Uruguay was among the rare states that had done well in its response."),
               code="051")
    assert [e.target_code for e in evs] == ["URY"]


def test_praise_of_the_speakers_own_deed_stays_no_praise_of_another():
    assert not _has(_events("The minister said we had done well in the crisis."), code="051")


# ------------------------------------------------------------------ a tool used for an act

def test_force_used_to_disperse_people_is_done_to_them():
    evs = _has(_events("Police used water cannon to disperse the striking miners."), root="17")
    assert [(e.source_text, e.target_text) for e in evs] == [("Police", "the striking miners")]


def test_a_force_used_for_an_act_still_does_it():
    evs = _has(_events("The regime used the army to crush the protests."), root="17")
    assert evs and all(e.source_text == "the army" for e in evs)
