"""`newsgraph ingest PATH…`: read articles, analyse the new ones in batches, store them, report.

Articles already in the database (same id) or with the same text as a stored one (same content hash)
are not parsed again, which is also how an interrupted ingest resumes. Every input item gets a row in
the ingest log with its status and reason.
"""
from __future__ import annotations

import datetime as dt
import sys
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import click

from newsgraph.cli.common import db_label, db_option, main, resolve_db
from newsgraph.records import as_date
from newsgraph.settings import get_settings

MAX_REASONS_SHOWN = 100


@dataclass
class IngestReport:
    """Counts and reasons collected over one ingest run."""

    stored: int = 0
    unchanged: int = 0
    duplicates: list[tuple[str, str]] = field(default_factory=list)   # (origin, reason)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)    # about kept inputs: guessed encoding, date ignored
    records: Counter = field(default_factory=Counter)

    @property
    def problems(self) -> int:
        return len(self.duplicates) + len(self.skipped) + len(self.errors)


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
def ingest_cmd(paths: tuple[str, ...], published: dt.date | None, source: str | None, db_path: str | None,
               batch_size: int, reprocess: bool, progress: bool | None) -> None:
    """Ingest articles from files, directories (recursive) or `-` (stdin).

    Set NEWSGRAPH_DEBUG=1 to print the traceback of an article whose analysis fails.

    Reads .txt (optional front matter), .html, .jsonl and .csv; analyses new articles and stores
    actors, events, quotes, times and places. Articles already stored are left unchanged; exact
    duplicates (same text, other url) and unreadable inputs are skipped with a reason.

    \b
    Exit status:
      0  every input was stored or was already stored
      1  something was skipped (empty, binary, malformed, duplicate, ...) or failed in analysis
      2  usage error (bad option, missing PATH)
    """
    for p in paths:
        if p != "-" and not Path(p).exists():
            raise click.UsageError(f"no such file or directory: {p}")
    from newsgraph.ingest import iter_articles
    from newsgraph.store import SchemaError, open_store

    db = resolve_db(db_path)
    try:
        store = open_store(db)
    except SchemaError as exc:
        raise click.ClickException(str(exc))
    report = IngestReport()
    try:
        items = iter_articles(list(paths), published=published, source=source,
                              on_note=lambda n: report.notes.append(str(n)))
        _run(store, items, report, batch_size=batch_size, reprocess=reprocess, progress=progress)
        counts = store.counts()
    finally:
        store.close()
    _print_summary(report, counts, db)
    sys.exit(1 if report.problems else 0)


def _run(store, items, report: IngestReport, batch_size: int, reprocess: bool,
         progress: bool | None) -> None:
    from tqdm import tqdm

    from newsgraph.records import Article
    from newsgraph.store import LogEntry

    batch: list[Article] = []
    log: list[LogEntry] = []
    run_ids: set[str] = set()
    run_hashes: dict[str, str] = {}   # content hash -> article id, for duplicates within this run

    # The bar counts finished items: skipped/unchanged ones at once, new ones once analysed and stored.
    bar = tqdm(desc="ingest", unit=" article", file=sys.stderr, disable=_no_bar(progress), dynamic_ncols=True)

    def flush() -> None:
        _flush(store, batch, log, report, reprocess)
        bar.update(len(batch))
        bar.set_postfix(stored=report.stored, skipped=report.problems, refresh=False)

    for item in items:
        if len(batch) >= batch_size or len(log) >= 1000:
            flush()
            batch, log = [], []
        if not isinstance(item, Article):   # a Skip(origin, reason, kind) from the readers
            origin, reason = getattr(item, "origin", None), getattr(item, "reason", str(item))
            status = "duplicate" if getattr(item, "kind", None) == "duplicate" else "skipped"
            (report.duplicates if status == "duplicate" else report.skipped).append((origin or "?", reason))
            log.append(LogEntry(origin, None, status, reason))
            bar.update(1)
            continue
        origin = item.origin or item.url or item.id
        if item.id in run_ids or (not reprocess and store.has_article(item.id)):
            report.unchanged += 1
            log.append(LogEntry(origin, item.id, "unchanged", "already stored"))
            bar.update(1)
            continue
        dup_of = run_hashes.get(item.content_hash or "") or store.find_content_hash(item.content_hash)
        if dup_of and dup_of != item.id:
            reason = f"duplicate of {dup_of}"
            report.duplicates.append((origin, reason))
            log.append(LogEntry(origin, item.id, "duplicate", reason))
            bar.update(1)
            continue
        run_ids.add(item.id)
        if item.content_hash:
            run_hashes[item.content_hash] = item.id
        batch.append(item)
    flush()
    bar.close()


def _no_bar(progress: bool | None) -> bool | None:
    if progress is None:
        return None          # tqdm: disable when stderr is not a terminal
    return not progress


def _flush(store, batch, log, report: IngestReport, reprocess: bool) -> None:
    """Analyse a batch (isolating per-article failures) and write it with its log in one transaction."""
    from newsgraph.pipeline import default_pipeline
    from newsgraph.store import LogEntry

    analyses = []
    if batch:
        for article, result in default_pipeline().analyse_each(batch, on_error=_print_traceback):
            origin = article.origin or article.url or article.id
            if isinstance(result, BaseException):
                reason = f"analysis failed: {type(result).__name__}: {result}"
                report.errors.append((origin, reason))
                log.append(LogEntry(origin, article.id, "error", reason))
                continue
            analyses.append(result)
            log.append(LogEntry(origin, article.id, "stored", None))
    if not analyses and not log:
        return
    try:
        stats = [store.write(analyses, replace=reprocess, log=log)]
    except Exception:  # noqa: BLE001 - a record the store rejects: find it, keep the rest
        stats = _write_one_by_one(store, analyses, log, report, reprocess)
    for st in stats:
        report.stored += st.articles
        report.records.update({"events": st.events, "quotes": st.quotes, "mentions": st.mentions,
                               "places": st.places, "times": st.times, "actors_new": st.actors_new})


def _write_one_by_one(store, analyses, log, report: IngestReport, reprocess: bool) -> list:
    """After a failed batch write (rolled back): write article by article, reporting the ones that fail."""
    from newsgraph.store import LogEntry

    stats = []
    failed: dict[str, str] = {}
    for a in analyses:
        try:
            stats.append(store.write([a], replace=reprocess))
        except Exception as exc:  # noqa: BLE001
            origin = a.article.origin or a.article.url or a.article.id
            reason = f"could not be stored: {type(exc).__name__}: {exc}"
            report.errors.append((origin, reason))
            failed[a.article.id] = reason
    log = [LogEntry(e.origin, e.article_id, "error", failed[e.article_id])
           if e.article_id in failed and e.status == "stored" else e for e in log]
    store.write([], log=log)
    return stats


def _print_traceback(article, exc: Exception) -> None:
    if get_settings().debug:
        traceback.print_exception(exc)


def _print_summary(report: IngestReport, counts: dict[str, int], db: str) -> None:
    echo = click.echo
    rec = report.records
    echo(f"articles stored:   {report.stored}")
    echo(f"unchanged:         {report.unchanged} (already in the database)")
    echo(f"duplicates:        {len(report.duplicates)}")
    echo(f"skipped:           {len(report.skipped)}")
    if report.errors:
        echo(f"failed:            {len(report.errors)}")
    shown = 0
    for label, items in (("duplicate", report.duplicates), ("skipped", report.skipped),
                         ("failed", report.errors)):
        for origin, reason in items:
            if shown < MAX_REASONS_SHOWN:
                echo(f"  {label}: {origin}: {reason}")
            shown += 1
    if shown > MAX_REASONS_SHOWN:
        echo(f"  ... {shown - MAX_REASONS_SHOWN} more (see the ingest_log table)")
    for note in report.notes[:MAX_REASONS_SHOWN]:
        echo(f"  note: {note}")
    if len(report.notes) > MAX_REASONS_SHOWN:
        echo(f"  ... {len(report.notes) - MAX_REASONS_SHOWN} more notes")
    if not (report.stored or report.unchanged or report.problems):
        echo("  nothing to ingest: no input files found")
    echo(f"new records:       {rec['events']} events, {rec['quotes']} quotes, {rec['mentions']} mentions, "
         f"{rec['places']} places, {rec['times']} times, {rec['actors_new']} new actors")
    echo(f"database totals:   {counts['articles']} articles, {counts['events']} events, "
         f"{counts['quotes']} quotes, {counts['actors']} actors")
    echo(f"database:          {db_label(db)}")
