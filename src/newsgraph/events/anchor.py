"""Event date and place: the time expression and place in the event's sentence, else the
article's publication date and dateline. Never today's date: no usable date -> None, "unknown"."""
from __future__ import annotations

import re

from newsgraph.records import Analysis, Place

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_PRECISION = {4: "year", 7: "month", 10: "day"}


def event_date(analysis: Analysis, sentence: int, char: int) -> tuple[str | None, str]:
    """(ISO value, precision) for an event whose cue starts at `char` in `sentence`."""
    best = None
    for t in analysis.times:
        if t.sentence != sentence or not t.value or t.type not in ("DATE", "TIME"):
            continue
        value = t.value[:10]
        if not _DATE.match(value):
            continue
        dist = abs(t.start - char)
        if best is None or dist < best[0]:
            best = (dist, value)
    if best is not None:
        return best[1], _PRECISION[len(best[1])]
    published = analysis.article.published
    if published is not None:
        return published.isoformat()[:10], "day"
    return None, "unknown"


def event_place(analysis: Analysis, sentence: int, char: int) -> Place | None:
    """The resolved place nearest the cue in the sentence (towns before countries), else the dateline."""
    best = None
    for p in analysis.places:
        if p.sentence != sentence or p.role == "metonym" or (p.lat is None and p.country is None):
            continue
        rank = (1 if p.feature == "country" else 0, abs(p.start - char))
        if best is None or rank < best[0]:
            best = (rank, p)
    if best is not None:
        return best[1]
    for p in analysis.places:
        if p.role == "dateline":
            return p
    return None
