"""Event coding, round 22 of issue 11 (branch stmt20): statements the small parser misreads when no "that" opens
what was said -- the speaker's name hung on "said" as an adverb, "said" hung as an adverb on the clause it
reports, the clause's subject read as the object of "said" -- and "said in a statement that ...", whose clause
the parser hangs on the noun "statement" (events/misread_reports.py, convention misread-reports).

Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed).
"""
from __future__ import annotations

import pytest

from newsgraph.events import conventions
from test_events import _events, _has


def _statements(text):
    return [e for e in _has(_events(text), root="01") if e.modality == "asserted"]


@pytest.mark.parametrize("text, speaker", [
    ("Even so, Okafor said the delay can hurt the families.", "Okafor"),
    ("When the two adopted a dog, Brannigan said they had to ask who would walk it.", "Brannigan"),
    ("Okafor said the pairing of the two singers came about by chance.", "Okafor"),
    ("Tremblay said rising rents and lost wages have a wide toll on young families.", "Tremblay"),
])
def test_a_misread_report_is_its_speakers_statement(text, speaker):
    evs = _statements(text)
    assert evs, text
    assert any(speaker in (e.source_text or "") for e in evs), text
    assert all(e.rule_id.startswith("S-say") for e in evs)


@pytest.mark.parametrize("text", [
    "The governor said in a statement that the new bridge would open on Friday.",
    "The coach said at a news conference that two players would miss the final.",
])
def test_said_in_a_statement_that_is_a_statement(text):
    evs = _statements(text)
    assert evs and evs[0].source_text.lower().startswith("the"), text


@pytest.mark.parametrize("text", [
    "She said a prayer and lit a candle.",
    "He said goodbye and left the room.",
    "Oh, said the boy, and ran off.",
])
def test_said_with_no_report_is_no_statement(text):
    assert not _statements(text), text


def test_the_convention_is_listed_for_round22():
    assert conventions.conventions()["misread-reports"] == "round22"
