"""The quote_links stage (runs after events): connect each quote to the events it expresses.

It lives with the events because it annotates events found by the coder with the quotes behind them;
it writes `Quote.event_ids`. A quote is linked to an event when
  * the event's cue (or, without a cue, its evidence start) lies in one of the sentences the quote
    touches: the words and the coded event come from the same stretch of text; or
  * the event's source actor is the quote's speaker and the event is in the quote's first or last
    sentence, or in the sentence of the quote's reporting cue ("..., Mr. Putin told the North
    Korean leader").
So a praising quote and the SUPPORT/051 event coded from it point at each other, and the dashboard
can show the words behind an event.
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.nlp import sentence_index
from newsgraph.records import Analysis, Event, Quote
from newsgraph.registry import stages


def quote_sentences(doc: Doc, quote: Quote) -> range:
    """Indices of the sentences the quote's span touches."""
    first = sentence_index(doc, quote.start)
    last = sentence_index(doc, max(quote.start, quote.end - 1))
    return range(first, last + 1)


@stages.register("quote_links", requires=("quotes", "quote_cues", "events"), provides=("quote_event_links",))
def link_quotes(doc: Doc, analysis: Analysis) -> None:
    if not analysis.quotes or not analysis.events:
        return
    cue_starts = analysis.context.quote_cues.cue_start if analysis.context.quote_cues else {}
    # each event's sentence once, and the events by sentence, so that each quote reads only those
    # of its own sentences (a long article has hundreds of both)
    events_in: dict[int, list[tuple[int, Event, int]]] = {}
    for k, ev in enumerate(analysis.events):
        s = sentence_index(doc, ev.cue_start if ev.cue_start is not None else ev.evidence_start)
        events_in.setdefault(s, []).append((k, ev, s))
    for q in analysis.quotes:
        sents = quote_sentences(doc, q)
        # the cue sentence may lie just outside the words ("“...” \n he said")
        cue = cue_starts.get(q.id)
        cue_sent = sentence_index(doc, cue) if cue is not None else None
        near = [e for s in (sents if cue_sent is None or cue_sent in sents else [*sents, cue_sent])
                for e in events_in.get(s, ())]
        near.sort(key=lambda e: e[0])         # in the events' order, as before
        ids = []
        for _, ev, s in near:
            if s in sents:
                ids.append(ev.id)
            elif q.speaker_actor_id and ev.source_actor_id == q.speaker_actor_id and \
                    (s == cue_sent or s in (sents.start, sents.stop - 1)):
                ids.append(ev.id)
        q.event_ids = list(dict.fromkeys(ids))
