"""Event date and place: the time expression and place in the event's sentence, else the
article's publication date and its dateline or main location. Never today's date: no usable date -> None, "unknown"."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph.records import Analysis, Place

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_PRECISION = {4: "year", 7: "month", 10: "day"}


# A time introduced by one of these words anchors something else ("first visit since 2000",
# "talks before the election"); it is not when the event happened.
_REFERENCE_POINT = re.compile(r"\b(?:since|until|till|before|after|prior to|following|ahead of)\s+(?:the\s+|late\s+|early\s+)?$",
                              re.IGNORECASE)


def event_date(analysis: Analysis, sentence: int, char: int, modality: str = "asserted") -> tuple[str | None, str]:
    """(ISO value, precision) for an event whose cue starts at `char` in `sentence`.
    An event that already happened cannot take a date after publication ("agreed to double trade
    by 2030" happened on the publication date)."""
    published = analysis.article.published
    pub = published.isoformat()[:10] if published is not None else None
    best = None
    for t in analysis.times:
        if t.sentence != sentence or not t.value or t.type not in ("DATE", "TIME"):
            continue
        value = t.value[:10]
        if not _DATE.match(value):
            continue
        if modality in ("asserted", "negated") and pub is not None and value > pub[: len(value)]:
            continue
        if _REFERENCE_POINT.search(analysis.article.text, max(0, t.start - 24), t.start):
            continue    # "his first visit since 2000": a reference point, not the event's date
        dist = abs(t.start - char)
        if best is None or dist < best[0]:
            best = (dist, value)
    if best is not None:
        return best[1], _PRECISION[len(best[1])]
    if pub is not None:
        return pub, "day"
    return None, "unknown"


_LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "around", "throughout", "within", "over"}


def _locative(doc: Doc, place: Place, trigger: Token | None) -> bool:
    """The place is where something happens ("met in Pyongyang", "the main square of Pyongyang"
    after a verb), not part of an argument ("Putin of Russia", "operations in Ukraine")."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(6):
        while tok.dep_ in ("compound", "appos", "conj") and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.lower_ in _LOCATIVE:
            host = prep.head
            return host.pos_ in ("VERB", "AUX") or (trigger is not None and host.i == trigger.i)
        if prep.lower_ != "of":
            return False
        tok = prep.head          # "the main square of Pyongyang": climb to "square"
    return False


def article_place(analysis: Analysis) -> Place | None:
    """The article's dateline or main location, as the geo stage determined it."""
    main = analysis.context.main_place
    if main is not None and (main.lat is not None or main.country is not None):
        return main
    return None


def local_event_place(analysis: Analysis, sentence: int, char: int, doc: Doc | None = None,
                      destination: Token | None = None, trigger: Token | None = None) -> Place | None:
    """A locative place in the event's sentence nearest the cue (towns before countries), else
    the destination of a visit ("moves on to Vietnam"); None when the sentence names neither."""
    best = None
    for p in analysis.places:
        if p.sentence != sentence or p.role == "metonym" or (p.lat is None and p.country is None):
            continue
        if doc is not None and not _locative(doc, p, trigger):
            continue
        rank = (1 if p.feature == "country" else 0, abs(p.start - char))
        if best is None or rank < best[0]:
            best = (rank, p)
    if best is not None:
        return best[1]
    if destination is not None:
        for p in analysis.places:
            if p.start <= destination.idx < p.end and p.role != "metonym":
                return p
    return None
