"""The bare government a foreign state backs or acts on in a sentence about one other country (round50, session 48
tgt52).

Overviews and analysis pieces tell of other countries' wars in one sentence each, naming the country where it
happens and the outside states that take sides, but the government only as "the government": "Killings go on in
the east of Ruritania as Borduria and Syldavia back the government", "The council failed over Ruritania, with
Borduria backing the government while Syldavia arms the rebels". A bare government (kb word list
BARE_GOVERNMENT_NOUNS: no owner, modifier or phrase of its own) had no country the text told, so it took the story's
(the United States of a New York paper), though a reader takes it for the government of the country the sentence is
about.

It is that country's when, in its own sentence:
  * it is the object of a verb (directly or through a preposition: "sided with the government") whose subject is
    an actor of another country (a state, or a body or person the text placed);
  * the sentence names exactly one country as where things happen or what they are about -- a place or a country
    named after a preposition of kb word list FACED_STATE_PLACE_PREPS ("in Ruritania", "over Ruritania", "in the
    east of Ruritania"), not as an actor ("Borduria backs ...", "with Borduria backing ...") -- and it is not the
    subject's.
A domestic side acting on it (told_countries.domestic_side_country) is read first; a government acted on by its own
state's people, or in a sentence that names several such countries or none, is left to the other steps.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.datafile import word_list
from newsgraph.actors.kb import NON_STATE_COUNTRY
from newsgraph.actors.told_countries import bare_government_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsgraph.actors.document import DocView
    from newsgraph.actors.entities import EntityTable, Ment

_PLACE_PREPS = frozenset(word_list("kb", "FACED_STATE_PLACE_PREPS"))
_PHRASE_LINKS = ("compound", "poss", "amod", "appos", "conj", "nmod")


def _named_as_place(t: Token) -> bool:
    """The place or country token stands after a preposition of FACED_STATE_PLACE_PREPS, alone or inside a place
    phrase ("in the east of Ruritania", "over Ruritania's civil war"), not as a subject or an object."""
    seen = 0
    while seen < 8:
        if t.dep_ in _PHRASE_LINKS and t.head.i != t.i:
            t = t.head
        elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i != t.head.i \
                and t.head.head.dep_ in ("pobj", *_PHRASE_LINKS):
            t = t.head.head
        else:
            break
        seen += 1
    return t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS


def _subject_countries(view: DocView, table: EntityTable, verb: Token) -> set[str]:
    """The countries of the actors that are the subject of `verb` (or of the verb it is conjoined to)."""
    heads = [c for c in verb.children if c.dep_ == "nsubj"]
    if not heads and verb.dep_ == "conj":
        heads = [c for c in verb.head.children if c.dep_ == "nsubj"]
    heads += [c for h in heads for c in h.children if c.dep_ == "conj"]
    out = set()
    for h in heads:
        for m in table.ments:
            if m.start <= h.i < m.end and len(m.ents) == 1 and m.ents[0].country \
                    and m.ents[0].country not in NON_STATE_COUNTRY:
                out.add(m.ents[0].country)
    return out


def _sentence_subject_places(view: DocView, table: EntityTable, sent: int) -> set[str]:
    """The countries the sentence names as where things happen or what they are about (see the module)."""
    found = set()
    for p in view.places:
        if p.sentence == sent and p.role == "place" and p.country and p.country not in NON_STATE_COUNTRY:
            t = view.token_at.get(p.start)
            if t is not None and _named_as_place(t):
                found.add(p.country)
    for m in table.ments:
        if m.sent == sent and len(m.ents) == 1 and m.ents[0].kind == "COUNTRY" and m.ents[0].country \
                and m.ents[0].country not in NON_STATE_COUNTRY and _named_as_place(view.doc[m.head]):
            found.add(m.ents[0].country)
    return found


def _faced_country(view: DocView, table: EntityTable, m: Ment) -> str | None:
    """The one other country the sentence of this bare-government mention is about, when a foreign actor acts on
    it (module docstring); else None."""
    verb = bare_government_verb(view.doc[m.head])
    if verb is None:
        return None
    actors = _subject_countries(view, table, verb)
    if not actors:
        return None
    about = _sentence_subject_places(view, table, m.sent) - actors
    return about.pop() if len(about) == 1 else None


def bind_faced_governments(view: DocView, table: EntityTable) -> None:
    """Make each bare-government mention (of a generic government the text gave no country) that a foreign actor
    acts on in a sentence about one other country a mention of that country's government, source "sentence": the
    document's one "the government" entity may name the governments of several countries, a sentence each."""
    for m in table.ments:
        if m.kind != "nominal" or len(m.ents) != 1:
            continue
        e = m.ents[0]
        if e.kind != "GROUP" or not e.generic or e.sector != "GOV" or e.country is not None:
            continue
        iso = _faced_country(view, table, m)
        if iso is not None and iso not in e.foreign_to:
            m.ents = [table.group_ent(iso, "GOV", source="sentence")]
