"""Publication dates from metadata values of any shape, without ever raising on bad input."""
from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as du_parser

_MIN_YEAR, _MAX_YEAR = 1800, 2200
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_DOTTED = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2,4}\b")
_DEFAULT_A = dt.datetime(2001, 1, 1)
_DEFAULT_B = dt.datetime(2002, 2, 2)


class BadDate(ValueError):
    """A published value that is not a usable calendar day."""


def parse_published(value: object) -> dt.date | None:
    """A date from a date/datetime, Unix timestamp or string ("2024-06-19", "June 19, 2024",
    RSS "Wed, 19 Jun 2024 10:00:00 GMT"). None/"" -> None. Anything unusable raises BadDate.

    Partial dates ("2024-06", "June 2024") are rejected: `Article.published` is a day.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return _check(value.date(), value)
    if isinstance(value, dt.date):
        return _check(value, value)
    if isinstance(value, bool):
        raise BadDate(f"not a date: {value!r}")
    if isinstance(value, (int, float)):
        return _from_timestamp(value)
    s = str(value).strip()
    if not s:
        return None
    if re.fullmatch(r"\d{9,13}(\.\d+)?", s):
        return _from_timestamp(float(s))
    if _ISO_DAY.match(s):
        try:
            return _check(dt.date.fromisoformat(s[:10]), value)
        except ValueError:
            raise BadDate(f"not a valid date: {value!r}") from None
    dayfirst = bool(_DOTTED.match(s))   # 05.06.2024 is 5 June wherever dots are used; 05/06 stays US-style
    try:
        a = du_parser.parse(s, default=_DEFAULT_A, dayfirst=dayfirst)
        b = du_parser.parse(s, default=_DEFAULT_B, dayfirst=dayfirst)
    except (ValueError, OverflowError, TypeError):
        raise BadDate(f"not a date: {value!r}") from None
    if a.date() != b.date():
        raise BadDate(f"incomplete date (no day): {value!r}")
    return _check(a.date(), value)


def try_parse_published(value: object) -> tuple[dt.date | None, str | None]:
    """(date, None) on success, (None, problem) on a bad value."""
    try:
        return parse_published(value), None
    except BadDate as exc:
        return None, str(exc)


def _from_timestamp(x: float) -> dt.date:
    if x > 1e11:                      # milliseconds
        x /= 1000.0
    try:
        return _check(dt.datetime.fromtimestamp(x, tz=dt.timezone.utc).date(), x)
    except (OverflowError, OSError, ValueError):
        raise BadDate(f"not a timestamp: {x!r}") from None


def _check(d: dt.date, original: object) -> dt.date:
    if not _MIN_YEAR <= d.year <= _MAX_YEAR:
        raise BadDate(f"implausible year in {original!r}")
    return d
