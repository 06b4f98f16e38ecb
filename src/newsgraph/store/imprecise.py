"""A timeline's periods hold only the events whose date really falls in them.

An event dated only to a month or a year ("next year", "in July") is stored with the first day of that
month or year as its event_date (rows.parse_event_date), so a weekly timeline counted "2025" in the week
of 30 December 2024 and stretched its axis to reach it. `place_precisely` takes the events dated coarser
than the interval out of the periods (counts by QuadClass and the mean Goldstein of what is left) and
returns them apart, per date as the text gave it, for the chart to name instead of drawing.
"""
from __future__ import annotations

import calendar
import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from newsgraph.store import aggregates as A


def period_end(start: dt.date, interval: str) -> dt.date:
    """The last day of the period that begins on `start`."""
    if interval == "week":
        return start + dt.timedelta(days=6)
    if interval == "month":
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if interval == "year":
        return start.replace(month=12, day=31)
    return start


def _first_days(lo: dt.date, hi: dt.date, months: bool) -> list[dt.date]:
    """The first days of the months (or only of the years) from `lo` to `hi`."""
    out, y, m = [], lo.year, lo.month
    while (y, m) <= (hi.year, hi.month):
        day = dt.date(y, m, 1)
        if lo <= day and (months or m == 1):
            out.append(day)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


_SUMS = ("goldstein_sum", "goldstein_n")


def mean_goldstein(total: Any, n: int) -> float | None:
    """The mean of `n` scores summing to `total` as the store's SQL gives it (aggregates.mean_goldstein: a double
    quotient rounded to 3 places half away from zero). Python's round() goes half to even, so a period
    that lost imprecise events showed 0.062 where the SQL shows 0.063 for a mean of 0.0625."""
    if not n:
        return None
    return float(Decimal(repr(float(total) / n)).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP))


def place_precisely(store: Any, interval: str, periods: list[dict[str, Any]], window: list[str] | None,
                    filters: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(periods without the events dated coarser than `interval`, those events: one row per date as the
    text gave it, with its precision, the period it was counted in, and its counts by QuadClass).
    `periods` and `window` are a `Store.timeline` result's rows and window, for the same filters; the
    mean Goldstein of a period that loses events is that of the rest, from the exact sums."""
    coarse = A.COARSER_THAN[interval]
    imprecise: list[dict[str, Any]] = []
    if coarse and periods:
        lo = dt.date.fromisoformat(periods[0]["period"])
        hi = period_end(dt.date.fromisoformat(periods[-1]["period"]), interval)
        if window:
            lo, hi = max(lo, dt.date.fromisoformat(window[0])), min(hi, dt.date.fromisoformat(window[1]))
        days = _first_days(lo, hi, months="month" in coarse)
        if days:
            imprecise = store.query(*A.imprecise_sql(store.dialect, interval, days, **filters))
    by_period = {p["period"]: dict(p) for p in periods}
    for r in imprecise:
        p = by_period[r["period"]]
        for k in ("total", "q1", "q2", "q3", "q4", *_SUMS):
            p[k] -= r.pop(k) if k in _SUMS else r[k]
        p["goldstein_mean"] = mean_goldstein(p["goldstein_sum"], p["goldstein_n"])
    for p in by_period.values():
        for k in _SUMS:
            p.pop(k, None)
    return [p for p in by_period.values() if p["total"] > 0], imprecise


def placed_timeline(store: Any, interval: str, **filters: Any) -> tuple[Any, list[dict[str, Any]], list[dict[str, Any]]]:
    """`store.timeline(interval, **filters)`, its periods holding only the events dated at least as finely as
    the interval, and the others apart: what the REST API, the CLI and the store benchmark show."""
    res = store.timeline(interval, **filters)
    return (res, *place_precisely(store, res.meta["interval"], res.rows, res.meta["window"], filters))
