"""Session 26 (issue 11, branch force26): force, coercion and protest (roots 14-20) in police and conflict wording.

(1) Clashes whose sides are named in a between-phrase on the verb ("clashes broke out between X and Y") or that are
two sides of one country named apart take both sides (conventions clash-verb-between, rival-compatriots), and a
leader's supporters clashing with the police in a sentence about protests are the protesting crowd (145/175,
convention protest-supporters). (2) A promise or threat kept is the act done ("kept their promise to kill"). (3)
"took the lives of" is a killing; one's own life is no act of force. (4) Words, not force: a verbal or scathing
attack, a text that attacks someone. (5) No protest or force: a rally named after a candidate, blocking a trial or
an extradition, a weapon described as used. Every sentence here is written for these tests (none is taken from a
gold set, a real article or the seed).
"""
from __future__ import annotations

from test_events import _events, _has


def _sides(evs, code):
    return {(e.source_actor_id is not None, e.target_actor_id is not None) for e in evs if e.cameo_code == code}


# ------------------------------------------------------------------ clashes and their sides

def test_clashes_breaking_out_between_protesters_and_police_take_both_sides():
    evs = _events("Clashes broke out between protesters and the police in Lagos on Tuesday.")
    assert _sides(evs, "145") == {(True, True)}
    assert _sides(evs, "175") == {(True, True)}
    assert not _has(evs, root="19")


def test_clashes_between_two_groups_of_one_country_are_two_sides():
    evs = _events("Clashes between farmers and riot police left twelve people hurt in Nairobi.")
    hits = _has(evs, code="190")
    assert len(hits) == 2 and all(e.source_actor_id and e.target_actor_id for e in hits)


def test_supporters_clashing_with_police_during_protests_are_the_protesters():
    evs = _events("Four people were killed during protests in Quito, after clashes erupted between the mayor's "
                  "supporters and the police.")
    assert _has(evs, code="145") and _has(evs, code="175")


def test_supporters_of_clubs_clashing_with_no_protest_stay_force():
    evs = _events("Clashes between supporters of two football clubs left ten people hurt in Lima.")
    assert not _has(evs, code="145") and not _has(evs, code="175")


# ------------------------------------------------------------------ a promise or threat kept

def test_a_promise_to_kill_that_was_kept_is_a_killing_done():
    evs = _events("The rebels kept their promise to kill the hostage and dumped his body near the road.")
    assert _has(evs, root="19", modality="asserted")


def test_a_promise_not_kept_is_no_act():
    evs = _events("The militia did not keep its promise to release the hostages.")
    assert not _has(evs, modality="asserted", root="08")


def test_a_promise_made_stays_planned():
    evs = _events("The kidnappers promised to kill the driver.")
    assert not _has(evs, root="19", modality="asserted")


# ------------------------------------------------------------------ lives taken

def test_taking_the_lives_of_people_is_a_killing():
    evs = _events("The gunman took the lives of nine worshippers in a chapel in Leeds on Wednesday.")
    hits = _has(evs, code="190", modality="asserted")
    assert hits and hits[0].source_actor_id and hits[0].target_actor_id


def test_taking_ones_own_life_is_no_act_of_force():
    assert not _has(_events("The singer took his own life in a hotel room."), root="19")


# ------------------------------------------------------------------ words, not force

def test_a_verbal_attack_is_no_act_of_force():
    evs = _events("In a long verbal attack broadcast on state radio, the president called his rival a coward.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")]


def test_a_scathing_attack_on_a_minister_is_criticism():
    evs = _events("The union leader launched a scathing attack on the health minister over the cuts.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")]


def test_an_armed_attack_stays_force():
    assert _has(_events("Gunmen launched an attack on a police post near the border."), root="19")


# ------------------------------------------------------------------ no protest, no force

def test_a_rally_named_after_a_candidate_is_no_protest():
    assert not _has(_events("She attended a Donald Trump rally in Ohio on Tuesday."), root="14")


def test_a_rally_to_demand_elections_stays_a_protest():
    evs = _events("Thousands of her supporters joined a Maria Lopez rally in the capital to demand new elections.")
    assert _has(evs, root="14")


def test_blocking_an_extradition_or_a_trial_is_no_obstruction():
    assert not _has(_events("The defence motion blocked the extradition of the banker."), root="14")
    assert not _has(_events("A court case has blocked the trial of the two suspects."), root="14")


def test_protesters_blocking_a_road_stay_an_obstruction():
    assert _has(_events("Protesters blocked the main road into the city."), code="144")


def test_a_weapon_described_as_used_is_no_act_of_force():
    assert not _has(_events("The old carbine was used by soldiers in both world wars."), root="19")


def test_weapons_used_against_people_stay_force():
    assert _has(_events("Police used live ammunition against the protesters."), code="193")


# ------------------------------------------------------------------ blasts and restrictions

def test_a_blast_whose_bomb_the_next_sentence_names_is_an_attack():
    evs = _events("A blast tore through a bus station in Kano, killing six people. Police said a bomb had been "
                  "left in a bag.")
    assert _has(evs, root="19", modality="asserted") or _has(evs, root="18", modality="asserted")


def test_a_gas_blast_stays_no_attack():
    evs = _events("A blast killed seven workers at a chemical plant in Tianjin on Sunday. Officials said a gas leak "
                  "caused the explosion.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")]


def test_restrictions_taking_effect_are_imposed():
    assert _has(_events("A curfew on the island took effect at midnight."), code="172")


def test_a_treaty_or_a_drug_taking_effect_is_no_restriction():
    assert not _has(_events("The new tax rules take effect in April."), root="17")
    assert not _has(_events("The painkiller took effect within minutes."), root="17")


def test_a_ban_introduced_by_a_government_is_a_restriction():
    assert _has(_events("The government introduced a ban on night fishing in the bay."), code="172")


# ------------------------------------------------------------------ sides and senses of force nouns and verbs

def test_a_place_compounded_on_an_invasion_is_the_land_invaded():
    evs = _events("The Kuwait invasion pushed oil prices higher.")
    hits = _has(evs, root="19")
    assert hits and not any(e.source_code for e in hits) and all((e.target_code or "").startswith("KWT") for e in hits)


def test_a_possessor_or_adjective_on_an_invasion_is_the_invader():
    assert _has(_events("Kuwait's invasion of the island lasted a week."), root="19", src="KWT")
    assert _has(_events("The Russian invasion of the island lasted a week."), root="19", src="RUS")


def test_revenues_slashed_are_no_blade_attack():
    evs = _events("The minister said Kenya had slashed Ugandan export revenues.")
    assert not _has(evs, root="18")


def test_people_slashed_stay_an_assault():
    assert _has(_events("A man slashed two guards with a machete at the gate."), root="18")


def test_people_captured_by_rebels_are_abducted():
    evs = _events("Two aid workers were captured by rebels on the road to the border.")
    assert _has(evs, code="181") and not _has(evs, code="173")


def test_a_person_captured_is_held_not_land_taken():
    evs = _events("She was captured near the river a week later.")
    assert not _has(evs, code="192")


def test_a_town_captured_stays_an_occupation_and_police_captures_stay_arrests():
    assert _has(_events("The rebels captured the town after a week of fighting."), code="192")
    assert _has(_events("Police captured the two fugitives in a barn."), code="173")


def test_burning_an_effigy_or_a_flag_is_a_protest_not_destruction():
    evs = _events("Students burned an effigy of the governor outside the assembly.")
    assert _has(evs, code="141") and not _has(evs, code="1712")


def test_rioters_burning_cars_stay_a_violent_protest():
    assert _has(_events("Rioters burned cars and shops in the centre of the town."), code="145")
