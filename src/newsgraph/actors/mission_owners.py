"""Whose a bare "the embassy" is: the one state the story names around it besides the host (session 45 tgt49).

A state's post abroad named with no owner ("Protesters tried to storm the embassy in Niamey", filed under a story of
France recalling its ambassador from Niger) is left without a country since round40: the story's and the dateline's
country is the host's, the one state whose embassy it cannot be ("KYIV - The embassy in Kyiv said"). A reader
takes the embassy for the other state the story is about. This reads that: when every mention of the post is a bare
mission noun and the host is known -- the place of its in-phrase, else the dateline -- the states the mention's
sentence and the one before it name by a country's name or a state body (not a locative place), less the host,
must be exactly one; that one owns the post. With no host known, two other states, or none, the post keeps no
country, as before.
"""
from __future__ import annotations

from newsgraph.actors.document import DocView
from newsgraph.actors.entities import Ment
from newsgraph.actors.kb import NON_STATE_COUNTRY
from newsgraph.nlp.cache import children

# the sentences read: the mention's own and this many before it
_SENTENCES_BEFORE = 1


def _host(view: DocView, m: Ment, place_at: dict[int, str], dateline: str | None) -> str | None:
    """The host state of the post: the country of a place in its in- or at-phrase ("the embassy in Niamey"),
    else the story's dateline."""
    head = view.doc[m.head]
    for prep in children(head):
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
            for obj in children(prep):
                if obj.dep_ == "pobj":
                    for t in obj.subtree:
                        if t.i in place_at:
                            return place_at[t.i]
    return dateline


def mission_owner(view: DocView, named: list[Ment], sent_countries: dict[int, dict[str, bool]],
                  placed: dict[int, set[str]], place_at: dict[int, str], dateline: str | None) -> str | None:
    """The one state other than the host that owns the bare mission of `named` (see the module docstring), else
    None. `sent_countries`: sentence -> the countries it names (True: by a place, a country or a state body);
    `placed`: sentence -> the countries of its locative places; `place_at`: token -> the country of a place."""
    if not named:
        return None
    found: set[str] = set()
    for m in named:
        head = view.doc[m.head]
        if any(c.dep_ in ("poss", "amod", "compound") and c.pos_ in ("PROPN", "ADJ", "PRON") for c in children(head)):
            return None         # "its embassy", "a European embassy": an owner the text gives another way
        host = _host(view, m, place_at, dateline)
        if host is None:
            return None
        here: set[str] = set()
        for s in range(max(0, m.sent - _SENTENCES_BEFORE), m.sent + 1):
            here |= {c for c, by_state in sent_countries.get(s, {}).items()
                     if by_state and c not in placed.get(s, set())}
        here -= {host, *NON_STATE_COUNTRY}
        if len(here) != 1:
            return None
        found |= here
    return next(iter(found)) if len(found) == 1 else None
