"""A sentence of a direct quote with no reporting verb of its own, attributed in another sentence of the quote:
the quote's speaker's criticism when its words criticise or accuse (convention quote-continuations), and the cue of
that quote (`continued_quote_cue`, which the coder also reads).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.events import confidence
from newsgraph.events.build import cue_span, make_event
from newsgraph.events.date_place import event_when
from newsgraph.events.statement_speakers import _speakers
from newsgraph.events.statement_tones import _CRITICAL, _statement_tone
from newsgraph.records import Analysis, Event


def continued_quote_cue(analysis: Analysis, sent: Span) -> int | None:
    """The offset of the cue of the direct quote that holds the whole sentence, when that cue lies outside the
    sentence (convention quote-continuations); None otherwise."""
    cues = analysis.context.quote_cues
    if cues is None:
        return None
    for q in analysis.quotes:
        if q.kind != "direct" or not (q.start <= sent.start_char + 1 and sent.end_char <= q.end + 1):
            continue
        cue = cues.cue_start.get(q.id)
        if cue is not None and not (sent.start_char <= cue < sent.end_char):
            return cue
    return None


def _quote_continuation(doc: Doc, analysis: Analysis, sent: Span, sent_index: int,
                        since: frozenset[str] | None) -> list[tuple[Event, Token]]:
    """A sentence of a direct quote with no reporting verb of its own, whose attribution lies in another sentence
    of the quote ('"... the speaker said. "It's unacceptable."', or a first sentence before '"...," she said'):
    when its words criticise or accuse (a tone row, or a rated word that judges a named actor), it is the quote's
    speaker's criticism, 111 or 112 as an attributed statement's tone would be; a continuation with no such words
    codes nothing, as before (convention quote-continuations, session 30 crit31)."""
    cue = continued_quote_cue(analysis, sent)
    if cue is not None:
        verbs = [t for t in doc if t.idx == cue]
        speakers = _speakers(analysis, verbs[0], since=since) if verbs else []
        if not speakers or any(s.actor is None and s.head.pos_ == "PRON" for s in speakers):
            return []
        root = sent.root
        tone = _statement_tone(analysis, root, sent, set(), speakers, since, whole=True)
        if tone is None or tone[0].cameo not in _CRITICAL:
            return []
        hit, judged = tone
        when = event_when(analysis, doc, sent_index, root, "asserted")
        out = []
        for sp in speakers:
            for t in [j for j in judged if j.key != sp.key] or [None]:
                conf = confidence.score(0.5, hit.cameo, source=sp.actor is not None, target=t is not None,
                                        recoded=hit.appraised)
                out.append((make_event(analysis, sent, sent_index, code=hit.cameo,
                                       rule=f"S-quote-continuation+{hit.id}", source=sp, target=t,
                                       cue=cue_span([root]), modality="asserted", when=when, confidence=conf), root))
        return out
    return []
