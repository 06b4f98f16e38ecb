"""Ultimatums, CAMEO 139: a deadline given to another side to do what is demanded of it -- "The army gave the rebels
until Friday to leave the city", "gave the paramilitary forces 72 hours to withdraw", "gave the governor a deadline
of Monday to resign or face a strike" -- and one told in a reported clause, "said the French troops had one month to
leave the country" (convention ultimatums, session 44 say48). No verb pattern reads these: the verb is "give" or
"have", whose rows code what is given or had, and the ultimatum lies in the span of time joined to a to-infinitive.

A span is a time noun of word list TIME_SPAN_UNITS counted by a number ("72 hours", "a week") or the word
"deadline", or an until/till phrase (the verbs and units are those of events/given_time.py: one list, two
readings); the demanded act is a to-infinitive on the verb or on the span whose verb is in ULTIMATUM_ACTS
(leave, withdraw, surrender, resign ...) or is followed by "or face / or be": "gave the pupils an
hour to finish the test" and "gave the council 30 days to respond" are no ultimatum. Both sides must be actors.
When the same verb already codes a reduction of relations (16x) upon the same side -- "gave the ambassador 48
hours to leave" is an expulsion, V16-order-envoys-out-lead35 with SE-envoys-given-time-left48 -- the ultimatum gives
way to it (`beside_expulsions`): the deadline is how the envoy was expelled, not a second event.
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
from newsgraph.events.given_time import gives_time, time_unit
from newsgraph.events.modality import modality
from newsgraph.nlp.cache import children
from newsgraph.records import Analysis, Event

_ACTS = frozenset(word_list("patterns", "ULTIMATUM_ACTS"))
_REPORTING = frozenset(word_list("patterns", "ULTIMATUM_REPORTERS"))
_UNTIL = frozenset({"until", "till", "til"})
_FACE = frozenset({"face", "be", "risk"})
RULE = "U-ultimatum-say48"
CONFIDENCE = 0.6


def ultimatum_events(doc: Doc, analysis: Analysis, sent: Span, sent_index: int,
                     since: frozenset[str] | None = None) -> list[tuple[Event, Token]]:
    """The 139 events of the sentence's given or reported deadlines, each with its trigger: the verb of giving, or
    the reporting verb of a reported one (so that its plain statement gives way to the ultimatum it makes). None
    when convention `ultimatums` is off for the run's pattern rounds `since`."""
    out: list[tuple[Event, Token]] = []
    if not conv_enabled("ultimatums", since):
        return out
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if gives_time(tok):
            found = _given(tok)
        elif tok.lemma_.lower() == "have":
            found = _had(tok)
        else:
            continue
        if found is None:
            continue
        sources, targets, giver = found
        src = args.resolved(analysis, sources)
        tgt = args.resolved(analysis, targets)
        if not src or not tgt:
            continue
        mood = modality(giver)[0]
        if mood == "negated":
            continue
        when = event_when(analysis, doc, sent_index, giver, mood)
        conf = confidence.score(CONFIDENCE, "139", source=True, target=True)
        for s in src:
            for t in tgt:
                if s.key == t.key:
                    continue
                out.append((make_event(analysis, sent, sent_index, code="139", rule=RULE, source=s, target=t,
                                       cue=cue_span([tok]), modality=mood, when=when, confidence=conf), giver))
    return out


def beside_expulsions(ultimatums: list[tuple[Event, Token]],
                      found: list[tuple[Event, Token]]) -> list[tuple[Event, Token]]:
    """The ultimatums that do not repeat a 16x event of the same verb upon the same side."""
    cut = {(token.i, event.target_actor_id) for event, token in found if event.cameo_code.startswith("16")}
    return [(event, token) for event, token in ultimatums if (token.i, event.target_actor_id) not in cut]


def _given(verb: Token) -> tuple[list[Token], list[Token], Token] | None:
    """"gave X N hours / until Friday / a deadline to VERB": (subjects, recipients, verb)."""
    kids = children(verb)
    objs = [c for c in kids if c.dep_ in ("dobj", "dative")]
    # (the small model hangs "48 hours" after an indirect object as an adverbial noun phrase)
    spans = [o for o in objs if _span_noun(o)] + [c for c in kids if c.dep_ == "npadvmod" and _span_noun(c)]
    until = [c for c in kids if c.dep_ == "prep" and c.lower_ in _UNTIL]
    if not spans and not until:
        return None
    recipients = [o for o in objs if o not in spans]
    recipients += [p for c in kids if c.dep_ == "prep" and c.lower_ == "to" for p in children(c) if p.dep_ == "pobj"]
    if not recipients or not _demanded(verb, spans + _until_objects(until)):
        return None
    return roles.subjects(verb), recipients, verb


def _had(verb: Token) -> tuple[list[Token], list[Token], Token] | None:
    """"said the troops had one month to leave": the reporter gives the ultimatum to the clause's subject."""
    kids = children(verb)
    spans = [c for c in kids if c.dep_ in ("dobj", "npadvmod") and _span_noun(c)]
    until = [c for c in kids if c.dep_ == "prep" and c.lower_ in _UNTIL]
    if not spans and not until or not _demanded(verb, spans + _until_objects(until)):
        return None
    reporter = verb.head
    if verb.dep_ != "ccomp" or reporter.i == verb.i or reporter.lemma_.lower() not in _REPORTING:
        return None
    holders = [c for c in kids if c.dep_ == "nsubj"]
    if not holders:
        return None
    return roles.subjects(reporter), holders, reporter


def _until_objects(until: list[Token]) -> list[Token]:
    """"until dawn to surrender": the parse may hang the infinitive on the until-phrase's object."""
    return [p for u in until for p in children(u) if p.dep_ == "pobj"]


def _span_noun(noun: Token) -> bool:
    if noun.lemma_.lower() == "deadline":
        return True
    return time_unit(noun) and any(c.dep_ in ("nummod", "det") and c.lower_ not in ("the", "this", "that", "his",
                                                                                      "her", "its", "their")
                                   for c in children(noun))


def _demanded(verb: Token, spans: list[Token]) -> bool:
    """A to-infinitive on the verb or the span naming a demanded act, or one followed by "or face / or be"."""
    for head in [verb, *spans]:
        for c in children(head):
            if c.dep_ not in ("advcl", "xcomp", "relcl", "acl", "ccomp") or c.pos_ not in ("VERB", "AUX"):
                continue
            if not roles.to_infinitive(c):
                continue
            if c.lemma_.lower() in _ACTS:
                return True
            if any(d.dep_ == "conj" and d.lemma_.lower() in _FACE
                   and any(x.dep_ == "cc" and x.lower_ == "or" for x in children(c)) for d in children(c)):
                return True
    return False
