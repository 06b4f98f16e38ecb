"""Demands told as nouns with no verb that makes them: "Washington's demand that Israel allow more aid into Gaza went
unanswered", "the guild's demand that the mayor step aside was backed by two councillors", "agreed to the strikers'
demands to reopen the mines", "the families' demand for the officers to be tried", "its demand for the president's
resignation" (convention owned-demands, session 44 say48). nouns.csv row N10-demand codes a demand only through a
light verb ("reiterated its demand"), because a bare "demand" is as often the market's ("China's demand for oil
rose"); here the noun's own words make it one: it is owned by an actor (a possessor or a by-phrase) and says what is
demanded -- a that-clause or a to-infinitive right after it, a for-phrase whose object is followed by a to-infinitive
("for the officers to be tried"), or a for-phrase naming an act that someone does (word list DEMANDED_ACTS:
resignation, release, ceasefire, inquiry ...). Whom the demand is made of is the clause's subject, the subject of the
for-phrase's infinitive, or the owner of the act named ("the president's resignation"), or else the one who
agrees to, meets, rejects or ignores it ("the premier agreed to the strikers' demands to reopen the mines"). "any demand", "no demand"
name none made, and a noun a pattern already coded is left to it.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import confidence
from newsgraph.events import roles
from newsgraph.events.build import cue_span, make_event
from newsgraph.events.conventions import enabled as conv_enabled
from newsgraph.events.date_place import event_when
from newsgraph.nlp.cache import children
from newsgraph.records import Analysis, Event

OWNED_DEMAND_NOUNS = frozenset(word_list("patterns", "OWNED_DEMAND_NOUNS"))
_ACTS = frozenset(word_list("patterns", "DEMANDED_ACTS"))
_ANSWERS = frozenset(word_list("patterns", "DEMAND_ANSWER_VERBS"))
RULE = "N10-owned-demand-say48"
CONFIDENCE = 0.5


def names_owned_demand(sent: Span, since: frozenset[str] | None = None) -> bool:
    """Whether the sentence holds a demand noun this module may code (so the coder does not skip it unread)."""
    return conv_enabled("owned-demands", since) and any(t.lemma_.lower() in OWNED_DEMAND_NOUNS for t in sent)


def owned_demand_events(doc: Doc, analysis: Analysis, sent: Span, sent_index: int,
                        since: frozenset[str] | None = None,
                        found: list[tuple[Event, Token]] = ()) -> list[tuple[Event, Token]]:
    """The 100 events of the sentence's owned demand nouns that say what is demanded, but for nouns that an event
    already `found` was coded on (convention `owned-demands`)."""
    out: list[tuple[Event, Token]] = []
    if not conv_enabled("owned-demands", since):
        return out
    coded = {token.i for _, token in found}
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in OWNED_DEMAND_NOUNS or noun.i in coded:
            continue
        if names_none_made(noun):
            continue
        what = _demanded(noun)
        if what is None:
            continue
        owners = roles.possessors(noun) or roles.prep_objects(noun, ("by",))
        sources = args.resolved(analysis, owners)
        if not sources:
            continue
        targets = [t for t in args.resolved(analysis, what) or args.resolved(analysis, _answerers(noun))
                   if all(t.key != s.key for s in sources)]
        when = event_when(analysis, doc, sent_index, noun, "asserted")
        conf = confidence.score(CONFIDENCE, "100", source=True, target=bool(targets))
        for s in sources:
            for t in targets or [None]:
                out.append((make_event(analysis, sent, sent_index, code="100", rule=RULE, source=s, target=t,
                                       cue=cue_span([noun]), modality="asserted", when=when, confidence=conf), noun))
    return out


def names_none_made(noun: Token) -> bool:
    """"any demand", "no allegation", "every charge": a noun that names none made (shared with noun_accusations)."""
    return any(c.dep_ == "det" and c.lower_ in ("any", "no", "every", "each") for c in children(noun))


def _demanded(noun: Token) -> list[Token] | None:
    """Who is to act, as far as the noun's words say ([] when no one is named), or None when the noun does not say
    what is demanded."""
    doc = noun.doc
    for c in children(noun):
        # "demand that Israel allow ...": a that-clause (the small model hangs it as acl)
        if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") \
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in children(c)):
            return [s for s in children(c) if s.dep_ in ("nsubj", "nsubjpass")]
        if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") and c.i > noun.i \
                and roles.to_infinitive(c):
            return []
    # "demands to reopen the mines": the parse may hang the infinitive on the verb above
    if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "to" and doc[noun.i + 2].pos_ in ("VERB", "AUX") \
            and doc[noun.i + 2].tag_ == "VB":
        return []
    for prep in children(noun):
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for obj in children(prep):
            if obj.dep_ != "pobj":
                continue
            end = max(t.i for t in obj.subtree)
            if end + 2 < len(doc) and doc[end + 1].lower_ == "to" and doc[end + 2].pos_ in ("VERB", "AUX"):
                return [obj]        # "demand for the officers to be tried"
            if obj.lemma_.lower() in _ACTS:
                return roles.possessors(obj) or roles.prep_objects(obj, ("of",))
    return None


def _answerers(noun: Token) -> list[Token]:
    """"the premier agreed to the strikers' demands to ...", "the board rejected the union's demand that ...": the one who
    agrees to, meets, rejects or ignores a demand is the one it was made of (word list DEMAND_ANSWER_VERBS)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return []
    if verb.i == noun.i or verb.lemma_.lower() not in _ANSWERS:
        return []
    return roles.subjects(verb)
