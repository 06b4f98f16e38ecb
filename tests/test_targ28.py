"""Session 27 (issue 12, branch targ28): the other side of acts that name it only in the sentence before, through a
thing's owner, a struck place or the clause of a stated feeling -- "rejected the proposal" after a proposal coded as
an appeal, "condemned the drills" / "the arrests" after the act, "welcomed the announcement" after the statement
that made it; "seized a boat belonging to a Colombian company"; houses burned in a placed village; "disappointed
that Chelsea has refused". Every text here is written for these tests."""
from __future__ import annotations

import newsgraph
from test_lead25 import _events     # (code, source code, target code) of each event, as session 25's tests read them


def _analyse(text: str):
    return newsgraph.analyse(text, published="2025-03-04")


def test_a_rejected_proposal_answers_the_proposal_coded_as_an_appeal():
    a = _analyse("Greece proposed a new fishing accord to Turkey on Monday. Ankara rejected the proposal on Friday.")
    assert ("TURGOV", "GRC") in {(s, t) for code, s, t in _events(a, "12")}


def test_condemned_drills_answer_the_military_exercise_before():
    a = _analyse("The Chinese navy held live-fire drills near Taiwan. Taiwan's defence ministry condemned the "
                 "drills.")
    assert any(s == "TWNGOV" and t == "CHNMIL" for code, s, t in _events(a, "11"))


def test_condemned_arrests_answer_the_arrests_before():
    a = _analyse("Ugandan police detained six student leaders in Kampala on Monday. The opposition condemned the "
                 "arrests.")
    assert any(t == "UGACOP" for code, s, t in _events(a, "11"))


def test_a_welcomed_announcement_answers_the_statement_that_made_it():
    a = _analyse("The White House announced that its troops would leave the country by May. The Iraqi prime "
                 "minister welcomed the announcement.")
    assert any(s == "IRQGOV" and t == "USAGOV" for code, s, t in _events(a, "05"))


def test_an_announcement_is_not_answered_by_the_speaker_itself():
    a = _analyse("The Iraqi prime minister announced new elections. He welcomed the announcement of the date.")
    assert not any(s == t and s is not None for code, s, t in _events(a, "05"))


def test_the_owner_a_participle_names_is_the_target_of_a_seizure():
    a = _analyse("Venezuelan soldiers seized a fishing boat belonging to a Colombian company.")
    assert any(s == "VENMIL" and t == "COLBUS" for code, s, t in _events(a, "17"))


def test_a_thing_belonging_to_an_army_has_that_army_as_target():
    a = _analyse("Rebels in eastern Congo seized two trucks belonging to the Ugandan army on Sunday.")
    assert any(t == "UGAMIL" for code, s, t in _events(a, "17"))


def test_houses_burned_in_a_placed_village_make_that_country_the_target():
    a = _analyse("Soldiers burned dozens of houses in a village in Myanmar on Sunday.")
    assert any(code == "1712" and t == "MMR" for code, s, t in _events(a, "17"))


def test_a_seizure_of_goods_takes_no_country_from_where_it_happened():
    # whose drugs were seized no reader can tell: the place is no side of a seizure (only destruction, 1712)
    a = _analyse("Customs officers seized two tons of cocaine in Rotterdam on Friday.")
    assert not any(code.startswith("171") and code != "1712" and t == "NLD" for code, s, t in _events(a, "17"))


def test_a_feeling_with_a_that_clause_judges_the_clause_subject():
    a = _analyse('"We are disappointed that Chelsea has refused to release the player," Barcelona said in a '
                 'statement.')
    events = [e for e in a.events if e.cameo_code == "111"]
    assert events and any(a.actor(e.target_actor_id) is not None and "Chelsea" in a.actor(e.target_actor_id).name
                          for e in events if e.target_actor_id)


def test_a_feeling_about_the_speakers_own_loss_judges_no_one():
    a = _analyse('"We are disappointed that we lost the vote," the Labour Party said.')
    assert not any(t is not None for code, s, t in _events(a, "111"))


def test_an_unaddressed_threat_by_nurses_is_aimed_at_their_government():
    a = _analyse("NAIROBI, Kenya - Nurses in Kenya have been unpaid for three months. The Kenyan nurses' union met "
                 "in Nairobi on Monday. Kenyan nurses warned that they would stop work if their pay was not raised.")
    assert any(t == "KENGOV" for code, s, t in _events(a, "13"))


def test_an_unaddressed_criticism_by_the_opposition_is_aimed_at_its_government():
    a = _analyse("ABUJA, Nigeria - Results of the Nigerian election were delayed again on Monday. Voters in Lagos "
                 "waited for news. The Nigerian opposition criticised the delay.")
    assert ("NGAOPP", "NGAGOV") in {(s, t) for code, s, t in _events(a, "11")}


def test_a_grievance_with_its_own_target_keeps_it():
    a = _analyse("NAIROBI, Kenya - Nurses in Kenya have been unpaid for three months. The Kenyan nurses' union met "
                 "in Nairobi on Monday. The nurses' union criticised the hospital's director, Joseph Mwangi.")
    assert not any(t == "KENGOV" for code, s, t in _events(a, "11"))


def test_a_government_body_criticising_no_one_gets_no_implied_target():
    a = _analyse("NAIROBI, Kenya - Fuel prices rose again in Kenya on Monday. Drivers in Nairobi queued for hours. "
                 "The Kenyan energy ministry criticised the delay.")
    assert not any(t == "KENGOV" for code, s, t in _events(a, "11"))
