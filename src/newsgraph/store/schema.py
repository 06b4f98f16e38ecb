"""Create, version-check and migrate the database schema (schema.sql + table `schema_info`).

The version lives in `schema_info` under the key `schema_version`. A database written by a newer
newsgraph is refused with a clear message instead of being silently mis-read; an older one is brought
up to date by the functions in `MIGRATIONS`, each in its own transaction.
"""
from __future__ import annotations

from importlib import resources
from typing import Callable

import duckdb

SCHEMA_VERSION = 3


def _v1_to_v2(con: duckdb.DuckDBPyConnection) -> None:
    """v2 groups event_clusters by modality too; the view itself is re-created from schema.sql."""
    con.execute("DROP VIEW IF EXISTS event_clusters")


def _v2_to_v3(con: duckdb.DuckDBPyConnection) -> None:
    """v3: articles keep their dateline, agency, authors, date source, removed blocks and tone; events
    the offsets of their actors' words; actors say how their country was found."""
    for table, column, typ in (("articles", "published_source", "VARCHAR"), ("articles", "dateline_place", "VARCHAR"),
                               ("articles", "agency", "VARCHAR"), ("articles", "authors", "VARCHAR[]"),
                               ("articles", "removed", "VARCHAR"), ("articles", "tone", "DOUBLE"),
                               ("articles", "duplicate_of", "VARCHAR"),
                               ("events", "source_start", "INTEGER"), ("events", "target_start", "INTEGER"),
                               ("actors", "country_source", "VARCHAR"),
                               ("actors", "country_confidence", "DOUBLE")):
        con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} {typ}")


# MIGRATIONS[n] upgrades a version-n database to version n+1. Add one entry per schema change and
# bump SCHEMA_VERSION; schema.sql always describes the newest version (its statements run after the
# migrations, so new tables/views need no migration of their own).
MIGRATIONS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {1: _v1_to_v2, 2: _v2_to_v3}


class SchemaError(RuntimeError):
    """The database cannot be used by this version of newsgraph."""


def schema_sql() -> str:
    return resources.files("newsgraph.store").joinpath("schema.sql").read_text(encoding="utf-8")


def _statements(sql: str) -> list[str]:
    """Split schema.sql on ';' that ends a line (comments stripped; no ';' inside strings there)."""
    lines = [ln.split("--", 1)[0] for ln in sql.splitlines()]
    body = "\n".join(lines)
    return [s.strip() for s in body.split(";") if s.strip()]


def stored_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The schema version recorded in the database, or None for a database without newsgraph tables."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_info'").fetchall()[0][0]
    if not exists:
        return None
    rows = con.execute("SELECT value FROM schema_info WHERE key = 'schema_version'").fetchall()
    return int(rows[0][0]) if rows else None


def ensure_schema(con: duckdb.DuckDBPyConnection, path: str, read_only: bool = False) -> int:
    """Create the schema in a new database, migrate an old one, refuse a newer one. Returns the version."""
    version = stored_version(con)
    if version is not None and version > SCHEMA_VERSION:
        raise SchemaError(
            f"{path}: database schema version {version} is newer than this newsgraph supports "
            f"({SCHEMA_VERSION}); upgrade newsgraph or use another --db")
    if read_only:
        if version is None:
            raise SchemaError(f"{path}: not a newsgraph database (no schema_info table)")
        if version < SCHEMA_VERSION:
            raise SchemaError(f"{path}: schema version {version} needs migrating to {SCHEMA_VERSION}; "
                              "open it once without read_only")
        return version
    if version is not None:
        while version < SCHEMA_VERSION:
            step = MIGRATIONS.get(version)
            if step is None:
                raise SchemaError(f"{path}: no migration from schema version {version}")
            con.execute("BEGIN TRANSACTION")
            try:
                step(con)
                _set_version(con, version + 1)
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise
            version += 1
    con.execute("BEGIN TRANSACTION")
    try:
        for stmt in _statements(schema_sql()):
            con.execute(stmt)
        if version is None:
            _set_version(con, SCHEMA_VERSION)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return SCHEMA_VERSION


def _set_version(con: duckdb.DuckDBPyConnection, version: int) -> None:
    con.execute("INSERT OR REPLACE INTO schema_info (key, value) VALUES ('schema_version', ?)",
                [str(version)])
