"""Events that answer an earlier sentence: a denial of "these accusations" is addressed to whoever made them,
a condemnation of "the attack" to whoever carried it out.

"The ministries accused the US of arming the gangs. The Pentagon rejected these accusations": the
sentence of the denial names no accuser; the accusation coded just before does. A target-less denial
(CAMEO 016) whose object is a definite accusation noun ("these accusations", "the charges", "the
allegations") takes as target the source of the accusation events (CAMEO 11x) of the nearest earlier
sentence within LOOKBACK sentences (or earlier in its own sentence), one denial per accuser. The denier
never answers itself, and a denial with an accuser of its own ("the allegations of the relatives") is
left to the sentence coder.

Likewise a target-less criticism (CAMEO 11x) of a definite act of force ("condemned the attack", "denounced
the bombing") is addressed to the source of the nearest earlier act of force (CAMEO 18-20) with a known
source: "Gunmen attacked a base ... The government condemned the attack" -> the gunmen.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from newsgraph.datafile import word_list
from newsgraph.events.patterns import noun_sets
from newsgraph.records import Event
from newsgraph.nlp.cache import children, doc_tokens, token_starts

LOOKBACK = 2                        # sentences back to look for the accusation being denied
DENIAL = "016"
ACCUSATION_ROOT = "11"
FORCE_ROOTS = {"18", "19", "20"}
AWAITS_ANSWER = "+awaits-answer"    # rule suffix of an event the coder keeps only if an earlier act answers it
REACTION = "+reaction"               # ... unless it is a public reaction, kept with no target when unanswered
DEFINITE = word_list("patterns", "DEFINITE")


def _definite_object(trigger: Token, nouns: frozenset[str] | set[str]) -> bool:
    """The trigger's object is a definite noun of the set: "rejected these accusations", "condemned the attack"."""
    for o in children(trigger):
        if o.dep_ not in ("dobj", "obj", "nsubjpass"):
            continue
        if o.lemma_.lower() in nouns and any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE | {"its", "their"}
                                             for c in children(o)):
            return True
    return False


def _answered_roots(trigger: Token, code: str) -> set[str] | None:
    """The CAMEO roots of the earlier events a denial or condemnation with this trigger answers, else None."""
    if code == DENIAL and _definite_object(trigger, noun_sets()["ACCUSATION"]):
        return {ACCUSATION_ROOT}
    if code[:2] == ACCUSATION_ROOT and _definite_object(trigger, noun_sets()["ATTACKS"]):
        return FORCE_ROOTS
    return None


def answers_earlier(trigger: Token, code: str) -> bool:
    """Could the coder's target-less event with this trigger find its target in an earlier sentence?"""
    return _answered_roots(trigger, code) is not None


def _answers(e: Event, token_at: dict[int, Token]) -> set[str] | None:
    if e.target_actor_id is not None or e.target_code is not None or e.cue_start not in token_at:
        return None
    return _answered_roots(token_at[e.cue_start], e.cameo_code)


def answer_accusations(doc: Doc, events: list[Event]) -> list[Event]:
    """Give target-less denials of "these accusations" the accusers of the nearest earlier accusation, and
    condemnations of "the attack" its attackers."""
    if not any(e.target_actor_id is None and e.target_code is None and e.cameo_root == ACCUSATION_ROOT
               or e.cameo_code == DENIAL for e in events):
        return events           # (most documents: nothing that could answer an earlier sentence)
    token_at = dict(zip(token_starts(doc), doc_tokens(doc)))
    out: list[Event] = []
    for e in events:
        roots = _answers(e, token_at)
        if roots is None:
            out.append(e)
            continue
        earlier = [a for a in events if a.cameo_root in roots and a.source_actor_id
                   and a.source_actor_id != e.source_actor_id and a.cue_start is not None
                   and a.cue_start < e.cue_start and e.sentence - LOOKBACK <= a.sentence <= e.sentence]
        if not earlier:
            if not e.rule_id.endswith(AWAITS_ANSWER):
                out.append(e)       # (an event that needs a target and found none is dropped)
            elif REACTION in e.rule_id:
                out.append(replace(e, rule_id=e.rule_id.removesuffix(AWAITS_ANSWER)))   # "condemned the attack"
            continue
        nearest = max(a.sentence for a in earlier)
        accusers: dict[str, Event] = {}
        for a in earlier:
            if a.sentence == nearest:
                accusers.setdefault(a.source_actor_id, a)
        for aid, a in accusers.items():
            out.append(replace(e, id=Event.make_id(e.article_id, e.sentence, e.cameo_code, e.source_actor_id, aid,
                                                   e.cue_start),
                               target_actor_id=aid, target_code=a.source_code, target_text=a.source_text,
                               target_start=a.source_start,
                               rule_id=f"{e.rule_id.removesuffix(AWAITS_ANSWER)}+answers"))
    return out
