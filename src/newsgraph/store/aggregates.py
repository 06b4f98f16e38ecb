"""The read queries that count events rather than list them: how many match, the timeline (and the
coarsely dated events it places apart, imprecise.py), the date spread, the network, the map, an actor's
partners and event counts -- with the mean Goldstein score they all compute the same way.

Why apart from queries.py: these are the reads that may come from the summary tables (summaries.py)
instead of the events, when the filters allow (`summaries=False`: always the raw events); the rules for
when they may, and the exact sums that make both ways agree, are here. The events themselves are still
filtered by queries.py (`event_where`), so a filter means the same in a count as in a listing.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from newsgraph.store import search
from newsgraph.store import summaries as S
from newsgraph.store.dialect import DUCKDB, Dialect
from newsgraph.store.filters import QueryError, parse_date_bound, parse_filters
from newsgraph.store.queries import Sql, event_from, event_where, page_sql



def count_events_sql(d: Dialect, summaries: bool = True, cap: int | None = None,
                     actor_ids: dict[str, list[str]] | None = None, **filters: Any) -> Sql:
    """How many events match. When the per-day summary can answer the filters: its dated events plus
    the undated ones (few; an index of their own on PostgreSQL) counted in `events`. `cap`: a search
    is counted up to cap + 1 (search.capped_count_sql); n > cap means "more than cap"."""
    if cap is not None and parse_filters(filters).get("search") is not None:
        return search.capped_count_sql(count_events_sql(d, summaries, actor_ids=actor_ids, **filters), cap)
    f = _timeline_summary(filters, summaries)
    if f is not None:
        where, params = S.where(d, f)
        dated = f"SELECT {S.total()} FROM {S.days_table(f)} {where}"
        if "since" in f or "until" in f:          # a date range leaves the undated events out
            return f"SELECT ({dated}) AS n", params
        undated, uparams = event_where(d, extra="e.event_date IS NULL", **filters)
        return f"SELECT ({dated}) + (SELECT count(*) {event_from(undated)} {undated}) AS n", params + uparams
    indexed = search.count_sql(d, parse_filters(filters))      # a search the index alone can count
    if indexed is not None:
        return indexed
    where, params = event_where(d, actor_ids=actor_ids, **filters)
    return f"SELECT count(*) AS n {event_from(where)} {where}", params


def _round3(expr: str) -> str:
    """`expr` rounded to 3 decimals, as a double (PostgreSQL rounds only NUMERIC to a number of places)."""
    return f"CAST(round(CAST({expr} AS NUMERIC), 3) AS DOUBLE PRECISION)"


def mean_goldstein(total: str, n: str) -> str:
    """Mean Goldstein from an exact (DECIMAL) sum and a count, rounded to 3 decimals. Exact sums make
    the mean independent of the order rows are added in, so the summaries (summaries.py), which add
    batch by batch, give the same value as one pass over the raw events."""
    return _round3(f"CAST({total} AS DOUBLE PRECISION) / nullif({n}, 0)")


GOLDSTEIN_DECIMAL = "DECIMAL(18, 6)"      # Goldstein scores are kept to 6 decimals in the sums
MEAN_GOLDSTEIN = mean_goldstein(f"sum(CAST(e.goldstein AS {GOLDSTEIN_DECIMAL}))", "count(e.goldstein)")
SUMMED_MEAN_GOLDSTEIN = mean_goldstein("sum(goldstein_sum)", "sum(goldstein_n)")     # over summary rows
# the exact sum and the count behind a mean, for taking events out of it (imprecise.py)
GOLDSTEIN_SUMS = (f"coalesce(sum(CAST(e.goldstein AS {GOLDSTEIN_DECIMAL})), 0) AS goldstein_sum, "
                  "count(e.goldstein) AS goldstein_n")

TIMELINE_INTERVALS = ("day", "week", "month", "year")


def _summary(filters: dict[str, Any], allowed: frozenset[str], use: bool) -> dict[str, Any] | None:
    """The parsed filters when a summary table (summaries.py) can answer them, else None (raw events)."""
    if not use:
        return None
    f = parse_filters(filters)
    return f if S.usable(f, allowed) else None


def _timeline_summary(filters: dict[str, Any], use: bool) -> dict[str, Any] | None:
    f = _summary(filters, S.COUNTRY_TIMELINE_FILTERS | S.TIMELINE_FILTERS, use)
    if f is None or not (S.usable(f, S.TIMELINE_FILTERS) or S.usable(f, S.COUNTRY_TIMELINE_FILTERS)):
        return None
    return f


def _window(window: tuple[Any, Any]) -> list[Any]:
    return [parse_date_bound(window[0], "since"), parse_date_bound(window[1], "until", end=True)]


def timeline_sql(d: Dialect = DUCKDB, interval: str = "day", window: tuple[Any, Any] | None = None,
                 summaries: bool = True, **filters: Any) -> Sql:
    """Per period: events in total and by QuadClass (q1..q4), mean Goldstein; dated events only.
    `window` (first, last day) narrows the periods without changing what the filters mean.
    Read from the per-day summary when the filters allow (`summaries=False`: always the raw events)."""
    if interval not in TIMELINE_INTERVALS:
        raise QueryError(f"interval: expected one of {', '.join(TIMELINE_INTERVALS)}, got {interval!r}")
    f = _timeline_summary(filters, summaries)
    if f is not None:        # from the summary: counts are summed
        where, params = S.where(d, f)
        where = where or "WHERE TRUE"
        date, source = "event_date", f"FROM {S.days_table(f)}"
        count = S.total
        mean = SUMMED_MEAN_GOLDSTEIN
        sums = "sum(goldstein_sum) AS goldstein_sum, CAST(sum(goldstein_n) AS BIGINT) AS goldstein_n"
    else:
        where, params = event_where(d, extra="e.event_date IS NOT NULL", **filters)
        date, source = "e.event_date", event_from(where)
        count = lambda when=None: f"count(*) FILTER (WHERE {when})" if when else "count(*)"  # noqa: E731
        mean = MEAN_GOLDSTEIN
        sums = GOLDSTEIN_SUMS
    if window:
        where += f" AND {date} BETWEEN ? AND ?"
        params = params + _window(window)
    period = f"CAST(date_trunc('{interval}', {date}) AS DATE)"
    quad = "quad_class" if f is not None else "e.quad_class"
    return (f"SELECT {period} AS period, {count()} AS total, "
            + ", ".join(f"{count(when=f'{quad} = {q}')} AS q{q}" for q in (1, 2, 3, 4))
            + f", {mean} AS goldstein_mean, {sums} {source} {where} GROUP BY {period} ORDER BY period"), params


# The date precisions coarser than each timeline interval. An event dated only to a month or a year has
# the first day of it as its event_date (rows.parse_event_date): a day the text never gave.
COARSER_THAN: dict[str, tuple[str, ...]] = {"day": ("month", "year"), "week": ("month", "year"),
                                            "month": ("year",), "year": ()}


def _in_sql(values: list[str], prefix: str = "") -> str:
    return ", ".join(f"{prefix}'{v}'" for v in values)      # our own constants and dates, never user text


def imprecise_sql(d: Dialect, interval: str, days: list[dt.date], **filters: Any) -> Sql:
    """The events dated coarser than `interval` on the given days (first days of months or years), per
    date as the text gave it ("2025", "2024-07"), with the period a timeline counts them in, their counts
    by QuadClass and their Goldstein sum. Only those days are read (on PostgreSQL through the event_date
    index)."""
    coarse = COARSER_THAN[interval]
    where, params = event_where(d, extra=f"e.date_precision IN ({_in_sql(list(coarse))}) "
                                         f"AND e.event_date IN ({_in_sql([x.isoformat() for x in days], 'DATE ')})",
                                **filters)
    period = f"CAST(date_trunc('{interval}', e.event_date) AS DATE)"
    return (f"SELECT e.date AS date, e.date_precision AS precision, {period} AS period, count(*) AS total, "
            + ", ".join(f"count(*) FILTER (WHERE e.quad_class = {q}) AS q{q}" for q in (1, 2, 3, 4))
            + f", {GOLDSTEIN_SUMS} {event_from(where)} {where} GROUP BY e.date, e.date_precision, {period} "
              "ORDER BY period, date"), params


def date_spread_sql(d: Dialect = DUCKDB, summaries: bool = True, **filters: Any) -> Sql:
    """First and last event date, the quartiles and the number of dated events, for choosing a timeline's
    interval and window.
    From the per-day summary: the quartile is the first day whose running count reaches ceil(f * N),
    which is what percentile_disc gives on both backends."""
    f = _timeline_summary(filters, summaries)
    if f is not None:
        where, params = S.where(d, f)
        return (f"WITH d AS (SELECT event_date, sum(events) AS n FROM {S.days_table(f)} {where} GROUP BY event_date), "
                "c AS (SELECT event_date, sum(n) OVER (ORDER BY event_date) AS cum, sum(n) OVER () AS total FROM d) "
                "SELECT min(event_date) AS lo, max(event_date) AS hi, "
                "min(event_date) FILTER (WHERE cum >= ceil(0.25 * total)) AS q1, "
                "min(event_date) FILTER (WHERE cum >= ceil(0.75 * total)) AS q3, max(total) AS n FROM c"), params
    where, params = event_where(d, extra="e.event_date IS NOT NULL", **filters)
    return ("SELECT min(e.event_date) AS lo, max(e.event_date) AS hi, "
            "percentile_disc(0.25) WITHIN GROUP (ORDER BY e.event_date) AS q1, "
            "percentile_disc(0.75) WITHIN GROUP (ORDER BY e.event_date) AS q3, count(*) AS n "
            f"{event_from(where)} {where}"), params


def outside_window_sql(d: Dialect, window: tuple[Any, Any], summaries: bool = True, **filters: Any) -> Sql:
    f = _timeline_summary(filters, summaries)
    if f is not None:
        where, params = S.where(d, f)
        return (f"SELECT {S.total(when='event_date < ?')} AS before, {S.total(when='event_date > ?')} AS after "
                f"FROM {S.days_table(f)} {where}"), _window(window) + params
    where, params = event_where(d, extra="e.event_date IS NOT NULL", **filters)
    return (f"SELECT count(*) FILTER (WHERE e.event_date < ?) AS before, "
            f"count(*) FILTER (WHERE e.event_date > ?) AS after {event_from(where)} {where}"),\
        _window(window) + params


def network_sql(d: Dialect = DUCKDB, limit: Any = 200, summaries: bool = True, **filters: Any) -> Sql:
    """Undirected actor pairs (resolved actors on both sides, not the same actor) with their event
    counts, the count each way (a->b with a < b, and b->a) and mean Goldstein; the strongest first.
    Filtered by modality only, it is a top-N over the pair summary (one row per pair and modality)."""
    page, pparams = page_sql(limit, 0)
    f = _summary(filters, S.MODALITY_ONLY, summaries)
    if f is not None:
        where, params = S.where(d, f)
        if f["modality"] is not None and len(f["modality"]) == 1:     # one row per pair: no grouping
            return (f"SELECT actor_a AS source, actor_b AS target, events, events_ab, events - events_ab AS events_ba, "
                    f"{mean_goldstein('goldstein_sum', 'goldstein_n')} AS goldstein_mean FROM sum_pairs "
                    f"WHERE modality = ? ORDER BY events DESC, actor_a, actor_b{page}"), [f["modality"][0], *pparams]
        return (f"SELECT actor_a AS source, actor_b AS target, {S.total()} AS events, "
                f"{S.total('events_ab')} AS events_ab, {S.total('events - events_ab')} AS events_ba, "
                f"{SUMMED_MEAN_GOLDSTEIN} AS goldstein_mean FROM sum_pairs {where} GROUP BY actor_a, actor_b "
                f"ORDER BY events DESC, source, target{page}"), params + pparams
    where, params = event_where(
        d, extra="e.source_actor_id IS NOT NULL AND e.target_actor_id IS NOT NULL "
                 "AND e.source_actor_id <> e.target_actor_id", **filters)
    return (f"""
WITH x AS (
  SELECT least(e.source_actor_id, e.target_actor_id) AS a, greatest(e.source_actor_id, e.target_actor_id) AS b,
         e.source_actor_id AS s, e.goldstein AS g
  {event_from(where)} {where})
SELECT a AS source, b AS target, count(*) AS events, count(*) FILTER (WHERE s = a) AS events_ab,
       count(*) FILTER (WHERE s = b) AS events_ba, {mean_goldstein(f"sum(CAST(g AS {GOLDSTEIN_DECIMAL}))", "count(g)")} AS goldstein_mean
FROM x GROUP BY a, b ORDER BY events DESC, a, b{page}"""), params + pparams


def map_countries_sql(d: Dialect = DUCKDB, summaries: bool = True, **filters: Any) -> Sql:
    """Events per country where they happened."""
    f = _summary(filters, S.MODALITY_ONLY, summaries)
    if f is not None:
        where, params = S.where(d, f)
        return (f"SELECT country, {S.total()} AS events, {SUMMED_MEAN_GOLDSTEIN} AS goldstein_mean "
                f"FROM sum_place_countries {where} GROUP BY country ORDER BY events DESC, country"), params
    where, params = event_where(d, extra="e.place_country IS NOT NULL", **filters)
    return ("SELECT upper(e.place_country) AS country, count(*) AS events, "
            f"{MEAN_GOLDSTEIN} AS goldstein_mean "
            f"{event_from(where)} {where} GROUP BY upper(e.place_country) ORDER BY events DESC, country"), params


def map_points_sql(d: Dialect = DUCKDB, points: Any = 300, summaries: bool = True, **filters: Any) -> Sql:
    """Events per located place (name, country, rounded coordinates), most events first."""
    page, pparams = page_sql(points, 0)
    f = _summary(filters, S.MODALITY_ONLY, summaries)
    if f is not None:
        where, params = S.where(d, f)
        # qualified: the output columns name and country differ from the stored ones
        return ("SELECT CASE WHEN p.name_known THEN p.name END AS name, "
                "CASE WHEN p.country_known THEN p.country END AS country, p.lat, p.lon, "
                f"{S.total()} AS events, {SUMMED_MEAN_GOLDSTEIN} AS goldstein_mean FROM sum_places p {where} "
                "GROUP BY p.name, p.name_known, p.country, p.country_known, p.lat, p.lon "
                f"ORDER BY events DESC, name{page}"), params + pparams
    where, params = event_where(d, extra="e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL", **filters)
    keys = ("e.place_name", "upper(e.place_country)", _round3("e.place_lat"), _round3("e.place_lon"))
    return (f"SELECT {keys[0]} AS name, {keys[1]} AS country, {keys[2]} AS lat, {keys[3]} AS lon, "
            f"count(*) AS events, {MEAN_GOLDSTEIN} AS goldstein_mean "
            f"{event_from(where)} {where} GROUP BY {', '.join(keys)} ORDER BY events DESC, name{page}"),\
        params + pparams


def partners_sql(d: Dialect, actor_id: str, limit: Any = 10, **filters: Any) -> Sql:
    """The actors an actor has most events with (either direction): counts each way, mean Goldstein."""
    where, params = event_where(d, extra="(e.source_actor_id = ? OR e.target_actor_id = ?)", **filters)
    page, pparams = page_sql(limit, 0)
    return (f"""
WITH x AS (
  SELECT CASE WHEN e.source_actor_id = ? THEN e.target_actor_id ELSE e.source_actor_id END AS partner,
         e.source_actor_id = ? AS outgoing, e.goldstein
  {event_from(where)} {where})
SELECT x.partner AS id, min(p.name) AS name, min(p.code) AS code, count(*) AS events,
       count(*) FILTER (WHERE outgoing) AS as_source, count(*) FILTER (WHERE NOT outgoing) AS as_target,
       {mean_goldstein(f"sum(CAST(x.goldstein AS {GOLDSTEIN_DECIMAL}))", "count(x.goldstein)")} AS goldstein_mean
FROM x LEFT JOIN actors p ON p.id = x.partner
WHERE x.partner IS NOT NULL AND x.partner <> ?
GROUP BY x.partner ORDER BY events DESC, name, x.partner{page}"""),\
        [actor_id, actor_id, *params, actor_id, actor_id, actor_id, *pparams]


def actor_events_by_sql(d: Dialect, actor_id: str, column: str) -> Sql:
    """An actor's asserted events counted by `column` (quad_class or cameo_root), with how many as source."""
    if column not in ("quad_class", "cameo_root"):
        raise QueryError(f"cannot count events by {column!r}")
    return (f"SELECT e.{column}, count(*) AS events, count(*) FILTER (WHERE e.source_actor_id = ?) AS as_source "
            "FROM events e WHERE e.modality = 'asserted' AND (e.source_actor_id = ? OR e.target_actor_id = ?) "
            f"GROUP BY e.{column} ORDER BY events DESC, e.{column}"), [actor_id, actor_id, actor_id]
