"""newsgraph.store: the DuckDB database (schema.sql), idempotent batch writes, queries and exports.

    >>> from newsgraph.store import open_store
    >>> db = open_store("newsgraph.duckdb")
    >>> db.write(analyses)            # one transaction; articles already stored are skipped
    >>> db.events(country="RUS", root="04")
"""
from newsgraph.store.queries import QueryError
from newsgraph.store.schema import SCHEMA_VERSION, SchemaError
from newsgraph.store.store import DEFAULT_DB, LogEntry, Store, WriteStats, open_store

__all__ = ["DEFAULT_DB", "LogEntry", "QueryError", "SCHEMA_VERSION", "SchemaError", "Store", "WriteStats",
           "open_store"]
