"""Session 43 (issue 11, branch vio47): precision and recall of violence (18-20), protest (14) and arrests (17) in
wire forms -- force by a side protesting in the same clause (a riot, 145), a violent act named again by a noun ("in
what police called a revenge attack", "retaliated with air strikes"), acts named as like others ("similar
attacks"), a plot alleged (planned, not reported), people seized (abducted or arrested) and towns seized (occupied),
a court's order that someone be jailed, people picked up for questioning, the charge of one who appeared in court,
killings with knives and stones (180) and beatings to death (1823). Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


def _violent(evs, modality=None):
    return [e for e in evs if e.cameo_root in ("18", "19", "20") and (modality is None or e.modality == modality)]


# ------------------------------------------------------------------ a protesting side's force is a riot

def test_stones_thrown_by_a_side_protesting_in_the_same_clause_are_a_riot():
    evs = _events("Youths threw stones at police in Kisumu on Monday, protesting against the arrest of their leader.")
    assert _has(evs, code="145"), _pairs(evs)
    assert not _violent(evs), _pairs(evs)


def test_a_march_and_an_attack_on_a_police_post_are_a_riot():
    evs = _events("Traders marched through Kano and attacked a police post.")
    assert _has(evs, code="145"), _pairs(evs)
    assert not _violent(evs), _pairs(evs)


def test_stones_thrown_with_no_protest_stay_an_assault():
    evs = _events("Villagers threw stones at two suspected cattle thieves in Narok.")
    assert _has(evs, root="18"), _pairs(evs)


# ------------------------------------------------------------------ an act named again by a noun

def test_an_attack_named_again_in_a_free_relative_is_one_act():
    evs = _events("Gunmen killed four men at a bar in Eldoret on Friday, in what police called a revenge attack.")
    assert len(_violent(evs, "asserted")) == 1, _pairs(evs)


def test_the_source_of_a_redescribed_killing_is_lent_to_the_passive():
    evs = _events("Three men were shot dead in Kumasi in what detectives believe was a revenge killing by a rival gang.")
    violent = _violent(evs, "asserted")
    assert len(violent) == 1 and violent[0].source_text, _pairs(evs)


def test_strikes_a_verb_was_made_with_are_its_means():
    evs = _events("Pakistani jets retaliated with strikes on militant hideouts in Khost, killing eight.")
    assert len(_violent(evs, "asserted")) == 1, _pairs(evs)


def test_air_strikes_a_verb_was_made_with_stay_one_aerial_act():
    evs = _events("Turkish jets retaliated with air strikes on Kurdish positions in northern Iraq.")
    assert len(_violent(evs, "asserted")) == 1 and _has(evs, code="195"), _pairs(evs)


def test_an_attack_after_the_free_relative_stays_its_own():
    evs = _events("Troops shot dead five men in what officials called a security operation, and a bomb attack "
                  "killed three more in the capital.")
    assert len(_violent(evs, "asserted")) == 2, _pairs(evs)


def test_attacks_named_as_like_others_are_no_new_act():
    evs = _events("Nobody has claimed the bombing, but the rebels have carried out similar attacks in the north.")
    assert not _violent(evs), _pairs(evs)


# ------------------------------------------------------------------ plots, seizures and court orders

def test_a_plot_alleged_is_planned_not_reported():
    evs = _events("Police in Mombasa arrested three men accused of plotting to bomb a nightclub.")
    assert _has(evs, code="173", modality="asserted"), _pairs(evs)
    assert not _violent(evs, "reported") and not _violent(evs, "asserted"), _pairs(evs)


def test_an_act_alleged_stays_reported():
    evs = _events("Police in Mombasa arrested three men accused of bombing a nightclub.")
    assert _violent(evs, "reported"), _pairs(evs)


def test_people_seized_by_gunmen_are_abducted():
    evs = _events("Armed men seized four aid workers on the road to Nyala on Tuesday.")
    assert _has(evs, code="181"), _pairs(evs)


def test_suspects_seized_by_police_are_arrested():
    evs = _events("Police seized two suspects at the border post in Busia.")
    assert _has(evs, code="173"), _pairs(evs)
    assert not _has(evs, root="18"), _pairs(evs)


def test_a_town_seized_is_occupied():
    evs = _events("Rebels seized the border town of Kamanyola on Monday.")
    assert _has(evs, code="192"), _pairs(evs)


def test_drugs_seized_stay_property():
    evs = _events("Customs officers seized 40 kilos of heroin at the port.")
    assert not _has(evs, root="18") and not _has(evs, code="192"), _pairs(evs)


def test_a_court_ordering_a_politician_jailed_detains_him():
    evs = _events("A court in Ankara on Friday ordered the opposition mayor jailed pending trial.")
    assert _has(evs, code="173", src="TURJUD"), _pairs(evs)
    assert not _has(evs, code="100"), _pairs(evs)


def test_a_man_picked_up_for_questioning_is_detained():
    evs = _events("A 30-year-old trader was picked up for questioning in Meerut on Monday.")
    assert _has(evs, code="173", modality="asserted"), _pairs(evs)


def test_the_one_who_appeared_in_court_is_charged():
    evs = _events("Two brothers appeared before magistrates in Leeds on Monday charged with arson.")
    charged = _has(evs, code="115")
    assert charged and "brothers" in (charged[0].target_text or ""), _pairs(evs)


# ------------------------------------------------------------------ weapons of no army, beatings to death

def test_a_killing_with_a_machete_is_unconventional_violence():
    evs = _events("The farmer was killed with a machete in Nakuru on Sunday.")
    assert _has(evs, code="180"), _pairs(evs)


def test_attackers_armed_with_knives_use_unconventional_violence():
    evs = _events("Attackers armed with knives killed six villagers in Plateau State.")
    assert _has(evs, code="180"), _pairs(evs)


def test_a_gunman_killing_stays_conventional():
    evs = _events("A gunman killed three people at a supermarket in Durban.")
    assert _has(evs, root="19"), _pairs(evs)


def test_a_man_beaten_to_death_is_killed_by_physical_assault():
    evs = _events("A suspected thief was beaten to death by a mob in Kisii.")
    assert _has(evs, code="1823"), _pairs(evs)


def test_a_woman_stoned_to_death_is_killed_by_physical_assault():
    evs = _events("A woman was stoned to death by villagers on Friday.")
    assert _has(evs, code="1823"), _pairs(evs)
