"""`newsgraph serve`: the REST API (/api/, OpenAPI at /docs) and the dashboard (/) over one database.

On a DuckDB file the server opens the file only while it answers a request (see
store/duckdb_backend.py), so `newsgraph ingest` can write to it while it serves; on PostgreSQL both
simply run at once. It binds to 127.0.0.1 unless told otherwise, and then answers only loopback Host
names (DNS-rebinding protection, api/guard.py) unless `--allowed-hosts` / $NEWSGRAPH_API_ALLOWED_HOSTS
name more.
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
@click.option("--allowed-hosts", default=None, metavar="NAMES",
              help="Host names answered besides loopback names, comma-separated ('news.example.org,*.lan'; "
                   "'*' = any). Default: $NEWSGRAPH_API_ALLOWED_HOSTS, else loopback names only when bound "
                   "to loopback, any name otherwise.")
def serve(db_path: str | None, host: str, port: int, token: str | None, allowed_hosts: str | None) -> None:
    """Serve the dashboard and the REST API over the database (read-only unless a token is set)."""
    import uvicorn

    from newsgraph.api import create_app
    from newsgraph.api.guard import HostPolicy
    from newsgraph.settings import SettingsError, get_settings
    from newsgraph.store import DatabaseLockedError, SchemaError, db_label
    from newsgraph.store.postgres_backend import is_postgres_url

    path = resolve_db(db_path)
    if not is_postgres_url(path) and not os.path.exists(path):
        raise click.ClickException(f"{path}: no such database (run `newsgraph ingest --db {path} ...` first)")
    try:
        hosts = HostPolicy.for_bind(host, allowed_hosts if allowed_hosts is not None
                                    else get_settings().api_allowed_hosts)
        app = create_app(path, token=token, allowed_hosts=hosts)
    except (SchemaError, SettingsError, DatabaseLockedError, OSError) as exc:
        raise click.ClickException(str(exc)) from None
    mode = "ingest enabled (token)" if app.state.token else "read-only"
    click.echo(f"newsgraph: serving {db_label(path)} ({mode}) at http://{host}:{port}/  API: /api/  docs: /docs", err=True)
    click.echo(f"newsgraph: answering Host names: {hosts.describe()}", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
