"""PostgreSQL database (`--db postgresql://user@host:port/dbname`) through psycopg 3.

Several ingesters (on several machines) and servers can use one PostgreSQL database at once. Every
insert is `ON CONFLICT DO NOTHING` on the deterministic ids, so two processes storing the same article
never duplicate a row; actors are merged in SQL under the row lock `ON CONFLICT DO UPDATE` takes, so
concurrent writers cannot lose each other's aliases. Reads use one autocommit connection per thread.
The one exception: while a bulk load into an empty database runs as the sole loader (postgres_keys.py),
other writers wait for its end.
"""
from __future__ import annotations

import logging
import queue
import threading
import time
from contextlib import contextmanager
from typing import Any, Iterator
from urllib.parse import urlsplit, urlunsplit

from newsgraph.store import postgres_gin as gin
from newsgraph.store import postgres_keys as keys
from newsgraph.store import postgres_rebuild as rebuild
from newsgraph.store import postgres_sums as sums
from newsgraph.store.dialect import POSTGRES, to_pyformat
from newsgraph.store.postgres_writer import PostgresWriter
from newsgraph.store.schema import SchemaError

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
          partial ones: `postgres_rebuild.secondary_indexes`) are dropped, the batches loaded with only the primary keys,
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
        load ends. Index changes take advisory locks (`postgres_rebuild.create_index`), so two loaders never race on an
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
                self._cleaner = gin.PendingListCleaner(self._new_connection, rebuild.MAINTENANCE_MEM)
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
        (postgres_gin), the summaries (one transaction per table, `postgres_rebuild.rebuild_summary`), the indexes,
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
            *(("analyze", t) for t in rebuild.ANALYZED_FIRST), ("analyze", None),
        ]:
            jobs.put(job)
        failed: list[BaseException] = []
        events_keyed = threading.Event()
        if "events" not in dropped:
            events_keyed.set()

        def work() -> None:
            con = self._connect()
            try:
                con.execute(f"SET maintenance_work_mem = '{rebuild.MAINTENANCE_MEM}'")
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
                        rebuild.rebuild_summary(con, summaries.BY_TABLE[name], load_sums)
                        if name in dropped:
                            keys.restore_key(con, name, *dropped[name])
                    elif kind == "index":
                        rebuild.create_index(con, name)
                    elif kind == "pending list":
                        gin.finish(con)
                    else:
                        con.execute(f"ANALYZE {name}" if name else rebuild.analyze_others(con))
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
        in one transaction that holds off event writes meanwhile (the locks of `postgres_rebuild.rebuild_summary`)."""
        from newsgraph.store import summaries

        con = self._connect()
        with con.transaction(), con.cursor() as cur:
            rebuild.lock_summaries(cur, summaries.TABLES)
            rebuild.summary_settings(cur, summaries.TABLES)
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
            for name in [gin.INDEX, *rebuild.secondary_indexes()]:
                rebuild.create_index(con, name)
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
        with rebuild.schema_lock(con):
            if con.execute("SELECT EXISTS (SELECT 1 FROM events)").fetchone()[0]:
                return [], {}
            names = rebuild.secondary_indexes() + ([] if self.gin_beside_load else [gin.INDEX])
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


class _KeysPending(Exception):
    """A write found a dead sole loader's keys missing: it leaves its transaction to rebuild them."""


# one round trip at the start of every write transaction outside a sole load (`PostgresBackend._keys_pending`)
_GATE_THEN_PENDING = (f"SELECT pg_advisory_xact_lock_shared({keys.GATE[0]}, {keys.GATE[1]}); "
                      f"SELECT EXISTS (SELECT 1 FROM schema_info WHERE key LIKE '{keys.PENDING}%')")
