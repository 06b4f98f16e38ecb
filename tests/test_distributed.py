"""Distributed ingest (newsgraph.ingest.distributed): the same corpus ingested in one process and on Dask
workers gives identical rows, table by table; a worker killed mid-run has its partition analysed again
and nothing is stored twice; scheduler problems are one-line errors.

The corpus is the bundled sample (28 articles) plus two near-copies of its stories (written here), in
batches of 3, so the workers get several partitions and the near-duplicate links are compared too.
Each leg of the comparison is one entry of LEGS: the options given to `newsgraph ingest` and the
database to write; a leg for another backend is one more entry. Tables are compared through plain
SELECTs ordered by their key, without the columns that say when a row was written
(`bench.scale.table_rows`).
"""
from __future__ import annotations

import os
import shutil
import signal
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.bench.scale import table_rows
from newsgraph.cli import main
from newsgraph.store import open_store
from newsgraph.store.store import ALL_TABLES

CORPUS = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "corpus"
BATCH = "3"

# Our own near-copies of two sample stories: another outlet, a trimmed ending, a credit line, an edit.
COPIES = {
    "29-copy-of-07.txt": ("07-biden-signs-ukraine-aid.txt", "The Lakeside Courier", 0.7,
                    ("signed into law", "signed"), "Distributed by the Lakeside Courier news service."),
    "30-copy-of-16.txt": ("16-putin-arrives-pyongyang.txt", "Quayside Daily", 0.8,
                    ("Wednesday", "Wednesday morning"), "Quayside Daily republished this report."),
}


def write_corpus(root: Path) -> Path:
    shutil.copytree(CORPUS, root)
    for name, (original, outlet, keep, (old, new), credit) in COPIES.items():
        head, body = (root / original).read_text(encoding="utf-8").split("---\n", 2)[1:]
        head = "".join(f"source: {outlet}\n" if ln.startswith("source:") else
                       f"url: https://copies.example/{name}\n" if ln.startswith("url:") else ln + "\n"
                       for ln in head.splitlines())
        paras = [p for p in body.split("\n\n") if p.strip()]
        paras = paras[:max(2, round(len(paras) * keep))]
        text = "\n\n".join(paras).replace(old, new, 1) + "\n\n" + credit + "\n"
        (root / name).write_text(f"---\n{head}---\n{text}", encoding="utf-8")
    return root


def ingest(db: str, corpus: Path, *options: str) -> str:
    res = CliRunner().invoke(main, ["ingest", str(corpus), "--db", db, "--batch-size", BATCH, "--no-progress",
                                    *options])
    if res.exception and not isinstance(res.exception, SystemExit):
        raise res.exception
    assert res.exit_code == 0, res.output
    return res.output


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("scale") / "corpus")


@pytest.fixture(scope="module")
def serial_db(corpus, tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("serial") / "serial.duckdb")
    out = ingest(db, corpus)
    assert "near-duplicates:   2" in out and "articles stored:   28" in out
    return db


@pytest.fixture(scope="module")
def cluster():
    """A local Dask cluster of two worker processes (each with its nanny), shared by this module."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0",
                      silence_logs=40) as lc, Client(lc) as client:
        yield client


def duckdb_file(tmp_path: Path, leg: str) -> str:
    return str(tmp_path / f"{leg}.duckdb")


# leg -> (options of `newsgraph ingest`, the database it writes). "{scheduler}" is the module cluster.
LEGS = {
    "dask-local-workers": (["--workers", "2"], duckdb_file),
    "dask-scheduler": (["--scheduler", "{scheduler}"], duckdb_file),
}


@pytest.mark.parametrize("leg", list(LEGS))
def test_serial_and_dask_runs_store_identical_rows(leg, corpus, serial_db, cluster, tmp_path):
    options, target = LEGS[leg]
    options = [o.format(scheduler=cluster.scheduler.address) for o in options]
    db = target(tmp_path, leg)
    out = ingest(db, corpus, *options)
    assert "near-duplicates:   2" in out
    for table in ALL_TABLES:
        serial, other = table_rows(serial_db, table), table_rows(db, table)
        assert len(serial) == len(other), table
        assert serial == other, f"{leg}: table {table} differs from the serial run"
    copies = [r for r in table_rows(db, "articles") if r["duplicate_of"]]
    assert sorted(r["source"] for r in copies) == ["Quayside Daily", "The Lakeside Courier"]


def test_a_worker_killed_mid_run_has_its_partition_retried(corpus, serial_db, cluster, tmp_path):
    from newsgraph.ingest import iter_articles
    from newsgraph.ingest.distributed import dask_runner
    from newsgraph.ingest.service import IngestService

    pids = cluster.run(os.getpid)
    killed: dict = {}

    def kill_a_busy_worker(result) -> None:
        """After the first batch is written, kill a worker that holds partitions."""
        if killed:
            return
        for addr, keys in cluster.processing().items():
            if keys and addr in pids:
                killed.update(addr=addr, pid=pids[addr], keys=list(keys))
                os.kill(pids[addr], signal.SIGKILL)
                return

    db = str(tmp_path / "killed.duckdb")
    with open_store(db) as store, dask_runner(scheduler=cluster.scheduler.address) as runner:
        report = IngestService(store, batch_size=int(BATCH), runner=runner,
                               on_result=kill_a_busy_worker).run(iter_articles([str(corpus)]))
    assert killed["keys"], "no worker held a partition when the first batch was written"
    assert report.errors == [] and report.stored == 28 and report.near_duplicates == 2
    for table in ALL_TABLES:
        assert table_rows(serial_db, table) == table_rows(db, table), table
    deadline = time.time() + 60
    while len(cluster.scheduler_info()["workers"]) < 2 and time.time() < deadline:
        time.sleep(0.5)
    assert killed["pid"] not in cluster.run(os.getpid).values()     # it really died (and was replaced)


def test_scheduler_option_errors(tmp_path, monkeypatch):
    db = str(tmp_path / "x.duckdb")
    run = CliRunner().invoke
    res = run(main, ["ingest", str(CORPUS), "--db", db, "--scheduler", "localhost"])
    assert res.exit_code == 2 and "tcp://HOST:PORT" in res.output
    res = run(main, ["ingest", str(CORPUS), "--db", db, "--scheduler", "tcp://127.0.0.1:8786", "--workers", "2"])
    assert res.exit_code == 2 and "not both" in res.output
    monkeypatch.setenv("NEWSGRAPH_SCHEDULER_TIMEOUT", "2")
    res = run(main, ["ingest", str(CORPUS), "--db", db, "--scheduler", "tcp://127.0.0.1:9"])
    assert res.exit_code == 1 and res.output.startswith("Error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert len(res.output.strip().splitlines()) == 1
    with open_store(db) as store:
        assert store.counts()["articles"] == 0


def test_a_partition_whose_workers_keep_dying_fails_its_articles_and_the_run_goes_on(tmp_path):
    """After Dask gives a partition up (KilledWorker), its articles are errors with the reason; the
    other partitions are stored."""
    from types import SimpleNamespace

    from distributed.scheduler import KilledWorker

    from newsgraph.ingest import make_article
    from newsgraph.ingest.distributed import DaskRunner
    from newsgraph.ingest.service import IngestService
    from newsgraph.records import Analysis

    class Done:
        def __init__(self, value=None, error=None):
            self.value, self.error = value, error

        def result(self):
            if self.error:
                raise self.error
            return self.value

        def release(self):
            pass

    class StubClient:
        """Stands in for a cluster: the partition holding the poison article is given up."""

        def nthreads(self):
            return {"w1": 1, "w2": 1}

        def submit(self, func, batch, **kw):
            if any("poison" in a.text for a in batch):
                return Done(error=KilledWorker("newsgraph-analyse-x", SimpleNamespace(address="tcp://127.0.0.1:1"), 3))
            return Done([(a, Analysis(article=a)) for a in batch])

    texts = [f"Story number {i} says the {w} council met on Monday to discuss the harbour budget for next year."
             for i, w in enumerate(["town", "city", "poison", "county", "village"])]
    arts = [make_article(t, url=f"https://x.example/{i}") for i, t in enumerate(texts)]
    runner = DaskRunner(StubClient())
    with open_store(tmp_path / "k.duckdb") as store:
        report = IngestService(store, batch_size=2, runner=runner, near_duplicates=None).run(arts)
        assert store.counts()["articles"] == 3
    assert report.stored == 3 and len(report.errors) == 2 and runner.lost == 1
    assert [reason for _, reason in report.errors] == [
        "analysis failed: WorkerLost: the Dask workers analysing its partition died 3 times (last: "
        "tcp://127.0.0.1:1)"] * 2


def test_a_partition_leaves_no_parsed_docs_behind():
    """A parsed Doc sits in reference cycles; the worker frees the partition's Docs when it is done
    (what keeps a worker's memory near its live data over a long run)."""
    import gc

    from spacy.tokens import Doc

    from newsgraph.ingest import make_article
    from newsgraph.ingest.distributed import analyse_partition

    texts = ["The harbour board of Tromso approved a new ferry timetable on Tuesday, its chairman said.",
             "Farmers in the valley asked the regional council for help after the spring floods."]
    arts = [make_article(t, url=f"https://p.example/{i}") for i, t in enumerate(texts)]
    analyse_partition(arts)          # loads the pipeline
    gc.collect()
    before = sum(isinstance(o, Doc) for o in gc.get_objects())
    gc.disable()                     # the automatic collector may or may not run in between: not counted on
    try:
        out = analyse_partition(arts)
        left = sum(isinstance(o, Doc) for o in gc.get_objects()) - before
    finally:
        gc.enable()
    assert [a.id for a, _ in out] == [a.id for a in arts]
    assert left == 0
