"""Session 24 (issue 11, branch fam24): police, violence and protest events in local news.

(1) An agentless act of force in a relative clause on the person a noun of death names ("the death of a man who was
beaten") is reported, as one on a person whose fate a verb tells already was (convention death-victims). (2) People
who turn out, gather or assemble for a protest take part in it (nouns.csv N14-turn-out-for). (3) False events in
police and crime wording: "charged at" someone is no accusation, one person blocking a car is no protest, "cited
the driver for speeding" is no statement, and an arrest a warrant is issued
for has not happened. Every sentence here is written for these tests (none is taken from a gold set, a real
article or the seed).
"""
from __future__ import annotations

from test_events import _events, _has


# ------------------------------------------------------------------ victims of a death told by a noun

def test_death_of_a_person_who_was_beaten_reports_the_beating():
    evs = _events("Detectives are looking into the death of a delivery driver who was beaten behind his van.")
    assert _has(evs, root="18", modality="asserted")


def test_body_and_killing_nouns_report_the_shooting():
    assert _has(_events("Officers are investigating the killing of a taxi driver who was shot near the depot."),
                root="19", modality="asserted")
    assert _has(_events("Rangers recovered the remains of a hiker who was stabbed on the trail."),
                root="18", modality="asserted")


def test_death_of_a_person_born_long_ago_is_no_violence():
    evs = _events("The death of a poet who was born in the valley saddened the town.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")]


# ------------------------------------------------------------------ turning out for a protest

def test_turning_out_for_a_rally_is_a_protest_by_those_who_came():
    evs = _events("About 300 dockers turned out for the rally outside the harbour office.")
    hits = _has(evs, code="141", modality="asserted")
    assert hits and all(e.source_actor_id for e in hits)


def test_gathering_for_a_vigil_is_a_protest():
    assert _has(_events("Dozens of neighbours gathered for a vigil outside the town hall."), code="141")


def test_turning_out_for_a_parade_is_no_protest():
    assert not _has(_events("Families turned out for the parade along the river."), root="14")


# ------------------------------------------------------------------ police wording that is no event of the family

def test_charging_at_someone_is_no_accusation():
    evs = _events("A deputy shot a man who charged at him with a machete.")
    assert _has(evs, root="19")
    assert not _has(evs, root="11")


def test_prosecutors_charging_a_suspect_stays_legal_action():
    assert _has(_events("Prosecutors charged the landlord with arson."), code="115")


def test_one_person_blocking_a_car_is_no_protest():
    assert not _has(_events("The farmer parked his tractor to block the thief's van in the yard."), root="14")


def test_a_crowd_blocking_a_road_stays_a_protest():
    assert _has(_events("Hundreds of villagers blocked the road to the quarry."), code="144")


def test_a_citation_for_an_offence_is_no_statement():
    evs = _events("A trooper cited the trucker for driving without a permit.")
    assert not _has(evs, root="01")


def test_citing_a_reason_stays_a_statement():
    assert _has(_events("The council cited the cost as the reason for the delay."), root="01")


def test_a_warrant_for_an_arrest_is_the_judges_legal_action():
    # issuing the warrant is the legal action CAMEO 173 names (V17-warrant); the arrest it names is that same act,
    # by the judge, not a second arrest to come (session 42 lead's "ordered the arrest"; convention arrest-orders,
    # session 43 left47: this test asserted a planned N17-arrest-of beside it before)
    evs = _events("A judge issued a warrant for the arrest of the missing treasurer.")
    assert _has(evs, code="173", modality="asserted")
    assert not [e for e in evs if (e.rule_id or "").startswith("N17-arrest-of") and e.modality == "planned"]


def test_an_arrest_itself_stays_asserted():
    assert _has(_events("Deputies arrested the missing treasurer at an airport hotel."), code="173",
                modality="asserted")


# ------------------------------------------------------------------ sexual assault named as such

def test_a_sexual_assault_noun_is_1821_not_armed_force():
    evs = _events("The coach was jailed for the sexual assault of a player.")
    assert _has(evs, code="1821")
    assert not _has(evs, root="19")


def test_sexually_abused_is_1821():
    assert _has(_events("A man sexually abused a girl for years, prosecutors said."), code="1821")


def test_an_assault_on_a_town_stays_force():
    assert _has(_events("Rebels launched an assault on the town."), root="19")


# ------------------------------------------------------------------ crowds in the streets, roadblocks, crowd control

def test_crowds_pouring_into_the_streets_protest():
    evs = _events("Tens of thousands of farmers poured into the streets of the provincial capital.")
    assert _has(evs, code="141")


def test_water_or_revellers_in_the_streets_are_no_protest():
    assert not _has(_events("Floodwater poured into the streets of the old harbour town."), root="14")
    assert not _has(_events("Supporters poured into the streets to celebrate the cup win."), root="14")
    assert not _has(_events("Shoppers poured into the streets for the winter sales."), root="14")


def test_roadblocks_by_protesters_obstruct_and_by_police_restrict():
    assert _has(_events("Angry villagers set up roadblocks on the road to the quarry."), code="144")
    evs = _events("Troops set up roadblocks around the port after the escape.")
    assert not _has(evs, root="14") and _has(evs, code="172")


def test_crowds_massing_are_a_demonstration_and_troops_massing_a_mobilisation():
    assert _has(_events("Crowds massed outside the court for a second night."), code="141")
    assert _has(_events("The army massed troops near the frontier."), root="15")


def test_rubber_bullets_are_crowd_control():
    evs = _events("Riot police fired rubber bullets at the marchers outside the stadium.")
    assert _has(evs, code="175")
    assert not _has(evs, root="19")


# ------------------------------------------------------------------ victims named by a pronoun, blades, suspects caught

def test_a_pronoun_victim_of_a_punch_is_an_assault():
    assert _has(_events("He was kicked and punched outside the bowling alley, deputies said."), root="18")


def test_slashing_a_person_is_an_assault_and_slashing_prices_is_not():
    assert _has(_events("A woman was slashed with a box cutter during a quarrel at the depot."), root="18")
    assert not _has(_events("The grocer slashed prices on bread and milk."), root="18")
    assert not _has(_events("Someone slashed the tyres of three vans overnight."), root="18")


def test_a_suspect_caught_is_arrested_even_without_the_police_named():
    assert _has(_events("The suspect was caught a few streets away an hour later."), code="173")


def test_caught_on_camera_is_no_arrest():
    assert not _has(_events("The burglar was caught on camera as he climbed through a window."), root="17")


# ------------------------------------------------------------------ an attack word parsed as a gerund subject

def test_fighting_as_a_gerund_subject_is_the_means_of_the_killing():
    evs = _events("Fighting near the airport has killed nine civilians since Monday.")
    assert _has(evs, root="19", modality="asserted")


def test_a_gerund_clause_with_its_own_object_is_no_attack():
    evs = _events("Fighting corruption has cost the governor many friends.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")]
