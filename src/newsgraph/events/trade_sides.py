"""Whom a trade measure is aimed at when the text names only the goods: "tariffs on steel imports from Canada",
"duties on brandy imported from the European Union" -- the goods' origin (convention goods-origin-targets); "a ban
on arms exports to Riyadh", "a ban on the sale of drones to Turkey" -- the state the goods go to (convention
goods-destination-targets, session 44 tgt48); "moved to block the sale of jets to Turkey", "suspended arms deliveries
to Riyadh" -- the goods going out are the object of the act that stops them, and their to-phrase is the state denied
them (convention blocked-goods-targets, session 45 coop49).

A tariff, duty or embargo (CAMEO 163) is aimed at the state the goods come from; the parse hangs that state on the
goods, not on the measure or its verb, so the coder's usual target phrases find only the goods, which are no actor.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import roles
from newsgraph.nlp.cache import children

# participles that say where goods come from ("brandy imported from France", "cars made in China")
_ORIGIN_PARTICIPLES = word_list("patterns", "ORIGIN_PARTICIPLES")
_GOODS_PREPS = ("on", "against")
# nouns of goods going out ("exports", "sales", "deliveries") whose to-phrase names the state that gets them
_OUTBOUND_GOODS = word_list("patterns", "OUTBOUND_GOODS_NOUNS")


def _goods(tok: Token, objects: list[Token]) -> list[Token]:
    """The goods a measure falls on: the on-phrase of the verb, of the measure, or of the measure's rate ("tariffs
    of 25 percent on steel imports")."""
    heads = roles.prep_objects(tok, _GOODS_PREPS)
    for o in objects:
        heads += roles.prep_objects(o, _GOODS_PREPS)
        heads += [g for r in roles.prep_objects(o, ("of",)) for g in roles.prep_objects(r, _GOODS_PREPS)]
    return heads


def goods_origins(tok: Token, objects: list[Token]) -> list[Token]:
    """Where the taxed or banned goods come from: the goods' own from-phrase ("imports from Canada") or the
    from/in phrase of a participle of origin on them ("brandy imported from the EU", "cars made in China")."""
    out: list[Token] = []
    for g in _goods(tok, objects):
        out += roles.prep_objects(g, ("from",))
        out += [o for c in children(g) if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _ORIGIN_PARTICIPLES
                for o in roles.prep_objects(c, ("from", "in"))]
    return out


def goods_destinations(tok: Token, objects: list[Token]) -> list[Token]:
    """Whom a ban or embargo on goods going out is aimed at: the to-phrase of the goods (word list
    OUTBOUND_GOODS_NOUNS: "a ban on arms exports to Saudi Arabia", "a ban on the sale of drones to Turkey"), the
    state denied them. The parse hangs that state on the goods, so the coder's usual phrases find only the goods
    ("the sale of drones", read as the drones' army). "a ban on fishing" or "exports" with no to-phrase give none."""
    return [d for g in _goods(tok, objects) if g.lemma_.lower() in _OUTBOUND_GOODS
            for d in roles.prep_objects(g, ("to",))]


def outbound_goods(objects: list[Token]) -> list[Token]:
    """The objects that are goods going out (word list OUTBOUND_GOODS_NOUNS: "the sale", "arms deliveries")."""
    return [o for o in objects if o.lemma_.lower() in _OUTBOUND_GOODS or o.lower_ in _OUTBOUND_GOODS]


def goods_sold_to(objects: list[Token]) -> list[Token]:
    """Whom stopping goods that go out is aimed at when the goods are the act's own object ("block the sale of
    F-16s to Turkey", "halted arms deliveries to Riyadh"): the goods' to-phrase, not "the sale" (session 45 coop49)."""
    return [d for o in outbound_goods(objects) for d in roles.prep_objects(o, ("to",))]
