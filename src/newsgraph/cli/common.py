"""Shared CLI pieces: the command group and the `--db` option every command takes."""
from __future__ import annotations

import click

from newsgraph.settings import DEFAULT_DB, SettingsError, get_settings


def resolve_db(path: str | None) -> str:
    """--db wins, then $NEWSGRAPH_DB, then ./newsgraph.duckdb."""
    return path or get_settings().db


db_option = click.option(
    "--db", "db_path", default=None, metavar="PATH",
    help=f"Database file (default: $NEWSGRAPH_DB or ./{DEFAULT_DB}).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsgraph")
def main() -> None:
    """newsgraph: turn news articles into a queryable database of world events."""
    try:
        get_settings()
    except SettingsError as exc:
        raise click.UsageError(str(exc)) from None
