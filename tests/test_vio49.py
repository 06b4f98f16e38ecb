"""Session 45 (issue 11, branch vio49): violence, protest, arrests and coercion in long wire sentences -- a unit,
squad or patrol of the police or the army as the doer (a singular unit the actors stage read as no one, so the act
was lost), raids as the means of an arrest (no second act of force), crowd-control weapons and fire one answers
with (175 / 190), protests held outside the seat of a state body (aimed at that body: parliament is LEG), crowds
filling or pouring onto the streets to demand something (141), workers' roles the vocabulary lacked (a walkout by
air traffic controllers), a participle the parse reads as a reduced relative before a closing "police said",
"planning attacks" read as a compound (planned), both sides of a firefight firing at each other, a strike told
again in the in-phrase of a walkout, bodies found with gunshot wounds (193), and what must stay quiet: a rescue team,
answering questions, a crowd filling a stadium to watch a match, bodies recovered from rubble.
Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ units of a force as the doer

def test_a_police_unit_that_arrests_keeps_its_sector_and_country():
    evs = _events("COLOMBO (Reuters) - A police unit detained three fishermen at the harbour on Friday.")
    assert _has(evs, code="173", src="LKACOP"), _pairs(evs)


def test_a_paramilitary_squad_is_military():
    evs = _events("A paramilitary squad detained six traders at a checkpoint near the border.")
    assert any(e.cameo_code == "173" and "MIL" in (e.source_code or "") for e in evs), _pairs(evs)


def test_a_rescue_team_is_no_force():
    evs = _events("A rescue team pulled four miners from the flooded shaft on Sunday.")
    assert not any("COP" in (e.source_code or "") or "MIL" in (e.source_code or "") for e in evs), _pairs(evs)
    assert not _has(evs, root="17"), _pairs(evs)


# ------------------------------------------------------------------ raids as the means of an arrest

def test_a_raid_in_which_people_were_arrested_is_no_second_attack():
    evs = _events("Security forces detained 25 suspects in overnight raids on three villages near Kano.")
    assert _has(evs, code="173"), _pairs(evs)
    assert not _has(evs, root="19"), _pairs(evs)


def test_people_killed_in_a_raid_stay_an_attack():
    evs = _events("Four soldiers were killed in a raid on an outpost near the lake, the army said.")
    assert _has(evs, root="19"), _pairs(evs)


# ------------------------------------------------------------------ answered with force

def test_police_answering_with_tear_gas_is_repression():
    evs = _events("ALGIERS (AP) - Police answered with tear gas and water cannon when the marchers reached the square.")
    assert _has(evs, code="175", src="DZACOP"), _pairs(evs)


def test_troops_answering_an_assault_with_artillery_is_force():
    evs = _events("The garrison answered the night assault with artillery fire, a military source said.")
    assert _has(evs, root="19", src="MIL"), _pairs(evs)


def test_answering_questions_is_no_force():
    evs = _events("The police chief answered questions from reporters for an hour on Tuesday.")
    assert not _has(evs, root="17") and not _has(evs, root="19"), _pairs(evs)


# ------------------------------------------------------------------ protests at a body's seat

def test_a_protest_outside_parliament_is_aimed_at_the_legislature():
    evs = _events("LUSAKA (Reuters) - Hundreds of nurses protested outside parliament on Monday over unpaid wages.")
    assert _has(evs, code="141", tgt="ZMBLEG"), _pairs(evs)


def test_a_protest_outside_a_court_is_aimed_at_the_court():
    evs = _events("Farmers demonstrated outside the Supreme Court in Nairobi on Wednesday against the land ruling.")
    assert _has(evs, code="141", tgt="KENJUD"), _pairs(evs)


def test_a_protest_in_a_town_still_aims_at_the_government():
    evs = _events("Thousands of students protested in Dakar on Friday.")
    assert _has(evs, code="141", tgt="SENGOV"), _pairs(evs)


# ------------------------------------------------------------------ crowds filling the streets

def test_a_crowd_filling_the_streets_to_demand_is_a_demonstration():
    evs = _events("QUITO (Reuters) - Tens of thousands filled the streets of the capital on Thursday to demand lower fuel prices.")
    assert _has(evs, code="141", src="ECU"), _pairs(evs)


def test_a_crowd_pouring_onto_an_avenue_is_a_demonstration():
    evs = _events("YEREVAN (AP) - Thousands of Armenians poured onto the main avenue for a third night on Tuesday.")
    assert _has(evs, code="141", src="ARM"), _pairs(evs)


def test_a_crowd_filling_a_stadium_to_watch_is_no_protest():
    evs = _events("Tens of thousands filled the stadium in Lisbon to watch the derby on Sunday.")
    assert not _has(evs, root="14"), _pairs(evs)


def test_fans_pouring_onto_an_avenue_to_celebrate_is_no_protest():
    evs = _events("Fans poured onto the main avenue to celebrate the cup win.")
    assert not _has(evs, root="14"), _pairs(evs)


# ------------------------------------------------------------------ workers the vocabulary lacked

def test_a_walkout_by_air_traffic_controllers_is_a_strike():
    evs = _events("Air traffic controllers staged a 48-hour walkout at Italian airports on Friday.")
    assert _has(evs, code="143"), _pairs(evs)


def test_a_financial_controller_resigning_is_no_strike():
    evs = _events("The bank's financial controller resigned on Monday.")
    assert not _has(evs, root="14"), _pairs(evs)


# ------------------------------------------------------------------ participle before a closing "police said"

def test_a_participle_before_a_closing_report_is_the_predicate():
    evs = _events("Bandits abducted at least 30 farmers in Katsina state in a night attack, residents said.")
    assert _has(evs, code="181", tgt="NGA") or any(
        e.cameo_code == "181" and e.source_text == "Bandits" for e in evs), _pairs(evs)
    assert not any(e.cameo_code == "181" and e.target_text == "Bandits" for e in evs), _pairs(evs)


def test_a_passive_participle_of_giving_stays_passive():
    evs = _events("Refugees granted asylum in Canada said they felt safe.")
    assert not _has(evs, root="18"), _pairs(evs)


# ------------------------------------------------------------------ planning attacks (planned)

def test_attacks_being_planned_are_planned():
    evs = _events("Police arrested four men suspected of planning attacks on railway stations, officials said.")
    assert _has(evs, code="173"), _pairs(evs)
    assert not _has(evs, root="19", modality="asserted") and not _has(evs, root="19", modality="reported"), _pairs(evs)


# ------------------------------------------------------------------ both sides of a firefight

def test_both_sides_firing_after_a_firefight_fire_at_each_other():
    evs = _events("CHAMAN, Pakistan (Reuters) - A firefight broke out between Pakistani troops and Afghan border "
                  "guards at the Spin Boldak crossing on Friday. Both sides fired mortars for several hours.")
    assert _has(evs, root="19", src="PAKMIL", tgt="AFGMIL") and _has(evs, root="19", src="AFGMIL", tgt="PAKMIL"), \
        _pairs(evs)
    assert not any(e.rule_id.endswith("+both-sides") and (e.source_code or "") == "PAK" for e in evs), _pairs(evs)


def test_both_sides_praising_a_deal_are_not_aimed_at_each_other():
    evs = _events("Kenya and Ethiopia signed a water deal on Monday. Both sides praised the accord.")
    assert not any("+both-sides" in (e.rule_id or "") for e in evs), _pairs(evs)


# ------------------------------------------------------------------ a strike told again in an in-phrase

def test_a_walkout_in_a_strike_is_one_strike():
    evs = _events("Port workers in Antwerp walked out on Tuesday in a three-day strike over pensions.")
    assert len(_has(evs, code="143")) == 1, _pairs(evs)


def test_people_killed_in_a_strike_stay_killed():
    evs = _events("Three fighters were killed in a drone strike on their car near Marib.")
    assert _has(evs, root="19"), _pairs(evs)


# ------------------------------------------------------------------ bodies found with wounds

def test_bodies_found_with_gunshot_wounds_were_shot():
    evs = _events("GUADALAJARA, Mexico (AP) - The bodies of seven men with gunshot wounds were found in a ravine "
                  "outside the city on Wednesday, prosecutors said.")
    assert _has(evs, code="193", tgt="MEX"), _pairs(evs)


def test_bodies_recovered_from_rubble_are_no_attack():
    evs = _events("Rescuers recovered the bodies of 11 workers from the rubble of a collapsed mine in Hpakant.")
    assert not any(e.cameo_root in ("18", "19", "20") for e in evs), _pairs(evs)
