"""A lone plural group that fights among itself: "Rival gangs clashed in the capital", "A fight broke out between two
men on the train", "fighting among warring factions" -- the members fight each other, so an act of force (word list
RECIPROCAL_ROOTS) with that one group as its side and no target named is aimed at the group itself, as a rater codes
"a fight between two men" men -> men (convention reciprocal-groups, round45).

Only where the text says the fighting is within the group: the group is the only object of the trigger's between-
or among-phrase, or a modifier calls its members rivals (word list RIVAL_MODIFIERS). "Protesters clashed in the
capital" says nothing of the sort -- a reader supplies the police, untold -- and stays with no target; two sides
named ("between police and protesters") are each other's targets by events/implied_sides already.

"Both sides" or "the two sides" that the actors stage reads as the two parties named before ("A firefight broke out
between Pakistani soldiers and Afghan guards ... Both sides fired mortars for hours") is coded as one act for each
party; an act of force of theirs with no target named is aimed at the other party: each fired at the other
(`aim_both_sides`, convention both-sides-force, session 45 vio49).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.datafile import word_list
from newsgraph.events.build import aim_targetless
from newsgraph.events.target_candidates import fired_thing
from newsgraph.nlp.cache import children, tokens_by_start
from newsgraph.records import Event

RECIPROCAL_ROOTS = word_list("patterns", "RECIPROCAL_ROOTS")    # fighting, clashes, assaults
RIVAL_MODIFIERS = word_list("patterns", "RIVAL_MODIFIERS")      # "rival gangs", "warring factions"
_WITHIN_PREPS = ("between", "among", "amongst")
_MODIFIER_DEPS = ("amod", "nummod", "det", "compound", "quantmod", "advmod")


def _fights_within(trigger: Token, group: Token) -> bool:
    """Does the text say the plural `group` fights among itself -- as the only object of a between- or among-phrase
    of the trigger's phrase or of the verb it is the subject of ("a fight broke out between two men"), or described
    as rivals?"""
    if group.tag_ not in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in children(group)):
        return False
    prep = group.head
    if group.dep_ == "pobj" and prep.lower_ in _WITHIN_PREPS and (
            trigger.left_edge.i <= prep.i <= trigger.right_edge.i or prep.head.i == trigger.head.i != trigger.i):
        return True     # (in the trigger's phrase, or on the verb the trigger noun is the subject of: "broke out")
    return any(c.dep_ == "amod" and c.lower_ in RIVAL_MODIFIERS for c in children(group))


def aim_reciprocal_groups(doc: Doc, events: list[Event]) -> list[Event]:
    """Aim each target-less act of force whose one side is a group fighting among itself at that group (see the
    module's docstring)."""
    token_at = tokens_by_start(doc)

    def wanted(e: Event) -> bool:
        return (e.cameo_root or e.cameo_code[:2]) in RECIPROCAL_ROOTS and e.source_actor_id is not None \
            and e.source_start in token_at

    def itself(e: Event, trigger: Token) -> list[tuple]:
        head = token_at[e.source_start]     # (the side's first word: up its modifiers to the group's noun)
        while head.dep_ in _MODIFIER_DEPS and head.head.i != head.i:
            head = head.head
        if not _fights_within(trigger, head):
            return []
        return [(e.source_actor_id, e.source_code, e.source_text, e.source_start)]

    return aim_targetless(doc, events, wanted, itself, "+among-themselves")


BOTH_SIDES_WORDS = word_list("patterns", "BOTH_SIDES_WORDS")    # "both sides", "the two sides"


def aim_both_sides(doc: Doc, events: list[Event]) -> list[Event]:
    """Aim each target-less act of force whose side is "both sides" read as two parties at the other party (see the
    module's docstring)."""
    token_at = tokens_by_start(doc)

    def sides_word(e: Event) -> bool:
        head = token_at.get(e.source_start)
        while head is not None and head.dep_ in _MODIFIER_DEPS and head.head.i != head.i:
            head = head.head
        return head is not None and head.lemma_.lower() in BOTH_SIDES_WORDS and head.tag_ in ("NNS", "NNPS")

    def wanted(e: Event) -> bool:
        return (e.cameo_root or e.cameo_code[:2]) in RECIPROCAL_ROOTS and e.source_actor_id is not None \
            and e.source_start in token_at and sides_word(e) and e.target_text is None   # ("shelled the town")

    def other(e: Event, trigger: Token) -> list[tuple]:
        if any(c.dep_ in ("dobj", "obj") and not fired_thing(c) for c in children(trigger)):
            return []       # ("both sides shelled the town": what was struck is named)
        twins = [o for o in events if o.cue_start == e.cue_start and o.source_start == e.source_start
                 and o.cameo_code == e.cameo_code and o.source_actor_id is not None and o.target_actor_id is None]
        sides = list(dict.fromkeys(o.source_actor_id for o in twins))
        if len(sides) != 2:
            return []
        o = next(o for o in twins if o.source_actor_id != e.source_actor_id)
        return [(o.source_actor_id, o.source_code, o.source_text, o.source_start)]

    return aim_targetless(doc, events, wanted, other, "+both-sides")
