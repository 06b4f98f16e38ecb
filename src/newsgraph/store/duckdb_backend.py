"""DuckDB file (or in-memory) database: short-lived connections, lock waits, Arrow bulk inserts.

A DuckDB file can be open for writing by one process at a time, and a process that holds it open,
even read-only, keeps writers out. So this backend never keeps the file open for long: a connection
is opened when an operation needs one and closed once no operation has used it for
`Settings.db_idle_ms` milliseconds. `newsgraph serve` and `newsgraph ingest` can then take turns on
the same file (each waits up to `Settings.db_lock_wait` seconds for the other's turn); when the wait
runs out, the error names the newsgraph command holding the file (`locks.py`).
"""
from __future__ import annotations

import threading
import time
from collections import deque
from contextlib import contextmanager
from typing import Any, Callable, Iterator

import duckdb

from newsgraph.store import duckdb_bulk
from newsgraph.store import rows as R
from newsgraph.store.dialect import DUCKDB
from newsgraph.store.locks import DatabaseLockedError, is_lock_error, lock_message
from newsgraph.store.schema import SchemaError



def _arrow_type(sql_type: str):
    """The Arrow type for a DuckDB column type (pyarrow is imported only by writers)."""
    import pyarrow as pa

    return {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
            "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"), "VARCHAR[]": pa.list_(pa.string()),
            "BOOLEAN": pa.bool_()}.get(sql_type, pa.string())


_SAME_PROCESS = "different configuration"   # DuckDB: this process has the file open in the other mode


class _Abandoned(Exception):
    """Marks a writer being rolled back: its queued inserts are skipped."""


class DuckDBBackend:
    """One DuckDB database file (or ":memory:"), opened on demand."""

    dialect = DUCKDB

    def __init__(self, path: str, read_only: bool, lock_wait: float, idle_seconds: float, checkpoint_mb: int = 1024):
        self.path = path
        self.read_only = read_only
        self.memory = path == ":memory:"
        self.lock_wait = lock_wait
        self.idle_seconds = idle_seconds
        self.checkpoint_mb = checkpoint_mb
        self._con: duckdb.DuckDBPyConnection | None = None
        self._users = 0
        self._timer: threading.Timer | None = None
        self._lock = threading.RLock()
        self._closed = False
        self._bulk_key: str | None = None   # the schema_info key of this store's running bulk load
        self._bulk_index_writes = [0, 0]    # its writes that indexed events, and those events
        self._columns: dict[str, list[tuple[str, str]]] = {}   # table -> its (name, type) columns, for writers

    @property
    def label(self) -> str:
        return self.path

    # ------------------------------------------------------------ connections

    def _open(self) -> duckdb.DuckDBPyConnection:
        start = time.monotonic()
        delay = 0.02
        while True:
            try:
                con = duckdb.connect(self.path, read_only=self.read_only)
                # nothing is ever downloaded at run time: no extension auto-install or auto-load
                con.execute("SET autoinstall_known_extensions = false")
                con.execute("SET autoload_known_extensions = false")
                if not self.read_only:
                    # a checkpoint rewrites the primary-key indexes: once per load, not once per batch
                    # (the log is folded in when the file is closed, at most `idle_seconds` after a write)
                    con.execute(f"SET checkpoint_threshold = '{max(1, int(self.checkpoint_mb))}MiB'")
                return con
            except (duckdb.IOException, duckdb.ConnectionException) as exc:
                busy = is_lock_error(exc) or _SAME_PROCESS in str(exc)
                if not busy:
                    raise SchemaError(f"{self.path}: cannot open database: {exc}") from exc
                waited = time.monotonic() - start
                if waited >= self.lock_wait:
                    raise DatabaseLockedError(lock_message(self.path, exc, waited)) from None
                time.sleep(min(delay, max(0.0, self.lock_wait - waited)))
                delay = min(delay * 2, 0.5)
            except duckdb.Error as exc:
                raise SchemaError(f"{self.path}: not a DuckDB database or unreadable: {exc}") from exc

    @contextmanager
    def connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of its own (DuckDB connections are not shared between threads) on the open
        database, which is opened first if needed and closed after `idle_seconds` without use."""
        with self._lock:
            if self._closed:
                raise SchemaError(f"{self.path}: the store is closed")
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self._con is None:
                self._con = self._open()
            self._users += 1
            cur = self._con.cursor()
        try:
            yield cur
        finally:
            try:
                cur.close()
            finally:
                with self._lock:
                    self._users -= 1
                    if self._users == 0 and not self.memory:
                        self._schedule_release()

    def _schedule_release(self) -> None:
        if self.idle_seconds <= 0:
            self._release()
            return
        self._timer = threading.Timer(self.idle_seconds, self._release)
        self._timer.daemon = True
        self._timer.start()

    def _release(self) -> None:
        with self._lock:
            if self._users == 0 and self._con is not None:
                self._con.close()
                self._con = None

    def close(self) -> None:
        with self._lock:
            if self._bulk_key is not None:       # a load whose store is closed in the middle is gone
                duckdb_bulk._LIVE.discard(self._bulk_key)
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self._con is not None:
                self._con.close()
                self._con = None
            self._closed = True

    # ------------------------------------------------------------ reading

    def fetch(self, sql: str, params: list[Any] | None = None) -> tuple[list[str], list[tuple]]:
        with self.connection() as cur:
            res = cur.execute(sql, params or [])
            return [d[0] for d in res.description], res.fetchall()

    def arrow(self, sql: str, params: list[Any] | None = None):
        with self.connection() as cur:
            # duckdb 2 has no fetch_arrow_table on a cursor's result; a relation's table avoids the copy
            return cur.sql(sql, params=params or []).to_arrow_table()

    def copy_parquet(self, sql: str, params: list[Any], path: str) -> int:
        """Write the query's rows to a Parquet file (DuckDB's COPY ... TO); returns the row count."""
        with self.connection() as cur:
            try:
                cur.execute(f"COPY ({sql}) TO ? (FORMAT parquet)", [*params, str(path)]).fetchall()
            except duckdb.IOException as exc:      # the file could not be written: an OS-level failure
                raise OSError(str(exc).splitlines()[0]) from None
            return cur.execute("SELECT count(*) FROM read_parquet(?)", [str(path)]).fetchall()[0][0]

    def stream(self, sql: str, params: list[Any] | None = None,
               chunk: int = 2000) -> Iterator[tuple[list[str], list[tuple]]]:
        with self.connection() as cur:
            res = cur.execute(sql, params or [])
            names = [d[0] for d in res.description]
            while True:
                rows = res.fetchmany(chunk)
                if not rows:
                    break
                yield names, rows

    # ------------------------------------------------------------ writing

    @contextmanager
    def transaction(self) -> Iterator["DuckDBWriter"]:
        with self.connection() as cur:
            cur.execute("BEGIN TRANSACTION")
            writer = DuckDBWriter(cur, self._columns)
            try:
                writer.summaries_deferred = duckdb_bulk.pending(writer)
                yield writer
                writer.wait()                  # the inserts still running in the background, or their error
                cur.execute("COMMIT")
                if writer.indexed:
                    self._bulk_index_writes[0] += 1
                    self._bulk_index_writes[1] += writer.indexed
            except BaseException:
                writer.abandon()
                cur.execute("ROLLBACK")
                raise
            finally:
                writer.close()

    @contextmanager
    def schema_connection(self) -> Iterator["DuckDBWriter"]:
        """For the schema check and migrations (which manage their own transactions). Afterwards, on a
        writable store, what a bulk load that died left undone is done (`duckdb_bulk.recover`)."""
        self._columns.clear()              # a migration may change the tables
        with self.connection() as cur:
            writer = DuckDBWriter(cur)
            try:
                yield writer
                writer.wait()
            finally:
                writer.close()
            if not self.read_only:        # what a bulk load that died left undone
                duckdb_bulk.recover(DuckDBWriter(cur))

    # ------------------------------------------------------------ bulk loads

    @contextmanager
    def bulk_load(self) -> Iterator[None]:
        """Many `write` batches into an empty database, the summaries computed once at the end
        (duckdb_bulk.py says how and why). A database that already holds events is loaded batch by
        batch as usual."""
        with self.transaction() as tx:
            key = self._bulk_key = duckdb_bulk.start(tx)
        self._bulk_index_writes = [0, 0]
        try:
            yield
        finally:
            if key is not None:
                writes, events = self._bulk_index_writes
                try:
                    if not self._closed:       # a store closed in the middle is a loader gone
                        with self.transaction() as tx:
                            duckdb_bulk.finish(tx, [key], sort_terms=events < writes * duckdb_bulk.SMALL_RUN_EVENTS)
                finally:
                    duckdb_bulk._LIVE.discard(key)
                    self._bulk_key = None


class DuckDBWriter:
    """Statements inside one DuckDB transaction.

    Inserts of rows known to be new (`insert(on_conflict="new")` without `then`, `insert_terms`) run in
    the background, on one thread in the order given, while the caller builds the next rows: DuckDB
    releases Python's lock while it works, so on two cores building rows in Python and storing them
    overlap (Store.write hands its batch over in parts of `part_articles` articles). Every other
    statement waits for them first, and so does the end of the transaction, where the first error a
    background insert raised is raised again (and the transaction rolled back whole).
    """

    dialect = DUCKDB
    takes_event_columns = True  # Store.write hands the events over as rows.EventColumns
    terms_first = True          # and their evidence before their rows: the index needs only their ids
    PART_ARTICLES = 1000        # Store.write's parts: big enough for DuckDB's bulk speed, small to overlap
    MAX_QUEUED = 24             # inserts waiting or running in the background (their Arrow tables in
                                # memory): a bulk write's parts, queued behind its evidence index

    def __init__(self, cur: duckdb.DuckDBPyConnection, columns: dict[str, list[tuple[str, str]]] | None = None):
        self.cur = cur
        # while a bulk load is pending, writes leave the summaries to its end (duckdb_bulk.py)
        self.summaries_deferred = False
        self._columns: dict[str, list[tuple[str, str]]] = {} if columns is None else columns
        self._pool: Any = None                  # the background thread, started by the first such insert
        self._queued: deque[Any] = deque()      # its futures, oldest first
        self._failed: BaseException | None = None
        self.indexed = 0                        # events whose evidence this transaction indexed

    @property
    def part_articles(self) -> int | None:
        """Articles per part of a Store.write: in a bulk load only, where nothing but the parts' inserts
        runs until the last part (other writes take one part: their summaries are updated with the
        events, a statement that waits for the inserts before it)."""
        return self.PART_ARTICLES if self.summaries_deferred else None

    # ------------------------------------------------------------ background inserts

    def _later(self, fn: Callable[[], None]) -> None:
        """Run `fn` (statements on this cursor) after the inserts queued before it, in the background."""
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(1, thread_name_prefix="newsgraph-duckdb-insert")
        while len(self._queued) >= self.MAX_QUEUED:         # bounded: the caller waits for the oldest
            self._queued.popleft().result()
        self._queued.append(self._pool.submit(self._run, fn))

    def _run(self, fn: Callable[[], None]) -> None:
        if self._failed is None:               # after an error nothing more is stored: it is rolled back
            try:
                fn()
            except BaseException as exc:
                self._failed = exc

    def wait(self) -> None:
        """Until the background inserts are done; raises the first error one of them raised."""
        while self._queued:
            self._queued.popleft().result()
        if self._failed is not None:
            failed, self._failed = self._failed, None
            raise failed

    def abandon(self) -> None:
        """Before a rollback: the background inserts stopped (what had not started is dropped)."""
        self._failed = self._failed or _Abandoned()
        try:
            self.wait()
        except BaseException:
            pass

    def close(self) -> None:
        """The end of the transaction: the background thread ends (call `wait` or `abandon` first)."""
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None

    # ------------------------------------------------------------ statements

    def execute(self, sql: str, params: list[Any] | tuple = ()) -> list[tuple]:
        self.wait()
        res = self.cur.execute(sql, list(params))
        return res.fetchall() if res.description else []

    def columns(self, table: str) -> list[tuple[str, str]]:
        if table not in self._columns:
            self._columns[table] = [(r[0], r[1]) for r in self.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = ? AND table_schema = current_schema() ORDER BY ordinal_position",
                [table])]
        return self._columns[table]

    def insert(self, table: str, rows: list[dict[str, Any]], on_conflict: str = "nothing",
               key: str = "id", then: Callable[[str], None] | None = None) -> int:
        """Bulk insert through an Arrow table; returns how many rows were inserted or updated.

        on_conflict: "nothing" (keep the stored row), "update" (replace it with the new one), "new"
        (rows the caller checked are not stored: one writer holds a DuckDB file, so a plain INSERT,
        the fastest, and every row is inserted: without `then` it runs in the background), or "none"
        (the table has no key). `then(name)` (with "new" only) runs afterwards with the name of a table
        holding just the inserted rows.
        """
        if not rows:
            return 0
        cols = self.columns(table)
        fields = [(name, _arrow_type(typ)) for name, typ in cols]
        computed = ""           # columns the rows leave to SQL (EventColumns.sql_columns)
        if isinstance(rows, R.EventColumns):
            data = rows.arrow_table(fields)
            computed = "".join(f", {sql} AS {name}" for name, sql in rows.sql_columns.items())
        else:
            data = R.arrow_table(rows, fields)
        conflict = {"nothing": " ON CONFLICT DO NOTHING", "none": "", "new": "",
                    "update": f" ON CONFLICT ({key}) DO UPDATE SET "
                              + ", ".join(f'"{n}" = excluded."{n}"' for n, _ in cols if n != key)}[on_conflict]
        view = f"_ng_batch_{table}"
        sql = f"INSERT INTO {table} BY NAME SELECT *{computed} FROM {view}{conflict}"
        if on_conflict == "new" and then is None:
            self._later(lambda: self._with_view(view, data, lambda: self.cur.execute(sql)))
            return len(rows)
        if then is not None:
            assert on_conflict == "new", "then: only when every row is inserted"
        self.wait()

        def run() -> int:
            n = self.cur.execute(sql).fetchall()[0][0]
            if then is not None:
                then(view)
            return n
        return self._with_view(view, data, run)

    def _with_view(self, view: str, data: Any, fn: Callable[[], Any]) -> Any:
        """fn() with the Arrow table `data` registered as `view`."""
        self.cur.register(view, data)
        try:
            out = fn()
        except BaseException:
            try:           # in the failed transaction this fails too: the first error is the one to raise
                self.cur.unregister(view)
            except duckdb.Error:
                pass
            raise
        self.cur.unregister(view)
        return out

    def insert_terms(self, rows: list[tuple[str, str]]) -> None:
        """The evidence index from (event id, evidence sentence) pairs (`insert_evidence`)."""
        if rows:
            self.insert_evidence([r[0] for r in rows], [r[1] for r in rows])

    def insert_evidence(self, ids: list[str], sentences: list[str]) -> None:
        """The evidence index of events (`ids`, distinct) with their evidence `sentences`: one `evidence_terms`
        row per distinct word and event, the words split by DuckDB (search.WORDS_SQL), not in Python, and
        the sentence in `evidence_sentences`, both under the event's global_id (search.py says why; DuckDB
        computes it too, rows.GLOBAL_ID_SQL, when the ids allow); an empty sentence is not indexed.
        In the background, like an insert of new rows (Store.write gives it a write's events at once, before
        their rows: `terms_first`)."""
        if not ids:
            return
        import pyarrow as pa

        from newsgraph.store.search import WORD_LIST_SQL

        self.indexed += len(ids)
        tbl = pa.table({"id": pa.array(ids, pa.string()), "evidence": pa.array(sentences, pa.string())})
        if R.all_hex(tbl["id"]):
            gid = R.GLOBAL_ID_SQL.format(id="id")
        else:
            tbl, gid = tbl.append_column("global_id", pa.array([R.global_id(i) for i in ids], pa.int64())), "global_id"
        source = f"(SELECT {gid} AS global_id, id, evidence FROM _ng_batch_evidence WHERE evidence <> '') e"

        def run() -> None:
            # each event's distinct words (grouped by word and event: the ids are distinct, so this is
            # search.WORDS_SQL's list_distinct per sentence, for about a third less of DuckDB's CPU; grouped
            # by the integer global_id rather than the id string, a tenth less again), sorted by term, so
            # each row group holds a narrow range of words (zone maps skip the rest)
            self.cur.execute("INSERT INTO evidence_terms (term, global_id) SELECT term, global_id FROM "
                             f"(SELECT unnest({WORD_LIST_SQL.format(text='evidence')}) AS term, global_id "
                             f"FROM {source}) t GROUP BY term, global_id ORDER BY term")
            self.cur.execute(f"INSERT INTO evidence_sentences (global_id, evidence) SELECT global_id, evidence FROM {source}")
        self._later(lambda: self._with_view("_ng_batch_evidence", tbl, run))

    def merge_actors(self, batch: dict[str, dict[str, Any]]) -> tuple[int, int]:
        """Upsert actors, each stored row merged with the batch's (`rows.merge_actor_rows`: the same row
        whatever order the articles came in). One writer at a time holds a DuckDB file, so reading, merging
        and writing back cannot race."""
        names = [n for n, _ in self.columns("actors")]
        old = {r[0]: dict(zip(names, r)) for r in self.execute(
            f"SELECT {', '.join(names)} FROM actors WHERE id IN (SELECT unnest(?))", [list(batch)])}
        new_rows, changed = [], []
        for aid, row in batch.items():
            if aid not in old:
                new_rows.append(row)
                continue
            merged = R.merge_actor_rows(old[aid], row)
            if merged != {**old[aid], "aliases": list(old[aid]["aliases"] or [])}:
                changed.append(merged)
        self.insert("actors", new_rows, on_conflict="nothing")
        self.insert("actors", changed, on_conflict="update")
        return len(new_rows), len(changed)
