"""The ingest service: articles (and the Skips of their inputs) in, stored analyses, an ingest log and a
summary out. `newsgraph ingest` and `POST /api/ingest` both go through `IngestService.run`, so both
check duplicates the same way, isolate failures per article, log every input item and report alike.

    service = IngestService(store, batch_size=32)
    report = service.run(iter_articles(paths))       # or an API request's articles
    report.summary_lines(counts=store.counts(), db=path)

What happens to each item (its `ItemResult.status`, also the ingest log's status):
  skipped         the input is not an article we can use (a `Skip` from the readers; reason given)
  unchanged       already stored (same id) -- this is how an interrupted ingest resumes without loss
  duplicate       the same text is stored (or admitted earlier in this run) under another url
  near-duplicate  a near-copy of a stored article (syndicated, re-headlined, trimmed, updated): stored with
                  `duplicate_of` set to the original's id and not analysed (`ingest/near_duplicates.py`)
  error           analysis failed, or the store refused the article's records (the rest go on)
  stored          analysed and written, with its log line, in the batch's transaction
The admission checks (unchanged, duplicate, and any budget a caller adds) are `checks.ADMISSION_CHECKS`;
the near-duplicate lookup runs on the articles they admit.

Where analysis runs is the `runner`'s business (`SerialRunner`: in this process, batch by batch;
`ingest.distributed.DaskRunner`: on Dask workers, several batches in flight). Admission, the
near-duplicate lookup and the writes stay here, in input order, so every runner stores the same rows.
"""
from __future__ import annotations

import contextlib
import logging
from collections import Counter, deque
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Protocol, Sequence, Union

from newsgraph.ingest.checks import ADMISSION_CHECKS, AdmissionCheck, RunState
from newsgraph.ingest.near_duplicates import Match, NearDuplicateIndex
from newsgraph.ingest.skips import Skip
from newsgraph.records import Analysis, Article

if TYPE_CHECKING:
    from newsgraph.store import Store

log = logging.getLogger("newsgraph.ingest")

MAX_LOG_ROWS_PER_WRITE = 1000     # skipped items are logged at least this often, even without articles
MAX_REASONS_SHOWN = 100           # problem lines printed by summary_lines (all are in the ingest log)

# (article, Analysis or the exception its analysis raised), in input order
Outcome = tuple[Article, Union[Analysis, BaseException]]
Analyse = Callable[[list[Article]], Iterable[Outcome]]


class Runner(Protocol):
    """Analyses batches of articles somewhere: one list of outcomes per batch, in the batches' order
    (an empty batch gives an empty list). It may read batches ahead of the ones it has returned."""

    def run(self, batches: Iterable[list[Article]]) -> Iterator[list[Outcome]]: ...


class SerialRunner:
    """Analyses each batch in this process when the service reaches it."""

    def __init__(self, analyse: Analyse):
        self.analyse = analyse

    def run(self, batches: Iterable[list[Article]]) -> Iterator[list[Outcome]]:
        for batch in batches:
            yield list(self.analyse(batch)) if batch else []


@dataclass
class NearCopy:
    """An admitted article found to be a near-copy of an earlier one: stored, not analysed."""

    article: Article
    match: Match


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
    near_duplicates: int = 0     # stored as copies of earlier articles, not analysed
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
        elif result.status == "near-duplicate":
            self.near_duplicates += 1
        elif result.status == "unchanged":
            self.unchanged += 1
        else:
            bucket = {"duplicate": self.duplicates, "error": self.errors}.get(result.status, self.skipped)
            bucket.append((result.origin, result.reason or ""))

    def to_dict(self) -> dict:
        return {"stored": self.stored, "unchanged": self.unchanged, "near_duplicates": self.near_duplicates,
                "duplicates": len(self.duplicates),
                "skipped": len(self.skipped), "failed": len(self.errors), "notes": list(self.notes),
                "records": {k: self.records.get(k, 0) for k in RECORD_KINDS}}

    def summary_lines(self, counts: dict[str, int] | None = None, db: str | None = None) -> list[str]:
        """The human summary `newsgraph ingest` prints (problem reasons capped at MAX_REASONS_SHOWN)."""
        out = [f"articles stored:   {self.stored}",
               f"unchanged:         {self.unchanged} (already in the database)",
               f"duplicates:        {len(self.duplicates)}",
               f"skipped:           {len(self.skipped)}"]
        if self.near_duplicates:
            out.insert(3, f"near-duplicates:   {self.near_duplicates} (stored as copies of earlier articles, not coded)")
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
        if not (self.stored or self.unchanged or self.near_duplicates or self.problems):
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


NEW_INDEX = object()     # IngestService(near_duplicates=...) default: a fresh index, filled from the store

RECORD_KINDS = ("events", "quotes", "mentions", "places", "times", "actors_new")


class IngestService:
    """Checks, analyses and stores articles in batches; one per run (it remembers what it admitted).

    store       an open `newsgraph.store.Store` (its `write(analyses, replace=, log=)`, `has_article`,
                `find_content_hash`, `iter_query`)
    batch_size  articles analysed (one `nlp.pipe` batch) and written per transaction
    reprocess   analyse stored articles again and replace their records
    analyse     (articles) -> (article, Analysis | exception) pairs; default: the default pipeline's
                `analyse_each` (a caller may analyse elsewhere)
    runner      where batches are analysed (default `SerialRunner(analyse)`; `DaskRunner` for workers)
    bulk        write every batch of a run inside `store.bulk_load()`: for a load into a fresh database
                (`newsgraph ingest` sets it when the store holds no article). PostgreSQL then builds its
                secondary indexes and summaries once at the end; an interrupted run leaves them to be
                rebuilt at the next open, and re-running the ingest stores the rest (the same rows).
                Not for a server: its readers would see undercounting summaries meanwhile.
    checks      admission checks, in order (default `checks.ADMISSION_CHECKS`; append a budget here)
    near_duplicates  the near-copy index (default: a new one, filled from the store when the first new
                article arrives); None turns the lookup off. A long-lived caller (the API) passes its own.
    on_result   called with every ItemResult as it is decided (the API collects them; progress bars count)
    on_error    called with (article, exception) when an analysis fails (tracebacks in debug mode)
    """

    def __init__(self, store: "Store", *, batch_size: int = 32, reprocess: bool = False,
                 analyse: Analyse | None = None, runner: Runner | None = None, bulk: bool = False,
                 checks: Sequence[AdmissionCheck] = ADMISSION_CHECKS,
                 near_duplicates: NearDuplicateIndex | None | object = NEW_INDEX,
                 on_result: Callable[[ItemResult], None] | None = None,
                 on_error: Callable[[Article, BaseException], None] | None = None):
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        if analyse is not None and runner is not None:
            raise ValueError("give analyse or runner, not both")
        self.store = store
        self.batch_size = batch_size
        self.reprocess = reprocess
        self._external = analyse is not None or runner is not None   # failures not reported by the pipeline
        self.runner: Runner = runner or SerialRunner(analyse or self._analyse_here)
        self.bulk = bulk
        self.checks = tuple(checks)
        self.near_duplicates = NearDuplicateIndex() if near_duplicates is NEW_INDEX else near_duplicates
        self._seeded = False
        self.on_result = on_result
        self.on_error = on_error
        self.state = RunState(store, reprocess=reprocess)
        self.report = IngestReport()

    # ------------------------------------------------------------------ public

    def run(self, items: Iterable[Union[Article, Skip]]) -> IngestReport:
        """Ingest every item; returns the report (also `self.report`, which accumulates over runs).
        Results reach `on_result` in input order, batch by batch."""
        pending: deque[list] = deque()     # the slots of batches handed to the runner, not yet written

        def article_batches() -> Iterator[list[Article]]:
            for slots in self._batches(items):
                pending.append(slots)
                yield [s for s in slots if isinstance(s, Article)]

        with self.store.bulk_load() if self.bulk else contextlib.nullcontext():
            for outcomes in self.runner.run(article_batches()):
                self._flush(pending.popleft(), outcomes)
        return self.report

    def admit(self, article: Article) -> Skip | None:
        """Run the admission checks; None = the article is new and is taken into this run."""
        for check in self.checks:
            verdict = check(article, self.state)
            if verdict is not None:
                return verdict
        self.state.admit(article)
        return None

    def near_copy_of(self, article: Article) -> Match | None:
        """The earlier article (stored, or admitted in this run) this one nearly copies; remembers it."""
        index = self.near_duplicates
        if index is None:
            return None
        if not self._seeded:
            seed_from_store(index, self.store)
            self._seeded = True
        return index.check_and_add(article.id, article.text)

    # ------------------------------------------------------------------ internals

    def _batches(self, items: Iterable[Union[Article, Skip]]) -> Iterator[list]:
        """Items decided (skips, duplicates, near-copies) or admitted for analysis, cut into batches."""
        slots: list[Union[Article, NearCopy, ItemResult]] = []
        n_articles = 0
        for item in items:
            if n_articles >= self.batch_size or len(slots) >= MAX_LOG_ROWS_PER_WRITE:
                yield slots
                slots, n_articles = [], 0
            if not isinstance(item, Article):
                slots.append(self._decide(item, None))
                continue
            verdict = self.admit(item)
            if verdict is not None:
                slots.append(self._decide(verdict, item.id))
                continue
            match = self.near_copy_of(item)
            if match is not None:
                item.duplicate_of = match.original
                slots.append(NearCopy(item, match))
                continue
            slots.append(item)
            n_articles += 1
        if slots:
            yield slots

    def _decide(self, skip: Skip, article_id: str | None) -> ItemResult:
        status = skip.kind if skip.kind in ("unchanged", "duplicate") else "skipped"
        return ItemResult(skip.origin, status, article_id, skip.reason, skip.kind)

    def _analyse_here(self, batch: list[Article]) -> Iterator[Outcome]:
        from newsgraph.pipeline import default_pipeline

        yield from default_pipeline().analyse_each(batch, on_error=self.on_error)

    def _flush(self, slots: list, outcomes: list[Outcome]) -> None:
        """Write a batch's analyses and near-copies with the log rows of all its items in one transaction;
        a batch the store refuses is written article by article."""
        decided: dict[str, ItemResult] = {}
        analyses: list[Analysis] = []
        for article, outcome in outcomes:
            origin = _origin(article)
            if isinstance(outcome, BaseException):
                if self._external and self.on_error is not None:
                    self.on_error(article, outcome)
                reason = f"analysis failed: {type(outcome).__name__}: {outcome}"
                decided[article.id] = ItemResult(origin, "error", article.id, reason, "error")
                continue
            analyses.append(outcome)
            decided[article.id] = ItemResult(origin, "stored", article.id)
        results = []
        for s in slots:
            if isinstance(s, Article):
                results.append(decided[s.id])
            elif isinstance(s, NearCopy):
                analyses.append(Analysis(article=s.article))     # the article row alone: not coded again
                results.append(ItemResult(_origin(s.article), "near-duplicate", s.article.id, s.match.reason(),
                                          "near-duplicate"))
            else:
                results.append(s)
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
            if r.status in ("stored", "near-duplicate") and r.article_id in failed:
                results[i] = ItemResult(r.origin, "error", r.article_id, failed[r.article_id], "error")
        self.store.write([], log=_log_rows(results))
        return stats


def seed_from_store(index: NearDuplicateIndex, store: "Store", chunk: int = 2000) -> int:
    """Add the stored articles the index has not seen yet (all of them on first use); returns how many.
    Reads every id, then the texts of the new ones only, so a long-lived index (the API's) stays cheap."""
    ids = [r["id"] for r in store.iter_query("SELECT id FROM articles ORDER BY id")]
    new = [i for i in ids if not index.seen(i)]
    added = 0
    for k in range(0, len(new), chunk):
        # the dialect's list test: PostgreSQL cannot type a bare `unnest(?)` (ingest into a PostgreSQL
        # database that held articles failed here as soon as a new article came)
        rows = store.iter_query(f"SELECT id, text, duplicate_of FROM articles WHERE {store.dialect.in_list('id')} "
                                "ORDER BY id", [new[k:k + chunk]])
        added += index.seed((r["id"], r["text"], r["duplicate_of"]) for r in rows)
    return added


def _origin(article: Article) -> str:
    return article.origin or article.url or article.id


def _log_rows(results: list[ItemResult]) -> list:
    from newsgraph.store import LogEntry

    return [LogEntry(r.origin, r.article_id, r.status, r.reason) for r in results]
