"""What the store's queries return: `Results`, a page of records that also turns into a DataFrame.

    >>> page = db.events(country="RUS", limit=20)
    >>> page[0]                      # an Event, the same dataclass as newsgraph.analyse(...).events
    >>> page.total                   # how many events match, without the limit
    >>> page.total_exact             # False when a search's total was counted up to a cap: "more than"
    >>> page.rows[0]["evidence"]     # the rows as dicts, with the joined columns (names, evidence, article)
    >>> page.to_pandas()             # every column, native types (also .to_arrow(), .to_polars())
    >>> page.listing()               # {"total", "total_exact", "limit", "offset", "items"}: API and --json
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from typing import Any, Callable, Generic, TypeVar

T = TypeVar("T")


class AtLeast(int):
    """A total counted up to a cap and found to reach it: at least this many match ("more than N").
    A search with tens of thousands of matches is counted up to `search.COUNT_CAP`, since an exact
    count must read every match (seconds at 1 M events); it is still an int for arithmetic."""

    def __repr__(self) -> str:
        return f"AtLeast({int(self)})"


def jsonable(v: Any) -> Any:
    """Dates as ISO strings (what the CLI's --json and the REST API print)."""
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return v


def record(cls: type, row: dict[str, Any], rename: dict[str, str] | None = None,
           defaults: dict[str, Any] | None = None) -> Any:
    """A record dataclass from a row: the columns named like its fields (after `rename`), `defaults`
    for required fields the row lacks. Lists stored as JSON text (Article.removed) are read back."""
    fields = {f.name for f in dataclasses.fields(cls)}
    values = dict(defaults or {})
    for k, v in row.items():
        k = (rename or {}).get(k, k)
        if k in fields:
            values[k] = v
    if isinstance(values.get("removed"), str):
        values["removed"] = json.loads(values["removed"])
    return cls(**values)


class Results(Sequence, Generic[T]):
    """One page of query results.

    Indexing, iterating and len() give records: the dataclass of `record_type` built from the row's
    columns (Event, Actor, Quote, Article), or the row dicts for aggregates (timeline, network, map).
    """

    def __init__(self, columns: list[str], raw_rows: list[tuple], record_type: type | None = None,
                 total: int | Callable[[], int] | None = None, limit: int | None = None, offset: int = 0,
                 rename: dict[str, str] | None = None, defaults: dict[str, Any] | None = None):
        self.columns = list(columns)
        self._raw = raw_rows
        self.record_type = record_type
        self.rename = rename or {}          # column -> record field, where the listing renames a column
        self.defaults = defaults or {}      # record fields the listing does not select
        self.meta: dict[str, Any] = {}      # what a query adds beside its rows (e.g. a timeline's window)
        self._total = total
        self.limit = limit
        self.offset = offset
        self._rows: list[dict[str, Any]] | None = None
        self._records: list[Any] | None = None

    # ------------------------------------------------------------ the rows as dicts

    @property
    def rows(self) -> list[dict[str, Any]]:
        """Every selected column of every row, dates as ISO strings (JSON-ready)."""
        if self._rows is None:
            self._rows = [{k: jsonable(v) for k, v in zip(self.columns, r)} for r in self._raw]
        return self._rows

    def native_rows(self) -> list[dict[str, Any]]:
        """The rows as dicts with native values (dates as dates)."""
        return [dict(zip(self.columns, r)) for r in self._raw]

    # ------------------------------------------------------------ records

    def records(self) -> list[Any]:
        if self._records is None:
            if self.record_type is None:
                self._records = self.rows
            else:
                self._records = [record(self.record_type, row, self.rename, self.defaults)
                                 for row in self.native_rows()]
        return self._records

    def __getitem__(self, i):  # type: ignore[override]
        return self.records()[i]

    def __len__(self) -> int:
        return len(self._raw)

    def __iter__(self):
        return iter(self.records())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Results):
            return self.columns == other.columns and self._raw == other._raw
        if isinstance(other, list):
            return self.records() == other
        return NotImplemented

    def __repr__(self) -> str:
        kind = self.record_type.__name__ if self.record_type else "row"
        more = "more than " if isinstance(self._total, AtLeast) else ""
        total = f" of {more}{self._total}" if isinstance(self._total, int) else ""
        return f"<Results: {len(self)}{total} {kind}s>"

    # ------------------------------------------------------------ totals

    @property
    def total(self) -> int:
        """How many rows match without paging (counted on first use)."""
        if callable(self._total):
            self._total = self._total()
        if self._total is None:
            self._total = len(self._raw) + (self.offset or 0)
        return self._total

    @property
    def total_exact(self) -> bool:
        """False when `total` is a lower bound (`AtLeast`): more rows match than were counted."""
        return not isinstance(self.total, AtLeast)

    @property
    def truncated(self) -> bool:
        return (self.offset or 0) + len(self) < self.total or not self.total_exact

    def listing(self, items: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        """The JSON shape of a listing page, one for the REST API and the CLI's --json: the total of
        matching rows, whether it is exact, the page's limit and offset, and its rows (`items` in their
        place when the caller labelled them)."""
        return {"total": self.total, "total_exact": self.total_exact, "limit": self.limit,
                "offset": self.offset, "items": self.rows if items is None else items}

    # ------------------------------------------------------------ frames

    def to_arrow(self):
        import pyarrow as pa

        data = {c: [r[i] for r in self._raw] for i, c in enumerate(self.columns)}
        return pa.table(data) if self._raw else pa.table({c: pa.array([], pa.null()) for c in self.columns})

    def to_pandas(self):
        """A pandas DataFrame with every column (dates as dates, lists as lists)."""
        return self.to_arrow().to_pandas()

    def to_polars(self):
        """A polars DataFrame (needs the polars package, which newsgraph does not install)."""
        try:
            import polars
        except ImportError:
            raise ImportError("to_polars() needs polars: pip install polars (or use to_pandas()/to_arrow())") from None
        return polars.from_arrow(self.to_arrow())
