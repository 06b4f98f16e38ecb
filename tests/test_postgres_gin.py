"""The full-text GIN index during a PostgreSQL bulk load (store/postgres_gin.py): kept, its pending list
merged by a cleaner on a connection of its own while the load runs, empty at the end (the default,
PostgresBackend.gin_beside_load); a cleaner that cannot work leaves the load's result as it was; with the
option off, built at the end like the other secondary indexes."""
from __future__ import annotations

import time

import pytest

from newsgraph.store import open_store
from newsgraph.store import postgres_gin as gin

from test_backends import assert_same_tables
from test_postgres_bulk import extra_articles, load
from test_store import corpus


def pending_pages(store) -> int:
    """Pages in the GIN index's pending list (pageinspect, read without merging anything)."""
    return store.query("SELECT n_pending_pages AS n FROM gin_metapage_info(get_raw_page(?, 0))", [gin.INDEX])[0]["n"]


@pytest.fixture
def inspectable(pg_url):
    with open_store(pg_url) as s:
        try:
            s.backend._connect().execute("CREATE EXTENSION IF NOT EXISTS pageinspect")
        except Exception as exc:  # noqa: BLE001 - a server without contrib, or a role that may not
            pytest.skip(f"pageinspect unavailable: {exc}")
    return pg_url


@pytest.fixture
def beside(monkeypatch):
    """The GIN index kept and filled beside the load (PostgresBackend.gin_beside_load, the default)."""
    from newsgraph.store.postgres_backend import PostgresBackend

    monkeypatch.setattr(PostgresBackend, "gin_beside_load", True)


def test_the_cleaner_merges_the_pending_list_while_the_load_runs(inspectable, beside):
    with open_store(inspectable) as s:
        with s.bulk_load():
            s.write(corpus())
            waited = time.monotonic()
            while pending_pages(s) and time.monotonic() - waited < 20:   # the loader writes nothing more
                time.sleep(0.05)
            assert pending_pages(s) == 0
            assert s.events(search="Pyongyang").total == 2
            s.write(extra_articles())
        assert pending_pages(s) == 0                  # what the last batch left: merged at the end
        assert s.events(search="prisoner exchange").total >= 1


def test_a_load_whose_cleaner_cannot_connect_stores_the_same_rows(postgres, monkeypatch, caplog, beside):
    monkeypatch.setattr(gin.PendingListCleaner, "_run", lambda self: setattr(self, "error", OSError("test")))
    with open_store(postgres.create_database("nocleaner")) as s, open_store(postgres.create_database("ref")) as ref:
        with caplog.at_level("WARNING", logger="newsgraph.store"):
            load(s, [corpus(), extra_articles()])
        assert "pending-list cleaner stopped (test)" in caplog.text     # said, not silent
        load(ref, [corpus(), extra_articles()], bulk=False)
        assert_same_tables(s, ref)
        assert s.events(search="Pyongyang").total == ref.events(search="Pyongyang").total == 2


@pytest.mark.parametrize("sole", [True, False], ids=["sole loader", "shared loader"])
def test_a_load_that_builds_the_index_at_its_end_stores_the_same_rows(postgres, monkeypatch, sole):
    """PostgresBackend.gin_beside_load off: the GIN index is dropped with the other secondary indexes,
    no cleaner runs, and the end builds it; the tables and searches equal a plain load's."""
    from newsgraph.store.postgres_backend import PostgresBackend

    from test_postgres_bulk import index_names

    monkeypatch.setattr(PostgresBackend, "gin_beside_load", False)
    monkeypatch.setattr(PostgresBackend, "sole_loads", sole)
    monkeypatch.setattr(gin.PendingListCleaner, "__init__", lambda *a: pytest.fail("a cleaner was started"))
    with open_store(postgres.create_database("ginend")) as s, open_store(postgres.create_database("ref")) as ref:
        with s.bulk_load():
            s.write(corpus())
            assert gin.INDEX not in index_names(s)
            assert s.events(search="Pyongyang").total == 2           # found without the index
            s.write(extra_articles())
        assert gin.INDEX in index_names(s)
        load(ref, [corpus(), extra_articles()], bulk=False)
        assert_same_tables(s, ref)
        for words in ("Pyongyang", "prisoner exchange", "istanbul"):
            assert s.events(search=words).total == ref.events(search=words).total > 0
