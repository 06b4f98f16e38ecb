"""Who does a participial adjunct: "Pike attacked Reyes on Friday, calling him a liar".

A participle that hangs off a clause with no subject of its own ("..., calling him a liar", "..., accusing him of
lying", "by crediting Ortiz and urging him to go on", "..., meeting with him in May") is done by the subject of
the clause it hangs off. A pronoun that is its object (or the object of its preposition) is then not that subject
(binding: "Pike called him a liar" is never Pike calling himself one), so pronouns.py leaves the governing
clause's subject out of the candidates, as it already did for a pronoun object of the clause's own verb. Before
this (round51, session 49 tgt53) the pronoun took up the nearest salient subject -- the doer itself -- and the
event was dropped as one of an actor with itself, or aimed at no one ("accusing him()").

Only a gerund-participle (VBG) attached as an adverbial clause, a preposition's complement ("by urging him") or
an open complement of a verb with no object of its own counts, through a chain of conjuncts ("calling X dopey and
accusing him"); a participle that modifies a noun ("an ad hitting him": the ad's) or an open complement of a verb
with an object ("saw Pike hitting him": Pike's) is left alone, as is an infinitive ("called Pike to thank him":
whose purpose it is the parse does not tell).
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.cache import children

_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
_OBJECT_DEPS = ("dobj", "dative", "iobj")


def _has_subject(v: Token) -> bool:
    return any(c.dep_ in _SUBJECT_DEPS for c in children(v))


def participle_doer_verbs(t: Token) -> set[int]:
    """The indices of the verbs whose subject does the participle a pronoun `t` is the object of (empty when `t`
    is no such object): the governing verb and the verbs it is a subject-less conjunct of."""
    if t.dep_ in _OBJECT_DEPS:
        v = t.head
    elif t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.tag_ == "VBG":
        v = t.head.head            # "meeting with him"
    else:
        return set()
    if v.tag_ != "VBG" or _has_subject(v):
        return set()
    while v.dep_ == "conj" and v.head.i != v.i and v.head.tag_ == "VBG" and not _has_subject(v.head):
        v = v.head                 # "calling X dopey and accusing him": the first participle's attachment
    if v.dep_ == "advcl":
        gov = v.head
    elif v.dep_ == "pcomp" and v.head.dep_ == "prep":
        gov = v.head.head          # "by crediting X and urging him", "after meeting him"
    elif v.dep_ == "xcomp" and not any(c.dep_ in _OBJECT_DEPS for c in children(v.head)):
        gov = v.head               # "kept calling him"
    else:
        return set()
    if gov.pos_ not in ("VERB", "AUX"):
        return set()
    verbs = {gov.i}
    while gov.dep_ == "conj" and gov.head.i != gov.i and not _has_subject(gov):
        gov = gov.head             # "He stood up and left, calling him a coward": the first verb's subject
        verbs.add(gov.i)
    return verbs
