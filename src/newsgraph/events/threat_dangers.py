"""A threat noun that names a danger, not a threat someone made (sense condition `danger_noun`, session 50 crit54).

"The cartel is considered a threat to shipping", "the threat to their jobs has grown", "the threat from rebel raids
in the north": a single "threat" named with nothing that makes it an act -- no one's possessive, no kind of act
("his veto threat", "the threat of sanctions"), no act threatened ("the threat to close the border", "the threat
that it would leave"), not the object of a verb of making, issuing, sending or receiving one -- is a risk the writer
or a speaker sees, CAMEO codes no threat (13) for it. Plural threats are messages someone sent ("threats against
the judge were reported"), and stay as they were.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.cache import children

_ACT_DEPS = ("poss", "compound", "nmod", "relcl", "acl", "ccomp")
_DOER_PREPS = ("of", "by")


def danger_noun(tok: Token, light_verbs: frozenset[str]) -> bool:
    """`tok` is a singular threat noun that names a danger (see the module docstring); `light_verbs` are the verbs
    whose object it would be a threat made or received ("issued a threat to the villagers")."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return False
    for c in children(tok):
        if c.dep_ in _ACT_DEPS:
            return False        # "the rebels' threat", "a veto threat", "the threat that it would quit"
        if c.dep_ == "prep" and c.lower_ in _DOER_PREPS:
            return False        # "the threat of sanctions", "a threat by the union": an act or its maker named
        if c.dep_ == "aux" or (c.tag_ == "VB" and c.dep_ in ("acl", "xcomp", "advcl")):
            return False        # "the threat to close the border": the act threatened
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass", "pobj") and head.lemma_.lower() in light_verbs:
        return False            # "issued a threat", "a threat was made", "received a threat from the gang"
    if tok.dep_ == "pobj" and head.head.lemma_.lower() in light_verbs:
        return False
    return True
