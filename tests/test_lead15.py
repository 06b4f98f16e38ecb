"""Session 15 (lead): workers named by their trade are labour (CAMEO sector LAB) and "striking" before a noun
is no act of force. Every text here is written for these tests."""
from __future__ import annotations

import pytest

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events


@pytest.mark.parametrize("people", ["miners", "coal miners", "dockers", "longshoremen", "steelworkers",
                                    "autoworkers"])
def test_workers_named_by_their_trade_are_labour(people):
    evs = _has(_events(f"Riot police fired tear gas at {people} outside the town hall."), root="17")
    assert [(e.source_code, e.target_code) for e in evs] == [("COP", "LAB")]


def test_truckers_are_civilians_like_other_drivers():
    evs = _has(_events("Riot police fired tear gas at truckers outside the town hall."), root="17")
    assert [e.target_code for e in evs] == ["CVL"]


def test_a_striker_alone_is_no_worker():
    # a football striker is as likely as one on strike: the singular title gives no sector
    evs = _events("The striker thanked the fans after the match.")
    assert not any((e.source_code or "").endswith("LAB") for e in evs)


def test_striking_before_people_is_no_force():
    evs = _events("Police used water cannon to disperse the striking miners.")
    assert not _has(evs, root="19") and not _has(evs, root="18")
    assert [(e.source_code, e.target_code, e.target_text) for e in _has(evs, root="17")] == [
        ("COP", "LAB", "the striking miners")]


def test_a_strike_that_lands_is_still_force():
    assert _has(_events("Rebel fighters struck an army convoy near the border."), root="19")
    assert _has(_events("The striking aircraft returned to base after the raid."), root="19") == []


# ------------------------------------------------------------------ a weak title serving a name nobody knows
from test_actors_context import at, pipe, run  # noqa: E402,F401  (pipe: the shared geo + actors pipeline fixture)


def test_a_spokesperson_for_an_unknown_name_is_no_government_official(pipe):
    a = run(pipe, "Dana Moss, a spokesperson for Snapchat, confirmed that the app warns users.")
    assert at(a, "Dana Moss").sector is None


@pytest.mark.parametrize("text,mention,code", [
    ("A spokesman for the Kremlin said the talks were useful.", "A spokesman for the Kremlin", "RUSGOV"),
    ("A spokeswoman for Downing Street said the talks would go on.", "A spokeswoman for Downing Street", "GBRGOV"),
    ("A spokesman for the ministry said the talks would go on.", "A spokesman for the ministry", "GOV"),
])
def test_a_spokesperson_for_a_known_government_body_stays_its(pipe, text, mention, code):
    assert at(run(pipe, text), mention).code == code


# ------------------------------------------------------------------ signing: only an agreement makes 057
@pytest.mark.parametrize("text", [
    "The bakery told its staff to sign the new rota by Monday.",
    "The referee signed the match sheet after the game.",
    "Fans queued for hours to have the singer sign their tickets.",
])
def test_signing_something_that_is_no_agreement_is_no_057(text):
    assert not _has(_events(text), root="05")


@pytest.mark.parametrize("text", [
    "Kenya and Uganda signed the Lake Victoria compact.",
    "The two sides signed a ceasefire on Friday.",
    "The ministers signed it in Geneva after two days of talks on the border treaty.",
    "Japan and Australia signed a defence pact.",
])
def test_signing_an_agreement_or_a_named_one_stays_057(text):
    assert _has(_events(text), code="057")


# ------------------------------------------------------------------ a leader the recogniser calls a body
@pytest.mark.parametrize("text,name,code", [
    ("Biden said the talks with Mexico went well.", "Biden", "USAGOV"),
    ("Biden hosted the Kenyan president at the White House.", "Biden", "USAGOV"),
    ("Trump told reporters the tariffs would stay.", "Trump", "USAELI"),    # out of office on 2024-05-01
])
def test_a_leaders_surname_labelled_an_organisation_is_the_leader(pipe, text, name, code):
    a = run(pipe, text, "2024-05-01")
    assert at(a, name).code == code and at(a, name).kind == "PERSON"


def test_a_leaders_surname_as_a_modifier_stays_a_modifier(pipe):
    a = run(pipe, "The Trump administration imposed new tariffs on steel.", "2018-05-01")
    assert at(a, "The Trump administration").code == "USAGOV"


# ------------------------------------------------------------------ an office's portfolio is part of its title
def test_a_name_after_a_portfolio_is_the_office_holder(pipe):
    a = run(pipe, "Secretary of Defense Lloyd Austin said the drills would go on.", "2023-05-01")
    assert at(a, "Lloyd Austin").code == "USAGOV"
    assert all(x.name != "Defense Lloyd Austin" for x in a.actors)


def test_a_bare_portfolio_is_no_organisation(pipe):
    a = run(pipe, "The Secretary of Defense said the drills would go on.", "2023-05-01")
    assert all(x.name != "Defense" for x in a.actors)
    assert at(a, "The Secretary of Defense").sector == "GOV"
