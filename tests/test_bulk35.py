"""Session 33 (issue 14, branch bulk35): what a bulk load's write promises, on both backends.

This session measured committing several of a bulk load's writes in one DuckDB transaction (so each table
gets a full row group per transaction and DuckDB writes it straight to the file instead of its log): it
did not pay at 1 M events and is not in the code (EVALUATION, "Session 33 (issue 14, branch bulk35)").
Such a change would also have to keep what these tests pin down: a write inside `Store.bulk_load()` is
committed when it returns (its articles and its ingest-log rows are seen by another connection, so a
killed loader resumes after the last write that returned), and a write that fails takes only itself
back: the writes before it stay, the load goes on, and the result is what a load without the bad
write stores."""
from __future__ import annotations

import copy
import dataclasses

import pytest

from newsgraph.store import LogEntry, open_store

from test_backends import assert_same_tables
from test_bulk31 import _bench_corpus


def _committed(store, sql: str) -> list[tuple]:
    """Rows as another connection sees them (only what was committed)."""
    if store.backend.dialect.is_postgres:
        import psycopg

        with psycopg.connect(store.backend.url) as con:
            return con.execute(sql).fetchall()
    return store.backend.fetch(sql)[1]      # a cursor of its own: a transaction of its own


def _counted(store) -> tuple[int, int, int]:
    return tuple(_committed(store, f"SELECT count(*) FROM {t}")[0][0] for t in ("articles", "events", "ingest_log"))


def test_each_write_of_a_bulk_load_is_committed_when_it_returns(db_target):
    corpus, _ = _bench_corpus(n_articles=30, seed=35)
    with open_store(db_target) as store:
        with store.bulk_load():
            for k in range(0, 30, 10):
                part = corpus[k:k + 10]
                log = [LogEntry(f"file{i}.txt", a.article.id, "stored") for i, a in enumerate(part, start=k)]
                store.write(part, log=log)
                assert _counted(store) == (k + 10, (k + 10) * 10, k + 10)
        assert _counted(store) == (30, 300, 30)


def test_a_failed_write_in_a_bulk_load_takes_back_only_itself(db_target, tmp_path):
    corpus, _ = _bench_corpus(n_articles=30, seed=36)
    bad = copy.deepcopy(corpus[10:20])
    bad[3].mentions[0] = dataclasses.replace(bad[3].mentions[0], article_id=None)   # refused by the database
    with open_store(db_target) as store, open_store(str(tmp_path / "plain.duckdb")) as plain:
        with store.bulk_load():
            store.write(corpus[:10])
            with pytest.raises(Exception):
                store.write(bad)
            assert _counted(store) == (10, 100, 0)          # the write before it stays, nothing of the bad one
            store.write(corpus[20:])
            store.write(corpus[10:20])                       # the same articles, good this time
        for a in corpus:
            plain.write([a])
        assert store.counts() == plain.counts() and store.counts()["events"] == 300
        assert_same_tables(store, plain)
        for kw in ({"search": "drone"}, {"root": "19"}, {}):
            assert store.events(limit=40, **kw).rows == plain.events(limit=40, **kw).rows, kw
        assert store.timeline(interval="month").rows == plain.timeline(interval="month").rows
        assert store.network().rows == plain.network().rows
