"""Whom a spokesperson the text does not place speaks for (moved out of context.py in round44, session 42 act46).

"The Pentagon said Kyiv had not told Washington. A spokesman told reporters ...": a spokesperson introduced with
"a" and nothing else, right after a sentence in which a body with a country said something, speaks for that body
(session 37 lead); "Armenia's defence ministry called the report a lie. A ministry spokesman said ...": one whose
only word is a state body's noun speaks for the body of that noun named last (round40, session 38 act42).
Round44 adds the named spokesperson a reader places the same way: "Pakistan's foreign office summoned the envoy.
Foreign office spokeswoman Mumtaz Baloch said ..." and "The U.N. human rights office condemned the executions.
Spokesman Jeremy Laurence said ..." -- the title inside the person's name, with nothing of its own that places it,
speaks for the body named before (an international body's code included), not for the dateline's state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.nlp.cache import climb
from newsgraph.actors.kb import NON_STATE_COUNTRY
from newsgraph.actors.phrases import noun_lemma, state_body_sector

if TYPE_CHECKING:
    from newsgraph.actors.document import DocView
    from newsgraph.actors.entities import Ent, EntityTable, Ment

SPOKESPERSON_NOUNS = word_list("kb", "SPOKESPERSON_NOUNS")
# a body a named spokesperson may speak for: a state's, or an international body (IGO), never a company or NGO
# whose code the story would not give a person
_SPOKEN_FOR_NON_STATE = {"IGO"}


def _spokes_noun(t: Token) -> bool:
    return noun_lemma(t) in SPOKESPERSON_NOUNS or t.lower_ in SPOKESPERSON_NOUNS


def prior_speaker_body(view: DocView, table: EntityTable, ent: Ent, named: list[Ment]) -> Ent | None:
    """The body an unplaced spokesperson speaks for, or None (the module's docstring)."""
    if not named:
        return None
    first = min(named, key=lambda m: m.start)
    head = view.doc[first.head]
    if ent.generic and _spokes_noun(head):
        words = list(head.children)
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in words):
            return None
        named_title = False
    elif ent.kind == "PERSON" and not ent.generic:
        head = _title_in_name(view, first)      # "Spokesman Jeremy Laurence", "Foreign office spokeswoman X"
        if head is None:
            return None
        words = [c for c in head.children if not first.start <= c.i < first.end or c.dep_ != "appos"]
        named_title = True
    else:
        return None
    # (a named spokesperson's compound is the body's own noun whatever it is: "Foreign office spokeswoman X")
    body_nouns = {noun_lemma(c) for c in words if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")
                  and (named_title or state_body_sector(view.kb, c))}
    if body_nouns and not any(c.dep_ in ("prep", "poss", "amod") for c in words):
        return _body_named_before(table, first, body_nouns, view)
    if any(c.dep_ in ("prep", "poss", "compound", "amod") for c in words):
        return None       # ("a spokesman for the ministry", "a police spokesman": their own words place them)
    for m in table.ments:
        if m.sent == first.sent - 1 and len(m.ents) == 1 and m.kind != "pronoun" \
                and (view.speech_subject(view.doc[m.head]) or named_title and _root_subject(view, m)):
            body = m.ents[0]
            if body.kind in ("ORG", "GROUP", "COUNTRY") and body.country \
                    and (body.country not in NON_STATE_COUNTRY or named_title and body.country in _SPOKEN_FOR_NON_STATE) \
                    and (body.kind != "GROUP" or not body.plural):
                return body
    return None


def _title_in_name(view: DocView, m: Ment) -> Token | None:
    """The spokesperson title a person's name mention opens with ("Spokesman Jeremy Laurence"), when nothing in
    the mention names a country or a body of its own ("UN spokesman X", "Kremlin spokesman X" are placed)."""
    toks = view.doc[m.start:m.end]
    title = next((t for t in toks if t.i != m.head and _spokes_noun(t)), None)
    if title is None or any(t.i in view.country_of or t.i in view.org_code_of for t in toks):
        return None
    return title


def _root_subject(view: DocView, m: Ment) -> bool:
    """Is the mention (the head of) the subject of its sentence's main verb, or the name that says whose that
    subject is ("The U.N. human rights office condemned the execution")?"""
    t = climb(view.doc[m.head], ("compound", "flat", "nmod"))
    return t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"


def _body_named_before(table: EntityTable, first: Ment, body_nouns: set[str], view: DocView) -> Ent | None:
    """"Armenia's defence ministry called the report a lie. A ministry spokesman said ...": a spokesperson whose
    only word is a state body's noun speaks for the body of that noun the text named last in the three sentences
    before, whatever the dateline (round40, session 38 act42). The body, or None."""
    before = [m for m in table.ments if first.sent - 3 <= m.sent < first.sent and len(m.ents) == 1
              and m.kind != "pronoun" and noun_lemma(view.doc[m.head]) in body_nouns]
    for m in sorted(before, key=lambda m: m.start, reverse=True):
        body = m.ents[0]
        if body.kind in ("ORG", "GROUP") and body.country and body.country not in NON_STATE_COUNTRY:
            return body
    return None
