"""Actors found but left without a country (or given one the text does not give them), session 35 (issue 12,
branch noc38): residents, villagers and firefighters of a sentence that places nothing, in a story the evidence
gives to no one country; a government named only by its capital taken for the bare "government" mentioned before
it or beside it; a state body or the state media of a two-country story whose sentence names only the other state.

Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed);
each kind has a sentence whose codes must stay as they were next to the ones that change.
"""
from __future__ import annotations

import newsgraph


def _actor(text: str, name: str, published: str = "2025-05-05"):
    r = newsgraph.analyse(text, published=published)
    return next(a for a in r.actors if a.name.lower().startswith(name.lower()))


# ------------------------------------------------------------------ the scene of a story of two countries
BALLOONS = ("Lithuania and Belarus traded accusations on Sunday after {what}. Lithuanian officials said Belarus had "
            "sent hundreds of balloons. Belarus denied it. ")


def test_residents_of_the_town_take_the_scene_country():
    text = ("Ukraine and Russia traded accusations on Friday after a drone hit an oil refinery in the Belgorod region. "
            "Russian officials said Ukrainian forces had launched the drone. Firefighters in Belgorod put out the fire. "
            "Ukraine's military did not comment. Residents of the town said they had heard several explosions.")
    a = _actor(text, "Residents")
    assert a.country == "RUS" and a.country_source == "sentence"


def test_residents_stay_unplaced_when_the_scene_spans_two_countries():
    text = BALLOONS.format(what="balloons landed near Salcininkai and near Grodno") \
        + "Villagers near the border said they saw lights in the sky."
    assert _actor(text, "Villagers").country is None


def test_villagers_of_a_placed_sentence_keep_its_place():
    text = BALLOONS.format(what="a balloon carrying cigarettes landed near the town of Salcininkai") \
        + "Villagers near Grodno said they saw lights in the sky."
    a = _actor(text, "Villagers")
    assert a.country == "BLR" and a.country_source == "sentence"


# ------------------------------------------------------------------ a government named by its capital
def test_a_government_thanking_a_capital_is_not_that_capitals():
    text = ("LIMA (Reuters) - Storms flooded dozens of villages in southern Peru on Monday. The government declared an "
            "emergency in three provinces. Chile sent two rescue helicopters. The government thanked Santiago "
            "for its help.")
    r = newsgraph.analyse(text, published="2025-05-05")
    govs = {a.country for a in r.actors if a.name == "The government"}
    assert govs == {"PER"}


def test_a_bare_government_after_a_capital_still_takes_it():
    text = ("Washington announced new tariffs on steel on Monday, saying imports had hurt American mills. "
            "The government said the duties would take effect in May.")
    assert _actor(text, "The government").country == "USA"


# ------------------------------------------------------------------ the state facing the other one
LAKE = ("Kenya and Uganda traded accusations on Sunday. Kenyan officials said Ugandan police had detained four "
        "fishermen. Uganda denied it. ")


def test_state_media_accusing_the_other_state_are_the_firsts():
    a = _actor(LAKE + "State media accused Nairobi of spreading lies.", "State media")
    assert a.country == "UGA" and a.country_source == "sentence"


def test_an_army_accusing_the_other_state_is_the_firsts():
    a = _actor(LAKE + "The army accused Nairobi of spreading lies.", "The army")
    assert a.country == "UGA" and a.country_source == "sentence"


def test_state_media_of_a_sentence_naming_no_state_keep_the_story_reading():
    a = _actor(LAKE + "State media said the men were released.", "State media")
    assert a.country_source != "sentence"


def test_a_body_speaking_of_its_own_state_as_a_subject_is_not_the_other_states():
    a = _actor(LAKE + "The army said Uganda would not tolerate the accusations.", "The army")
    assert a.country != "KEN"
