"""Session 46 (issue 11, branch vio50): violence, protest, arrests and coercion in long wire sentences -- victims in a
first-level division of one country the gazetteer lacked (a Nigerian or South Sudanese state, an Afghan province),
an attack gerund the small parse reads as an auxiliary ("Shelling hit a market"), a passive's by-phrase hung on a
name in apposition far from the verb ("abducted outside the capital Sanaa by rebels"), the expulsion of diplomats
told by its noun (161, not a deportation), and what must stay quiet: a player who shoots a side into the lead, a
plateau that is no place, prices that hit farmers, a by-phrase of time.
Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ victims in a division of one country

def test_villagers_in_a_nigerian_state_are_nigerian():
    evs = _events("Gunmen killed 23 villagers in Zamfara state late on Saturday, a local official said.")
    assert _has(evs, root="19", tgt="NGA"), _pairs(evs)


def test_farmers_in_plateau_state_are_nigerian():
    evs = _events("Herders killed nine farmers in Plateau state on Sunday.")
    assert any(e.cameo_root == "19" and (e.target_code or "").startswith("NGA") for e in evs), _pairs(evs)
    assert not any((e.source_code or "").startswith("USA") for e in evs), _pairs(evs)


def test_a_province_named_alone_gives_its_country():
    evs = _events("Gunmen abducted six road workers in Helmand on Tuesday.")
    assert _has(evs, root="18", tgt="AFG"), _pairs(evs)


def test_a_lower_case_plateau_is_no_nigerian_place():
    evs = _events("Gunmen killed four hunters on a remote plateau.")
    assert _has(evs, root="19"), _pairs(evs)
    assert not any("NGA" in (e.target_code or "") for e in evs), _pairs(evs)


# ------------------------------------------------------------------ an attack gerund read as an auxiliary

def test_shelling_that_hit_a_market_is_an_attack_on_the_place():
    evs = _events("Shelling hit a crowded market in Kharkiv on Thursday.")
    assert _has(evs, root="19", tgt="UKR"), _pairs(evs)


def test_shelling_that_hit_a_depot_is_heavy_weapons():
    evs = _events("Shelling hit a bus depot in Kharkiv before dawn.")
    assert _has(evs, code="194"), _pairs(evs)


def test_falling_prices_that_hit_farmers_are_no_attack():
    evs = _events("Falling prices hit the farmers hard this season.")
    assert not _has(evs, root="19") and not _has(evs, root="18"), _pairs(evs)


# ------------------------------------------------------------------ a by-phrase far from the passive verb

def test_a_by_phrase_on_the_name_in_apposition_is_the_doer():
    evs = _events("Two cameramen were abducted last week outside the capital Sanaa by Houthi rebels, "
                  "their employer said.")
    assert _has(evs, code="181", src="YEMREB"), _pairs(evs)


def test_a_by_phrase_of_time_names_no_doer():
    evs = _events("Two cameramen were abducted outside the capital Sanaa by night, their employer said.")
    assert _has(evs, code="181"), _pairs(evs)
    assert not any((e.source_code or "").startswith("YEM") and e.cameo_code == "181" for e in evs), _pairs(evs)


# ------------------------------------------------------------------ the expulsion of diplomats

def test_the_expulsion_of_diplomats_by_its_noun_reduces_relations():
    evs = _events("Ruritania announced the expulsion of three Bordurian diplomats on Monday.")
    assert _has(evs, code="161"), _pairs(evs)
    assert not _has(evs, code="174"), _pairs(evs)


def test_the_expulsion_of_reporters_stays_a_deportation():
    evs = _events("The expulsion of two Danish reporters by the junta drew protests.")
    assert _has(evs, code="174"), _pairs(evs)
    assert not _has(evs, code="161"), _pairs(evs)


# ------------------------------------------------------------------ sport, not force

def test_a_striker_who_shoots_his_side_into_the_lead_is_sport():
    evs = _events("The teenage striker shot his club into the lead just before half-time.")
    assert not any(e.cameo_root in ("18", "19", "20") for e in evs), _pairs(evs)


def test_late_goals_that_fire_a_side_into_the_final_are_sport():
    evs = _events("Two late goals fired the hosts into the final on Wednesday.")
    assert not any(e.cameo_root in ("18", "19", "20") for e in evs), _pairs(evs)


def test_troops_who_fire_into_a_crowd_use_force():
    evs = _events("Troops fired into the crowd outside the governor's office.")
    assert any(e.cameo_root in ("18", "19", "17") for e in evs), _pairs(evs)


# ------------------------------------------------------------------ the weapon of an attack told after "in"

def test_soldiers_killed_in_shelling_by_rebels_is_artillery():
    evs = _events("Two soldiers were killed in shelling by rebels near the airport, the army said.")
    assert _has(evs, code="194", src="REB"), _pairs(evs)


def test_a_medic_killed_and_porters_hurt_in_shelling_is_artillery():
    evs = _events("A medic was killed and two porters were wounded in shelling by rebel units overnight.")
    assert _has(evs, code="194"), _pairs(evs)


def test_soldiers_wounded_in_fighting_name_no_weapon():
    evs = _events("Two soldiers were wounded in fighting near the town.")
    assert _has(evs, code="190"), _pairs(evs)


# ------------------------------------------------------------------ a weapon as the doer is no private assault

def test_rockets_that_struck_a_city_are_no_fistfight():
    evs = _events("Rockets struck Kharkiv overnight, wounding 11 residents.")
    assert _has(evs, root="19"), _pairs(evs)
    assert not _has(evs, code="182"), _pairs(evs)


def test_a_man_who_hits_a_boy_stays_an_assault():
    evs = _events("The man hit the boy in the face outside the shop.")
    assert _has(evs, code="182"), _pairs(evs)


# ------------------------------------------------------------------ sieges told by their noun

def test_the_siege_of_a_town_by_rebels_is_a_blockade_by_them():
    evs = _events("KHARTOUM (Reuters) - The siege of the mountain town by rebel fighters entered its third month.")
    assert _has(evs, code="191", src="SDNREB"), _pairs(evs)


def test_food_running_out_during_the_siege_is_no_new_siege():
    evs = _events("KHARTOUM (Reuters) - Food ran out during the siege, residents said.")
    assert not _has(evs, code="191"), _pairs(evs)


def test_a_blockade_by_farmers_is_no_siege():
    evs = _events("Farmers mounted a blockade of the ring road around the capital on Monday.")
    assert not _has(evs, code="191"), _pairs(evs)


# ------------------------------------------------------------------ answered with force, the with-phrase on the answered act

def test_responding_to_an_attack_with_artillery_is_the_responders_force():
    evs = _events("Ruritania responded to the raid with artillery fire on rebel positions across the river.")
    assert any(e.cameo_code == "194" and e.rule_id.startswith("V19-respond") for e in evs), _pairs(evs)


def test_the_raid_answered_does_not_take_the_answers_weapon():
    evs = _events("The navy answered the pirates' raid with air strikes on their coastal camps.")
    assert any(e.cameo_code == "195" and e.rule_id.startswith("V19-answer") for e in evs), _pairs(evs)
    assert not any(e.cameo_code == "195" and e.rule_id.startswith("N19") for e in evs), _pairs(evs)


def test_responding_to_criticism_with_a_letter_is_no_force():
    evs = _events("The minister responded to the criticism with a long letter to the editor.")
    assert not any(e.cameo_root in ("18", "19", "20") for e in evs), _pairs(evs)
