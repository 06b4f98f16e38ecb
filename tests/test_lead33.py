"""Session 33 (lead): denials said in other words than "deny", each checked on sentences written for these tests.

A speaker who says it (or those it speaks for) had "nothing to do with" an act denies a link to it: 016 (convention
no-link-denials, tone T-no-link); so does one who says someone was "not involved", "played no role" or "took no part"
in it, or that there was "no truth" to a report (tone row T-deny-denied-lead34, polarity `denied`). An act held
under such a denied share ("played no role in arming the rebels", "took no part in the raid") did not happen as
far as the sentence says (modality: PART_NOUNS)."""
from __future__ import annotations

import pytest

import newsgraph
from newsgraph.datafile import DataFileError
from newsgraph.events import statement_data

PUBLISHED = "2024-06-19"


def _events(text: str):
    return newsgraph.analyse(text, published=PUBLISHED).events


def _codes(text: str) -> list[tuple[str, str, str]]:
    return [(e.cameo_code, e.modality, e.rule_id) for e in _events(text)]


@pytest.mark.parametrize("text", [
    "The defence ministry said it had nothing to do with the fire at the arms depot.",
    "Belgrade insists that it had nothing to do with the hacking of the bank.",
])
def test_nothing_to_do_with_an_act_is_a_denial(text):
    codes = _codes(text)
    assert any(c == "016" and "T-no-link" in r for c, _, r in codes), codes
    assert not any(c == "111" for c, _, _ in codes), codes


def test_doing_nothing_is_still_inaction_not_a_denial():
    codes = _codes("The tenants' union said the housing minister had done nothing to fix the flats.")
    assert not any(c == "016" for c, _, _ in codes), codes


def test_asking_whether_it_had_nothing_to_do_with_it_needs_a_statement_verb():
    # no reporting verb: nothing is said, so nothing is denied
    codes = _codes("Whether the mayor had nothing to do with the fraud remains unclear.")
    assert not any(c == "016" for c, _, _ in codes), codes


@pytest.mark.parametrize("text", [
    "The army said its pilots were not involved in the bombing of the bridge.",
    "The ambassador said his country played no role in the coup attempt.",
    "The party said there was no truth to the reports of a split.",
    "The colonel said he took no part in beating the detainees.",
])
def test_a_denied_share_or_truth_is_a_denial(text):
    codes = _codes(text)
    assert any(c == "016" and "T-deny-denied-lead34" in r for c, _, r in codes), codes


def test_an_involvement_said_not_denied_is_no_denial():
    codes = _codes("The army said its pilots were involved in the rescue of the miners.")
    assert not any(c == "016" for c, _, _ in codes), codes


def test_a_link_between_two_matters_is_no_denial():
    codes = _codes("The senator said the two scandals had no connection to each other.")
    assert not any(c == "016" for c, _, _ in codes), codes


@pytest.mark.parametrize("text, root", [
    ("The embassy said it played no role in organising the march.", "14"),
    ("The general took no part in the raid on the village.", "19"),
])
def test_an_act_under_a_denied_share_is_negated(text, root):
    events = [e for e in _events(text) if e.cameo_code.startswith(root)]
    assert events, _codes(text)
    assert all(e.modality == "negated" for e in events), _codes(text)


def test_an_act_under_a_share_that_is_not_denied_is_asserted():
    events = [e for e in _events("Rebel units played a key role in the raid on the village.")
              if e.cameo_code.startswith("19")]
    assert events and all(e.modality == "asserted" for e in events), _codes(
        "Rebel units played a key role in the raid on the village.")


def test_a_denied_polarity_row_must_code_a_denial(tmp_path, monkeypatch):
    bad = tmp_path / "statement_tones.csv"
    bad.write_text("id,words,cameo,example,polarity\nT-x,involved,111,An example.,denied\n")
    monkeypatch.setattr(statement_data, "package_data", lambda *parts: bad)
    statement_data.tone_words.cache_clear()
    try:
        with pytest.raises(DataFileError):
            statement_data.tone_words()
    finally:
        statement_data.tone_words.cache_clear()


@pytest.mark.parametrize("text, root", [
    ("The envoy stopped short of blaming Ankara for the shelling.", "11"),
    ("Far from praising the budget, the senator denounced it.", "05"),
])
def test_an_act_stopped_short_of_or_far_from_did_not_happen(text, root):
    events = [e for e in _events(text) if e.cameo_code.startswith(root)]
    assert events, _codes(text)
    assert all(e.modality == "negated" for e in events), _codes(text)


@pytest.mark.parametrize("text", [
    "The two candidates battled for votes across the rural counties.",
    "The dock workers have fought for better wages since the spring.",
])
def test_fighting_for_votes_or_pay_is_no_force(text):
    assert not any(c.startswith(("18", "19", "20")) for c, _, _ in _codes(text)), _codes(text)


def test_fighting_for_a_town_is_still_force():
    assert any(c.startswith("19") for c, _, _ in _codes("The militia fought for control of the river port.")), \
        _codes("The militia fought for control of the river port.")
