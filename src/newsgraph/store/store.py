"""The store: idempotent batch writes of analyses, the ingest log, and the query methods, on DuckDB or
PostgreSQL (`open_store("news.duckdb")`, `open_store("postgresql://user@host:5432/news")`).

One `Store` wraps one backend (`duckdb_backend.py`, `postgres_backend.py`); the write logic and the
query methods are the same for both. Writes go through `write()` (one transaction per batch, bulk
inserts, `ON CONFLICT` on the deterministic ids). Reads get their SQL from `queries.py`; listings
return `Results` (records + total + frames, see results.py), details and aggregates plain dicts.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
import itertools
import operator
import os
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from newsgraph.records import Actor, Analysis, Article, Event, Mention, Place, Quote, TimeRef, stable_id
from newsgraph.settings import DEFAULT_DB, get_settings
from newsgraph.store import aggregates as A
from newsgraph.store import queries as Q
from newsgraph.store import rows as R
from newsgraph.store import search, summaries
from newsgraph.store.gcpause import no_cycle_collection
from newsgraph.store.filters import QueryError, parse_filters
from newsgraph.store.results import AtLeast, Results, jsonable
from newsgraph.store.results import record as _record
from newsgraph.store.schema import SchemaError, ensure_schema

# Tables holding one article's records; deleted together when an article is reprocessed.
CHILD_TABLES = ("mentions", "events", "quotes", "places", "times")
DATA_TABLES = ("articles", "actors", *CHILD_TABLES)
ALL_TABLES = (*DATA_TABLES, "ingest_log")
MAX_REMEMBERED_ACTORS = 200_000   # actor snapshots a bulk load remembers to skip repeats (about 100 MB at most)

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
# the most of the dated events the "auto" timeline may leave out as stray dates: far-off dates are strays when few
TIMELINE_STRAY_SHARE = 0.05


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


def is_url(target: str | os.PathLike | None) -> bool:
    from newsgraph.store.postgres_backend import is_postgres_url

    return target is not None and is_postgres_url(str(target))


def db_label(target: str) -> str:
    """How to show a database to the user: the absolute file path, or the URL without its password."""
    from newsgraph.store.postgres_backend import is_postgres_url, redact

    if target == ":memory:":
        return target
    return redact(target) if is_postgres_url(target) else str(Path(target).resolve())


def open_store(target: str | os.PathLike | None = None, read_only: bool = False, create: bool = True) -> "Store":
    """Open a newsgraph database, creating and migrating it when allowed.

    target: a DuckDB file path (default: $NEWSGRAPH_DB or ./newsgraph.duckdb), ":memory:", or a
    PostgreSQL URL (postgresql://user@host:port/dbname).
    read_only: for readers (CLI queries, the REST API): never creates or migrates anything.
    create: whether a missing DuckDB file may be created (ingest: yes; `newsgraph.open`: only when asked).
    """
    settings = get_settings()
    target = str(target or settings.db)
    if is_url(target):
        from newsgraph.store.postgres_backend import PostgresBackend

        backend: Any = PostgresBackend(target, read_only=read_only)
    else:
        from newsgraph.store.duckdb_backend import DuckDBBackend

        if target != ":memory:":
            p = Path(target)
            if p.is_dir():
                raise SchemaError(f"{target}: is a directory, not a database file")
            if not p.exists():
                if read_only or not create:
                    raise FileNotFoundError(f"{target}: no such database")
                if not p.parent.exists():
                    raise SchemaError(f"{target}: directory {p.parent} does not exist")
        backend = DuckDBBackend(target, read_only=read_only, lock_wait=settings.db_lock_wait,
                                idle_seconds=settings.db_idle_ms / 1000, checkpoint_mb=settings.db_checkpoint_mb)
    try:
        with backend.schema_connection() as db:
            ensure_schema(db, backend.label, read_only=read_only)
    except BaseException:
        backend.close()
        raise
    return Store(backend, read_only=read_only)


class Store:
    """A newsgraph database. Create with `open_store()` / `newsgraph.open()`."""

    def __init__(self, backend: Any, read_only: bool = False):
        self.backend = backend
        self.dialect = backend.dialect
        self.read_only = read_only
        self._write_lock = threading.RLock()
        # inside bulk_load: actor id -> what a record this store merged in a committed write said
        # (rows.actor_snapshot; a repeat is skipped)
        self._merged_actors: dict[str, tuple] | None = None
        self._merging: dict[str, tuple] = {}

    @property
    def path(self) -> str:
        """The DuckDB file, or the PostgreSQL URL without its password."""
        return self.backend.label

    # ------------------------------------------------------------ lifecycle

    def close(self) -> None:
        self.backend.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r}{', read_only' if self.read_only else ''})"

    # ------------------------------------------------------------ writing

    def is_empty(self) -> bool:
        """No article stored yet: a load may take the bulk path (`bulk_load`)."""
        return not self._fetch("SELECT 1 FROM articles LIMIT 1")

    def has_article(self, article_id: str) -> bool:
        return bool(self._fetch("SELECT 1 FROM articles WHERE id = ?", [article_id]))

    def find_content_hash(self, content_hash: str | None) -> str | None:
        """Id of a stored article with this content hash (same text, other url), or None."""
        if not content_hash:
            return None
        rows = self._fetch("SELECT id FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1", [content_hash])
        return rows[0][0] if rows else None

    def write(self, analyses: Iterable[Analysis], replace: bool = False,
              log: Iterable[LogEntry] = ()) -> WriteStats:
        """Store a batch of analyses in one transaction.

        Articles already stored are skipped (ids are deterministic, so writing the same analyses twice
        changes nothing, and every insert is ON CONFLICT DO NOTHING, so two processes writing the same
        article at once store it once), unless `replace` is true: then their old records are deleted
        first (re-analysis with a newer pipeline). Actors are upserted by id with their aliases merged.
        `log` entries are written to the ingest log in the same transaction.
        """
        with self._write_lock:       # one writer at a time per Store (e.g. API threads)
            self._merging = {}
            bulk = self._merged_actors is not None          # inside bulk_load
            with (no_cycle_collection() if bulk else contextlib.nullcontext()), self.backend.transaction() as tx:
                stats = self._write(tx, list(analyses), replace, list(log))
            merged = self._merged_actors
            if merged is not None and len(merged) < MAX_REMEMBERED_ACTORS:      # committed: remember
                merged.update(self._merging)
            return stats

    def _write(self, tx: Any, analyses: list[Analysis], replace: bool, log: list[LogEntry]) -> WriteStats:
        stats = WriteStats()
        ids = list(dict.fromkeys(a.article.id for a in analyses))
        in_ids = self.dialect.in_list
        # a bulk load into an empty database computes the summaries once at its end
        summarise = not getattr(tx, "summaries_deferred", False)
        if replace and ids:
            if summarise:
                summaries.apply(tx, f"(SELECT * FROM events WHERE {in_ids('article_id')})", -1, [ids])
            for sql in search.delete_index_sql(self.dialect, in_ids("article_id")):
                tx.execute(sql, [ids])
            for t in CHILD_TABLES:
                tx.execute(f"DELETE FROM {t} WHERE {in_ids('article_id')}", [ids])
            tx.execute(f"DELETE FROM articles WHERE {in_ids('id')}", [ids])
        present = {r[0] for r in tx.execute(f"SELECT id FROM articles WHERE {in_ids('id')}", [ids])} if ids else set()
        todo: list[Analysis] = []
        seen: set[str] = set()
        for a in analyses:
            if a.article.id in present or a.article.id in seen:
                stats.articles_present += 1
                continue
            seen.add(a.article.id)
            todo.append(a)
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
        # a backend that inserts in the background (DuckDB) takes the rows in parts, so the next part's
        # rows are built while the database stores the previous one; ids stay unique across the parts
        step = getattr(tx, "part_articles", None) or len(todo) or 1
        seen_ids: dict[str, set[Any]] = {t: set() for t in DATA_TABLES}
        # DuckDB's evidence index needs only the event ids: it is written first (one statement, words
        # sorted), in the background while the rows are built; PostgreSQL's reads the stored events
        terms_first = getattr(tx, "terms_first", False)
        if terms_first:
            columns = _evidence_columns(todo)       # two lists, no Python loop per pair (None: a repeated id)
            if columns is not None:
                tx.insert_evidence(*columns)
            else:
                tx.insert_terms(_evidence(todo))
        for k in range(0, len(todo), step):
            part = todo[k:k + step]
            self._insert_records(tx, part, now, summarise, stats, seen_ids)
            if not terms_first:
                tx.insert_terms(_evidence(part))
        actors: Iterable[Actor] = (ac for a in todo for ac in a.actors)
        merged = self._merged_actors
        if merged is not None:
            # merging what a record says again is a no-op (rows.merge_actor_rows is idempotent, actors are
            # never deleted), so what this load already merged and committed need not travel again
            # articles often share actor records: each object once (keyed by identity, in C: no Python
            # loop over the batch's ~20 actor references per article)
            listed = list(itertools.chain.from_iterable(map(_ACTORS, todo)))
            said = dict(zip(map(id, listed), listed))
            new = {}
            for ac in said.values():
                snap = R.actor_snapshot(ac)
                if merged.get(ac.id) != snap:
                    new[id(ac)] = snap
            actors = [said[k] for k in new]
            self._merging = {said[k].id: snap for k, snap in new.items()}
        batch = R.actor_rows(actors)
        if batch:
            stats.actors_new, stats.actors_updated = tx.merge_actors(batch)
        self._write_log(tx, log, now)
        return stats

    @staticmethod
    def _insert_records(tx: Any, todo: list[Analysis], now: dt.datetime, summarise: bool, stats: WriteStats,
                        seen_ids: dict[str, set[Any]]) -> None:
        """The rows of these new articles and their records, inserted; their counts added to `stats`."""
        tables: dict[str, Any] = {t: [] for t in DATA_TABLES}
        events: list[tuple[Event, Any]] = []
        for a in todo:
            tables["articles"].append(R.article_row(a, now))
            events.extend(zip(a.events, itertools.repeat(a.article.published)))
            # the records' own field dicts, not copies: the inserts only read them
            tables["mentions"].extend(map(vars, a.mentions))
            tables["quotes"].extend(map(vars, a.quotes))
            tables["places"].extend(map(vars, a.places))
            tables["times"].extend(map(vars, a.times))
        events = _unique(events, seen_ids["events"], key=lambda pair: pair[0].id,
                         keys=map(_ID, map(operator.itemgetter(0), events)))
        # a writer that takes Arrow tables gets the events' rows built column-wise (rows.EventColumns),
        # one that copies tuples gets them built as it copies (rows.EventTuples)
        tables["events"] = (R.EventColumns(events) if getattr(tx, "takes_event_columns", False)
                            else R.EventTuples(events) if getattr(tx, "takes_event_tuples", False)
                            else [R.event_row(e, pub) for e, pub in events])
        for t in ("articles", *CHILD_TABLES):
            # "new": checked above, so only another process writing the same article at this moment
            # (PostgreSQL) can clash; child ids embed the article id.
            # the events this call inserted are added to the summaries while the batch is at hand
            then = (lambda batch: summaries.apply(tx, batch)) if t == "events" and summarise else None
            rows = tables[t] if t == "events" else _unique(tables[t], seen_ids[t])
            n = tx.insert(t, rows, on_conflict="new", then=then)
            setattr(stats, t, getattr(stats, t) + n)

    @contextlib.contextmanager
    def bulk_load(self) -> Iterator["Store"]:
        """`with store.bulk_load(): store.write(batch) ...` for loading many batches at once. Writes mean
        the same inside; a backend may load faster (PostgreSQL builds its secondary indexes and
        summaries once at the end when the database was empty, postgres_backend.PostgresBackend.bulk_load;
        DuckDB its summaries, duckdb_bulk.py).
        Enter and leave it on one thread."""
        bulk = getattr(self.backend, "bulk_load", None)
        self._merged_actors = {}
        try:
            with bulk() if bulk is not None else contextlib.nullcontext():
                yield self
        finally:
            self._merged_actors = None

    def log(self, origin: str | None, article_id: str | None, status: str, reason: str | None = None) -> None:
        """Record what happened to one input item (one row per origin+article; the latest run wins,
        except that "unchanged" does not overwrite an earlier status)."""
        self.write([], log=[LogEntry(origin, article_id, status, reason)])

    @staticmethod
    def _write_log(tx: Any, entries: list[LogEntry], now: dt.datetime) -> None:
        if not entries:
            return
        rows: dict[str, dict[str, Any]] = {}
        for e in entries:
            key = stable_id(e.origin, e.article_id)
            rows[key] = {"key": key, "origin": e.origin, "article_id": e.article_id, "status": e.status,
                         "reason": e.reason, "logged_at": now}
        # "unchanged" keeps an earlier row (e.g. "stored" from the first run); other statuses replace it.
        tx.insert("ingest_log", [r for r in rows.values() if r["status"] == "unchanged"], key="key")
        tx.insert("ingest_log", [r for r in rows.values() if r["status"] != "unchanged"],
                  on_conflict="update", key="key")

    # ------------------------------------------------------------ reading: plain SQL

    def _fetch(self, sql: str, params: list[Any] | None = None) -> list[tuple]:
        return self.backend.fetch(sql, params or [])[1]

    def _results(self, query: tuple[str, list[Any]], record_type: type | None = None,
                 total: Any = None, limit: Any = None, offset: Any = 0) -> Results:
        names, rows = self.backend.fetch(*query)
        return Results(names, rows, record_type, total=total, limit=limit, offset=offset or 0)

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """Run a read query (`?` placeholders) and return JSON-friendly dicts (dates as ISO strings)."""
        names, rows = self.backend.fetch(sql, params or [])
        return [{k: jsonable(v) for k, v in zip(names, row)} for row in rows]

    def query_df(self, sql: str, params: list[Any] | None = None):
        """Run a read query and return a pandas DataFrame."""
        return self.backend.arrow(sql, params or []).to_pandas()

    def iter_query(self, sql: str, params: list[Any] | None = None, chunk: int = 2000) -> Iterator[dict[str, Any]]:
        """Stream a read query's rows as dicts (for exports of any size). Helper columns of the query
        layer (`_ng_*`) are left out."""
        for names, rows in self.backend.stream(sql, params or [], chunk):
            keep = [i for i, n in enumerate(names) if not n.startswith("_ng_")]
            for row in rows:
                yield {names[i]: jsonable(row[i]) for i in keep}

    def write_parquet(self, sql: str, params: list[Any], path: str | os.PathLike) -> int:
        """Write a read query's rows to a Parquet file; returns how many rows were written."""
        return self.backend.copy_parquet(sql, params, str(path))

    def counts(self) -> dict[str, int]:
        """Row count per table."""
        sql = "SELECT " + ", ".join(f"(SELECT count(*) FROM {t}) AS {t}" for t in ALL_TABLES)
        names, rows = self.backend.fetch(sql)
        return dict(zip(names, rows[0]))

    # ------------------------------------------------------------ events

    def events(self, limit: int | None = None, offset: int = 0, order: str = "date",
               **filters: Any) -> Results[Event]:
        """Events matching the filters (`newsgraph.store.filters.EVENT_FILTERS`: actor, country, code, root,
        since, until, modality (default asserted; None = all), search, ...), in `order`.

        A page is fetched in two steps: the ids in order (no text touched), then the full rows of just
        those events (evidence cut from just those articles), which keeps pages fast on 1 M events.
        Actors named by code, name or alias are looked up once first (`resolve_actors`), for the page
        and its total alike.
        """
        d = self.dialect
        ids = self.resolve_actors(filters)
        total: Any = functools.partial(self._count_events, ids, filters)
        if limit is None:
            return self._results(Q.events_sql(d, offset=offset, order=order, actor_ids=ids, **filters),
                                 Event, total, None, offset)
        probe = False
        if "search" in parse_filters(filters):
            if self.dialect.is_postgres and order in search.PROBE_ORDERS:
                # the count picks the page's plan (search.probe_pays), so it is taken before the page
                total, probe = self._search_total(limit, offset, order, filters, ids)
            else:
                # counted only if asked for: a DuckDB page with an actor filter counts its matches itself
                total = lambda: self._search_total(limit, offset, order, filters, ids)[0]  # noqa: E731
        keys = self._fetch(*Q.event_ids_sql(d, limit=limit, offset=offset, order=order, probe_search=probe,
                                            actor_ids=ids, **filters))
        if keys and len(keys[0]) > 2:            # the page query counted the matches too (exact)
            total = keys[0][2]
        if not keys:
            return self._results(Q.events_sql(d, limit=0, order=order, actor_ids=ids, **filters),
                                 Event, total, limit, offset)
        return self._results(Q.events_by_ids_sql(d, [k[0] for k in keys], list(dict.fromkeys(k[1] for k in keys)),
                                                 order), Event, total, limit, offset)

    def _search_total(self, limit: int, offset: int, order: str, filters: dict[str, Any],
                      actor_ids: dict[str, list[str]]) -> tuple[int, bool]:
        """A search page's total, counted up to search.COUNT_CAP (or past the page: `AtLeast` when more
        match), and whether its page should look each event up in the index (search.probe_pays)."""
        lim, off = Q.check_limit(limit, offset)
        cap = max(search.COUNT_CAP, off + (lim or 0))
        n = self._fetch(*A.count_events_sql(self.dialect, cap=cap, actor_ids=actor_ids, **filters))[0][0]
        probe = (self.dialect.is_postgres and order in search.PROBE_ORDERS
                 and search.probe_pays(n, self._fetch(search.EVENTS_ESTIMATE_SQL)[0][0], off + (lim or 0)))
        return (AtLeast(cap) if n > cap else n), probe

    def count_events(self, **filters: Any) -> int:
        return self._count_events(self.resolve_actors(filters), filters)

    def _count_events(self, actor_ids: dict[str, list[str]], filters: dict[str, Any]) -> int:
        return self._fetch(*A.count_events_sql(self.dialect, actor_ids=actor_ids, **filters))[0][0]

    def resolve_actors(self, filters: dict[str, Any]) -> dict[str, list[str]]:
        """The actors each actor filter value names by code, name or alias, looked up once in the actors
        table (value -> actor ids, `queries.actor_ids_sql`). Why: otherwise that lookup is a subquery
        run for each side of each statement (a page and its total: four scans of the actors table),
        and each event row is joined with its result instead of compared with a few ids."""
        out: dict[str, list[str]] = {}
        for spec in Q.actor_specs(filters):
            out[spec] = [r[0] for r in self._fetch(*Q.actor_ids_sql(self.dialect, spec))]
        return out

    def iter_events(self, columns: str = Q.EVENT_COLUMNS, joins: str = "", qualify: str = "",
                    order: str = "date", **filters: Any) -> Iterator[dict[str, Any]]:
        """Every matching event as a dict, streamed (for exports): the event columns with their actors'
        and article's fields, plus `columns`/`joins` the caller adds (see `queries.events_sql`)."""
        return self.iter_query(*Q.events_sql(self.dialect, columns=columns, joins=joins, qualify=qualify,
                                             order=order, **filters))

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event (any modality) with the spans to highlight in its evidence sentence.

        Highlight offsets are relative to the evidence sentence: source and target (their mentions in
        the sentence, else the first occurrence of the coded text), the cue, the times and places in it.
        """
        page = self.events(event_id=event_id, modality=None, limit=1)
        if not len(page):
            return None
        ev = page.rows[0]
        s0, s1 = ev["evidence_start"] or 0, ev["evidence_end"] or 0
        evidence = ev.get("evidence") or ""
        spans: list[dict[str, Any]] = []

        def add(kind: str, start: int | None, end: int | None, **extra: Any) -> None:
            if start is None or end is None or start < s0 or end > s1 or end <= start:
                return
            spans.append({"kind": kind, "start": start - s0, "end": end - s0,
                          "text": evidence[start - s0:end - s0], **extra})

        art = ev["article_id"]
        for side in ("source", "target"):
            aid, text = ev.get(f"{side}_actor_id"), ev.get(f"{side}_text")
            found = False
            if aid:
                for m in self.query(Q.event_spans_sql("mentions", 'start, "end"', by_actor=True), [art, aid, s0, s1]):
                    add(side, m["start"], m["end"])
                    found = True
            if not found and text:
                i = evidence.find(text)
                if i >= 0:
                    add(side, s0 + i, s0 + i + len(text))
        add("cue", ev.get("cue_start"), ev.get("cue_end"))
        for t in self.query(Q.event_spans_sql("times", 'start, "end", value'), [art, s0, s1]):
            add("time", t["start"], t["end"], value=t["value"])
        for p in self.query(Q.event_spans_sql("places", 'start, "end", country'), [art, s0, s1]):
            add("place", p["start"], p["end"], country=p["country"])
        ev["highlights"] = sorted(spans, key=lambda s: (s["start"], -s["end"]))
        return ev

    # ------------------------------------------------------------ actors, quotes, articles

    def actors(self, limit: int | None = None, offset: int = 0, **filters: Any) -> Results[Actor]:
        """Actors with mention/article/event/quote counts. Filters: search, country, sector, kind, code."""
        Q.check_names(filters, Q.ACTOR_FILTERS)
        query = Q.actors_sql(self.dialect, limit=limit, offset=offset, **filters)
        total = functools.partial(self._count, Q.actors_sql(self.dialect, **filters))
        return self._results(query, Actor, total, limit, offset)

    def actor(self, actor_id: str) -> dict[str, Any] | None:
        rows = self.actors(actor_id=actor_id).rows
        return rows[0] if rows else None

    def quotes(self, limit: int | None = None, offset: int = 0, **filters: Any) -> Results[Quote]:
        """Quotes with speaker and article. Filters: speaker, search, kind, article_id, country, since,
        until, outlet."""
        Q.check_names(filters, Q.QUOTE_FILTERS)
        query = Q.quotes_sql(self.dialect, limit=limit, offset=offset, **filters)
        total = functools.partial(self._count, Q.quotes_sql(self.dialect, **filters))
        return self._results(query, Quote, total, limit, offset)

    def articles(self, limit: int | None = None, offset: int = 0, with_text: bool = False,
                 **filters: Any) -> Results[Article]:
        """Article metadata with counts. Filters: outlet, since, until (publication date), search.
        The records carry `text=None` unless `with_text` is true."""
        Q.check_names(filters, Q.ARTICLE_FILTERS)
        query = Q.articles_sql(self.dialect, limit=limit, offset=offset, with_text=with_text, **filters)
        total = functools.partial(self._count, Q.articles_sql(self.dialect, **filters))
        names, rows = self.backend.fetch(*query)
        return Results(names, rows, Article, total=total, limit=limit, offset=offset or 0,
                       rename={"outlet": "source"}, defaults={"text": None})

    def _count(self, query: tuple[str, list[Any]]) -> int:
        return self._fetch(*Q.count_sql(query))[0][0]

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article with its text, captions and all its records (events of every modality), as dicts."""
        rows = self.articles(article_id=article_id, with_text=True).rows
        if not rows:
            return None
        art = rows[0]
        art["events"] = self.events(article_id=article_id, modality=None, order="article").rows
        art["quotes"] = self.quotes(article_id=article_id).rows
        for t in ("mentions", "places", "times"):
            art[t] = self.query(Q.article_records_sql(t), [article_id])
        art["actors"] = self.query(Q.ARTICLE_ACTORS_SQL, [article_id] * 4)
        return art

    def analysis(self, article_id: str) -> Analysis | None:
        """The stored Analysis of one article: the same records `newsgraph.analyse` returns."""
        names, raw = self.backend.fetch("SELECT * FROM articles WHERE id = ?", [article_id])
        if not raw:
            return None
        article = _record(Article, dict(zip(names, raw[0])))

        def records(cls: type, table: str) -> list[Any]:
            n, rs = self.backend.fetch(f"SELECT * FROM {table} WHERE article_id = ? ORDER BY start, id", [article_id])
            return [_record(cls, dict(zip(n, r))) for r in rs]

        n, rs = self.backend.fetch(Q.ARTICLE_ACTORS_SQL, [article_id] * 4)
        n_ev, rs_ev = self.backend.fetch("SELECT * FROM events WHERE article_id = ? ORDER BY evidence_start, id",
                                         [article_id])
        return Analysis(article=article, actors=[_record(Actor, dict(zip(n, r))) for r in rs],
                        mentions=records(Mention, "mentions"), quotes=records(Quote, "quotes"),
                        places=records(Place, "places"), times=records(TimeRef, "times"),
                        events=[_record(Event, dict(zip(n_ev, r))) for r in rs_ev])

    # ------------------------------------------------------------ aggregates

    def timeline(self, interval: str = "auto", **filters: Any) -> Results:
        """Events per period (day, week, month, year) by QuadClass (q1..q4) with mean Goldstein, over
        dated events.

        interval "auto" picks day/week/month from the date span; without a date filter it also leaves out
        dates more than three interquartile ranges (at least two weeks) from the middle half -- a stray
        "2030" would squash the chart -- when they are at most TIMELINE_STRAY_SHARE of the dated events
        (more are periods of the corpus, not strays), and says so: `.meta` holds interval, window and the counts
        left out before/after it.
        """
        d = self.dialect
        window = None
        outside = {"before": 0, "after": 0}
        if interval == "auto":
            names, rows = self.backend.fetch(*A.date_spread_sql(d, **filters))
            r = dict(zip(names, rows[0]))
            if r["lo"] is None:
                interval = "day"
            else:
                lo, hi, q1, q3 = (_as_date(r[k]) for k in ("lo", "hi", "q1", "q3"))
                fence = 3 * max((q3 - q1).days, 14)
                c_lo, c_hi = max(lo, q1 - dt.timedelta(days=fence)), min(hi, q3 + dt.timedelta(days=fence))
                if not (filters.get("since") or filters.get("until")) and (c_lo, c_hi) != (lo, hi):
                    window = (c_lo.isoformat(), c_hi.isoformat())
                    outside = self.query(*A.outside_window_sql(d, window, **filters))[0]
                    if sum(int(v or 0) for v in outside.values()) > TIMELINE_STRAY_SHARE * int(r.get("n") or 0):
                        # more than a few events far off: periods of their own, not stray dates (session 36b)
                        window, outside = None, {"before": 0, "after": 0}
                    else:
                        lo, hi = c_lo, c_hi
                days = (hi - lo).days
                interval = "day" if days <= 120 else "week" if days <= 2 * 366 else "month"
        res = self._results(A.timeline_sql(d, interval, window=window, **filters))
        res.meta = {"interval": interval, "window": window, "outside": outside, "quad_classes": QUAD_NAMES}
        return res

    def network(self, limit: int | None = 200, **filters: Any) -> Results:
        """Undirected actor pairs with event counts (each way too) and mean Goldstein, strongest first;
        `.meta["nodes"]` has the actors of these edges with their summed event counts."""
        res = self._results(A.network_sql(self.dialect, limit, **filters))
        nodes: list[dict[str, Any]] = []
        ids = sorted({e["source"] for e in res.rows} | {e["target"] for e in res.rows})
        if ids:
            nodes = self.query(*Q.actors_by_ids_sql(self.dialect, ids))
            weight: dict[str, int] = {}
            for e in res.rows:
                for k in ("source", "target"):
                    weight[e[k]] = weight.get(e[k], 0) + e["events"]
            for n in nodes:
                n["events"] = weight.get(n["id"], 0)
        res.meta = {"nodes": nodes}
        return res

    def event_map(self, points: int = 300, **filters: Any) -> dict[str, list[dict[str, Any]]]:
        """Events per country where they happened, and per located place (the `points` busiest)."""
        return {"countries": self.query(*A.map_countries_sql(self.dialect, **filters)),
                "points": self.query(*A.map_points_sql(self.dialect, points, **filters))}

    def partners(self, actor_id: str, limit: int | None = 10, **filters: Any) -> Results:
        """Actors with the most events together with `actor_id` (either direction)."""
        return self._results(A.partners_sql(self.dialect, actor_id, limit, **filters))

    def actor_profile(self, actor_id: str, partners: int = 10) -> dict[str, Any] | None:
        """An actor with its counts, asserted events by QuadClass and CAMEO root, top partners and
        latest quotes."""
        actor = self.actor(actor_id)
        if actor is None:
            return None
        actor["events_by_quad_class"] = sorted(self.query(*A.actor_events_by_sql(self.dialect, actor_id, "quad_class")),
                                               key=lambda r: r["quad_class"] or 0)
        actor["events_by_root"] = self.query(*A.actor_events_by_sql(self.dialect, actor_id, "cameo_root"))
        actor["top_partners"] = self.partners(actor_id, partners).rows
        actor["recent_quotes"] = self.quotes(speaker=actor_id, limit=5).rows
        return actor

    def meta(self) -> dict[str, Any]:
        """Counts, date ranges and the values the filters can take (the dashboard's controls)."""
        out: dict[str, Any] = {"counts": self.counts()}
        for key, sql in Q.META_SQL.items():
            rows = self.query(sql)
            out[key] = rows[0] if key in ("event_dates", "published") else rows
        out["quad_classes"] = QUAD_NAMES
        out["modalities"] = list(Q.MODALITIES)
        return out

    def ingest_log(self, status: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        return self.query(*Q.ingest_log_sql(status, limit))


def _as_date(v: Any) -> dt.date:
    return v if isinstance(v, dt.date) else dt.date.fromisoformat(str(v))


def _evidence(analyses: list[Analysis]) -> list[tuple[str, str]]:
    """(event id, evidence sentence) of these analyses' events, for the evidence index (one per id)."""
    return search.indexed_evidence((e.id, a.article.text[e.evidence_start:e.evidence_end])
                            for a in analyses for e in a.events)


_ID = operator.attrgetter("id")
_ACTORS = operator.attrgetter("actors")


def _evidence_columns(analyses: list[Analysis]) -> tuple[list[str], list[str]] | None:
    """The ids and evidence sentences of these analyses' events as two lists, what `_evidence` gives as
    pairs but with the empty sentences kept (the writer leaves them out), read without a Python loop
    per pair; None if an event id repeats (`_evidence` keeps its last sentence)."""
    ids: list[str] = []
    sentences: list[str] = []
    for a in analyses:
        text, events = a.article.text, a.events
        ids += map(_ID, events)
        sentences += [text[e.evidence_start:e.evidence_end] for e in events]
    return (ids, sentences) if len(set(ids)) == len(ids) else None


def _unique(rows: list[Any], seen: set[Any], key: Any = operator.itemgetter("id"),
            keys: Iterable[Any] | None = None) -> list[Any]:
    """Rows with distinct ids (`key`) not in `seen` (first wins), e.g. if a stage emitted the same record
    twice; `seen` gains their ids. `keys`: the rows' ids, if the caller has a faster way to list them."""
    ids = set(map(key, rows) if keys is None else keys)
    if len(ids) == len(rows) and ids.isdisjoint(seen):     # the usual case, checked in C
        seen |= ids
        return rows
    out = []
    for r in rows:
        k = key(r)
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


__all__ = ["DEFAULT_DB", "LogEntry", "QueryError", "Store", "WriteStats", "open_store", "QUAD_NAMES"]
