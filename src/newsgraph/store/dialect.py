"""The few places where DuckDB's SQL and PostgreSQL's differ, so `queries.py` can build one query for both.

Everything else the query layer writes is SQL both accept (ANSI joins, `count(*) FILTER (...)`,
`percentile_disc(...) WITHIN GROUP`, `ON CONFLICT`). Queries are
written with `?` placeholders; the PostgreSQL backend turns them into psycopg's `%s` (`to_pyformat`).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Dialect:
    """How one database engine spells what the other spells differently."""

    name: str                 # "duckdb" | "postgresql"

    @property
    def is_postgres(self) -> bool:
        return self.name == "postgresql"

    def regex_match(self, column: str) -> str:
        """`column` contains a match of the pattern given as the next parameter (RE2 / ARE syntax,
        `(?i)` prefix allowed; `\\w` is a word character in both)."""
        return f"{column} ~ ?" if self.is_postgres else f"regexp_matches({column}, ?)"

    @property
    def schema_file(self) -> str:
        """This backend's own tables and indexes, created after schema.sql."""
        return "schema_postgres.sql" if self.is_postgres else "schema_duckdb.sql"

    def in_list(self, column: str) -> str:
        """`column` is one of the values of a list parameter. PostgreSQL: `= ANY(?)` (uses an index);
        DuckDB: a semi-join on the unnested list (`= ANY` would compare every row with every value)."""
        return f"{column} = ANY(?)" if self.is_postgres else f"{column} IN (SELECT unnest(?))"

    def in_subquery(self, column: str, subquery: str) -> str:
        """`column` is one of the values the subquery returns. PostgreSQL: `= ANY(ARRAY(...))`, which
        it runs once and can look up in an index (and OR with other indexed conditions); DuckDB: IN."""
        return f"{column} = ANY(ARRAY({subquery}))" if self.is_postgres else f"{column} IN ({subquery})"

    def json_object(self, pairs: list[tuple[str, str]]) -> str:
        """A JSON-like object from (key, SQL expression) pairs: a STRUCT in DuckDB, json in PostgreSQL."""
        if self.is_postgres:
            return "json_build_object(" + ", ".join(f"'{k}', {v}" for k, v in pairs) + ")"
        return "{" + ", ".join(f"'{k}': {v}" for k, v in pairs) + "}"


DUCKDB = Dialect("duckdb")
POSTGRES = Dialect("postgresql")


def to_pyformat(sql: str) -> str:
    """`?` placeholders -> `%s` (and a literal `%` -> `%%`) outside quoted strings and identifiers,
    for psycopg. The query layer never puts user values in the SQL text, only placeholders."""
    out: list[str] = []
    quote: str | None = None
    for ch in sql:
        if quote:
            if ch == quote:
                quote = None
            out.append("%%" if ch == "%" else ch)
        elif ch in ("'", '"'):
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    return "".join(out)
