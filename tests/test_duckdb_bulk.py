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
from newsgraph.store import queries as Q
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
        assert again.count_events(modality=None) == again.query(*Q.count_events_sql(again.dialect, summaries=False,
                                                                                      modality=None))[0]["n"]
        with open_store(str(tmp_path / "plain.duckdb")) as plain:     # the index the dead load left, built
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


def test_the_summaries_events_and_mentions_get_their_keys_back(tmp_path):
    """The keys dropped for the load are built at its end: later writes upsert (one row per key), and
    the same constraints (key and NOT NULL) as a plain database's are back."""
    def keys(store):
        return store.query("SELECT table_name, constraint_type, constraint_text FROM duckdb_constraints() "
                           "WHERE (starts_with(table_name, 'sum_') OR table_name IN ('events', 'mentions')) "
                           "AND constraint_type IN ('PRIMARY KEY', 'NOT NULL') ORDER BY ALL")
    with open_store(str(tmp_path / "plain.duckdb")) as plain, open_store(str(tmp_path / "keys.duckdb")) as s:
        with s.bulk_load():
            s.write(corpus()[:2])
            assert not [k for k in keys(s) if k["constraint_type"] == "PRIMARY KEY"]
        assert keys(s) == keys(plain)
        assert len([k for k in keys(s) if k["constraint_type"] == "PRIMARY KEY"]) == len(SUMMARY_TABLES) + 2
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
    original = DuckDBWriter.merge_actors

    def spy(self, batch):
        seen.append(gc.isenabled())
        return original(self, batch)

    monkeypatch.setattr(DuckDBWriter, "merge_actors", spy)
    assert gc.isenabled()
    with open_store(str(tmp_path / "gc.duckdb")) as s:
        s.write(corpus()[:1])                                    # not a bulk load: left alone
        with s.bulk_load():
            s.write(corpus()[1:2])
            assert gc.isenabled()
    assert seen == [True, False] and gc.isenabled()


def _terms_in_stored_order(store) -> list[str]:
    return [r["term"] for r in store.query("SELECT term FROM evidence_terms ORDER BY rowid")]


def test_a_load_of_small_writes_ends_with_its_index_sorted_in_one_run(tmp_path):
    """Writes of a few articles each would leave the evidence index in many short sorted runs (zone maps
    prune little); a bulk load builds it once at its end (duckdb_bulk.build_evidence_index), as one run,
    the same rows. Plain writes (no bulk load) leave their runs."""
    articles = [*corpus(), *extra_articles()]
    with open_store(str(tmp_path / "small.duckdb")) as s, reference(tmp_path) as ref:
        with s.bulk_load():
            for a in articles:                     # one article per write
                s.write([a])
            assert not _terms_in_stored_order(s)   # the index waits for the end of the load
        terms = _terms_in_stored_order(s)
        assert terms == sorted(terms) and terms
        assert_same_tables(s, ref)
        assert s.events(search=terms[len(terms) // 2]).total >= 1
    with open_store(str(tmp_path / "plain.duckdb")) as s:
        for a in articles:
            s.write([a])
        terms = _terms_in_stored_order(s)
        assert terms != sorted(terms)              # left in its runs


def test_a_bulk_load_indexes_each_write_at_the_next_one(tmp_path, monkeypatch):
    """Large writes: each write's events are indexed by DuckDB from the stored rows at the start of the
    next write (in the background), the last write's at the end of the load; the same rows as plain
    writes store."""
    monkeypatch.setattr(duckdb_bulk, "RUN_EVENTS", 1)              # every write counts as large here
    articles = [*corpus(), *extra_articles()]
    with open_store(str(tmp_path / "large.duckdb")) as s, reference(tmp_path) as ref:
        with s.bulk_load():
            s.write(articles[:3])
            assert not _terms_in_stored_order(s)
            s.write(articles[3:5])                 # indexes the first write's events
            first = _index_rows(s)["evidence_sentences"]
            assert first and len(first) == s.query("SELECT count(*) AS n FROM events e JOIN articles a "
                                                   "ON a.id = e.article_id WHERE a.id IN (SELECT unnest(?))",
                                                   [[a.article.id for a in articles[:3]]])[0]["n"]
            s.write(articles[5:])
        terms = _terms_in_stored_order(s)
        assert terms != sorted(terms)              # one sorted run per write
        assert_same_tables(s, ref)
        assert _index_rows(s) == _index_rows(ref)


def _index_rows(store) -> dict[str, list[tuple]]:
    return {t: [tuple(r.values()) for r in store.query(f"SELECT * FROM {t} ORDER BY ALL")]
            for t in ("evidence_terms", "evidence_sentences")}


def test_the_index_built_at_the_end_has_the_rows_of_the_per_write_index(tmp_path):
    """The set-based index (words split by DuckDB from the stored events and articles) equals the one
    each plain write stores from its (event id, sentence) pairs: the same words, Unicode ones included
    (a dotted capital I, a Greek capital word), the same sentences; and each search finds the same
    events."""
    from test_postgres_bulk import SEARCHES

    with open_store(str(tmp_path / "bulk.duckdb")) as s, reference(tmp_path) as ref:
        load(s, [corpus()[:2], [*corpus(), *extra_articles()]])
        assert _index_rows(s) == _index_rows(ref)
        words = {r[0] for r in _index_rows(s)["evidence_terms"]}
        assert {"istanbul", "οδοσ", "prisoner"} <= words
        for filters in SEARCHES:
            assert s.events(**filters).rows == ref.events(**filters).rows, filters


def test_an_event_without_a_sentence_gets_no_index_rows_at_the_end(tmp_path):
    """An empty evidence span has no word to find: no row, as a plain write stores none."""
    import dataclasses

    empty = corpus()[:1]
    a = empty[0]
    a.events = [dataclasses.replace(a.events[0], evidence_end=a.events[0].evidence_start)] + a.events[1:]
    with open_store(str(tmp_path / "bulk.duckdb")) as s, open_store(str(tmp_path / "ref.duckdb")) as ref:
        load(s, [empty])
        ref.write(empty)
        assert _index_rows(s) == _index_rows(ref)
        gid = s.query("SELECT global_id FROM events WHERE id = ?", [a.events[0].id])[0]["global_id"]
        assert not s.query("SELECT * FROM evidence_sentences WHERE global_id = ?", [gid])


def test_a_writer_between_the_batches_of_a_load_is_indexed_at_its_end(tmp_path):
    """Another process's write while a load is pending leaves the index to the load's end too; a loader
    that ends first indexes what is stored by then, the other the rest: every event once."""
    path = str(tmp_path / "two.duckdb")
    first, second = open_store(path), open_store(path)
    with reference(tmp_path) as ref:
        a = first.bulk_load()
        a.__enter__()
        first.write(corpus()[:2])
        first.backend._release()
        b = second.bulk_load()
        b.__enter__()                      # events are stored: this one loads batch by batch
        second.write(extra_articles())
        assert not second.query("SELECT * FROM evidence_terms")    # still pending: left to the end
        second.backend._release()
        a.__exit__(None, None, None)       # indexes what is stored
        first.backend._release()
        second.write(corpus())
        b.__exit__(None, None, None)
        assert_same_tables(second, ref)
        assert _index_rows(second) == _index_rows(ref)
    first.close()
    second.close()


