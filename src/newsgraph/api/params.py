"""Query parameters shared by the event endpoints, declared once so OpenAPI documents them and
FastAPI validates them before any SQL is built.

Values that pass here still go through `newsgraph.store.queries` (which raises QueryError on anything
it cannot use) and only ever reach DuckDB as bound parameters.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Query

from newsgraph.settings import get_settings
from newsgraph.store.queries import MODALITIES, QueryError

MAX_LIMIT = get_settings().api_max_limit          # hard cap on any page of rows
DEFAULT_LIMIT = get_settings().api_default_limit

ISO3 = r"^[A-Za-z]{3}$"
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
TEXT = 200               # max length of free-text filter values

Limit = Annotated[int, Query(ge=0, le=MAX_LIMIT, description=f"Rows per page (0-{MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]


def modality_list(value: str | None) -> list[str] | None:
    """'asserted' / 'negated,planned' / 'all' -> list for the store (None = every modality)."""
    if value is None:
        return ["asserted"]
    items = [v.strip().lower() for v in value.split(",") if v.strip()]
    if not items:
        raise QueryError("modality: empty value; use e.g. asserted, negated,planned or all")
    if "all" in items:
        return None
    bad = [v for v in items if v not in MODALITIES]
    if bad:
        raise QueryError(f"modality: unknown value(s) {', '.join(map(repr, bad))}; "
                         f"expected {', '.join(MODALITIES)} or all")
    return items


def pair(value: str | None, name: str) -> list[str] | None:
    """'A,B' -> ['A', 'B'] (two non-empty items) or QueryError."""
    if value is None:
        return None
    items = [v.strip() for v in value.split(",")]
    if len(items) != 2 or not all(items):
        raise QueryError(f"{name}: expected two values separated by a comma, got {value!r}")
    return items


@dataclass
class EventFilters:
    """Filters over events; every event endpoint and aggregate takes the same set."""

    actor: str | None = None
    actor_country: str | None = None
    country: str | None = None          # the CLI's and Python API's name for actor_country
    source: str | None = None
    target: str | None = None
    source_country: str | None = None
    target_country: str | None = None
    dyad: str | None = None
    country_pair: str | None = None
    code: str | None = None
    root: str | None = None
    plover_type: str | None = None
    quad_class: int | None = None
    modality: str | None = None
    since: str | None = None
    until: str | None = None
    place_country: str | None = None
    outlet: str | None = None
    search: str | None = None
    article_id: str | None = None
    min_confidence: float | None = None

    def store_filters(self) -> dict[str, Any]:
        """Keyword arguments for `newsgraph.store.queries.event_where` (dyad is handled separately)."""
        if self.country and self.actor_country and self.country.upper() != self.actor_country.upper():
            raise QueryError(f"country {self.country!r} and actor_country {self.actor_country!r} disagree; "
                             "give one of them")
        out: dict[str, Any] = {
            "actor": self.actor, "country": self.actor_country or self.country, "source": self.source,
            "target": self.target, "source_country": self.source_country,
            "target_country": self.target_country, "country_pair": pair(self.country_pair, "country_pair"),
            "code": self.code, "root": self.root, "plover_type": self.plover_type,
            "quad_class": self.quad_class, "modality": modality_list(self.modality),
            "since": self.since, "until": self.until, "place_country": self.place_country,
            "outlet": self.outlet, "search": self.search, "article_id": self.article_id,
            "min_confidence": self.min_confidence,
        }
        # modality stays even when None: None means every modality (the store's default is 'asserted')
        return {k: v for k, v in out.items() if v is not None or k == "modality"}


def event_filters(
    actor: Annotated[str | None, Query(max_length=TEXT, description=(
        "Either side of the event: CAMEO actor code (RUSGOV), actor id, or a name/alias (whole word)."))] = None,
    actor_country: Annotated[str | None, Query(pattern=ISO3, description="ISO3 country of either actor.")] = None,
    country: Annotated[str | None, Query(pattern=ISO3, description="Same as actor_country.")] = None,
    source: Annotated[str | None, Query(max_length=TEXT, description="Source actor (code, id or name).")] = None,
    target: Annotated[str | None, Query(max_length=TEXT, description="Target actor (code, id or name).")] = None,
    source_country: Annotated[str | None, Query(pattern=ISO3, description="ISO3 country of the source.")] = None,
    target_country: Annotated[str | None, Query(pattern=ISO3, description="ISO3 country of the target.")] = None,
    dyad: Annotated[str | None, Query(max_length=2 * TEXT, description=(
        "Two actors 'A,B' (code, id or name each), events between them in either direction."))] = None,
    country_pair: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3},[A-Za-z]{3}$", description=(
        "Two ISO3 countries 'RUS,UKR', either direction."))] = None,
    code: Annotated[str | None, Query(pattern=r"^\d{1,4}$", description="CAMEO code or prefix (04 = 04x).")] = None,
    root: Annotated[str | None, Query(pattern=r"^\d{1,2}$", description="CAMEO root class 01-20.")] = None,
    plover_type: Annotated[str | None, Query(pattern=r"^[A-Za-z_]{2,20}$", description=(
        "PLOVER event type, e.g. ASSAULT, CONSULT."))] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description=(
        "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."))] = None,
    modality: Annotated[str | None, Query(max_length=100, description=(
        f"Comma list of {', '.join(MODALITIES)}, or 'all' (default: asserted)."))] = None,
    since: Annotated[str | None, Query(pattern=DATE, description="Event date from (2024, 2024-06, 2024-06-19).")] = None,
    until: Annotated[str | None, Query(pattern=DATE, description="Event date until (inclusive).")] = None,
    place_country: Annotated[str | None, Query(pattern=ISO3, description="ISO3 country where it happened.")] = None,
    outlet: Annotated[str | None, Query(max_length=TEXT, description="News outlet (article source).")] = None,
    search: Annotated[str | None, Query(max_length=TEXT, description="Text in the evidence sentence.")] = None,
    article_id: Annotated[str | None, Query(max_length=64, pattern=r"^[\w-]+$")] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
) -> EventFilters:
    return EventFilters(
        actor=actor, actor_country=actor_country, country=country, source=source, target=target, source_country=source_country,
        target_country=target_country, dyad=dyad, country_pair=country_pair, code=code, root=root,
        plover_type=plover_type, quad_class=quad_class, modality=modality, since=since, until=until,
        place_country=place_country, outlet=outlet, search=search, article_id=article_id,
        min_confidence=min_confidence)
