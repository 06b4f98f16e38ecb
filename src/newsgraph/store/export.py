"""Exports of the events table: JSONL (events with their actors), Parquet, and GDELT 2.0 TSV (the
Event table, and beside it the Mentions table).

All take the same filters as `Store.events` (asserted events only unless modality=None) and stream,
so the database size does not matter. Every export reads its rows through the store's query layer
(`Store.iter_events`, `Store.write_parquet`), on DuckDB and PostgreSQL alike. An output path that cannot be written is an `ExportError`
with a one-line message, and nothing is created on the way (no missing directories, no partial file).
"""
from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any, Callable, Iterator

from newsgraph.store import gdelt
from newsgraph.store import queries as Q

FORMATS = ("jsonl", "parquet", "gdelt")

_ACTOR_FIELDS = ("id", "name", "code", "kind", "country", "sector", "role", "aliases")


def jsonl_columns(dialect) -> str:
    """The event columns plus each side's actor record as an object (a STRUCT in DuckDB, json in PostgreSQL)."""
    def actor(a: str, side: str) -> str:
        obj = dialect.json_object([(f, f"{a}.{f}") for f in _ACTOR_FIELDS])
        return f"CASE WHEN {a}.id IS NULL THEN NULL ELSE {obj} END AS {side}_actor"
    return Q.EVENT_COLUMNS + ", " + actor("sa", "source") + ", " + actor("ta", "target")


class ExportError(ValueError):
    """The output cannot be written (missing directory, a file in the way, no permission)."""


def check_output(out: str | os.PathLike) -> Path:
    """The path to write, or ExportError: its directory must exist, and it must not be a directory."""
    out = Path(out)
    parent = out.parent
    if out.is_dir():
        raise ExportError(f"cannot write {out}: it is a directory")
    for p in (parent, *parent.parents):
        if p.exists() and not p.is_dir():
            raise ExportError(f"cannot write {out}: {p} is a file, not a directory")
    if not parent.is_dir():
        raise ExportError(f"cannot write {out}: directory {parent} does not exist (create it first)")
    return out


def _write(out: Path, write: Callable[[Path], int]) -> int:
    """Run `write(out)`; on failure remove the file if this export created it, and raise ExportError."""
    existed = out.exists()
    try:
        return write(out)
    except OSError as exc:
        _discard(out, existed)
        raise ExportError(f"cannot write {out}: {_reason(exc, out)}") from None
    except BaseException:
        _discard(out, existed)
        raise


def _reason(exc: OSError, out: Path) -> str:
    """The OS's words for a failed write, in one line (pyarrow wraps them in a longer message)."""
    if exc.errno == errno.ENOENT and out.parent.is_dir():
        return f"{out.parent} does not accept new files"       # e.g. /proc
    if exc.errno:
        return os.strerror(exc.errno)
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def _discard(out: Path, existed: bool) -> None:
    if not existed:
        try:
            out.unlink()
        except OSError:
            pass


def export_events(store, fmt: str, out: str | os.PathLike, *, header: bool = False, each_report: bool = False,
                  mentions: str | os.PathLike | None = None, **filters: Any) -> int:
    """Write the (filtered) events to `out` in `fmt`; returns the number of events written.
    `mentions` (gdelt only): also write the GDELT Mentions table of the same events there."""
    if fmt not in FORMATS:
        raise Q.QueryError(f"format: expected one of {', '.join(FORMATS)}, got {fmt!r}")
    if mentions is not None and fmt != "gdelt":
        raise Q.QueryError("mentions: the Mentions table goes with --format gdelt")
    Q.events_sql(store.dialect, **filters)   # bad filter values fail before any file is touched
    out = check_output(out)
    mentions_out = check_output(mentions) if mentions is not None else None
    if fmt == "parquet":
        return _write(out, lambda p: export_parquet(store, p, **filters))
    if fmt == "jsonl":
        return _write(out, lambda p: export_jsonl(store, p, **filters))
    n = _write(out, lambda p: export_gdelt(store, p, header=header, each_report=each_report, **filters))
    if mentions_out is not None:
        _write(mentions_out, lambda p: export_gdelt_mentions(store, p, header=header, each_report=each_report,
                                                              **filters))
    return n


def _write_lines(out: Path, rows: Iterator[Any], header: list[str] | None = None) -> int:
    n = 0
    with open(out, "w", encoding="utf-8", newline="") as f:
        if header:
            f.write("\t".join(header) + "\n")
        for line in rows:
            f.write(line)
            n += 1
    return n


def export_jsonl(store, out: Path, **filters: Any) -> int:
    """One JSON object per line: the event's fields plus `source_actor` / `target_actor` records."""
    rows = store.iter_events(columns=jsonl_columns(store.dialect), **filters)
    return _write_lines(out, (json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows))


def export_parquet(store, out: Path, **filters: Any) -> int:
    """The event rows (same columns as `newsgraph events --json`, with their database types)."""
    return store.write_parquet(*Q.events_sql(store.dialect, **filters), out)


def export_gdelt(store, out: Path, header: bool = False, each_report: bool = False, **filters: Any) -> int:
    """GDELT 2.0 Event-table rows: 61 tab-separated columns, no header unless asked (as GDELT's files).

    One row per event cluster (the first report stands for it; NumMentions/NumSources/NumArticles
    count all reports), as in GDELT; `each_report` writes one row per stored event record instead.
    """
    rows = store.iter_events(columns=Q.EVENT_COLUMNS + ", " + gdelt.GDELT_EXTRA_COLUMNS,
                             joins=gdelt.GDELT_EXTRA_JOINS,
                             qualify="" if each_report else gdelt.GDELT_FIRST_REPORT, **filters)
    return _write_lines(out, ("\t".join(gdelt.gdelt_row(r)) + "\n" for r in rows),
                        list(gdelt.gdelt_columns()) if header else None)


def export_gdelt_mentions(store, out: Path, header: bool = False, each_report: bool = False,
                          **filters: Any) -> int:
    """GDELT 2.0 Mentions-table rows (16 columns): one per event record of the events `export_gdelt`
    writes with the same arguments, joined to them by GLOBALEVENTID, and one more per near-copy of the
    record's article (gdelt.copy_mention). Without filters an event's mentions number its NumMentions; a
    filter keeps only the reports that match it."""
    copies: dict[str, list[dict[str, Any]]] = {}
    for c in store.iter_query(gdelt.COPIES_SQL):
        copies.setdefault(c["duplicate_of"], []).append(c)

    def mentions() -> Iterator[dict[str, Any]]:
        for r in store.iter_events(columns=gdelt.mention_columns_sql(each_report), **filters):
            yield r
            for c in copies.get(r["article_id"], ()):
                yield gdelt.copy_mention(r, c)
    return _write_lines(out, ("\t".join(gdelt.mention_row(r)) + "\n" for r in mentions()),
                        list(gdelt.mention_columns()) if header else None)
