"""Acts disowned with "no intention of" / "no plans to" (convention no-intention, session 37 left41).

"The opposition said it had no intention of joining a unity government", "the rebels have no plans to attend the
talks": the act under a noun of intending that "no" negates is not done nor planned but refused, as with "would not
join" or "refused to attend". The coder reads such an act as negated, and a cooperative one as a refusal (its REJECT
code from refusals.csv); a conflictual one ("no intention of invading") is a reassurance, no threat and no act.
Before this, the act was read as reported ("of") or as a planned intent ("plans to": 036 for a refusal to attend).
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.nlp.cache import children

_NOUNS = word_list("patterns", "NO_INTENT_NOUNS")


def disowning_noun(trigger: Token) -> Token | None:
    """The noun of intending, negated by "no", that governs the act `trigger` ("intention" in "no intention of
    joining", "plans" in "no plans to attend"); None otherwise."""
    node = trigger
    if node.dep_ in ("pcomp", "pobj") and node.head.lower_ in ("of", "to"):
        node = node.head            # "intention of joining"
    elif node.dep_ not in ("acl", "xcomp"):
        return None                 # "plans to attend": the infinitive hangs on the noun
    noun = node.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _NOUNS or noun.i == node.i:
        return None
    return noun if any(c.dep_ == "det" and c.lower_ == "no" for c in children(noun)) else None
