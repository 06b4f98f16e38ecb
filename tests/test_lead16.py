"""Session 16 (lead): a plain statement stays beside an act of its speaker that the saying does not make
(convention separate-acts). Every text here is written for these tests."""
from __future__ import annotations

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events


def _codes(text: str) -> set[tuple[str, str | None]]:
    return {(e.cameo_code, e.source_text) for e in _events(text)}


def test_a_coordinated_appeal_leaves_the_statement():
    codes = _codes("The ombudsman said the deaths were caused by gunfire, and called on the government "
                   "to withdraw troops.")
    assert ("010", "The ombudsman") in codes and ("020", "The ombudsman") in codes


def test_a_reported_past_appeal_leaves_the_statement():
    evs = _events("The governor said he urged his aides to cut the budget.")
    assert _has(evs, root="02") and _has(evs, root="01")
    evs = _events("The senator said she had asked the agency to delay the vote.")
    assert _has(evs, root="02") and [e.source_text for e in _has(evs, root="01")] == ["The senator"]


def test_an_act_the_saying_makes_still_hides_the_statement():
    # a demand or a future commitment made by saying it is one act, not a statement and an act
    evs = _events("The minister said the refugees must leave the camp by Friday.")
    assert _has(evs, root="10") and not _has(evs, root="01")
    evs = _events("The president said he would meet the rebels next week.")
    assert _has(evs, root="03") and not _has(evs, root="01")


def test_a_present_appeal_in_what_was_said_hides_the_statement():
    evs = _events("Coach Tom Berg said he urges the fans to stay calm.")
    assert _has(evs, root="02") and not _has(evs, root="01")
