"""The event filters, declared once.

`EVENT_FILTERS` is the single list of filters over events. The query layer turns them into SQL
(`queries.event_where`), the CLI generates its options from it (`newsgraph events --help`,
`export`, `timeline`) and the REST API its query parameters (`/api/events`, `/api/timeline`, ...).
Adding a filter means adding one `EventFilter` here and its clause in `queries.event_where`.

Every value goes through `parse_filters`, which raises `QueryError` with a message fit for an end
user for a value that cannot match anything (a malformed date, `--plover FOO`, a country code that
is no ISO 3166 code), the way the CLI, the API and the Python API all report it.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable

MODALITIES = ("asserted", "negated", "planned", "expected", "hypothetical", "feared", "reported")
DEFAULT_MODALITY = "asserted"

# Prefixes of CAMEO actor codes that stand in the country slot without being countries.
ACTOR_GROUP_PREFIXES = ("IGO", "NGO", "NGM", "MNC")


class QueryError(ValueError):
    """A filter value that cannot be used (malformed date, unknown ordering, negative limit, ...)."""


@dataclass(frozen=True)
class EventFilter:
    """One filter over events, as the Python API, the CLI and the REST API all take it."""

    name: str                      # keyword argument and REST query parameter
    value: str                     # how the value is read and what it takes: a key of VALUE_KINDS
    help: str
    metavar: str = "TEXT"
    flag: str | None = None        # CLI option when not --<name with dashes>
    aliases: tuple[str, ...] = ()  # other REST parameter names for the same filter

    @property
    def cli_flag(self) -> str:
        return self.flag or "--" + self.name.replace("_", "-")


EVENT_FILTERS: tuple[EventFilter, ...] = (
    EventFilter("actor", "actor", "Either side: CAMEO actor code (RUSGOV), actor id, or a name/alias (whole word).",
                "NAME_OR_CODE"),
    EventFilter("source", "actor", "Source actor only (code, id or name).", "NAME_OR_CODE", flag="--source-actor"),
    EventFilter("target", "actor", "Target actor only (code, id or name).", "NAME_OR_CODE", flag="--target-actor"),
    EventFilter("dyad", "actor_pair", "Two actors 'A,B' (code, id or name each): events between them, either "
                "direction.", "A,B"),
    EventFilter("country", "country", "ISO3 country of either actor (e.g. RUS).", "ISO3",
                aliases=("actor_country",)),
    EventFilter("source_country", "country", "ISO3 country of the source actor.", "ISO3"),
    EventFilter("target_country", "country", "ISO3 country of the target actor.", "ISO3"),
    EventFilter("country_pair", "country_pair", "Two ISO3 countries 'RUS,UKR': events between them, either "
                "direction.", "ISO3,ISO3"),
    EventFilter("code", "cameo_code", "CAMEO event code or prefix (057; 04 = every 04x code).", "CAMEO"),
    EventFilter("root", "cameo_root", "CAMEO root code 01-20.", "NN"),
    EventFilter("quad_class", "quad_class", "QuadClass: 1 verbal cooperation, 2 material cooperation, "
                "3 verbal conflict, 4 material conflict.", "1-4"),
    EventFilter("plover_type", "plover_type", "PLOVER event type (e.g. CONSULT, ASSAULT).", "TYPE",
                flag="--plover"),
    EventFilter("modality", "modality", f"Comma list of {', '.join(MODALITIES)}, or 'all' "
                f"(default: {DEFAULT_MODALITY}).", "LIST"),
    EventFilter("since", "date_from", "Events on or after DATE (2024-06-19, 2024-06 or 2024).", "DATE"),
    EventFilter("until", "date_until", "Events on or before DATE (a partial date means its last day).", "DATE"),
    EventFilter("place_country", "country", "ISO3 country where the event happened.", "ISO3"),
    EventFilter("outlet", "text", "News outlet (the article's source), exact, any case.", "NAME"),
    EventFilter("search", "text", "Words in the evidence sentence (whole words, as a phrase).", "TEXT"),
    EventFilter("article_id", "id", "Events of one article.", "ID", flag="--article"),
    EventFilter("event_id", "id", "One event.", "ID", flag="--event"),
    EventFilter("cluster_id", "id", "Reports of one event cluster.", "ID", flag="--cluster"),
    EventFilter("rule_id", "text", "Events coded by this rule or model id.", "RULE", flag="--rule"),
    EventFilter("min_confidence", "confidence", "Coder confidence at least this (0-1).", "X"),
)

EVENT_FILTER_NAMES: tuple[str, ...] = tuple(f.name for f in EVENT_FILTERS)
_BY_NAME = {f.name: f for f in EVENT_FILTERS}
_ALIASES = {a: f.name for f in EVENT_FILTERS for a in f.aliases}


# ---------------------------------------------------------------- value readers

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def parse_date_bound(value: Any, name: str, end: bool = False) -> dt.date:
    """`2024-06-19`, `2024-06` or `2024` -> a date; for an upper bound a partial date means its last day."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    m = _PARTIAL_DATE.match(str(value).strip())
    if not m:
        raise QueryError(f"{name}: expected a date like 2024-06-19, 2024-06 or 2024, got {value!r}")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            return dt.date(year, int(month), int(day))
        if month:
            m_ = int(month)
            return dt.date(year, m_, calendar.monthrange(year, m_)[1] if end else 1)
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    except ValueError:
        raise QueryError(f"{name}: not a valid date: {value!r}") from None


def split_list(value: Any) -> list[str]:
    """'a,b' or ['a', 'b'] -> ['a', 'b'] (blanks dropped)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [v for v in (s.strip() for s in value.split(",")) if v]
    return [str(v).strip() for v in value if str(v).strip()]


@functools.lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes of the one country table (data/kb/countries.csv)."""
    from newsgraph.datafile import package_data, read_rows

    return frozenset(row["iso3"].upper() for _, row in read_rows(package_data("kb", "countries.csv"), ("iso3",)))


@functools.lru_cache(maxsize=1)
def plover_types() -> frozenset[str]:
    """The PLOVER event types of data/ontology/plover_types.csv."""
    from newsgraph.datafile import package_data, read_rows

    return frozenset(row["id"].upper() for _, row in read_rows(package_data("ontology", "plover_types.csv")))


def parse_country(value: Any, name: str) -> str:
    v = str(value).strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", v):
        raise QueryError(f"{name}: expected a 3-letter country code (ISO 3166-1 alpha-3), got {value!r}")
    if v not in country_codes() and v not in ACTOR_GROUP_PREFIXES:
        raise QueryError(f"{name}: {v} is not an ISO 3166-1 alpha-3 country code (e.g. RUS, UKR, USA)")
    return v


def _text(value: Any, name: str) -> str:
    text = str(value)
    if "\x00" in text:
        raise QueryError(f"{name}: a NUL character cannot match anything")
    return text


def _actor(value: Any, name: str) -> str:
    spec = _text(value, name).strip()
    if not spec:
        raise QueryError(f"{name}: empty value")
    return spec


def _pair(value: Any, name: str, item) -> list[str]:
    items = [s.strip() for s in value.split(",")] if isinstance(value, str) else [str(v).strip() for v in value]
    if len(items) != 2 or not all(items):
        raise QueryError(f"{name}: expected two values separated by a comma, got {value!r}")
    return [item(v, name) for v in items]


def _cameo_code(value: Any, name: str) -> str:
    c = str(value).strip()
    if not re.fullmatch(r"\d{1,4}", c):
        raise QueryError(f"{name}: expected a CAMEO code of 1-4 digits, got {value!r}")
    return c


def _cameo_root(value: Any, name: str) -> str:
    r = str(value).strip()
    if not re.fullmatch(r"\d{1,2}", r) or not 1 <= int(r) <= 20:
        raise QueryError(f"{name}: expected a CAMEO root 01-20, got {value!r}")
    return r.zfill(2)


def _quad_class(value: Any, name: str) -> int:
    try:
        q = int(value)
    except (TypeError, ValueError):
        q = 0
    if q not in (1, 2, 3, 4):
        raise QueryError(f"{name}: expected 1-4, got {value!r}")
    return q


def _plover(value: Any, name: str) -> str:
    v = str(value).strip().upper()
    if v not in plover_types():
        raise QueryError(f"{name}: unknown PLOVER type {value!r}; expected one of {', '.join(sorted(plover_types()))}")
    return v


def parse_modality(value: Any, name: str = "modality") -> list[str] | None:
    """'asserted' / 'negated,planned' / a list / 'all' -> the modalities (None = every one)."""
    items = [v.lower() for v in split_list(value)]
    if not items:
        raise QueryError(f"{name}: empty value; use e.g. asserted, negated,planned or all")
    if "all" in items:
        return None
    bad = [v for v in items if v not in MODALITIES]
    if bad:
        raise QueryError(f"{name}: unknown value(s) {', '.join(map(repr, bad))}; "
                         f"expected {', '.join(MODALITIES)} or all")
    return items


def _confidence(value: Any, name: str) -> float:
    try:
        x = float(value)
    except (TypeError, ValueError):
        raise QueryError(f"{name}: expected a number, got {value!r}") from None
    if not 0 <= x <= 1:
        raise QueryError(f"{name}: expected a number from 0 to 1, got {value!r}")
    return x


# ---------------------------------------------------------------- kinds of value: parser and schema

@dataclass(frozen=True)
class ValueKind:
    """How one kind of filter value is read, and which values it takes.

    `schema` is the JSON Schema the REST API publishes for the value (api/params.py builds its query
    parameters from it). It is exact where it can be: every value it allows parses, so a client that
    follows the OpenAPI document never gets a 400. Code lists are given in upper case, modalities in
    lower case; the parsers take any case, so for those kinds `loose` is the shape the API checks
    before parsing (the parser then checks the list).
    """

    parse: Callable[[Any, str], Any]
    schema: Callable[[], dict[str, Any]]       # a function: the code lists are read on first use
    loose: dict[str, Any] | None = None


TEXT_MAX = 200                                  # longest free-text filter value (names, words, outlets)
ID_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"           # record ids (hex digests), as path and query values

# Text values: anything but NUL, which PostgreSQL cannot take in a text value.
TEXT_PATTERN = r"^[^\x00]*$"
# A character no parser strips as blank: not a comma or NUL, not whitespace to Python's str.strip()
# (which also strips \x1c-\x1f and \x85) nor to the regular expressions of JSON Schema (\ufeff).
_NOT_BLANK = r"[^,\x00\s\x1c-\x1f\x85\ufeff]"
_PAIR_PATTERN = rf"^[^,\x00]*{_NOT_BLANK}[^,\x00]*,[^,\x00]*{_NOT_BLANK}[^,\x00]*$"

# Dates as parse_date_bound reads them -- 2024, 2024-06, 2024-06-19 -- spelled so that only real days
# match (years 0001-9999, 30-day months, February 29 in leap years only).
_YEAR = r"(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)"
_LEAP_YEAR = r"(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)"
_MONTH = r"(?:0[1-9]|1[0-2])"
_DAY = "|".join((rf"{_YEAR}-{_MONTH}-(?:0[1-9]|1[0-9]|2[0-8])",
                 rf"{_YEAR}-(?:0[13-9]|1[0-2])-(?:29|30)",
                 rf"{_YEAR}-(?:0[13578]|1[02])-31",
                 rf"{_LEAP_YEAR}-02-29"))
DATE_PATTERN = rf"^(?:{_YEAR}|{_YEAR}-{_MONTH}|{_DAY})$"


def _country_alternatives() -> str:
    """'ABW|AFG|...': the codes parse_country takes, as a pattern (a pattern, not an enum: an API
    fuzzer tries every value of an enum, 250 per country parameter)."""
    return "|".join(sorted(country_codes() | set(ACTOR_GROUP_PREFIXES)))


def _date_schema() -> dict[str, Any]:
    return {"type": "string", "pattern": DATE_PATTERN}


VALUE_KINDS: dict[str, ValueKind] = {
    "actor": ValueKind(_actor, lambda: {"type": "string", "maxLength": TEXT_MAX, "pattern": TEXT_PATTERN}),
    "actor_pair": ValueKind(lambda v, n: _pair(v, n, _actor),
                            lambda: {"type": "string", "maxLength": 2 * TEXT_MAX + 1, "pattern": _PAIR_PATTERN}),
    "country": ValueKind(parse_country,
                         lambda: {"type": "string", "pattern": "^({0})$".format(_country_alternatives())},
                         loose={"pattern": r"^[A-Za-z]{3}$"}),
    "country_pair": ValueKind(lambda v, n: _pair(v, n, parse_country), lambda: {
        "type": "string", "pattern": "^({0}),({0})$".format(_country_alternatives())},
        loose={"pattern": r"^[A-Za-z]{3},[A-Za-z]{3}$"}),
    "cameo_code": ValueKind(_cameo_code, lambda: {"type": "string", "pattern": r"^[0-9]{1,4}$"}),
    "cameo_root": ValueKind(_cameo_root, lambda: {"type": "string", "pattern": r"^(?:0?[1-9]|1[0-9]|20)$"}),
    "quad_class": ValueKind(_quad_class, lambda: {"type": "integer", "minimum": 1, "maximum": 4}),
    "plover_type": ValueKind(_plover, lambda: {"type": "string", "enum": sorted(plover_types())},
                             loose={"pattern": r"^[A-Za-z_]{2,20}$"}),
    "modality": ValueKind(parse_modality, lambda: {
        "type": "string", "pattern": "^({0})(,({0}))*$".format("|".join(("all",) + MODALITIES))},
        loose={"maxLength": 100}),
    "date_from": ValueKind(lambda v, n: parse_date_bound(v, n), _date_schema),
    "date_until": ValueKind(lambda v, n: parse_date_bound(v, n, end=True), _date_schema),
    "text": ValueKind(_text, lambda: {"type": "string", "maxLength": TEXT_MAX, "pattern": TEXT_PATTERN}),
    "id": ValueKind(lambda v, n: str(v).strip(), lambda: {"type": "string", "pattern": ID_PATTERN}),
    "confidence": ValueKind(_confidence, lambda: {"type": "number", "minimum": 0, "maximum": 1}),
}


def is_blank(value: Any) -> bool:
    """No value: None, or a string of only whitespace (a filter left empty, not a filter on nothing)."""
    return value is None or (isinstance(value, str) and not value.strip())


def parse_filters(filters: dict[str, Any]) -> dict[str, Any]:
    """Checked, normalised filter values (unset ones dropped; modality defaults to asserted, None = all).

    Unknown names and values that cannot match raise QueryError. REST aliases (actor_country) are
    accepted; an alias that disagrees with its filter is an error rather than a silent choice.
    """
    out: dict[str, Any] = {}
    unknown = sorted(k for k in filters if k not in _BY_NAME and k not in _ALIASES)
    if unknown:
        raise QueryError(f"unknown filter(s): {', '.join(unknown)}; known: {', '.join(EVENT_FILTER_NAMES)}")
    given: dict[str, Any] = {}
    for key, value in filters.items():
        name = _ALIASES.get(key, key)
        if is_blank(value):
            continue
        if name in given and str(given[name]).upper() != str(value).upper():
            raise QueryError(f"{name} {given[name]!r} and {key} {value!r} disagree; give one of them")
        given[name] = value
    modality_given = "modality" in filters and filters["modality"] is None
    for name, value in given.items():
        f = _BY_NAME[name]
        out[name] = VALUE_KINDS[f.value].parse(value, name)
    if "modality" not in out:
        out["modality"] = None if modality_given else [DEFAULT_MODALITY]
    return out


def check_names(filters: Iterable[str], allowed: Iterable[str]) -> None:
    allowed = tuple(allowed)
    unknown = sorted(set(filters) - set(allowed))
    if unknown:
        raise QueryError(f"unknown filter(s): {', '.join(unknown)}; known: {', '.join(allowed)}")
