"""Events that answer an earlier sentence: a denial of "these accusations" is addressed to whoever made them.

"The ministries accused the US of arming the gangs. The Pentagon rejected these accusations": the
sentence of the denial names no accuser; the accusation coded just before does. A target-less denial
(CAMEO 016) whose object is a definite accusation noun ("these accusations", "the charges", "the
allegations") takes as target the source of the accusation events (CAMEO 11x) of the nearest earlier
sentence within LOOKBACK sentences (or earlier in its own sentence), one denial per accuser. The denier
never answers itself, and a denial with an accuser of its own ("the allegations of the relatives") is
left to the sentence coder.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from newsgraph.events.patterns import noun_sets
from newsgraph.records import Event

LOOKBACK = 2                        # sentences back to look for the accusation being denied
DENIAL = "016"
ACCUSATION_ROOT = "11"
DEFINITE = {"these", "those", "this", "that", "the", "such"}


def _accusation_object(trigger: Token) -> bool:
    """The trigger's object is a definite accusation noun: "rejected these accusations"."""
    accusations = noun_sets()["ACCUSATION"]
    for o in trigger.children:
        if o.dep_ not in ("dobj", "obj", "nsubjpass"):
            continue
        if o.lemma_.lower() in accusations and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in o.children):
            return True
    return False


def answer_accusations(doc: Doc, events: list[Event]) -> list[Event]:
    """Give target-less denials of "these accusations" the accusers of the nearest earlier accusation."""
    token_at = {t.idx: t for t in doc}
    out: list[Event] = []
    for e in events:
        if e.cameo_code != DENIAL or e.target_actor_id is not None or e.target_code is not None \
                or e.cue_start is None or e.cue_start not in token_at \
                or not _accusation_object(token_at[e.cue_start]):
            out.append(e)
            continue
        earlier = [a for a in events if a.cameo_root == ACCUSATION_ROOT and a.source_actor_id
                   and a.source_actor_id != e.source_actor_id and a.cue_start is not None
                   and a.cue_start < e.cue_start and e.sentence - LOOKBACK <= a.sentence <= e.sentence]
        if not earlier:
            out.append(e)
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
                               target_start=a.source_start, rule_id=f"{e.rule_id}+answers"))
    return out
