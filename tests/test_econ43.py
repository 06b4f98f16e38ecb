"""Session 39 (issue 11, branch econ43): news that is not about conflict -- markets, trade, elections, disasters,
sports and culture -- read for false events and for the real events these sections hold, each kind checked on
sentences written for these tests (none is from a gold set or from the reading sets).

- sports: a side that attacks the goal, a player who destroys a line-up, a side beaten in a shootout or beaten to
  win a cup, goals conceded, a lead surrendered and a pitch invaded are play, no force or yielding;
- a ship that strikes a pier is a mishap; a government raiding its own reserves seizes nothing; control of a
  council won in a vote is no occupation; technology shared is no intelligence; a fine slapped on a firm is no
  blow; voters and investors punish no one; troops sent to disaster relief are no show of force;
- real events: candidates disqualified are politicians banned (1722); a tariff on goods is aimed at the goods' origin (convention goods-origin-targets).
Guards keep what must not change: police shootouts, armed doers striking ships, troops seizing control of a town,
intelligence shared, and a tariff aimed at a state by name.
"""
from __future__ import annotations

import pytest

import newsgraph

PUBLISHED = "2024-06-19"
VIOLENT = ("18", "19", "20")


def _events(text: str) -> list:
    return newsgraph.analyse(text, published=PUBLISHED).events


def _roots(text: str) -> list[str]:
    return [e.cameo_root for e in _events(text)]


@pytest.mark.parametrize("text", [
    "Napoli attacked the goal from both wings but the keeper kept them out.",
    "The hosts peppered the net with shots in the opening half hour.",
    "Sri Lanka's spinners demolished the England batting order on a turning pitch.",
    "The young seamer destroyed the visitors' top order in a fiery spell.",
    "Croatia beat Japan in a penalty shootout to reach the quarter-finals.",
    "The Nuggets edged the Suns in overtime on Thursday night.",
    "Uruguay beat Ghana to clinch a place in the last sixteen.",
    "Supporters invaded the pitch after the home side's late winner.",
])
def test_sports_play_is_no_force(text):
    assert not [r for r in _roots(text) if r in VIOLENT or r in ("11", "17")]


@pytest.mark.parametrize("text", [
    "The defending champions conceded three goals before half-time.",
    "Wales surrendered a ten-point lead in the last quarter.",
    "European stocks surrendered their early gains by midday.",
])
def test_goals_conceded_and_leads_surrendered_are_no_yield(text):
    assert "08" not in _roots(text)


@pytest.mark.parametrize("text", [
    "Part of the jetty collapsed in Durban after a container ship struck it on Tuesday.",
    "The Greek ferry hit a fishing boat off Crete.",
])
def test_a_ship_striking_a_pier_or_a_boat_is_a_mishap(text):
    assert not [r for r in _roots(text) if r in VIOLENT]


@pytest.mark.parametrize("text", [
    "Houthi rebels struck a cargo ship in the Red Sea with a missile.",
    "Police killed two suspects in a shootout on the outskirts of Karachi.",
    "Rebels seized control of the town after three days of fighting.",
])
def test_force_around_ships_shootouts_and_towns_stays(text):
    assert [r for r in _roots(text) if r in VIOLENT + ("17",)]


def test_a_state_raiding_its_own_fund_seizes_nothing():
    assert "17" not in _roots("The cabinet raided the national savings fund to cover the deficit.")


def test_control_of_a_council_won_in_a_vote_is_no_occupation():
    assert not [r for r in _roots("The Liberals seized control of the county council for the first time.")
                if r in VIOLENT + ("17",)]


def test_shared_technology_is_no_intelligence():
    assert "064" not in [e.cameo_code for e in _events("Toyota and BMW will share fuel-cell technology.")]
    assert "064" in [e.cameo_code for e in _events("Jordan and Egypt shared intelligence on the smuggling network.")]


@pytest.mark.parametrize("text", [
    "The election board disqualified four opposition candidates from the mayoral race.",
    "The commission debarred the former governor's nominee over forged certificates.",
])
def test_disqualified_candidates_are_banned_politicians(text):
    assert "1722" in [e.cameo_code for e in _events(text)]


@pytest.mark.parametrize("text, country", [
    ("Seoul slapped duties on plywood shipped from Indonesia.", "IDN"),
    ("Ottawa imposed tariffs of 15 percent on dairy imports from Australia on Friday.", "AUS"),
    ("Argentina imposed tariffs on shoes made in Brazil.", "BRA"),
])
def test_a_tariff_is_aimed_at_the_goods_origin(text, country):
    tariffs = [e for e in _events(text) if e.cameo_code == "163"]
    assert tariffs and any((e.target_code or "").startswith(country) for e in tariffs)


def test_a_tariff_named_against_a_state_keeps_its_target():
    tariffs = [e for e in _events("Washington slapped new tariffs on Chinese solar panels.") if e.cameo_code == "163"]
    assert tariffs and tariffs[0].target_code.startswith("CHN")


def test_a_fine_slapped_on_someone_is_no_blow():
    assert "18" not in _roots("The airline was slapped with a fine by the aviation authority.")


def test_a_slap_in_the_face_stays_a_blow_and_duties_slapped_stay_sanctions():
    assert "18" in _roots("The guard slapped the detained activist in the face, witnesses said.")
    assert "16" in _roots("The chipmaker was slapped with export duties by Beijing.")


@pytest.mark.parametrize("text", [
    "Voters punished the centre-left in Sunday's municipal elections.",
    "Investors punished the retailer after its profit warning.",
])
def test_voters_and_investors_punish_no_one(text):
    assert "17" not in _roots(text)


def test_troops_sent_to_disaster_relief_are_no_show_of_force():
    assert "15" not in _roots("The army deployed 2,000 soldiers to help rescuers search for survivors of the landslide.")


def test_troops_sent_to_a_border_after_a_quake_and_clashes_stay_a_show_of_force():
    text = "The army deployed 2,000 soldiers to the border after clashes with rebels, despite the quake."
    assert "15" in _roots(text)

