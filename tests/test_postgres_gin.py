"""The full-text GIN index during a PostgreSQL bulk load (store/postgres_gin.py): kept, its pending list
merged by a cleaner on a connection of its own while the load runs, empty at the end; a cleaner that
cannot work leaves the load's result as it was."""
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


def test_the_cleaner_merges_the_pending_list_while_the_load_runs(inspectable):
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


def test_a_load_whose_cleaner_cannot_connect_stores_the_same_rows(postgres, monkeypatch, caplog):
    monkeypatch.setattr(gin.PendingListCleaner, "_run", lambda self: setattr(self, "error", OSError("test")))
    with open_store(postgres.create_database("nocleaner")) as s, open_store(postgres.create_database("ref")) as ref:
        with caplog.at_level("WARNING", logger="newsgraph.store"):
            load(s, [corpus(), extra_articles()])
        assert "pending-list cleaner stopped (test)" in caplog.text     # said, not silent
        load(ref, [corpus(), extra_articles()], bulk=False)
        assert_same_tables(s, ref)
        assert s.events(search="Pyongyang").total == ref.events(search="Pyongyang").total == 2
