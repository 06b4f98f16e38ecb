"""Query parameters of the REST API. The event filters are generated from their one declaration
(`newsgraph.store.filters.EVENT_FILTERS`), so OpenAPI documents them and FastAPI checks their shape
before any SQL is built; `parse_filters` in the store then checks what they mean (a PLOVER type that
does not exist, a country code that is no ISO code) and answers 400 with the same message as the CLI.
Values only ever reach the database as bound parameters.
"""
from __future__ import annotations

import inspect
from typing import Annotated, Any

from fastapi import Query

from newsgraph.settings import get_settings
from newsgraph.store.filters import EVENT_FILTERS, EventFilter

MAX_LIMIT = get_settings().api_max_limit          # hard cap on any page of rows
DEFAULT_LIMIT = get_settings().api_default_limit

ISO3 = r"^[A-Za-z]{3}$"
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
TEXT = 200               # max length of free-text filter values

Limit = Annotated[int, Query(ge=0, le=MAX_LIMIT, description=f"Rows per page (0-{MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]

# The shape each kind of filter value must have over HTTP (type, and Query() checks for OpenAPI).
_SHAPES: dict[str, tuple[type, dict[str, Any]]] = {
    "actor": (str, {"max_length": TEXT}),
    "actor_pair": (str, {"max_length": 2 * TEXT}),
    "country": (str, {"pattern": ISO3}),
    "country_pair": (str, {"pattern": r"^[A-Za-z]{3},[A-Za-z]{3}$"}),
    "cameo_code": (str, {"pattern": r"^\d{1,4}$"}),
    "cameo_root": (str, {"pattern": r"^\d{1,2}$"}),
    "quad_class": (int, {"ge": 1, "le": 4}),
    "plover_type": (str, {"pattern": r"^[A-Za-z_]{2,20}$"}),
    "modality": (str, {"max_length": 100}),
    "date_from": (str, {"pattern": DATE}),
    "date_until": (str, {"pattern": DATE}),
    "text": (str, {"max_length": TEXT}),
    "id": (str, {"max_length": 64, "pattern": r"^[\w-]+$"}),
    "confidence": (float, {"ge": 0, "le": 1}),
}


def _parameter(name: str, f: EventFilter, description: str) -> inspect.Parameter:
    typ, checks = _SHAPES[f.value]
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None,
                             annotation=Annotated[typ | None, Query(description=description, **checks)])


def _event_filters(**given: Any) -> dict[str, Any]:
    """The filters a request gave (REST names, e.g. actor_country, are resolved by the store)."""
    return {k: v for k, v in given.items() if v is not None}


_params = []
for _f in EVENT_FILTERS:
    _params.append(_parameter(_f.name, _f, _f.help))
    _params += [_parameter(alias, _f, f"Same as {_f.name}.") for alias in _f.aliases]
_event_filters.__signature__ = inspect.Signature(_params)   # type: ignore[attr-defined]

event_filters = _event_filters
"""FastAPI dependency: `filters: dict = Depends(event_filters)` gives the event filters of a request."""
