"""Session 19 (lead): force words that name no force, and the targets of statements and acts.
Every text here is written for these tests."""
from __future__ import annotations

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events


def test_an_attack_on_a_border_post_is_force_not_words():
    evs = _events("Gunmen launched an attack on a remote border post in Chad overnight.")
    assert _has(evs, root="19")
    assert not _has(evs, root="11")


def test_an_attack_made_in_an_interview_is_still_criticism():
    evs = _events("In a radio interview, the Chilean senator launched an attack on the finance minister.")
    assert _has(evs, root="11", src="CHL")
    assert not _has(evs, root="19")


def test_a_battle_with_an_illness_is_no_violence():
    evs = _events("The Zambian poet died at home on Sunday after a long battle with leukaemia.")
    assert not [e for e in evs if e.cameo_code[:2] in ("18", "19", "20")]


def test_a_battle_with_rebels_stays_violence():
    evs = _events("Three Zambian soldiers died after a battle with rebels near the border.")
    assert [e for e in evs if e.cameo_code[:2] in ("18", "19")]


# ---- holding people: detention by the state, captivity by armed groups, blame, and no holding at all

def test_people_held_by_guards_are_detained():
    evs = _events("Border guards in Peru held two Bolivian fishermen for a week.")
    assert _has(evs, root="17", tgt="BOL")


def test_people_held_with_no_holder_named_are_detained():
    evs = _events("Two Bolivian students were held for three days in Lima.")
    assert _has(evs, root="17", tgt="BOL")


def test_people_held_by_gunmen_are_captives():
    evs = _events("Gunmen in Peru held two Bolivian engineers for a month.")
    assert [e for e in evs if e.cameo_code == "181"]
    assert not _has(evs, root="17")


def test_holding_someone_responsible_is_blame():
    evs = _events("Bolivia held Peru responsible for the collapse of the bridge.")
    assert [e for e in evs if e.cameo_code == "112" and e.source_code == "BOL" and e.target_code == "PER"]


def test_holding_a_child_or_a_crowd_back_is_no_detention():
    for text in ("The nurse held the Bolivian child in her arms.", "Peruvian police held back the crowd.",
                 "She held her little brother close."):
        assert not _has(_events(text), root="17"), text


def test_holding_firm_or_a_town_is_no_detention():
    for text in ("The Bolivian ministry has held firm on fuel prices.", "Police in Bolivia held the line.",
                 "Bolivian troops held the town for a week.", "Bolivia held a presidential primary."):
        assert not _has(_events(text), root="17"), text


# ---- kinds read in unseen Canadian news (session 19): idioms, agreement with a view, criticism received

def test_hitting_it_off_is_no_force():
    evs = _events("The two Uruguayan coaches met at a dinner in Montevideo and hit it off at once.")
    assert not [e for e in evs if e.cameo_code[:2] in ("18", "19", "20")]


def test_agreeing_with_findings_endorses_them():
    evs = _events("The Uruguayan health minister agreed with the panel's conclusions.")
    assert [e for e in evs if e.cameo_code == "051"]
    assert not _has(evs, root="03")


def test_not_agreeing_with_a_stance_is_rejection():
    evs = _events("The Uruguayan court did not agree with the government's stance.")
    assert _has(evs, root="12", src="URY")


def test_agreeing_with_another_side_on_a_matter_stays_cooperation():
    evs = _events("Uruguay agreed with Paraguay on a new river treaty.")
    assert _has(evs, root="03", src="URY", tgt="PRY")


def test_criticism_come_under_runs_from_its_givers():
    evs = _events("The Uruguayan mayor came under sharp criticism from shop owners.")
    assert [e for e in evs if e.cameo_code[:2] == "11" and e.source_text == "shop owners"]


def test_one_who_comes_forward_with_an_allegation_is_not_its_target():
    evs = _events("A former Uruguayan aide has come forward with an allegation about the contract.")
    assert not [e for e in evs if e.cameo_code[:2] == "11" and e.target_text and "aide" in e.target_text]


def test_clearing_a_building_is_no_aid():
    evs = _events("Staff at the Uruguayan embassy evacuated the building after a bomb threat.")
    assert not _has(evs, root="07")


def test_evacuating_people_stays_aid():
    evs = _events("The Uruguayan navy evacuated 300 villagers from the flooded coast.")
    assert _has(evs, root="07", src="URY")


def test_criticising_an_appointment_is_not_aimed_at_the_appointee():
    evs = _events("The Uruguayan senator criticised Garcia's appointment as police chief.")
    crit = _has(evs, root="11", src="URY")
    assert crit and all(e.target_text is None or "Garcia" not in e.target_text for e in crit)


def test_criticising_an_invasion_is_aimed_at_the_invader():
    evs = _events("The Uruguayan senator criticised Russia's invasion of Ukraine.")
    assert _has(evs, root="11", src="URY", tgt="RUS")


def test_asylum_seekers_arriving_make_no_visit():
    evs = _events("More than 900 asylum seekers arrived in Malta by boat last month.")
    assert not _has(evs, root="04")


def test_a_president_arriving_still_visits():
    evs = _events("The Maltese president arrived in Rome on Monday for talks.")
    assert _has(evs, root="04", src="MLT", tgt="ITA")


def test_lawmakers_occupying_their_chamber_seize_nothing():
    evs = _events("The Maltese senators left the chamber they had occupied since 1920.")
    assert not _has(evs, root="19")


def test_troops_occupying_an_airport_still_seize_it():
    evs = _events("Maltese troops occupied the airport on Sunday.")
    assert [e for e in evs if e.cameo_code == "192"]


def test_a_phone_blowing_up_with_messages_is_no_bombing():
    evs = _events("The Maltese minister's phone blew up with angry messages after the vote.")
    assert not [e for e in evs if e.cameo_code[:2] in ("18", "19", "20")]


def test_police_breaking_up_a_fight_did_not_fight():
    evs = _events("Maltese police broke up a fight between two fans outside the stadium.")
    assert not [e for e in evs if e.cameo_code[:2] in ("18", "19", "20") and e.source_code and "COP" in e.source_code]


def test_robbing_someone_blind_is_criticism_not_theft():
    evs = _events("\"The banks are robbing us blind,\" a Maltese farmer said.")
    assert not _has(evs, root="17")


def test_insisting_that_something_is_so_is_a_statement():
    evs = _events("The Maltese premier insists the deal is fair to workers.")
    assert not _has(evs, root="10")
    assert _has(evs, root="01", src="MLT")


def test_insisting_that_someone_act_is_a_demand():
    evs = _events("The Maltese premier insisted that the army must withdraw.")
    assert _has(evs, root="10", src="MLT")


def test_a_participle_before_a_noun_is_no_arrest_or_probe():
    for text in ("The Maltese painter is known for his visually arresting portraits.",
                 "The probing Maltese reporter asked the question again."):
        evs = _events(text)
        assert not _has(evs, root="17") and not _has(evs, root="09"), text


def test_a_team_travelling_makes_no_visit_and_closing_out_the_scoring_bans_nothing():
    evs = _events("The Valletta Sharks beat the Rabat Lions 4-2 in overtime on Saturday. Karl Borg scored twice "
                  "and the goalie made 30 saves. Borg closed out the scoring in the third period, and the "
                  "Sharks head to Sliema for their next game on Monday.")
    assert not _has(evs, root="04") and not _has(evs, root="17")


def test_a_company_head_stepping_down_yields_no_power():
    for text in ("The Chilean bank's chief executive stepped down after ten years.",
                 "The national rugby coach of Chile quit in March."):
        assert not _has(_events(text), root="08"), text


def test_a_minister_resigning_still_yields():
    evs = _events("Chile's interior minister resigned over the scandal on Friday.")
    assert [e for e in evs if e.cameo_code == "0831" and e.source_code and e.source_code.startswith("CHL")]
