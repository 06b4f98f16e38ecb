"""The sides of an act named as the reason for a penalty or a protest aimed at a state.

"The United States imposed a visa ban on Georgian officials over a crackdown on peaceful protesters", "Britain
condemned Russia over the jailing of an activist", "France summoned Iran's ambassador over the arrest of two
teachers": the crackdown, jailing or arrest is the state's the act is aimed at. Named by a noun with no doer, such an
act was given the police of the story's country (actors/implied.py: the dateline's, Washington's or London's), and
its unplaced victims the same country -- both wrong, as the sentence names whose act it was. Here the implied body
is moved to the country the main act is aimed at, and the victims the story gave the old body's country move with
it; victims the text places or names a nationality for stay (convention `reason-sides`, session 38 tgt42).

The same holds for a deed told in an "after" clause: "Japan lodged a protest after a Chinese survey ship entered its
waters" protests to China -- an answering act with no target is aimed at the doer of the deed it followed, when that
doer is of another country (convention `after-clause-doers`).
"""
from __future__ import annotations

from spacy.tokens import Token

import newsgraph.actors as actors_api
from newsgraph.actors.document import STATE_SECTORS     # a state's own bodies: an act aimed at one is at the state
from newsgraph.actors.entities import COUNTRY_CONFIDENCE, SAID_COUNTRY_SOURCES
from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events.build import aimed_at, party_fields
from newsgraph.nlp.cache import children
from newsgraph.records import Analysis, Event

# prepositions that give an act's reason ("over the arrest", "for the detention")
REASON_PREPS = word_list("patterns", "REASON_PREPS")
# CAMEO roots of the acts that answer a deed: demands, disapproval, rejection, threats, protests, reduced
# relations and coercion (the main acts whose reason phrase is the target's deed)
ANSWERING_ROOTS = frozenset(word_list("patterns", "DEED_ANSWERING_ROOTS"))
AFTER_DEED_ROOTS = frozenset(word_list("patterns", "AFTER_DEED_ROOTS"))     # (no demand: session 38 lead)
_AGENT_MARK = "+agent-"
# subordinators of a clause that tells the deed an act answers ("protested after a ship entered its waters")
DEED_CLAUSE_MARKS = frozenset(word_list("patterns", "DEED_CLAUSE_MARKS"))


def _reason_head(tok: Token) -> Token | None:
    """The word a reason phrase hangs on ("imposed ... over the crackdown": imposed; "a ban ... over": ban), when
    `tok` is the object of a reason preposition; else None."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in REASON_PREPS:
        return None
    return prep.head


def _state_country(analysis: Analysis, event: Event) -> str | None:
    """The country of the main act's target when that target is a state (the country itself or one of its
    bodies), else None."""
    actor = analysis.actor(event.target_actor_id)
    if actor is None or not actor.country:
        return None
    if actor.kind == "COUNTRY" or actor.sector in STATE_SECTORS:
        return actor.country
    return None


def reason_sides(events: list[Event], trigger_of: dict[str, Token], analysis: Analysis) -> None:
    """Give a nominal reason act with an implied state agent the state the sentence's main act is aimed at (see the
    module's docstring); in place."""
    for e in events:
        tok = trigger_of.get(e.id)
        if tok is None or _AGENT_MARK not in e.rule_id or e.source_start is not None:
            continue
        head = _reason_head(tok)
        if head is None:
            continue
        mains = [m for m in events if m is not e and m.cameo_code[:2] in ANSWERING_ROOTS
                 and trigger_of.get(m.id) is not None and trigger_of[m.id].i in (head.i, head.head.i)]
        states = {iso for m in mains for iso in [_state_country(analysis, m)] if iso}
        if len(states) != 1:
            continue
        iso = states.pop()
        old = analysis.actor(e.source_actor_id)
        if old is None or old.country == iso or old.sector is None \
                or any(analysis.actor(m.source_actor_id) is not None
                       and analysis.actor(m.source_actor_id).country == iso for m in mains):
            continue
        agent = actors_api.body_of(analysis, old.sector, iso, "sentence", COUNTRY_CONFIDENCE["sentence"])
        if agent is None:
            continue
        e.source_actor_id, e.source_code = agent.id, agent.code
        e.rule_id = f"{e.rule_id}+reason"
        victim = analysis.actor(e.target_actor_id)
        if victim is not None and victim.country == old.country and victim.sector \
                and victim.country_source not in SAID_COUNTRY_SOURCES:
            moved = actors_api.body_of(analysis, victim.sector, iso, "sentence", COUNTRY_CONFIDENCE["sentence"])
            if moved is not None:
                e.target_actor_id, e.target_code = moved.id, moved.code


def _deed_doers(analysis: Analysis, verb: Token) -> list:
    """The doers (active subjects) of the deed clauses hanging on `verb` ("after a Chinese ship entered ...")."""
    heads = [s for c in children(verb) if c.dep_ == "advcl"
             and any(m.dep_ == "mark" and m.lower_ in DEED_CLAUSE_MARKS for m in children(c))
             for s in children(c) if s.dep_ == "nsubj"]
    return args.resolved(analysis, heads)


def after_clause_doers(events: list[Event], trigger_of: dict[str, Token], analysis: Analysis) -> list[Event]:
    """An answering act (AFTER_DEED_ROOTS) with no target, on a verb with an after-clause whose doer is of another
    country than the act's source, is aimed at that doer (see the module's docstring)."""
    out: list[Event] = []
    for e in events:
        tok = trigger_of.get(e.id)
        source = analysis.actor(e.source_actor_id)
        if tok is None or e.target_actor_id or e.target_code or e.cameo_code[:2] not in AFTER_DEED_ROOTS \
                or source is None or not source.country:
            out.append(e)
            continue
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
        doers = [p for p in _deed_doers(analysis, verb)
                 if p.actor is not None and p.actor.country and p.actor.country != source.country]
        if len(doers) != 1:
            out.append(e)
            continue
        out.append(aimed_at(e, party_fields(doers[0], analysis.article.text), f"{e.rule_id}+after-doer"))
        trigger_of[out[-1].id] = tok
    return out
