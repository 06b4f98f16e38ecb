"""Refusals that are only another side's forecast: "The senator told the rally the farmers would not vote for him",
"The envoy said a future Ruritanian president would not allow the rebels to rearm" (convention `reported-refusals`,
session 47 say51).

A cooperative act negated under will/would ("would not provide support") is coded as a refusal (refusals.csv) as
well as the negated act: the side that says it will not do something has refused it. When the clause is reported by
someone else, and the one who "would not" act is neither the speaker nor a body the speaker speaks for, nothing was
refused: the speaker predicts or claims what another side will do (CAMEO 120's note: "all rejections ... should
imply refusals to cooperate or yield in some way" -- by the rejecter). The coder then keeps the negated act and the
speaker's statement and adds no refusal. A refusal stands when:
- no reporting verb governs the clause, or its speaker resolves to no actor (nothing to tell them apart);
- the act's side is a first-person pronoun ("we will not negotiate"), or is the speaker's own actor, or has the
  speaker's code ("The government will not negotiate, the minister said": both XXXGOV), or is a state named as
  itself (a country with no sector) and the speaker is of that country or of none known ("Ruritania will not
  cooperate, a spokesman said");
- the negation is a verb of refusing ("the senator said the farmers refused to vote for him" reports a refusal made),
  which refusals.refusal reads apart from will/would.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events.arguments import Party
from newsgraph.events.attribution import attribution, reporting_verb
from newsgraph.nlp.cache import children
from newsgraph.records import Analysis

_REFUSE = word_list("patterns", "REFUSE")
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})


def _refusing_verb(trigger: Token, verb: Token) -> bool:
    """Is the trigger the to-infinitive of a verb of refusing below the reporting verb ("refused to vote for him")?"""
    node, hops = trigger, 0
    while node.i != verb.i and node.head.i != node.i and hops < 8:
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in _REFUSE:
            return True
        node, hops = node.head, hops + 1
    return False


def _speaks_for(side: Party, speakers: list[Party]) -> bool:
    """Is the side that would not act the speaker, or a body the speaker speaks for?"""
    if side.head.lower_ in _FIRST_PERSON:
        return True
    actor = side.actor
    if actor is None:
        return True         # (nothing to tell the sides apart by: the refusal stands)
    for spoken in speakers:
        other = spoken.actor
        if other is None:
            continue
        if actor.id == other.id or actor.code == other.code:
            return True
        if actor.country and not actor.sector and other.country in (actor.country, None):
            return True     # "Ruritania will not cooperate, a spokesman said": the spokesman's own state
    return False


def _reporter(trigger: Token) -> Token | None:
    """The reporting verb of the clause that holds the trigger: attribution.attribution's, or, when that finds no
    speaker (a reporting verb coordinated with the sentence's first verb: "praised the hosts and told the rally
    the farmers would not vote for him"), the verb whose complement the trigger's clause is."""
    _, verb = attribution(trigger)
    node, hops = trigger, 0
    while verb is None and node.head.i != node.i and hops < 8:
        if node.dep_ in ("ccomp", "parataxis"):
            return reporting_verb(node)
        node, hops = node.head, hops + 1
    return verb


def _subjects(verb: Token) -> list[Token]:
    """The reporting verb's subjects, or those of the verb it is coordinated with."""
    for _ in range(3):
        found = [c for c in children(verb) if c.dep_ == "nsubj"]
        if found or verb.dep_ != "conj":
            return found
        verb = verb.head
    return []


def forecast_of_another(analysis: Analysis, trigger: Token, sources: list[Party]) -> bool:
    """True when the refusal the coder would add is only another side's forecast: the negated act stands in a
    clause someone reports, and none of its sources is that speaker or a body the speaker speaks for."""
    if not sources:
        return False
    verb = _reporter(trigger)
    if verb is None or _refusing_verb(trigger, verb):
        return False
    subjects = _subjects(verb)
    if not subjects:
        return False
    speakers = [p for p in args.resolved(analysis, subjects) if p.actor is not None]
    if not speakers or any(s.head.lower_ in _FIRST_PERSON for s in subjects):
        return False
    return not any(_speaks_for(side, speakers) for side in sources)
