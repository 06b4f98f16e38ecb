"""Session 35 (issue 14, branch bulk38): DuckDB's threads during a bulk load's batches.

A bulk load into an empty DuckDB database runs its batches with one DuckDB thread fewer than the machine
has cores (`duckdb_backend._loading_threads`: the loading thread's Python keeps a core busy beside them),
and gives the end of the load and the close every core back. What this promises: the setting holds on
every writable connection the load opens (the store closes an idle connection and opens it again between
writes), it is reset before the load's end (summaries, keys) and after it, a load into a database that
already holds events leaves it alone, and the rows stored are those of article-by-article writes. (The
evidence index without stopwords was tried too and reverted: EVALUATION, "Session 35".)"""
from __future__ import annotations

from newsgraph.store import duckdb_backend, duckdb_bulk, open_store

from test_backends import assert_same_tables
from test_bulk31 import _bench_corpus


def _threads(store) -> int:
    return int(store.backend.fetch("SELECT current_setting('threads')")[1][0][0])


def test_loading_threads_leave_a_core_to_python(monkeypatch):
    monkeypatch.setattr("os.cpu_count", lambda: 8)
    assert duckdb_backend._loading_threads() == 7
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    assert duckdb_backend._loading_threads() == 1
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    assert duckdb_backend._loading_threads() == 1
    monkeypatch.setattr("os.cpu_count", lambda: None)
    assert duckdb_backend._loading_threads() == 1


def test_the_batches_run_with_the_loading_threads_and_the_end_with_all(tmp_path, monkeypatch):
    corpus, _ = _bench_corpus(n_articles=30, seed=38)
    with open_store(str(tmp_path / "t.duckdb")) as store:
        default = _threads(store)
        loading = default + 1                       # any other value shows whether it is set
        monkeypatch.setattr(duckdb_backend, "_loading_threads", lambda: loading)
        seen_at_end = []
        finish = duckdb_bulk.finish

        def spy(db, keys, sort_terms=False):
            seen_at_end.append(int(db.execute("SELECT current_setting('threads')")[0][0]))
            return finish(db, keys, sort_terms)

        monkeypatch.setattr(duckdb_bulk, "finish", spy)
        store.backend.idle_seconds = 0              # every write on a connection opened again
        with store.bulk_load():
            for k in range(0, 30, 10):
                store.write(corpus[k:k + 10])
                assert _threads(store) == loading
        assert seen_at_end == [default]
        assert _threads(store) == default


def test_a_load_into_a_database_with_events_leaves_the_threads_alone(tmp_path, monkeypatch):
    corpus, _ = _bench_corpus(n_articles=20, seed=39)
    with open_store(str(tmp_path / "t.duckdb")) as store:
        store.write(corpus[:10])
        default = _threads(store)
        monkeypatch.setattr(duckdb_backend, "_loading_threads", lambda: default + 1)
        with store.bulk_load():
            store.write(corpus[10:])
            assert _threads(store) == default


def test_a_bulk_load_with_fewer_threads_stores_what_plain_writes_store(tmp_path):
    corpus, _ = _bench_corpus(n_articles=60, seed=40)
    with open_store(str(tmp_path / "bulk.duckdb")) as bulk, open_store(str(tmp_path / "plain.duckdb")) as plain:
        with bulk.bulk_load():
            for k in range(0, 60, 20):
                bulk.write(corpus[k:k + 20])
        for a in corpus:
            plain.write([a])
        assert_same_tables(bulk, plain)
        for q in ("pipeline", "prisoner exchange", "drone"):
            assert bulk.events(search=q).total == plain.events(search=q).total
