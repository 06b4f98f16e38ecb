"""The timeline as `GET /api/timeline` and `newsgraph timeline --json` give it: one builder, so both say the same.

The store counts the events per period (`Store.timeline`) and `store.imprecise.placed_timeline` takes the
events dated coarser than the interval out of the periods; this module only lays the answer out.
"""
from __future__ import annotations

from typing import Any


def timeline_answer(store: Any, interval: str, **filters: Any) -> dict[str, Any]:
    """{"interval", "window", "outside", "quad_classes", "periods": [{period, total, q1..q4, goldstein_mean}],
    "imprecise": [{date, precision, period, total, q1..q4}]} for the events matching `filters`."""
    from newsgraph.store.imprecise import placed_timeline

    res, periods, imprecise = placed_timeline(store, interval, **filters)
    return {**res.meta, "periods": periods, "imprecise": imprecise}
