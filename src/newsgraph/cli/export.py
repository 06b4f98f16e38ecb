"""`newsgraph export --format jsonl|parquet|gdelt --out PATH [filters]`: events out of the database."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from newsgraph.cli.common import db_option, main
from newsgraph.cli.query import _filter_options, _open, event_filters


@main.command("export")
@click.option("--format", "fmt", required=True, type=click.Choice(["jsonl", "parquet", "gdelt"]),
              help="jsonl: events with actors; parquet: the events table; gdelt: GDELT 2.0 event TSV.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, writable=True), help="Output file.")
@click.option("--header", is_flag=True, help="gdelt: write a header row (GDELT's own files have none).")
@click.option("--each-report", is_flag=True,
              help="gdelt: one row per event record, not one per event cluster.")
@_filter_options
@db_option
def export_cmd(fmt: str, out: str, header: bool, each_report: bool, db_path: str | None, **kw: Any) -> None:
    """Export events (asserted only unless --all-modalities) with the same filters as `events`.

    The GDELT format has the 61 GDELT 2.0 Event-table columns in GDELT's order; AvgTone is 0 (tone is
    not computed), actor geography is blank, and there is one row per event cluster: the same
    (date, source, code, target, modality) reported by several articles, whose reports
    NumMentions/NumSources/NumArticles count (--each-report: one row per report).
    """
    from newsgraph.store import QueryError
    from newsgraph.store.export import export_events

    store = _open(db_path)
    try:
        n = export_events(store, fmt, out, header=header, each_report=each_report, **event_filters(kw))
    except QueryError as exc:
        raise click.UsageError(str(exc))
    finally:
        store.close()
    click.echo(f"{n} events written to {Path(out).resolve()} ({fmt})")
