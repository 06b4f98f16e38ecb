"""newsgraph.store: the database (DuckDB file or PostgreSQL), idempotent batch writes, queries and exports.

    >>> from newsgraph.store import open_store
    >>> db = open_store("newsgraph.duckdb")          # or "postgresql://user@host:5432/news"
    >>> db.write(analyses)            # one transaction; articles already stored are skipped
    >>> db.events(country="RUS", root="04")           # Results: Event records, .total, .to_pandas()
"""
from newsgraph.store.filters import QueryError
from newsgraph.store.locks import DatabaseLockedError
from newsgraph.store.results import Results
from newsgraph.store.schema import SCHEMA_VERSION, SchemaError
from newsgraph.store.store import DEFAULT_DB, LogEntry, Store, WriteStats, db_label, open_store

__all__ = ["DEFAULT_DB", "DatabaseLockedError", "LogEntry", "QueryError", "Results", "SCHEMA_VERSION",
           "SchemaError", "Store", "WriteStats", "db_label", "open_store"]
