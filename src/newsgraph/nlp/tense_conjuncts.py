"""A past-tense verb the parser joins to an infinitive or gerund inside a reported clause: "The mayor said the
town needed to rebuild and blamed the province for the delay" (session 44).

After a verb of saying whose complement clause ends in an infinitive or a gerund, the small English parser often
makes the speaker's next act a conjunct of that infinitive ("rebuild ... and blamed"), so the act gets the reported
clause's subject ("the town" blamed the province) or none. A verb in the simple past cannot be coordinated with a
bare infinitive or a gerund: it goes on at the level of the finite verb of saying, as the parser reads it when the
reported clause is short. This component, run after the parser, hangs such a verb (and the "and" before it) on the
verb of saying.

Only this shape is repaired: a verb tagged VBD (`conj`, no subject of its own) whose head is a to-infinitive (VB
with "to") or a gerund (VBG) and sits inside a complement clause (`ccomp`) of a verb of saying in the past (VBD)
before it, the complement reached from the head through clausal links only (xcomp, ccomp, advcl, acomp, pcomp,
conj, prep). A conjunct whose head is finite ("said the town was poor and blamed ...", "said it did not appear
self-inflicted and came from ...") is left as parsed: there the parser's reading may be the writer's.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.nlp.quote_conjuncts import ConjunctRepair

COMPONENT = "newsgraph_tense_conjuncts"
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_CLAUSAL = ("xcomp", "ccomp", "advcl", "acomp", "pcomp", "conj", "prep")
_MAX_CLIMB = 6


@Language.factory(COMPONENT)
def make_tense_conjuncts(nlp: Language, name: str) -> "TenseConjuncts":
    return TenseConjuncts()


def saying_verb_of(verb: Token) -> Token | None:
    """The past verb of saying a past conjunct of a non-finite verb belongs to (module docstring's shape), else None."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.head.tag_ not in ("VB", "VBG"):
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    head = verb.head
    if head.tag_ == "VB" and not any(c.tag_ == "TO" for c in head.children):
        return None     # "did not appear ... and came from": a finite verb under "did", coordinated as parsed
    node = head
    for _ in range(_MAX_CLIMB):
        if node.dep_ == "ccomp":
            saying = node.head
            if saying.tag_ == "VBD" and saying.i < node.i and saying.lower_ in _SAYING:
                return saying
            return None
        if node.dep_ not in _CLAUSAL or node.head.i == node.i:
            return None
        node = node.head
    return None


# past forms of the verbs of saying whose complement is the reported clause (kb word list PAST_SAYING_FORMS: the
# component runs before the lemmatizer, so the forms, not the lemmas)
_SAYING = word_list("kb", "PAST_SAYING_FORMS")


class TenseConjuncts(ConjunctRepair):
    """Hangs a past conjunct of a reported infinitive on the verb of saying (see the module docstring)."""

    new_head = staticmethod(saying_verb_of)
