"""Session 28 (issue 12, branch ctry29): countries of domestic actors in regional news -- a university named
after a town the text itself places ("Victoria, B.C."), a city's possessive before an office ("Toronto's
mayor"), provincial and state governments as actors of their own (two provinces, a province and Ottawa),
"the province", a party's government ("Alberta's NDP government"), a party member's epithet ("the Ohio
Democrat said"), a city council that owns the plan protested, Canadian outlets and the Fed's chair. Every text
here is written for these tests."""
from __future__ import annotations

import newsgraph
from test_lead25 import _events     # (code, source code, target code) of each event, as session 25's tests read them


def _analyse(text: str):
    return newsgraph.analyse(text, published="2019-03-04")


def _actor(a, name: str):
    return next(x for x in a.actors if x.name == name)


def test_an_organisation_named_after_a_town_the_text_places_takes_that_towns_country():
    a = _analyse("Snow fell on the harbour in Victoria, B.C., overnight. Scientists at the University of Victoria "
                 "said the storm was unusual.")
    uni = _actor(a, "University of Victoria")
    assert uni.country == "CAN" and uni.country_source == "name"
    assert [s for code, s, t in _events(a, "01")] == ["CANEDU"]


def test_without_the_town_placed_the_largest_place_of_the_name_still_decides():
    a = _analyse("Scientists at the University of Victoria said the storm was unusual.")
    assert _actor(a, "University of Victoria").country == "AUS"


def test_a_city_possessive_places_the_office_it_owns():
    a = _analyse("Toronto's mayor said the city would hire more bus drivers.")
    assert [s for code, s, t in _events(a, "01")] == ["CANGOV"]


def test_two_provincial_governments_are_two_sides():
    a = _analyse("The Manitoba government accused the Alberta government of stalling the water talks.")
    assert ("112", "CANGOV", "CANGOV") in _events(a, "11")
    assert {"Manitoba government", "Alberta government"} <= {x.name for x in a.actors}


def test_a_province_and_the_federal_capital_are_two_sides():
    a = _analyse("Ottawa rejected the province's request for more money.")
    assert ("120", "CANGOV", "CANGOV") in _events(a, "12")


def test_the_province_after_a_named_province_is_its_government():
    a = _analyse("Saskatchewan sued Ottawa over the fuel levy. The province said the levy was unfair.")
    assert ("115", "CANGOV", "CANGOV") in _events(a, "11")
    says = [e for e in a.events if e.cameo_code.startswith("01") or e.cameo_code.startswith("11")]
    names = {x.id: x.name for x in a.actors}
    assert any(names.get(e.source_actor_id) == "Saskatchewan government" and e.cue == "said" for e in says)


def test_two_national_bodies_of_one_code_stay_one_side():
    # no regional government: one government acting on itself is still no event
    a = _analyse("Ottawa rejected the government's request for more money.")
    assert not any(s == t == "CANGOV" for code, s, t in _events(a, "12"))


def test_a_partys_government_is_a_government_of_its_province():
    a = _analyse("Manitoba's NDP government announced a new budget on Monday.")
    assert [s for code, s, t in _events(a, "01")] == ["CANGOV"]


def test_a_party_members_epithet_names_the_speaker_before():
    a = _analyse("State Senator Ann Roebuck criticized the budget on Monday. \"It is a disgrace,\" the Ohio "
                 "Democrat said.")
    roebuck = _actor(a, "Ann Roebuck")
    assert roebuck.country == "USA"
    said = [e for e in a.events if e.cue == "said"]
    assert said and all(e.source_actor_id == roebuck.id for e in said)


def test_a_party_epithet_with_no_one_named_before_is_left():
    a = _analyse("\"It is a disgrace,\" the Ohio Democrat said.")
    assert all(e.source_actor_id is None for e in a.events if e.cue == "said")


def test_a_city_council_that_owns_a_plan_is_the_target_of_a_protest_against_it():
    a = _analyse("Parents in Halifax protested against the city council's plan to close two schools.")
    assert any(t in ("GOV", "CANGOV") for code, s, t in _events(a, "14"))
    council = _actor(a, "the city council")
    assert council.sector == "GOV"


def test_canadian_outlets_and_the_fed_chair_are_placed():
    a = _analyse("An official with the provincial agency told Global News he could not comment. \"Rates will "
                 "stay put,\" Chairman Jerome Powell said.")
    assert "CANMED" in {t for code, s, t in _events(a, "01")}
    assert _actor(a, "Jerome Powell").country == "USA"


def test_two_states_joined_before_talks_are_the_two_sides():
    a = _analyse("Markets were calm on Monday. Canada-Mexico trade talks resumed in Ottawa on Tuesday.")
    assert {("CAN", "MEX"), ("MEX", "CAN")} <= {(s, t) for code, s, t in _events(a, "04")}


def test_a_dotted_abbreviation_joined_in_one_token_gives_both_sides():
    a = _analyse("Officials spoke on Monday. U.S.-Japan talks resumed in Tokyo on Tuesday.")
    assert {("USA", "JPN"), ("JPN", "USA")} <= {(s, t) for code, s, t in _events(a, "04")}


def test_a_joined_pair_before_another_noun_is_no_one():
    a = _analyse("Bankers met on Monday. A US-Caribbean banking forum opened in Miami on Tuesday.")
    assert not any(x.country == "USA" and x.kind == "COUNTRY" for x in a.actors)


def test_a_given_name_that_is_also_a_city_places_no_kin():
    a = _analyse("Regina's father refused to sign the papers on Monday.")
    assert not any(x.country == "CAN" for x in a.actors)

