"""Session 34 (lead): groups of states named together and taken up again, each checked on sentences written for
these tests.

A plural pronoun reported by a coordination ("Chile and Peru said they would ...") takes up every member, not the
first one only (actors/pronouns.py); "the two governments", "both armies", "the three governments" are that body of
each of the states the text was just talking about -- a country or one of its officials or bodies -- when it names
as many, never of a state named as a place nor of the one whose subject accuses them, and after an accusation
"both governments deny" are the accused (actors/nominals.states_talked_about)."""
from __future__ import annotations

import pytest

import newsgraph

PUBLISHED = "2024-06-19"


def _events(text: str):
    return newsgraph.analyse(text, published=PUBLISHED).events


def _sides(text: str, root: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code, e.target_code) for e in _events(text) if e.cameo_code.startswith(root)}


@pytest.mark.parametrize("text, root, want", [
    ("Chile and Peru said they would raise tariffs on imported steel.", "13",
     {"CHL", "PER"}),
    ("Kenya, Tanzania and Uganda announced that they would close their borders with South Sudan.", "",
     {"KEN", "TZA", "UGA"}),
])
def test_a_plural_pronoun_reported_by_a_coordination_takes_up_every_member(text, root, want):
    evs = [e for e in _events(text) if e.cameo_code.startswith(root) and e.cameo_code != "010"]
    assert {e.source_code for e in evs} == want, [(e.cameo_code, e.source_code, e.target_code) for e in evs]


def test_their_borders_with_a_third_state_aim_at_that_state():
    sides = _sides("Kenya, Tanzania and Uganda announced that they would close their borders with South Sudan.", "1")
    assert sides and {t for _, t in sides} == {"SSD"}, sides


@pytest.mark.parametrize("text, root, want", [
    ("Ghana and Togo held talks in Accra on Monday. The two governments agreed to reopen the border post.", "03",
     {("GHAGOV", "TGOGOV"), ("TGOGOV", "GHAGOV")}),
    ("The Chilean president received his Peruvian counterpart in Santiago. Both governments signed a pact on "
     "fishing rights.", "05", {("CHLGOV", "PERGOV"), ("PERGOV", "CHLGOV")}),
])
def test_the_two_governments_are_those_of_the_states_just_named(text, root, want):
    assert _sides(text, root) == want


def test_the_three_governments_accused_by_another_state_leave_the_accuser_out():
    text = ("Canada, Mexico and Brazil said they would expel the envoys. Argentina's foreign minister accused the "
            "three governments of meddling.")
    targets = {t for s, t in _sides(text, "112")}
    assert targets == {"CANGOV", "MEXGOV", "BRAGOV"}, targets


def test_both_governments_that_deny_are_the_accused_not_the_accusers():
    text = ("Paris and Berlin have accused Belarus and Russia of pushing migrants towards the border. "
            "Both governments deny any such plan.")
    sources = {s for s, _ in _sides(text, "016")}
    assert sources == {"BLRGOV", "RUSGOV"}, sources


def test_a_single_state_named_gives_the_two_governments_no_country():
    text = "The prime minister met the visiting foreign minister of Nepal. The two governments agreed to build a power line."
    sides = _sides(text, "03")
    assert sides and all(s in (None, "GOV") for s, _ in sides), sides


def test_states_named_as_places_are_not_the_governments():
    text = ("Japan and Vietnam held talks on fishing rights in Singapore. The two governments agreed to meet "
            "again in October.")
    sides = _sides(text, "03")
    assert {s for s, _ in sides} == {"JPNGOV", "VNMGOV"}, sides
