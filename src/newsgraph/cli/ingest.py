"""`newsgraph ingest PATH…`: a thin command over the ingest service (`newsgraph.ingest.service`).

The service checks duplicates (articles already stored are not parsed again, which is also how an
interrupted ingest resumes), analyses new articles in batches, stores them and logs every input item;
this command reads the inputs, shows progress and prints the service's summary.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import sys
import traceback
from pathlib import Path

import click

from newsgraph.cli.common import db_option, main, resolve_db
from newsgraph.records import as_date
from newsgraph.settings import get_settings

# Exit status of `newsgraph ingest` (also in its --help and the README).
EXIT_ALL_STORED = 0         # every input was stored or was already stored
EXIT_SOME_SKIPPED = 1       # something was skipped, a duplicate, or failed in analysis (each with its reason)
EXIT_USAGE = 2              # bad option or missing PATH (click's own code for usage errors)
EXIT_DB_UNAVAILABLE = 3     # the database could not be opened or written: nothing more was stored


def _store_errors() -> tuple[type[BaseException], ...]:
    """The store's error types for a database that cannot be used (unreadable, not DuckDB, too new,
    locked by another process). DatabaseLockedError is the store's lock error where the store has it."""
    import newsgraph.store as store

    return tuple(getattr(store, name) for name in ("SchemaError", "DatabaseLockedError") if hasattr(store, name))


def _parse_published(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return as_date(value)
    except ValueError:
        raise click.BadParameter(f"expected a date like 2024-06-19, got {value!r}") from None


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--published", callback=_parse_published, metavar="DATE",
              help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--source", metavar="NAME", help="Outlet name for inputs that carry none.")
@db_option
@click.option("--batch-size", default=lambda: get_settings().batch_size, show_default="32, or $NEWSGRAPH_BATCH_SIZE", type=click.IntRange(min=1),
              help="Articles analysed and written per transaction.")
@click.option("--reprocess", is_flag=True,
              help="Re-analyse articles already stored and replace their records.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: only when stderr is a terminal).")
@click.option("--follow-symlinks", is_flag=True,
              help="In directories, read symbolic links that lead outside them (default: skip them).")
@click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
              help="Analyse on a local Dask cluster of N worker processes (same rows as one process).")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
              help="Analyse on the workers of a running Dask cluster (they need newsgraph installed).")
def ingest_cmd(paths: tuple[str, ...], published: dt.date | None, source: str | None, db_path: str | None,
               batch_size: int, reprocess: bool, progress: bool | None, follow_symlinks: bool,
               workers: int | None, scheduler: str | None) -> None:
    """Ingest articles from files, directories (recursive) or `-` (stdin).

    Set NEWSGRAPH_DEBUG=1 to print the traceback of an article whose analysis fails.

    Reads .txt (optional front matter), .html, .jsonl/.json, .csv/.tsv, .warc and RSS/Atom feeds;
    analyses new articles and stores actors, events, quotes, times and places. Articles already
    stored are left unchanged; exact duplicates (same text, other url) and unreadable inputs are
    skipped with a reason.

    Every input has a budget (file size, expanded size of .gz, HTML size, characters, lines and
    tokens of a text): over it, the input is skipped with the limit and its NEWSGRAPH_* setting.
    In directories, symbolic links leading outside them are skipped unless --follow-symlinks.

    \b
    Exit status:
      0  every input was stored or was already stored
      1  something was skipped (empty, binary, malformed, too large, duplicate, ...) or failed in
         analysis; the rest was stored
      2  usage error (bad option, missing PATH)
      3  database unavailable (locked by another process, unreadable, not a newsgraph database):
         nothing more was stored
    """
    for p in paths:
        if p != "-" and not Path(p).exists():
            raise click.UsageError(f"no such file or directory: {p}")
    if workers is not None and scheduler is not None:
        raise click.UsageError("give --workers or --scheduler, not both")
    if scheduler is not None:
        from newsgraph.ingest.distributed import check_scheduler_address

        try:
            check_scheduler_address(scheduler)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="'--scheduler'") from None
    from tqdm import tqdm

    from newsgraph.ingest import IngestOptions, iter_articles
    from newsgraph.ingest.service import IngestService
    from newsgraph.store import open_store
    from newsgraph.store.store import is_url

    db = resolve_db(db_path)
    unavailable = (*_store_errors(), OSError)
    try:
        store = open_store(db)
    except unavailable as exc:
        _db_unavailable(db, exc)
    # The bar counts finished items: skipped/unchanged ones at once, new ones once analysed and stored.
    bar = tqdm(desc="ingest", unit=" article", file=sys.stderr, dynamic_ncols=True,
               disable=None if progress is None else not progress)
    try:
        with _runner(workers, scheduler) as runner:
            # a load into a fresh database takes the store's bulk path (PostgreSQL: indexes and summaries
            # built once at the end); the run is resumable as any ingest is
            service = IngestService(store, batch_size=batch_size, reprocess=reprocess, runner=runner,
                                    bulk=store.is_empty(),
                                    on_result=lambda r: bar.update(1), on_error=_print_traceback)
            items = iter_articles(list(paths), published=published, source=source,
                                  options=IngestOptions(follow_symlinks=follow_symlinks,
                                                        database=None if is_url(db) else str(db)),
                                  on_note=lambda n: service.report.notes.append(str(n)))
            report = service.run(items)
            extra = _workers_lines(runner)
        counts = store.counts()
    except _store_errors() as exc:       # lost the database mid-run (e.g. another process took the lock)
        _db_unavailable(db, exc)
    finally:
        bar.close()
        store.close()
    for line in report.summary_lines(counts, db) + extra:
        click.echo(line)
    sys.exit(EXIT_SOME_SKIPPED if report.problems else EXIT_ALL_STORED)


def _db_unavailable(db: str, exc: BaseException) -> None:
    click.echo(f"Error: database unavailable: {exc}", err=True)
    sys.exit(EXIT_DB_UNAVAILABLE)


@contextlib.contextmanager
def _runner(workers: int | None, scheduler: str | None):
    """None (analysis in this process), or a Dask runner for --workers / --scheduler."""
    if workers is None and scheduler is None:
        yield None
        return
    from newsgraph.ingest.distributed import SchedulerError, dask_runner

    try:
        with dask_runner(workers=workers, scheduler=scheduler) as runner:
            yield runner
    except SchedulerError as exc:
        raise click.ClickException(str(exc)) from None


def _workers_lines(runner) -> list[str]:
    """What the Dask workers did: their peak memory, and partitions given up after workers died."""
    if runner is None:
        return []
    usage = sorted(runner.worker_usage().values(), key=lambda u: -u.peak_rss_mb)
    out = [f"dask workers:      {len(usage)} (peak memory per worker: "
           f"{', '.join(f'{u.peak_rss_mb:,.0f}' for u in usage)} MB; CPU per worker: "
           f"{', '.join(f'{u.cpu_seconds:,.1f}' for u in usage)} s)"]
    if runner.lost:
        out.append(f"  {runner.lost} partition(s) given up after their workers died (their articles failed)")
    return out


def _print_traceback(article, exc: BaseException) -> None:
    if get_settings().debug:
        traceback.print_exception(exc)
