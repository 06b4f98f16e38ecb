"""The primary keys a PostgreSQL bulk load builds at its end, and the lock that makes that safe.

Why: maintained row by row, the keys of events (1 M), mentions (2 M) and the evidence index (1 M) were
about 40 % of the server's work in a bulk load's batches, and the summary tables' keys a third of their
rebuild; built once over the finished tables (a sorted pass each) they cost a fraction of that.

When it is safe: a table without its key cannot refuse a row stored twice, and every write relies on
`ON CONFLICT` on the deterministic ids against concurrent writers. So the keys are dropped only by a
**sole loader**: a bulk load that holds the gate (`GATE`, an advisory lock taken exclusively for the
whole load, end included) and found events, mentions and the evidence index empty. Every other write
transaction takes the gate shared first (`PostgresBackend.transaction`), so it waits until the load has
ended and the keys are back; the loader's own writes need no key (Store.write stores only articles it
does not hold, and every child id embeds its article's id).

A sole loader that dies leaves a `keys_pending:<pid>` row in schema_info naming the dropped keys (the
gate goes with its session). A writer that then gets the gate sees the row and, before writing, rebuilds
the keys (`restore_key`) under the gate taken exclusively; so does the next writable open.
"""
from __future__ import annotations

import json
from typing import Any

from newsgraph.store import summaries

GATE = (7_411_965, 0)            # advisory lock: exclusive for a sole bulk load, shared for every other write
PENDING = "keys_pending:"        # schema_info key prefix (+ the loader's backend pid): keys dropped, not yet back
# Data tables a sole loader fills without their primary keys: the three largest (the articles, looked up
# by id and content hash while loading, the actors and the ingest log, upserted, keep theirs), and the
# summaries, rebuilt at the end of the load (postgres_rebuild.rebuild_summary).
TABLES = ("events", "mentions", "evidence_index", *summaries.TABLES)
DATA_TABLES = TABLES[:3]


def pending(con) -> dict[str, list[str]]:
    """Table -> [constraint name, definition] of every key a sole loader dropped and no one restored."""
    out: dict[str, list[str]] = {}
    for (value,) in con.execute("SELECT value FROM schema_info WHERE key LIKE %s", [PENDING + "%"]).fetchall():
        out.update(json.loads(value))
    return out


def drop(con) -> dict[str, list[str]]:
    """In one transaction: record the primary keys of TABLES (with those a dead sole loader left pending,
    which the caller, holding the gate, takes over), then drop them. Returns what `restore_key` needs."""
    pid = con.info.backend_pid
    with con.transaction():
        keys = pending(con)
        rows = con.execute("SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) "
                           "FROM pg_constraint c WHERE c.contype = 'p' AND c.conrelid = ANY(%s::regclass[])",
                           [list(TABLES)]).fetchall()
        keys.update({table: [name, definition] for table, name, definition in rows})
        con.execute("DELETE FROM schema_info WHERE key LIKE %s", [PENDING + "%"])
        con.execute("INSERT INTO schema_info (key, value) VALUES (%s, %s)", [f"{PENDING}{pid}", json.dumps(keys)])
        for table, name, _ in rows:
            con.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
    return keys


def restore_key(con, table: str, name: str, definition: str) -> None:
    """Build one dropped primary key over the filled table: the unique index first (SHARE lock: reads and
    other index builds go on), then the constraint on it (an instant catalog change). Rows stored twice
    (only possible when records built outside the pipeline reuse a child id across articles; Store.write
    keeps the first as ON CONFLICT DO NOTHING would) are reduced to the one written first."""
    if con.execute("SELECT 1 FROM pg_constraint WHERE contype = 'p' AND conrelid = %s::regclass",
                   [table]).fetchone():
        return
    cols = definition[definition.index("(") + 1:definition.rindex(")")]
    from psycopg.errors import UniqueViolation

    try:
        con.execute(f"CREATE UNIQUE INDEX IF NOT EXISTS {name} ON {table} ({cols})")
    except UniqueViolation:
        # the oldest transaction's row wins (the loader commits its batches in order)
        con.execute(f"DELETE FROM {table} t USING (SELECT ctid FROM (SELECT ctid, row_number() OVER "
                    f"(PARTITION BY {cols} ORDER BY age(xmin) DESC, ctid) AS n FROM {table}) x WHERE n > 1) d "
                    "WHERE t.ctid = d.ctid")
        con.execute(f"CREATE UNIQUE INDEX IF NOT EXISTS {name} ON {table} ({cols})")
    con.execute(f"ALTER TABLE {table} ADD CONSTRAINT {name} PRIMARY KEY USING INDEX {name}")


def restore_all(con) -> None:
    """Every pending key back, then the pending rows removed (the caller holds the gate exclusively)."""
    for table, (name, definition) in pending(con).items():
        restore_key(con, table, name, definition)
    con.execute("DELETE FROM schema_info WHERE key LIKE %s", [PENDING + "%"])


def tables_empty(con) -> bool:
    """Whether the data tables whose keys a sole loader drops hold no row."""
    sql = "SELECT " + " OR ".join(f"EXISTS (SELECT 1 FROM {t})" for t in DATA_TABLES)
    return not con.execute(sql).fetchone()[0]


def gate_sql(fn: str) -> tuple[str, list[Any]]:
    """`SELECT fn(class, key)` for the gate (fn: pg_advisory_lock, pg_try_advisory_lock_shared, ...)."""
    return f"SELECT {fn}(%s, %s)", list(GATE)
