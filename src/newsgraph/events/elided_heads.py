"""A number standing for a noun the sentence before said: "The U.S. expelled 60 Russian diplomats, Ukraine expelled
13" -- thirteen Russian diplomats (session 47, branch tgt51).

Tallies in wire copy drop the noun after the first count: "Spain has expelled 12 Russian diplomats. Italy has
expelled four.", "Police detained 40 protesters in the capital and 25 in the port city." A reader takes the number
for as many of what the first count counted. The parse leaves the bare number as the verb's object (or the
passive's subject) with no noun, so the act had a target of no actor, or -- with the clauses run together -- the
subject of the first clause as its target.

`elided_head(num)` gives, for a bare cardinal number that is a verb's direct object or a passive's subject, the head
noun of the direct object (or passive subject) of the nearest earlier verb of the same lemma in the same or the
previous sentence, when that object is itself counted (it has a number of its own: "60 Russian diplomats"). Only
that shape: a number with any word of its own ("four of them", "13 more") or an earlier object with no count is left
alone, as are numbers of other verbs ("expelled 60 diplomats and arrested four": four whom, a reader cannot say).
The caller reads the actors of the noun found as the number's.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.cache import children

_OBJECT_DEPS = ("dobj", "nsubjpass")


def _bare_number(tok: Token) -> bool:
    return tok.tag_ == "CD" and tok.dep_ in _OBJECT_DEPS and not any(True for _ in children(tok))


def _counted_object(verb: Token) -> Token | None:
    """The direct object or passive subject of `verb` that a number of its own counts ("60 Russian diplomats")."""
    for c in children(verb):
        if c.dep_ in _OBJECT_DEPS and c.pos_ in ("NOUN", "PROPN") \
                and any(g.dep_ == "nummod" for g in children(c)):
            return c
    return None


def elided_head(num: Token) -> Token | None:
    """The counted noun of the same verb's earlier object that the bare number `num` stands for, or None."""
    if not _bare_number(num):
        return None
    verb = num.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    doc = num.doc
    first = num.sent.start
    prev_start = doc[first - 1].sent.start if first > 0 else first
    for t in reversed(doc[prev_start:verb.i]):
        if t.pos_ == "VERB" and t.lemma_.lower() == verb.lemma_.lower():
            return _counted_object(t)
    return None
