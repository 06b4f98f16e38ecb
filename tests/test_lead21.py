"""Session 21 (lead): acronyms that are also words ("WHO", "ICE", "IS") read as the names they are.
Every text here is written for these tests."""
from __future__ import annotations

import newsgraph
from newsgraph.nlp.model import load_nlp
from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events


def test_who_before_a_title_and_name_is_the_organisation_not_a_pronoun():
    evs = _events("WHO chief Maria Okonkwo said the measles outbreak in Chad was slowing.")
    assert _has(evs, root="01", src="IGO")


def test_who_as_a_word_is_still_a_pronoun():
    doc = load_nlp()("The nurse who treated him said the ward was full.")
    who = [t for t in doc if t.lower_ == "who"][0]
    assert who.pos_ == "PRON"


def test_a_shouted_headline_keeps_its_words():
    doc = load_nlp()("WHO IS READY FOR THE STORM")
    assert doc[0].norm_ == "who" and doc[1].norm_ == "is"


def test_ice_agents_are_us_police():
    evs = _events("ICE agents detained 14 farm workers at a dairy in Vermont on Thursday.")
    assert _has(evs, root="17", src="USACOP")


def test_is_fighters_are_the_islamic_state_not_a_verb():
    evs = _events("IS fighters raided a border post in eastern Syria, killing three guards.")
    assert _has(evs, root="19", src="IMG") or _has(evs, root="18", src="IMG")


def test_border_patrol_is_us_police():
    a = newsgraph.analyse("The Border Patrol said its agents stopped a truck carrying 30 people.",
                          published="2024-06-19")
    assert any(x.country == "USA" and x.sector == "COP" for x in a.actors)
