"""Whom a demand made at a summons is made to: "The ministry summoned the Iranian envoy and demanded the release of
two aid workers", "Japan summoned China's ambassador to demand an end to the incursions" -- the state whose envoy was
summoned (convention summoned-demands, session 46 say50).

A summons (114, a verb of word list SUMMONING_VERBS) is a formal complaint to the envoy's state; a demand (root 10)
its summoner makes in the same breath -- its verb coordinated with the summons' verb, or the summons' to-infinitive
of purpose -- is put to that envoy. The coder aims such a demand at its object's own words instead: the ones to be
freed ("the release of two aid workers"), the acts to end ("an end to incursions by coast guard ships"), or at no
one. A demand with no target, or whose target stands inside what is demanded (its direct object's phrase), is aimed
at the summoned envoy's side; one aimed at its that-clause's subject ("demanded that Minsk stop the flow of
migrants") or at another side keeps its target.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.datafile import word_list
from newsgraph.events import roles
from newsgraph.events.build import aimed_at
from newsgraph.nlp.cache import tokens_by_start
from newsgraph.records import Event

DEMAND_ROOT = "10"
SUMMONS_CODE = "114"
SUMMONING_VERBS = word_list("patterns", "SUMMONING_VERBS")


def _joined(demand: Token, summons: Token) -> bool:
    """Is the demand's verb coordinated with the summons' verb, or its to-infinitive of purpose?"""
    return (demand.dep_ == "conj" and demand.head.i == summons.i) \
        or (summons.dep_ == "conj" and summons.head.i == demand.i) \
        or (demand.dep_ in ("xcomp", "advcl") and demand.head.i == summons.i)


def _inside_demanded(e: Event, demand: Token) -> bool:
    """Does the demand name no target, or one standing inside its own direct object's phrase?"""
    if e.target_actor_id is None and e.target_code is None:
        return True
    return e.target_start is not None and any(
        w.idx == e.target_start for o in roles.direct_objects(demand) for w in o.subtree)


def aim_summoned_demands(doc: Doc, events: list[Event]) -> list[Event]:
    """Aim each demand made at a summons at the summoned envoy's side (see the module's docstring)."""
    summonses = [s for s in events if s.cameo_code == SUMMONS_CODE and s.target_actor_id and s.cue_start is not None]
    if not summonses:
        return events
    token_at = tokens_by_start(doc)
    out: list[Event] = []
    for e in events:
        cue = token_at.get(e.cue_start) if e.cue_start is not None and e.cameo_root == DEMAND_ROOT else None
        found = None
        if cue is not None and _inside_demanded(e, cue):
            found = next((s for s in summonses if s.sentence == e.sentence and s.source_actor_id == e.source_actor_id
                          and s.target_actor_id != e.source_actor_id
                          and token_at.get(s.cue_start) is not None
                          and token_at[s.cue_start].lemma_.lower() in SUMMONING_VERBS
                          and _joined(cue, token_at[s.cue_start])), None)
        if found is None:
            out.append(e)
            continue
        out.append(aimed_at(e, (found.target_actor_id, found.target_code, found.target_text, found.target_start),
                            f"{e.rule_id}+summoned"))
    return out
