"""The shapes of the API's successful answers, for the OpenAPI document.

They document (`responses={200: {"model": ...}}`); the routes still return plain dicts built by the
store, so a row may carry more columns than listed here (every model allows extra fields). The
schemathesis run (tests/test_api_schemathesis.py) checks real answers against these shapes.
"""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class EventRow(Open):
    id: str
    article_id: str
    event_date: str | None = None
    source_actor_id: str | None = None
    source_code: str | None = None
    target_actor_id: str | None = None
    target_code: str | None = None
    cameo_code: str | None = None
    cameo_root: str | None = None
    cameo_name: str | None = None
    quad_class: int | None = None
    quad_name: str | None = None
    goldstein: float | None = None
    plover_type: str | None = None
    modality: str | None = None
    evidence: str | None = None
    evidence_start: int | None = None
    evidence_end: int | None = None
    rule_id: str | None = None
    confidence: float | None = None


class Highlight(Open):
    kind: str
    start: int
    end: int
    text: str


class EventDetail(EventRow):
    highlights: list[Highlight]


class ArticleRow(Open):
    id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    n_events: int | None = None
    n_quotes: int | None = None


class ArticleDetail(ArticleRow):
    text: str
    captions: list[Any]
    events: list[EventRow]
    mentions: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    times: list[dict[str, Any]]
    places: list[dict[str, Any]]


class ActorRow(Open):
    id: str
    name: str | None = None
    code: str | None = None
    kind: str | None = None
    country: str | None = None
    aliases: list[str] | None = None
    n_events: int | None = None


class ActorProfile(ActorRow):
    events_by_quad_class: list[dict[str, Any]]
    events_by_root: list[dict[str, Any]]
    top_partners: list[dict[str, Any]]
    recent_quotes: list[dict[str, Any]]


class QuoteRow(Open):
    id: str
    article_id: str
    kind: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    speaker_actor_id: str | None = None
    speaker_name: str | None = None


class Page(Open):
    """One page of a listing: `total` rows match (more than `total` when `total_exact` is false: a
    search's total is counted up to 10,000, or past the page); `items` are rows offset..offset+limit."""

    total: int
    total_exact: bool = True
    limit: int | None
    offset: int


class EventPage(Page):
    items: list[EventRow]


class ArticlePage(Page):
    items: list[ArticleRow]


class ActorPage(Page):
    items: list[ActorRow]


class QuotePage(Page):
    items: list[QuoteRow]


class QuadCounts(Open):
    """Events in total and by QuadClass (1 verbal cooperation ... 4 material conflict)."""
    total: int
    q1: int
    q2: int
    q3: int
    q4: int


class Period(QuadCounts):
    period: str
    goldstein_mean: float | None = None


class ImpreciseDate(QuadCounts):
    """Events dated only to a month or a year, coarser than the interval: in no period (`period` is the
    one the first day of their month or year falls in)."""
    date: str | None = None
    precision: str
    period: str


class Timeline(Open):
    interval: str
    window: list[str] | None = None
    outside: dict[str, int]
    periods: list[Period]
    imprecise: list[ImpreciseDate] = []


class Node(Open):
    id: str
    name: str | None = None
    events: int


class Edge(Open):
    source: str
    target: str
    events: int
    events_ab: int
    events_ba: int
    goldstein_mean: float | None = None


class Network(Open):
    nodes: list[Node]
    edges: list[Edge]


class CountryCount(Open):
    country: str
    events: int
    numeric: str | None = None


class PlaceCount(Open):
    name: str | None = None
    country: str | None = None
    lat: float
    lon: float
    events: int


class EventMap(Open):
    countries: list[CountryCount]
    points: list[PlaceCount]


class Meta(Open):
    counts: dict[str, int]
    max_limit: int


class IngestResult(Open):
    origin: str
    status: Literal["stored", "unchanged", "duplicate", "near-duplicate", "skipped", "error"]
    article_id: str | None = None
    reason: str | None = None


class IngestAnswer(Open):
    request: str
    articles: list[str]
    results: list[IngestResult]
    stored: dict[str, int]
    summary: dict[str, Any]


def ok(model: type[BaseModel]) -> dict[int | str, dict[str, Any]]:
    """The `responses=` entry documenting a route's 200 answer."""
    return {200: {"model": model, "description": "OK"}}
