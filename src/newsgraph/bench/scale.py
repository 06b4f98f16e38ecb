"""`newsgraph bench scale`: the same corpus ingested in one process and on a local Dask cluster.

The corpus (at least 2,000 articles by default) is made at run time in a temporary directory and
deleted afterwards: the real English news pages under ../shared/eval/extraction, as ingest extracts
them (`eval.real_pages`), plus generated variants -- each variant five paragraphs of five different real
articles, so every variant is a new text, neither a copy nor a near-copy of another (the near-duplicate
lookup would store it uncoded). It is written as one JSON Lines file, so reading it costs little and
what is measured is what Dask distributes: analysis.

Each leg is a `newsgraph ingest` process of its own, into a fresh DuckDB file, timed from start to exit
(model loading and cluster start-up included). The report gives both times, their ratio, the peak
memory of the serial process and of each Dask worker, the machine's load before each leg (other people's
jobs on a shared machine lower the ratio), the CPU time of each leg (what Dask adds in work, whatever
the load; the Dask leg's split between the workers and the client process, which reads, writes and hosts
the scheduler) and whether the two databases hold identical rows.
"""
from __future__ import annotations

import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from newsgraph.datafile import read_jsonl
from newsgraph.store.store import ALL_TABLES

PARAGRAPHS_PER_VARIANT = 5
MIN_PARAGRAPH_WORDS = 15
VARIANT_URL = "https://variants.example/"
# Columns that say when a row was written, not what it holds; ingest_log is keyed by `key`.
WHEN_WRITTEN = frozenset({"ingested_at", "logged_at"})
ORDER_BY = {"ingest_log": "key"}
_WORKERS_LINE = re.compile(r"^dask workers:\s+(\d+) \(peak memory per worker: ([\d., ]+) MB; "
                           r"CPU per worker: ([\d., ]+) s")


@dataclass
class Leg:
    name: str
    seconds: float
    load_before: float               # 1-minute load average when the leg started
    cpu_seconds: float               # user + system time of the leg's processes (workers included)
    peak_rss_mb: list[float]         # the serial process, or each Dask worker
    worker_cpu_seconds: list[float] = field(default_factory=list)   # each Dask worker's (model loading included)
    summary: list[str] = field(default_factory=list)


@dataclass
class ScaleResult:
    articles: int                    # records in the corpus
    real_pages: int
    cores: int
    serial: Leg
    dask: Leg
    workers: int
    identical: bool
    differing_tables: list[str]

    @property
    def ratio(self) -> float:
        return self.serial.seconds / self.dask.seconds if self.dask.seconds else 0.0

    def to_dict(self) -> dict:
        d = asdict(self)
        d["ratio"] = round(self.ratio, 3)
        return d


def table_rows(db: str, table: str) -> list[dict]:
    """Every row of a table through a plain SELECT ordered by its key, without the write times."""
    from newsgraph.store import open_store

    with open_store(db) as store:
        rows = store.query(f"SELECT * FROM {table} ORDER BY {ORDER_BY.get(table, 'id')}")
    return [{k: v for k, v in r.items() if k not in WHEN_WRITTEN} for r in rows]


def differing_tables(db_a: str, db_b: str) -> list[str]:
    """The tables whose rows differ between two databases (empty: identical rows)."""
    return [t for t in ALL_TABLES if table_rows(db_a, t) != table_rows(db_b, t)]


def scale_corpus(data_dir: Path, n_articles: int = 2000, pages: int | None = None,
                 seed: int = 14) -> tuple[list[dict], int]:
    """JSON records of the real pages' articles plus variants up to `n_articles`; (records, real pages)."""
    from newsgraph.eval.real_pages import real_pages

    arts = [p.article for p in real_pages(data_dir, "all", pages)]
    if not arts:
        raise FileNotFoundError(f"no English news pages found under {data_dir}/extraction")
    records = [_record(a.text, a.title, a.url, a.source, a.published) for a in arts]
    pool = [(i, p) for i, a in enumerate(arts) for p in a.text.split("\n") if len(p.split()) >= MIN_PARAGRAPH_WORDS]
    rng = random.Random(seed)
    k = 0
    while len(records) < n_articles:
        picked: dict[int, str] = {}
        while len(picked) < min(PARAGRAPHS_PER_VARIANT, len(arts)):
            i, para = rng.choice(pool)
            picked.setdefault(i, para)
        first = arts[next(iter(picked))]
        records.append(_record("\n\n".join(picked.values()), f"{first.title or 'Story'} (variant {k})",
                               f"{VARIANT_URL}{k}", first.source, first.published))
        k += 1
    return records, len(arts)


def _record(text, title, url, source, published) -> dict:
    return {"text": text, "title": title, "url": url, "source": source,
            "published": published.isoformat() if published else None}


def run_leg(name: str, corpus: Path, db: Path, options: list[str], batch_size: int) -> Leg:
    """One `newsgraph ingest` process over the corpus; its wall time, load and memory."""
    cmd = [sys.executable, "-c", "from newsgraph.cli import main; main()", "ingest", str(corpus), "--db", str(db), "--no-progress",
           "--batch-size", str(batch_size), *options]
    load = os.getloadavg()[0]
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    cpu = _children_cpu() - cpu0
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{name} ingest failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    lines = proc.stdout.splitlines()
    rss, worker_cpu = worker_figures(lines) or ([resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0], [])
    return Leg(name, seconds, load, cpu, rss, worker_cpu, lines)


def worker_figures(lines: list[str]) -> tuple[list[float], list[float]] | None:
    """(peak RSS MB, CPU s) of each Dask worker from `newsgraph ingest --workers`' output; None without."""
    for line in lines:
        m = _WORKERS_LINE.match(line)
        if m:
            return tuple([float(x) for x in m.group(k).replace(",", "").split()] for k in (2, 3))
    return None


def _children_cpu() -> float:
    """CPU seconds of the finished child processes (and theirs, e.g. the Dask workers) so far."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_scale_bench(data_dir: Path, n_articles: int = 2000, workers: int = 2, pages: int | None = None,
                    batch_size: int = 32, keep: Path | None = None, corpus: Path | None = None) -> ScaleResult:
    """Build the corpus (or take `corpus`, one kept by an earlier run), ingest it serially then with
    `workers` Dask workers, compare the databases."""
    if corpus is not None:
        records = [record for _, record in read_jsonl(corpus)]
        n_pages = sum(not (r.get("url") or "").startswith(VARIANT_URL) for r in records)
    else:
        records, n_pages = scale_corpus(data_dir, n_articles, pages)
    with tempfile.TemporaryDirectory(prefix="newsgraph-scale-") as tmp:
        work = Path(keep or tmp)
        work.mkdir(parents=True, exist_ok=True)
        corpus = work / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        serial = run_leg("serial", corpus, work / "serial.duckdb", [], batch_size)
        dask = run_leg(f"dask, {workers} workers", corpus, work / "dask.duckdb", ["--workers", str(workers)],
                       batch_size)
        differ = differing_tables(str(work / "serial.duckdb"), str(work / "dask.duckdb"))
    return ScaleResult(articles=len(records), real_pages=n_pages, cores=os.cpu_count() or 1, serial=serial,
                       dask=dask, workers=workers, identical=not differ, differing_tables=differ)
