"""Arguments that negate their act: "police arrested no one", "charged in none of the crashes" (session 47 arr51),
"not one of the senators objected", "not a single guard was hurt" (session 47 prec51).

The act is told, but as one that reached no one or that no one did: modality.py reads these beside its verb-level
negation ("did not", "neither ... nor"), so the event is coded negated, not asserted.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.nlp.cache import children

_NEGATIVE_OBJECTS = word_list("patterns", "NEGATIVE_OBJECTS")
_NOT_ONE = word_list("patterns", "NOT_ONE_SUBJECTS")


def negative_object(c: Token) -> bool:
    """A direct object, or the object of an in-phrase, that says the act reached no one ("arrested nobody",
    "arrested no one", "were blamed in three crashes but charged in none")."""
    objs = [c] if c.dep_ == "dobj" else [o for o in children(c) if o.dep_ == "pobj"] if (
        c.dep_ == "prep" and c.lower_ == "in") else []
    return any(o.lower_ in _NEGATIVE_OBJECTS or (o.lower_ == "one" and any(
        d.dep_ == "det" and d.lower_ == "no" for d in children(o))) for o in objs)


def not_one_subject(c: Token) -> bool:
    """A subject that says no one did it: "not one of the dockers' leaders attacked", "not a single senator objected"
    (word list NOT_ONE_SUBJECTS, with its "not")."""
    return c.dep_ in ("nsubj", "nsubjpass") and any(p.dep_ == "neg" for p in children(c)) and (
        c.lower_ in _NOT_ONE or any(p.dep_ == "amod" and p.lower_ in _NOT_ONE for p in children(c)))
