"""Session 35 (dup38): the helpers that replaced logic written twice keep what each copy did, checked on sentences and
values written for these tests.

nlp.cache.climb (the one walk up head links), actors.nominals.named_as_place (the place test of the three re-naming
rules), events.state_sides (is a state body; one state by codes; speaking for one's own state), events.discourse's
_before / _nearest_by_doer (where an answer looks for what it answers), actors.kb.Office.held_on, and the word lists
that replaced inline sets of the same words."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

import newsgraph
from newsgraph.datafile import word_list
from newsgraph.nlp.cache import NAME_LINKS, climb

PUBLISHED = "2024-06-19"


@pytest.fixture(scope="module")
def parse(nlp):
    return lambda text: nlp(text)


def test_climb_goes_up_the_links_it_is_given_and_stops_at_others(parse):
    doc = parse("Lee, an analyst at the bank, said prices would fall.")
    analyst = next(t for t in doc if t.lower_ == "analyst")
    top = climb(analyst, NAME_LINKS)
    assert top.lower_ == "lee" and top.dep_ == "nsubj"
    said = next(t for t in doc if t.lower_ == "said")
    assert climb(said, NAME_LINKS) is said or climb(said, NAME_LINKS).i == said.i     # the root: nowhere to go
    bank = next(t for t in doc if t.lower_ == "bank")
    assert climb(bank, ("compound",)).i == bank.i       # a pobj link is not one of those asked


def test_named_as_place_reads_place_prepositions_and_the_extras_asked(parse):
    from newsgraph.actors.nominals import named_as_place
    doc = parse("Talks in Ghana ended, the minister departed for Kenya and troops stayed at the border with Mali.")
    ghana, kenya, mali = (next(t for t in doc if t.text == w) for w in ("Ghana", "Kenya", "Mali"))
    assert named_as_place(ghana)
    assert not named_as_place(kenya) and named_as_place(kenya, departures=True)
    assert not named_as_place(mali) and named_as_place(mali, borders=True)
    assert not named_as_place(next(t for t in doc if t.lower_ == "minister"))


def test_state_sides_keep_their_two_readings():
    from newsgraph.events.state_sides import is_state_body, one_state_codes, speaks_for_own_state

    def actor(kind, country, sector=None):
        return SimpleNamespace(kind=kind, country=country, sector=sector)
    assert is_state_body(actor("COUNTRY", "PER")) and is_state_body(actor("GROUP", "PER", "COP"))
    assert not is_state_body(actor("GROUP", "PER", "OPP")) and not is_state_body(actor("ORG", "PER", None))
    # by codes, the state's police and army are the state; two sectors of no state agent are two sides
    assert one_state_codes("CHL", "CHLMIL") and one_state_codes("CHLCOP", "CHL")
    assert not one_state_codes("CHLGOV", "CHLOPP") and not one_state_codes("CHL", "PER")
    # by actors, only the state as a whole, one way round: the army warning the government is two sides
    assert speaks_for_own_state(actor("ORG", "CHL", "GOV"), actor("COUNTRY", "CHL"))
    assert not speaks_for_own_state(actor("GROUP", "CHL", "MIL"), actor("COUNTRY", "CHL"))
    assert not speaks_for_own_state(actor("PERSON", "CHL", "GOV"), actor("PERSON", "CHL", "GOV"))


def _event(sentence, cue, source, target=None, root="11"):
    return SimpleNamespace(sentence=sentence, cue_start=cue, source_actor_id=source, target_actor_id=target,
                           cameo_root=root)


def test_an_answer_looks_back_for_other_doers_acts_only():
    from newsgraph.events.discourse import LOOKBACK, _before, _nearest_by_doer
    denial = _event(5, 500, "b")
    assert _before(denial, _event(4, 400, "a")) and _before(denial, _event(5, 450, "a"))
    assert not _before(denial, _event(5, 450, "b"))                          # its own act
    assert not _before(denial, _event(5, 550, "a"))                          # after it
    assert not _before(denial, _event(5 - LOOKBACK - 1, 100, "a"))           # too far back
    assert not _before(denial, _event(5, 450, "a"), back=8, own_sentence=False)
    assert _before(denial, _event(0, 10, "a"), back=8, own_sentence=False)
    acts = [_event(3, 300, "a"), _event(4, 400, "a"), _event(4, 410, "c"), _event(4, 420, "a")]
    assert [(e.sentence, e.cue_start) for e in _nearest_by_doer(acts)] == [(4, 400), (4, 410)]


def test_an_office_is_held_on_a_day_or_today():
    from newsgraph.actors.kb import Office
    past = Office("o1", "A", (), "PERGOV", "president", dt.date(2001, 1, 1), dt.date(2006, 1, 1), None)
    now = Office("o2", "B", (), "PERGOV", "president", dt.date(2021, 7, 28), None, None)
    assert past.held_on(dt.date(2003, 5, 1)) and not past.held_on(None) and not past.held_on(dt.date(2010, 1, 1))
    assert now.held_on(None) and now.held_on(dt.date(2022, 1, 1)) and not now.held_on(dt.date(2020, 1, 1))


def test_word_lists_hold_the_words_of_the_sets_they_replaced():
    from newsgraph.actors.entities import COUNTRY_CONFIDENCE, SAID_COUNTRY_SOURCES
    from newsgraph.events.patterns import INTENT_KINDS, WILL_KINDS
    assert word_list("patterns", "PERSONAL_SUBJECTS") == {"he", "she", "they", "we", "i"}
    assert word_list("patterns", "PLACED_COUNTRY_SOURCES") == {"story", "dateline", "sentence"}
    assert word_list("kb", "OWN_PRONOUNS") == {"their", "his", "her", "its"}
    assert SAID_COUNTRY_SOURCES == {"name", "kb", "title", "apposition", "place", "employer", "sending"}
    assert SAID_COUNTRY_SOURCES <= COUNTRY_CONFIDENCE.keys()
    assert set(WILL_KINDS) == {"desire", "commit", "plan"} and set(WILL_KINDS) <= set(INTENT_KINDS)


def test_a_denial_of_the_accusations_answers_the_accuser():
    an = newsgraph.analyse("Vietnamese officials accused Cambodia of sheltering smugglers. Phnom Penh rejected the "
                           "accusations on Tuesday.", published=PUBLISHED)
    accusation = [e for e in an.events if e.cameo_code.startswith("112")]
    denial = [e for e in an.events if e.cameo_code.startswith("016")]
    assert accusation and accusation[0].source_code.startswith("VNM"), [(e.cameo_code, e.source_code) for e in an.events]
    assert denial and denial[0].target_code.startswith("VNM") and "+answers" in denial[0].rule_id


def test_a_state_reporting_its_own_arrests_accuses_no_one():
    an = newsgraph.analyse("Police in Lagos said they had arrested twelve suspects after the riot.", published=PUBLISHED)
    codes = [e.cameo_code for e in an.events]
    assert any(c.startswith("17") for c in codes) and not any(c.startswith("112") for c in codes), codes


def test_the_two_countries_are_not_a_destination():
    an = newsgraph.analyse("Ghana and Togo signed a border agreement in Accra. The president later departed for "
                           "Kenya. The two countries will hold talks next month.", published=PUBLISHED)
    talks = [e for e in an.events if e.sentence == 2]
    assert talks, [(e.sentence, e.cameo_code, e.source_code, e.target_code) for e in an.events]
    assert not any("KEN" in (e.source_code or "") + (e.target_code or "") for e in talks)
