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
