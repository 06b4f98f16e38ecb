"""Load the quote cue tables in newsgraph/data/quotes/ (reporting verbs, cue words, quotation marks).

Each loader checks the schema and raises `DataFileError` ("file:line: ...") on a bad entry, so a
broken edit to a data file points at the line to fix.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from newsgraph.datafile import DataFileError, package_data, read_json, read_rows


def data_file(name: str) -> Path:
    return package_data("quotes", name)


@dataclass(frozen=True)
class ReportingVerb:
    id: str
    lemma: str
    complement: str      # clause | object
    addressee: bool      # the verb's object is the person addressed ("told X")


@dataclass(frozen=True)
class QuoteMark:
    id: str
    open: str
    close: str
    kind: str            # double | single


def load_reporting_verbs(path: Path | None = None) -> dict[str, ReportingVerb]:
    """lemma -> ReportingVerb."""
    path = path or data_file("reporting_verbs.csv")
    out: dict[str, ReportingVerb] = {}
    for lineno, row in read_rows(path, ("lemma", "complement", "addressee")):
        if row["complement"] not in ("clause", "object"):
            raise DataFileError(path, lineno, f"complement must be clause|object, not {row['complement']!r}")
        if row["addressee"] not in ("yes", "no"):
            raise DataFileError(path, lineno, f"addressee must be yes|no, not {row['addressee']!r}")
        lemma = row["lemma"].lower()
        if lemma in out:
            raise DataFileError(path, lineno, f"lemma {lemma!r} listed twice")
        out[lemma] = ReportingVerb(row["id"], lemma, row["complement"], row["addressee"] == "yes")
    return out


CUE_KINDS = ("attribution", "report", "speaker_pron", "skip_line", "no_quote_head", "org_noun")


def load_cues(path: Path | None = None) -> dict[str, frozenset[str]]:
    """kind -> set of lower-cased cue texts."""
    path = path or data_file("cues.csv")
    out: dict[str, set[str]] = {k: set() for k in CUE_KINDS}
    for lineno, row in read_rows(path, ("kind", "text")):
        if row["kind"] not in out:
            raise DataFileError(path, lineno, f"kind must be one of {', '.join(CUE_KINDS)}")
        out[row["kind"]].add(row["text"].lower())
    return {k: frozenset(v) for k, v in out.items()}


def load_quote_marks(path: Path | None = None) -> list[QuoteMark]:
    """Quotation mark pairs. JSON has no line numbers per entry, so errors name the entry index."""
    path = path or data_file("quote_marks.json")
    data = read_json(path)
    if not isinstance(data, dict):
        raise DataFileError(path, 1, 'expected an object {"marks": [...]}')
    marks, seen = [], set()
    text = path.read_text(encoding="utf-8").splitlines()
    for i, m in enumerate(data.get("marks", [])):
        mid = m.get("id") if isinstance(m, dict) else None
        line = next((n for n, l in enumerate(text, 1) if mid and f'"{mid}"' in l), 0)
        if not mid or mid in seen:
            raise DataFileError(path, line, f"entry {i}: missing or duplicate id")
        if not m.get("open") or not m.get("close") or m.get("kind") not in ("double", "single"):
            raise DataFileError(path, line, f"entry {i}: needs open, close and kind double|single")
        seen.add(mid)
        marks.append(QuoteMark(mid, m["open"], m["close"], m["kind"]))
    if not marks:
        raise DataFileError(path, 1, "no marks")
    return marks


@functools.lru_cache(maxsize=1)
def reporting_verbs() -> dict[str, ReportingVerb]:
    return load_reporting_verbs()


@functools.lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    return load_cues()


@functools.lru_cache(maxsize=1)
def quote_marks() -> tuple[QuoteMark, ...]:
    return tuple(load_quote_marks())
