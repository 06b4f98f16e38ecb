"""Find time expressions in text and normalise them against the publication date.

`find_times(text, dct, doc=None)` runs every rule of data/time/rules.tsv over the text, asks the
rule's normaliser (time/normalisers.py) for a TIMEX3 value, keeps the longest non-overlapping matches, then
resolves anaphoric ones ('that day', clock times) against the last date mentioned before them.
A parsed spaCy Doc, when given, only serves to read tense and sentences; nothing is parsed here.
`time_refs(doc_or_text, dct, article_id)` wraps the result in `TimeRef` records.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from newsgraph.nlp.cache import doc_text
from newsgraph.records import TimeRef, as_date, stable_id
from newsgraph.time.literals import fold
from newsgraph.time.rules import DIGIT, compiled, compiled_trigger, rule_literals, rule_triggers, trigger_keys
from newsgraph.time.tense import tense_in_doc, tense_in_text
from newsgraph.time.normalisers import NORMALISERS, Ctx


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
    return as_date(dct)


def doc_sentence_span(doc: Doc, char: int, text_len: int) -> tuple[int, int]:
    """Character span of the sentence of `doc` containing `char`."""
    from newsgraph.nlp import sentence_index

    i = sentence_index(doc, char)
    starts = doc.user_data["_ng_sent_starts"]
    end = starts[i + 1] if i + 1 < len(starts) else text_len
    return starts[i], end


ANY = "<any>"   # window key that makes every rule run there
WINDOW = 32     # characters either side of a trigger word searched by the rules


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around trigger words (digits, month/unit/... words), merged.

    Rules only run inside them: every time expression contains a trigger, so this skips text
    without changing the result as long as no expression reaches more than WINDOW characters
    beyond the triggers it contains (each rule's example in rules.tsv is checked by the tests). Edges are moved to whitespace so that word
    boundaries and look-behinds see the real text.
    """
    return [(lo, hi) for lo, hi, _ in _keyed_windows(text)]


def _keyed_windows(text: str) -> list[tuple[int, int, set[str]]]:
    """`_windows`, each with the trigger keys found in it (lower-cased words, rules.DIGIT)."""
    out: list[list] = []            # [lo, hi, keys], merged as they come
    last: list = [-1, -1, None]
    n = len(text)
    keys_of = trigger_keys()
    for m in compiled_trigger().finditer(text):
        start, end = m.span()
        lo, hi = max(0, start - WINDOW), min(n, end + WINDOW)
        word = m.group()
        keys = keys_of.get(word.lower())
        if keys is None:        # a digit, or (never seen) a case-folding surprise: run all rules
            keys = (DIGIT,) if word.isdigit() else (ANY,)
        if out and lo <= last[1]:
            last[1] = hi
            last[2].update(keys)
        else:
            last = [lo, hi, set(keys)]
            out.append(last)
    fixed: list[tuple[int, int, set[str]]] = []
    for lo, hi, keys in out:
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < n and not text[hi].isspace():
            hi += 1
        if fixed and lo <= fixed[-1][1]:
            fixed[-1] = (fixed[-1][0], hi, fixed[-1][2])
            fixed[-1][2].update(keys)
        else:
            fixed.append((lo, hi, keys))
    return fixed


_by_key_of: list = [None, None]      # (rule_triggers() it was built from, _rules_by_key's answer)


def _rules_by_key() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Trigger key -> the rules (by order) that need it, and the rules that run in every window
    (built once per `rule_triggers()` answer, which is cached)."""
    needs = rule_triggers()
    if _by_key_of[0] is needs:
        return _by_key_of[1]
    by_key: dict[str, list[int]] = {}
    always = []
    for order, need in enumerate(needs):
        if need is None:
            always.append(order)
        else:
            for key in need:
                by_key.setdefault(key, []).append(order)
    _by_key_of[:] = [needs, ({k: tuple(v) for k, v in by_key.items()}, tuple(always))]
    return _by_key_of[1]


def _rule_spans(keyed: list[tuple[int, int, set[str]]], n_rules: int) -> list[list[tuple[int, int]]]:
    """Per rule (by order), the windows it runs in, in text order: the windows holding one of its
    trigger keys (every window for a rule without triggers, every rule in a window keyed ANY).
    One pass over the windows' keys instead of one test per rule and window."""
    by_key, always = _rules_by_key()
    spans: list[list[tuple[int, int]]] = [[] for _ in range(n_rules)]
    for lo, hi, keys in keyed:
        if ANY in keys:
            orders = range(n_rules)
        else:
            found = set(always)
            for key in keys:
                found.update(by_key.get(key, ()))
            orders = found
        for order in orders:
            spans[order].append((lo, hi))
    return spans


class _LiteralTest:
    """Which windows hold one string of each of a rule's required groups (rules.rule_literals), in the
    case-folded text; each (window, group) is tested once per text."""

    def __init__(self, text: str):
        folded = fold(text)
        self.folded = folded if len(folded) == len(text) else None     # else: test nothing, keep all
        self.seen: dict[tuple[int, int, frozenset[str]], bool] = {}

    def keep(self, spans: list[tuple[int, int]], groups: tuple[frozenset[str], ...]) -> list[tuple[int, int]]:
        if not groups or self.folded is None:
            return spans
        return [(lo, hi) for lo, hi in spans if all(self._holds(lo, hi, g) for g in groups)]

    def _holds(self, lo: int, hi: int, group: frozenset[str]) -> bool:
        key = (lo, hi, group)
        hit = self.seen.get(key)
        if hit is None:
            find = self.folded.find
            hit = self.seen[key] = any(find(s, lo, hi) >= 0 for s in group)
        return hit


def find_times(text: str, dct: dt.date | dt.datetime | str | None = None,
               doc: Doc | None = None) -> list[TimeExpr]:
    """All time expressions in `text`, in text order, with TIMEX3 values.

    Each rule runs only in the windows holding one of its own trigger words
    (rules.rule_triggers), which is most of the time stage's saving over running ~60 regexes
    over the text."""
    lex, rules = compiled()
    dct = coerce_dct(dct)
    cands: list[tuple[int, int, int, TimeExpr]] = []
    literals = _LiteralTest(text)
    for order, spans in enumerate(_rule_spans(_keyed_windows(text), len(rules))):
        if spans:
            spans = literals.keep(spans, rule_literals()[order])
        if not spans:
            continue
        rule = rules[order]
        func = NORMALISERS[rule.norm]
        matches = [m for lo, hi in spans for m in rule.regex.finditer(text, lo, hi)]
        for m in matches:
            groups = m.groupdict()
            if groups.get("x") is not None:
                start, end = m.span("x")
            else:
                start, end = m.span()
            if end <= start:
                continue

            def tense(s=start, e=end) -> str:
                if doc is not None:
                    return tense_in_doc(doc, s, e, text)
                return tense_in_text(text, s, e)

            def sentence(s=start) -> str:
                if doc is not None:
                    lo, hi = doc_sentence_span(doc, s, len(text))
                    return text[lo:hi]
                return text[max(0, s - 200):s + 200]

            n = func(groups, Ctx(dct, lex, tense, sentence))
            if n is None:
                continue
            cands.append((start, end, order, TimeExpr(start, end, text[start:end], n.value,
                                                      n.type or rule.type, n.granularity, n.mod,
                                                      rule.id)))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    out: list[TimeExpr] = [expr for start, end, _, expr in _longest_first(cands)]
    out.sort(key=lambda x: x.start)
    resolve_anaphors(out, dct)
    return out


def _longest_first(cands: list[tuple[int, int, int, TimeExpr]]) -> list[tuple[int, int, int, TimeExpr]]:
    """The candidates (in the given order) that overlap none kept before them.

    The kept spans never overlap, so sorted by start their ends are sorted too: a new span
    overlaps a kept one only if the last kept span starting before its end reaches past its
    start. Two bisects per candidate, where testing every kept span was quadratic on a long
    article with thousands of dates and numbers."""
    starts: list[int] = []
    ends: list[int] = []
    kept = []
    for cand in cands:
        start, end = cand[0], cand[1]
        i = bisect.bisect_left(starts, end)
        if i and ends[i - 1] > start:
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        kept.append(cand)
    return kept


_ABS_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ABS_MONTH = re.compile(r"(\d{4})-(\d{2})$")
_ABS_YEAR = re.compile(r"(\d{4})$")
_ANAPHOR = re.compile(r"@([DWMY])([+-]\d+)(T.*)?$")
REFERENCE_WINDOW = 600     # characters: how far back a mentioned date still anchors 'that day'


def resolve_anaphors(exprs: list[TimeExpr], dct: dt.date | None) -> None:
    """Fill '@' placeholders from the latest earlier absolute date (else the publication date).

    News narrates around the publication date, so without a nearby mentioned date the anchor
    is the DCT; with neither, the value keeps X placeholders.
    """
    ref: tuple[int, str, dt.date] | None = None        # (position, granularity, date)
    for x in exprs:
        m = _ANAPHOR.match(x.value or "")
        if m:
            unit, step, tail = m.group(1), int(m.group(2)), m.group(3) or ""
            anchor, gran = (dct, "day") if dct else (None, None)
            fine_enough = ref is not None and (unit == "Y" or ref[1] == "day"
                                               or (unit == "M" and ref[1] == "month"))
            if fine_enough and x.start - ref[0] <= REFERENCE_WINDOW:
                anchor, gran = ref[2], ref[1]
            x.value = _shift(anchor, gran, unit, step, tail)
            continue
        v = x.value or ""
        if x.type not in ("DATE", "TIME"):
            continue
        if (d := _ABS_DAY.match(v)):
            try:
                ref = (x.end, "day", dt.date(int(d[1]), int(d[2]), int(d[3])))
            except ValueError:
                pass
        elif (d := _ABS_MONTH.match(v)):
            ref = (x.end, "month", dt.date(int(d[1]), int(d[2]), 1))
        elif (d := _ABS_YEAR.match(v)):
            ref = (x.end, "year", dt.date(int(d[1]), 1, 1))


def _shift(anchor: dt.date | None, gran: str | None, unit: str, step: int, tail: str) -> str:
    from newsgraph.time import anchor as A

    unknown = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}[unit]
    if anchor is None:
        return unknown + tail
    if unit == "Y":
        return f"{anchor.year + step:04d}" + tail
    if unit == "M":
        if gran == "year":
            return unknown + tail
        d = A.add_months(anchor, step)
        return A.fmt_month(d.year, d.month) + tail
    if gran != "day":
        return unknown + tail
    if unit == "W":
        return A.fmt_week(anchor + dt.timedelta(weeks=step)) + tail
    return (anchor + dt.timedelta(days=step)).isoformat() + tail


def time_refs(doc: Doc | str, dct: dt.date | dt.datetime | str | None = None,
              article_id: str = "") -> list[TimeRef]:
    """Time expressions of a parsed Doc (or plain text) as `TimeRef` records."""
    from newsgraph.nlp import sentence_index

    text = doc_text(doc) if isinstance(doc, Doc) else doc
    parsed = doc if isinstance(doc, Doc) else None
    refs = []
    for x in find_times(text, dct, parsed):
        refs.append(TimeRef(
            id=stable_id(article_id, "time", x.start, x.end),
            article_id=article_id, text=x.text, start=x.start, end=x.end,
            sentence=sentence_index(parsed, x.start) if parsed is not None else -1,
            value=x.value, type=x.type, granularity=x.granularity, mod=x.mod))
    return refs
