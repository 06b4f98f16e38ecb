"""A toll told in the passive of the blast that caused it (convention when-clause-tolls, session 44 vio48).

Wires lead with the dead: "At least seven people were killed and 15 wounded when a bomb exploded near a police van".
The explosion is coded with no doer (its subject is a weapon, agentless form `means`), the killing and the wounding
as two more agentless passives -- three events for one bombing. merges.merge_passive_consequences folds a doerless
passive into the act of its when-clause only when that act has a doer; these helpers let a weapon standing as the
act's subject count as its doer, and let a bare participle coordinated with the passive ("and 15 wounded") count as
passive, so the toll becomes the bombing's target and the bombing stays one event.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import roles
from newsgraph.events.patterns import noun_sets
from newsgraph.nlp.cache import children


def weapon_subject(verb: Token) -> bool:
    """A subject of `verb` is a weapon ("a bomb exploded", "a shell landed"): noun sets WEAPONS and ORDNANCE, word
    list BOMB_MEANS."""
    weapons = noun_sets()["WEAPONS"] | noun_sets()["ORDNANCE"] | word_list("patterns", "BOMB_MEANS")
    return any(s.lemma_.lower() in weapons for s in roles.subjects(verb))


def passive_like(tok: Token) -> bool:
    """`tok` is passive, or a bare past participle coordinated with a passive and with no auxiliary of its own ("were
    killed and 15 wounded"), which shares its voice."""
    if any(c.dep_ == "auxpass" for c in children(tok)):
        return True
    return tok.dep_ == "conj" and tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in children(tok)) \
        and any(c.dep_ == "auxpass" for c in children(tok.head))
