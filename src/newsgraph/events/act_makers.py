"""Who made an act that someone judges: criticism of a plan, a law, the arrests or an effort is criticism of
whoever made it, named by the act's possessor, modifier or by-phrase (an of-phrase only when it names people
and the noun is no act done to its of-phrase: "the arrests of the journalists" were done to the journalists).
Read by the statements' `judged-acts` convention (round 20) and the coder's `criticised-acts` (round 21)."""
from __future__ import annotations

import functools

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import conventions as conv
from newsgraph.events import roles
from newsgraph.events.arguments import Party
from newsgraph.events.patterns import noun_sets, pattern_index, undergone_acts
from newsgraph.nlp.cache import children, doc_sents

ANTECEDENT_WINDOW = 2       # sentences before an act noun that may name its maker (convention act-antecedents)
_TAKE_UP = word_list("patterns", "ACT_TAKE_UP")           # "the decision", "this plan": a noun taking up one named
_FIRST_PERSON_OWNERS = word_list("patterns", "FIRST_PERSON") | word_list("patterns", "FIRST_PERSON_OWNERS")
_CONCERN_PREPS = tuple(sorted(word_list("patterns", "CONCERN_PREPS")))   # "concern about / over" (round35)


@functools.lru_cache(maxsize=2)
def noun_verbs(deeds: bool = False) -> dict[str, frozenset[str]]:
    """act noun -> the verbs that make what it names (word list ANSWER_NOUN_VERBS: "announcement:announce"); with
    `deeds` (convention deed-verbs, round43) also the verbs that tell a deed of force or punishment (DEED_NOUN_VERBS:
    "attack:storm", "shooting:fire", "trial:sentence")."""
    out: dict[str, set[str]] = {}
    pairs = word_list("patterns", "ANSWER_NOUN_VERBS") \
        | (word_list("patterns", "DEED_NOUN_VERBS") if deeds else frozenset())
    for pair in pairs:
        noun, _, verb = pair.partition(":")
        out.setdefault(noun, set()).add(verb)
    return {n: frozenset(v) for n, v in out.items()}


def maker_heads(verb: Token) -> list[Token]:
    """Who did what the verb says: its subject, or the agent of its passive or of its participle ("the move
    announced on Monday by the minister")."""
    agents = roles.agent_of(verb)
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children(verb))
    if agents or verb.tag_ == "VBN" and not perfect:
        return agents       # ("the government had offered a raise": a perfect has its subject; session 35 lead)
    return [c for c in children(verb) if c.dep_ == "nsubj"]


def tokens_back(doc, sentence: int, before: int, window: int) -> list[Token]:
    """The tokens of sentence `sentence` before token index `before`, then those of the `window` sentences before
    it, nearest first: where an earlier mention of an act or of its maker is looked for."""
    sents = doc_sents(doc)
    here = [t for t in sents[sentence] if t.i < before][::-1] if sentence < len(sents) else []
    return here + [t for k in range(sentence - 1, max(-1, sentence - 1 - window), -1) for t in list(sents[k])[::-1]]


def antecedent_owners(act: Token) -> list[Token]:
    """Convention act-antecedents (round32): an act noun taken up by a definite determiner with no owner of its
    own ("the decision would hurt farmers") names the maker its earlier mention named: the nearest earlier noun
    of the same lemma with an owner ("Chile's decision to close the port", "the plan announced by the mayor"),
    or the subject or agent of the nearest earlier verb that makes it (ANSWER_NOUN_VERBS: "the mayor
    decided ..."), or of the verb of making public (word list PLAN_VERBS) whose direct object that earlier noun is
    ("the cabinet unveiled a package"; convention object-antecedents), in its own sentence or the ANTECEDENT_WINDOW sentences before; [] when none is."""
    if not any(c.dep_ == "det" and c.lower_ in _TAKE_UP for c in children(act)):
        return []
    lemma = act.lemma_.lower()
    verbs = noun_verbs().get(lemma, frozenset())
    here = next((k for k, s in enumerate(doc_sents(act.doc)) if s.start <= act.i < s.end), None)
    if here is None:
        return []
    for tok in tokens_back(act.doc, here, act.i, ANTECEDENT_WINDOW):
        if tok.pos_ == "NOUN" and tok.lemma_.lower() == lemma:
            named = [o for o in owners(tok) if o.lower_ not in _FIRST_PERSON_OWNERS]
            if not named and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _PLAN_VERBS \
                    and conv.enabled("object-antecedents", None):
                # "The government unveiled a migration package. Critics said the package was cruel": who put
                # forward the earlier object made it (session 42 crit46)
                named = [h for h in maker_heads(tok.head) if h.lower_ not in _FIRST_PERSON_OWNERS]
            if named:
                return named
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in verbs:
            named = [h for h in maker_heads(tok) if h.lower_ not in _FIRST_PERSON_OWNERS]
            if named:
                return named
    return []


_PLAN_VERBS = word_list("patterns", "PLAN_VERBS")


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
    patient = args.undergone_noun(act) and lemma not in noun_sets()["MADE_ACTS"]
    if patient:
        return by + ([m for m in roles.noun_modifiers(act) if m.pos_ == "ADJ"] if modifiers else [])
    # ("Moscow's expulsion of the envoy": the of-phrase of an undergone act is who underwent it, not its maker)
    of = [] if lemma in undergone_acts() else \
        [g for g in roles.prep_objects(act, ("of",)) if g.pos_ in ("PROPN", "PRON") or args.names_people(g)]
    return roles.possessors(act) + by + of + (roles.noun_modifiers(act) if modifiers else [])


def makers(analysis, acts: list[Token], exclude: set[str], modifiers: bool = False,
           more: list[Token] = (), since: frozenset[str] | None = None) -> list[Party] | None:
    """The actors that made the acts (not in `exclude`; `more`: other phrases naming the maker); [] when no
    maker is named (the maker is not known); None when a maker is named but none is another actor ("our plan",
    "its response": the speaker's own)."""
    named = [o for a in acts for o in owners(a, modifiers)] + list(more)
    if not named and conv.enabled("act-antecedents", since):
        named = [o for a in acts for o in antecedent_owners(a)]
        if named:
            found = [p for p in args.resolved(analysis, named) if p.key not in exclude]
            return found     # (an earlier mention whose maker is no other actor: no one named, as before)
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
                      exclude: set[str], since: frozenset[str] | None = None) -> list[Party] | None:
    """The target of a criticism verb aimed at an act ("condemned the arrests of the journalists", "called the
    budget a betrayal", "rebutted the candidate's proposals"): the makers of the act that the pattern's own
    object names, else of the first candidate phrase that names an act or an actor; [] when no maker is
    named; None when that phrase names an actor (the target as before) or none names either. An object's
    about/over phrase (CONCERN_PREPS) names an act judged as the object does ("voiced concern about Britain's
    decision"; session 43 crit47). A by-phrase the parse hung on an active verb names the act's maker ("condemned the arrests of the lawyers by the police")."""
    stranded = [] if roles.is_passive(verb) else roles.prep_objects(verb, ("by",))
    # "voiced concern about Britain's decision": a feeling's about/over phrase names the act judged (crit47)
    topics = [g for o in objects for g in roles.prep_objects(o, _CONCERN_PREPS)]
    acts = [o for o in objects + topics if is_act(o, events=True)]
    if acts:
        return _as_acts(analysis, acts, makers(analysis, acts, exclude, True, stranded, since) or [])
    for group in cands:
        heads = [t for h in group for t in roles.conjuncts(h)]
        if any(args.head_actors(analysis, h) for h in heads):
            return None
        acts = [h for h in heads if is_act(h, events=True)]
        if acts:
            return _as_acts(analysis, acts, makers(analysis, acts, exclude, True, stranded, since) or [])
    return None
