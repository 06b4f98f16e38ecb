"""Session 38 (issue 11, branch vio42): protest, coercion, arrests and violence in the forms local papers and wires
use -- hyphenated verbs of crowd control ("lathi-charged", "tear-gassed"), people neutralised, dharnas, bandhs and
hartals, strikes staged or observed, roads shut by residents, fugitives caught at a hideout, the weapon that gives
an attack its code (aerial 195, artillery 194, a planted bomb 183), those killed in an encounter with a side, and
false ones gone: a police raid beside its arrests, a named storm's toll, a cricket win. Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has
from test_events_round21_force import _force


# ------------------------------------------------------------------ police force

def test_lathi_charged_is_repression():
    evs = _events("Police lathi-charged a crowd of job seekers outside the recruitment office in Patna.")
    assert _has(evs, code="175", src="IND"), _pairs(evs)


def test_lathi_charged_in_the_passive_names_the_police():
    evs = _events("The marching farmers were lathi-charged by the police near the toll plaza.")
    assert _has(evs, code="175", src="COP"), _pairs(evs)


def test_tear_gassed_is_repression():
    evs = _events("Riot police tear-gassed hundreds of students near the parliament building.")
    assert _has(evs, code="175"), _pairs(evs)


def test_tear_gas_as_a_noun_still_fired():
    evs = _events("Police fired tear-gas at the stone-pelting youths.")
    assert _has(evs, code="175"), _pairs(evs)


def test_people_neutralised_are_killed():
    evs = _events("Soldiers neutralised three insurgents in a gunfight near the border.")
    assert _has(evs, root="19", src="MIL"), _pairs(evs)


def test_a_threat_neutralised_is_no_force():
    evs = _events("The bomb squad neutralised the threat within minutes.")
    assert not _force(evs), _pairs(evs)


def test_killed_in_an_encounter_with_a_side_names_it_as_the_killer():
    evs = _events("Four gunmen were killed in an encounter with the police in the forest on Sunday.")
    assert _has(evs, root="19", src="COP"), _pairs(evs)


def test_killed_in_a_gunfight_with_militants_names_the_militants():
    evs = _events("Two soldiers were killed in a gunfight with militants in the valley.")
    assert _has(evs, root="19", src="REB", tgt="MIL") or _has(evs, root="19", src="UAF", tgt="MIL") or \
        _has(evs, root="19", src="IND", tgt="MIL"), _pairs(evs)


# ------------------------------------------------------------------ protest forms

def test_sat_on_a_dharna_is_a_demonstration():
    evs = _events("Contract teachers sat on a dharna outside the education office on Monday.")
    assert _has(evs, code="141"), _pairs(evs)


def test_staged_a_dharna_is_a_demonstration():
    evs = _events("Sanitation workers staged a dharna at the municipal office over unpaid wages.")
    assert _has(evs, code="141"), _pairs(evs)


def test_gheraoing_an_official_is_obstruction():
    evs = _events("Flood victims gheraoed the sub-divisional officer for four hours demanding relief.")
    assert _has(evs, code="144"), _pairs(evs)


def test_a_bandh_is_a_strike():
    evs = _events("The bandh called by the student unions hit normal life in the valley on Monday.")
    assert _has(evs, code="143"), _pairs(evs)


def test_a_bandh_observed_is_a_strike_by_its_observers():
    evs = _events("Student groups observed a 12-hour bandh in the valley on Monday.")
    assert _has(evs, code="143", src="EDU"), _pairs(evs)


def test_a_hartal_is_a_strike():
    evs = _events("The hartal called by the opposition brought the port city to a standstill.")
    assert _has(evs, code="143"), _pairs(evs)


def test_a_shutdown_observed_is_a_strike():
    evs = _events("Shopkeepers in the old town observed a complete shutdown on Friday.")
    assert _has(evs, code="143"), _pairs(evs)


def test_a_government_shutdown_is_no_strike():
    evs = _events("The government shutdown entered its second week on Monday.")
    assert not _has(evs, root="14"), _pairs(evs)


def test_a_strike_staged_is_a_labour_strike():
    evs = _events("Port workers staged a general strike on Thursday over pay.")
    assert _has(evs, code="143"), _pairs(evs)


def test_strikes_launched_stay_military():
    evs = _events("The air force launched strikes on rebel positions overnight.")
    assert not _has(evs, root="14"), _pairs(evs)


def test_residents_shutting_a_highway_obstruct_it():
    evs = _events("Villagers shut down the national highway for five hours after a fatal crash.")
    assert _has(evs, code="144"), _pairs(evs)
    assert not _has(evs, root="17"), _pairs(evs)


def test_police_closing_a_road_restrict_it():
    evs = _events("Police closed the main road into the town after the riot.")
    assert _has(evs, code="172") and not _has(evs, root="14"), _pairs(evs)


def test_a_state_closing_a_crossing_restricts_it():
    evs = _events("Egypt shut the border crossing on Monday after the shelling.")
    assert _has(evs, code="172", src="EGY") and not _has(evs, root="14"), _pairs(evs)


def test_a_county_closing_a_road_for_snow_is_no_event():
    evs = _events("Heavy snow forced the county to shut the pass road on Sunday.")
    assert not _has(evs, root="14") and not _has(evs, root="17"), _pairs(evs)


def test_a_road_closed_with_no_one_named_is_no_protest():
    evs = _events("The mountain road was closed on Tuesday.")
    assert not _has(evs, root="14"), _pairs(evs)


# ------------------------------------------------------------------ arrests

def test_caught_from_a_hideout_is_an_arrest():
    evs = _events("The absconding accused was caught from his hideout near the river on Friday.")
    assert _has(evs, code="173"), _pairs(evs)


def test_caught_at_a_hideout_is_an_arrest():
    evs = _events("The escaped convict was caught at a hideout in the hills.")
    assert _has(evs, code="173"), _pairs(evs)


def test_caught_in_the_rain_is_no_arrest():
    evs = _events("The hikers were caught in the rain on the way down.")
    assert not _has(evs, root="17"), _pairs(evs)


def test_a_raid_an_arrest_was_made_in_is_no_attack():
    evs = _events("Detectives arrested six men in a raid on an illegal betting den.")
    assert _has(evs, code="173"), _pairs(evs)
    assert not _force(evs), _pairs(evs)


def test_a_raid_a_killing_was_made_in_is_still_the_occasion():
    evs = _events("Troops killed three gunmen in a raid on a farmhouse.")
    assert len(_force(evs)) == 1, _pairs(evs)


# ------------------------------------------------------------------ the weapon gives the code

def test_warplanes_striking_are_aerial_weapons():
    evs = _events("Government warplanes struck a clinic in the rebel-held town, activists said.")
    assert _has(evs, code="195"), _pairs(evs)


def test_jets_bombing_are_aerial_weapons():
    evs = _events("Russian jets bombed a hospital in the province on Monday.")
    assert _has(evs, code="195"), _pairs(evs)


def test_killed_in_a_drone_strike_is_aerial():
    evs = _events("Three fighters were killed in a drone strike on their vehicle.")
    assert _has(evs, code="195"), _pairs(evs)


def test_tank_fire_is_artillery():
    evs = _events("Tank shells hit a school sheltering displaced families, killing nine.")
    assert _has(evs, code="194"), _pairs(evs)


def test_a_roadside_bomb_striking_is_a_bombing():
    evs = _events("A roadside bomb hit a police van in the north, killing two officers.")
    assert _has(evs, code="183"), _pairs(evs)


def test_warplanes_striking_a_market_is_force():
    evs = _events("Government warplanes struck a crowded market in the rebel-held town, activists said.")
    assert _has(evs, code="195"), _pairs(evs)


def test_rebels_shelling_a_market_is_artillery():
    evs = _events("Rebel fighters shelled the central market on Sunday.")
    assert _has(evs, code="194"), _pairs(evs)


def test_a_phone_hitting_the_market_is_still_no_force():
    evs = _events("The new handset hit the market in March.")
    assert not _force(evs), _pairs(evs)


def test_funds_beating_the_market_is_still_no_force():
    evs = _events("Most index funds beat the market last year.")
    assert not _force(evs), _pairs(evs)


def test_a_suicide_bomber_is_no_aircraft():
    evs = _events("A suicide bomber struck a funeral in the northern town, killing 20 mourners.")
    assert not _has(evs, code="195") and _force(evs), _pairs(evs)


def test_gunmen_attacking_stay_a_generic_attack():
    evs = _events("Gunmen attacked a village in the district, killing five farmers.")
    assert _has(evs, code="190"), _pairs(evs)


# ------------------------------------------------------------------ disasters and sports

def test_a_named_cyclone_is_no_attacker():
    evs = _events("Cyclone Biparjoy battered the coast, killing four people and uprooting trees.")
    assert not _force(evs), _pairs(evs)


def test_a_named_hurricane_killing_is_no_force():
    evs = _events("Hurricane Ian killed 30 people in two states.")
    assert not _force(evs), _pairs(evs)


def test_a_win_by_wickets_is_no_beating():
    evs = _events("Pakistan beat Sri Lanka by seven wickets in the second Test.")
    assert not _force(evs), _pairs(evs)


def test_storming_into_a_final_is_no_attack():
    evs = _events("The hosts stormed into the final with a late winner.")
    assert not _force(evs), _pairs(evs)


def test_troops_storming_a_compound_stay_force():
    evs = _events("Troops stormed the compound where the hostages were held.")
    assert _force(evs), _pairs(evs)
