"""Find time expressions in text and normalise them against the publication date.

`find_times(text, dct, doc=None)` runs every rule of data/time/rules.tsv over the text, asks the
rule's normaliser (values.py) for a TIMEX3 value, and keeps the longest non-overlapping matches.
A parsed spaCy Doc, when given, only serves to read tense; nothing is parsed here.
`normalise(doc_or_text, dct, article_id)` wraps the result in `TimeRef` records.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc

from newsgraph.records import TimeRef, stable_id
from newsgraph.temporal.rules import compiled
from newsgraph.temporal.tense import tense_in_doc, tense_in_text
from newsgraph.temporal.values import NORMALISERS, Ctx


@dataclass
class TimeExpr:
    start: int
    end: int
    text: str
    value: str | None
    type: str
    granularity: str | None
    mod: str | None
    rule: str


def coerce_dct(dct: dt.date | dt.datetime | str | None) -> dt.date | None:
    """Publication date as a date (datetimes and ISO strings accepted; None stays None)."""
    if dct is None or dct == "":
        return None
    if isinstance(dct, dt.datetime):
        return dct.date()
    if isinstance(dct, dt.date):
        return dct
    return dt.date.fromisoformat(str(dct)[:10])


def find_times(text: str, dct: dt.date | dt.datetime | str | None = None,
               doc: Doc | None = None) -> list[TimeExpr]:
    """All time expressions in `text`, in text order, with TIMEX3 values."""
    lex, rules = compiled()
    dct = coerce_dct(dct)
    cands: list[tuple[int, int, int, TimeExpr]] = []
    for order, rule in enumerate(rules):
        func = NORMALISERS[rule.norm]
        for m in rule.regex.finditer(text):
            groups = m.groupdict()
            if groups.get("x") is not None:
                start, end = m.span("x")
            else:
                start, end = m.span()
            if end <= start:
                continue

            def tense(s=start, e=end) -> str:
                return tense_in_doc(doc, s, e) if doc is not None else tense_in_text(text, s, e)

            n = func(groups, Ctx(dct, lex, tense))
            if n is None:
                continue
            cands.append((start, end, order, TimeExpr(start, end, text[start:end], n.value,
                                                      n.type or rule.type, n.granularity, n.mod,
                                                      rule.id)))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    out: list[TimeExpr] = []
    for start, end, _, expr in cands:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        out.append(expr)
    out.sort(key=lambda x: x.start)
    return out


def normalise(doc: Doc | str, dct: dt.date | dt.datetime | str | None = None,
              article_id: str = "") -> list[TimeRef]:
    """Time expressions of a parsed Doc (or plain text) as `TimeRef` records."""
    from newsgraph.nlp import sentence_index

    text = doc.text if isinstance(doc, Doc) else doc
    parsed = doc if isinstance(doc, Doc) else None
    refs = []
    for x in find_times(text, dct, parsed):
        refs.append(TimeRef(
            id=stable_id(article_id, "time", x.start, x.end),
            article_id=article_id, text=x.text, start=x.start, end=x.end,
            sentence=sentence_index(parsed, x.start) if parsed is not None else -1,
            value=x.value, type=x.type, granularity=x.granularity, mod=x.mod))
    return refs
