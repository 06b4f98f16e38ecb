"""Shared CLI pieces: the command group, the `--db` option every command takes, and opening the database
with errors turned into one-line messages.

Nothing here imports spaCy or the pipeline: commands that only read a database start at once.
"""
from __future__ import annotations


import click

from newsgraph.settings import DEFAULT_DB, SettingsError, get_settings
from newsgraph.store.locks import DatabaseLockedError


def resolve_db(path: str | None) -> str:
    """--db wins, then $NEWSGRAPH_DB, then ./newsgraph.duckdb."""
    return path or get_settings().db


db_option = click.option(
    "--db", "db_path", default=None, metavar="PATH|URL",
    help=f"Database: a DuckDB file or postgresql://user@host:port/dbname (default: $NEWSGRAPH_DB or ./{DEFAULT_DB}).")


def open_db(db_path: str | None, read_only: bool = True):
    """The store for a command; a missing, unreadable or busy database is a one-line error."""
    from newsgraph.store import SchemaError, open_store

    db = resolve_db(db_path)
    try:
        return open_store(db, read_only=read_only)
    except FileNotFoundError:
        raise click.ClickException(f"{db}: no such database (run `newsgraph ingest --db {db} ...` first)") from None
    except (SchemaError, DatabaseLockedError) as exc:
        raise click.ClickException(str(exc)) from None


class Group(click.Group):
    """The newsgraph group: a database another process keeps busy is one line, not a traceback,
    whichever command meets it."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except DatabaseLockedError as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsgraph")
def main() -> None:
    """newsgraph: turn news articles into a queryable database of world events."""
    try:
        get_settings()
    except SettingsError as exc:
        raise click.UsageError(str(exc)) from None
