"""Event coding, session 27 (issue 11, branch stmt28): statements (01) -- an attribution's inverted subject read
as the object ("'...,' quipped the engineer Ann Roe"), a that-clause hung on the noun of a second preposition
phrase ("wrote in a memo to staff that ..."), and an inverted "Should X ..." condition that is no appeal.

Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed).
"""
from __future__ import annotations

import pytest

from test_events import _events
from test_stmt25 import _asserted, _show, _speaker_names


@pytest.mark.parametrize("text, speaker", [
    ("\"The ferry will sail again by June,\" quipped the harbour master Ann Roe.", "Ann Roe"),
    ("\"The ferry will sail again by June,\" added the harbour master Ann Roe.", "Ann Roe"),
    ("\"We waited nine hours for the bus,\" recalled the teacher, Lise Haug.", "Lise Haug"),
    ("\"Imagine the whole valley under snow in May,\" mused the radio host Ola Berg.", "Ola Berg"),
])
def test_inverted_speaker_read_as_object_is_the_speaker(text, speaker):
    assert speaker in _speaker_names(text), _show(text)


@pytest.mark.parametrize("text", [
    "The archivist recalled the engineer Tom Varga from her first year at the plant.",
    "The clerk added the new invoices to the pile before noon.",
])
def test_a_real_object_of_recall_or_add_is_no_speaker(text):
    names = _speaker_names(text)
    assert not any(n and ("Varga" in n or "invoices" in n) for n in names), _show(text)


@pytest.mark.parametrize("text", [
    "The Belgian health minister wrote in a memo to hospitals that the stocks of masks would last the winter.",
    "The Belgian health minister wrote in a letter to the unions that the talks on pay were over.",
])
def test_clause_hung_on_a_second_phrase_is_what_was_written(text):
    evs = _asserted(text, "01")
    assert evs and any(e.rule_id.startswith("S-address") for e in evs), _show(text)


@pytest.mark.parametrize("text", [
    "Nora Vik, a columnist in Oslo, writes: \"Should Jonas Gahr Store lose the budget vote, the cabinet will fall.\"",
    "\"Should Jonas Gahr Store lose the budget vote, the cabinet will fall,\" the Norwegian columnist Nora Vik said.",
])
def test_inverted_should_is_a_condition_not_an_appeal(text):
    evs = _events(text)
    assert not [e for e in evs if e.rule_id.startswith("D-should")], _show(text)
    assert _asserted(text, "01"), _show(text)


def test_plain_should_still_asks():
    text = "The Norwegian columnist Nora Vik said Jonas Gahr Store should call an early election."
    assert [e for e in _events(text) if e.rule_id.startswith("D-should")], _show(text)


@pytest.mark.parametrize("text", [
    "His books were disputed by the families about whom he had written.",
    "The reforms about which the mayor has spoken often were never passed.",
])
def test_about_whom_someone_wrote_is_no_statement(text):
    assert not _asserted(text, "01"), _show(text)


def test_writing_about_a_topic_is_still_a_statement():
    text = "The Austrian finance minister wrote about the pension reform in a newspaper column."
    assert _asserted(text, "01"), _show(text)


@pytest.mark.parametrize("text, speaker", [
    ("He was detained a block away after employees of a bakery said he tried to steal a bike.", "employees"),
    ("The shop closed after the owners of the bakery said the rent was too high.", "owners"),
])
def test_speaker_read_as_object_of_after_is_the_speaker(text, speaker):
    assert any(n and speaker in n for n in _speaker_names(text)) or any(
        speaker in (e.source_text or "") for e in _asserted(text, "01")), _show(text)
