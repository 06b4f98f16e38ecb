"""PostgreSQL database (`--db postgresql://user@host:port/dbname`) through psycopg 3.

Several ingesters (on several machines) and servers can use one PostgreSQL database at once. Every
insert is `ON CONFLICT DO NOTHING` on the deterministic ids, so two processes storing the same article
never duplicate a row; actors are merged in SQL under the row lock `ON CONFLICT DO UPDATE` takes, so
concurrent writers cannot lose each other's aliases. Reads use one autocommit connection per thread.
The one exception: while a bulk load into an empty database runs as the sole loader (postgres_keys.py),
other writers wait for its end.
"""
from __future__ import annotations

import functools
import io
import logging
import operator
import queue
import re
import struct
import threading
import time
from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator
from urllib.parse import urlsplit, urlunsplit

from newsgraph.store import postgres_gin as gin
from newsgraph.store import postgres_keys as keys
from newsgraph.store import postgres_sums as sums
from newsgraph.store import rows as R
from newsgraph.store.dialect import POSTGRES, to_pyformat
from newsgraph.store.schema import _PG_SCHEMA_LOCK, SchemaError

log = logging.getLogger("newsgraph.store")

URL_SCHEMES = ("postgresql://", "postgres://")
_BULK_LOCK_CLASS = 7_411_962     # advisory lock (this, pid): the bulk loader of that backend pid is running
_PENDING = "summaries_pending:"  # schema_info key prefix: a bulk load deferred the summaries (+ its pid)



def _arrow_type(pg_type: str):
    """The Arrow type for a PostgreSQL type name (for frames and Parquet exports)."""
    import pyarrow as pa

    return {"text": pa.string(), "varchar": pa.string(), "bpchar": pa.string(), "int2": pa.int16(),
            "int4": pa.int32(), "int8": pa.int64(), "float4": pa.float32(), "float8": pa.float64(),
            "numeric": pa.float64(), "bool": pa.bool_(), "date": pa.date32(), "timestamp": pa.timestamp("us"),
            "_text": pa.list_(pa.string()), "_varchar": pa.list_(pa.string())}.get(pg_type, pa.string())


def _pg_arrow_type(data_type: str):
    """The Arrow type for an information_schema data_type (the staging of bulk inserts)."""
    import pyarrow as pa

    return {"integer": pa.int32(), "bigint": pa.int64(), "double precision": pa.float64(), "date": pa.date32(),
            "timestamp without time zone": pa.timestamp("us"), "boolean": pa.bool_()}.get(data_type, pa.string())


def is_postgres_url(target: str) -> bool:
    return str(target).startswith(URL_SCHEMES)


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return urlunsplit(parts._replace(netloc=netloc))


class PostgresBackend:
    """One PostgreSQL database."""

    dialect = POSTGRES
    # whether a bulk load into an empty database may be a sole loader (postgres_keys); tests turn it off
    # to exercise the shared path
    sole_loads = True
    # whether a bulk load keeps the full-text GIN index and fills it beside the load (postgres_gin), or
    # drops it with the other secondary indexes and builds it first at the end. Built at the end it costs
    # the server 5-15 CPU-seconds less at 1 M events (session 12), which wins on a loaded machine, but on
    # a quiet one the load took longer (one process builds it while the end waits; 50.2 s against 45.2 s)
    gin_beside_load = True
    # whether a sole bulk load groups its summaries in the client (postgres_sums) instead of the server
    # rebuilding them from the events (the fallback); tests turn it off to compare the two
    client_summaries = True

    def __init__(self, url: str, read_only: bool):
        try:
            import psycopg
        except ImportError as exc:   # pragma: no cover - psycopg is a dependency
            raise SchemaError(f"PostgreSQL needs the psycopg package: {exc}") from None
        self._psycopg = psycopg
        self.url = url
        self.read_only = read_only
        self._local = threading.local()
        self._all: list[Any] = []
        self._lock = threading.Lock()
        self._bulk = False            # inside bulk_load
        self._deferring = False       # inside a bulk_load that recomputes the summaries at its end
        self._lock_holder: Any = None  # the connection holding that load's advisory lock
        self._sole = False            # inside a bulk_load that holds the gate (postgres_keys)...
        self._keys: dict[str, list[str]] = {}   # ...and dropped these primary keys
        self._gate_holder: Any = None  # the connection holding the gate
        self._cleaner: gin.PendingListCleaner | None = None   # inside a bulk_load that defers indexes
        self._sums: sums.LoadSummaries | None = None   # inside a sole bulk_load: its events' summary columns
        self._connect()   # fail now, with a clear message, if the server cannot be reached

    @property
    def label(self) -> str:
        return redact(self.url)

    def _new_connection(self):
        """A connection of the store's own settings (autocommit), not kept or shared."""
        return self._psycopg.connect(self.url, autocommit=True, connect_timeout=10)

    def _connect(self):
        con = getattr(self._local, "con", None)
        if con is not None and not con.closed:
            return con
        try:
            con = self._new_connection()
        except self._psycopg.Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise SchemaError(f"{self.label}: cannot connect to PostgreSQL: {first}") from None
        if self.read_only:
            con.execute("SET default_transaction_read_only = on")
        self._local.con = con
        with self._lock:
            self._all.append(con)
        return con

    def close(self) -> None:
        if self._cleaner is not None:          # closed inside a bulk load (the loader is gone)
            self._cleaner.stop()
            self._cleaner.join()
            self._cleaner = None
        with self._lock:
            for con in self._all:
                try:
                    con.close()
                except self._psycopg.Error:
                    pass
            self._all.clear()

    # ------------------------------------------------------------ reading

    def fetch(self, sql: str, params: list[Any] | None = None) -> tuple[list[str], list[tuple]]:
        with self._connect().cursor() as cur:
            cur.execute(to_pyformat(sql), params or [])
            return [d.name for d in cur.description], cur.fetchall()

    def stream(self, sql: str, params: list[Any] | None = None,
               chunk: int = 2000) -> Iterator[tuple[list[str], list[tuple]]]:
        """Rows in chunks through a server-side cursor (an export of any size stays small in memory)."""
        con = self._psycopg.connect(self.url)   # named cursors need a transaction of their own
        try:
            with con.cursor(name="ng_stream") as cur:
                cur.itersize = chunk
                cur.execute(to_pyformat(sql), params or [])
                names: list[str] | None = None
                while True:
                    rows = cur.fetchmany(chunk)
                    if names is None:
                        names = [d.name for d in cur.description]
                    if not rows:
                        break
                    yield names, rows
        finally:
            con.close()

    def _arrow_schema(self, description):
        import pyarrow as pa

        fields = []
        for d in description:
            info = self._psycopg.adapters.types.get(d.type_code)
            fields.append(pa.field(d.name, _arrow_type(info.name if info else "")))
        return pa.schema(fields)

    @staticmethod
    def _to_arrow(schema, rows: list[tuple]):
        import pyarrow as pa

        cols = {f.name: [_plain(r[i], f.type) for r in rows] for i, f in enumerate(schema)}
        return pa.Table.from_pydict(cols, schema=schema)

    def arrow(self, sql: str, params: list[Any] | None = None):
        with self._connect().cursor() as cur:
            cur.execute(to_pyformat(sql), params or [])
            return self._to_arrow(self._arrow_schema(cur.description), cur.fetchall())

    def copy_parquet(self, sql: str, params: list[Any], path: str, chunk: int = 50_000) -> int:
        """Write the query's rows to a Parquet file, streamed in chunks; returns the row count."""
        import pyarrow.parquet as pq

        con = self._psycopg.connect(self.url)
        n = 0
        try:
            with con.cursor(name="ng_parquet") as cur:
                cur.execute(to_pyformat(sql), params or [])
                writer = None
                try:
                    while True:
                        rows = cur.fetchmany(chunk)
                        if writer is None:
                            schema = self._arrow_schema(cur.description)
                            writer = pq.ParquetWriter(path, schema)
                        if not rows:
                            break
                        writer.write_table(self._to_arrow(schema, rows))
                        n += len(rows)
                finally:
                    if writer is not None:
                        writer.close()
        finally:
            con.close()
        return n

    # ------------------------------------------------------------ writing

    @contextmanager
    def transaction(self) -> Iterator["PostgresWriter"]:
        """A write transaction. Unless this backend is a sole bulk loader itself, it first takes the gate
        shared for the transaction (postgres_keys): it waits while a sole loader runs, and rebuilds the
        keys a dead one dropped before it writes."""
        con = self._connect()
        batch = None
        while True:
            try:
                with con.transaction(), con.cursor() as cur:
                    if not self._sole and self._keys_pending(cur):
                        raise _KeysPending
                    if self._bulk:
                        # a crash may lose the last batches' commits, never leave half a batch: the load is
                        # re-run; the full-text index's pending list is merged by the cleaner (postgres_gin)
                        cur.execute("SELECT set_config('synchronous_commit', 'off', true)"
                                    + (", set_config('gin_pending_list_limit', %s, true)" if self._cleaner else ""),
                                    [gin.PENDING_LIST_LIMIT] if self._cleaner else [])
                    batch = self._sums.batch() if self._sums is not None else None
                    yield PostgresWriter(cur, summaries_deferred=self._deferring, sums=batch)
            except _KeysPending:
                # a live sole loader holds the gate until its keys are back: this one died
                self.recover_bulk_loads(wait=True)
                continue
            break
        if batch is not None and self._sums is not None:
            self._sums.commit(batch)           # committed: its events count in the summaries
        if self._cleaner is not None:
            self._cleaner.poke()          # a batch is in: its words go from the pending list into the index

    @staticmethod
    def _keys_pending(cur) -> bool:
        """The gate taken shared until the end of this transaction, then whether a dead sole loader left
        keys to rebuild. Two statements in one round trip: the check must read after the wait (each
        statement of a READ COMMITTED transaction sees what was committed when it started)."""
        cur.execute(_GATE_THEN_PENDING)
        cur.nextset()
        return cur.fetchone()[0]

    @contextmanager
    def bulk_load(self) -> Iterator[None]:
        """Many `write` batches into a fresh database, loaded the way pg_restore does it. When the events
        table is empty at the start:

        - the secondary indexes (every `CREATE INDEX` of schema_postgres.sql but those on articles and the
          partial ones: `secondary_indexes`) are dropped, the batches loaded with only the primary keys,
          and the indexes built once at the end, each in one sorted pass (and its own transaction); the
          full-text GIN index stays and is filled beside the load (postgres_gin), unless `gin_beside_load`
          is off: then it is dropped too and built first at the end (the longest job);
        - the summaries (summaries.py) are not updated batch by batch but recomputed once at the end
          from the stored events, with new event writes (LOCK events IN SHARE MODE) and other rebuilds
          (an advisory lock) held off meanwhile, while a second connection builds the indexes
          (`_finish_bulk_load`).

        Why this is safe: unless this is a sole loader (below), the primary keys stay, so every insert is
        still `ON CONFLICT` on the deterministic ids and concurrent writers (bulk or not) never duplicate a row; only lookups are
        slower while the indexes are missing, and timelines, networks and maps undercount until the
        load ends. Index changes take advisory locks (`_create_index`), so two loaders never race on an
        index name. If the process dies in the middle, the next writable open re-creates the missing indexes
        (ensure_schema runs schema_postgres.sql on every such open) and recomputes the summaries: the
        loader leaves a `summaries_pending:<pid>` row in schema_info and holds an advisory lock on its
        pid while it runs, so an open can tell a dead loader from a live one (`recover_bulk_loads`).
        A database that already holds events keeps its indexes and summaries as they are.

        A **sole loader** (postgres_keys: the load took the gate, and events, mentions and the evidence
        index were empty) also drops the primary keys of those tables and of the summaries and builds
        them at the end; other writers wait for the end of such a load."""
        deferred, self._keys = self._drop_secondary_indexes()
        self._sole = bool(self._keys)
        if self._sole and self.client_summaries:
            self._sums = sums.LoadSummaries()
        if deferred:
            self._defer_summaries()
            if gin.INDEX not in deferred:
                self._cleaner = gin.PendingListCleaner(self._new_connection, _MAINTENANCE_MEM)
        self._bulk = True
        try:
            yield
        finally:
            self._bulk = False
            self._deferring = False
            load_sums, self._sums = self._sums, None
            cleaner, self._cleaner = self._cleaner, None
            if cleaner is not None:
                cleaner.stop()                 # its last merge goes on beside the end's first jobs
            try:
                # a store closed in the middle is a loader gone: the next writable open repairs what it left
                if deferred and not self._lock_holder.closed:
                    self._finish_bulk_load(deferred, load_sums)
            finally:
                if cleaner is not None:
                    cleaner.join()
                    if cleaner.error is not None:      # the load is whole either way: say why it was slower
                        log.warning("the search index's pending-list cleaner stopped (%s): the loader merged "
                                    "the list itself", cleaner.error)
                if self._sole:
                    # the keys are back, or (a failed end) their pending row tells the next writer to
                    # rebuild them: either way other writers may go on
                    self._sole, self._keys = False, {}
                    if not self._gate_holder.closed:
                        self._gate_holder.execute(*keys.gate_sql("pg_advisory_unlock"))

    def _finish_bulk_load(self, deferred: list[str], load_sums: sums.LoadSummaries | None = None) -> None:
        """The end of a bulk load, on two connections at once (the server gets both cores): each takes
        the next job from one queue, the longest first -- what is left in the GIN index's pending list
        (postgres_gin), the summaries (one transaction per table, `_rebuild_summary`), the indexes,
        ANALYZE per table. The summaries' own index (sum_pairs_top) comes after its table: it is built in
        one pass over the filled table (its build waits for that rebuild's commit). A sole loader's
        primary keys (postgres_keys) are jobs too: the events' first (the summaries wait for it), each
        summary's after its rebuild, the others before the indexes. A sole loader's `load_sums`
        (postgres_sums) fill the summaries from the client's columns instead, where usable.
        Only when every summary is in does this loader drop its `summaries_pending` row (and its
        `keys_pending` row); a load that fails here leaves them for the next writer or open."""
        from newsgraph.store import summaries

        dropped = dict(self._keys)
        big = ("sum_country_days", "sum_pairs")
        jobs: queue.SimpleQueue = queue.SimpleQueue()
        gin_dropped = gin.INDEX in deferred
        for job in [
            # a sole loader's events key first: the summaries wait for it (they count each event once)
            *([("key", "events")] if "events" in dropped else []),
            # the GIN index, the longest job (one process), or what the cleaner left (postgres_gin)
            ("index", gin.INDEX) if gin_dropped else ("pending list", gin.INDEX),
            *(("summary", t) for t in [*big, *(t for t in summaries.TABLES if t not in big)]),
            *(("key", t) for t in keys.DATA_TABLES if t in dropped and t != "events"),
            *(("index", n) for n in deferred if n not in ("sum_pairs_top", gin.INDEX)),
            ("index", "sum_pairs_top"),                # one pass over its filled table
            *(("analyze", t) for t in _ANALYZED_FIRST), ("analyze", None),
        ]:
            jobs.put(job)
        failed: list[BaseException] = []
        events_keyed = threading.Event()
        if "events" not in dropped:
            events_keyed.set()

        def work() -> None:
            con = self._connect()
            try:
                con.execute(f"SET maintenance_work_mem = '{_MAINTENANCE_MEM}'")
                while not failed:
                    try:
                        kind, name = jobs.get_nowait()
                    except queue.Empty:
                        return
                    started = time.perf_counter()
                    if kind == "key":
                        keys.restore_key(con, name, *dropped[name])
                        if name == "events":
                            events_keyed.set()
                    elif kind == "summary":
                        while not events_keyed.wait(0.05):
                            if failed:
                                return
                        self._rebuild_summary(con, summaries.BY_TABLE[name], load_sums)
                        if name in dropped:
                            keys.restore_key(con, name, *dropped[name])
                    elif kind == "index":
                        self._create_index(con, name)
                    elif kind == "pending list":
                        gin.finish(con)
                    else:
                        con.execute(f"ANALYZE {name}" if name else _analyze_others(con))
                    log.debug("end of the bulk load: %s %s %.2f s (backend %d)", kind, name or "others",
                              time.perf_counter() - started, con.info.backend_pid)
            except BaseException as exc:  # noqa: BLE001 - re-raised by the thread that started the load
                failed.append(exc)
            finally:
                if not con.closed:
                    con.execute("RESET maintenance_work_mem")

        helper = threading.Thread(target=work, name="ng-bulk-end")
        helper.start()
        try:
            work()
        finally:
            helper.join()
        if failed:
            raise failed[0]
        con = self._lock_holder
        if dropped:
            con.execute("DELETE FROM schema_info WHERE key = %s", [f"{keys.PENDING}{con.info.backend_pid}"])
        con.execute("DELETE FROM schema_info WHERE key = %s", [f"{_PENDING}{con.info.backend_pid}"])
        con.execute("SELECT pg_advisory_unlock(%s, %s)", [_BULK_LOCK_CLASS, con.info.backend_pid])
        self._lock_holder = None

    @staticmethod
    def _rebuild_summary(con, summary, load_sums: sums.LoadSummaries | None = None) -> None:
        """Recompute one summary table from the stored events, in its own transaction: event writes are
        held off (SHARE on events: they wait for every rebuild running; index builds do not) and so is
        another rebuild of the same table (an advisory lock per table). A writer that gets in after this
        commit adds its own events' counts as usual. A table grouped straight from the events (not
        pregrouped: about a group per event) sums the Goldstein scores in integer millionths when that is
        exact for the stored scores (summaries.MICRO_EXACT_SQL, checked under the lock: no event comes in
        before the commit). With a sole loader's `load_sums` the table is grouped by the client and copied
        in when those columns are usable (postgres_sums: the same rows in the same order)."""
        from newsgraph.store import summaries

        pregroup = summary.table in _PREGROUPED
        with con.transaction(), con.cursor() as cur:
            _lock_summaries(cur, [summary.table])
            if (load_sums is not None and summary.table in sums.BUILDERS and load_sums.usable(cur)
                    and (summary.table not in sums.UPPER_KEYED or load_sums.ascii_upper)):
                grouped = sums.BUILDERS[summary.table](load_sums.table())
                if grouped is not None:
                    cur.execute(f"DELETE FROM {summary.table}")
                    sums.copy_in(cur, summary.table, grouped)
                    return
            _summary_settings(cur, [summary.table])
            micro = not pregroup and bool(cur.execute(summaries.MICRO_EXACT_SQL).fetchone()[0])
            cur.execute(f"DELETE FROM {summary.table}")
            cur.execute(summaries.add_sql(summary, "events", 1, empty=True, pregroup=pregroup, micro=micro))

    def _defer_summaries(self) -> None:
        con = self._connect()
        pid = con.info.backend_pid
        con.execute("SELECT pg_advisory_lock(%s, %s)", [_BULK_LOCK_CLASS, pid])
        con.execute("INSERT INTO schema_info (key, value) VALUES (%s, 'bulk load running') "
                    "ON CONFLICT (key) DO NOTHING", [f"{_PENDING}{pid}"])
        self._deferring = True
        self._lock_holder = con          # released through the same session, whichever thread ends the load

    def _rebuild_summaries(self, dead: list[str]) -> None:
        """Recompute every summary from the stored events and drop the pending rows of `dead` loaders,
        in one transaction that holds off event writes meanwhile (the locks of `_rebuild_summary`)."""
        from newsgraph.store import summaries

        con = self._connect()
        with con.transaction(), con.cursor() as cur:
            _lock_summaries(cur, summaries.TABLES)
            _summary_settings(cur, summaries.TABLES)
            summaries.rebuild(PostgresWriter(cur), exclusive=True)
            cur.execute("DELETE FROM schema_info WHERE key = ANY(%s)", [list(dead)])

    def recover_bulk_loads(self, wait: bool = False) -> None:
        """Repair what bulk loads that died left behind (see `bulk_load`): the primary keys a dead sole
        loader dropped (`_recover_keys`; `wait` for the gate, else only if it is free), then the summaries
        of every dead loader. A loader still running (its advisory lock held) is left to finish its own; so is
        one whose process just died while the server has not yet seen its sessions drop (a moment): the next
        open repairs it."""
        self._recover_keys(wait)
        con = self._connect()
        rows = con.execute("SELECT key FROM schema_info WHERE key LIKE %s", [_PENDING + "%"]).fetchall()
        dead = []
        for (key,) in rows:
            pid = int(key[len(_PENDING):])
            if con.execute("SELECT pg_try_advisory_lock(%s, %s)", [_BULK_LOCK_CLASS, pid]).fetchone()[0]:
                con.execute("SELECT pg_advisory_unlock(%s, %s)", [_BULK_LOCK_CLASS, pid])
                dead.append(key)
        if dead:
            self._rebuild_summaries(dead)

    def _recover_keys(self, wait: bool) -> None:
        """Rebuild the primary keys a dead sole loader dropped (postgres_keys), under the gate taken
        exclusively (`wait`: for the writers in flight; else only if it is free: a live sole loader
        holds it), with the secondary indexes it dropped."""
        con = self._connect()
        if wait:
            con.execute(*keys.gate_sql("pg_advisory_lock"))
        elif not con.execute(*keys.gate_sql("pg_try_advisory_lock")).fetchone()[0]:
            return
        try:
            if not keys.pending(con):
                return
            keys.restore_all(con)
            for name in [gin.INDEX, *secondary_indexes()]:
                self._create_index(con, name)
        finally:
            con.execute(*keys.gate_sql("pg_advisory_unlock"))

    def _drop_secondary_indexes(self) -> tuple[list[str], dict[str, list[str]]]:
        """At the start of a bulk load into a database without events: drop the secondary indexes, and
        when this load can be the sole loader (the gate free, events, mentions and evidence index empty)
        take the gate for the whole load and drop the primary keys too (postgres_keys). Returns the
        dropped index names and keys."""
        # one index per statement (autocommit): a loader never holds the lock of one table while it
        # waits for another's, so it cannot deadlock with writers in the middle of a batch
        con = self._connect()
        with self._schema_lock(con):
            if con.execute("SELECT EXISTS (SELECT 1 FROM events)").fetchone()[0]:
                return [], {}
            names = secondary_indexes() + ([] if self.gin_beside_load else [gin.INDEX])
            for name in names:
                con.execute(f"DROP INDEX IF EXISTS {name}")
            dropped: dict[str, list[str]] = {}
            if not self.sole_loads or not con.execute(*keys.gate_sql("pg_try_advisory_lock")).fetchone()[0]:
                return names, dropped
            try:
                if keys.tables_empty(con):
                    dropped = keys.drop(con)
                    self._gate_holder = con
            finally:
                if not dropped:
                    con.execute(*keys.gate_sql("pg_advisory_unlock"))
            return names, dropped

    @staticmethod
    def _create_index(con, name: str) -> None:
        """One deferred index, from its statement in schema_postgres.sql. The schema's advisory lock is
        taken shared (an open's ensure_schema, which creates every index, waits; this loader's other
        connection may build another index meanwhile) and the index's own lock exclusively (another
        loader ending at the same moment never races on this name)."""
        con.execute("SELECT pg_advisory_lock_shared(%s), pg_advisory_lock(%s, hashtext(%s))",
                    [_PG_SCHEMA_LOCK, _INDEX_LOCK_CLASS, name])
        try:
            con.execute(index_statements()[name])
        finally:
            con.execute("SELECT pg_advisory_unlock(%s, hashtext(%s)), pg_advisory_unlock_shared(%s)",
                        [_INDEX_LOCK_CLASS, name, _PG_SCHEMA_LOCK])

    @staticmethod
    @contextmanager
    def _schema_lock(con) -> Iterator[None]:
        """The schema's advisory lock (schema.py) for this session: index changes take turns."""
        con.execute("SELECT pg_advisory_lock(%s)", [_PG_SCHEMA_LOCK])
        try:
            yield
        finally:
            con.execute("SELECT pg_advisory_unlock(%s)", [_PG_SCHEMA_LOCK])

    @contextmanager
    def schema_connection(self) -> Iterator["PostgresWriter"]:
        """A writer outside any transaction (ensure_schema runs its own). Afterwards, on a writable
        store, the summaries a dead bulk loader left pending are recomputed (`recover_bulk_loads`)."""
        con = self._connect()
        with con.cursor() as cur:
            yield PostgresWriter(cur)
        if not self.read_only and con.execute(
                "SELECT to_regclass('schema_info') IS NOT NULL").fetchone()[0]:
            self.recover_bulk_loads()


_COPY_CHUNK = 4096           # rows per CSV chunk of a bulk COPY (`PostgresWriter._copy_direct`)
# information_schema data types a binary COPY writes (psycopg's type names for `Copy.set_types`)
_BINARY_TYPES = {"character varying": "varchar", "text": "text", "integer": "int4", "bigint": "int8",
                 "double precision": "float8", "date": "date", "boolean": "bool",
                 "timestamp without time zone": "timestamp"}


_CREATE_INDEX = re.compile(r"CREATE INDEX IF NOT EXISTS (\w+) ON (\w+)", re.I)
_PARTIAL_INDEX = re.compile(r"\)\s+WHERE\s", re.I)
# Indexes a bulk load keeps: ingest looks articles up by content hash while it loads (a few per article).
_KEPT_WHILE_LOADING = ("articles",)
_INDEX_LOCK_CLASS = 7_411_963    # advisory lock (this, hashtext(name)): that index is being built
_REBUILD_LOCK_CLASS = 7_411_964  # advisory lock (this, hashtext(table)): that summary is being rebuilt
# Summaries rebuilt from the events grouped by their raw columns first (summaries.add_sql `pregroup`): their
# events repeat days, places and scores; the actor pairs and country-days are about one group per event.
_PREGROUPED = ("sum_days", "sum_place_countries", "sum_places")
# Summaries grouped by sorting when rebuilt (`_summary_settings`): about one group per event (an actor pair;
# a country, day, modality and QuadClass), so a hash table of every group would be sorted again for the
# ORDER BY anyway.
_SORT_GROUPED = ("sum_pairs", "sum_country_days")
_MAINTENANCE_MEM = "512MB"       # per index-building session of a bulk load (and the GIN pending-list cleaner's)
# The tables a bulk load fills most, analysed one statement each (the two connections share them out);
# then the rest of the database in one statement (`_analyze_others`).
_ANALYZED_FIRST = ("evidence_index", "events", "mentions", "articles", "sum_pairs", "sum_country_days")


def _lock_summaries(cur, tables) -> None:
    """For a transaction that recomputes these summary tables: one rebuild of a table at a time (two
    loaders ending together would otherwise both delete its old rows and both add theirs: doubled; the
    table locks in one order, so rebuilds of several tables cannot deadlock), then event writes held
    off until the commit (SHARE on events; index builds, which take SHARE too, go on)."""
    for table in sorted(tables):
        cur.execute("SELECT pg_advisory_xact_lock(%s, hashtext(%s))", [_REBUILD_LOCK_CLASS, table])
    cur.execute("LOCK TABLE events IN SHARE MODE")


def _summary_settings(cur, tables) -> None:
    """Settings for a transaction that recomputes these summary tables from all events (measured at
    1 M events, where the large tables have about one group per event or two):
    - 512 MB of work_mem: the groupings in memory, not on disk (a third faster);
    - no parallel workers and no JIT: a partial aggregate per worker of groups that hardly repeat is
      the work twice (sum_country_days: 1.4 M partial rows from 2 M finalised again, each worker's
      250 MB hash table in fresh memory), JIT compiled for 0.2 s per statement and process, and the
      end of a load already keeps two connections busy;
    - the tables in _SORT_GROUPED grouped by sorting (the sort their ORDER BY needs anyway) instead
      of a hash table of every group sorted afterwards.
    sum_pairs at 1 M, server CPU in two rounds: 8.0 / 4.8 s before, 4.6 / 3.5 s with both.
    sum_country_days gained nothing from sorting while it summed numerics per row (6.3-7.2 s at 1 M).
    Summed in integer millionths (`_rebuild_summary`), the sort of its groups (an event counts once per
    actor country: 1.6 groups per event on the bench) is most of its cost, and grouping by that one sort
    takes about a fifth of the statement's CPU off (EVALUATION, session 41, branch pg45)."""
    cur.execute("SELECT set_config('work_mem', '512MB', true), set_config('jit', 'off', true), "
                "set_config('max_parallel_workers_per_gather', '0', true)"
                + (", set_config('enable_hashagg', 'off', true)" if set(tables) <= set(_SORT_GROUPED) else ""))


def _analyze_others(con) -> str:
    """ANALYZE of every table of the schema but those in _ANALYZED_FIRST."""
    rows = con.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                       "AND NOT (tablename = ANY(%s)) ORDER BY 1", [list(_ANALYZED_FIRST)]).fetchall()
    return "ANALYZE " + ", ".join(r[0] for r in rows) if rows else "SELECT 1"


@functools.lru_cache(maxsize=1)
def index_statements() -> dict[str, str]:
    """Index name -> its CREATE INDEX statement, for every index schema_postgres.sql creates."""
    from newsgraph.store.schema import _read, _statements

    out = {}
    for stmt in _statements(_read(POSTGRES.schema_file)):
        m = _CREATE_INDEX.match(stmt)
        if m:
            out[m.group(1)] = stmt
    return out


def secondary_indexes() -> list[str]:
    """The indexes a bulk load defers: those schema_postgres.sql creates (the primary keys are not among
    them), except on the tables in _KEPT_WHILE_LOADING, the full-text index (filled beside the load,
    postgres_gin) and the partial indexes: those hold the few unresolved or undated events, so kept
    they cost the load a test per row on the server's idle core, where built at the end each read the
    whole events table (0.25-0.4 s of server CPU each at 1 M events, three of them, session 13)."""
    return [name for name, stmt in index_statements().items()
            if _CREATE_INDEX.match(stmt).group(2) not in _KEPT_WHILE_LOADING and name != gin.INDEX
            and not _PARTIAL_INDEX.search(stmt)]


def _csv(rows: list[dict[str, Any]], cols: list[tuple[str, str]]) -> memoryview:
    """The rows as CSV for COPY, written by Arrow in C++ (nulls unquoted and empty, strings quoted)."""
    import pyarrow.csv as pcsv

    data = R.arrow_table(rows, [(n, _pg_arrow_type(typ)) for n, typ in cols])
    sink = io.BytesIO()
    pcsv.write_csv(data, sink, pcsv.WriteOptions(include_header=False))
    return sink.getbuffer()


def _pg_text_array(items: list[str | None]) -> str:
    """A PostgreSQL text[] literal, every element quoted (an unquoted NULL would be a null). Lists
    without a null, quote or backslash (the words of the evidence index) are joined in one C call."""
    try:
        plain = "".join(items)                   # TypeError for a null (or any non-string) element
    except TypeError:
        plain = '"'
    if '"' not in plain and "\\" not in plain:
        return '{"' + '","'.join(items) + '"}' if items else "{}"
    return "{" + ",".join("NULL" if t is None else '"' + str(t).replace("\\", "\\\\").replace('"', '\\"') + '"'
                          for t in items) + "}"


def _token_chunks(modality: str | None, source_code: str | None, target_code: str | None) -> tuple[int, bytes]:
    """How many filter tokens an event has (search.filter_tokens) and their keys as elements of a binary
    int8[] (`_key_chunks`). Cached per token, not per event: a load repeats a few modalities and a few
    hundred countries, while their triples hardly repeat (every third event missed a cache of 8,192 triples)."""
    n, out = 1, _modality_chunk(modality)
    if source_code is not None:
        n, out = n + 1, out + _country_chunk(source_code[:3])
    if target_code is not None:
        n, out = n + 1, out + _country_chunk(target_code[:3])
    return n, out


@functools.lru_cache(maxsize=1024)
def _modality_chunk(modality: str | None) -> bytes:
    from newsgraph.store.search import modality_token

    return _key_chunks([modality_token(modality)])


@functools.lru_cache(maxsize=4096)
def _country_chunk(iso3: str) -> bytes:
    from newsgraph.store.search import country_token

    return _key_chunks([country_token(iso3)])


_KEY_CHUNK: dict[str, bytes] = {}   # word -> its key (search.term_id) as an int8[] element, for the words seen lately
_KEY_CHUNK_MAX = 1_000_000          # emptied when it holds this many (a load's vocabulary mostly repeats)
# PostgreSQL's binary array (array_send): dimensions, has-nulls flag, element type (int8), length, lower bound
_INT8_ARRAY_HEAD = struct.Struct(">iiIii")
_INT8_OID = 20


def _key_chunks(words: list[str]) -> bytes:
    """The index keys of `words` (search.term_id) as the elements of a binary int8[] (each a length
    and 8 bytes). A word's element is computed once, then looked up: a load's words repeat."""
    chunks = _KEY_CHUNK
    try:
        return b"".join([chunks[w] for w in words])
    except KeyError:
        from newsgraph.store.search import term_id

        if len(chunks) >= _KEY_CHUNK_MAX:
            chunks.clear()
        out = []
        for w in words:
            # the elements are kept here, not read back from the cache, which another writer's thread
            # may empty meanwhile (then a word just computed would be missing: KeyError)
            c = chunks.get(w)
            if c is None:
                c = chunks[w] = b"\x00\x00\x00\x08" + term_id(w).to_bytes(8, "big", signed=True)
            out.append(c)
        return b"".join(out)


def _int8_array(n: int, elements: bytes) -> bytes:
    """A one-dimensional int8[] without nulls in PostgreSQL's binary format, from `n` elements' bytes."""
    return _INT8_ARRAY_HEAD.pack(1, 0, _INT8_OID, n, 1) + elements


def _plain(value: Any, typ: Any) -> Any:
    import pyarrow as pa

    if value is None:
        return None
    if pa.types.is_string(typ) and not isinstance(value, str):
        import json
        return json.dumps(value, default=str) if isinstance(value, (dict, list)) else str(value)
    if pa.types.is_floating(typ):
        return float(value)
    return value


# a statement that changes the events table other than through PostgresWriter.insert
_CHANGES_EVENTS = re.compile(r"\b(?:DELETE\s+FROM|UPDATE|INSERT\s+INTO)\s+events\b", re.I)


def _kept(rows: Iterable[Any], keep: Callable[[Any], None]) -> Iterator[Any]:
    """`rows`, each also handed to `keep` as it goes by."""
    for r in rows:
        keep(r)
        yield r


class _KeysPending(Exception):
    """A write found a dead sole loader's keys missing: it leaves its transaction to rebuild them."""


# one round trip at the start of every write transaction outside a sole load (`PostgresBackend._keys_pending`)
_GATE_THEN_PENDING = (f"SELECT pg_advisory_xact_lock_shared({keys.GATE[0]}, {keys.GATE[1]}); "
                      f"SELECT EXISTS (SELECT 1 FROM schema_info WHERE key LIKE '{keys.PENDING}%')")


class PostgresWriter:
    """Statements inside one PostgreSQL transaction."""

    dialect = POSTGRES
    takes_event_tuples = True   # Store.write hands the events over as rows.EventTuples

    def __init__(self, cur, summaries_deferred: bool = False, sums: "sums.BatchColumns | None" = None):
        self.cur = cur
        # inside a sole bulk load: the summary columns of the events this transaction copies (postgres_sums)
        self.sums = sums
        # inside a bulk load that recomputes the summaries at its end: writes leave them alone, and rows
        # are copied straight into their tables (`_copy_direct`)
        self.summaries_deferred = summaries_deferred
        self._columns: dict[str, list[tuple[str, str]]] = {}
        self._staging: set[str] = set()
        self._copied_events: dict[str, dict[str, Any]] = {}   # event rows copied straight in (their tokens)

    def execute(self, sql: str, params: list[Any] | tuple = ()) -> list[tuple]:
        if self.sums is not None and _CHANGES_EVENTS.search(sql):
            self.sums.invalid = True         # events not copied by `insert`: the summaries from the server
        self.cur.execute(to_pyformat(sql), list(params))
        return self.cur.fetchall() if self.cur.description else []

    def columns(self, table: str) -> list[tuple[str, str]]:
        if table not in self._columns:
            self.cur.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = %s AND table_schema = current_schema() ORDER BY ordinal_position", [table])
            self._columns[table] = [(r[0], r[1]) for r in self.cur.fetchall()]
        return self._columns[table]

    def _stage(self, table: str, rows: list[dict[str, Any]], cols: list[tuple[str, str]] | None = None) -> str:
        """COPY the rows into a temporary table shaped like `table` (emptied at commit), or with the
        given (name, data type) columns."""
        tmp = f"_ng_stage_{table}"
        if tmp not in self._staging:
            shape = ", ".join(f"{n} {t}" for n, t in cols) if cols else f"LIKE {table}"
            self.cur.execute(f"CREATE TEMP TABLE IF NOT EXISTS {tmp} ({shape}) ON COMMIT DELETE ROWS")
            self._staging.add(tmp)
        self.cur.execute(f"TRUNCATE {tmp}")
        cols = cols or self.columns(table)
        names = [n for n, _ in cols]
        quoted = ", ".join(f'"{n}"' for n in names)
        if any(typ == "ARRAY" for _, typ in cols):          # lists: psycopg writes PostgreSQL's array syntax
            with self.cur.copy(f"COPY {tmp} ({quoted}) FROM STDIN") as copy:
                for r in rows:
                    copy.write_row([r.get(n) for n in names])
            return tmp
        with self.cur.copy(f"COPY {tmp} ({quoted}) FROM STDIN (FORMAT csv)") as copy:
            copy.write(_csv(rows, cols))
        return tmp

    def _copy_direct(self, table: str, rows: list[Any], cols: list[tuple[str, str]],
                     convert: Callable[[list[Any]], list[dict[str, Any]]] | None = None) -> bool:
        """COPY the rows straight into `table` (no staging table, no INSERT ... SELECT) inside a savepoint.
        For a bulk load into a fresh database, where a row is seldom stored already: when one is (another
        loader stored the same article first), the primary key refuses the COPY, the savepoint is rolled
        back and False returned, and the caller takes the staged ON CONFLICT path for the whole batch.

        The rows go out in chunks of _COPY_CHUNK, each turned into CSV (after `convert`, if given, makes
        the chunk's row dicts) while the server stores the chunk before it: the client's Python and the
        server's COPY run at the same time instead of one after the other. Tables of plain scalar columns
        (events, mentions) go in PostgreSQL's binary format instead, row by row through psycopg's C
        writer, which streams as it goes: half the client's time of the CSV way, and no text for the
        server to parse."""
        quoted = ", ".join(f'"{n}"' for n, _ in cols)
        if convert is None and all(typ in _BINARY_TYPES for _, typ in cols):
            names = [n for n, _ in cols]
            values = operator.itemgetter(*names) if len(names) > 1 else (lambda r: (r[names[0]],))

            def tuples() -> Iterator[Any]:
                for r in rows:
                    try:
                        yield values(r)
                    except KeyError:                          # a missing key is a NULL
                        yield [r.get(n) for n in names]

            return self._copy_binary(table, cols, tuples())
        lists = [n for n, typ in cols if typ == "ARRAY"]
        if lists:          # lists travel as array literals in a text field
            cols = [(n, "text" if typ == "ARRAY" else typ) for n, typ in cols]

        def write_csv(copy) -> None:
            for i in range(0, len(rows), _COPY_CHUNK):
                part = rows[i:i + _COPY_CHUNK]
                if convert is not None:
                    part = convert(part)
                if lists:
                    part = [{**r, **{n: None if r.get(n) is None else _pg_text_array(r[n]) for n in lists}}
                            for r in part]
                copy.write(_csv(part, cols))

        return self._copy_in(f"COPY {table} ({quoted}) FROM STDIN (FORMAT csv)", write_csv)

    def _copy_binary(self, table: str, cols: list[tuple[str, str]], rows: Iterable[Any]) -> bool:
        """`_copy_direct`'s binary way: each row a sequence of the `cols` values, in their order."""
        quoted = ", ".join(f'"{n}"' for n, _ in cols)

        def write_binary(copy) -> None:
            copy.set_types([_BINARY_TYPES[typ] for _, typ in cols])
            for r in rows:
                copy.write_row(r)

        return self._copy_in(f"COPY {table} ({quoted}) FROM STDIN (FORMAT binary)", write_binary)

    def _copy_in(self, sql: str, write: Callable[[Any], None]) -> bool:
        """Run a COPY ... FROM STDIN fed by `write(copy)` inside a savepoint; False if a primary key
        refused a row (the savepoint rolled back)."""
        try:
            with self.cur.connection.transaction():              # a savepoint
                with self.cur.copy(sql) as copy:
                    write(copy)
        except self._unique_violation():
            return False
        return True

    def _unique_violation(self):
        from psycopg.errors import UniqueViolation

        return UniqueViolation

    def insert(self, table: str, rows: list[dict[str, Any]], on_conflict: str = "nothing",
               key: str = "id", then: Callable[[str], None] | None = None) -> int:
        """Bulk insert (COPY, then INSERT ... ON CONFLICT); returns how many rows were inserted or updated.
        `then(name)` runs afterwards with the name of a table holding just the rows this call inserted
        (not those another writer stored first)."""
        if not rows:
            return 0
        cols = self.columns(table)
        direct = self.summaries_deferred and then is None and on_conflict in ("nothing", "none", "new")
        if isinstance(rows, R.EventTuples):
            names = rows.columns([n for n, _ in cols]) if direct else None
            if names is not None:
                types = dict(cols)
                copied: list[tuple] = []
                tuples = rows.tuples(names) if self.sums is None else _kept(rows.tuples(names), copied.append)
                if self._copy_binary(table, [(n, types[n]) for n in names], tuples):
                    # the records' own field dicts: insert_terms reads their modality and actor codes
                    self._copied_events.update((e.id, vars(e)) for e, _ in rows.events)
                    if self.sums is not None:
                        self.sums.add(names, copied)
                    return len(rows)
                direct = False                    # a key refused a row: the staged ON CONFLICT path
            rows = rows.dicts()
        if table == "events" and self.sums is not None:
            self.sums.invalid = True              # events stored another way: the summaries from the server
        if direct and self._copy_direct(table, rows, cols):
            if table == "events":
                self._copied_events.update((r["id"], r) for r in rows)
            return len(rows)
        tmp = self._stage(table, rows)
        names = [n for n, _ in cols]
        conflict = {"nothing": " ON CONFLICT DO NOTHING", "none": " ON CONFLICT DO NOTHING",
                    "new": " ON CONFLICT DO NOTHING",
                    "update": f" ON CONFLICT ({key}) DO UPDATE SET "
                              + ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != key)}[on_conflict]
        if then is None:
            self.cur.execute(f"INSERT INTO {table} SELECT * FROM {tmp}{conflict}")
            return self.cur.rowcount
        self.cur.execute(f"WITH ins AS (INSERT INTO {table} SELECT * FROM {tmp}{conflict} RETURNING {key}) "
                         f"DELETE FROM {tmp} s WHERE NOT EXISTS (SELECT 1 FROM ins WHERE ins.{key} = s.{key})")
        n = self.execute(f"SELECT count(*) FROM {tmp}")[0][0]
        then(tmp)
        return n

    def insert_terms(self, rows: list[tuple[str, str]]) -> None:
        """The evidence index from (event id, evidence sentence) pairs of stored events: one (event id,
        keys, evidence) row per event in `evidence_index`, the keys (search.term_id) GIN-indexed: those
        of the distinct words (split in Python, search.event_terms) and of the event's modality and actor
        countries (search.FILTER_IDS_SQL, read from its row), which let a filtered search be counted there."""
        from newsgraph.store.search import FILTER_IDS_SQL, event_terms, term_ids

        if not rows:                # the pairs come through search.indexed_evidence: none without a sentence
            return
        copied = self._copied_events
        if copied and all(eid in copied for eid, _ in rows):
            # the events were copied straight in: their words and filter tokens from the same rows, in
            # Python, streamed in PostgreSQL's binary format while the server stores what came before
            # (the keys as a binary int8[] the server reads without parsing text)
            def write_index(copy) -> None:
                copy.set_types(["varchar", "bytea", "text"])        # bytea: the int8[] travels as built
                for eid, words, text in event_terms(rows):
                    e = copied[eid]
                    n, tokens = _token_chunks(e.get("modality"), e.get("source_code"), e.get("target_code"))
                    copy.write_row((eid, _int8_array(len(words) + n, _key_chunks(words) + tokens), text))

            if self._copy_in("COPY evidence_index (event_id, terms, evidence) FROM STDIN (FORMAT binary)",
                             write_index):
                return
        rows = event_terms(rows)
        # each event's word keys travel as one bigint[] literal in a CSV field
        tmp = self._stage("_ng_terms", [{"event_id": eid, "words": "{" + ",".join(str(k) for k in term_ids(words)) + "}",
                                         "evidence": text} for eid, words, text in rows],
                          [("event_id", "character varying"), ("words", "text"), ("evidence", "text")])
        # the events this transaction staged (a hash join), else (a migration) the stored ones by key
        events = "_ng_stage_events" if "_ng_stage_events" in self._staging else "events"
        self.cur.execute("INSERT INTO evidence_index (event_id, terms, evidence) "
                         f"SELECT t.event_id, CAST(t.words AS BIGINT[]) || {FILTER_IDS_SQL}, t.evidence "
                         f"FROM {tmp} t JOIN {events} e ON e.id = t.event_id ON CONFLICT DO NOTHING")

    def merge_actors(self, batch: dict[str, dict[str, Any]]) -> tuple[int, int]:
        """Upsert actors in one statement, each stored row merged with the batch's by the rules of
        `rows.merge_actor_rows` (the same row whatever order the articles came in), under the row lock:
        text fields the non-empty and then smallest value (code-point order: COLLATE "C"), the country
        with its source and confidence from the row with the better `rows.country_key`, the aliases the
        name and then the union sorted, the code recomputed (country + sector, or ---)."""
        tmp = self._stage("actors", list(batch.values()))
        merged = {f: (f'coalesce(least(nullif(t.{f}, \'\') COLLATE "C", nullif(excluded.{f}, \'\') COLLATE "C"), '
                      f"CASE WHEN t.{f} IS NOT DISTINCT FROM excluded.{f} THEN t.{f} END)")
                  for f in ("name", "kind", "sector", "role")}
        take_new = f"{_country_key_sql('excluded')} < {_country_key_sql('t')}"
        merged["country"] = f"CASE WHEN {take_new} THEN nullif(excluded.country, '') ELSE nullif(t.country, '') END"
        merged["country_source"] = (f"CASE WHEN {take_new} THEN nullif(excluded.country_source, '') "
                                    "ELSE nullif(t.country_source, '') END")
        merged["country_confidence"] = (f"CASE WHEN {take_new} THEN excluded.country_confidence "
                                        "ELSE t.country_confidence END")
        name = merged["name"]
        merged["aliases"] = (f"array_remove(ARRAY[nullif({name}, '')]::varchar[], NULL) || ARRAY(SELECT d.x FROM (SELECT DISTINCT u.x FROM "
                             "unnest(coalesce(t.aliases, ARRAY[]::varchar[]) || coalesce(excluded.aliases, "
                             f"ARRAY[]::varchar[])) AS u(x) WHERE u.x IS NOT NULL AND u.x <> '' AND u.x <> {name}) d "
                             'ORDER BY d.x COLLATE "C")')
        merged["code"] = (f"coalesce(nullif(coalesce({merged['country']}, '') || coalesce({merged['sector']}, ''), ''), "
                          "'---')")
        fields = list(merged)
        sets = ", ".join(f"{f} = {merged[f]}" for f in fields)
        changed = (f"({', '.join('t.' + f for f in fields)}) IS DISTINCT FROM ({', '.join(merged[f] for f in fields)})")
        self.cur.execute(f"INSERT INTO actors AS t SELECT * FROM {tmp} ON CONFLICT (id) DO UPDATE SET {sets} "
                         f"WHERE {changed} RETURNING (xmax = 0)")
        flags = [r[0] for r in self.cur.fetchall()]
        return sum(flags), len(flags) - sum(flags)


def _country_key_sql(row: str) -> str:
    """`rows.country_key` of the actor row `row` (t or excluded) as an SQL row value: the smaller is kept."""
    ranks = ", ".join(f"'{k}'" for k in R.COUNTRY_SOURCE_RANK)
    n = len(R.COUNTRY_SOURCE_RANK)
    source = f"nullif({row}.country_source, '')"
    return (f"(nullif({row}.country, '') IS NULL, {row}.country_confidence IS NULL, "
            f"-coalesce({row}.country_confidence, 0), "
            f"coalesce(array_position(ARRAY[{ranks}]::varchar[], {source}), "
            f"CASE WHEN {source} IS NULL THEN {n + 2} ELSE {n + 1} END), "
            f"coalesce({source}, '') COLLATE \"C\", coalesce(nullif({row}.country, ''), '') COLLATE \"C\")")
