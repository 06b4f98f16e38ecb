"""Session 24 (issue 11, branch prec24): false events on real pages outside the gold -- the writer's own side named
by "us" / "our team", studies that note whether something happened, works written, phone
calls with no one called, sides that fund or commit themselves, performances closed, products released, "no more"
before an event noun, and an unresolved I in a quote given a target outside it. Each false kind and, beside it, a
close sentence of news that still codes. Our own sentences only."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsgraph.events import writer_filters
from test_events import _events, _has


def _asserted(text: str, **kw):
    return _has(_events(text), modality="asserted", **kw)


# ------------------------------------------------------------------ the writer's side (writer-possessives)

@pytest.mark.parametrize("text", [
    "At Harbor Freight, we support our clients in every port, and our team met with the mayor of Toledo in May.",
    "Fundraising rules are strict. The records help us explain our choices to donors.",
])
def test_first_person_organisational_prose_codes_nothing(text):
    assert not _asserted(text), [(e.cameo_code, e.source_text) for e in _asserted(text)]


def test_a_headline_of_what_speakers_say_names_the_speakers():
    evs = _asserted("Here's what CEOs like Tim Brandt and Ana Ruiz say about the strike at the port", code="010")
    assert evs and evs[0].source_text == "CEOs"


def test_our_team_inside_a_quote_is_the_speakers():
    evs = _asserted('"Our team met with the mayor of Toledo in May," the company\'s chief executive said.', root="04")
    assert evs and evs[0].source_text == "Our team"


def test_a_named_body_meeting_still_codes():
    assert _asserted("Harbor Freight's board met with the mayor of Toledo in May.", root="04")


# ------------------------------------------------------------------ statements that state nothing

def test_noting_whether_is_recording():
    assert not _asserted("The survey team noted whether the families had running water and how far they walked.",
                         root="01")


def test_noting_that_still_states():
    assert _asserted("The mayor of Kisumu noted that the bridge had reopened on Monday.", code="010")


@pytest.mark.parametrize("text", [
    "The novelist wrote nothing for a month after the floods in Ohio.",
    "She wrote two poems about the river that spring.",
])
def test_a_work_written_is_no_statement(text):
    assert not _asserted(text, root="01")


def test_writing_to_someone_still_states():
    evs = _asserted("The minister wrote to the Kenyan ambassador about the visas.", code="010")
    assert evs and "ambassador" in (evs[0].target_text or "")


# ------------------------------------------------------------------ senses: no second side

def test_phone_calls_with_no_one_called():
    assert not _asserted("Volunteers made phone calls and knocked on doors in Queens before the vote.", root="04")


def test_a_phone_call_with_someone_still_codes():
    evs = _asserted("Biden held a phone call with Xi on Monday.", code="041")
    assert {(e.source_code[:3], e.target_code[:3]) for e in evs} >= {("USA", "CHN")}


@pytest.mark.parametrize("text", [
    "Most credit unions fund themselves with members' savings.",
    "The two painters committed themselves to working every morning.",
    "As a bakery chain committed to fair wages, the firm backs the new law.",
])
def test_self_directed_and_described_commitments(text):
    evs = [e for e in _asserted(text) if e.cameo_root in ("03", "06", "07", "08")]
    assert not evs, [(e.cameo_code, e.rule_id) for e in evs]


def test_a_pledge_to_another_side_still_codes():
    assert _asserted("Japan pledged to send food aid to Pakistan.", root="03")


def test_a_performance_closed_is_no_ban():
    assert not _asserted('The band closed the concert with an old ballad in Dublin.', root="17")


def test_a_product_released_is_no_captive_freed():
    assert not _asserted("Last month brought the release of a new Pixelbook and of a new tablet.", code="0841")


def test_no_more_before_an_event_noun_negates_it():
    evs = _has(_events('His new song is a plea for calm ("No more rallies of hate") and for kinder times.'),
               root="14")
    assert all(e.modality != "asserted" for e in evs), [(e.cameo_code, e.modality) for e in evs]


def test_protests_still_assert():
    assert _asserted("Thousands of farmers held rallies in Lima on Sunday against the new water law.", root="14")


# ------------------------------------------------------------------ quoted-first-person (unit: the rule's test)

def test_unresolved_i_in_a_quote_with_a_target_outside_it():
    quote = SimpleNamespace(start=10, end=60)
    analysis = SimpleNamespace(quotes=[quote])
    inside = SimpleNamespace(source_text="I", source_actor_id=None, source_start=12, target_start=40)
    outside = SimpleNamespace(source_text="I", source_actor_id=None, source_start=12, target_start=0)
    resolved = SimpleNamespace(source_text="I", source_actor_id="a1", source_start=12, target_start=0)
    assert not writer_filters._quoted_i_outside_target(inside, analysis)
    assert writer_filters._quoted_i_outside_target(outside, analysis)
    assert not writer_filters._quoted_i_outside_target(resolved, analysis)


# ------------------------------------------------------------------ quantity-speakers

@pytest.mark.parametrize("text", [
    "Some say the new bridge in Lagos will never open.",
    "But all of them say, openly or not, that they care about the planet.",
])
def test_a_bare_quantity_saying_in_the_present_is_no_statement(text):
    assert not _asserted(text, root="01")


def test_a_past_statement_by_a_quantity_of_named_people_stays():
    assert _asserted("Both of the senators said on Monday that the toll was too high.", code="010")
