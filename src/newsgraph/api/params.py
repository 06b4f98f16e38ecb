"""Query parameters of the REST API. Filter values are declared once, in `newsgraph.store.filters`
(`EVENT_FILTERS`, and `VALUE_KINDS`: each kind's parser and the JSON Schema of what it takes); the
parameters here are generated from those declarations, so OpenAPI documents exactly what is accepted,
FastAPI checks the shape (pattern, length, range) before any SQL is built, and `parse_filters` then
checks what a value means (a country code from the list, a PLOVER type) with the CLI's messages.
Values only ever reach the database as bound parameters.
"""
from __future__ import annotations

import inspect
from typing import Annotated, Any

from fastapi import Path, Query

from newsgraph.settings import get_settings
from newsgraph.store.filters import EVENT_FILTERS, ID_PATTERN, TEXT_MAX, VALUE_KINDS

MAX_LIMIT = get_settings().api_max_limit          # hard cap on any page of rows
DEFAULT_LIMIT = get_settings().api_default_limit
TEXT = TEXT_MAX                                   # max length of free-text parameters

Limit = Annotated[int, Query(ge=0, le=MAX_LIMIT, description=f"Rows per page (0-{MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]
Id = Annotated[str, Path(pattern=ID_PATTERN, description="Record id.")]

_TYPES = {"string": str, "integer": int, "number": float}


def value_query(kind: str, description: str, *, in_schema: bool = True) -> Any:
    """The annotation of an optional query parameter taking values of `kind` (a key of VALUE_KINDS).

    FastAPI checks the shape (pattern, maxLength, minimum, maximum: the kind's `loose` shape where the
    published list is in one case and the parser takes any); the document shows the kind's schema.
    """
    value_kind = VALUE_KINDS[kind]
    schema = value_kind.schema()
    shape = value_kind.loose if value_kind.loose is not None else schema
    checks: dict[str, Any] = {}
    for key, arg in (("pattern", "pattern"), ("maxLength", "max_length"), ("minimum", "ge"), ("maximum", "le")):
        if key in shape:
            checks[arg] = shape[key]
    published = {k: schema[k] for k in ("pattern", "enum") if k in schema}
    return Annotated[_TYPES[schema["type"]], Query(description=description, json_schema_extra=published or None,
                                                   include_in_schema=in_schema, **checks)]


def _parameter(name: str, kind: str, description: str, in_schema: bool = True) -> inspect.Parameter:
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None,
                             annotation=value_query(kind, description, in_schema=in_schema))


def _event_filters(**given: Any) -> dict[str, Any]:
    """The filters a request gave (REST names, e.g. actor_country, are resolved by the store)."""
    return {k: v for k, v in given.items() if v is not None}


_params = []
for _f in EVENT_FILTERS:
    _params.append(_parameter(_f.name, _f.value, _f.help))
    # Aliases are accepted but left out of the OpenAPI document: a request giving both names with
    # different values is refused, which a schema cannot say.
    _params += [_parameter(alias, _f.value, f"Same as {_f.name}.", in_schema=False) for alias in _f.aliases]
_event_filters.__signature__ = inspect.Signature(_params)   # type: ignore[attr-defined]

event_filters = _event_filters
"""FastAPI dependency: `filters: dict = Depends(event_filters)` gives the event filters of a request."""
