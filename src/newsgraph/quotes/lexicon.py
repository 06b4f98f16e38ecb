"""Load the quote cue tables in newsgraph/data/quotes/ (reporting verbs, cue words, quotation marks).

Each loader checks the schema and raises `QuoteDataError("file:line: ...")` on a bad entry, so a
broken edit to a data file points at the line to fix.
"""
from __future__ import annotations

import csv
import functools
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path


class QuoteDataError(ValueError):
    """A bad entry in a quotes data file; the message starts with `file:line:`."""


def data_file(name: str) -> Path:
    return Path(str(resources.files("newsgraph").joinpath("data", "quotes", name)))


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


def _csv_rows(path: Path, columns: tuple[str, ...]):
    """(line number, row dict) for each data row; '#' lines are comments."""
    header = None
    seen: dict[str, int] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                values = next(csv.reader([line], strict=True))
            except csv.Error as exc:
                raise QuoteDataError(f"{path}:{lineno}: bad CSV: {exc}") from None
            if header is None:
                header = [v.strip() for v in values]
                missing = [c for c in columns if c not in header]
                if missing:
                    raise QuoteDataError(f"{path}:{lineno}: header lacks column(s) {', '.join(missing)}")
                continue
            if len(values) != len(header):
                raise QuoteDataError(f"{path}:{lineno}: expected {len(header)} fields, found {len(values)}")
            row = {h: v.strip() for h, v in zip(header, values)}
            for c in columns:
                if not row[c]:
                    raise QuoteDataError(f"{path}:{lineno}: empty {c!r}")
            if row["id"] in seen:
                raise QuoteDataError(f"{path}:{lineno}: duplicate id {row['id']!r} (first on line {seen[row['id']]})")
            seen[row["id"]] = lineno
            yield lineno, row
    if header is None:
        raise QuoteDataError(f"{path}:1: no header row")


def load_reporting_verbs(path: Path | None = None) -> dict[str, ReportingVerb]:
    """lemma -> ReportingVerb."""
    path = path or data_file("reporting_verbs.csv")
    out: dict[str, ReportingVerb] = {}
    for lineno, row in _csv_rows(path, ("id", "lemma", "complement", "addressee")):
        if row["complement"] not in ("clause", "object"):
            raise QuoteDataError(f"{path}:{lineno}: complement must be clause|object, not {row['complement']!r}")
        if row["addressee"] not in ("yes", "no"):
            raise QuoteDataError(f"{path}:{lineno}: addressee must be yes|no, not {row['addressee']!r}")
        lemma = row["lemma"].lower()
        if lemma in out:
            raise QuoteDataError(f"{path}:{lineno}: lemma {lemma!r} listed twice")
        out[lemma] = ReportingVerb(row["id"], lemma, row["complement"], row["addressee"] == "yes")
    return out


CUE_KINDS = ("attribution", "report", "honorific", "speaker_pron", "skip_line", "no_quote_head", "org_noun")


def load_cues(path: Path | None = None) -> dict[str, frozenset[str]]:
    """kind -> set of lower-cased cue texts."""
    path = path or data_file("cues.csv")
    out: dict[str, set[str]] = {k: set() for k in CUE_KINDS}
    for lineno, row in _csv_rows(path, ("id", "kind", "text")):
        if row["kind"] not in out:
            raise QuoteDataError(f"{path}:{lineno}: kind must be one of {', '.join(CUE_KINDS)}")
        out[row["kind"]].add(row["text"].lower())
    return {k: frozenset(v) for k, v in out.items()}


def load_quote_marks(path: Path | None = None) -> list[QuoteMark]:
    """Quotation mark pairs. JSON has no line numbers per entry, so errors name the entry index."""
    path = path or data_file("quote_marks.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise QuoteDataError(f"{path}:{exc.lineno}: bad JSON: {exc.msg}") from None
    marks, seen = [], set()
    text = path.read_text(encoding="utf-8").splitlines()
    for i, m in enumerate(data.get("marks", [])):
        mid = m.get("id") if isinstance(m, dict) else None
        line = next((n for n, l in enumerate(text, 1) if mid and f'"{mid}"' in l), 0)
        where = f"{path}:{line}: entry {i}"
        if not mid or mid in seen:
            raise QuoteDataError(f"{where}: missing or duplicate id")
        if not m.get("open") or not m.get("close") or m.get("kind") not in ("double", "single"):
            raise QuoteDataError(f"{where}: needs open, close and kind double|single")
        seen.add(mid)
        marks.append(QuoteMark(mid, m["open"], m["close"], m["kind"]))
    if not marks:
        raise QuoteDataError(f"{path}:1: no marks")
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
