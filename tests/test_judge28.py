"""Session 27 (branch judge28): a judgement said of someone named by a pronoun is aimed at the actor the
pronoun was resolved to (convention judged-pronouns). Sentences are our own."""
import pytest

from newsgraph.ingest.clean import make_article
from newsgraph.pipeline import default_pipeline


@pytest.fixture(scope="module")
def pipe():
    return default_pipeline()


def _events(pipe, text):
    a = pipe.analyse(make_article(text, published="2024-06-19"))
    out = []
    for ev in a.events:
        t = a.actor(ev.target_actor_id) if ev.target_actor_id else None
        s = a.actor(ev.source_actor_id) if ev.source_actor_id else None
        out.append((ev.cameo_code, s.name if s else None, t.name if t else None, ev.rule_id))
    return out


def _statement(events, speaker):
    return [e for e in events if e[1] == speaker and e[3].startswith("S-")]


def test_quoted_he_judged_is_the_person_named_before(pipe):
    ev = _statement(_events(pipe, 'Olaf Scholz visited Paris.\n\n"He is a coward," Friedrich Merz said.'),
                    "Friedrich Merz")
    assert [(e[0], e[2]) for e in ev] == [("111", "Olaf Scholz")]


def test_accusation_of_they_resolved_to_another_government(pipe):
    ev = _statement(_events(pipe, "The Russian foreign ministry summoned the ambassador.\n\nUkraine's president "
                            "Volodymyr Zelensky said they had lied about the attack."), "Volodymyr Zelensky")
    assert [(e[0], e[2]) for e in ev] == [("112", "Russia government")]


def test_she_judged_by_a_rival(pipe):
    ev = _statement(_events(pipe, "Donald Trump attacked Kamala Harris on Tuesday.\n\nTrump said she was "
                            "incompetent."), "Donald Trump")
    assert [(e[0], e[2]) for e in ev] == [("111", "Kamala Harris")]


def test_praise_of_he_resolved_to_a_guest(pipe):
    ev = _statement(_events(pipe, "Angela Merkel met Emmanuel Macron in Paris.\n\nMerkel said he was a trusted "
                            "friend of Germany."), "Angela Merkel")
    assert [(e[0], e[2]) for e in ev] == [("051", "Emmanuel Macron")]


def test_speaker_judging_himself_gets_no_target(pipe):
    ev = _statement(_events(pipe, "Joe Biden gave a speech in Ohio.\n\nDonald Trump said he was the best "
                            "president in history."), "Donald Trump")
    assert [(e[0], e[2]) for e in ev] == [("010", None)]


def test_it_as_a_thing_judges_no_one(pipe):
    ev = _statement(_events(pipe, "Siemens cut 500 jobs in Munich.\n\nOlaf Scholz said it had acted "
                            "irresponsibly."), "Olaf Scholz")
    assert all(e[2] is None for e in ev)


def test_a_feelings_pronoun_subject_is_who_feels(pipe):
    ev = _statement(_events(pipe, 'Olaf Scholz visited Paris.\n\n"He is outraged," Friedrich Merz said.'),
                    "Friedrich Merz")
    assert ev and all(e[2] is None for e in ev)
