"""A span of time given to someone to do something: "gave two Bordurian diplomats 72 hours to leave the country"
(session 44 left48).

A state expels envoys by giving them a deadline as often as by ordering them out. The small English parser reads the
one given the time as a dative (or a direct object) and the span of time as an adverbial noun, an apposition or the
direct object, and hangs the infinitive on the verb or on the span ("hours to leave" as a relative clause). Read as
parsed, "gave" then acted upon a number of hours, not upon the envoys, and its complement was no infinitive of its
own: the expulsion (V16-order-envoys-out-lead35) was lost. Here a verb of giving time (word list TIME_GIVING_VERBS)
with a span of time (word list TIME_SPAN_UNITS, "72 hours", "a week", "three days") acts upon the one given the time
(events/tree_objects.direct_objects), and the sense condition `granted_time` asks which infinitive the time was
given for ("to leave", not "to present his case"; senses.csv SE-envoys-given-time-left48).

The same two word lists tell an ultimatum's verb and deadline (events/ultimatums.py reads them through
`gives_time` and `time_unit`): one reading of "gave X 72 hours to VERB", two codes by what is demanded.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events.tree_clauses import to_infinitive
from newsgraph.nlp.cache import children

_GIVING = word_list("patterns", "TIME_GIVING_VERBS")
_UNITS = word_list("patterns", "TIME_SPAN_UNITS")
_SPAN_DEPS = ("npadvmod", "dobj", "obj", "appos")


def gives_time(verb: Token) -> bool:
    """A verb that can give someone a span of time ("give", "grant", "allow")."""
    return verb.lemma_.lower() in _GIVING


def time_unit(noun: Token) -> bool:
    """A unit of a span of time ("hours", "a week"), counted or not."""
    return noun.lemma_.lower() in _UNITS


def time_span(verb: Token) -> Token | None:
    """The span of time a verb of giving gives ("72 hours", "a week"): its adverbial noun or direct object, or an
    apposition on its direct object; None for other verbs or without one."""
    if not gives_time(verb):
        return None
    near = list(children(verb)) + [a for c in children(verb) if c.dep_ in ("dobj", "obj", "dative")
                                   for a in children(c) if a.dep_ == "appos"]
    return next((t for t in near if t.dep_ in _SPAN_DEPS and time_unit(t) and t.i > verb.i), None)


def time_recipients(verb: Token, objects: list[Token]) -> list[Token]:
    """Who was given the time: the dative when the verb's objects are only the span of time (or it has none)."""
    span = time_span(verb)
    if span is None or any(o.i != span.i for o in objects):
        return objects
    given = [c for c in children(verb) if c.dep_ in ("dative", "iobj") and c.pos_ in ("NOUN", "PROPN")]
    return given or objects


def granted_time(verb: Token, values: frozenset[str]) -> bool:
    """The verb gives a span of time to do one of `values`: a to-infinitive on the verb or on the span (`*` among
    the values: any span of time given, "gave the envoy two hours of her time")."""
    span = time_span(verb)
    if span is None:
        return False
    if "*" in values:
        return True
    clauses = [c for c in children(verb) if c.dep_ in ("advcl", "xcomp")] + \
        [c for c in children(span) if c.dep_ in ("relcl", "acl")]
    return any(c.lemma_.lower() in values and to_infinitive(c) for c in clauses)
