"""Pre-aggregated event counts for the timeline, the network and the map, kept up to date at write time.

Why: on 1 M events a timeline, a network or a map grouped over the raw `events` table reads every row
(seconds on PostgreSQL, ~1 s for the network on DuckDB). These tables hold the same counts already
grouped; a write adds the counts of the events it inserted, a re-analysis (`replace`) subtracts those of
the events it deletes first, in the same transaction. So a query reads a few thousand rows (timeline,
map) or does a top-N over one row per actor pair (network).

The tables (schema.sql) and what each answers, exactly as the raw query would:

- `sum_days`: per event day, modality, CAMEO root and QuadClass -- timelines filtered by modality,
  since/until, root, quad_class (and the "auto" interval's quartiles);
- `sum_country_days`: per event day, modality, QuadClass and country of either actor (the first three
  letters of its CAMEO code, counted once per event) -- timelines filtered by country too;
- `sum_pairs`: per undirected pair of resolved actors and modality -- the network;
- `sum_place_countries`, `sum_places`: per country / located place and modality -- the map.

Every table keeps `events`, `goldstein_sum` (exact, DECIMAL: adding and subtracting leave no residue
and the mean does not depend on the order of batches) and `goldstein_n` (mean = sum / n, NULLs skipped,
aggregates.mean_goldstein). Key columns are NOT NULL: a NULL modality or root is kept as '' and a NULL QuadClass as 0
(no filter value can equal them); a place's NULL name or country is '' with a flag. A query with any
other filter (actor, search, outlet, ...) reads the raw events (queries.py decides, `usable`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from newsgraph.store.dialect import Dialect

MEASURES = ("events", "goldstein_sum", "goldstein_n")


@dataclass(frozen=True)
class Summary:
    """One summary table: its key columns with the SQL that computes each from an event row `e`."""

    table: str
    keys: tuple[tuple[str, str], ...]       # (column, expression over e)
    where: str = ""                         # which events count (besides all)
    extra: tuple[tuple[str, str], ...] = ()  # further additive columns: (column, expression summed)

    @property
    def key_names(self) -> list[str]:
        return [k for k, _ in self.keys]


_MODALITY = ("modality", "coalesce(e.modality, '')")
_QUAD = ("quad_class", "coalesce(e.quad_class, 0)")

SUMMARIES: tuple[Summary, ...] = (
    Summary("sum_days", (("event_date", "e.event_date"), _MODALITY, ("cameo_root", "coalesce(e.cameo_root, '')"),
                         _QUAD), where="e.event_date IS NOT NULL"),
    Summary("sum_country_days", (("country", "e.country"), _MODALITY, ("event_date", "e.event_date"), _QUAD),
            where="e.event_date IS NOT NULL"),
    Summary("sum_pairs", (("actor_a", "least(e.source_actor_id, e.target_actor_id)"),
                          ("actor_b", "greatest(e.source_actor_id, e.target_actor_id)"), _MODALITY),
            where="e.source_actor_id IS NOT NULL AND e.target_actor_id IS NOT NULL "
                  "AND e.source_actor_id <> e.target_actor_id",
            extra=(("events_ab", "CASE WHEN e.source_actor_id < e.target_actor_id THEN 1 ELSE 0 END"),)),
    Summary("sum_place_countries", (("country", "upper(e.place_country)"), _MODALITY),
            where="e.place_country IS NOT NULL"),
    Summary("sum_places", (("name", "coalesce(e.place_name, '')"), ("name_known", "e.place_name IS NOT NULL"),
                           ("country", "coalesce(upper(e.place_country), '')"),
                           ("country_known", "e.place_country IS NOT NULL"),
                           ("lat", "CAST(round(CAST(e.place_lat AS NUMERIC), 3) AS DOUBLE PRECISION)"),
                           ("lon", "CAST(round(CAST(e.place_lon AS NUMERIC), 3) AS DOUBLE PRECISION)"), _MODALITY),
            where="e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL"),
)
BY_TABLE = {s.table: s for s in SUMMARIES}
TABLES = tuple(s.table for s in SUMMARIES)

# Which event filters each read can answer from its summary (anything else reads the raw events).
TIMELINE_FILTERS = frozenset({"modality", "since", "until", "root", "quad_class"})
COUNTRY_TIMELINE_FILTERS = frozenset({"modality", "since", "until", "quad_class", "country"})
MODALITY_ONLY = frozenset({"modality"})


def _source(summary: Summary, events: str) -> str:
    """The event rows a summary counts, from `events` (a table or a parenthesised query with the events
    table's columns). The country table counts each event once per distinct actor country."""
    if summary.table != "sum_country_days":
        return f"{events} e"
    cols = "x.event_date, x.modality, x.quad_class, x.goldstein"
    return (f"(SELECT {cols}, substr(x.source_code, 1, 3) AS country FROM {events} x WHERE x.source_code IS NOT NULL "
            f"UNION ALL SELECT {cols}, substr(x.target_code, 1, 3) FROM {events} x WHERE x.target_code IS NOT NULL "
            "AND (x.source_code IS NULL OR substr(x.source_code, 1, 3) <> substr(x.target_code, 1, 3))) e")


# Goldstein scores in integer millionths: summed as BIGINT, a PostgreSQL numeric only once per group. The sum
# is the DECIMAL(18, 6) sum exactly when each score's millionths are its DECIMAL(18, 6) value (every score of
# the CAMEO scale: one decimal); MICRO_EXACT_SQL checks that over the distinct stored scores (a score past a
# billion, NaN or infinite fails it, before its cast could overflow).
_MICRO = "CAST(round(e.goldstein * 1000000) AS BIGINT)"
MICRO_EXACT_SQL = ("SELECT coalesce(bool_and(CASE WHEN abs(e.goldstein) < 1000000000 "
                   f"THEN {_MICRO} * 0.000001 = CAST(e.goldstein AS DECIMAL(18, 6)) ELSE false END), true) "
                   "FROM (SELECT DISTINCT goldstein FROM events WHERE goldstein IS NOT NULL) e")


def add_sql(summary: Summary, events: str, sign: int, empty: bool = False, pregroup: bool = False,
            micro: bool = False) -> str:
    """Add (sign 1) or subtract (sign -1) the counts of the events in `events` to the summary table.
    `empty`: the table was just emptied and no one else can write it (`rebuild(exclusive=True)`): the
    rows go in with a plain INSERT, without ON CONFLICT's check of every row against the key.
    `pregroup`: count the events by the raw columns the keys read (and the Goldstein score) first, then
    compute the keys and measures once per such group (the same sums: n times each score, exactly) --
    for tables whose key expressions cost more per row than a group of plain columns (rounded
    coordinates, upper-cased countries) and whose events repeat those columns (days, places).
    `micro`: the Goldstein sums in integer millionths (`_MICRO`; the same sums, only where MICRO_EXACT_SQL
    holds): at 1 M events about 1.5 s less of PostgreSQL's CPU at the end of a bulk load (numeric addition
    per row is most of the largest summaries' grouping)."""
    keys = summary.key_names
    exprs = [x for _, x in summary.keys]
    s = "" if sign > 0 else "-"
    score = _MICRO if micro else "CAST(e.goldstein AS DECIMAL(18, 6))"
    unit = " * 0.000001" if micro else ""
    measures = [f"{s}count(*)", f"{s}coalesce(sum({score}){unit}, 0)", f"{s}count(e.goldstein)",
                *(f"{s}sum({x})" for _, x in summary.extra)]
    names = [*keys, *MEASURES, *(c for c, _ in summary.extra)]
    where = f"WHERE {summary.where}" if summary.where else ""
    if pregroup:
        raw = sorted({*re.findall(r"\be\.(\w+)", " ".join(exprs + [x for _, x in summary.extra])), "goldstein"})
        cols = ", ".join(f"e.{c}" for c in raw)
        measures = [f"{s}sum(e._n)", f"{s}coalesce(sum(e._n * {score}){unit}, 0)",
                    f"{s}coalesce(sum(e._n) FILTER (WHERE e.goldstein IS NOT NULL), 0)",
                    *(f"{s}sum(e._n * ({x}))" for _, x in summary.extra)]
        source = f"(SELECT {cols}, count(*) AS _n FROM {_source(summary, events)} {where} GROUP BY {cols}) e"
        where = ""
    else:
        source = _source(summary, events)
    t = summary.table
    updates = ", ".join(f"{m} = {t}.{m} + excluded.{m}" for m in names[len(keys):])
    # ORDER BY the key: concurrent PostgreSQL writers then lock the rows they share in the same order
    # (and the key index is filled in order)
    return (f"INSERT INTO {t} ({', '.join(names)}) SELECT {', '.join(exprs + measures)} "
            f"FROM {source} {where} GROUP BY {', '.join(exprs)} ORDER BY {', '.join(exprs)}"
            + ("" if empty else f" ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {updates}"))


def apply(tx: Any, events: str, sign: int = 1, params: Iterable[Any] = ()) -> None:
    """Add (or subtract) the events of `events` (with its `params`, repeated per use) to every summary;
    after a subtraction, drop the rows left with no event."""
    params = list(params)
    for summary in SUMMARIES:
        sql = add_sql(summary, events, sign)
        tx.execute(sql, params * sql.count(events) if params else [])
        if sign < 0:
            tx.execute(f"DELETE FROM {summary.table} WHERE events <= 0")


def rebuild(tx: Any, exclusive: bool = False) -> None:
    """Recompute every summary from the stored events (the migration that introduces them; the end of a
    PostgreSQL bulk load). `exclusive`: the caller holds off every other summary write meanwhile (a lock
    on events that event writers and other rebuilds take too), so the emptied tables are filled with
    plain INSERTs (a third faster at 1 M events than ON CONFLICT)."""
    for summary in SUMMARIES:
        tx.execute(f"DELETE FROM {summary.table}")
    if not exclusive:
        apply(tx, "events")
        return
    for summary in SUMMARIES:
        tx.execute(add_sql(summary, "events", 1, empty=True))


def usable(filters: dict[str, Any], allowed: frozenset[str]) -> bool:
    """Whether the parsed `filters` (filters.parse_filters) can be answered from a summary."""
    return set(filters) <= allowed


# ---------------------------------------------------------------- reads


def where(d: Dialect, f: dict[str, Any], date_col: str = "event_date") -> tuple[str, list[Any]]:
    """WHERE over a summary table for parsed filters that `usable` accepted."""
    clauses: list[str] = []
    params: list[Any] = []
    if f.get("modality") is not None:
        clauses.append(d.in_list("modality"))
        params.append(list(f["modality"]))
    if "since" in f:
        clauses.append(f"{date_col} >= ?")
        params.append(f["since"])
    if "until" in f:
        clauses.append(f"{date_col} <= ?")
        params.append(f["until"])
    for name, col in (("root", "cameo_root"), ("quad_class", "quad_class"), ("country", "country")):
        if name in f:
            clauses.append(f"{col} = ?")
            params.append(f[name])
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def days_table(f: dict[str, Any]) -> str:
    return "sum_country_days" if "country" in f else "sum_days"


def total(expr: str = "events", when: str | None = None) -> str:
    """A summed count as BIGINT (PostgreSQL sums BIGINT to NUMERIC, DuckDB to HUGEINT), 0 when empty,
    as count(*) [FILTER (WHERE when)] gives over the raw events."""
    cond = f" FILTER (WHERE {when})" if when else ""
    return f"CAST(coalesce(sum({expr}){cond}, 0) AS BIGINT)"
