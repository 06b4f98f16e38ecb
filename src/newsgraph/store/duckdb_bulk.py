"""DuckDB's bulk path (`Store.bulk_load` into an empty database): the summaries are computed once at the end
of the load, into tables whose keys are built after them; the key of the largest keyed data table
(events) is built at the end too (`DEFERRED_KEYS`; DuckDB's mentions have none, schema.DUCKDB_KEYLESS).

Why: each summary table (summaries.py) has a composite primary key, and DuckDB maintains that index one
row at a time; the pair summary has about one row per event here, so at 1 M events its upserts, batch
by batch or in one rebuild, took over a minute, while the GROUP BY itself takes about a second and
building the same key over the finished table (`ALTER TABLE ... ADD PRIMARY KEY`) a few.

How: when a bulk load starts on a database without events, in one transaction, it writes a
`bulk_pending:<pid>:<token>` row in schema_info and re-creates the (empty) summary tables from
schema.sql without their primary keys. While such a row exists, every write leaves the summaries alone
(`pending`: the loader's batches and any other process's writes in between, which could not upsert
without the keys anyway). At the end (`finish`), in one transaction, each summary is filled by one
GROUP BY over the stored events, its key added, and the row removed. Events are re-created without
their key at the start as well and get it back at the end (so are the mentions of a file created with
a key, which do not get it back); the other data tables keep theirs. Writes mean what they mean
outside a bulk load (re-loading a batch changes nothing): `Store.write` stores only articles it does
not hold, with their children.

A load that dies (its process killed, its store closed before the end) leaves the row; the next
writable open of the file finishes the work (`recover`). A load still running -- its process alive, or
in this process its key in `_LIVE` -- is left to finish its own. Meanwhile readers in other processes
see empty timelines, networks and maps (as on PostgreSQL, summaries are complete when the load ends).
"""
from __future__ import annotations

import os
import re
import secrets
from typing import Any

from newsgraph.store import summaries
from newsgraph.store.schema import DUCKDB_KEYLESS, _read, _statements, created_table, without_key

PENDING = "bulk_pending:"      # schema_info key prefix, + pid:token
_LIVE: set[str] = set()        # the keys of the bulk loads running in this process


def pending(db: Any) -> bool:
    """Whether a bulk load's summaries are pending (then writes leave the summaries alone)."""
    return bool(db.execute("SELECT EXISTS (SELECT 1 FROM schema_info WHERE starts_with(key, ?))", [PENDING])[0][0])


# Data tables whose primary keys wait for the end of the load too. Their rows are inserted without
# ON CONFLICT (Store.write checks which articles are stored, and every child id embeds its article's
# id), so during the load the key only guarded; maintained row by row it was a third of the batches'
# database time at 1 M events (events 1 M keys, mentions 2 M; and every checkpoint rewrites the index).
# The articles (looked up by id and content hash while loading), actors and the ingest log (upserted)
# keep theirs. The mentions of a file created before schema.DUCKDB_KEYLESS lose their key here and do
# not get it back (a new file has none).
DEFERRED_KEYS = ("events",)


def _table_statements() -> dict[str, str]:
    """The CREATE TABLE statement in schema.sql of each table whose key a bulk load defers."""
    out = {}
    for stmt in _statements(_read("schema.sql")):
        table = created_table(stmt)
        if table in summaries.BY_TABLE or table in DEFERRED_KEYS or table in DUCKDB_KEYLESS:
            out[table] = stmt
    return out


def start(db: Any) -> str | None:
    """In the writer `db`'s open transaction: when no event is stored, mark a deferred load and drop the
    summaries' keys (the tables re-created without them); returns the load's key, else None."""
    if db.execute("SELECT EXISTS (SELECT 1 FROM events)")[0][0]:
        return None
    key = f"{PENDING}{os.getpid()}:{secrets.token_hex(4)}"
    db.execute("INSERT INTO schema_info (key, value) VALUES (?, 'bulk load running')", [key])
    for table, stmt in _table_statements().items():
        if _has_primary_key(db, table):       # empty (no event stored): re-created without the key
            db.execute(f"DROP TABLE {table}")
            db.execute(without_key(stmt)[0])
    _LIVE.add(key)
    return key


def finish(db: Any, keys: list[str], sort_terms: bool = False) -> None:
    """In the writer `db`'s open transaction: every summary recomputed from the stored events (into a
    table without its key, which is then built), the pending rows `keys` removed, and with `sort_terms`
    the evidence index rewritten in one run sorted by word (`sort_evidence_terms`)."""
    if sort_terms:
        sort_evidence_terms(db)
    stmts = _table_statements()
    for s in summaries.SUMMARIES:
        db.execute(f"DELETE FROM {s.table}")
        if _has_primary_key(db, s.table):           # the keys are back already (a loader that ended first)
            db.execute(summaries.add_sql(s, "events", 1))
            continue
        db.execute(summaries.add_sql(s, "events", 1, empty=True))    # each group once: a plain insert
        _add_key(db, s.table, stmts[s.table])
    for table in DEFERRED_KEYS:
        if not _has_primary_key(db, table):
            _add_key(db, table, stmts[table])
    db.execute("DELETE FROM schema_info WHERE key IN (SELECT unnest(?))", [list(keys)])


# A load whose writes indexed fewer events than this on average (about 20 words each) wrote the index in
# runs shorter than one of DuckDB's row groups (122,880 rows): `finish` sorts it again (sort_evidence_terms;
# the loader counts its writes, so a load finished by `recover` is left as it is).
SMALL_RUN_EVENTS = 6000


def sort_evidence_terms(db: Any) -> None:
    """`evidence_terms` rewritten as one run sorted by word (the same rows).

    Why: each write stores its postings sorted by word, so a row group spans a narrow range of words and
    its zone map lets a search skip it. `newsgraph ingest` writes 32 articles at a time: a row group then
    holds many short runs, each spanning the alphabet, and a search reads every row group (at 200k
    events 2.5-4x slower than after 5,000-article writes). One sort at the end of such a load (seconds,
    beside its hours of analysis) gives the index the layout of one large write."""
    create = next(stmt for stmt in _statements(_read("schema_duckdb.sql"))
                  if re.match(r"CREATE TABLE IF NOT EXISTS evidence_terms\b", stmt))
    db.execute("ALTER TABLE evidence_terms RENAME TO _ng_unsorted_terms")
    db.execute(create)
    db.execute("INSERT INTO evidence_terms SELECT term, global_id FROM _ng_unsorted_terms ORDER BY term, global_id")
    db.execute("DROP TABLE _ng_unsorted_terms")


def _add_key(db: Any, table: str, stmt: str) -> None:
    db.execute(f"ALTER TABLE {table} ADD PRIMARY KEY ({without_key(stmt)[1]})")


def recover(db: Any) -> None:
    """Finish what the bulk loads that died left pending (their keys' processes are gone)."""
    exists = db.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_info' "
                        "AND table_schema = current_schema()")[0][0]
    if not exists:
        return
    keys = [r[0] for r in db.execute("SELECT key FROM schema_info WHERE starts_with(key, ?)", [PENDING])]
    dead = [k for k in keys if not alive(k)]
    if not dead:
        return
    db.execute("BEGIN TRANSACTION")
    try:
        live = [k for k in keys if k not in dead]
        if live:        # a running load will finish the summaries: only forget the dead ones
            db.execute("DELETE FROM schema_info WHERE key IN (SELECT unnest(?))", [dead])
        else:
            finish(db, dead)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def alive(key: str) -> bool:
    """Whether the bulk load that wrote this schema_info key may still be running."""
    try:
        pid = int(key[len(PENDING):].split(":")[0])
    except ValueError:
        return False
    if pid == os.getpid():
        return key in _LIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:       # a process of another user: alive
        return True
    return True


def _has_primary_key(db: Any, table: str) -> bool:
    return bool(db.execute("SELECT count(*) FROM duckdb_constraints() WHERE table_name = ? "
                           "AND constraint_type = 'PRIMARY KEY'", [table])[0][0])
