"""One held responsible, accountable or liable: "the families held the airline responsible for the crash", "the
court held the company liable", "the governor must be held accountable". The small model hangs the adjective in
several places -- an adjective complement or object predicate of "hold" (the passive), an adverbial or clausal
complement ("held the company liable": advcl; "held the governor accountable": ccomp with the governor as its
subject), or a modifier after the object ("held the airline responsible": amod) -- so verbs.csv's
V17-hold-person takes the person held for a detention. Sense condition `held_as` (senses.csv
SE-hold-accountable-say53) finds the adjective wherever it hangs; the row recodes the act as blame, CAMEO 112
(session 49 say53).
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.cache import children

_ON_VERB = frozenset({"acomp", "oprd", "advcl", "ccomp", "xcomp", "advmod"})


def held_as(verb: Token, words: frozenset[str]) -> bool:
    """The verb has an adjective of `words` as its complement, or as a modifier after its direct object."""
    if any(c.dep_ in _ON_VERB and c.lower_ in words for c in children(verb)):
        return True
    return any(o.dep_ in ("dobj", "obj") and any(m.dep_ == "amod" and m.i > o.i and m.lower_ in words
                                                 for m in children(o))
               for o in children(verb))
