"""Create, version-check and migrate the database schema (schema.sql + table `schema_info`), on DuckDB
and on PostgreSQL alike.

The version lives in `schema_info` under the key `schema_version`. A database written by a newer
newsgraph is refused with a clear message instead of being silently mis-read; an older one is brought
up to date by the functions in `MIGRATIONS`, each in its own transaction. Every function here takes a
writer (`DuckDBWriter` / `PostgresWriter`: `execute(sql, params)`, `insert(table, rows)`), so one
migration serves both backends.
"""
from __future__ import annotations

import re
from importlib import resources
from typing import Any, Callable

SCHEMA_VERSION = 8
_PG_SCHEMA_LOCK = 7_411_962_001   # advisory lock: two processes creating the schema at once take turns


class SchemaError(RuntimeError):
    """The database cannot be used by this version of newsgraph."""


def _v1_to_v2(db: Any) -> None:
    """v2 groups event_clusters by modality too; the view itself is re-created from schema.sql."""
    db.execute("DROP VIEW IF EXISTS event_clusters")


def _v2_to_v3(db: Any) -> None:
    """v3: articles keep their dateline, agency, authors, date source, removed blocks and tone; events
    the offsets of their actors' words; actors say how their country was found."""
    for table, column, typ in (("articles", "published_source", "VARCHAR"), ("articles", "dateline_place", "VARCHAR"),
                               ("articles", "agency", "VARCHAR"), ("articles", "authors", "VARCHAR[]"),
                               ("articles", "removed", "VARCHAR"), ("articles", "tone", "DOUBLE PRECISION"),
                               ("articles", "duplicate_of", "VARCHAR"),
                               ("events", "source_start", "INTEGER"), ("events", "target_start", "INTEGER"),
                               ("actors", "country_source", "VARCHAR"),
                               ("actors", "country_confidence", "DOUBLE PRECISION")):
        db.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} {typ}")


def _v3_to_v4(db: Any) -> None:
    """v4: the full-text index of evidence sentences (search.py), filled for the stored events."""
    for stmt in _statements(_read(db.dialect.schema_file)):
        db.execute(stmt)
    _refill_index(db)


def _v4_to_v5(db: Any) -> None:
    """v5: pre-aggregated counts for the timeline, network and map (summaries.py), filled from the events;
    PostgreSQL's evidence index keeps the evidence sentence (search.py)."""
    from newsgraph.store import summaries

    for name in ("schema.sql", db.dialect.schema_file):
        for stmt in _statements(_read(name)):
            db.execute(stmt)
    summaries.rebuild(db)
    if db.dialect.is_postgres:
        db.execute("UPDATE evidence_index x SET evidence = substr(a.text, e.evidence_start + 1, "
                   "e.evidence_end - e.evidence_start) FROM events e JOIN articles a ON a.id = e.article_id "
                   "WHERE e.id = x.event_id")


def _v5_to_v6(db: Any) -> None:
    """v6: PostgreSQL's evidence index also holds each event's modality and actor countries as tokens
    (search.FILTER_IDS_SQL). Nothing to do here any more: v8's migration re-creates and refills that
    index in the form this version writes."""


def _v6_to_v7(db: Any) -> None:
    """v7: DuckDB's evidence index names events by their integer global_id and keeps their sentences
    (search.py): its tables re-created and filled from the stored events."""
    if db.dialect.is_postgres:
        return
    from newsgraph.store.search import index_tables

    for table in index_tables(db.dialect):
        db.execute(f"DROP TABLE IF EXISTS {table}")
    for stmt in _statements(_read(db.dialect.schema_file)):
        db.execute(stmt)
    _refill_index(db)


def _v7_to_v8(db: Any) -> None:
    """v8: PostgreSQL's evidence index holds the 64-bit keys of the words and tokens (search.term_id)
    instead of the words: re-created and filled from the stored events. DuckDB is unchanged.
    A stop-the-world upgrade: it runs in one transaction under the migration lock, so search waits for
    the whole rebuild and an ingester still running v7 code fails its transaction rather than
    write words into the new table; upgrade every ingesting machine first."""
    if not db.dialect.is_postgres:
        return
    db.execute("DROP TABLE IF EXISTS evidence_index")
    for stmt in _statements(_read(db.dialect.schema_file)):
        db.execute(stmt)
    _refill_index(db)


def _refill_index(db: Any) -> None:
    """The evidence index emptied and written again from the stored events (`insert_terms`)."""
    from newsgraph.store.search import index_tables, indexed_evidence

    for table in index_tables(db.dialect):
        db.execute(f"DELETE FROM {table}")
    rows = indexed_evidence(db.execute(
        "SELECT e.id, substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) "
        "FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.id"))
    for i in range(0, len(rows), 20_000):
        db.insert_terms(rows[i:i + 20_000])


# MIGRATIONS[n] upgrades a version-n database to version n+1. Add one entry per schema change and
# bump SCHEMA_VERSION; schema.sql always describes the newest version (its statements run after the
# migrations, so new tables/views need no migration of their own unless existing rows must fill them).
MIGRATIONS: dict[int, Callable[[Any], None]] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5,
                                                 5: _v5_to_v6, 6: _v6_to_v7, 7: _v7_to_v8}


def _read(name: str) -> str:
    return resources.files("newsgraph.store").joinpath(name).read_text(encoding="utf-8")


# Tables a DuckDB database keeps without the primary key schema.sql gives them (PostgreSQL keeps it: its
# concurrent writers insert ON CONFLICT on it). On DuckDB no query reads a mention by its id and no insert
# relies on the key: one process writes a file, Store.write stores only the children of articles it does not
# hold (a second writer of the same article in this process fails on the articles' key, whole), and every
# mention id is drawn from its article's id. Built at the end of a 1 M-event bulk load, the key took about
# a CPU-second and 100 MB of file (EVALUATION, "Session 38 (issue 14, branch bulk42)"). A file created
# before keeps its key until a bulk load into it while it holds no event (duckdb_bulk.start).
DUCKDB_KEYLESS = ("mentions",)
_CREATE_TABLE = re.compile(r"CREATE TABLE IF NOT EXISTS (\w+)", re.I)
_PRIMARY_KEY = re.compile(r",\s*PRIMARY KEY\s*\(([^)]*)\)", re.I)
_COLUMN_KEY = re.compile(r"\b(\w+)\s+VARCHAR(\s+PRIMARY KEY)\b", re.I)


def created_table(stmt: str) -> str | None:
    """The table a schema statement creates, or None."""
    m = _CREATE_TABLE.match(stmt)
    return m.group(1) if m else None


def without_key(stmt: str) -> tuple[str, str]:
    """A CREATE TABLE statement without its primary key, and the key's columns: either a trailing
    `, PRIMARY KEY (a, b)` clause or a column's own `PRIMARY KEY`."""
    m = _PRIMARY_KEY.search(stmt)
    if m:
        return stmt[:m.start()] + stmt[m.end():], m.group(1)
    m = _COLUMN_KEY.search(stmt)
    return stmt[:m.start(2)].rstrip() + stmt[m.end(2):], m.group(1)


def _for_dialect(stmt: str, dialect: Any) -> str:
    """A schema.sql statement as this backend runs it (DuckDB: `DUCKDB_KEYLESS` without their keys)."""
    if not dialect.is_postgres and created_table(stmt) in DUCKDB_KEYLESS:
        return without_key(stmt)[0]
    return stmt


def schema_sql() -> str:
    return _read("schema.sql")


def _statements(sql: str) -> list[str]:
    """Split a schema file on ';' (comments stripped; no ';' inside strings there)."""
    lines = [ln.split("--", 1)[0] for ln in sql.splitlines()]
    body = "\n".join(lines)
    return [s.strip() for s in body.split(";") if s.strip()]


def stored_version(db: Any) -> int | None:
    """The schema version recorded in the database, or None for a database without newsgraph tables."""
    exists = db.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_info' "
                        "AND table_schema = current_schema()")[0][0]
    if not exists:
        return None
    rows = db.execute("SELECT value FROM schema_info WHERE key = 'schema_version'")
    return int(rows[0][0]) if rows else None


def ensure_schema(db: Any, label: str, read_only: bool = False) -> int:
    """Create the schema in a new database, migrate an old one, refuse a newer one. Returns the version.

    `db` is a writer outside any transaction (each step below runs in its own)."""
    version = stored_version(db)
    if version is not None and version > SCHEMA_VERSION:
        raise SchemaError(
            f"{label}: database schema version {version} is newer than this newsgraph supports "
            f"({SCHEMA_VERSION}); upgrade newsgraph or use another --db")
    if read_only:
        if version is None:
            raise SchemaError(f"{label}: not a newsgraph database (no schema_info table)")
        if version < SCHEMA_VERSION:
            raise SchemaError(f"{label}: schema version {version} needs migrating to {SCHEMA_VERSION}; "
                              "open it once for writing (e.g. `newsgraph ingest` or newsgraph.open(..., create=True))")
        return version
    _in_transaction(db, db.dialect.is_postgres, lambda: _upgrade(db, label))
    return SCHEMA_VERSION


def _upgrade(db: Any, label: str) -> None:
    version = stored_version(db)          # again: another process may have done it meanwhile
    if version is not None:
        while version < SCHEMA_VERSION:
            step = MIGRATIONS.get(version)
            if step is None:
                raise SchemaError(f"{label}: no migration from schema version {version}")
            step(db)
            _set_version(db, version + 1)
            version += 1
    for name in ("schema.sql", db.dialect.schema_file):
        for stmt in _statements(_read(name)):
            db.execute(_for_dialect(stmt, db.dialect))
    if version is None:
        _set_version(db, SCHEMA_VERSION)


def _in_transaction(db: Any, postgres: bool, work: Callable[[], None]) -> None:
    db.execute("BEGIN")
    try:
        if postgres:
            db.execute("SELECT pg_advisory_xact_lock(?)", [_PG_SCHEMA_LOCK])
        work()
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def _set_version(db: Any, version: int) -> None:
    db.execute("INSERT INTO schema_info (key, value) VALUES ('schema_version', ?) "
               "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [str(version)])
