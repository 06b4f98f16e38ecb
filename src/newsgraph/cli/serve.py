"""`newsgraph serve`: the REST API (/api/, OpenAPI at /docs) and the dashboard (/) over one database.

On a DuckDB file the server opens the file only while it answers a request (see
store/duckdb_backend.py), so `newsgraph ingest` can write to it while it serves; on PostgreSQL both
simply run at once.
"""
from __future__ import annotations

import os

import click

from newsgraph.cli.common import db_option, main, resolve_db


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port.")
@click.option("--token", default=None, metavar="TOKEN",
              help="Enable POST /api/ingest for clients sending this bearer token "
                   "(default: $NEWSGRAPH_API_TOKEN; unset = read-only).")
def serve(db_path: str | None, host: str, port: int, token: str | None) -> None:
    """Serve the dashboard and the REST API over the database (read-only unless a token is set)."""
    import uvicorn

    from newsgraph.api import create_app
    from newsgraph.settings import SettingsError
    from newsgraph.store import DatabaseLockedError, SchemaError, db_label
    from newsgraph.store.postgres_backend import is_postgres_url

    path = resolve_db(db_path)
    if not is_postgres_url(path) and not os.path.exists(path):
        raise click.ClickException(f"{path}: no such database (run `newsgraph ingest --db {path} ...` first)")
    try:
        app = create_app(path, token=token)
    except (SchemaError, SettingsError, DatabaseLockedError, OSError) as exc:
        raise click.ClickException(str(exc)) from None
    mode = "ingest enabled (token)" if app.state.token else "read-only"
    click.echo(f"newsgraph: serving {db_label(path)} ({mode}) at http://{host}:{port}/  API: /api/  docs: /docs", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
