"""Clauses that assert no act (round 19 of issue 11, branch generic17; events/clause_mood.py): generic "when"
clauses, habits and kinds in the present, questions, imperatives and conditions told by inversion, as opinion
pieces, analysis and explainers write them -- and, on the other side of each test, a close sentence of news
that still gives its asserted event.

Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed).
"""
from __future__ import annotations

import pytest

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events

from newsgraph.events import clause_mood
from newsgraph.nlp.model import load_nlp


def _asserted(text, root=None):
    return _has(_events(text), root=root, modality="asserted")


# ------------------------------------------------------------------ generic and habitual present

@pytest.mark.parametrize("text", [
    "Whenever rangers catch poachers, they confiscate their rifles.",
    "Each time the navy seizes a trawler, the owners protest to the ministry.",
    "When police arrive, they arrest the organisers.",
])
def test_a_present_when_clause_and_its_main_clause_are_generic(text):
    assert not _has(_events(text), modality="asserted"), text


@pytest.mark.parametrize("text, root", [
    ("When police arrived, they arrested two men.", "17"),
    ("When the strikers occupied the factory on Tuesday, the police arrested their leaders.", "17"),
])
def test_a_past_when_clause_still_tells_what_happened(text, root):
    assert _asserted(text, root), text


@pytest.mark.parametrize("text", [
    "Customs officers usually seize counterfeit watches at the port.",
    "Rebels usually attack convoys at night.",
    "Governments tend to arrest critics.",
])
def test_a_habit_in_the_present_is_no_event(text):
    assert not _has(_events(text), modality="asserted"), text


@pytest.mark.parametrize("text, root", [
    ("Customs officers seized counterfeit watches at the port on Friday.", "17"),
    ("Rebels attacked a convoy at night.", "19"),
    ("Protesters blocked the road on Monday.", "14"),
])
def test_the_same_acts_in_the_past_are_events(text, root):
    assert _asserted(text, root), text


def test_a_bare_plural_in_the_present_passive_is_a_kind_of_people():
    assert not _has(_events("Journalists are arrested for covering the opposition."), root="17", modality="asserted")
    assert _asserted("Two journalists were arrested for covering the opposition.", "17")


@pytest.mark.parametrize("text", [
    "Anyone who attacks a nurse loses the right to vote.",
    "Many commentators see the dockers as rioters causing destruction.",
])
def test_anyone_and_a_quantified_kind_do_nothing_in_particular(text):
    assert not _has(_events(text), modality="asserted"), text


def test_a_plural_that_names_whose_people_is_no_kind():
    # "envoys of Chile and Peru" are particular people; the expectation stays as the coder reads it
    evs = _has(_events("Envoys of Chile and Peru are expected to join the talks on Friday."), root="04")
    assert evs and all(e.modality == "expected" for e in evs)


def test_a_headline_in_the_present_still_tells_news():
    assert _asserted("Police arrest two men after clashes", "17")


def test_a_reporting_verb_in_the_present_keeps_its_statement():
    # "critics argue", "officials say": the present of reporting, not a habit (round20: a tax said to hurt
    # farmers is criticism of its maker, 111, made by the statement row itself)
    evs = _asserted("Critics argue that the new tax hurts farmers.")
    assert [e for e in evs if e.rule_id.startswith("S-say")]
    assert _asserted("Officials say that the new tax takes effect in May.", "01")


# ------------------------------------------------------------------ questions

@pytest.mark.parametrize("text, root", [
    ("Why would the governor criticise the auditor?", "11"),
    ("Did the two ministers meet in Lisbon?", "04"),
])
def test_an_act_asked_about_is_hypothetical(text, root):
    evs = _has(_events(text), root=root)
    assert evs and all(e.modality == "hypothetical" for e in evs), text


def test_a_past_why_or_how_question_asks_about_an_act_that_happened():
    # "Why did ...?" presupposes the act (session 17, lead); a modal or a yes/no question does not
    assert _asserted("Why did the police arrest the reporter?", "17")
    assert _asserted("How did the rebels capture the town so quickly?", "19")


def test_a_declarative_clause_before_a_question_still_reports():
    evs = _events("The nurses went on strike in March, but who could blame them?")
    assert _has(evs, root="14", modality="asserted")
    assert not _has(evs, root="11", modality="asserted")


def test_a_relative_clause_inside_a_question_still_reports():
    assert _asserted("Did the man who stabbed the guard flee the country?", "18")


def test_the_same_act_told_as_a_statement_is_asserted():
    assert _asserted("The governor criticised the auditor on Monday.", "11")


# ------------------------------------------------------------------ imperatives and exhortations

def test_an_exhortation_urges_and_does_not_report():
    # (round21, criticised-acts: a condemned act is aimed at its maker, not at what it hit, so the maker is named
    # here; with none, "us" unresolved and no target leave no event at all)
    evs = _events("Let us condemn the army's shelling of the hospital.")
    assert _has(evs, root="11", modality="hypothetical")
    assert not _has(evs, modality="asserted")


def test_a_subject_before_the_verb_makes_no_imperative():
    assert _asserted("The bishops condemned the shelling of the hospital.", "11")


# ------------------------------------------------------------------ conditions told by inversion

@pytest.mark.parametrize("text, root", [
    ("Had the mediators invited the rebels, the talks would have begun.", "02"),
    ("Were the army to withdraw, the rebels would seize the town.", "08"),
])
def test_an_inverted_condition_is_hypothetical(text, root):
    evs = _has(_events(text), root=root)
    assert evs and all(e.modality == "hypothetical" for e in evs), text


def test_an_act_with_its_auxiliary_after_the_subject_stays_asserted():
    assert _asserted("The mediators had invited the rebels before the talks began.", "02")


# ------------------------------------------------------------------ the clause readers themselves

def _doc(text):
    return load_nlp()(text)


def test_present_simple_reads_tense_and_voice():
    doc = _doc("The guards are searched and the clerks were searched and the cooks search the vans.")
    verbs = {t.text + str(t.i): clause_mood.present_simple(t) for t in doc if t.pos_ == "VERB"}
    assert [v for k, v in verbs.items() if k.startswith("searched")] == [True, False]
    assert [v for k, v in verbs.items() if k.startswith("search")][-1] is True


def test_a_line_without_closing_punctuation_reads_as_a_headline():
    doc = _doc("Rangers catch poachers near the lake")
    assert clause_mood.headline_like(next(iter(doc.sents)))
    doc = _doc("Rangers catch poachers near the lake.")
    assert not clause_mood.headline_like(next(iter(doc.sents)))


# ------------------------------------------------------------------ clauses of time under a future act

@pytest.mark.parametrize("text, root", [
    ("The minister will sign the accord when she visits Kyiv next week.", "04"),
    ("When the president visits Paris next month, he will meet Macron.", "04"),
    ("The army will withdraw once the rebels disarm.", "08"),
])
def test_a_present_clause_of_time_under_a_future_act_is_planned(text, root):
    assert not _has(_events(text), root=root, modality="asserted"), text
    assert _has(_events(text), root=root, modality="planned"), text


def test_a_past_clause_of_time_still_reports():
    assert _asserted("When the president visited Paris, he met Macron.", "04")
