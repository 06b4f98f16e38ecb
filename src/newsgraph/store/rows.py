"""Turn records into table rows: derived columns (event_date, cluster_id, global_id) and actor merging.

Kept apart from the SQL so the row shapes can be tested and reused (e.g. by another backend).
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import operator
import re
from typing import Any, Iterable, Iterator

from newsgraph.records import Actor, Analysis, Event, as_date, stable_id

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@functools.lru_cache(maxsize=65536)
def parse_event_date(value: str | None, fallback: dt.date | None = None) -> dt.date | None:
    """First day of a (possibly partial) ISO date such as 2024, 2024-06, 2024-06-19; else `fallback`.

    TIMEX-style values that are not calendar dates (2024-W25, XXXX-06, P3Y) fall back too. Cached:
    a batch repeats the same few hundred dates.
    """
    if value:
        m = _DATE_RE.match(value)
        if m and not value[m.end():m.end() + 2].startswith("-W"):
            try:
                return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
            except ValueError:
                pass
    return fallback


def quad_class_for_root(root: str) -> int | None:
    """CAMEO roots 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict,
    14-20 material conflict (the GDELT 2.0 codebook's QuadClass grouping)."""
    try:
        r = int(root)
    except (TypeError, ValueError):
        return None
    if not 1 <= r <= 20:
        return None
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def cluster_id(event_date: dt.date | None, source_code: str | None, cameo_code: str | None,
               target_code: str | None) -> str:
    """Same day, same source, same action, same target: one real-world event, however many reports.
    `stable_id` of those four, spelled out (one call per stored event: a third of its cost saved)."""
    key = "\x1f".join(("" if event_date is None else event_date.isoformat(), "" if source_code is None else source_code,
                       "" if cameo_code is None else cameo_code, "" if target_code is None else target_code))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


# cluster_id in SQL over an event row's columns (DuckDB computes it while inserting the row, off the
# Python thread: EventColumns). The same key and hash: a DATE as text is its ISO form, chr(31) is \x1f.
CLUSTER_ID_SQL = ("substr(sha1(concat_ws(chr(31), coalesce(CAST(event_date AS VARCHAR), ''), coalesce(source_code, ''), "
                  "coalesce(cameo_code, ''), coalesce(target_code, ''))), 1, 16)")


def global_id(event_id: str) -> int:
    """A stable positive integer (< 2**60) from the hex event id, for GDELT's GLOBALEVENTID."""
    try:
        return int(event_id[:15], 16)
    except ValueError:
        return int(stable_id(event_id)[:15], 16)


def fields_of(record: Any) -> dict[str, Any]:
    """A record's fields as a dict, values untouched (dates stay dates). Faster than `to_dict`."""
    return dict(vars(record))


def article_row(analysis: Analysis, now: dt.datetime) -> dict[str, Any]:
    d = fields_of(analysis.article)
    d["captions"] = list(analysis.article.captions or [])
    d["authors"] = list(analysis.article.authors or [])
    d["removed"] = json.dumps(analysis.article.removed, ensure_ascii=False) if analysis.article.removed else None
    d["ingested_at"] = _timestamp(analysis.article.ingested_at) or now
    d["published"] = _date(analysis.article.published)
    return d


def event_row(event: Event, published: dt.date | None) -> dict[str, Any]:
    """An event's row: its fields and the derived columns (`derived_values`)."""
    d = fields_of(event)
    d.update(zip(DERIVED_EVENT_COLUMNS, derived_values(event, _date(published))))
    return d


# Columns of an event row computed from its fields (cameo_root and quad_class only fill what is missing)
DERIVED_EVENT_COLUMNS = ("event_date", "cameo_root", "quad_class", "cluster_id", "global_id")


def derived_values(event: Event, published: dt.date | None) -> tuple:
    """The DERIVED_EVENT_COLUMNS of an event whose article was published on `published` (a date)."""
    day, root, quad, gid = _derived_in_python(event, published)
    return day, root, quad, cluster_id(day, event.source_code, event.cameo_code, event.target_code), gid


def _derived_in_python(event: Event, published: dt.date | None) -> tuple:
    """The derived columns but cluster_id (event_date, cameo_root, quad_class, global_id)."""
    day = parse_event_date(event.date, published)
    root = event.cameo_root or (event.cameo_code[:2] if event.cameo_code else event.cameo_root)
    quad = event.quad_class
    if quad is None and root:
        quad = quad_class_for_root(root)
    return day, root, quad, global_id(event.id)


# global_id in SQL over a text column holding the event id (`{id}`): the same integer as `global_id` when the
# id's first 15 characters are hex digits, as every id `stable_id` makes is (`all_hex` checks a batch).
GLOBAL_ID_SQL = "CAST('0x' || substr({id}, 1, 15) AS BIGINT)"


def all_hex(ids: Any) -> bool:
    """Whether every id of this Arrow array starts with 1-15 hex digits and nothing else: then GLOBAL_ID_SQL
    gives what `global_id` gives (Python's int() also takes signs, spaces and underscores: those go
    through `global_id`)."""
    import pyarrow.compute as pc

    return len(ids) == 0 or pc.all(pc.match_substring_regex(pc.utf8_slice_codeunits(ids, 0, 15),
                                                            "^[0-9a-fA-F]+$")).as_py() is True


_FIRST, _SECOND = operator.itemgetter(0), operator.itemgetter(1)


class EventColumns:
    """Events with their articles' publication dates, for a writer that takes Arrow tables (DuckDB):
    the same rows as `event_row`, built column-wise -- the records' own field dicts (not copies) read
    by Arrow for the stored fields, the derived columns computed on those columns rather than event by
    event: event_date, cameo_root and quad_class through their distinct values (a batch holds a few
    hundred dates and a few dozen roots), cluster_id and global_id left to the writer's SQL
    (`sql_columns`, computed while inserting, off the Python thread that builds the next rows)."""

    def __init__(self, events: list[tuple[Event, Any]]):
        self.events = events
        self.sql_columns: dict[str, str] = {}    # column -> SQL over the table's columns, set by arrow_table

    def __len__(self) -> int:
        return len(self.events)

    def arrow_table(self, fields: list[tuple[str, Any]]):
        """The events' rows as an Arrow table of `fields` (name, Arrow type), less the columns in
        `sql_columns` afterwards."""
        import pyarrow as pa

        derived = ("event_date", "cluster_id", "global_id")          # not fields of the records
        stored = arrow_table(list(map(vars, map(_FIRST, self.events))), [f for f in fields if f[0] not in derived])
        self.sql_columns = {"cluster_id": CLUSTER_ID_SQL}
        columns = {name: stored.column(name).combine_chunks() for name in stored.column_names}
        columns["event_date"] = self._event_dates(columns["date"])
        columns["cameo_root"], columns["quad_class"] = _roots_and_quads(columns["cameo_root"], columns["cameo_code"],
                                                                        columns["quad_class"])
        if all_hex(columns["id"]):
            self.sql_columns["global_id"] = GLOBAL_ID_SQL.format(id="id")
        else:
            columns["global_id"] = pa.array([global_id(e.id) for e, _ in self.events], pa.int64())
        typ = dict(fields)
        return pa.table({name: columns[name].cast(typ[name]) for name, _ in fields if name not in self.sql_columns})

    def _event_dates(self, dates: Any):
        """event_date: each event's date (parse_event_date) or else its article's publication date."""
        import pyarrow as pa
        import pyarrow.compute as pc

        values = list(map(_SECOND, self.events))
        days = {p: i for i, p in enumerate(dict.fromkeys(values))}      # a few hundred distinct values
        published = pa.array([_date(p) for p in days], pa.date32()).take(pa.array(list(map(days.__getitem__, values)),
                                                                                pa.int32()))
        return pc.coalesce(_through_distinct(dates, parse_event_date, pa.date32()), published)


def _through_distinct(values: Any, fn: Any, typ: Any):
    """fn applied to each distinct value of an Arrow array (nulls stay null), as an array of `typ`."""
    import pyarrow as pa

    enc = values.dictionary_encode()
    return pa.array([fn(v) for v in enc.dictionary.to_pylist()], typ).take(enc.indices)


def _roots_and_quads(roots: Any, codes: Any, quads: Any):
    """cameo_root and quad_class as `_derived_in_python` fills them, for Arrow columns: the root given,
    else the code's first two characters; the QuadClass given, else the root's."""
    import pyarrow as pa
    import pyarrow.compute as pc

    def given(col: Any) -> Any:                     # not null and not empty (Python's truth of a str)
        return pc.fill_null(pc.not_equal(col, ""), False)

    roots = pc.if_else(given(roots), roots, pc.if_else(given(codes), pc.utf8_slice_codeunits(codes, 0, 2), roots))
    return roots, pc.coalesce(quads, _through_distinct(roots, quad_class_for_root, pa.int32()))


class EventTuples:
    """Events with their articles' publication dates, for a writer that copies rows as tuples
    (PostgreSQL's binary COPY): the values of `event_row` without a dict per event -- the stored fields
    read from the record's own field dict, the derived columns appended (about 40 % less of the
    client's time per event than a row dict)."""

    def __init__(self, events: list[tuple[Event, Any]]):
        self.events = events

    def __len__(self) -> int:
        return len(self.events)

    def dicts(self) -> list[dict[str, Any]]:
        """The `event_row` dicts (a writer's other paths)."""
        return [event_row(e, pub) for e, pub in self.events]

    def columns(self, table_columns: list[str]) -> list[str] | None:
        """The columns `tuples` fills, in its order: the table's columns that are stored fields of the
        records, then the derived ones (DERIVED_EVENT_COLUMNS). A table column of neither kind is left
        out (NULL, as `event_row`'s dicts lack it). None if the table lacks a derived column."""
        if not self.events or not set(DERIVED_EVENT_COLUMNS) <= set(table_columns):
            return None
        fields = vars(self.events[0][0])
        return [c for c in table_columns if c in fields and c not in DERIVED_EVENT_COLUMNS] + list(DERIVED_EVENT_COLUMNS)

    def tuples(self, columns: list[str]) -> Iterator[tuple]:
        """Each event's values of `columns` (as `columns` returned them), one tuple per event."""
        stored = columns[:len(columns) - len(DERIVED_EVENT_COLUMNS)]
        values = operator.itemgetter(*stored) if len(stored) > 1 else (lambda d: (d[stored[0]],))
        dates: dict[Any, dt.date | None] = {}          # a batch's articles share a few hundred dates
        for event, published in self.events:
            day = dates.get(published, dates)
            if day is dates:
                day = dates[published] = _date(published)
            try:
                stored_values = values(vars(event))
            except KeyError:                             # a record without a field: NULL, as in event_row
                stored_values = tuple(vars(event).get(c) for c in stored)
            yield stored_values + derived_values(event, day)


def arrow_table(rows: list[dict[str, Any]], fields: list[tuple[str, Any]]):
    """An Arrow table of `rows` (dicts; missing keys are NULL, other keys ignored) with these
    (name, Arrow type) columns. Arrow reads the dicts in C++ (a struct array), several times faster
    than building one Python list per column."""
    import pyarrow as pa

    return pa.Table.from_struct_array(pa.array(rows, type=pa.struct(fields)))


def actor_row(actor: Actor) -> dict[str, Any]:
    d = dict(vars(actor))
    d["code"] = actor.code
    d["aliases"] = canonical_aliases(actor.name, [actor.name, *(actor.aliases or [])])
    return d


def actor_snapshot(actor: Actor) -> tuple:
    """What an actor record says, frozen: its field values and a copy of its aliases, its one list (a
    record changed later gives another snapshot). Cheaper than its row."""
    return (*vars(actor).values(), tuple(actor.aliases or ()))


def actor_rows(actors: Iterable[Actor]) -> dict[str, dict[str, Any]]:
    """One row per actor id for a batch, merging what several articles say about the same actor.
    Repeats of an actor already seen with the same fields and aliases cost a comparison, not a merge."""
    batch: dict[str, dict[str, Any]] = {}
    seen: dict[str, Actor] = {}
    for ac in actors:
        first = seen.get(ac.id)
        if first is None:
            seen[ac.id] = ac
            batch[ac.id] = actor_row(ac)
        elif ac is not first and ac != first:
            batch[ac.id] = merge_actor_rows(batch[ac.id], actor_row(ac))
    return batch


# The stored actor row is a function of the SET of records merged into it, not of their order: each field
# is chosen by a rule that is commutative, associative and idempotent (so articles ingested in any order,
# in batches of any size, serially, on Dask workers or on either backend, and ingested again, give the same
# row). PostgreSQL applies the same rules in SQL (postgres_writer.merge_actors).
#   * name, kind, sector, role: a non-empty value wins over an empty one; of two non-empty values the smaller
#     in code-point order (PostgreSQL: COLLATE "C").
#   * country with its provenance (country, country_source, country_confidence), taken together from the
#     record with the best `country_key`: a country over none, then the highest confidence, then the surer
#     kind of source (COUNTRY_SOURCE_RANK), then the smaller source and country code.
#   * aliases: the union, the name first and the rest in code-point order.
#   * code: country + sector of the merged row, or "---".
# The kinds of country_source from the surest (actors/entities.COUNTRY_CONFIDENCE, highest first; of two
# kinds with one confidence the one that says more about this actor); a kind not listed ranks after them.
COUNTRY_SOURCE_RANK = ("name", "kb", "title", "apposition", "sending", "place", "coreference", "employer",
                       "birth", "dateline", "sentence", "story")
_SOURCE_RANK = {s: i for i, s in enumerate(COUNTRY_SOURCE_RANK)}
COUNTRY_FIELDS = ("country", "country_source", "country_confidence")


def country_key(row: dict[str, Any]) -> tuple:
    """Sort key of a row's country and its provenance: the smallest key is the one kept by a merge."""
    country, source, conf = row.get("country") or "", row.get("country_source") or "", row.get("country_confidence")
    rank = _SOURCE_RANK.get(source, len(COUNTRY_SOURCE_RANK)) if source else len(COUNTRY_SOURCE_RANK) + 1
    return (not country, conf is None, -(conf or 0.0), rank, source, country)


def canonical_aliases(name: str | None, aliases: Iterable[str | None]) -> list[str]:
    """The name first, then every other distinct non-empty alias in code-point order."""
    rest = sorted({a for a in aliases if a} - {name})
    return [name, *rest] if name else rest


def _pick(a: Any, b: Any) -> Any:
    """A field of two rows of one actor: a non-empty value over an empty one, else the smaller (an empty
    field stays as it is when both agree, else NULL)."""
    if a == b:
        return a
    if a is None or a == "":
        return None if b is None or b == "" else b
    if b is None or b == "":
        return a
    return a if a <= b else b


_NOT_PICKED = frozenset(("aliases", "code", "id", *COUNTRY_FIELDS))


def merge_actor_rows(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Two rows of one actor merged by the rules above: the result does not depend on which is `old`."""
    out = dict(old)
    get = old.get
    for k, v in new.items():
        if k not in _NOT_PICKED:
            w = get(k)
            if w != v:
                out[k] = _pick(w, v)
    best = old
    if any(get(k) != new.get(k) for k in COUNTRY_FIELDS) and country_key(new) < country_key(old):
        best = new
    out["country"] = best.get("country") or None
    out["country_source"] = best.get("country_source") or None
    out["country_confidence"] = best.get("country_confidence")
    out["aliases"] = canonical_aliases(out.get("name"), [*(get("aliases") or ()), *(new.get("aliases") or ())])
    out["code"] = f"{out['country'] or ''}{out.get('sector') or ''}" or "---"
    return out


def _date(value: Any) -> dt.date | None:
    """as_date, but a malformed value is stored as NULL rather than failing the batch."""
    try:
        return as_date(value)
    except ValueError:
        return None


def _timestamp(value: Any) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if not isinstance(value, dt.datetime):
        try:
            value = dt.datetime.fromisoformat(str(value))
        except ValueError:
            return None
    if value.tzinfo is not None:  # stored as naive UTC
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return value
