"""The later verbs of a relative clause the parser hangs on the sentence's passive verb: "The envoy was hurt in the
blast, which damaged the ministry, shattered the glass front of a bank and toppled a school" (session 47 lead).

After a passive main verb whose phrase ends in a noun with a "which" clause, the small English parser often makes
the second and third verbs of that clause conjuncts of the main verb: the envoy "shattered the glass front", an act
of force (1712) by the one who was hurt. A past verb with no subject of its own cannot go on the passive's line (the
passive's subject suffered; it did not act): it goes on the relative clause's, whose subject is the blast. This
component, run after the parser, hangs such a verb (and the "and" before it) on the relative clause's verb.

Only this shape is repaired: the sentence's verb is a passive participle (VBN with `auxpass`); one of its
prepositions' objects (or its object) has a relative clause (`relcl`) whose verb is a past (VBD) whose subject is
"which" or "that"; a past verb (VBD, `conj` of the passive, no subject of its own) comes after that clause's verb,
right after a comma. "The envoy was hurt in the blast, which damaged the ministry, and later returned to work"
(with "and" after the comma) and any verb with its own subject are left as parsed.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from newsgraph.nlp.quote_conjuncts import ConjunctRepair

COMPONENT = "newsgraph_relative_conjuncts"
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_RELATIVE_SUBJECTS = ("which", "that")


@Language.factory(COMPONENT)
def make_relative_conjuncts(nlp: Language, name: str) -> "RelativeConjuncts":
    return RelativeConjuncts()


def _relative_verb(passive: Token) -> Token | None:
    """The past verb of a "which" clause on an object of the passive verb's prepositions (or on its object)."""
    nouns = [g for c in passive.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    nouns += [c for c in passive.children if c.dep_ == "dobj"]
    for noun in nouns:
        for rel in noun.children:
            if rel.dep_ == "relcl" and rel.tag_ == "VBD" and rel.i > noun.i and any(
                    c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS for c in rel.children):
                return rel
    return None


def clause_of(verb: Token) -> Token | None:
    """The relative clause's verb a misplaced past conjunct belongs to (module docstring's shape), else None."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    passive = verb.head
    if passive.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in passive.children):
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    rel = _relative_verb(passive)
    if rel is None or not rel.i < verb.i:
        return None
    return rel


class RelativeConjuncts(ConjunctRepair):
    """Hangs a past conjunct of a passive verb on the relative clause before it (see the module docstring)."""

    new_head = staticmethod(clause_of)
