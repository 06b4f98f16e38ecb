"""Session 41 (prec45): events a human coder would not code beside the ones the story reports, each kind checked
on sentences written for these tests.

- a definite event noun naming again, further down the story, an act told in the lead ("The march was largely
  peaceful") is coded in its own sentence, as each sentence's told act is (session 42 took back the convention
  earlier-rementions that dropped it); a noun of another word, or one with a side of its own, stays too;
- a relative clause set off by a comma that tells what its side did in an earlier year is background; a clause of
  the story's own days and a standing claim in the present stay (background-relatives);
- an event noun in the on-, about- or over-phrase of a work or forum of talk is its topic (topic-mentions);
- a present perfect spanning the years since an earlier year, or years and decades, is a state of affairs, no one
  act; one since a day of the story stays (background-spans);
- what the of-phrase of "ahead" names is still to come: planned (modality row M-ahead-of-prec45).
"""
from __future__ import annotations

import pytest

import newsgraph

PUBLISHED = "2024-06-19"


def _events(text: str) -> list:
    return newsgraph.analyse(text, published=PUBLISHED).events


def _told(text: str) -> list:
    """The events a coder counts as news: asserted or reported."""
    return [e for e in _events(text) if e.modality in ("asserted", "reported")]


def _in_sentence(events: list, text: str, sentence: str) -> list:
    start = text.index(sentence)
    return [e for e in events if start <= (e.cue_start if e.cue_start is not None else e.evidence_start)
            < start + len(sentence)]


@pytest.mark.parametrize("lead, middle, later, root", [
    ("Riot police dispersed hundreds of nurses who marched on the health ministry in Accra on Tuesday.",
     "The nurses say they have not been paid since April.",
     "The march was the largest in the capital this year.", "14"),
    ("Gunmen attacked a bus carrying pilgrims near Jammu on Sunday, killing nine people.",
     "The pilgrims were travelling to a shrine in the hills.",
     "Officials said the attack lasted less than ten minutes.", "19"),
    ("Police in Lima arrested 30 members of a gang that extorted bus drivers, the interior ministry said.",
     "The gang had demanded weekly payments from transport firms.",
     "The minister told a radio station the arrests were only the beginning.", "17"),
])
def test_an_act_told_in_the_lead_is_coded_again_in_the_sentence_naming_it_further_down(lead, middle, later, root):
    text = f"{lead} {middle} {later}"
    events = _told(text)
    assert any(e.cameo_code.startswith(root) for e in _in_sentence(events, text, lead))
    assert any(e.cameo_code.startswith(root) for e in _in_sentence(events, text, later))


def test_a_noun_of_another_word_is_not_taken_for_a_mention_again():
    text = ("A stabbing that killed a commuter on a train in Leeds may have begun over a seat, police say. "
            "The fight broke out on Tuesday evening as the train left the station.")
    later = "The fight broke out on Tuesday evening as the train left the station."
    assert any(e.cameo_code.startswith("18") for e in _in_sentence(_told(text), text, later))


def test_a_later_act_with_a_side_of_its_own_stays():
    text = ("Police arrested the mayor of Tarlac on Monday over the missing funds. "
            "The arrest of his brother followed on Wednesday.")
    later = "The arrest of his brother followed on Wednesday."
    assert any(e.cameo_code.startswith("17") for e in _in_sentence(_told(text), text, later))


@pytest.mark.parametrize("text, root", [
    ("Trade with Canberra, which imposed new tariffs on barley last year, fell by a third.", "16"),
    ("Talks with Belgrade, which recalled its ambassador last year, have stalled.", "16"),
])
def test_what_a_side_did_in_an_earlier_year_is_background(text, root):
    assert not any(e.cameo_code.startswith(root) for e in _told(text))


def test_a_standing_claim_in_the_present_stays():
    text = "The trader is resisting his transfer to Brazil, which accuses him of smuggling gold."
    assert any(e.cameo_code.startswith("11") for e in _told(text))


@pytest.mark.parametrize("text", [
    "Police arrested the gunmen who attacked the police post last year.",         # restrictive: who was arrested
    "The rebels, who attacked a police post on Monday, released a video on Tuesday.",   # the story's own days
])
def test_a_restrictive_clause_or_one_of_the_story_days_stays(text):
    assert any(e.cameo_code.startswith(("18", "19")) for e in _told(text))


def test_an_earlier_year_in_a_clause_after_a_comma_is_background():
    text = "The rebels, who attacked a police post last year, released a video on Tuesday."
    assert not any(e.cameo_code.startswith(("18", "19")) for e in _told(text))


@pytest.mark.parametrize("text, root", [
    ("The debate on the arrest of the union leader filled the radio talk shows all week.", "17"),
    ("A documentary about the arrest of the poet won the festival's top prize.", "17"),
    ("The seminar on the abduction of the fishermen drew two hundred students.", "18"),
])
def test_an_act_named_as_a_topic_of_talk_is_not_reported(text, root):
    assert not any(e.cameo_code.startswith(root) for e in _told(text))


@pytest.mark.parametrize("text", [
    "The two provinces have seen clashes between farmers and herders since 2018.",
    "The border region has seen fighting between the militia and the army since March 2022.",
    "Hawkers have clashed with municipal officers over pavement space for years.",
])
def test_a_since_year_span_is_a_state_of_affairs(text):
    assert not any(e.cameo_code.startswith(("18", "19")) for e in _told(text))


@pytest.mark.parametrize("text", [
    "Police in Dhaka have arrested more than 40 students since Monday.",
    "A court in Sfax has jailed a Ghanaian trader for three years for smuggling migrants.",   # a term, no span
    "Police in Lagos have arrested more than 300 people since January 2023.",                # a tally, news
])
def test_a_span_since_a_day_of_the_story_or_a_term_stays(text):
    assert any(e.cameo_code.startswith("17") for e in _told(text))


@pytest.mark.parametrize("text, root", [
    ("The figures will put pressure on the coalition ahead of its talks with the unions.", "04"),
    ("Police deployed 2,000 officers across Nairobi ahead of the protests by the opposition.", "14"),
])
def test_an_act_ahead_of_which_something_happens_is_still_to_come(text, root):
    assert not any(e.cameo_code.startswith(root) for e in _told(text))
