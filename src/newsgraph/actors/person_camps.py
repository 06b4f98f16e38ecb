"""A named person's camp: "Putin critics", "Ruto supporters", "supporters of President William Ruto".

A noun of kb PERSON_CAMP_NOUNS (supporter, critic, opponent) whose compound modifier or of-object is a person's
name names people who stand in that relation to the person, not the person: the phrase is a nominal of the noun's
own sector (roles.csv: supporter and critic CVL, opponent OPP) whose country is the person's, as the possessive
"Putin's critics" already was (nominal_owners.phrase_country: "Assad's troops", `country_source` employer).
Before session 47 the compound's name was the event's side ("MOSCOW - Putin critics accused the Kremlin of
fraud": RUSGOV, Putin himself, and "Ruto supporters attacked opposition offices" a politician's verbal attack,
111) and the of-object's phrase named no actor at all. A name the recogniser tags as an organisation ("Labour
supporters") is left to the party readings.

Round50 (session 48 act52): people "close to" a named person (kb CLOSE_CIRCLE_NOUNS: "Sources close to Aharon said",
"a person close to Ruto") are of that person's circle, so of the person's country, the same way; before, "sources"
were an unplaced voice of no country in a story whose named president they were close to. A person placed
only later, by the story (context.py), places them there too (told_countries.possessor_country).
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.actors.entities import EntityTable
from newsgraph.actors.phrases import noun_lemma
from newsgraph.datafile import word_list
from newsgraph.nlp.cache import children, subtree

CAMP_NOUNS = word_list("kb", "PERSON_CAMP_NOUNS")
CLOSE_NOUNS = word_list("kb", "CLOSE_CIRCLE_NOUNS")


def close_to(h: Token) -> list[Token]:
    """The objects of "close to" after a noun of CLOSE_CIRCLE_NOUNS `h` ("sources close to Aharon"); none after other
    nouns."""
    if noun_lemma(h) not in CLOSE_NOUNS:
        return []
    return [g for c in children(h) if c.dep_ == "amod" and c.lower_ == "close" and c.i > h.i
            for p in children(c) if p.dep_ == "prep" and p.lower_ == "to"
            for g in children(p) if g.dep_ == "pobj"]


def camp_person_tokens(table: EntityTable, h: Token) -> set[int]:
    """The tokens of the person's name that the camp noun headed by `h` is of -- its compound modifier ("Putin
    critics") or the object of its "of" ("supporters of President William Ruto") -- when that is the name of a
    named (not generic) person; empty otherwise."""
    lemma = noun_lemma(h)
    if lemma not in CAMP_NOUNS and lemma not in CLOSE_NOUNS:
        return set()
    named = table.name_entity_at()
    if lemma in CLOSE_NOUNS:
        for cand in close_to(h):
            e = named.get(cand.i)
            if e is not None and e.kind == "PERSON" and not e.generic and e.country:
                return {t.i for t in subtree(cand.head.head)}   # "close to Aharon": the words after the noun
        return set()
    for c in children(h):
        if c.dep_ == "compound" and c.i < h.i:
            cands = [c]
        elif c.dep_ == "prep" and c.lower_ == "of" and c.i > h.i:
            cands = [g for g in children(c) if g.dep_ == "pobj"]
        else:
            continue
        for cand in cands:
            e = named.get(cand.i)
            if e is not None and e.kind == "PERSON" and not e.generic:
                return {t.i for t in subtree(cand)}
    return set()
