"""`newsgraph ingest` into a fresh database loads through `Store.bulk_load` (PostgreSQL: secondary indexes
and summaries built once at the end): it stores exactly what a plain ingest stores, a database that
already holds articles is loaded the plain way, and an ingest that is interrupted -- by an exception, or
by the process dying -- leaves a database the next open repairs and a re-run completes."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.ingest import iter_articles
from newsgraph.ingest.service import IngestService
from newsgraph.store import open_store
from newsgraph.store.postgres_rebuild import secondary_indexes
from newsgraph.store.store import DATA_TABLES, Store

from test_backends import table_rows
from test_postgres_bulk import assert_summaries_match_the_events, index_names

CORPUS = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "corpus"
BATCH = 2


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Eight sample articles: four batches of two."""
    root = tmp_path_factory.mktemp("bulkcorpus")
    for p in sorted(CORPUS.glob("*.txt"))[:8]:
        shutil.copy(p, root / p.name)
    return root


@pytest.fixture(scope="module")
def plain_db(postgres, corpus) -> str:
    """The reference: the corpus ingested batch by batch without the bulk path."""
    url = postgres.create_database("plain")
    with open_store(url) as store:
        IngestService(store, batch_size=BATCH, bulk=False).run(iter_articles([str(corpus)]))
    return url


def ingest(db: str, corpus: Path) -> str:
    res = CliRunner().invoke(main, ["ingest", str(corpus), "--db", db, "--batch-size", str(BATCH), "--no-progress"])
    if res.exception and not isinstance(res.exception, SystemExit):
        raise res.exception
    assert res.exit_code == 0, res.output
    return res.output


def assert_same_data(db: str, reference: str) -> None:
    with open_store(db) as a, open_store(reference) as b:
        for table in DATA_TABLES:
            assert table_rows(a, table) == table_rows(b, table), table
        index = "SELECT event_id, terms, evidence FROM evidence_index ORDER BY event_id"
        assert [(r["event_id"], sorted(r["terms"]), r["evidence"]) for r in a.query(index)] == \
            [(r["event_id"], sorted(r["terms"]), r["evidence"]) for r in b.query(index)]
        assert set(secondary_indexes()) <= index_names(a)
        assert_summaries_match_the_events(a)
        assert not a.query("SELECT key FROM schema_info WHERE key LIKE 'summaries_pending:%'")


def test_ingest_into_a_fresh_database_takes_the_bulk_path_and_stores_the_same_rows(postgres, corpus, plain_db,
                                                                                  monkeypatch):
    entered = []
    real = Store.bulk_load

    def spy(self):
        entered.append(self.path)
        return real(self)
    monkeypatch.setattr(Store, "bulk_load", spy)
    url = postgres.create_database("bulk")
    out = ingest(url, corpus)
    assert "articles stored:   8" in out and len(entered) == 1
    assert_same_data(url, plain_db)
    with open_store(url) as a, open_store(plain_db) as b:
        assert table_rows(a, "ingest_log") == table_rows(b, "ingest_log")
    ingest(url, corpus)                          # the database holds articles now: the plain path
    assert len(entered) == 1


def test_duckdb_ingest_goes_through_the_same_call(tmp_path, corpus, monkeypatch):
    entered = []
    real = Store.bulk_load
    monkeypatch.setattr(Store, "bulk_load", lambda self: entered.append(1) or real(self))
    ingest(str(tmp_path / "a.duckdb"), corpus)
    assert entered == [1]


class Stop(Exception):
    """Raised from the progress callback: the run is interrupted (as Ctrl-C interrupts the CLI)."""


def test_an_ingest_interrupted_by_an_exception_ends_its_bulk_load_and_a_rerun_completes(postgres, corpus,
                                                                                         plain_db):
    url = postgres.create_database("stopped")
    seen = []

    def stop_after_four(result):
        seen.append(result)
        if len(seen) == 4:
            raise Stop

    with open_store(url) as store:
        with pytest.raises(Stop):
            IngestService(store, batch_size=BATCH, bulk=True, on_result=stop_after_four).run(
                iter_articles([str(corpus)]))
        assert store.counts()["articles"] == 4
        assert set(secondary_indexes()) <= index_names(store)       # built when the load was left
        assert_summaries_match_the_events(store)
    ingest(url, corpus)
    assert_same_data(url, plain_db)


DIE_AT_THIRD_WRITE = """
import os, sys
from newsgraph.store.store import Store
from newsgraph.cli import main
real, writes = Store.write, []
def write(self, *a, **k):
    writes.append(1)
    if len(writes) == 3:
        os._exit(9)                      # the process dies: no cleanup, its connections just drop
    return real(self, *a, **k)
Store.write = write
main(["ingest", sys.argv[1], "--db", sys.argv[2], "--batch-size", "2", "--no-progress"])
"""


def wait_for_other_sessions_to_leave(url: str, timeout: float = 60.0) -> None:
    """A killed process's sessions end when the server reads the dropped socket, a moment after the process
    is gone. Until then its advisory locks are held and the loader counts as alive (recovery rightly leaves a
    live loader alone), so the test waits for the server to see them go, as a later open in practice would."""
    import time

    import psycopg

    deadline = time.monotonic() + timeout
    with psycopg.connect(url, autocommit=True) as con:
        while con.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                          "AND pid <> pg_backend_pid()").fetchone()[0]:
            assert time.monotonic() < deadline, "the dead loader's sessions are still open"
            time.sleep(0.1)


def test_an_ingest_whose_process_dies_is_repaired_at_the_next_open_and_a_rerun_completes(postgres, corpus,
                                                                                          plain_db):
    url = postgres.create_database("died")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    res = subprocess.run([sys.executable, "-c", DIE_AT_THIRD_WRITE, str(corpus), url], env=env,
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 9, res.stderr[-2000:]
    wait_for_other_sessions_to_leave(url)
    with open_store(url) as store:                   # the open recovers what the dead loader left
        assert store.counts()["articles"] == 4
        assert set(secondary_indexes()) <= index_names(store)
        assert_summaries_match_the_events(store)
        assert not store.query("SELECT key FROM schema_info WHERE key LIKE 'summaries_pending:%'")
    ingest(url, corpus)
    assert_same_data(url, plain_db)
