"""Session 30 (issue 11, branch force31): threats, coercion and force on local news -- a headline's passive
with "found" or an adverb after the verb ("Cyclist found fatally stabbed", "Driver shot twice near gas station"),
a fine coordinated with a sentence ("was jailed ..., fined $300"), the threatened act's target on a threat
verb that names no one; false ones gone: roads, tunnels and offices closed, candidates beaten by votes, mills
demolished, warnings about dangers and advice to stay safe, an ad or a bill that "was an attack on" someone.
Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ headline passives (18-19)

def test_headline_found_shot_makes_the_subject_the_victim():
    evs = _events("Cyclist found fatally shot behind a Toledo warehouse.")
    assert _has(evs, code="193"), _pairs(evs)
    assert not [e for e in evs if e.cameo_root == "19" and e.source_text], _pairs(evs)
    assert [e for e in evs if e.cameo_root == "19" and e.target_text and "Cyclist" in e.target_text], _pairs(evs)


def test_headline_shot_twice_makes_the_subject_the_victim():
    evs = _events("Delivery driver shot twice in attempted carjacking.")
    shots = [e for e in evs if e.cameo_code == "193"]
    assert shots and not shots[0].source_text, _pairs(evs)
    assert shots[0].target_text and "driver" in shots[0].target_text, _pairs(evs)


def test_a_gunman_who_shot_twice_is_still_the_shooter():
    evs = _events("The gunman shot the guard twice in the lobby.")
    assert [e for e in evs if e.cameo_code == "193" and e.source_text and "gunman" in e.source_text], _pairs(evs)


# ------------------------------------------------------------------ coerce (17)

def test_a_fine_coordinated_with_a_sentence_is_passive():
    evs = _events("He was jailed for three months, fined $300 and ordered to repay the store.")
    fines = [e for e in evs if e.cameo_code == "172"]
    assert fines and not fines[0].source_text, _pairs(evs)
    assert fines[0].target_text == "He", _pairs(evs)


def test_a_road_closed_for_a_parade_is_no_sanction():
    evs = _events("Maple Avenue will be closed through the evening for the harvest parade.")
    assert not _has(evs, root="17"), _pairs(evs)


def test_a_tunnel_closed_after_a_crack_is_no_sanction():
    evs = _events("The rail tunnel was closed after inspectors found a leak in its roof.")
    assert not _has(evs, root="17"), _pairs(evs)


def test_a_government_closing_bars_is_still_a_restriction():
    evs = _events("The Danish government closed all bars and gyms for two weeks.")
    assert _has(evs, code="172", src="DNK"), _pairs(evs)


def test_an_old_mill_demolished_is_no_coercion():
    evs = _events("The old paper mill on the river was demolished in April.")
    assert not _has(evs, root="17"), _pairs(evs)


def test_homes_demolished_by_soldiers_stay_destruction():
    evs = _events("Soldiers demolished three homes in the village on Tuesday.")
    assert _has(evs, code="1712"), _pairs(evs)


# ------------------------------------------------------------------ elections are no assault (18)

def test_a_challenger_beaten_by_votes_is_an_election():
    evs = _events("The sitting county treasurer kept her post, beating her challenger by 4,100 votes.")
    assert not _has(evs, root="18"), _pairs(evs)


def test_an_incumbent_beaten_is_an_election():
    evs = _events("A first-time candidate beat the incumbent in the ward race.")
    assert not _has(evs, root="18"), _pairs(evs)


# ------------------------------------------------------------------ threats (13)

def test_a_threat_to_kill_someone_is_aimed_at_them():
    evs = _events("The Chilean farmer threatened to kill the Peruvian surveyor.")
    assert _has(evs, code="138", src="CHL", tgt="PER"), _pairs(evs)


def test_a_threat_verb_with_its_own_object_keeps_it():
    evs = _events("The cartel threatened the Mexican reporter and his family.")
    assert _has(evs, root="13", tgt="MEX"), _pairs(evs)


def test_a_health_warning_about_food_is_no_threat():
    evs = _events("Health officials in Oregon issued a warning about raw clams from the bay.")
    assert not _has(evs, root="13"), _pairs(evs)


def test_advice_to_stay_indoors_is_no_threat():
    evs = _events("The mayor of Phoenix warned residents to stay indoors during the heatwave.")
    assert not _has(evs, root="13"), _pairs(evs)


def test_a_warning_to_rebels_to_leave_stays_a_threat():
    evs = _events("The Malian army warned the rebels to leave the town by Friday.")
    assert _has(evs, root="13", src="MLI"), _pairs(evs)


# ------------------------------------------------------------------ figurative attacks

def test_an_ad_that_was_an_attack_on_someone_is_no_force():
    evs = _events("The governor said the new campaign ad was an attack on his wife.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")], _pairs(evs)


def test_a_bombing_that_was_an_attack_on_a_base_stays_force():
    evs = _events("The bombing was an attack on the army's main base in Kabul.")
    assert [e for e in evs if e.cameo_root in ("18", "19")], _pairs(evs)


# ------------------------------------------------------------------ who did it (18-19)

def test_shelling_from_forces_names_the_shooters():
    evs = _events("A Lebanese farmer was killed by shelling from Israeli forces.")
    assert _has(evs, root="19", src="ISR", tgt="LBN"), _pairs(evs)


def test_a_suicide_bomber_killing_people_is_a_bombing():
    evs = _events("A suicide bomber killed nine people at a bus stop in Kabul.")
    assert _has(evs, code="183"), _pairs(evs)
    assert not _has(evs, root="19"), _pairs(evs)


# ------------------------------------------------------------------ protest (14)

def test_a_protest_attended_is_no_side_of_it():
    evs = _events("Kurdish mothers attend a rally held by the HDP party in Diyarbakir calling for the release of detainees.")
    rallies = [e for e in evs if e.cameo_code == "141" and e.source_text and "mothers" in e.source_text]
    assert rallies and not (rallies[0].target_text or "").endswith("rally"), _pairs(evs)


def test_amid_worsening_protests_the_protests_go_on():
    evs = _events("Bond prices slid for a third day amid worsening protests in the Chilean capital.")
    assert _has(evs, code="141"), _pairs(evs)


def test_shops_that_stayed_shut_were_closed_by_no_one():
    evs = _events("Most shops in Quito stayed shut on Monday.")
    assert not _has(evs, root="17"), _pairs(evs)


# ------------------------------------------------------------------ reduce relations (16)

def test_diplomats_expelled_from_a_country_are_the_target():
    evs = _events("Two Belarusian diplomats were expelled from Lithuania on Friday.")
    assert _has(evs, code="161", src="LTU", tgt="BLR"), _pairs(evs)


def test_a_government_expelling_diplomats_keeps_its_sides():
    evs = _events("The Estonian government expelled two Russian diplomats.")
    assert _has(evs, code="161", src="EST", tgt="RUS"), _pairs(evs)
