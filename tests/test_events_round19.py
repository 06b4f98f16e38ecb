"""Event coding, round 19 of issue 11 (branch ngec17): forms found by reading the misses of the news-like stories
of events/ngec -- protests named by a noun the sentence reports without naming the protesters ("hurt in a riot",
"a day of rioting", "riots that left nine dead"), boycotts named by their noun, being "in talks with", and an
intent to cooperate voiced by an adjective or a noun ("is willing to cooperate", "expressed its readiness to
negotiate").

Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed).
"""
from __future__ import annotations

import pytest

from test_events import _events, _has


# ------------------------------------------------------------------ protests the sentence reports by their noun

@pytest.mark.parametrize("text", [
    "A cyclist was hurt in a riot near the stadium on Saturday.",
    "A third day of rioting left the market square strewn with glass.",
    "The governor ordered an inquiry into riots that left nine people dead.",
])
def test_a_protest_named_as_new_is_coded_without_protesters(text):
    assert _has(_events(text), root="14"), text


@pytest.mark.parametrize("text", [
    "The suspect was questioned about the riots that shook the port last spring.",
    "Riot police stood by at the stadium gates.",
])
def test_a_protest_referred_back_to_or_a_riot_squad_is_no_new_protest(text):
    assert not _has(_events(text), root="14"), text


def test_a_boycott_named_by_its_noun_is_a_protest():
    evs = _events("The growers' union in Kenya called a boycott of the new auction house.")
    assert _has(evs, code="143")


def test_being_in_talks_with_someone_is_consulting():
    evs = _events("Ghana is in talks with Togo about the fishing grounds.")
    assert _has(evs, code="046", src="GHA", tgt="TGO")


# ------------------------------------------------------------------ intents voiced by an adjective or a noun

def test_a_willing_subject_intends_the_cooperation():
    evs = _events("Ghana is willing to cooperate with Togo on fishing.")
    assert _has(evs, root="03", src="GHA", tgt="TGO")


@pytest.mark.parametrize("text", [
    "Ghana signalled its readiness to negotiate with Togo.",
    "Ghana expressed its willingness to cooperate with Togo on fishing.",
])
def test_an_intent_noun_voiced_by_its_subject_is_an_intent(text):
    assert _has(_events(text), root="03", src="GHA", tgt="TGO"), text


def test_an_unlikely_agreement_is_not_asserted():
    evs = _events("Peru is unlikely to agree to cut its fishing quota.")
    assert not _has(evs, root="03", modality="asserted")


# ------------------------------------------------------------------ forces sent or deployed

@pytest.mark.parametrize("text", [
    "Chad sent two battalions to the eastern border on Friday.",
    "Singapore has deployed its military along the northern border.",
])
def test_forces_sent_or_deployed_are_mobilised(text):
    assert _has(_events(text), code="154"), text


def test_a_deployment_with_no_sender_named_is_coded():
    evs = _events("Two thousand soldiers were deployed along the border overnight.")
    assert _has(evs, code="154")


@pytest.mark.parametrize("text", [
    "A new parking app was deployed in the city centre.",
    "The florist sent two bouquets to the hospital.",
])
def test_no_forces_no_mobilisation(text):
    assert not _has(_events(text), root="15"), text
