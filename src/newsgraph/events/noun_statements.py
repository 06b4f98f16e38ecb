"""Statements named by a noun: a view ("that is the view of the minister", VIEW_NOUNS), a statement noun with
its clause ("the ministry's claim that ...", statements.csv rows of nouns) and the source of "..., according to the
ministry" (convention according-attribution); `_noun_statement` makes the event for each of them. Read by
statements.py.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import confidence
from newsgraph.events import roles
from newsgraph.events.build import cue_span, make_event
from newsgraph.events.date_place import event_when
from newsgraph.events.modality import modality
from newsgraph.events.statement_data import StatementVerb
from newsgraph.events.statement_speakers import _according_source
from newsgraph.events.statement_tones import _negated
from newsgraph.nlp.cache import children
from newsgraph.records import Analysis, Event

# nouns naming what someone said as their view ("that is the view of ..."); the coder reads them too
VIEW_NOUNS = word_list("patterns", "VIEW_NOUNS")
_VIEW_TONES = {"013": word_list("patterns", "OPTIMISTIC_VIEWS"), "012": word_list("patterns", "PESSIMISTIC_VIEWS")}
_POINTING = frozenset({"that", "this", "such"})


def _view_statement(doc: Doc, analysis: Analysis, sent: Span, sent_index: int,
                    noun: Token) -> list[tuple[Event, Token]]:
    """"That is the view of the port director", "that's the optimistic view voiced by Senator Okafor": what the
    sentence before said is named as the view of a speaker, who states it (convention view-statements, session 21):
    010, or 013/012 for a view called optimistic or pessimistic. The view's holder is its of-phrase, possessor or
    the by-phrase of the participle that voiced it; a person or body, not a document."""
    verb = noun.head
    if verb.lemma_.lower() != "be" or not any(s.lower_ in _POINTING for s in roles.subjects(verb)):
        return []
    if _negated(verb) or modality(verb)[0] != "asserted":
        return []
    heads = roles.prep_objects(noun, ("of",)) + roles.possessors(noun)
    heads += [a for c in children(noun) if c.dep_ == "acl" and c.tag_ == "VBN" for a in roles.agent_of(c)]
    heads = [h for h in heads if not args.is_nonspeaker(h) and (args.head_actors(analysis, h) or args.names_people(h))]
    if not heads:
        return []
    words = {c.lower_ for c in children(noun) if c.dep_ == "amod"}
    code = next((c for c, tones in _VIEW_TONES.items() if words & tones), "010")
    return _noun_statement(doc, analysis, sent, sent_index, noun, heads, verb, code, "S-view", 0.55)


def _clause_of_noun(noun: Token) -> Token | None:
    """The that-clause a statement noun holds ("the declaration that the risk was minimal"), which the small
    model attaches as a complement or as a relative clause that has a subject of its own after "that"."""
    # "the claim by the opposition that ...": the clause may hang on the noun of the by-phrase
    holders = [noun] + roles.prep_objects(noun, ("by", "from"))
    for c in (c for h in holders for c in children(h)):
        if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i and c.left_edge.lower_ == "that" \
                and any(g.dep_ in ("nsubj", "nsubjpass") and g.i > c.left_edge.i for g in children(c)):
            return c
    return None


def _nominal_statement(doc: Doc, analysis: Analysis, sent: Span, sent_index: int, noun: Token,
                       row: StatementVerb) -> list[tuple[Event, Token]]:
    """"An earlier declaration by the health chiefs that the risk was minimal", "the minister's admission
    that ...": a statement named by a noun with its that-clause, made by its possessor or "by" phrase."""
    if _clause_of_noun(noun) is None or any(c.dep_ == "det" and c.lower_ == "no" for c in children(noun)):
        return []
    if noun.dep_ in ("dobj", "pobj", "attr") and noun.head.dep_ != "prep" and modality(noun)[0] != "asserted":
        return []       # "would make a declaration that ...": not made; "the claim ... was rejected": made
    heads = roles.possessors(noun) + roles.prep_objects(noun, ("by", "from"))
    return _noun_statement(doc, analysis, sent, sent_index, noun, heads, noun, row.cameo, row.id, row.confidence)


def _noun_statement(doc: Doc, analysis: Analysis, sent: Span, sent_index: int, noun: Token, heads: list[Token],
                    when_tok: Token, code: str, rule: str, base_confidence: float) -> list[tuple[Event, Token]]:
    """One asserted statement cued by `noun`, made by the first speaker the phrases `heads` name (a pronoun
    only when it resolves to an actor); dated and placed from `when_tok`. None without a speaker."""
    speakers = args.resolved(analysis, heads) or [p for p in args.unresolved(heads) if p.head.pos_ != "PRON"]
    if not speakers:
        return []
    s = speakers[0]
    when = event_when(analysis, doc, sent_index, when_tok, "asserted")
    conf = confidence.score(base_confidence, code, source=s.actor is not None, target=False)
    return [(make_event(analysis, sent, sent_index, code=code, rule=rule, source=s, target=None,
                        cue=cue_span([noun]), modality="asserted", when=when, confidence=conf), noun)]


ACCORDING_CONFIDENCE = 0.6


def _according_to(doc: Doc, analysis: Analysis, sent: Span, sent_index: int, tok: Token) -> list[tuple[Event, Token]]:
    """"..., according to the Health Ministry": the ministry made a statement (010), as "the ministry
    said" would; its content is coded by the other patterns."""
    to = next((c for c in children(tok) if c.lower_ == "to"), None)
    noun = next((g for g in children(to) if g.dep_ == "pobj"), None) if to is not None else None
    if noun is None:
        return []
    out = []
    for n in roles.conjuncts(noun):
        party = _according_source(analysis, n)
        if party is None:
            continue
        conf = confidence.score(ACCORDING_CONFIDENCE, "010", source=party.actor is not None, target=False)
        when = event_when(analysis, doc, sent_index, tok, "asserted")
        out.append((make_event(analysis, sent, sent_index, code="010", rule="S-according-to", source=party,
                               target=None, cue=cue_span([tok]), modality="asserted", when=when,
                               confidence=conf), tok))
    return out
