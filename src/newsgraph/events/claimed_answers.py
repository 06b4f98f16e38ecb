"""Whom a judgement of an attack is aimed at when the attack had no doer but a group claimed it: "A car bomb exploded
outside a restaurant in Mogadishu ... Al Shabaab claimed responsibility for the attack. The president condemned the
bombing" -- the answers of events/discourse.py aim a condemnation at the doer of the nearest act of force, and a bomb
that exploded has none; the claim names the one the condemnation is aimed at (convention claimed-answers, round44).

A target-less judgement (word list MADE_ACT_REACTIONS: criticism, rejection, denial, praise, concern) whose definite
direct object with no owner is an attack noun (noun set ATTACKS) is aimed at the claimant of the nearest claim (015)
told before it, in its own sentence or the CLAIM_LOOKBACK sentences before, whose claimed noun is an attack noun too
("claimed responsibility for the blast", "claimed the attack"); never the judging side itself. A claim of a
kidnapping or an attack no later judgement names is left as it is.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.events.build import aim_targetless
from newsgraph.events.claimed_attacks import claimed_nouns
from newsgraph.events.made_acts import MADE_ACT_REACTIONS, judged_deeds
from newsgraph.events.patterns import noun_sets
from newsgraph.nlp.cache import tokens_by_start
from newsgraph.records import Analysis, Event

CLAIM_CODE = "015"
CLAIM_LOOKBACK = 2                  # sentences back to look for the claim


def _attack_nouns(tokens: list[Token]) -> bool:
    attacks = noun_sets()["ATTACKS"]
    return any(t.lemma_.lower() in attacks for t in tokens)


def aim_claimed_answers(doc: Doc, analysis: Analysis, events: list[Event]) -> list[Event]:
    """Aim each target-less judgement of an attack at the claimant of the attack (see the module's docstring)."""
    claims = [e for e in events if e.cameo_code == CLAIM_CODE and e.source_actor_id and e.cue_start is not None]
    if not claims:
        return events
    token_at = tokens_by_start(doc)

    def claimant(e: Event, trigger: Token) -> list[tuple]:
        if not _attack_nouns(judged_deeds(trigger)):
            return []
        told = [c for c in claims if c.cue_start < e.cue_start and e.sentence - CLAIM_LOOKBACK <= c.sentence
                and c.source_actor_id != e.source_actor_id and c.cue_start in token_at
                and _attack_nouns(claimed_nouns(token_at[c.cue_start]))]
        if not told:
            return []
        c = max(told, key=lambda c: c.cue_start)
        return [(c.source_actor_id, c.source_code, c.source_text, c.source_start)]
    return aim_targetless(doc, events, lambda e: e.cameo_code.startswith(MADE_ACT_REACTIONS), claimant,
                          "+claimed-answer")
