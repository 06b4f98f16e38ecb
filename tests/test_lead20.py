"""Session 20 (lead): being under attack or under fire, retorts, and storming out.
Every text here is written for these tests."""
from __future__ import annotations

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events

_FORCE = ("18", "19", "20")


def _roots(evs):
    return {e.cameo_code[:2] for e in evs}


def test_a_town_under_attack_from_rebels_is_force():
    evs = _events("The Malian town of Kidal came under attack from rebels overnight.")
    assert _has(evs, root="19", src="REB") or _has(evs, root="19")
    assert "11" not in _roots(evs)


def test_a_village_under_attack_with_no_attacker_named_is_force():
    evs = _events("A Nigerian village came under attack on Sunday night and four farmers were killed.")
    assert _roots(evs) & set(_FORCE)
    assert "11" not in _roots(evs)


def test_a_minister_under_attack_from_lawmakers_is_criticism():
    evs = _events("The Kenyan finance minister came under attack from opposition lawmakers over the tax.")
    assert _has(evs, root="11", tgt="KEN")
    assert not _roots(evs) & set(_FORCE)


def test_a_decision_under_attack_from_senators_is_criticism_without_a_target():
    evs = _events("The Brazilian court's decision came under attack from several senators.")
    assert "11" in _roots(evs)
    assert not _roots(evs) & set(_FORCE)


def test_a_base_under_fire_from_militants_is_force():
    evs = _events("A Somali army base came under fire from militants on Tuesday.")
    assert _roots(evs) & set(_FORCE)
    assert "11" not in _roots(evs)


def test_a_politician_shooting_back_at_a_rival_speaks():
    evs = _events("The Peruvian prime minister shot back at the senator during the debate.")
    assert _has(evs, root="11", src="PER")
    assert not _roots(evs) & set(_FORCE)


def test_soldiers_shooting_back_at_attackers_use_force():
    evs = _events("Peruvian soldiers shot back at the attackers near the camp.")
    assert _roots(evs) & set(_FORCE)


def test_storming_out_or_offstage_is_no_assault():
    for text in ("The Irish coach stormed out of the meeting.", "The Irish singer stormed offstage after an hour.",
                 "The Irish delegate stormed off."):
        assert not _roots(_events(text)) & set(_FORCE), text


def test_storming_a_compound_or_into_a_building_is_force():
    for text in ("Somali troops stormed the compound at dawn.", "Somali police stormed into the hotel."):
        assert _roots(_events(text)) & set(_FORCE), text
