"""The DuckDB store: idempotent batch writes of analyses, the ingest log, and the query methods.

One `Store` wraps one DuckDB connection. Writes go through `write()` (one transaction per batch, Arrow
bulk inserts). Reads build their SQL in `queries.py` and run on a per-call cursor, so one Store can
serve several threads (e.g. the REST API) as long as nobody writes at the same time.
"""
from __future__ import annotations

import datetime as dt
import os
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

import duckdb
import pyarrow as pa

from newsgraph.records import Analysis, stable_id
from newsgraph.settings import DEFAULT_DB, get_settings
from newsgraph.store import queries as Q
from newsgraph.store import rows as R
from newsgraph.store.schema import SchemaError, ensure_schema


# Tables holding one article's records; deleted together when an article is reprocessed.
CHILD_TABLES = ("mentions", "events", "quotes", "places", "times")
DATA_TABLES = ("articles", "actors", *CHILD_TABLES)
ALL_TABLES = (*DATA_TABLES, "ingest_log")

_ARROW_TYPES = {
    "VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
    "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"), "VARCHAR[]": pa.list_(pa.string()),
    "BOOLEAN": pa.bool_(),
}


@dataclass
class WriteStats:
    """What one `Store.write` call did."""

    articles: int = 0            # articles written
    articles_present: int = 0    # skipped: already stored (same id)
    mentions: int = 0
    events: int = 0
    quotes: int = 0
    places: int = 0
    times: int = 0
    actors_new: int = 0
    actors_updated: int = 0      # existing actors that gained aliases or fields

    def add(self, other: "WriteStats") -> None:
        for k, v in asdict(other).items():
            setattr(self, k, getattr(self, k) + v)

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass
class LogEntry:
    """One line of the ingest log: what happened to one input item."""

    origin: str | None
    article_id: str | None
    status: str                  # stored | unchanged | duplicate | skipped | error
    reason: str | None = None


def open_store(path: str | os.PathLike | None = None, read_only: bool = False) -> "Store":
    """Open (creating and migrating if needed) a newsgraph DuckDB database.

    path: file path (default: $NEWSGRAPH_DB or ./newsgraph.duckdb); ":memory:" for a throw-away one.
    read_only: for readers such as the REST API; the database must already exist.
    """
    path = str(path or get_settings().db)
    if path != ":memory:":
        p = Path(path)
        if read_only and not p.exists():
            raise FileNotFoundError(f"{path}: no such database")
        if p.exists() and p.is_dir():
            raise SchemaError(f"{path}: is a directory, not a database file")
        if not read_only and p.parent and not p.parent.exists():
            p.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.IOException as exc:
        raise SchemaError(f"{path}: cannot open database: {exc}") from exc
    except duckdb.Error as exc:
        raise SchemaError(f"{path}: not a DuckDB database or unreadable: {exc}") from exc
    try:
        ensure_schema(con, path, read_only=read_only)
    except BaseException:
        con.close()
        raise
    return Store(con, path, read_only=read_only)


class Store:
    """A newsgraph database. Create with `open_store()` / `newsgraph.open()`."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, read_only: bool = False):
        self.con = con
        self.path = path
        self.read_only = read_only
        self._columns = {t: self._table_columns(t) for t in ALL_TABLES}
        self._local = threading.local()         # one cached read cursor per thread
        self._cursors: list[duckdb.DuckDBPyConnection] = []
        self._lock = threading.Lock()
        self._write_lock = threading.RLock()

    # ------------------------------------------------------------ lifecycle

    def close(self) -> None:
        with self._lock:
            for cur in self._cursors:
                try:
                    cur.close()
                except duckdb.Error:
                    pass
            self._cursors.clear()
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r}{', read_only' if self.read_only else ''})"

    def _table_columns(self, table: str) -> list[tuple[str, str]]:
        rows = self.con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = ? ORDER BY ordinal_position", [table]).fetchall()
        return [(r[0], r[1]) for r in rows]

    # ------------------------------------------------------------ writing

    def has_article(self, article_id: str) -> bool:
        return bool(self._fetch("SELECT 1 FROM articles WHERE id = ?", [article_id]))

    def find_content_hash(self, content_hash: str | None) -> str | None:
        """Id of a stored article with this content hash (same text, other url), or None."""
        if not content_hash:
            return None
        rows = self._fetch("SELECT id FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1",
                           [content_hash])
        return rows[0][0] if rows else None

    def write(self, analyses: Iterable[Analysis], replace: bool = False,
              log: Iterable[LogEntry] = ()) -> WriteStats:
        """Store a batch of analyses in one transaction.

        Articles already stored are skipped (ids are deterministic, so writing the same analyses twice
        changes nothing), unless `replace` is true: then their old records are deleted first
        (re-analysis with a newer pipeline). Actors are upserted by id with their aliases merged.
        `log` entries are written to the ingest log in the same transaction.
        """
        with self._write_lock:       # one writer at a time on the shared connection (e.g. API threads)
            return self._write(list(analyses), replace, list(log))

    def _write(self, analyses: list[Analysis], replace: bool, log: list[LogEntry]) -> WriteStats:
        stats = WriteStats()
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            ids = list(dict.fromkeys(a.article.id for a in analyses))
            if replace and ids:
                for t in CHILD_TABLES:
                    con.execute(f"DELETE FROM {t} WHERE article_id IN (SELECT unnest(?))", [ids])
                con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?))", [ids])
            present = self._existing("articles", ids)
            todo: list[Analysis] = []
            seen: set[str] = set()
            for a in analyses:
                if a.article.id in present or a.article.id in seen:
                    stats.articles_present += 1
                    continue
                seen.add(a.article.id)
                todo.append(a)
            now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
            tables: dict[str, list[dict[str, Any]]] = {t: [] for t in DATA_TABLES}
            for a in todo:
                tables["articles"].append(R.article_row(a, now))
                pub = a.article.published
                tables["events"].extend(R.event_row(e, pub) for e in a.events)
                tables["mentions"].extend(R.fields_of(m) for m in a.mentions)
                tables["quotes"].extend(R.fields_of(q) for q in a.quotes)
                tables["places"].extend(R.fields_of(p) for p in a.places)
                tables["times"].extend(R.fields_of(t) for t in a.times)
            for t in ("articles", *CHILD_TABLES):
                # Plain INSERT (faster than OR IGNORE): these articles are new, and child ids embed
                # the article id, so only repeats inside the batch can clash; _unique drops those.
                n = self._insert(t, _unique(tables[t]), mode="")
                if t != "articles":
                    setattr(stats, t, n)
                else:
                    stats.articles = n
            stats.actors_new, stats.actors_updated = self._upsert_actors(
                [ac for a in todo for ac in a.actors])
            self._write_log(log, now)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return stats

    def log(self, origin: str | None, article_id: str | None, status: str, reason: str | None = None) -> None:
        """Record what happened to one input item (one row per origin+article; the latest run wins,
        except that "unchanged" does not overwrite an earlier status)."""
        self.write([], log=[LogEntry(origin, article_id, status, reason)])

    def _write_log(self, entries: list[LogEntry], now: dt.datetime) -> None:
        if not entries:
            return
        rows: dict[str, dict[str, Any]] = {}
        for e in entries:
            key = stable_id(e.origin, e.article_id)
            rows[key] = {"key": key, "origin": e.origin, "article_id": e.article_id, "status": e.status,
                         "reason": e.reason, "logged_at": now}
        # "unchanged" keeps an earlier row (e.g. "stored" from the first run); other statuses replace it.
        keep = [r for r in rows.values() if r["status"] == "unchanged"]
        replace = [r for r in rows.values() if r["status"] != "unchanged"]
        self._insert("ingest_log", keep, mode="OR IGNORE")
        self._insert("ingest_log", replace, mode="OR REPLACE")

    def _existing(self, table: str, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        rows = self.con.execute(f"SELECT id FROM {table} WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
        return {r[0] for r in rows}

    def _insert(self, table: str, rows: list[dict[str, Any]], mode: str) -> int:
        """Bulk insert through an Arrow table; returns the number of rows that were new.

        mode: "" (plain INSERT), "OR IGNORE" or "OR REPLACE".
        """
        if not rows:
            return 0
        cols = self._columns[table]
        schema = pa.schema([(name, _ARROW_TYPES.get(typ, pa.string())) for name, typ in cols])
        data = {name: [r.get(name) for r in rows] for name, _ in cols}
        tbl = pa.Table.from_pydict(data, schema=schema)
        count = f"SELECT count(*) FROM {table}"
        before = self.con.execute(count).fetchall()[0][0] if mode else 0
        view = f"_ng_batch_{table}"
        self.con.register(view, tbl)
        try:
            self.con.execute(f"INSERT {mode} INTO {table} BY NAME SELECT * FROM {view}")
        finally:
            self.con.unregister(view)
        return self.con.execute(count).fetchall()[0][0] - before if mode else len(rows)

    def _upsert_actors(self, actors: list) -> tuple[int, int]:
        batch: dict[str, dict[str, Any]] = {}
        for ac in actors:
            row = R.actor_row(ac)
            batch[ac.id] = R.merge_actor_rows(batch[ac.id], row) if ac.id in batch else row
        if not batch:
            return 0, 0
        names = [n for n, _ in self._columns["actors"]]
        old = {r[0]: dict(zip(names, r)) for r in self.con.execute(
            f"SELECT {', '.join(names)} FROM actors WHERE id IN (SELECT unnest(?))", [list(batch)]).fetchall()}
        new_rows, changed = [], []
        for aid, row in batch.items():
            if aid not in old:
                new_rows.append(row)
                continue
            merged = R.merge_actor_rows(old[aid], row)
            if merged != {**old[aid], "aliases": list(old[aid]["aliases"] or [])}:
                changed.append(merged)
        self._insert("actors", new_rows, mode="OR IGNORE")
        if changed:
            self._insert("actors", changed, mode="OR REPLACE")
        return len(new_rows), len(changed)

    # ------------------------------------------------------------ reading

    def _fetch(self, sql: str, params: list[Any] | None = None) -> list[tuple]:
        return self._cur().execute(sql, params or []).fetchall()

    def _cur(self) -> duckdb.DuckDBPyConnection:
        """This thread's read cursor (DuckDB connections must not be shared between threads)."""
        cur = getattr(self._local, "cur", None)
        if cur is None:
            cur = self.con.cursor()
            self._local.cur = cur
            with self._lock:
                self._cursors.append(cur)
        return cur

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """Run a read query and return JSON-friendly dicts (dates as ISO strings)."""
        res = self._cur().execute(sql, params or [])
        names = [d[0] for d in res.description]
        return [{k: _jsonable(v) for k, v in zip(names, row)} for row in res.fetchall()]

    def query_df(self, sql: str, params: list[Any] | None = None):
        """Run a read query and return a pandas DataFrame."""
        return self._cur().execute(sql, params or []).df()

    def iter_query(self, sql: str, params: list[Any] | None = None, chunk: int = 2000) -> Iterator[dict[str, Any]]:
        """Stream a read query's rows as dicts (for exports of any size), on a cursor of its own."""
        cur = self.con.cursor()
        try:
            res = cur.execute(sql, params or [])
            names = [d[0] for d in res.description]
            while True:
                rows = res.fetchmany(chunk)
                if not rows:
                    break
                for row in rows:
                    yield {k: _jsonable(v) for k, v in zip(names, row)}
        finally:
            cur.close()

    def counts(self) -> dict[str, int]:
        """Row count per table."""
        return {t: self._fetch(f"SELECT count(*) FROM {t}")[0][0] for t in ALL_TABLES}

    # Record queries: lists of dicts; the *_df variants return DataFrames with native types.
    # Filters are documented in queries.py (event_where, actors_sql, quotes_sql, articles_sql).

    def events(self, limit: int | None = None, offset: int = 0, order: str = "date",
               **filters: Any) -> list[dict[str, Any]]:
        """Events with actors, codes, modality, attribution, date, place and evidence sentence.

        Filters: actor, country, code, root, since, until, modality ('asserted' by default, None for
        all), quad_class, plover_type, article_id, source, target, source_country, target_country,
        country_pair, place_country, outlet, search, min_confidence, cluster_id, event_id, rule_id.
        """
        return self._events(self.query, limit, offset, order, filters)

    def events_df(self, limit: int | None = None, offset: int = 0, order: str = "date", **filters: Any):
        return self._events(self.query_df, limit, offset, order, filters)

    def _events(self, run, limit, offset, order, filters):
        """A page is fetched in two steps: the ids in order (no text touched), then the full rows of
        just those events (evidence cut from just those articles): ~4x faster on 1M events."""
        if limit is None:
            return run(*Q.events_sql(offset=offset, order=order, **filters))
        keys = self._fetch(*Q.events_sql(limit=limit, offset=offset, order=order,
                                         columns="e.id, e.article_id", **filters))
        if not keys:
            return run(*Q.events_sql(limit=0, order=order, **filters))   # empty, with the columns
        return run(*Q.events_by_ids_sql([k[0] for k in keys], list(dict.fromkeys(k[1] for k in keys)), order))

    def count_events(self, **filters: Any) -> int:
        Q._check_filters(filters, Q.EVENT_FILTERS)
        where, params = Q.event_where(**filters)
        return self.query(f"SELECT count(*) AS n {Q.EVENT_FROM} {where}", params)[0]["n"]

    def actors(self, limit: int | None = None, offset: int = 0, **filters: Any) -> list[dict[str, Any]]:
        """Actors with mention/article/event/quote counts. Filters: search, country, sector, kind, code."""
        Q._check_filters(filters, Q.ACTOR_FILTERS)
        return self.query(*Q.actors_sql(limit=limit, offset=offset, **filters))

    def actors_df(self, limit: int | None = None, offset: int = 0, **filters: Any):
        Q._check_filters(filters, Q.ACTOR_FILTERS)
        return self.query_df(*Q.actors_sql(limit=limit, offset=offset, **filters))

    def actor(self, actor_id: str) -> dict[str, Any] | None:
        rows = self.actors(actor_id=actor_id)
        return rows[0] if rows else None

    def quotes(self, limit: int | None = None, offset: int = 0, **filters: Any) -> list[dict[str, Any]]:
        """Quotes with speaker and article. Filters: speaker, search, kind, article_id, country, since,
        until, outlet."""
        Q._check_filters(filters, Q.QUOTE_FILTERS)
        return self.query(*Q.quotes_sql(limit=limit, offset=offset, **filters))

    def quotes_df(self, limit: int | None = None, offset: int = 0, **filters: Any):
        Q._check_filters(filters, Q.QUOTE_FILTERS)
        return self.query_df(*Q.quotes_sql(limit=limit, offset=offset, **filters))

    def articles(self, limit: int | None = None, offset: int = 0, with_text: bool = False,
                 **filters: Any) -> list[dict[str, Any]]:
        """Article metadata with counts. Filters: outlet, since, until (publication date), search."""
        Q._check_filters(filters, Q.ARTICLE_FILTERS)
        return self.query(*Q.articles_sql(limit=limit, offset=offset, with_text=with_text, **filters))

    def articles_df(self, limit: int | None = None, offset: int = 0, with_text: bool = False,
                    **filters: Any):
        Q._check_filters(filters, Q.ARTICLE_FILTERS)
        return self.query_df(*Q.articles_sql(limit=limit, offset=offset, with_text=with_text, **filters))

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article with its text, captions and all its records (events of every modality)."""
        rows = self.articles(article_id=article_id, with_text=True)
        if not rows:
            return None
        art = rows[0]
        art["events"] = self.events(article_id=article_id, modality=None, order="article")
        art["quotes"] = self.quotes(article_id=article_id)
        for t in ("mentions", "places", "times"):
            art[t] = self.query(f'SELECT * FROM {t} WHERE article_id = ? ORDER BY start, id', [article_id])
        art["actors"] = self.query(
            "SELECT * FROM actors WHERE id IN (SELECT actor_id FROM mentions WHERE article_id = ? "
            "UNION SELECT source_actor_id FROM events WHERE article_id = ? "
            "UNION SELECT target_actor_id FROM events WHERE article_id = ? "
            "UNION SELECT speaker_actor_id FROM quotes WHERE article_id = ?) ORDER BY name, id",
            [article_id] * 4)
        return art

    def timeline(self, interval: str = "day", **filters: Any) -> list[dict[str, Any]]:
        """Events per period and QuadClass with mean Goldstein (same filters as `events`)."""
        return self.query(*Q.timeline_sql(interval, **filters))

    def network(self, limit: int | None = 200, **filters: Any) -> list[dict[str, Any]]:
        """Actor-to-actor edges with event counts and mean Goldstein (same filters as `events`)."""
        return self.query(*Q.network_sql(limit, **filters))

    def partners(self, actor_id: str, limit: int | None = 10, **filters: Any) -> list[dict[str, Any]]:
        """Actors with the most events together with `actor_id` (either direction)."""
        return self.query(*Q.partners_sql(actor_id, limit, **filters))

    def event_places(self, **filters: Any) -> list[dict[str, Any]]:
        """Events per country and place, with coordinates (same filters as `events`)."""
        return self.query(*Q.places_sql(**filters))

    def ingest_log(self, status: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        sql, params = "SELECT origin, article_id, status, reason, logged_at FROM ingest_log", []
        if status:
            sql += " WHERE status = ?"
            params.append(status)
        sql += " ORDER BY logged_at, origin"
        page, pp = Q._page(limit, 0)
        return self.query(sql + page, params + pp)


def _unique(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows with distinct ids (first wins), e.g. if a stage emitted the same record twice."""
    seen: set[Any] = set()
    out = []
    for r in rows:
        if r["id"] not in seen:
            seen.add(r["id"])
            out.append(r)
    return out


def _jsonable(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return v
