"""REST endpoints (mounted under /api/). Each is a thin wrapper: validate, query, shape the JSON (a listing's
page is `Results.listing()`, the shape the CLI's --json prints too)."""
from __future__ import annotations

import functools
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request

from newsgraph.api import answers as A
from newsgraph.api.answers import ok
from newsgraph.api.errors import ApiError, error_responses
from newsgraph.api.params import DEFAULT_LIMIT, MAX_LIMIT, Id, Limit, Offset, event_filters, value_query
from newsgraph.store import Store
from newsgraph.store.filters import is_blank
from newsgraph.store.store import QUAD_NAMES
from newsgraph.timeline import timeline_answer

# Every route: 400 for a Host not served (guard.py) or a filter value that matches nothing, 422 for a
# parameter that does not fit this document.
router = APIRouter(responses=error_responses(400, 422))
NOT_FOUND = error_responses(404)
EventFilters = Annotated[dict[str, Any], Depends(event_filters)]
Sort = Literal["date", "-date", "goldstein", "-goldstein", "confidence", "-confidence", "code", "article"]
# Article filters that articles and quotes share (an article's outlet and publication day)
Outlet = value_query("text", "News outlet, exact, any case.")
PublishedSince = value_query("date_from", "Published from.")
PublishedUntil = value_query("date_until", "Published until (inclusive).")


def store(request: Request) -> Store:
    return request.app.state.store


def listing(db: Store, what: str, limit: int, offset: int, **filters: Any) -> dict[str, Any]:
    """One page of a store listing ("articles", "actors", "quotes"); unset and blank filters dropped."""
    filters = {k: v for k, v in filters.items() if not is_blank(v)}
    return getattr(db, what)(limit=limit, offset=offset, **filters).listing()


def found(record: dict[str, Any] | None, what: str, record_id: str) -> dict[str, Any]:
    """`record`, or a 404 saying that no `what` has that id (the answer of every route for one record)."""
    if record is None:
        raise ApiError(404, f"no {what} with id {record_id!r}")
    return record


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


@functools.lru_cache(maxsize=1)
def _iso_numeric() -> dict[str, str]:
    """ISO3 -> ISO numeric (the ids of the world-atlas country shapes)."""
    import pycountry
    return {c.alpha_3: c.numeric for c in pycountry.countries}


@router.get("/meta", tags=["meta"], response_model=None, responses=ok(A.Meta),
            summary="Counts, date range and the values the filters can take")
def get_meta(db: Store = Depends(store)) -> dict[str, Any]:
    out = db.meta()
    names = _cameo_names()
    for r in out["cameo_roots"]:
        r["name"] = names.get(r["root"])
    out["max_limit"] = MAX_LIMIT
    return out


# ---------------------------------------------------------------- articles

@router.get("/articles", tags=["articles"], response_model=None, responses=ok(A.ArticlePage),
            summary="Articles with event and quote counts")
def list_articles(
    db: Store = Depends(store), limit: Limit = DEFAULT_LIMIT, offset: Offset = 0, outlet: Outlet = None,
    since: PublishedSince = None, until: PublishedUntil = None,
    search: value_query("text", "Text in title or body.") = None,
) -> dict[str, Any]:
    return listing(db, "articles", limit, offset, outlet=outlet, since=since, until=until, search=search)


@router.get("/articles/{article_id}", tags=["articles"], response_model=None,
            responses={**ok(A.ArticleDetail), **NOT_FOUND},
            summary="One article: text, captions, and its mentions, events, quotes, times and places")
def get_article(article_id: Id, db: Store = Depends(store)) -> dict[str, Any]:
    art = found(db.article(article_id), "article", article_id)
    label_events(art["events"])
    return art


# ---------------------------------------------------------------- events

@router.get("/events", tags=["events"], response_model=None, responses=ok(A.EventPage),
            summary="Events matching the filters, one page at a time")
def list_events(
    f: EventFilters, db: Store = Depends(store), limit: Limit = DEFAULT_LIMIT, offset: Offset = 0,
    sort: Annotated[Sort, Query(description="Order; '-' for descending.")] = "-date",
) -> dict[str, Any]:
    res = db.events(limit=limit, offset=offset, order=sort, **f)
    return res.listing(label_events(res.rows))


@router.get("/events/{event_id}", tags=["events"], response_model=None,
            responses={**ok(A.EventDetail), **NOT_FOUND},
            summary="One event with the spans to highlight in its evidence sentence")
def get_event(event_id: Id, db: Store = Depends(store)) -> dict[str, Any]:
    return label_events([found(db.event(event_id), "event", event_id)])[0]


# ---------------------------------------------------------------- actors

@router.get("/actors", tags=["actors"], response_model=None, responses=ok(A.ActorPage),
            summary="Actors with mention, article, event and quote counts")
def list_actors(
    db: Store = Depends(store), limit: Limit = DEFAULT_LIMIT, offset: Offset = 0,
    search: value_query("text", "Name or alias contains.") = None,
    country: value_query("country", "ISO3 country (any case).") = None,
    sector: Annotated[str, Query(pattern=r"^[A-Za-z]{2,5}$", description="GOV, MIL, MED, ...")] = None,
    kind: Annotated[Literal["PERSON", "COUNTRY", "ORG", "GROUP"], Query()] = None,
    code: Annotated[str, Query(pattern=r"^[A-Za-z-]{2,12}$", description="CAMEO actor code.")] = None,
) -> dict[str, Any]:
    return listing(db, "actors", limit, offset, search=search, country=country, sector=sector, kind=kind,
                   code=code)


@router.get("/actors/{actor_id}", tags=["actors"], response_model=None,
            responses={**ok(A.ActorProfile), **NOT_FOUND},
            summary="Actor profile: counts, events by QuadClass and CAMEO root, top partners, latest quotes")
def get_actor(actor_id: Id, db: Store = Depends(store),
              partners: Annotated[int, Query(ge=1, le=100)] = 10) -> dict[str, Any]:
    prof = found(db.actor_profile(actor_id, partners), "actor", actor_id)
    names = _cameo_names()
    for r in prof["events_by_root"]:
        r["cameo_name"] = names.get(r["cameo_root"] or "")
    return prof


# ---------------------------------------------------------------- quotes

@router.get("/quotes", tags=["quotes"], response_model=None, responses=ok(A.QuotePage),
            summary="Quotes with speaker and article")
def list_quotes(
    db: Store = Depends(store), limit: Limit = DEFAULT_LIMIT, offset: Offset = 0,
    speaker: value_query("actor", "Code, actor id or name.") = None,
    search: value_query("text", "Text in the quote.") = None,
    kind: Annotated[Literal["direct", "indirect", "mixed", "partial"], Query()] = None,
    country: value_query("country", "Speaker's country (any case).") = None,
    since: PublishedSince = None, until: PublishedUntil = None, outlet: Outlet = None,
    article_id: value_query("id", "Quotes of one article.") = None,
) -> dict[str, Any]:
    return listing(db, "quotes", limit, offset, speaker=speaker, search=search, kind=kind, country=country,
                   since=since, until=until, outlet=outlet, article_id=article_id)


# ---------------------------------------------------------------- aggregates

@router.get("/timeline", tags=["aggregates"], response_model=None, responses=ok(A.Timeline),
            summary="Events per day/week/month by QuadClass with mean Goldstein; events dated only to a month or "
                    "a year, coarser than the interval, apart (`imprecise`)")
def get_timeline(
    f: EventFilters, db: Store = Depends(store),
    interval: Annotated[Literal["auto", "day", "week", "month", "year"], Query()] = "auto",
) -> dict[str, Any]:
    return timeline_answer(db, interval, **f)


@router.get("/network", tags=["aggregates"], response_model=None, responses=ok(A.Network),
            summary="Actor pairs with event counts and mean Goldstein (the strongest `limit` pairs)")
def get_network(
    f: EventFilters, db: Store = Depends(store),
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Number of actor pairs.")] = 80,
) -> dict[str, Any]:
    res = db.network(limit, **f)
    return {"nodes": res.meta["nodes"], "edges": res.rows}


@router.get("/map", tags=["aggregates"], response_model=None, responses=ok(A.EventMap),
            summary="Events per country (where they happened) and per place")
def get_map(
    f: EventFilters, db: Store = Depends(store),
    points: Annotated[int, Query(ge=0, le=2000, description="Number of places (most events first).")] = 300,
) -> dict[str, Any]:
    out = db.event_map(points, **f)
    num = _iso_numeric()
    for c in out["countries"]:
        c["numeric"] = num.get(c["country"])
    return out
