"""SQL behind the REST API that the store's query methods do not cover: the dyad filter, evidence
highlights, actor profiles and the chart aggregates (timeline, network, map), all computed in DuckDB so
that a page or a chart costs the same on a 1 M-event database as on the sample corpus.

Filters come from `newsgraph.store.queries.event_where`; user values are always bound parameters.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from newsgraph.api.params import EventFilters, pair
from newsgraph.store import Store
from newsgraph.store import queries as Q

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


_ACTOR_ID = re.compile(r"^[0-9a-f]{16}$")   # Actor.make_id: 16 hex digits


def _is_actor_id(store: Store | None, spec: str) -> bool:
    return bool(store is not None and _ACTOR_ID.match(spec)
                and store.query("SELECT 1 AS x FROM actors WHERE id = ?", [spec]))


def _side(store: Store | None, side: str, spec: str) -> tuple[str, list[Any]]:
    """Match one side of an event: by id equality when `spec` is a stored actor id (what the dashboard
    sends; cheap on a big table), else the store's code/name/alias match."""
    col = "source" if side == "source" else "target"
    if _is_actor_id(store, spec):
        return f"e.{col}_actor_id = ?", [spec]
    return Q.actor_match("sa" if col == "source" else "ta", spec, f"e.{col}_code", f"e.{col}_actor_id",
                         f"e.{col}_text")


def event_where(f: EventFilters, extra: str | None = None, store: Store | None = None) -> tuple[str, list[Any]]:
    """WHERE over Q.EVENT_FROM for the filters, plus the dyad clause and an optional extra condition."""
    filters = f.store_filters()
    own: list[tuple[str, list[Any]]] = []
    for key in ("actor", "source", "target"):
        spec = filters.get(key)
        if spec and _is_actor_id(store, spec):
            filters.pop(key)
            if key == "actor":
                own.append(("e.source_actor_id = ? OR e.target_actor_id = ?", [spec, spec]))
            else:
                own.append((f"e.{key}_actor_id = ?", [spec]))
    where, params = Q.event_where(**filters)
    clauses = [where[len("WHERE "):]] if where else []
    for sql, p in own:
        clauses.append(f"({sql})")
        params = params + p
    dy = pair(f.dyad, "dyad")
    if dy:
        a, b = dy
        sides = []
        for x, y in ((a, b), (b, a)):
            s_sql, s_par = _side(store, "source", x)
            t_sql, t_par = _side(store, "target", y)
            sides.append((f"(({s_sql}) AND ({t_sql}))", s_par + t_par))
        clauses.append(f"({sides[0][0]} OR {sides[1][0]})")
        params = params + sides[0][1] + sides[1][1]
    if extra:
        clauses.append(extra)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def event_from(*sql: str) -> str:
    """Q.EVENT_FROM with only the joins the given SQL fragments use (aliases a, sa, ta), so counts and
    aggregates over a big events table do not pay for joins they do not need."""
    text = " ".join(sql)
    out = ["FROM events e"]
    if re.search(r"\ba\.", text):
        out.append("JOIN articles a ON a.id = e.article_id")
    if re.search(r"\bsa\.", text):
        out.append("LEFT JOIN actors sa ON sa.id = e.source_actor_id")
    if re.search(r"\bta\.", text):
        out.append("LEFT JOIN actors ta ON ta.id = e.target_actor_id")
    return "\n".join(out)


@functools.lru_cache(maxsize=1)
def _cameo_names() -> dict[str, str]:
    try:
        from newsgraph.events.ontology import cameo_table
        return {c: v.name for c, v in cameo_table().items()}
    except Exception:  # the ontology file is optional for browsing a database
        return {}


def label_events(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add the CAMEO code name and the QuadClass name to event rows (for display)."""
    names = _cameo_names()
    for r in rows:
        r["cameo_name"] = names.get(r.get("cameo_code") or "") or names.get(r.get("cameo_root") or "")
        r["quad_name"] = QUAD_NAMES.get(r.get("quad_class"))
    return rows


# ---------------------------------------------------------------- events

def events_page(store: Store, f: EventFilters, limit: int, offset: int, sort: str) -> dict[str, Any]:
    """One page of events and the total. The page's ids are found first with the fewest joins; only
    those rows then get their names, evidence sentence and article columns."""
    where, params = event_where(f, store=store)
    order = Q.EVENT_ORDER[sort]
    total = store.query(f"SELECT count(*) AS n {event_from(where)} {where}", params)[0]["n"]
    ids = f"SELECT e.id {event_from(where, order)} {where} ORDER BY {order} LIMIT ? OFFSET ?"
    rows = store.query(f"SELECT {Q.EVENT_COLUMNS} {Q.EVENT_FROM} WHERE e.id IN ({ids}) ORDER BY {order}",
                       params + [limit, offset])
    return {"total": total, "limit": limit, "offset": offset, "items": label_events(rows)}


def event_detail(store: Store, event_id: str) -> dict[str, Any] | None:
    """One event (any modality) with the spans to highlight in its evidence sentence.

    Highlight offsets are relative to the evidence sentence: source and target (their mentions in the
    sentence, else the first occurrence of the coded text), the cue, and the times and places in it.
    """
    rows = store.events(event_id=event_id, modality=None, limit=1)
    if not rows:
        return None
    ev = label_events(rows)[0]
    s0, s1 = ev["evidence_start"] or 0, ev["evidence_end"] or 0
    evidence = ev.get("evidence") or ""
    spans: list[dict[str, Any]] = []

    def add(kind: str, start: int | None, end: int | None, **extra: Any) -> None:
        if start is None or end is None or start < s0 or end > s1 or end <= start:
            return
        spans.append({"kind": kind, "start": start - s0, "end": end - s0,
                      "text": evidence[start - s0:end - s0], **extra})

    for side in ("source", "target"):
        aid, text = ev.get(f"{side}_actor_id"), ev.get(f"{side}_text")
        found = False
        if aid:
            for m in store.query('SELECT start, "end" FROM mentions WHERE article_id = ? AND actor_id = ? '
                                 'AND start >= ? AND "end" <= ? ORDER BY start', [ev["article_id"], aid, s0, s1]):
                add(side, m["start"], m["end"])
                found = True
        if not found and text:
            i = evidence.find(text)
            if i >= 0:
                add(side, s0 + i, s0 + i + len(text))
    add("cue", ev.get("cue_start"), ev.get("cue_end"))
    for t in store.query('SELECT start, "end", value FROM times WHERE article_id = ? AND start >= ? '
                         'AND "end" <= ? ORDER BY start', [ev["article_id"], s0, s1]):
        add("time", t["start"], t["end"], value=t["value"])
    for p in store.query('SELECT start, "end", country FROM places WHERE article_id = ? AND start >= ? '
                         'AND "end" <= ? ORDER BY start', [ev["article_id"], s0, s1]):
        add("place", p["start"], p["end"], country=p["country"])
    ev["highlights"] = sorted(spans, key=lambda s: (s["start"], -s["end"]))
    return ev


# ---------------------------------------------------------------- aggregates

def _interval_for(days: int) -> str:
    return "day" if days <= 120 else "week" if days <= 2 * 366 else "month"


def _core_range(store: Store, where: str, params: list[Any]) -> tuple[dt.date, dt.date, dt.date, dt.date] | None:
    """(first, last, core start, core end) of the matching event dates; the core leaves out outliers
    beyond three interquartile ranges (at least two weeks) from the middle half."""
    r = store.query(f"SELECT min(e.event_date) AS lo, max(e.event_date) AS hi, "
                    f"quantile_disc(e.event_date, 0.25) AS q1, quantile_disc(e.event_date, 0.75) AS q3 "
                    f"{event_from(where)} {where}", params)[0]
    if r["lo"] is None:
        return None
    lo, hi, q1, q3 = (dt.date.fromisoformat(r[k]) for k in ("lo", "hi", "q1", "q3"))
    fence = 3 * max((q3 - q1).days, 14)
    return lo, hi, max(lo, q1 - dt.timedelta(days=fence)), min(hi, q3 + dt.timedelta(days=fence))


def timeline(store: Store, f: EventFilters, interval: str) -> dict[str, Any]:
    """Events per period by QuadClass, with mean Goldstein, over dated events.

    interval 'auto' picks day/week/month from the date span. Without a date filter, a few far-off dates
    (a stray "2030" in a sentence) would squash the chart, so 'auto' then leaves out dates more than three
    interquartile ranges from the middle half, and reports how many events it left out.
    """
    where, params = event_where(f, "e.event_date IS NOT NULL", store)
    window = None
    outside = {"before": 0, "after": 0}
    if interval == "auto":
        rng = _core_range(store, where, params)
        if rng is None:
            interval = "day"
        else:
            lo, hi, c_lo, c_hi = rng
            if not (f.since or f.until) and (c_lo, c_hi) != (lo, hi):
                window = (c_lo.isoformat(), c_hi.isoformat())
                lo, hi = c_lo, c_hi
            interval = _interval_for((hi - lo).days)
    if window:
        cnt = store.query(f"SELECT count(*) FILTER (WHERE e.event_date < ?) AS before, "
                          f"count(*) FILTER (WHERE e.event_date > ?) AS after {event_from(where)} {where}",
                          [window[0], window[1]] + params)[0]
        outside = {"before": cnt["before"], "after": cnt["after"]}
        where, params = event_where(f, "e.event_date IS NOT NULL AND e.event_date BETWEEN ? AND ?", store)
        params = params + [window[0], window[1]]
    rows = store.query(
        f"SELECT CAST(date_trunc('{interval}', e.event_date) AS DATE) AS period, count(*) AS total, "
        "count(*) FILTER (WHERE e.quad_class = 1) AS q1, count(*) FILTER (WHERE e.quad_class = 2) AS q2, "
        "count(*) FILTER (WHERE e.quad_class = 3) AS q3, count(*) FILTER (WHERE e.quad_class = 4) AS q4, "
        f"round(avg(e.goldstein), 3) AS goldstein_mean {event_from(where)} {where} GROUP BY period ORDER BY period",
        params)
    return {"interval": interval, "quad_classes": QUAD_NAMES, "window": window, "outside": outside,
            "periods": rows}


def network(store: Store, f: EventFilters, limit: int) -> dict[str, Any]:
    """Undirected actor pairs with event counts (each direction too) and mean Goldstein, plus nodes."""
    where, params = event_where(
        f, "e.source_actor_id IS NOT NULL AND e.target_actor_id IS NOT NULL "
           "AND e.source_actor_id <> e.target_actor_id", store)
    edges = store.query(f"""
WITH x AS (
  SELECT least(e.source_actor_id, e.target_actor_id) AS a, greatest(e.source_actor_id, e.target_actor_id) AS b,
         e.source_actor_id AS s, e.goldstein AS g
  {event_from(where)} {where})
SELECT a AS source, b AS target, count(*) AS events, count(*) FILTER (WHERE s = a) AS events_ab,
       count(*) FILTER (WHERE s = b) AS events_ba, round(avg(g), 3) AS goldstein_mean
FROM x GROUP BY a, b ORDER BY events DESC, a, b LIMIT ?""", params + [limit])
    ids = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    nodes = []
    if ids:
        nodes = store.query("SELECT id, name, code, kind, country, sector FROM actors "
                            "WHERE id IN (SELECT unnest(?)) ORDER BY name, id", [ids])
        weight: dict[str, int] = {}
        for e in edges:
            for k in ("source", "target"):
                weight[e[k]] = weight.get(e[k], 0) + e["events"]
        for n in nodes:
            n["events"] = weight.get(n["id"], 0)
    return {"nodes": nodes, "edges": edges}


@functools.lru_cache(maxsize=1)
def _iso_numeric() -> dict[str, str]:
    """ISO3 -> ISO numeric (the ids of the world-atlas country shapes)."""
    import pycountry
    return {c.alpha_3: c.numeric for c in pycountry.countries}


def event_map(store: Store, f: EventFilters, points: int) -> dict[str, Any]:
    """Events per country (by where they happened) and per located place (top `points`)."""
    where, params = event_where(f, "e.place_country IS NOT NULL", store)
    countries = store.query(
        f"SELECT upper(e.place_country) AS country, count(*) AS events, round(avg(e.goldstein), 3) AS goldstein_mean "
        f"{event_from(where)} {where} GROUP BY 1 ORDER BY events DESC, country", params)
    num = _iso_numeric()
    for c in countries:
        c["numeric"] = num.get(c["country"])
    where, params = event_where(f, "e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL", store)
    pts = store.query(
        "SELECT e.place_name AS name, upper(e.place_country) AS country, round(e.place_lat, 3) AS lat, "
        "round(e.place_lon, 3) AS lon, count(*) AS events, round(avg(e.goldstein), 3) AS goldstein_mean "
        f"{event_from(where)} {where} GROUP BY 1, 2, 3, 4 ORDER BY events DESC, name LIMIT ?", params + [points])
    return {"countries": countries, "points": pts}


# ---------------------------------------------------------------- actors

def actor_profile(store: Store, actor_id: str, partners: int = 10) -> dict[str, Any] | None:
    """An actor with its counts, events by QuadClass and CAMEO root, top partners and latest quotes."""
    actor = store.actor(actor_id)
    if actor is None:
        return None
    both = "e.modality = 'asserted' AND (e.source_actor_id = ? OR e.target_actor_id = ?)"
    actor["events_by_quad_class"] = store.query(
        f"SELECT e.quad_class, count(*) AS events, count(*) FILTER (WHERE e.source_actor_id = ?) AS as_source "
        f"FROM events e WHERE {both} GROUP BY 1 ORDER BY 1", [actor_id, actor_id, actor_id])
    roots = store.query(
        f"SELECT e.cameo_root, count(*) AS events FROM events e WHERE {both} GROUP BY 1 ORDER BY events DESC, 1",
        [actor_id, actor_id])
    names = _cameo_names()
    for r in roots:
        r["cameo_name"] = names.get(r["cameo_root"] or "")
    actor["events_by_root"] = roots
    actor["top_partners"] = store.query(f"""
WITH x AS (
  SELECT CASE WHEN e.source_actor_id = ? THEN e.target_actor_id ELSE e.source_actor_id END AS partner,
         e.source_actor_id = ? AS outgoing, e.goldstein
  FROM events e WHERE {both})
SELECT x.partner AS id, any_value(ac.name) AS name, any_value(ac.code) AS code, count(*) AS events,
       count(*) FILTER (WHERE outgoing) AS as_source, count(*) FILTER (WHERE NOT outgoing) AS as_target,
       round(avg(x.goldstein), 3) AS goldstein_mean
FROM x LEFT JOIN actors ac ON ac.id = x.partner
WHERE x.partner IS NOT NULL AND x.partner <> ?
GROUP BY x.partner ORDER BY events DESC, name LIMIT ?""",
        [actor_id, actor_id, actor_id, actor_id, actor_id, partners])
    actor["recent_quotes"] = store.quotes(speaker=actor_id, limit=5)
    return actor


# ---------------------------------------------------------------- metadata

def meta(store: Store) -> dict[str, Any]:
    """What the dashboard needs for its filter controls and header."""
    rng = store.query("SELECT min(event_date) AS first, max(event_date) AS last FROM events "
                      "WHERE modality = 'asserted'")[0]
    pub = store.query("SELECT min(published) AS first, max(published) AS last FROM articles")[0]
    outlets = store.query("SELECT source AS outlet, count(*) AS articles FROM articles WHERE source IS NOT NULL "
                          "GROUP BY 1 ORDER BY articles DESC, outlet LIMIT 200")
    roots = store.query("SELECT cameo_root AS root, count(*) AS events FROM events WHERE cameo_root IS NOT NULL "
                        "GROUP BY 1 ORDER BY 1")
    names = _cameo_names()
    for r in roots:
        r["name"] = names.get(r["root"])
    plover = store.query("SELECT plover_type, count(*) AS events FROM events WHERE plover_type IS NOT NULL "
                         "GROUP BY 1 ORDER BY 1")
    return {"counts": store.counts(), "event_dates": rng, "published": pub, "outlets": outlets, "cameo_roots": roots,
            "plover_types": plover, "quad_classes": QUAD_NAMES, "modalities": list(Q.MODALITIES)}
