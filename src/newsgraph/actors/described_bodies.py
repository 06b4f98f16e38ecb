"""A body named with no country of its own, then described by its nationality in the next sentence: "Wagner fighters
attacked a village in central Mali. The Russian mercenary group denied the accusation." Wires name an armed group or
a firm the reader may not know and say whose it is when they name it again. The name took the story's country (the
dateline's Mali) though the text says whose it is: the named body takes the country of the description (round45,
session 43 act47). Only a definite subject ("The Russian mercenary group", "The Chinese firm") whose noun says it is a
body (kb DESCRIBED_BODY_NOUNS), right after a sentence naming exactly one organisation or group the text gave no
country; a person or a state named there is no such body.
"""
from __future__ import annotations

from newsgraph.actors.document import DocView
from newsgraph.actors.entities import EntityTable
from newsgraph.actors.phrases import noun_lemma
from newsgraph.datafile import word_list

DESCRIBED_BODY_NOUNS = word_list("kb", "DESCRIBED_BODY_NOUNS")
_SUBJECTS = ("nsubj", "nsubjpass")
_MODIFIERS = ("amod", "compound", "nmod")


def bodies_described_after(view: DocView, table: EntityTable) -> None:
    """Give each named body with no country the nationality of a description of it as the next sentence's subject."""
    for h in view.toks:
        if h.dep_ not in _SUBJECTS or noun_lemma(h) not in DESCRIBED_BODY_NOUNS:
            continue
        country = _nationality(view, h)
        sent = view.sent_of[h.i]
        if country is None or sent == 0:
            continue
        named = _unplaced_bodies(table, sent - 1)
        if len(named) == 1 and country not in named[0].foreign_to:
            named[0].set_country(country, "coreference")


def _nationality(view: DocView, h) -> str | None:
    """The state a definite body noun's modifier names ("The Russian mercenary group" -> RUS); None for an
    indefinite or possessed noun ("a Russian group", "its Chinese partner": another body) or none named."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in h.children):
        return None
    found = {view.country_of[c.i] for c in h.subtree
             if c.i < h.i and c.dep_ in _MODIFIERS and c.i in view.country_of}
    found.discard("IGO")
    return found.pop() if len(found) == 1 else None


def _unplaced_bodies(table: EntityTable, sent: int) -> list:
    """The distinct organisations and groups named in sentence `sent` with no country yet."""
    out = []
    for m in table.ments:
        if m.sent != sent or m.kind != "name" or len(m.ents) != 1:
            continue
        e = m.ents[0]
        if e.kind in ("ORG", "GROUP") and e.country is None and not e.generic and e not in out:
            out.append(e)
    return out
