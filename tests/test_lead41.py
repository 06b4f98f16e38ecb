"""Session 41 (lead): kinds read on wire-style sentences of the lead's own, each checked on sentences written for
these tests.

- a large city the recogniser tags PERSON after a verb of travel and "to" ("flew to Buenos Aires") is the place
  the trip went to, so the visit is aimed at its country;
- "in protest" on a verb coded as a protest names the manner of that protest, not a second protest; on a verb
  that is no protest, the verb's subject protested;
- a weapon or craft standing for the forces using it ("a drone in southern Lebanon") takes no country from where
  it struck;
- a violent passive with no doer whose when-clause tells the act ("were killed when their car was hit by a
  drone") is that act's toll, one event;
- a detention extended or renewed is a detention by who extended it (173);
- a body suspending a member's membership reduces relations with that member (160);
- a car or truck bomb is a weapon, not a road mishap, and the victims of a bombing replace a target that is only
  its place;
- whoever is "booked" (a case registered against them) for an act did that act;
- a past verb the parser reads as an adjective after "Subject in Place" is the sentence's verb (nlp/verbless_roots.py);
- (at the merges) property damaged with no doer in a disaster story is no act, and a bomb a private person drops is
  news told.
"""
from __future__ import annotations

import pytest

import newsgraph

PUBLISHED = "2024-06-19"


def _events(text: str) -> list:
    return newsgraph.analyse(text, published=PUBLISHED).events


@pytest.mark.parametrize("text, target", [
    ("The Uruguayan trade minister flew to Buenos Aires on Tuesday.", "ARG"),
    ("Chile's foreign minister travelled to Buenos Aires for talks with her counterpart.", "ARG"),
])
def test_trip_to_a_city_tagged_as_a_person(text, target):
    visits = [e for e in _events(text) if e.cameo_code == "042"]
    assert visits and all(e.target_code == target for e in visits)


def test_a_person_after_to_is_no_place():
    # a name after "to" that no verb of travel governs is left to the recogniser
    assert not [e for e in _events("The mayor handed the keys to Victoria Evans.") if e.cameo_code == "042"]


@pytest.mark.parametrize("text", [
    "Nurses picketed the clinic in protest against the night shifts.",
    "Bus drivers marched through the city centre in protest at the new timetable.",
    "Hundreds of fishermen blocked the harbour road in protest against the quota cuts.",
])
def test_in_protest_on_a_protest_is_one_protest(text):
    protests = [e for e in _events(text) if e.cameo_root == "14"]
    assert len(protests) == 1 and protests[0].source_text


def test_in_protest_on_another_verb_takes_its_subject():
    protests = [e for e in _events("Farmers gathered outside parliament in protest against grain imports.")
                if e.cameo_root == "14"]
    assert len(protests) == 1 and protests[0].source_text == "Farmers"


def test_weapon_takes_no_country_from_where_it_struck():
    events = [e for e in _events("Their car was hit by a drone in southern Lebanon.") if e.cameo_root == "19"]
    assert events and all(e.source_code is None or not e.source_code.startswith("LBN") for e in events)


def test_police_in_a_city_keep_its_country():
    events = _events("Police in Nairobi fired tear gas at the marchers.")
    assert any(e.source_code == "KENCOP" for e in events)


@pytest.mark.parametrize("text", [
    "Two journalists were killed when their car was hit by a drone near the border.",
    "Four villagers were wounded when their bus was hit by a drone.",
])
def test_passive_toll_of_a_when_clause_attack_is_one_event(text):
    violent = [e for e in _events(text) if e.cameo_root in ("18", "19", "20")]
    assert len(violent) == 1


def test_passive_with_its_own_doer_stays_apart():
    # the killing has a doer of its own: two acts
    events = _events("A guard was shot dead by a sniper after rebels shelled the outpost.")
    assert len([e for e in events if e.cameo_root in ("18", "19", "20")]) == 2


@pytest.mark.parametrize("text, source", [
    ("A Lisbon judge extended the detention of the two ship officers by 60 days.", "PRTJUD"),
    ("A court in Oslo renewed the detention of the smuggling suspect for four weeks.", "NORJUD"),
])
def test_extended_detention_is_a_detention_by_who_extended_it(text, source):
    arrests = [e for e in _events(text) if e.cameo_code == "173"]
    assert arrests and arrests[0].source_code == source


@pytest.mark.parametrize("text, source, target", [
    ("The African Union suspended Gabon's membership after the army seized power.", "IGOAFRAU", "GAB"),
    ("ECOWAS suspended Mali's membership after the coup.", None, "MLI"),
])
def test_membership_suspended_reduces_relations(text, source, target):
    cuts = [e for e in _events(text) if e.cameo_root == "16"]
    assert cuts and cuts[0].target_code == target and (source is None or cuts[0].source_code == source)


def test_a_club_membership_is_no_relation_between_states():
    assert not [e for e in _events("The golf club suspended his membership for a year.") if e.cameo_root == "16"]


@pytest.mark.parametrize("text", [
    "A car bomb exploded outside a courthouse in the capital, killing seven people.",
    "A truck bomb went off near a police station, killing six officers.",
])
def test_a_car_bomb_is_no_road_mishap(text):
    bombings = [e for e in _events(text) if e.cameo_root in ("18", "19")]
    assert bombings and bombings[0].target_text


def test_a_car_crash_is_still_no_attack():
    assert not [e for e in _events("A car crashed into a wall on the ring road, killing the driver.")
                if e.cameo_root in ("18", "19", "20")]


def test_victims_replace_a_target_that_is_only_the_place():
    events = [e for e in _events("A bomber blew himself up at a bus depot in northern Iraq, killing six drivers.")
              if e.cameo_root == "18"]
    assert len(events) == 1 and events[0].target_text == "six drivers"


def test_the_booked_did_the_deed_they_were_booked_for():
    # South Asian papers' "booked": a case registered against them; the traders hoarded, not the police
    hoarding = [e for e in _events("Police in Multan booked 20 traders for blocking the grain market road.")
                if e.cameo_root == "14"]
    assert hoarding and all(e.source_text != "Police" for e in hoarding)


@pytest.mark.parametrize("text, root", [
    ("Protesters in Tbilisi hurled bottles at riot police outside parliament.", "14"),
    ("Farmers in Punjab burned effigies of the minister.", "14"),
])
def test_a_verb_read_as_an_adjective_after_a_place_is_the_verb(text, root):
    assert root in {e.cameo_root for e in _events(text)}


def test_the_repair_leaves_a_line_without_a_full_stop_as_parsed():
    from newsgraph.nlp.model import load_nlp
    from newsgraph.nlp.verbless_roots import COMPONENT
    nlp = load_nlp()
    line = "Protesters in Tbilisi hurled bottles at riot police outside parliament"

    def heads(text: str) -> list[tuple[int, str]]:
        return [(t.head.i, t.dep_) for t in nlp(text)]

    repaired, repaired_sentence = heads(line), heads(line + ".")
    with nlp.select_pipes(disable=[COMPONENT]):
        parsed, parsed_sentence = heads(line), heads(line + ".")
    assert repaired_sentence != parsed_sentence      # the full sentence is repaired ...
    assert repaired == parsed                        # ... the line without its full stop is not


def test_property_damaged_with_no_doer_in_a_disaster_story_is_no_act():
    text = ("A tsunami struck the western coast on Saturday night, officials said. "
            "Hundreds of homes were badly damaged along the shore.")
    assert not [e for e in _events(text) if e.cameo_code.startswith("17")]


def test_property_damaged_with_no_doer_after_an_attack_stays():
    text = "Fighters stormed the town on Saturday night. Hundreds of homes were badly damaged along the main road."
    assert [e for e in _events(text) if e.cameo_code == "171"]


def test_a_bomb_dropped_by_a_private_person_is_news_told():
    assert not [e for e in _events("The nurse dropped the bomb on her family at dinner.") if e.cameo_root == "19"]
    assert [e for e in _events("Government aircraft dropped barrel bombs on two villages near the river.")
            if e.cameo_root == "19"]
