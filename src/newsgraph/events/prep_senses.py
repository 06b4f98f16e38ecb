"""Sense conditions that read a preposition's object around the trigger (session 46 prec50).

Real news outside every gold set showed acts whose sense is settled by what a preposition names, not by the verb's
object: symptoms complained of ("complained of headaches": they had them, no complaint made, CAMEO 114), a service
charged for ("will charge the city for the repairs": a bill, no accusation, 112), force one is committed to ("remained
committed to military action against the militia": a threat of force, 138, not an intent to cooperate, 030), and a
deed named only as what someone talked or joked about ("heard him talk about killing the mayor": a topic, no act).
senses.py calls these for the conditions `of_object`, `for_object`, `to_object` and `talked_about`; the words are
the rows' values (data/patterns/senses.csv).
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events import roles
from newsgraph.events.sense_clauses import _words
from newsgraph.nlp.cache import children

# the preposition each condition reads
PREP_CONDITIONS = {"of_object": "of", "for_object": "for", "to_object": "to",
                   "on_object": "on"}     # "an attack on the blaze" (session 47 prec51)
# what a to-phrase may hang on besides the trigger: "is committed to", "remained committed to"
_COMPLEMENT_DEPS = ("acomp", "oprd", "xcomp")


def prep_object_words(tok: Token, cond: str, values: frozenset[str]) -> bool:
    """An object of the condition's preposition on the trigger, on its direct objects or on its adjective complement
    is a word of `values`; for `to_object`, also one whose compound or adjective modifier is ("committed to military
    action", "to an air strike": what force one is committed to; a charge "for water theft" is no fee)."""
    heads = [tok] + roles.direct_objects(tok) + [c for c in children(tok) if c.dep_ in _COMPLEMENT_DEPS]
    objects = [o for h in heads for o in roles.prep_objects(h, (PREP_CONDITIONS[cond],))]
    mods = cond == "to_object"
    return any(_words(o) & values or mods and any(c.dep_ in ("compound", "amod") and _words(c) & values
                                                  for c in children(o))
               for o in objects)


def talked_about(tok: Token, values: frozenset[str]) -> bool:
    """The trigger is the -ing verb after a preposition on a verb of talk of `values` ("talk about killing the
    mayor", "joked about bombing the bridge"); a passive's deed stays ("spoke about being beaten in custody")."""
    return tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.lemma_.lower() in values \
        and not any(c.dep_ == "auxpass" for c in children(tok))
