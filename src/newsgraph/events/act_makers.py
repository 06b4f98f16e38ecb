"""Who made an act that someone judges: criticism of a plan, a law, the arrests or an effort is criticism of
whoever made it, named by the act's possessor, modifier or by-phrase (an of-phrase only when it names people
and the noun is no act done to its of-phrase: "the arrests of the journalists" were done to the journalists).
Read by the statements' `judged-acts` convention (round 20) and the coder's `criticised-acts` (round 21)."""
from __future__ import annotations

import functools

from spacy.tokens import Token

from newsgraph.events import arguments as args
from newsgraph.events import roles
from newsgraph.events.arguments import Party
from newsgraph.events.patterns import noun_sets, pattern_index, undergone_acts
from newsgraph.nlp.cache import children


@functools.lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    """Lemmas of the noun event patterns; not the words of criticism themselves ("reacted with fury to the
    plan": the fury is no act judged)."""
    return frozenset(n for n, ps in pattern_index("noun").items() if not all(p.cameo.startswith("11") for p in ps))


def is_act(noun: Token, events: bool = False) -> bool:
    """A noun naming an act or artifact of an actor (noun set MADE_ACTS); with `events` also an act of
    conduct (noun set CONDUCTS: efforts, remarks, commitment) or an event noun of the patterns (arrests)."""
    lemma = noun.lemma_.lower()
    if lemma in noun_sets()["MADE_ACTS"]:
        return True
    return events and noun.pos_ == "NOUN" and (lemma in noun_sets()["CONDUCTS"] or lemma in _event_nouns())


def owners(act: Token, modifiers: bool = False) -> list[Token]:
    """The phrases naming who made `act`: its possessor and by-phrase (and the agent of a participle on it,
    "the plan announced by X"), an of-phrase that names people ("the decision of the mayor"); with
    `modifiers` a name or nationality modifier ("the Trump plan", "Israeli raids"). Of an event noun whose
    possessor and of-phrase suffered it ("his arrest", "the killing of the journalist") only the by-phrase and
    a nationality adjective name the doer."""
    lemma = act.lemma_.lower()
    by = roles.prep_objects(act, ("by",)) + [a for c in children(act) if c.dep_ == "acl" and c.tag_ == "VBN"
                                             for a in roles.agent_of(c)]
    patient = lemma in undergone_acts() and lemma not in noun_sets()["MADE_ACTS"]
    if patient:
        return by + ([m for m in roles.noun_modifiers(act) if m.pos_ == "ADJ"] if modifiers else [])
    of = [g for g in roles.prep_objects(act, ("of",)) if g.pos_ in ("PROPN", "PRON") or args.names_people(g)]
    return roles.possessors(act) + by + of + (roles.noun_modifiers(act) if modifiers else [])


def makers(analysis, acts: list[Token], exclude: set[str], modifiers: bool = False,
           more: list[Token] = ()) -> list[Party] | None:
    """The actors that made the acts (not in `exclude`; `more`: other phrases naming the maker); [] when no
    maker is named (the maker is not known); None when a maker is named but none is another actor ("our plan",
    "its response": the speaker's own)."""
    named = [o for a in acts for o in owners(a, modifiers)] + list(more)
    found = [p for p in args.resolved(analysis, named) if p.key not in exclude]
    if not found:       # "the council's plan" with no actor found for the council: the council, uncoded
        found = [p for p in args.unresolved(named) if p.head.pos_ != "PRON" and p.key not in exclude]
    return None if named and not found else found


def _as_acts(analysis, acts: list[Token], found: list[Party]) -> list[Party]:
    """The makers found, told by the act's own phrase when that phrase resolves to them ("the minister's plan",
    "plans by the ministry": the words the criticism was aimed at), else by the makers' phrases."""
    same = [p for p in args.resolved(analysis, acts) if p.key in {f.key for f in found}]
    return same if len(same) == len(found) else found


def criticised_makers(analysis, verb: Token, objects: list[Token], cands: list[list[Token]],
                      exclude: set[str]) -> list[Party] | None:
    """The target of a criticism verb aimed at an act ("condemned the arrests of the journalists", "called the
    budget a betrayal", "rebutted the candidate's proposals"): the makers of the act that the pattern's own
    object names, else of the first candidate phrase that names an act or an actor; [] when no maker is
    named; None when that phrase names an actor (the target as before) or none names either. A by-phrase the
    parse hung on an active verb names the act's maker ("condemned the arrests of the lawyers by the police")."""
    stranded = [] if roles.is_passive(verb) else roles.prep_objects(verb, ("by",))
    acts = [o for o in objects if is_act(o, events=True)]
    if acts:
        return _as_acts(analysis, acts, makers(analysis, acts, exclude, True, stranded) or [])
    for group in cands:
        heads = [t for h in group for t in roles.conjuncts(h)]
        if any(args.head_actors(analysis, h) for h in heads):
            return None
        acts = [h for h in heads if is_act(h, events=True)]
        if acts:
            return _as_acts(analysis, acts, makers(analysis, acts, exclude, True, stranded) or [])
    return None
