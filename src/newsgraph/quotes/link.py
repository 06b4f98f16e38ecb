"""The links stage (runs after events): connect each quote to the events it expresses.

A quote is linked to an event when
  * the event's cue (or, without a cue, its evidence start) lies in one of the sentences the quote
    touches: the words and the coded event come from the same stretch of text; or
  * the event's source actor is the quote's speaker and the event is in the quote's first or last
    sentence (the cue sentence of "..., Mr. Putin told the North Korean leader").
So a praising quote and the SUPPORT/051 event coded from it point at each other, and the dashboard
can show the words behind an event.
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.nlp import sentence_index
from newsgraph.records import Analysis, Quote
from newsgraph.registry import stages


def quote_sentences(doc: Doc, quote: Quote) -> range:
    """Indices of the sentences the quote's span touches."""
    first = sentence_index(doc, quote.start)
    last = sentence_index(doc, max(quote.start, quote.end - 1))
    return range(first, last + 1)


def link_quotes(doc: Doc, analysis: Analysis) -> None:
    if not analysis.quotes or not analysis.events:
        return
    for q in analysis.quotes:
        sents = quote_sentences(doc, q)
        # the cue sentence may lie just outside the words ("“...” \n he said")
        frame = analysis.context.get("quote_frames", {}).get(q.id)
        cue_sent = sentence_index(doc, frame.cue.idx) if frame is not None else None
        ids = []
        for ev in analysis.events:
            anchor = ev.cue_start if ev.cue_start is not None else ev.evidence_start
            s = sentence_index(doc, anchor)
            if s in sents:
                ids.append(ev.id)
            elif q.speaker_actor_id and ev.source_actor_id == q.speaker_actor_id and \
                    (s == cue_sent or s in (sents.start, sents.stop - 1)):
                ids.append(ev.id)
        q.event_ids = list(dict.fromkeys(ids))


@stages.register("links")
def links_stage(doc: Doc, analysis: Analysis) -> None:
    link_quotes(doc, analysis)
