"""Doubt voiced about what another actor did or can do: "The senator questioned whether the governor could finish
the bridge on time", "questioned why the board had let the contractor keep working", "questioned how the governor
would pay for it". S-question codes such a sentence a plain statement (010); the questioned clause names another
actor as the one whose conduct or ability is doubted, and CAMEO codes doubt cast on an actor's conduct as
criticism, 111 (as V11-question-conduct codes "questioned the governor's judgment", the noun form). The clause's
subject is the one aimed at (convention questioned-conduct, round51, session 49 say53).

Not so: the speaker's own case ("questioned whether he was getting a fair hearing": the subject is the speaker),
a thing or an event of no actor ("questioned whether the storm would reach the coast", "whether their letters
would be read"), a first-person subject ("questioned whether we could afford it"), and "wonder" (musing, not
doubt cast on someone). statements.py asks `aimed` for an S-question statement that no tone word recoded.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events import arguments as args
from newsgraph.events.arguments import Party
from newsgraph.nlp.cache import children
from newsgraph.records import Analysis

_VERBS = frozenset({"question"})
_MARKS = frozenset({"whether", "if"})
_WH = frozenset({"why", "how"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "xcomp", "parataxis"})


def _asked_clauses(verb: Token) -> list[Token]:
    """The clauses the verb questions: a "whether"/"if" clause, or one opened by "why" or "how" (as its adverb,
    or as the adverb of an adverb: "how carefully the group checked")."""
    out = []
    for c in children(verb):
        if c.dep_ not in _CLAUSE_DEPS:
            continue
        kids = children(c)
        if any(m.dep_ == "mark" and m.lower_ in _MARKS for m in kids) or any(
                a.dep_ == "advmod" and (a.lower_ in _WH or any(w.lower_ in _WH for w in children(a)))
                for a in kids):
            out.append(c)
    return out


def aimed(analysis: Analysis, verb: Token, speakers: list[Party]) -> list[Party]:
    """The actors whose conduct the speakers question: the named subjects (not the speakers, not "I" or "we") of
    the questioned clause; [] when there are none or the verb is not "question"."""
    if verb.lemma_.lower() not in _VERBS:
        return []
    subjects = [g for c in _asked_clauses(verb) for g in children(c)
                if g.dep_ in ("nsubj", "nsubjpass") and g.lower_ not in _FIRST_PERSON]
    exclude = {p.key for p in speakers}
    return [p for p in args.resolved(analysis, subjects) if p.key not in exclude and p.actor is not None]
