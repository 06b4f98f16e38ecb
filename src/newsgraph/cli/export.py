"""`newsgraph export --format jsonl|parquet|gdelt --out PATH [--mentions PATH] [filters]`: events out of
the database."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from newsgraph.cli.common import db_option, main
from newsgraph.cli.query import _filter_options, _open, event_filters


@main.command("export")
@click.option("--format", "fmt", required=True, type=click.Choice(["jsonl", "parquet", "gdelt"]),
              help="jsonl: events with actors; parquet: the events table; gdelt: GDELT 2.0 Event-table TSV.")
@click.option("--out", required=True, metavar="PATH",
              help="Output file (its directory must exist; an existing file is replaced).")
@click.option("--mentions", "mentions_out", default=None, metavar="PATH",
              help="gdelt: also write the GDELT 2.0 Mentions table (one row per report of each event) here.")
@click.option("--header", is_flag=True, help="gdelt: write a header row (GDELT's own files have none).")
@click.option("--each-report", is_flag=True,
              help="gdelt: one row per event record, not one per event cluster.")
@_filter_options
@db_option
def export_cmd(fmt: str, out: str, mentions_out: str | None, header: bool, each_report: bool,
               db_path: str | None, **kw: Any) -> None:
    """Export events (asserted only unless --all-modalities) with the same filters as `events`.

    The GDELT format has the 61 GDELT 2.0 Event-table columns in GDELT's order, one row per event
    cluster: the same (date, source, code, target, modality) reported by several articles, whose
    reports NumMentions/NumSources/NumArticles count (--each-report: one row per report). AvgTone is
    the mean document tone of those articles; Actor1Geo/Actor2Geo are the actors' places. --mentions
    writes the 16-column Mentions table beside it, joined by GLOBALEVENTID. See
    newsgraph/data/gdelt/ for how each column is filled.
    """
    from newsgraph.store import QueryError
    from newsgraph.store.export import ExportError, check_output, export_events

    if mentions_out is not None and fmt != "gdelt":
        raise click.UsageError("--mentions goes with --format gdelt")
    try:      # refuse an impossible path before opening the database
        check_output(out)
        if mentions_out is not None:
            check_output(mentions_out)
    except ExportError as exc:
        raise click.ClickException(str(exc))
    store = _open(db_path)
    try:
        n = export_events(store, fmt, out, header=header, each_report=each_report, mentions=mentions_out,
                          **event_filters(kw))
    except QueryError as exc:
        raise click.UsageError(str(exc))
    except ExportError as exc:
        raise click.ClickException(str(exc))
    finally:
        store.close()
    click.echo(f"{n} events written to {Path(out).resolve()} ({fmt})")
    if mentions_out is not None:
        click.echo(f"their mentions written to {Path(mentions_out).resolve()} (GDELT Mentions table)")
