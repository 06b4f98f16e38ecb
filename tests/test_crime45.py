"""Session 41 (issue 11, branch crime45): police, charges and sentences in the forms local papers and wires use --
charges laid or pressed (115), a sentence or imprisonment awarded (173), booked under a section or for a crime
(115), the act a case or penalty is brought for done by the one it is against, a "wanted" suspect's killing or
arrest (the participle wishes nothing), "held without bail" after a passive, a police statement that gives an
arrest's reason (no criticism), an injury in training (no attack) and "cops" as police. Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ charges laid, pressed or booked

def test_charges_laid_against_someone_are_a_charge():
    evs = _events("TORONTO - Police laid charges against two brothers after a jewellery store in Markham was robbed.")
    assert any(e.cameo_code == "115" and "brothers" in (e.target_text or "") for e in evs), _pairs(evs)


def test_charges_pressed_are_a_charge():
    evs = _events("The school pressed charges against the former bursar on Monday.")
    assert _has(evs, code="115", src="EDU"), _pairs(evs)


def test_a_table_laid_is_no_charge():
    evs = _events("The waiters laid the tables for the wedding guests.")
    assert not _has(evs, code="115"), _pairs(evs)


def test_booked_under_an_act_is_a_charge():
    evs = _events("KOLKATA (PTI) - The landlord was booked under the Arms Act after a pistol was found in his car.")
    assert any(e.cameo_code == "115" and "landlord" in (e.target_text or "") for e in evs), _pairs(evs)


def test_booked_for_a_crime_is_a_charge():
    evs = _events("Four youths were booked for rioting in Aligarh on Friday, police said.")
    assert any(e.cameo_code == "115" and "youths" in (e.target_text or "") for e in evs), _pairs(evs)


def test_a_room_booked_is_no_charge():
    evs = _events("The delegation booked rooms for the summit at a hotel near the airport.")
    assert not _has(evs, code="115"), _pairs(evs)


# ------------------------------------------------------------------ sentences awarded

def test_imprisonment_awarded_to_someone_is_a_sentence():
    evs = _events("A sessions court in Chennai awarded life imprisonment to three men on Thursday.")
    assert any(e.cameo_code == "173" and (e.source_code or "").startswith("INDJUD")
               and "men" in (e.target_text or "") for e in evs), _pairs(evs)


def test_a_prize_awarded_is_no_sentence():
    evs = _events("The jury awarded the first prize to a young pianist from Lagos.")
    assert not _has(evs, code="173"), _pairs(evs)


# ------------------------------------------------------------------ the act a case or penalty is for

def test_act_of_a_case_lodged_is_the_accused_one():
    evs = _events("Police lodged a case against the contractor for assaulting a labourer.")
    beat = [e for e in evs if e.cameo_root == "18"]
    assert beat and all("contractor" in (e.source_text or "") for e in beat), _pairs(evs)


def test_killing_a_sentence_is_given_for_is_not_the_court_s():
    evs = _events("A special court on Friday awarded death sentence to three men for killing a trader during a robbery.")
    assert _has(evs, code="173", src="JUD"), _pairs(evs)
    assert not any(e.cameo_root in ("18", "19") and (e.source_code or "").endswith("JUD") for e in evs), _pairs(evs)


# ------------------------------------------------------------------ "wanted" suspects

def test_wanted_suspect_killed_in_encounter_is_asserted_with_target():
    evs = _events("A gangster wanted in three murder cases was killed in an encounter with police near Agra on Sunday.")
    assert any(e.cameo_root == "19" and e.modality == "asserted" and "gangster" in (e.target_text or "")
               for e in evs), _pairs(evs)


def test_wanted_suspect_arrested_is_the_one_held():
    evs = _events("A drug dealer wanted for two killings was arrested in Durban on Friday.")
    assert any(e.cameo_code == "173" and "dealer" in (e.target_text or "") for e in evs), _pairs(evs)


def test_wanting_to_arrest_stays_a_wish():
    evs = _events("The governor wanted to arrest the protest leaders.")
    assert not _has(evs, code="173", modality="asserted"), _pairs(evs)


# ------------------------------------------------------------------ held without bail after a passive

def test_held_without_bail_after_a_passive_is_custody():
    evs = _events("A Queens woman was arraigned in Criminal Court and held without bail on Monday.")
    assert any(e.cameo_code == "173" and "woman" in (e.target_text or "") for e in evs), _pairs(evs)


def test_a_meeting_held_after_a_passive_is_no_custody():
    evs = _events("The minister was criticised by farmers and held a meeting with them on Friday.")
    assert not _has(evs, code="173"), _pairs(evs)


# ------------------------------------------------------------------ police statements around arrests

def test_police_giving_an_arrest_s_reason_criticise_no_one():
    evs = _events("Two brothers were arrested for allegedly running a fake loan app that duped students, police said.")
    assert _has(evs, code="173"), _pairs(evs)
    assert not _has(evs, root="11"), _pairs(evs)


def test_police_naming_a_bogus_business_an_arrest_was_for_criticise_no_one():
    evs = _events("Three clerks were arrested on Monday for allegedly running a bogus visa agency, police said.")
    assert _has(evs, code="173"), _pairs(evs)
    assert not _has(evs, root="11"), _pairs(evs)


def test_a_statement_that_someone_ran_a_bogus_charity_still_judges():
    evs = _events("The opposition said the governor had run a bogus charity.")
    assert _has(evs, root="11"), _pairs(evs)


# ------------------------------------------------------------------ injuries in training; cops

def test_injured_in_training_is_no_attack():
    evs = _events("The club captain was injured in training on Tuesday and will miss the final.")
    assert not any(e.cameo_root in ("18", "19", "20") for e in evs), _pairs(evs)


def test_soldiers_killed_in_a_training_exercise_are_no_attack():
    evs = _events("Two cadets were killed in a training exercise at the academy on Monday.")
    assert not any(e.cameo_root in ("18", "19", "20") for e in evs), _pairs(evs)


def test_injured_in_an_attack_is_still_force():
    evs = _events("Three recruits were injured when gunmen attacked a police training camp in Kano.")
    assert any(e.cameo_root in ("18", "19") for e in evs), _pairs(evs)


def test_cops_are_police():
    evs = _events("Cops arrested a bank clerk in Pune for stealing cash from lockers.")
    assert _has(evs, code="173", src="INDCOP") or _has(evs, code="173", src="COP"), _pairs(evs)


# ------------------------------------------------------------------ taken in for questioning; charges slapped

def test_taken_in_for_questioning_is_custody():
    evs = _events("Three ferry crew members were taken in for questioning, police said.")
    assert any(e.cameo_code == "173" and "crew" in (e.target_text or "") for e in evs), _pairs(evs)


def test_a_lodger_taken_in_is_no_custody():
    evs = _events("The widow took in two lodgers for the summer.")
    assert not _has(evs, code="173"), _pairs(evs)


def test_a_case_slapped_on_someone_is_a_charge():
    evs = _events("Police slapped a forgery case on the school principal.")
    assert any(e.cameo_code == "115" and "principal" in (e.target_text or "") for e in evs), _pairs(evs)


def test_slapped_with_charges_is_a_charge():
    evs = _events("The bus owner was slapped with charges of culpable homicide.")
    assert any(e.cameo_code == "115" and "owner" in (e.target_text or "") for e in evs), _pairs(evs)


def test_slapped_with_a_fine_is_no_charge():
    evs = _events("The football club was slapped with a heavy fine.")
    assert not _has(evs, code="115"), _pairs(evs)


# ------------------------------------------------------------------ people of the crime pages

def test_police_shooting_a_gangster_is_force():
    evs = _events("Police shot dead a notorious gangster in Ghaziabad on Sunday.")
    assert any(e.cameo_root == "19" and (e.source_code or "").endswith("COP") and "gangster" in (e.target_text or "")
               for e in evs), _pairs(evs)


def test_police_shooting_a_film_is_no_force():
    evs = _events("The police drama shot its final episode in Ghaziabad on Sunday.")
    assert not any(e.cameo_root == "19" for e in evs), _pairs(evs)


# ------------------------------------------------------------------ the raid an act of the police was made in

def test_a_raid_police_rescued_children_in_is_no_attack():
    evs = _events("Police rescued nine girls in a raid on a massage parlour in Mumbai on Friday.")
    assert not any(e.cameo_root == "19" for e in evs), _pairs(evs)


def test_a_raid_soldiers_freed_hostages_in_stays_force():
    evs = _events("Soldiers freed nine hostages in a raid on a rebel camp on Friday.")
    assert any(e.cameo_root == "19" for e in evs), _pairs(evs)
