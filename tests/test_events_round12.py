"""Event coding on real news nobody tuned on, round 12 of issue 11: statements and their sides.

A statement to a named outlet has the outlet as its target; a quoted stretch introduced by "titled" is a title
whatever its capitals; a cause named by the speaker is a statement; asking for money from someone is an appeal for economic aid. Also the shared helpers of
this round: one reading of "if"/"unless" conditions, the future auxiliaries in both apostrophes, and a question-word
side emptied on a copy of the event. Every sentence here is written for these tests (none is taken from a gold set,
a real article or the seed); each kind has a sentence that must stay coded next to the ones that must not.
"""
from __future__ import annotations

from dataclasses import replace

import pytest

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events

from newsgraph.events.framing import clear_wh_sides
from newsgraph.events.conditions import condition_mark
from newsgraph.events.modality_cues import FUTURE_AUX
from newsgraph.nlp.model import load_nlp
from newsgraph.records import Event


def _statements(text: str) -> list[Event]:
    return _has(_events(text), root="01", modality="asserted")


# ------------------------------------------------------------------ statements to a named outlet (named-outlets)

def test_a_statement_to_a_named_agency_has_the_agency_as_target():
    said = _statements("The farmer told AFP that the harvest had failed.")
    assert said and said[0].target_code == "FRAMED"


def test_a_statement_to_the_press_by_a_common_noun_still_has_no_target():
    said = _statements("The farmer told reporters that the harvest had failed.")
    assert said and all(e.target_actor_id is None for e in said)


# ------------------------------------------------------------------ titled works (titled-works)

def test_an_act_in_a_titled_quote_in_sentence_case_is_no_event():
    evs = _events("In an essay titled \u2018Why the council is stealing our park\u2019, the writer asks for a vote.")
    assert not _has(evs, root="17")


def test_an_act_outside_the_title_stays_coded():
    evs = _events("The council seized the park, the writer said in an essay titled \u2018Our lost park\u2019.")
    assert _has(evs, root="17")


# ------------------------------------------------------------------ new statement and appeal rows

def test_a_cause_named_by_the_speaker_is_a_statement():
    assert _statements("Doctors attribute the rise in cases to the cold winter.")
    assert not _statements("The old song was attributed to a Welsh poet.")


def test_seeking_money_from_someone_is_an_appeal_for_economic_aid():
    assert _has(_events("The city hospital is seeking 2 million dollars from the public."), code="0231")
    assert not _has(_events("The city hospital is seeking a new director."), root="02")


# ------------------------------------------------------------------ shared helpers

def test_condition_mark_reads_if_and_unless_of_the_verb_itself():
    doc = load_nlp()("The union will strike unless the board pays the wages.")
    strike = next(t for t in doc if t.lemma_ == "strike")
    assert condition_mark(strike) == "unless"
    doc = load_nlp()("The union will strike on Monday.")
    assert condition_mark(next(t for t in doc if t.lemma_ == "strike")) is None


def test_future_auxiliaries_take_both_apostrophes():
    assert {"'ll", "\u2019ll", "'d", "\u2019d", "will", "would"} <= FUTURE_AUX


def test_a_conditional_warning_with_a_typographic_apostrophe_is_a_threat():
    evs = _events("The drivers warned that if their wages were not paid, they\u2019ll stop work.")
    assert _has(evs, root="13")


def test_clearing_a_question_word_side_leaves_the_event_unchanged():
    ev = next(iter(_events("Police arrested two men on Monday.")))
    asked = replace(ev, source_text="who", source_actor_id=None, source_start=0)
    cleared, found = clear_wh_sides(asked)
    assert found and cleared.source_text is None and cleared.source_start is None
    assert asked.source_text == "who" and asked.source_start == 0


def test_speaking_to_a_named_outlet_is_a_statement_to_it():
    said = _statements("The mayor spoke to AFP on Monday.")
    assert said and said[0].target_code == "FRAMED"
    assert not _statements("The mayor spoke to the minister on Monday.")     # a consultation, not a statement


# ------------------------------------------------------------------ threats named by a noun

def test_a_threat_with_its_maker_named_is_a_threat():
    assert _has(_events("The mayors reacted with anger to threats by the minister to cut their budgets."),
                root="13", modality="asserted")


def test_threats_received_from_someone_run_from_them_to_the_recipient():
    evs = _has(_events("The judge received threats from the gang after the trial."), root="13")
    assert evs and evs[0].source_text and "gang" in evs[0].source_text and "judge" in (evs[0].target_text or "")


def test_a_threat_as_a_danger_is_no_threat_by_anyone():
    assert not _has(_events("Rising seas are among the biggest threats the islands face."), root="13")


# ------------------------------------------------------------------ a negated acceptance (refused-acceptance)

def test_not_accepting_an_offer_is_a_rejection():
    assert _has(_events("The ministry did not accept the offer of the donors."), root="12", modality="asserted")
    assert _has(_events("The court did not agree with the company's argument."), root="12")


def test_an_acceptance_still_pending_is_no_rejection():
    assert not _has(_events("The ministry has not yet accepted any offers."), root="12")
    assert not _has(_events("The ministry accepted the offer of the donors."), root="12")


# ------------------------------------------------------------------ hyphenated modifiers (hyphen-modifiers)

def test_a_verb_in_a_hyphenated_modifier_is_no_act():
    assert not _has(_events("The senator's norm-defying style worried the party."), root="12")
    assert _has(_events("The rebels defied the court order."), root="12")


# ------------------------------------------------------------------ shared words (SE-share-words)

def test_words_shared_with_an_outlet_are_no_intelligence_shared():
    assert not _has(_events("\u201cSleep matters most,\u201d the doctor shared with AFP."), root="06")
    assert _has(_events("The agencies shared intelligence."), code="064")


@pytest.mark.parametrize("text,refusal", [
    ("The old man's eyesight continued to decline over the winter.", False),
    ("Membership of the club has dwindled for a decade.", False),
    ("The minister declined the invitation to the summit.", True),
    ("Iran declined an offer of talks from France.", True),
])
def test_declining_nothing_is_no_refusal(text, refusal):
    """SE-decline-idle: 'decline' with no object, clause or infinitive is a decrease, not a rejection (12x)."""
    assert bool(_has(_events(text), root="12")) == refusal, text


@pytest.mark.parametrize("text,modality", [
    ("The army will not let the rebels seize the airport.", "negated"),
    ("Police did not allow the students to march to the palace.", "negated"),
    ("Police allowed the students to march to the palace.", "asserted"),
])
def test_what_was_not_permitted_did_not_happen(text, modality):
    """M-permit: the act a negated allow/let/permit governs is negated; a permission given leaves it asserted."""
    # (root 19 too: an airport seized is territory occupied, 192, since session 43, no longer property seized, 171)
    acts = [e for e in _events(text) if e.cameo_root in ("14", "17", "19")]
    assert acts and all(e.modality == modality for e in acts), [(e.cameo_code, e.modality) for e in acts]
