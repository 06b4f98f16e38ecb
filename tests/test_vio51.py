"""Session 47 (issue 11, branch vio51): violence (18-20) as real local and wire papers print it, each kind checked
on sentences of our own -- a private person's blow at a car, a window or a body part (an assault, 182, not the
force of an armed group), blows traded in a brawl, a vehicle "occupied by" its driver (no occupation), a town
surrounded by an army (a siege, 191), fighters eliminated by army units (190) and military operations pressed
(190); and what must stay as it was: gunmen, militants and armed men attacking keep 19, a police station attacked
keeps 19, jobs or a rival side eliminated, a singer surrounded by fans, a firm's operations.
Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ a private person's blow at no one armed

def test_a_man_who_attacks_a_parked_car_assaults():
    evs = _events("A boy was hurt when a man attacked his father's car outside a bakery in Leeds.")
    assert _has(evs, code="182", src="GBRCVL"), _pairs(evs)
    assert not _has(evs, root="19"), _pairs(evs)


def test_a_blow_at_a_body_part_is_an_assault():
    evs = _events("The driver got out to shield her son, and the stranger hurled a bottle at her, "
                  "striking her on the shoulder.")
    assert _has(evs, root="18"), _pairs(evs)
    assert not _has(evs, root="19"), _pairs(evs)


def test_youths_attacking_a_van_with_no_one_named():
    evs = _events("The youths then attacked the van as it pulled away, police in Leeds said.")
    assert _has(evs, code="182"), _pairs(evs)


def test_an_armed_man_or_a_gunman_keeps_armed_force():
    evs = _events("A man with a rifle attacked a parked van in Leeds.")
    assert _has(evs, root="19"), _pairs(evs)
    evs = _events("Gunmen attacked a bus carrying pilgrims near Quetta.")
    assert _has(evs, root="19"), _pairs(evs)


def test_a_police_station_attacked_by_a_man_stays_force():
    evs = _events("A man attacked a police station in Leeds on Sunday.")
    assert _has(evs, root="19", tgt="GBRCOP"), _pairs(evs)


def test_an_attack_named_by_its_noun_keeps_its_code():
    evs = _events("An extremist recruiter urged the student to carry out a violent attack in Germany.")
    assert not _has(evs, code="182"), _pairs(evs)


# ------------------------------------------------------------------ blows traded

def test_blows_exchanged_are_a_fight_between_people():
    evs = _events("The two men exchanged blows outside a pub in Leeds.")
    assert _has(evs, code="182"), _pairs(evs)
    assert not _has(evs, root="19"), _pairs(evs)


def test_fire_traded_stays_armed_force():
    evs = _events("Border guards of the two states traded fire across the river on Monday.")
    assert _has(evs, root="19"), _pairs(evs)


# ------------------------------------------------------------------ a vehicle occupied by its riders

def test_a_car_occupied_by_its_driver_is_no_occupation():
    evs = _events("The first car, occupied by an elderly driver, was parked at the kerb when the man kicked it.")
    assert not _has(evs, code="192"), _pairs(evs)


def test_rebels_occupying_a_town_still_occupy():
    evs = _events("Rebels occupied the town of Kidal on Sunday.")
    assert _has(evs, code="192"), _pairs(evs)


# ------------------------------------------------------------------ sieges, eliminations, operations

def test_a_town_surrounded_by_government_forces_is_besieged():
    evs = _events("The town of Zabadani is surrounded by government forces.")
    assert _has(evs, code="191", src="MIL") or _has(evs, code="191"), _pairs(evs)


def test_police_or_fans_surrounding_is_no_siege():
    evs = _events("The singer was surrounded by fans at the airport in Lagos.")
    assert not _has(evs, code="191"), _pairs(evs)
    evs = _events("Police surrounded the farmhouse in Kent.")
    assert not _has(evs, code="191"), _pairs(evs)


def test_army_units_eliminate_militants():
    evs = _events("Army units eliminated dozens of militants and their positions near the border, the statement said.")
    assert _has(evs, code="190", src="MIL"), _pairs(evs)


def test_jobs_or_a_rival_side_eliminated_are_no_force():
    assert not _has(_events("The company eliminated 500 jobs in Ohio."), root="19")
    assert not _has(_events("Spain eliminated Italy from the tournament."), root="19")


def test_military_operations_pressed_are_force():
    evs = _events("The Syrian army launched a military operation against rebels in Zabadani.")
    assert _has(evs, code="190", src="SYRMIL", tgt="SYRREB"), _pairs(evs)


def test_a_firms_or_a_rescue_operation_is_no_force():
    assert not _has(_events("The firm expanded its operations in Asia."), root="19")
    assert not _has(_events("Divers continued the rescue operation off the coast of Phuket."), root="19")


# ------------------------------------------------------------------ injuries and murders by a private person

def test_a_man_who_injures_pensioners_assaults_them():
    evs = _events("A man injured two pensioners in a brawl outside a pub in Leeds.")
    assert _has(evs, code="182", src="GBRCVL", tgt="GBRCVL"), _pairs(evs)


def test_rebels_who_wound_soldiers_keep_armed_force():
    evs = _events("Rebels wounded three soldiers near Goma on Sunday.")
    assert _has(evs, root="19"), _pairs(evs)
    assert not _has(evs, root="18"), _pairs(evs)


def test_a_murder_by_a_private_person_is_no_armed_force():
    evs = _events("A man murdered his neighbour in Leeds after a row over parking.")
    assert _has(evs, code="180", src="GBRCVL"), _pairs(evs)
    assert not _has(evs, root="19"), _pairs(evs)


def test_gunmen_who_murder_keep_armed_force():
    evs = _events("Gunmen murdered two aid workers near Kandahar.")
    assert _has(evs, root="19"), _pairs(evs)


# ------------------------------------------------------------------ a blast carried out by someone

def test_a_blast_carried_out_by_a_bomber_is_a_bombing():
    evs = _events("The blast in Adana was carried out by a suicide bomber, the governor said.")
    assert _has(evs, root="18", code="183"), _pairs(evs)


def test_a_blast_set_off_by_a_gas_leak_is_no_bombing():
    evs = _events("A gas leak triggered the explosion at a restaurant in Adana.")
    assert not _has(evs, root="18"), _pairs(evs)
    assert not _has(evs, root="19"), _pairs(evs)


# ------------------------------------------------------------------ an attack noun told again with no side

def test_shootings_told_again_as_the_latest_add_no_event():
    evs = _events("Gunmen killed four policemen in Tessalit on Sunday. "
                  "The shootings were the third such incident in the province this year.")
    assert _has(evs, root="19", src="MLIUAF") or _has(evs, root="19"), _pairs(evs)
    assert not [e for e in evs if e.sentence == 1 and e.cameo_root in ("18", "19", "20")], _pairs(evs)


def test_an_attack_noun_with_its_sides_keeps_its_event():
    evs = _events("The rebels' attack on the garrison came at dawn.")
    assert _has(evs, root="19", src="REB", tgt="MIL"), _pairs(evs)
