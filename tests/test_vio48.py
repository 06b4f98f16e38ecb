"""Session 44 (issue 11, branch vio48): violence, protest and arrests in long wire sentences -- towns taken, taken
over or recaptured and control of a place taken (192), blockades by armed sides and towns sealed off by troops
(191), attacks told by their weapon landing, slamming or tearing through a place, ammunition named by its compound
("mortar rounds": 194), an earlier act named as what an act answers ("retaliation for a strike on its consulate"),
tolls told in the passive of a bomb's when-clause, in a relative clause of an attack noun or in a where-clause on
the act's place, occupations by demanding students or workers (141), and the kinds that must stay quiet (a plane
landing, a fire tearing through a factory, a firm taken over, a city won at the polls, a gas cylinder exploding).
Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


def _violent(evs, modality=None):
    return [e for e in evs if e.cameo_root in ("18", "19", "20") and (modality is None or e.modality == modality)]


# ------------------------------------------------------------------ towns taken and control of a place (192)

def test_control_of_a_town_taken_is_occupation():
    evs = _events("Separatist fighters took control of the border town of Keru on Thursday after the garrison fled.")
    assert _has(evs, code="192"), _pairs(evs)


def test_control_of_a_named_town_taken_is_occupation():
    evs = _events("Tuareg rebels took control of Timbuktu on Sunday, residents said.")
    assert _has(evs, code="192"), _pairs(evs)


def test_control_of_a_firm_taken_is_no_occupation():
    evs = _events("A Dutch investment fund took control of the shipping line last spring.")
    assert not _has(evs, root="19"), _pairs(evs)


def test_a_village_taken_is_occupied():
    evs = _events("Government troops have taken the village of Mabanga after a week of fighting, the army said.")
    assert _has(evs, code="192", src="MIL") or _has(evs, code="192"), _pairs(evs)


def test_an_outpost_taken_over_is_occupied():
    evs = _events("The militia took over an army outpost on the lake shore on Monday.")
    assert _has(evs, code="192"), _pairs(evs)


def test_a_palace_recaptured_is_occupied():
    evs = _events("Loyalist troops recaptured the governor's palace in Wau on Friday.")
    assert _has(evs, code="192"), _pairs(evs)


def test_a_city_won_at_the_polls_is_no_occupation():
    evs = _events("The Greens took the capital in Sunday's municipal elections.")
    assert not _has(evs, root="19"), _pairs(evs)


# ------------------------------------------------------------------ blockades and towns sealed off (191)

def test_a_town_blockaded_by_an_armed_group_is_a_military_blockade():
    evs = _events("Jihadists have blockaded the market town of Sorba for months, residents said.")
    assert _has(evs, code="191"), _pairs(evs)
    assert not _has(evs, code="144"), _pairs(evs)


def test_a_road_blockaded_by_truckers_stays_obstruction():
    evs = _events("Striking truckers blockaded the ring road around the capital on Monday.")
    assert _has(evs, root="14"), _pairs(evs)
    assert not _has(evs, code="191"), _pairs(evs)


def test_a_town_sealed_off_by_troops_is_a_blockade():
    evs = _events("Troops sealed off the town of Dembi before dawn and searched every house.")
    assert _has(evs, code="191", src="MIL") or _has(evs, code="191"), _pairs(evs)


def test_a_street_sealed_off_by_police_is_no_blockade():
    evs = _events("Police sealed off the area around the station after a suspicious bag was found.")
    assert not _has(evs, code="191"), _pairs(evs)


# ------------------------------------------------------------------ attacks told by their weapon

def test_a_rocket_slamming_into_a_depot_is_an_artillery_attack():
    evs = _events("A rocket slammed into a fuel depot on the edge of the port city on Sunday.")
    assert _has(evs, root="19"), _pairs(evs)


def test_mortar_rounds_landing_on_a_camp_are_artillery():
    evs = _events("Mortar rounds landed on a displacement camp near the river, wounding six women.")
    assert _has(evs, code="194"), _pairs(evs)


def test_a_parcel_bomb_tearing_through_a_post_office_is_a_bombing():
    evs = _events("A parcel bomb tore through a post office in the old quarter on Tuesday.")
    assert _has(evs, code="183"), _pairs(evs)


def test_a_plane_landing_is_no_attack():
    evs = _events("The presidential plane landed on the island shortly after noon.")
    assert not _violent(evs), _pairs(evs)


def test_a_fire_tearing_through_a_factory_is_no_attack():
    evs = _events("A fire tore through a shoe factory on the edge of the city, killing six workers.")
    assert not _violent(evs), _pairs(evs)


def test_a_van_crashing_into_a_shop_is_no_attack():
    evs = _events("A delivery van crashed into a shop front on the high street on Monday.")
    assert not _violent(evs), _pairs(evs)


# ------------------------------------------------------------------ an earlier act answered is its own

def test_a_strike_named_as_what_an_attack_answers_is_its_own_act():
    evs = _events("Syria fired rockets at Turkish positions on Monday in what Damascus called retaliation for a "
                  "strike on its border post.")
    assert len(_violent(evs, "asserted")) == 2, _pairs(evs)


def test_an_attack_named_again_stays_one_act():
    evs = _events("Gunmen shot dead three traders in Maiduguri on Friday, in what police called a targeted attack.")
    assert len(_violent(evs, "asserted")) == 1, _pairs(evs)


# ------------------------------------------------------------------ tolls told in a clause of their own

def test_a_toll_in_the_passive_of_a_bombs_when_clause_is_the_bombing():
    evs = _events("Five people were killed and 11 wounded when a bomb exploded outside a bank in the city centre.")
    violent = _violent(evs, "asserted")
    assert len(violent) == 1 and violent[0].cameo_code == "183" and violent[0].target_text, _pairs(evs)


def test_a_gas_cylinder_blast_is_no_attack():
    evs = _events("Four people were killed when a gas cylinder exploded in a roadside restaurant.")
    assert not _violent(evs), _pairs(evs)


def test_the_toll_of_a_bombing_told_in_its_relative_clause_is_the_bombing():
    evs = _events("Turkey launched air raids in northern Iraq, saying they were revenge for a suicide bombing that "
                  "killed nine policemen.")
    assert len([e for e in _violent(evs) if e.cameo_code.startswith("18")]) == 1, _pairs(evs)
    assert not [e for e in _violent(evs) if e.cameo_code == "190"], _pairs(evs)


def test_a_killing_by_the_doer_of_a_relative_clause_stays_coded():
    evs = _events("The militia that killed the herders was disbanded by the council.")
    assert _has(evs, root="19"), _pairs(evs)


def test_a_toll_in_a_where_clause_is_news():
    evs = _events("Soldiers dispersed a rally in the northern town of Kaya, where three people were shot dead.")
    assert _has(evs, root="19"), _pairs(evs)


def test_a_where_clause_of_the_attacks_place_is_its_toll():
    evs = _events("Gunmen attacked a minibus on the Garissa road, where six passengers were killed.")
    assert len(_violent(evs, "asserted")) == 1, _pairs(evs)


def test_a_dated_where_clause_stays_background():
    evs = _events("She now lives in the town where her brother was shot dead in 1998.")
    assert not _violent(evs), _pairs(evs)


# ------------------------------------------------------------------ occupations in protest

def test_students_occupying_an_office_demanding_a_resignation_demonstrate():
    evs = _events("Students occupied the dean's office at the polytechnic on Friday, demanding his resignation.")
    assert _has(evs, code="141"), _pairs(evs)
    assert not _has(evs, code="192"), _pairs(evs)


def test_rebels_occupying_a_field_while_demanding_stay_occupation():
    evs = _events("Rebels occupied the oil field on Sunday, demanding a share of its revenue.")
    assert _has(evs, code="192"), _pairs(evs)
    assert not _has(evs, code="141"), _pairs(evs)


# ------------------------------------------------------------------ a hyphenated event noun the tokenizer split

def test_a_sit_in_that_enters_its_second_week_is_a_demonstration():
    evs = _events("A sit-in by nurses outside the health ministry in Accra entered its second week on Monday.")
    assert _has(evs, code="141", modality="asserted"), _pairs(evs)


def test_a_sit_in_called_for_next_week_is_not_held():
    evs = _events("Nurses in Accra have called a sit-in for next Monday.")
    assert not _has(evs, root="14", modality="asserted"), _pairs(evs)
