"""Exports of the events table: JSONL (events with their actors), Parquet, GDELT 2.0 TSV.

All take the same filters as `Store.events` (asserted events only unless modality=None) and stream,
so the database size does not matter.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

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


def export_events(store, fmt: str, out: str | os.PathLike, *, header: bool = False, each_report: bool = False,
                  **filters: Any) -> int:
    """Write the (filtered) events to `out` in `fmt`; returns the number of events written."""
    if fmt not in FORMATS:
        raise Q.QueryError(f"format: expected one of {', '.join(FORMATS)}, got {fmt!r}")
    out = Path(out)
    if out.parent and not out.parent.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "parquet":
        return export_parquet(store, out, **filters)
    if fmt == "jsonl":
        return export_jsonl(store, out, **filters)
    return export_gdelt(store, out, header=header, each_report=each_report, **filters)


def export_jsonl(store, out: Path, **filters: Any) -> int:
    """One JSON object per line: the event's fields plus `source_actor` / `target_actor` records."""
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for row in store.iter_events(columns=jsonl_columns(store.dialect), **filters):
            f.write(json.dumps(row, ensure_ascii=False, default=str))
            f.write("\n")
            n += 1
    return n


def export_parquet(store, out: Path, **filters: Any) -> int:
    """The event rows (same columns as `newsgraph events --json`)."""
    return store.write_parquet(*Q.events_sql(store.dialect, **filters), out)


def export_gdelt(store, out: Path, header: bool = False, each_report: bool = False, **filters: Any) -> int:
    """GDELT 2.0 Event-table rows: 61 tab-separated columns, no header unless asked (as GDELT's files).

    One row per event cluster (the first report stands for it; NumMentions/NumSources/NumArticles
    count all reports), as in GDELT; `each_report` writes one row per stored event record instead.
    """
    rows = store.iter_events(columns=Q.EVENT_COLUMNS + ", " + gdelt.GDELT_EXTRA_COLUMNS, joins=gdelt.GDELT_EXTRA_JOINS,
                             qualify="" if each_report else gdelt.GDELT_FIRST_REPORT, **filters)
    n = 0
    with open(out, "w", encoding="utf-8", newline="") as f:
        if header:
            f.write("\t".join(gdelt.gdelt_columns()) + "\n")
        for row in rows:
            f.write("\t".join(gdelt.gdelt_row(row)) + "\n")
            n += 1
    return n
