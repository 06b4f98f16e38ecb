"""Tolls told in a clause of their own: the passive of the blast that caused it, and a where-clause on the place of
the sentence's act (session 44 vio48).

Wires lead with the dead: "At least seven people were killed and 15 wounded when a bomb exploded near a police van".
The explosion is coded with no doer (its subject is a weapon, agentless form `means`), the killing and the wounding
as two more agentless passives -- three events for one bombing. merges.merge_passive_consequences folds a doerless
passive into the act of its when-clause only when that act has a doer; these helpers let a weapon standing as the
act's subject count as its doer, and let a bare participle coordinated with the passive ("and 15 wounded") count as
passive, so the toll becomes the bombing's target and the bombing stays one event.

"Police broke up a march in the capital, where two people were shot dead": a passive in a relative clause is
background to act_checks._agentless ("a member jailed a year ago") and was dropped; a where- or in-which clause on
a place, with no time of its own and no pluperfect, tells what happened there as the story's news (toll_where).
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


_EARLIER_ADVERBS = word_list("patterns", "EARLIER_ADVERBS")


def toll_where(tok: Token) -> bool:
    """`tok` is a relative clause opened by "where" or "in which" on a noun ("in the capital, where two people were
    shot dead"; "a siege in which 12 people died"), told with no date, earlier-adverb or pluperfect of its own
    ("the town where he was arrested in 2019", "where she had been held" are background)."""
    if tok.dep_ != "relcl":
        return False
    opened = any(c.dep_ == "advmod" and c.lower_ == "where" for c in children(tok)) or any(
        c.dep_ == "prep" and c.lower_ in ("in", "during") and any(o.lower_ == "which" for o in children(c))
        for c in children(tok))
    return opened and not any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _EARLIER_ADVERBS
                              or (t.dep_ == "aux" and t.head.i == tok.i and t.lower_ == "had") for t in tok.subtree)


def where_of(tok: Token, verb: Token) -> bool:
    """`tok` is a where-clause (toll_where) on a noun of `verb`'s own: its direct object or the object of one of its
    prepositions, or of its object's ("attacked a bus in the north, where four people were killed": the killing is
    the attack's toll, one act)."""
    ante = tok.head
    if not toll_where(tok):
        return False
    holders = [verb, *roles.direct_objects(verb)]
    return any(ante.i == o.i for o in roles.direct_objects(verb)) or any(
        ante.dep_ == "pobj" and ante.head.head.i == h.i for h in holders)


def custody_where(tok: Token) -> bool:
    """`tok` is a where-clause (toll_where) on the place a person was taken, brought or sent to -- the object of a
    to-, at- or into-phrase on a verb of word list CUSTODY_WHERE_VERBS ("was taken to the county station, where he
    was charged with theft", "brought to the jail, where she was booked"): the charge or the booking is the story's
    news, not background (session 47 arr51)."""
    if not toll_where(tok):
        return False
    ante = tok.head
    return ante.dep_ == "pobj" and ante.head.lower_ in ("to", "into", "at") \
        and ante.head.head.lemma_.lower() in _CUSTODY_WHERE_VERBS


_CUSTODY_WHERE_VERBS = word_list("patterns", "CUSTODY_WHERE_VERBS")
