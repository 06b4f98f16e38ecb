"""Event sides on real news, session 20 (issues 11 and 12, branch act20): the one a statement is made of
("said of the governor that ...") and the one what a verb asks for is aimed at ("called for sanctions against
Iran") are the target. Every sentence here is written for these tests; each kind has a sentence that must stay
as it was next to the ones that change."""
from __future__ import annotations

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events


# ------------------------------------------------------------------ "said of Y"

def test_statement_made_of_a_person_targets_that_person():
    ev = _events("Brazil's foreign minister said of the Argentine president that he had broken his word.")
    hit = [e for e in ev if e.rule_id.startswith("S-say")]
    assert hit and hit[0].source_code.startswith("BRA") and (hit[0].target_code or "").startswith("ARG")


def test_quote_said_of_a_body_targets_the_body():
    ev = _events('"They have failed every family in the city," the Canadian mayor said of the Ontario government.')
    assert _has(ev, root="01", src="CAN", tgt="CAN") or _has(ev, root="11", src="CAN", tgt="CAN")


def test_said_of_a_thing_names_no_target():
    ev = _events("Brazil's foreign minister said of the trade plan that it would help farmers.")
    assert all(e.target_code is None or not e.rule_id.startswith("S-say") for e in ev)


def test_said_to_still_names_the_addressee():
    ev = _events("Brazil's foreign minister said to Argentine reporters that the talks were over.")
    assert _has(ev, root="01", src="BRA")


# ------------------------------------------------------------------ "called for X against Y"

def test_call_for_measures_against_a_state_targets_the_state():
    ev = _events("Poland's prime minister called for tougher sanctions against Belarus on Monday.")
    assert _has(ev, root="02", src="POL", tgt="BLR")


def test_call_for_measures_without_an_against_phrase_keeps_no_target():
    ev = _events("Poland's prime minister called for tougher rules on Monday.")
    hit = _has(ev, root="02", src="POL")
    assert hit and all(e.target_code is None for e in hit)


# ------------------------------------------------------------------ "cautioned Y that"

def test_caution_names_whom_it_cautions():
    ev = _events("Japan's finance minister cautioned South Korea that the talks would take months.")
    assert _has(ev, root="01", src="JPN", tgt="KOR")


def test_caution_without_an_object_stays_a_statement():
    ev = _events("Japan's finance minister cautioned that the talks would take months.")
    assert _has(ev, code="010", src="JPN")
