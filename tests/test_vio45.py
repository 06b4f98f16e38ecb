"""Session 41 (issue 11, branch vio45): protest and violence in the forms wires and local papers use --
hyphenated participles read as adjectives ("was gang-raped", "were tear-gassed", "Police baton-charged"), aerial
weapons that outrank the shelling verb ("fighter jets pounded"), bombs dropped, crowd-control means answered with,
property set ablaze, stun grenades, protests dispersed with tear gas or violently, a crowd on the rampage,
protesters chained to a gate -- and false ones gone: "riot police" with a nationality (no riot), a star who shot to
fame, a party that crushed its rivals at the polls. Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ hyphenated participles and verbs

def test_gang_raped_in_the_passive_is_sexual_violence_by_the_agent():
    evs = _events("Two teenage girls were gang-raped by militiamen near the camp in South Kivu.")
    assert _has(evs, code="1821", src="UAF"), _pairs(evs)


def test_gang_raped_without_an_agent_is_still_coded():
    evs = _events("A schoolgirl was gang-raped in a village in Uttar Pradesh, police said.")
    assert _has(evs, code="1821", tgt="IND"), _pairs(evs)


def test_tear_gassed_in_the_passive_names_the_police():
    evs = _events("The marchers were tear-gassed by riot police near the central bank.")
    assert _has(evs, code="175", src="COP"), _pairs(evs)


def test_baton_charged_tagged_as_an_adjective_is_the_verb():
    evs = _events("Police baton-charged protesting nurses outside the assembly in Peshawar.")
    assert _has(evs, code="175", src="PAKCOP"), _pairs(evs)


def test_a_baton_charged_crowd_is_no_new_act():
    evs = _events("The baton-charged crowd fled into the side streets.")
    assert not _has(evs, code="175"), _pairs(evs)


# ------------------------------------------------------------------ weapons and means

def test_aerial_doer_of_a_shelling_verb_is_an_air_attack():
    evs = _events("Saudi-led coalition jets pounded rebel positions north of Sanaa on Tuesday.")
    assert _has(evs, code="195"), _pairs(evs)


def test_artillery_shelling_stays_194():
    evs = _events("Government artillery pounded the rebel-held district overnight.")
    assert _has(evs, code="194") and not _has(evs, code="195"), _pairs(evs)


def test_an_air_force_that_shells_is_a_body_not_a_weapon():
    evs = _events("Ukraine's air force shelled Russian positions near the river.")
    assert not _has(evs, code="195"), _pairs(evs)


def test_bombs_dropped_are_an_aerial_attack():
    evs = _events("Army helicopters dropped barrel bombs on three villages in Darfur, witnesses said.")
    assert _has(evs, code="195"), _pairs(evs)


def test_a_bid_dropped_is_no_attack():
    evs = _events("The mining group dropped its bid for the copper producer.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")], _pairs(evs)


def test_police_who_responded_with_tear_gas_repress():
    evs = _events("Youths hurled petrol bombs at the police, who responded with tear gas and rubber bullets.")
    assert _has(evs, code="175", src="COP"), _pairs(evs)


def test_stun_grenades_fired_at_protesters_are_crowd_control():
    evs = _events("Riot police fired stun grenades at students marching on the presidency in Bamako.")
    assert _has(evs, code="175", src="MLICOP"), _pairs(evs)


def test_smoke_grenades_are_no_crowd_control():
    evs = _events("The soldiers fired smoke grenades at the bunker before advancing.")
    assert not _has(evs, code="175"), _pairs(evs)


# ------------------------------------------------------------------ arson and riots

def test_property_set_ablaze_is_destroyed():
    evs = _events("Gunmen set ablaze a health centre in Borno state overnight.")
    assert _has(evs, code="1712"), _pairs(evs)


def test_protesters_setting_a_van_alight_riot():
    evs = _events("Protesters set alight a police van during the march in Harare.")
    assert _has(evs, code="145", src="ZWEOPP"), _pairs(evs)


def test_a_sky_set_ablaze_is_no_arson():
    evs = _events("The fireworks set the night sky ablaze over the harbour.")
    assert not _has(evs, root="17") and not _has(evs, root="14"), _pairs(evs)


def test_a_crowd_on_the_rampage_riots():
    evs = _events("Hundreds of youths went on the rampage in the market town of Jos after the verdict.")
    assert _has(evs, code="145"), _pairs(evs)


# ------------------------------------------------------------------ dispersal

def test_a_rally_dispersed_with_tear_gas_is_violent_repression():
    evs = _events("Police dispersed an opposition rally in Dakar with tear gas on Friday.")
    assert _has(evs, code="175", src="SENCOP"), _pairs(evs)


def test_a_rally_dispersed_violently_is_violent_repression():
    evs = _events("Security forces violently dispersed a sit-in by doctors in Khartoum.")
    assert _has(evs, code="175"), _pairs(evs)


def test_a_rally_dispersed_without_force_named_stays_a_restriction():
    evs = _events("Police dispersed an opposition rally in Dakar on Friday.")
    assert not _has(evs, code="175") and _has(evs, root="17"), _pairs(evs)


# ------------------------------------------------------------------ protest forms

def test_protesters_chained_to_a_gate_demonstrate():
    evs = _events("Pensioners chained themselves to the gates of the labour ministry in Athens.")
    assert _has(evs, code="141"), _pairs(evs)


def test_a_climber_tied_to_a_rope_is_no_protest():
    evs = _events("The climber tied himself to the rope before the descent.")
    assert not _has(evs, root="14"), _pairs(evs)


# ------------------------------------------------------------------ false ones

def test_riot_police_with_a_nationality_is_no_riot():
    evs = _events("Ugandan riot police fired tear gas at opposition supporters in Kampala.")
    assert _has(evs, code="175") and not _has(evs, code="145"), _pairs(evs)


def test_attack_helicopters_are_no_attack_noun():
    evs = _events("Russian attack helicopters flew over the border town on Monday.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")], _pairs(evs)


def test_riots_named_alone_stay_riots():
    evs = _events("Riots broke out in three towns after the fuel price rise.")
    assert _has(evs, code="145"), _pairs(evs)


def test_shot_to_fame_is_no_shooting():
    evs = _events("The young actress shot to fame with a role in a police drama.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")], _pairs(evs)


def test_the_gunman_who_shot_a_guard_at_the_top_of_the_stairs_still_shot():
    evs = _events("The gunman shot a security guard at the top of the stairs.")
    assert _has(evs, root="19"), _pairs(evs)


def test_rivals_crushed_in_an_election_are_no_repression():
    evs = _events("The president's party crushed the opposition in Sunday's parliamentary elections.")
    assert not [e for e in evs if e.cameo_root in ("17", "18", "19")], _pairs(evs)


def test_protests_crushed_during_an_election_stay_repression():
    evs = _events("Troops crushed protests in the capital during the elections.")
    assert _has(evs, code="175"), _pairs(evs)


# ------------------------------------------------------------------ a weapon named in an attacker's compound

def test_a_car_bomber_who_rammed_a_gate_killed_by_bombing():
    evs = _events("A suicide truck bomber rammed the gate of an army base near Kismayo, killing four soldiers.")
    assert _has(evs, code="183", tgt="MIL"), _pairs(evs)


def test_a_truck_that_plunged_off_a_bridge_is_still_a_mishap():
    evs = _events("A fuel truck plunged off a bridge in western Kenya, killing six passengers.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")], _pairs(evs)
