"""One place that turns a coded (source, code, target) into an Event record.

Every producer of events (verb and noun patterns, statements, reported demands) goes through
`make_event`, so each event carries the same things: the CAMEO code's root, QuadClass and Goldstein
value (ontology.py), the evidence sentence, the cue words, the rule that produced it, and the words and
character offsets of both actors (GDELT's Mentions table points at them).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from newsgraph.events.arguments import Party
from newsgraph.events.date_place import When
from newsgraph.events.ontology import lookup
from newsgraph.nlp.cache import doc_text, tokens_by_start
from newsgraph.records import Analysis, Event


def cue_span(tokens: list[Token]) -> tuple[str, int, int]:
    """(text, start, end) of an event's cue: the trigger (the first token given) with the other cue
    words when they stand next to it ("blew up", "took into custody"); the cue is always one stretch of
    the text, which is what the dashboard marks. Words further away ("rejected these accusations")
    stay in the evidence sentence."""
    trigger = tokens[0]
    toks = sorted(tokens, key=lambda t: t.i)
    if any(b.i != a.i + 1 for a, b in zip(toks, toks[1:])):
        toks = [trigger]
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return doc_text(trigger.doc)[start:end], start, end


def make_event(analysis: Analysis, sent: Span, sent_index: int, *, code: str, rule: str,
               source: Party | None, target: Party | None, cue: tuple[str, int, int], modality: str,
               when: When, confidence: float, attribution: str | None = None,
               target_code: str | None = None, plover: tuple[str | None, str | None] | None = None) -> Event:
    """An Event for one coded dyad. `target_code` stands in for a target without an actor (the
    country of a place: "protested in Beijing"). `plover` overrides the code's default PLOVER
    type and mode."""
    info = lookup(code)
    if plover is None:
        ptype = info.plover_type.split("|")[0] if info.plover_type else None
        plover = (ptype, info.plover_mode)
    text = analysis.article.text
    sid, scode, stext, sstart = party_fields(source, text)
    tid, tcode, ttext, tstart = party_fields(target, text)
    cue_text, cue_start, cue_end = cue
    return Event(
        id=Event.make_id(analysis.article.id, sent_index, code, source.key if source else None,
                         target.key if target else None, cue_start),
        article_id=analysis.article.id, sentence=sent_index,
        evidence_start=sent.start_char, evidence_end=sent.end_char,
        cameo_code=code, rule_id=rule,
        source_actor_id=sid, target_actor_id=tid,
        source_code=scode, target_code=tcode or target_code,
        source_text=stext, target_text=ttext, source_start=sstart, target_start=tstart,
        cameo_root=info.root, quad_class=info.quad_class, goldstein=info.goldstein,
        plover_type=plover[0], plover_mode=plover[1],
        cue=cue_text, cue_start=cue_start, cue_end=cue_end,
        modality=modality, attribution=attribution, date=when.date, date_precision=when.precision,
        place_name=(when.place.resolved_name or when.place.name) if when.place else None,
        place_geonameid=when.place.geonameid if when.place else None,
        place_country=when.place.country if when.place else None,
        place_lat=when.place.lat if when.place else None, place_lon=when.place.lon if when.place else None,
        confidence=round(max(0.05, min(0.99, confidence)), 3))


def party_fields(party: Party | None, text: str) -> tuple[str | None, str | None, str | None, int | None]:
    """(actor id, actor code, words, start offset of the words) of one side."""
    if party is None:
        return None, None, None, None
    start, end = party.bounds
    return (party.actor.id if party.actor else None), party.code, text[start:end], start


def aimed_at(e: Event, target: tuple[str | None, str | None, str | None, int | None], rule: str) -> Event:
    """A copy of `e` aimed at another target -- (actor id, code, words, start), as party_fields gives them or as an
    earlier event's side holds them -- with its id made anew for that dyad and the rule id `rule`: what every
    convention that finds a target-less event its target (answers, makers, mediators, partners) returns."""
    tid, tcode, ttext, tstart = target
    return replace(e, id=Event.make_id(e.article_id, e.sentence, e.cameo_code, e.source_actor_id, tid, e.cue_start),
                   target_actor_id=tid, target_code=tcode, target_text=ttext, target_start=tstart, rule_id=rule)


def aim_targetless(doc, events: list[Event], wanted, find, suffix: str) -> list[Event]:
    """Each event `wanted(e)` accepts that has no target (neither an actor nor a place's code) and a trigger in
    `doc`, aimed at every party `find(e, trigger)` returns -- one copy per party, rule suffix `suffix` -- or kept
    as it was when none: the loop the doc-level target conventions (made-acts, vowed-targets, crowd-targets) share.
    A party may be given as the (actor id, code, words, start) of an earlier event's side (crowd-targets)."""
    def open_slot(e: Event) -> bool:
        return e.target_actor_id is None and e.target_code is None and e.cue_start is not None and wanted(e)
    if not any(open_slot(e) for e in events):
        return events
    token_at = tokens_by_start(doc)
    text = doc_text(doc)
    out: list[Event] = []
    for e in events:
        trigger = token_at.get(e.cue_start) if open_slot(e) else None
        parties = find(e, trigger) if trigger is not None else []
        if not parties:
            out.append(e)
            continue
        out.extend(aimed_at(e, p if isinstance(p, tuple) else party_fields(p, text), f"{e.rule_id}{suffix}")
                   for p in parties)
    return out
