"""DuckDB's bulk path (Store.bulk_load into an empty database: the summaries computed once at the end of
the load instead of batch by batch, their keys built after them; duckdb_bulk.py): the same tables as plain writes, re-loading changes nothing, a load
that dies is finished by the next writable open, a running one is left alone."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from newsgraph.store import open_store
from newsgraph.store import aggregates as A
from newsgraph.store import duckdb_bulk
from newsgraph.store.duckdb_bulk import alive as _loader_alive

from test_backends import assert_same_tables
from test_postgres_bulk import assert_summaries_match_the_events, extra_articles, load
from test_store import corpus

SUMMARY_TABLES = ("sum_days", "sum_country_days", "sum_pairs", "sum_place_countries", "sum_places")


def pending(store) -> list[str]:
    return [r["key"] for r in store.query("SELECT key FROM schema_info WHERE starts_with(key, 'bulk_pending:')")]


def summaries_of(store) -> dict[str, list[dict]]:
    return {t: store.query(f"SELECT * FROM {t} ORDER BY ALL") for t in SUMMARY_TABLES}


def reference(tmp_path: Path):
    ref = open_store(str(tmp_path / "ref.duckdb"))
    load(ref, [corpus(), extra_articles()], bulk=False)
    return ref


def test_a_bulk_load_stores_what_plain_writes_store(tmp_path):
    with open_store(str(tmp_path / "bulk.duckdb")) as s, reference(tmp_path) as ref:
        with s.bulk_load():
            s.write(corpus()[:2])
            assert pending(s)                                   # deferred: the database was empty
            assert not s.query("SELECT * FROM sum_days")        # the summaries wait for the end of the load
            s.write([*corpus(), *extra_articles()])             # overlaps the first batch
        assert not pending(s)
        assert_same_tables(s, ref)
        assert summaries_of(s) == summaries_of(ref) and summaries_of(s)["sum_pairs"]
        assert_summaries_match_the_events(s)
        assert s.events(search="prisoner exchange").total == ref.events(search="prisoner exchange").total > 0


def test_a_database_with_events_is_loaded_batch_by_batch(tmp_path):
    with open_store(str(tmp_path / "full.duckdb")) as s:
        s.write(corpus()[:1])
        with s.bulk_load():
            assert not pending(s)
            s.write(corpus())
            assert s.query("SELECT * FROM sum_days")            # summaries kept up to date as usual
        assert_summaries_match_the_events(s)


def test_reloading_the_same_batches_through_the_bulk_path_changes_nothing(tmp_path):
    with open_store(str(tmp_path / "reload.duckdb")) as s, reference(tmp_path) as ref:
        load(s, [corpus(), extra_articles()])
        with s.bulk_load():
            stats = s.write([*corpus(), *extra_articles()])
        assert stats.articles == stats.events == 0 and stats.articles_present == 7
        assert_same_tables(s, ref)
        assert summaries_of(s) == summaries_of(ref)


def test_a_bulk_load_closed_in_the_middle_is_finished_by_the_next_open(tmp_path):
    path = str(tmp_path / "died.duckdb")
    s = open_store(path)
    loading = s.bulk_load()
    loading.__enter__()                      # never left: the loader "dies" in the middle
    s.write(corpus())
    assert pending(s) and not s.query("SELECT * FROM sum_days")
    s.close()
    with open_store(path) as again:
        assert not pending(again)
        assert_summaries_match_the_events(again)
        again.write(extra_articles())        # the load is re-run: what it wrote is kept, the rest added
        with reference(tmp_path) as ref:
            assert_same_tables(again, ref)
            assert summaries_of(again) == summaries_of(ref)
    del loading


def test_a_bulk_load_whose_process_was_killed_is_finished_by_the_next_open(tmp_path):
    """A real process killed in the middle of a load (after its first batch is committed)."""
    path = tmp_path / "killed.duckdb"
    tests = Path(__file__).parent
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(tests)!r})
        from newsgraph.store import open_store
        from test_store import corpus
        s = open_store({str(path)!r})
        with s.bulk_load():
            s.write(corpus())
            s.backend.close()              # the file is free: the parent checks it, then kills us
            print("loaded", flush=True)
            sys.stdin.read()
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "loaded"
        with open_store(str(path)) as live:               # the loader is alive: its work is left to it
            assert pending(live) and not live.query("SELECT * FROM sum_days")
        proc.kill()
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    with open_store(str(path)) as again:
        assert not pending(again)
        assert_summaries_match_the_events(again)
        assert again.count_events(modality=None) == again.query(*A.count_events_sql(again.dialect, summaries=False,
                                                                                      modality=None))[0]["n"]
        with open_store(str(tmp_path / "plain.duckdb")) as plain:     # the committed batch is searchable
            plain.write(corpus())
            assert _index_rows(again) == _index_rows(plain) and _index_rows(again)["evidence_terms"]


def test_a_running_bulk_load_is_left_to_finish_its_own_summaries(tmp_path):
    path = str(tmp_path / "live.duckdb")
    loader = open_store(path)
    with loader.bulk_load():
        loader.write(corpus())
        key = pending(loader)[0]
        assert _loader_alive(key)
        loader.backend._release()                          # what the idle timer does between batches
        with open_store(path) as other:                    # opened while the loader runs: not finished
            assert pending(other) == [key]
            assert not other.query("SELECT * FROM sum_days")
            other.write(extra_articles())                  # a writer between batches: its counts wait too
            assert not other.query("SELECT * FROM sum_days")
    assert not _loader_alive(key)
    assert not pending(loader)
    assert_summaries_match_the_events(loader)
    with reference(tmp_path) as ref:
        assert_same_tables(loader, ref)
        assert summaries_of(loader) == summaries_of(ref)
    loader.close()


def test_the_summaries_and_events_get_their_keys_back(tmp_path):
    """The keys dropped for the load are built at its end: later writes upsert (one row per key), and
    the same constraints (key and NOT NULL) as a plain database's are back. DuckDB's mentions have no
    key in either (schema.DUCKDB_KEYLESS, session 38)."""
    def keys(store):
        return store.query("SELECT table_name, constraint_type, constraint_text FROM duckdb_constraints() "
                           "WHERE (starts_with(table_name, 'sum_') OR table_name IN ('events', 'mentions')) "
                           "AND constraint_type IN ('PRIMARY KEY', 'NOT NULL') ORDER BY ALL")
    with open_store(str(tmp_path / "plain.duckdb")) as plain, open_store(str(tmp_path / "keys.duckdb")) as s:
        with s.bulk_load():
            s.write(corpus()[:2])
            assert not [k for k in keys(s) if k["constraint_type"] == "PRIMARY KEY"]
        assert keys(s) == keys(plain)
        assert len([k for k in keys(s) if k["constraint_type"] == "PRIMARY KEY"]) == len(SUMMARY_TABLES) + 1
        s.write(corpus())
        s.write(extra_articles())
        assert_summaries_match_the_events(s)
        with reference(tmp_path) as ref:
            assert_same_tables(s, ref)


def test_a_loader_key_names_a_dead_process_or_a_load_of_this_one():
    assert not _loader_alive("bulk_pending:not-a-pid:x")
    assert not _loader_alive(f"bulk_pending:{os.getpid()}:never-started")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    assert not _loader_alive(f"bulk_pending:{int(dead.stdout)}:x")


def test_bulk_batches_pause_the_cycle_collector_on_duckdb_too(tmp_path, monkeypatch):
    """Store.write pauses Python's cycle collector for a batch inside bulk_load (store/gcpause.py), whatever
    the backend; plain writes leave it alone, and it is back on after the batch."""
    import gc

    from newsgraph.store.duckdb_backend import DuckDBWriter

    seen: list[bool] = []
    original = DuckDBWriter.insert_evidence       # what each write calls (Store._write, terms_first)

    def spy(self, *args):
        seen.append(gc.isenabled())
        return original(self, *args)

    monkeypatch.setattr(DuckDBWriter, "insert_evidence", spy)
    assert gc.isenabled()
    with open_store(str(tmp_path / "gc.duckdb")) as s:
        s.write(corpus()[:1])                                    # not a bulk load: left alone
        with s.bulk_load():
            s.write(corpus()[1:2])
            assert gc.isenabled()
    assert seen == [True, False] and gc.isenabled()


def _index_rows(store) -> dict[str, list[tuple]]:
    return {t: [tuple(r.values()) for r in store.query(f"SELECT * FROM {t} ORDER BY ALL")]
            for t in ("evidence_terms", "evidence_sentences")}


def _terms_in_stored_order(store) -> list[str]:
    return [r["term"] for r in store.query("SELECT term FROM evidence_terms ORDER BY rowid")]


def test_a_load_of_small_writes_ends_with_its_index_sorted_in_one_run(tmp_path, monkeypatch):
    """Writes of a few articles each leave the evidence index in many short sorted runs (zone maps prune
    little); the end of such a bulk load rewrites it as one run (duckdb_bulk.sort_evidence_terms), the
    same rows. Large writes are left as they are."""
    articles = [*corpus(), *extra_articles()]
    with open_store(str(tmp_path / "small.duckdb")) as s, reference(tmp_path) as ref:
        with s.bulk_load():
            for a in articles:                     # one article per write: runs of a few words
                s.write([a])
            before = _terms_in_stored_order(s)
            assert before != sorted(before)        # the runs, before the end of the load
        terms = _terms_in_stored_order(s)
        assert terms == sorted(terms) and sorted(before) == terms
        assert_same_tables(s, ref)
        assert s.events(search=terms[len(terms) // 2]).total >= 1
    monkeypatch.setattr(duckdb_bulk, "SMALL_RUN_EVENTS", 1)      # every write counts as large here
    with open_store(str(tmp_path / "large.duckdb")) as s:
        with s.bulk_load():
            for a in articles:
                s.write([a])
        terms = _terms_in_stored_order(s)
        assert terms != sorted(terms)              # left in its runs
