"""Whom a threat is against when the threatened deed is a verb the coder has no pattern for: "The prime minister
vowed to punish the militants", "The junta swore to crush the rebels" -- the vow is a threat (13x, by the senses
of vowing to strike back), and the deed's object is the one threatened; the deed itself ("punish", "crush") is
coded as no act of its own, so the intents convention, which aims a threat at the target of the coded deed, never
sees it (convention vowed-targets, round42).

A threat with no target whose trigger governs a verb complement (xcomp) with a direct object that names an actor
other than the threatener is aimed at that actor, one event per actor. Verbs whose object is the one avenged, not
the one struck (word list AVENGED_OBJECT_VERBS: "vowed to avenge their commander"), are left alone.

Round 48 (session 46 say50, convention deed-condition-targets): a threat still with no target whose deed has an
if/unless clause of its own -- where the parser hangs the condition: "threatened to suspend the pact unless Vietnam
improved labour rights" -- is aimed at that clause's subject, the one whose move would set the deed off; not a
pronoun (often the threatener itself: "unless they were paid") nor a noun owned by a possessive pronoun ("unless its
members received a rise"). Read last, after the deed's own object and target.

Round 44 (session 42 tgt46, convention blamed-vows): a threat with no target and no deed object whose verb is
coordinated with the same side's accusation ("Hezbollah blamed Israel for the blasts and vowed revenge", "accused
Kyiv of the attack and threatened to retaliate") is aimed at the one it blamed: the revenge is for what it blamed
them for.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import roles
from newsgraph.events.build import aim_targetless
from newsgraph.events.conditions import condition_clauses
from newsgraph.records import Analysis, Event
from newsgraph.nlp.cache import children

THREAT_ROOT = "13"
ACCUSE_ROOT = "11"
AVENGED_OBJECT_VERBS = word_list("patterns", "AVENGED_OBJECT_VERBS")
_OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


def _deed_objects(trigger: Token) -> list[Token]:
    """The direct objects of the trigger's verb complements: "vowed to punish [the militants]"."""
    return [o for c in children(trigger) if c.dep_ == "xcomp" and c.pos_ == "VERB"
            and not (roles.lemmas(c) & AVENGED_OBJECT_VERBS) for o in roles.direct_objects(c)]


def _blamed(e: Event, trigger: Token, events: list[Event]) -> list[tuple]:
    """The target of the same side's accusation (root 11) whose verb the threat's verb is coordinated with."""
    joined = {trigger.head.idx} if trigger.dep_ == "conj" else set()
    joined |= {c.idx for c in children(trigger) if c.dep_ == "conj"}
    return [(a.target_actor_id, a.target_code, a.target_text, a.target_start) for a in events
            if a.cameo_root == ACCUSE_ROOT and a.cue_start in joined and a.target_actor_id
            and a.source_actor_id == e.source_actor_id and a.target_actor_id != e.source_actor_id][:1]


def _deed_conditions(trigger: Token) -> list[Token]:
    """Subjects of the if/unless clauses of the trigger's verb complements, no pronoun and none a possessive pronoun
    owns: "threatened to suspend the pact unless [Vietnam] improved ..." (session 46 say50)."""
    return [g for c in children(trigger) if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
            for a in condition_clauses(c) for g in children(a) if g.dep_ in ("nsubj", "nsubjpass")
            and g.tag_ != "PRP" and not any(p.dep_ == "poss" and p.lower_ in _OWN_POSSESSIVES for p in children(g))]


def _own_people(party, source) -> bool:
    """"threatened to recall its ambassador", "vowed to bring home their troops": a deed object owned by the
    threatener's own possessive pronoun and of the threatener's own country is its own people, not the one threatened
    (session 45 say49)."""
    return source is not None and source.country is not None and party.actor.country == source.country \
        and any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in children(party.head))


def aim_vowed_deeds(doc: Doc, analysis: Analysis, events: list[Event], blamed: bool = False,
                    conditions: bool = False) -> list[Event]:
    """Aim each target-less threat at the object of the deed it vows (see the module's docstring); with `blamed`
    (convention blamed-vows) else at the one its side blamed in a coordinated verb; with `conditions` (convention
    deed-condition-targets) else at the subject of the deed's if/unless clause."""
    def threatened(e: Event, trigger: Token) -> list:
        source = analysis.actor(e.source_actor_id) if e.source_actor_id else None
        found = [p for p in args.resolved(analysis, _deed_objects(trigger))
                 if p.actor is not None and p.actor.id != e.source_actor_id and not _own_people(p, source)]
        found = found or (_blamed(e, trigger, events) if blamed else [])
        return found or ([p for p in args.resolved(analysis, _deed_conditions(trigger))
                          if p.actor is not None and p.actor.id != e.source_actor_id] if conditions else [])
    return aim_targetless(doc, events, lambda e: e.cameo_root == THREAT_ROOT, threatened, "+vowed-target")
