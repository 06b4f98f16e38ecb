"""Attacks and fights in an election campaign's news, the test on the sides the senses condition `campaign_attack`
reads (session 49 vio53).

Campaign reporting is full of "attacks" and "fights" no one makes with a weapon: "outside groups have spent $3
million attacking the senator", "her rival stepped up his attacks on her", "the fight for the southern primaries has
begun", "the governor fought back on Tuesday". The senses rows that read a politician's attack as words
(SE-attack-by-politician, SE-attack-in-ads) need the doer's sector, and in such news the doer is often a group, a
pronoun or a candidate the actors stage gave no sector (a candidate who held no office then), or no doer at all.

The test here is on the article and the sides, never on one word: the article is a campaign story (the row's word
set, read by senses._story_words), no side is armed or a state, the doer is none, a name, a pronoun or a word of
politics (a campaign, a party, a group, a committee), what is attacked is no place or thing force reaches (a car, a
house, a polling station), no word of force or harm stands in the sentence (a gun, a knife, police, a killing, terror,
an injury) and no place or date names the act ("the Brussels attacks", "the 2012 attack"). "A man punched the
candidate", "supporters attacked voters at a polling station", "gunmen attacked the senator's convoy" keep their codes.
"""
from __future__ import annotations

import functools

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import roles
from newsgraph.events.arguments import Party
from newsgraph.events.patterns import noun_sets
from newsgraph.events.sense_sides import _can_use_force, _force_words
from newsgraph.nlp.cache import children
from newsgraph.records import ARMED_SECTORS

# what names an act by its place or its time: "the Brussels attacks", "the 2012 attack", "the 9/11 attacks"
_NAMING_ENTS = ("GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL", "EVENT")


@functools.lru_cache(maxsize=1)
def _harm_words() -> frozenset[str]:
    """Words of force or harm: the senses' force words and the word list CAMPAIGN_HARM_WORDS."""
    return _force_words() | word_list("patterns", "CAMPAIGN_HARM_WORDS")


@functools.lru_cache(maxsize=1)
def _political_doers() -> frozenset[str]:
    """Common nouns that can make an attack in words: noun set POLITICIANS and word list CAMPAIGN_DOERS."""
    return noun_sets()["POLITICIANS"] | word_list("patterns", "CAMPAIGN_DOERS")


def _armed_side(party: Party) -> bool:
    """A state or an armed side: a country, an armed sector, an international militarised group, an armed word
    ("gunmen"). Unlike sense_sides._armed, a group of no sector ("outside groups") is not armed here: the doer test
    below lets only words of politics through."""
    a = party.actor
    if party.head.lemma_.lower() in noun_sets()["ARMED"]:
        return True
    return a is not None and (a.kind == "COUNTRY" or (a.sector or "") in ARMED_SECTORS or (a.country or "") == "IMG")


def _speaking_doer(party: Party | None) -> bool:
    """No doer, a name or a pronoun, or a word of politics ("the campaign", "outside groups", "a super PAC"); not a
    common noun of people ("a man", "protesters", "supporters"), whose attack may be a blow."""
    if party is None:
        return True
    head = party.head
    if head.pos_ in ("PROPN", "PRON") or head.tag_ == "PRP$":
        return True
    return head.lemma_.lower() in _political_doers()


def _reachable_thing(party: Party | None) -> bool:
    """A place or thing force reaches (noun set TARGETS: a car, a house, an office, a polling station)."""
    return party is not None and party.head.lemma_.lower() in noun_sets()["TARGETS"]


def _named_by_place_or_time(tok: Token) -> bool:
    """"the Brussels attacks", "the 2012 attack", "Tuesday's attack": a place or a date names a real act."""
    return any(c.dep_ in ("compound", "amod", "nmod", "poss", "nummod") and (c.ent_type_ in _NAMING_ENTS
                                                                              or c.like_num)
               for c in children(tok))


def _unowned_blow(source: Party | None, target: Party | None, tok: Token) -> bool:
    """An act that may be a blow whoever tells it: "the candidate was attacked at his home" (a passive with no doer
    and no "for", "over" or "as" phrase -- "was attacked over her record" is words) and "the attack on the candidate"
    (one attack, named by its noun with no doer, on a person); "his attacks on her", "attacks on Sanders" are not,
    nor an attack noun whose doer a "from" phrase names ("a fresh attack from the senator") or a contest of word
    list CAMPAIGN_CONTEST_WORDS ("a bitter battle with the senator"; session 50 vio54)."""
    if tok.lemma_.lower() in _CONTEST_WORDS:
        return False        # "a bitter battle with the senator" is a contest (session 50 vio54)
    if tok.pos_ == "VERB" and roles.is_passive(tok) and not roles.agent_of(tok):
        return not roles.prep_objects(tok, _GROUND_PREPS)
    if tok.pos_ == "NOUN" and source is None and target is not None and tok.tag_ != "NNS":
        if roles.prep_objects(tok, _DOER_PREPS):
            return False    # "a fresh attack from the senator": its doer is named (session 50 vio54)
        head = target.head
        return head.pos_ in ("PROPN", "PRON") or head.lemma_.lower() in _political_doers()
    return False


_GROUND_PREPS = ("for", "over", "as")
_CONTEST_WORDS = word_list("patterns", "CAMPAIGN_CONTEST_WORDS")
_DOER_PREPS = ("from",)


def campaign_attack(source: Party | None, target: Party | None, tok: Token) -> bool:
    """The sides and the sentence of an attack or a fight that a campaign makes in words (the article being a
    campaign story is the caller's test): no side armed or a state, a speaking doer, no place or thing struck, no
    word of force or harm in the sentence, no place or date naming the act, no blow that may be one (_unowned_blow);
    "fire" and "shoot" only as "fire back"."""
    for party in (source, target):
        if party is not None and (_armed_side(party) or _can_use_force(party)):
            return False
    if not _speaking_doer(source) or _reachable_thing(target):
        return False
    if _named_by_place_or_time(tok):
        return False
    if _unowned_blow(source, target, tok):
        return False
    if tok.lemma_.lower() in word_list("patterns", "CAMPAIGN_RETORT_VERBS") \
            and not any(c.lower_ == "back" for c in children(tok)):
        return False        # "fired back at him" is a retort; "survived being shot" is a shooting
    lemmas = {w for t in tok.sent if t.i != tok.i for w in (t.lemma_.lower(), t.lower_)}   # not the trigger's own
    return not lemmas & _harm_words()
