"""Whom the easing of a ban, embargo or sanctions (CAMEO 085) is done by and aimed at when the text names them only
inside the measure's own phrase (convention eased-measure-sides, session 47 coop51).

Papers tell an eased measure with the doer on the measure and the state it fell on on the goods: "Washington's ban
on arms sales to Ruritania was lifted", "the Japanese ban on beef imports from Freedonia was eased". The coder's
usual phrases then find only the measure (read as its owner's actor, so the owner became the target) or the goods,
which are no side. Here: the goods' to-phrase (goods going out) or from-phrase (goods coming in) is the target, as
trade_sides reads them for a ban imposed; and a doerless passive takes its source from the measure's owner -- its
possessor, or a nationality or name modifier -- and the measure itself is then no target.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import roles
from newsgraph.events.arguments import Party
from newsgraph.events.trade_sides import goods_destinations, goods_origins
from newsgraph.nlp.cache import children
from newsgraph.records import Analysis

_MEASURES = word_list("patterns", "EASED_MEASURE_NOUNS")


def _owners(measures: list[Token]) -> list[Token]:
    """"Washington's ban", "the Japanese embargo", "U.S. sanctions": the measure's possessor or modifiers (only those
    the actors stage resolves to an actor count, so "the arms embargo" names no owner)."""
    return [c for m in measures for c in children(m) if c.dep_ in ("poss", "amod", "compound")]


def sides(analysis: Analysis, tok: Token, sources: list[Party], cands: list[list[Token]],
          objects: list[Token]) -> tuple[list[Party], list[list[Token]]]:
    """The sources and target candidates of an easing (085) whose object, or passive subject, is a measure of word
    list EASED_MEASURE_NOUNS; anything else is returned as it came."""
    measures = [o for o in objects if o.lemma_.lower() in _MEASURES]
    if not measures:
        return sources, cands
    goods = goods_destinations(tok, measures) + goods_origins(tok, measures)
    if goods:
        cands = [goods] + cands
    if not sources and roles.is_passive(tok) and not roles.agent_of(tok):
        owners = args.resolved(analysis, _owners(measures))
        if owners:
            kept = {m.i for m in measures}
            sources = owners
            cands = [[c for c in heads if c.i not in kept] for heads in cands]
    return sources, cands
