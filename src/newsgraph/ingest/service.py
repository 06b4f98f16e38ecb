"""The ingest service: articles (and the Skips of their inputs) in, stored analyses, an ingest log and a
summary out. `newsgraph ingest` and `POST /api/ingest` both go through `IngestService.run`, so both
check duplicates the same way, isolate failures per article, log every input item and report alike.

    service = IngestService(store, batch_size=32)
    report = service.run(iter_articles(paths))       # or an API request's articles
    report.summary_lines(counts=store.counts(), db=path)

What happens to each item (its `ItemResult.status`, also the ingest log's status):
  skipped    the input is not an article we can use (a `Skip` from the readers; reason given)
  unchanged  already stored (same id) -- this is how an interrupted ingest resumes without loss
  duplicate  the same text is stored (or admitted earlier in this run) under another url
  error      analysis failed, or the store refused the article's records (the rest go on)
  stored     analysed and written, with its log line, in the batch's transaction
The admission checks (unchanged, duplicate, and any budget a caller adds) are `checks.ADMISSION_CHECKS`.
"""
from __future__ import annotations

import logging
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence, Union

from newsgraph.ingest.checks import ADMISSION_CHECKS, AdmissionCheck, RunState
from newsgraph.ingest.skips import Skip
from newsgraph.records import Analysis, Article

if TYPE_CHECKING:
    from newsgraph.store import Store

log = logging.getLogger("newsgraph.ingest")

MAX_LOG_ROWS_PER_WRITE = 1000     # skipped items are logged at least this often, even without articles
MAX_REASONS_SHOWN = 100           # problem lines printed by summary_lines (all are in the ingest log)

# (article, Analysis or the exception its analysis raised), in input order
Analyse = Callable[[list[Article]], Iterable[tuple[Article, Union[Analysis, BaseException]]]]


@dataclass
class ItemResult:
    """What happened to one input item (one ingest-log row)."""

    origin: str
    status: str                  # stored | unchanged | duplicate | skipped | error
    article_id: str | None = None
    reason: str | None = None
    kind: str | None = None      # the Skip kind for skipped items (empty, language, too-short, ...)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class IngestReport:
    """Counts and reasons collected over one run."""

    stored: int = 0
    unchanged: int = 0
    duplicates: list[tuple[str, str]] = field(default_factory=list)   # (origin, reason)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)    # about kept inputs: guessed encoding, date ignored
    records: Counter = field(default_factory=Counter)  # new events, quotes, mentions, places, times, actors

    @property
    def problems(self) -> int:
        return len(self.duplicates) + len(self.skipped) + len(self.errors)

    def count(self, result: ItemResult) -> None:
        if result.status == "stored":
            self.stored += 1
        elif result.status == "unchanged":
            self.unchanged += 1
        else:
            bucket = {"duplicate": self.duplicates, "error": self.errors}.get(result.status, self.skipped)
            bucket.append((result.origin, result.reason or ""))

    def to_dict(self) -> dict:
        return {"stored": self.stored, "unchanged": self.unchanged, "duplicates": len(self.duplicates),
                "skipped": len(self.skipped), "failed": len(self.errors), "notes": list(self.notes),
                "records": {k: self.records.get(k, 0) for k in RECORD_KINDS}}

    def summary_lines(self, counts: dict[str, int] | None = None, db: str | None = None) -> list[str]:
        """The human summary `newsgraph ingest` prints (problem reasons capped at MAX_REASONS_SHOWN)."""
        out = [f"articles stored:   {self.stored}",
               f"unchanged:         {self.unchanged} (already in the database)",
               f"duplicates:        {len(self.duplicates)}",
               f"skipped:           {len(self.skipped)}"]
        if self.errors:
            out.append(f"failed:            {len(self.errors)}")
        shown = 0
        for label, items in (("duplicate", self.duplicates), ("skipped", self.skipped), ("failed", self.errors)):
            for origin, reason in items:
                if shown < MAX_REASONS_SHOWN:
                    out.append(f"  {label}: {origin}: {reason}")
                shown += 1
        if shown > MAX_REASONS_SHOWN:
            out.append(f"  ... {shown - MAX_REASONS_SHOWN} more (see the ingest_log table)")
        out += [f"  note: {n}" for n in self.notes[:MAX_REASONS_SHOWN]]
        if len(self.notes) > MAX_REASONS_SHOWN:
            out.append(f"  ... {len(self.notes) - MAX_REASONS_SHOWN} more notes")
        if not (self.stored or self.unchanged or self.problems):
            out.append("  nothing to ingest: no input files found")
        rec = self.records
        out.append(f"new records:       {rec['events']} events, {rec['quotes']} quotes, {rec['mentions']} mentions, "
                   f"{rec['places']} places, {rec['times']} times, {rec['actors_new']} new actors")
        if counts is not None:
            out.append(f"database totals:   {counts['articles']} articles, {counts['events']} events, "
                       f"{counts['quotes']} quotes, {counts['actors']} actors")
        if db is not None:
            from newsgraph.store import db_label

            out.append(f"database:          {db_label(db)}")
        return out


RECORD_KINDS = ("events", "quotes", "mentions", "places", "times", "actors_new")


class IngestService:
    """Checks, analyses and stores articles in batches; one per run (it remembers what it admitted).

    store       an open `newsgraph.store.Store` (its `write(analyses, replace=, log=)`, `has_article`,
                `find_content_hash`)
    batch_size  articles analysed (one `nlp.pipe` batch) and written per transaction
    reprocess   analyse stored articles again and replace their records
    analyse     (articles) -> (article, Analysis | exception) pairs; default: the default pipeline's
                `analyse_each` (a caller may analyse elsewhere, e.g. on workers)
    checks      admission checks, in order (default `checks.ADMISSION_CHECKS`; append a budget here)
    on_result   called with every ItemResult as it is decided (the API collects them; progress bars count)
    on_error    called with (article, exception) when an analysis fails (tracebacks in debug mode)
    """

    def __init__(self, store: "Store", *, batch_size: int = 32, reprocess: bool = False,
                 analyse: Analyse | None = None, checks: Sequence[AdmissionCheck] = ADMISSION_CHECKS,
                 on_result: Callable[[ItemResult], None] | None = None,
                 on_error: Callable[[Article, BaseException], None] | None = None):
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.store = store
        self.batch_size = batch_size
        self.reprocess = reprocess
        self._analyse = analyse
        self.checks = tuple(checks)
        self.on_result = on_result
        self.on_error = on_error
        self.state = RunState(store, reprocess=reprocess)
        self.report = IngestReport()

    # ------------------------------------------------------------------ public

    def run(self, items: Iterable[Union[Article, Skip]]) -> IngestReport:
        """Ingest every item; returns the report (also `self.report`, which accumulates over runs).
        Results reach `on_result` in input order, batch by batch."""
        slots: list[Union[Article, ItemResult]] = []   # this batch's items in input order, decided or to analyse
        n_articles = 0
        for item in items:
            if n_articles >= self.batch_size or len(slots) >= MAX_LOG_ROWS_PER_WRITE:
                self._flush(slots)
                slots, n_articles = [], 0
            if isinstance(item, Article):
                verdict = self.admit(item)
                if verdict is None:
                    slots.append(item)
                    n_articles += 1
                    continue
                slots.append(self._decide(verdict, item.id))
            else:
                slots.append(self._decide(item, None))
        self._flush(slots)
        return self.report

    def admit(self, article: Article) -> Skip | None:
        """Run the admission checks; None = the article is new and is taken into this run."""
        for check in self.checks:
            verdict = check(article, self.state)
            if verdict is not None:
                return verdict
        self.state.admit(article)
        return None

    # ------------------------------------------------------------------ internals

    def _decide(self, skip: Skip, article_id: str | None) -> ItemResult:
        status = skip.kind if skip.kind in ("unchanged", "duplicate") else "skipped"
        return ItemResult(skip.origin, status, article_id, skip.reason, skip.kind)

    def _analyses(self, batch: list[Article]) -> Iterator[tuple[Article, Union[Analysis, BaseException]]]:
        if self._analyse is not None:
            yield from self._analyse(batch)
            return
        from newsgraph.pipeline import default_pipeline

        yield from default_pipeline().analyse_each(batch, on_error=self.on_error)

    def _flush(self, slots: list[Union[Article, ItemResult]]) -> None:
        """Analyse a batch's articles (isolating per-article failures) and write them with the log rows
        of all its items in one transaction; a batch the store refuses is written article by article."""
        batch = [s for s in slots if isinstance(s, Article)]
        decided: dict[str, ItemResult] = {}
        analyses: list[Analysis] = []
        for article, outcome in (self._analyses(batch) if batch else ()):
            origin = article.origin or article.url or article.id
            if isinstance(outcome, BaseException):
                if self._analyse is not None and self.on_error is not None:
                    self.on_error(article, outcome)
                reason = f"analysis failed: {type(outcome).__name__}: {outcome}"
                decided[article.id] = ItemResult(origin, "error", article.id, reason, "error")
                continue
            analyses.append(outcome)
            decided[article.id] = ItemResult(origin, "stored", article.id)
        results = [decided[s.id] if isinstance(s, Article) else s for s in slots]
        if not results:
            return
        try:
            stats = [self.store.write(analyses, replace=self.reprocess, log=_log_rows(results))]
        except Exception:  # noqa: BLE001 - a record the store rejects: find it, keep the rest
            log.warning("batch write failed; writing its %d articles one by one", len(analyses))
            stats = self._write_one_by_one(analyses, results)
        for st in stats:
            self.report.records.update({k: getattr(st, k) for k in RECORD_KINDS})
        for r in results:
            self.report.count(r)
            if self.on_result is not None:
                self.on_result(r)

    def _write_one_by_one(self, analyses: list[Analysis], results: list[ItemResult]) -> list:
        """After a failed batch write (rolled back): each article alone; the ones refused become errors."""
        stats = []
        failed: dict[str, str] = {}
        for a in analyses:
            try:
                stats.append(self.store.write([a], replace=self.reprocess))
            except Exception as exc:  # noqa: BLE001
                failed[a.article.id] = f"could not be stored: {type(exc).__name__}: {exc}"
        for i, r in enumerate(results):
            if r.status == "stored" and r.article_id in failed:
                results[i] = ItemResult(r.origin, "error", r.article_id, failed[r.article_id], "error")
        self.store.write([], log=_log_rows(results))
        return stats


def _log_rows(results: list[ItemResult]) -> list:
    from newsgraph.store import LogEntry

    return [LogEntry(r.origin, r.article_id, r.status, r.reason) for r in results]
