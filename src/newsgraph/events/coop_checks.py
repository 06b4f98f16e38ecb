"""Sense conditions on cooperation that senses.py's long `_holds` should not grow by (session 45 coop49).

- `sum_noun`: a pledge told as a noun is a pledge of material aid when it counts a sum ("Microsoft's $5 million
  pledge to the relief fund", "Germany's pledge of 50 million euros to the agency"): CAMEO 0331, not the general
  intent to cooperate, 030, that a pledge of words is.
- `frozen_object`: money or assets released or returned ease a sanction (085) only when they were frozen, blocked
  or seized ("released $6 billion in frozen Iranian funds"); funds released for a school are a budget's.
- `sum_in`: a sum given that is counted in military or humanitarian aid is aid of that kind (072, 073), not the
  economic aid (071) a bare sum is.
- `taken_off_other`: a side removed from a list of sanctioned or watched parties has a sanction eased (085); one
  removed from a team, an office or a flight has not.
- `relief_cargo`: relief, or vehicles carrying it, that cross into or enter a place is humanitarian aid delivered
  there (073); tanks or troops that cross are no aid.
- `business_dyad`: deals, talks and agreements between two firms, with no state, official, armed side or other public
  body on either side, are business, not cooperation between political actors ("Toyota signed a supply agreement
  with Panasonic", "the company agreed to buy a pet food maker"). The dev gold of the realnews suite codes no such
  event of roots 03, 04, 057 or 06 (it does code praise between business people, 051, which this leaves alone).
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events import roles
from newsgraph.events.arguments import Party
from newsgraph.events.patterns import noun_sets
from newsgraph.events.sense_clauses import _words
from newsgraph.nlp.cache import children
from newsgraph.nlp.cache import doc_tokens
from newsgraph.records import sector_type

_NUMBER_DEPS = ("nummod", "quantmod", "compound", "amod", "nmod")


def _counts_sum(tok: Token, values: frozenset[str]) -> bool:
    """A word of money (`values`), a currency sign, or a number heading or modifying a money word."""
    if _words(tok) & values or tok.tag_ == "$":
        return True
    return tok.like_num and any(_words(c) & values or c.tag_ == "$" for c in children(tok))


def sum_noun(tok: Token, values: frozenset[str]) -> bool:
    """A noun trigger that counts a sum: a money word, a currency sign or a number among its modifiers or just
    before it ("$5 million pledge", "a 40-million-euro pledge"), or in its of-phrase ("a pledge of 50 million
    euros"). Verbs never: "pledged to work with" is no sum."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    mods = [c for c in children(tok) if c.dep_ in _NUMBER_DEPS and c.i < tok.i]
    if tok.i > 0:
        mods.append(doc_tokens(tok.doc)[tok.i - 1])
    if any(_counts_sum(m, values) or any(_counts_sum(g, values) for g in children(m)) for m in mods):
        return True
    return any(_counts_sum(o, values) or any(c.like_num for c in children(o))
               for o in roles.prep_objects(tok, ("of",)))


def _firm(party: Party | None) -> bool:
    """A firm: an actor of sector BUS, or a side no actor was found for whose head word is a firm's ("the company",
    "the carmaker": noun set FIRMS, less "agency", which is as often a state's)."""
    if party is None:
        return False
    if party.actor is None or not (party.actor.country or party.actor.sector):
        # ("the company" the actors stage found no name for)
        return party.head.lemma_.lower() in noun_sets()["FIRMS"] - {"agency"}
    return sector_type(party.actor.sector) == "BUS"


def _unknown_name(party: Party) -> bool:
    """A proper name the actors stage knows nothing of -- no country, no sector ("Procter" of a firm's name split)."""
    actor = party.actor
    return actor is not None and not actor.country and not actor.sector and actor.kind != "COUNTRY" \
        and party.head.pos_ == "PROPN"


def business_dyad(source: Party | None, target: Party | None) -> bool:
    """A firm on each side, or a firm and a proper name the actors stage knows nothing of; neither side a state, an
    official or any public body ("Unilever and Procter & Gamble held talks"; session 45 coop49). A firm with no
    other side named keeps its code: the realnews raters code a firm's own pledge (030) and a firm's offer to an
    animal shelter (033)."""
    if source is None or target is None:
        return False
    return (_firm(source) and (_firm(target) or _unknown_name(target))) or (_firm(target) and _unknown_name(source))


def frozen_object(tok: Token, values: frozenset[str]) -> bool:
    """A direct object, or the noun its sum is counted in, has a modifier of `values`: money or assets that were
    frozen, blocked or seized ("released $6 billion in frozen Iranian funds", "returned the seized accounts").
    Funds released with no such word are a budget's ("released funds for the new school"; session 45 coop49)."""
    objects = roles.direct_objects(tok)
    nouns = objects + [g for o in objects for g in roles.prep_objects(o, ("in", "of"))]
    return any(c.dep_ in ("amod", "compound") and _words(c) & values for n in nouns for c in children(n))


def sum_in(tok: Token, values: frozenset[str]) -> bool:
    """A sum given is counted in aid of a kind `values` names: the in-phrase of a direct object, or of the verb, has
    a noun with such a modifier ("provided 500 million euros in military aid to Kyiv": military aid, 072;
    "$20 million in emergency food aid": humanitarian aid, 073; session 45 coop49)."""
    objects = roles.direct_objects(tok)
    nouns = [g for o in objects for g in roles.prep_objects(o, ("in",))] + roles.prep_objects(tok, ("in",))
    return any(c.dep_ in ("amod", "compound") and _words(c) & values for n in nouns for c in children(n))


def taken_off_other(tok: Token, values: frozenset[str]) -> bool:
    """A side removed from something that is no list of sanctioned or watched parties: the from-phrase on the verb
    or on its object (the parse hangs it on either) names neither a word of `values` (a blacklist) nor a list with
    such a modifier (a watch list, a sanctions list). "dropped the striker from the team" is no sanction eased;
    "removed Seoul from its watch list" is; "removed Poland from the travel corridor list" is none either -- a
    list of safe places left is a restriction imposed, not eased (the realnews raters code it 172)."""
    froms = roles.prep_objects(tok, ("from",)) + [g for o in roles.direct_objects(tok)
                                                  for g in roles.prep_objects(o, ("from",))]
    return bool(froms) and not any(_words(f) & values or any(c.dep_ in ("compound", "amod", "nmod")
                                                             and _words(c) & values for c in children(f))
                                   for f in froms)


_CARGO_VERBS = ("carry", "load", "laden", "bear", "haul", "transport")


def relief_cargo(tok: Token, values: frozenset[str]) -> bool:
    """The subject is relief, or vehicles carrying it: a subject (its compound, of-phrase or quantity noun) of
    `values`, or a participle on it or its of-phrase whose objects are ("A convoy of 30 Turkish trucks carrying
    tents and blankets crossed into Syria"). Tanks or troops that cross carry nothing of the kind."""
    heads = roles.subjects(tok) or [c for c in children(tok) if c.dep_ in ("nsubj", "nsubjpass")]   # ("Dozens of")
    heads = heads + [g for h in heads for g in roles.prep_objects(h, ("of",))]
    for h in heads:
        if _words(h) & values or any(c.dep_ == "compound" and _words(c) & values for c in children(h)):
            return True
        for c in children(h):
            if c.dep_ in ("acl", "relcl", "amod") and c.lemma_.lower() in _CARGO_VERBS:
                cargo = roles.direct_objects(c) + roles.prep_objects(c, ("with",))
                if any(_words(o) & values or any(_words(g) & values for g in o.conjuncts) for o in cargo):
                    return True
    return False
