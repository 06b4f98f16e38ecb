"""PostgreSQL's bulk path (Store.bulk_load: secondary indexes and summaries built once at the end of a load
into an empty database) and its search index's modality and country tokens (a search with those filters is
counted in the index, without a join). DuckDB answers the same searches through its own index: the
reference."""
from __future__ import annotations

import datetime as dt
import threading

import pytest

from newsgraph.records import Actor
from newsgraph.store import open_store
from newsgraph.store import aggregates as A
from newsgraph.store import queries as Q
from newsgraph.store.filters import parse_filters
from newsgraph.store.postgres_rebuild import secondary_indexes
from newsgraph.store.search import count_sql

from test_backends import assert_same_tables, run_together
from test_store import KIM, PUTIN, XI, corpus, event, make_analysis


def index_names(store) -> set[str]:
    return {r["indexname"] for r in store.query("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")}


def extra_articles():
    """Sentences for phrase and Unicode cases (made up for these tests)."""
    usa = Actor(id=Actor.make_id("United States", "USA"), name="United States", kind="COUNTRY", country="USA")
    texts = [("Putin signed a prisoner exchange with Kim in İSTANBUL.", PUTIN, KIM, "asserted"),
             ("Kim rejected the exchange of a prisoner, officials said.", KIM, PUTIN, "asserted"),
             ("Xi may discuss a prisoner exchange with the United States.", XI, usa, "hypothetical"),
             ("Xi praised the ΟΔΟΣ project and the prisoner  exchange plan.", XI, KIM, "asserted")]
    out = []
    for i, (text, src, tgt, modality) in enumerate(texts):
        out.append(make_analysis(text, url=f"http://x.example/{i}", source="Xray", published=dt.date(2024, 9, i + 1),
                                 actors=[src, tgt], events=[event(text, "043", src, tgt, modality=modality)]))
    return out


def load(store, batches, bulk: bool = True):
    if not bulk:
        for b in batches:
            store.write(b)
        return
    with store.bulk_load():
        for b in batches:
            store.write(b)


def test_bulk_load_defers_the_secondary_indexes_and_builds_them_at_the_end(postgres):
    url = postgres.create_database("bulk")
    deferred = set(secondary_indexes())
    assert "events_date_page" in deferred
    assert "articles_content_hash" not in deferred         # ingest looks it up while it loads
    assert "evidence_index_terms" not in deferred          # dropped or kept by gin_beside_load (postgres_gin)
    partial = {"events_source_unresolved", "events_target_unresolved", "events_undated"}
    assert not partial & deferred                          # a few rows each: kept, not a table scan each at the end
    with open_store(url) as s:
        before = index_names(s)
        assert deferred <= before
        with s.bulk_load():
            s.write(corpus()[:2])
            assert not deferred & index_names(s)
            assert "evidence_index_terms" in index_names(s)       # filled beside the load (by default)
            assert partial <= index_names(s)
            s.write([*corpus(), *extra_articles()])                # overlaps the first batch
        assert index_names(s) == before
        assert_summaries_match_the_events(s)
        with open_store(postgres.create_database("bulk_ref")) as ref:
            load(ref, [corpus(), extra_articles()], bulk=False)
            assert_same_tables(s, ref)
            assert s.counts() == ref.counts()


def test_a_database_with_events_keeps_its_indexes(pg_url):
    with open_store(pg_url) as s:
        s.write(corpus()[:1])
        with s.bulk_load():
            assert set(secondary_indexes()) <= index_names(s)
            s.write(corpus())


def test_reloading_the_same_batches_through_the_bulk_path_changes_nothing(postgres):
    url = postgres.create_database("reload")
    with open_store(url) as s:
        load(s, [corpus(), extra_articles()])
        with open_store(postgres.create_database("reload_ref")) as ref:
            load(ref, [corpus(), extra_articles()], bulk=False)
            with s.bulk_load():
                stats = s.write([*corpus(), *extra_articles()])
            assert stats.articles == stats.events == 0 and stats.articles_present == 7
            assert_same_tables(s, ref)
            assert s.query("SELECT * FROM sum_days ORDER BY 1, 2, 3, 4") == \
                ref.query("SELECT * FROM sum_days ORDER BY 1, 2, 3, 4")


@pytest.mark.parametrize("sole", [True, False], ids=["one sole loader", "shared loaders"])
def test_two_concurrent_bulk_loaders_of_overlapping_batches_store_each_row_once(postgres, monkeypatch, sole):
    """With sole loads (postgres_keys) the loader that gets the gate goes first and the other waits; without,
    both load at once and the keys keep either from storing a row twice."""
    from newsgraph.store.postgres_backend import PostgresBackend

    monkeypatch.setattr(PostgresBackend, "sole_loads", sole)
    url = postgres.create_database("bulkconc")
    open_store(url).close()
    everything = [*corpus(), *extra_articles()]
    plans = [[everything[:4], everything[4:]], [everything[2:], everything[:3]]]     # overlapping
    stores = [open_store(url) for _ in plans]
    start = threading.Barrier(len(stores))

    def run(store) -> None:
        start.wait()
        load(store, plans[stores.index(store)])

    run_together(stores, run)
    with open_store(postgres.create_database("bulkconc_ref")) as ref:
        load(ref, [everything], bulk=False)
        assert_same_tables(stores[0], ref)
        assert stores[0].query("SELECT * FROM sum_pairs ORDER BY 1, 2, 3") == \
            ref.query("SELECT * FROM sum_pairs ORDER BY 1, 2, 3")
    assert set(secondary_indexes()) <= index_names(stores[0])
    assert_summaries_match_the_events(stores[0])
    for s in stores:
        s.close()


@pytest.mark.parametrize("one_table", [False, True], ids=["every table (recovery)", "one table (end of a load)"])
def test_two_summary_rebuilds_at_once_take_turns(postgres, monkeypatch, one_table):
    """Two bulk loaders that end together both recompute the summaries (each table in a transaction of
    its own, `postgres_rebuild.rebuild_summary`; a dead loader's every table in one, `_rebuild_summaries`). A rebuild
    deletes the old rows and adds the new ones; if two could run at once, both deletes would run before
    either insert (counts doubled, or the second insert failing on the key). The pause between delete
    and insert gives the second rebuild its chance to interleave; it must wait instead."""
    from newsgraph.store import summaries
    from newsgraph.store.postgres_rebuild import rebuild_summary

    url = postgres.create_database("rebuildconc")
    with open_store(url) as s:
        s.write([*corpus(), *extra_articles()])
        expected = s.query("SELECT * FROM sum_pairs ORDER BY 1, 2, 3")
    assert expected
    meet = threading.Barrier(2, timeout=3)
    add_sql = summaries.add_sql

    def add_sql_after_a_pause(*args, **kwargs):          # called between a rebuild's DELETE and its INSERT
        try:
            meet.wait()                       # the other rebuild, if it got in, is now mid-way too
        except threading.BrokenBarrierError:
            pass
        return add_sql(*args, **kwargs)

    monkeypatch.setattr(summaries, "add_sql", add_sql_after_a_pause)
    stores = [open_store(url) for _ in range(2)]
    if one_table:
        run_together(stores, lambda st: rebuild_summary(st.backend._connect(), summaries.BY_TABLE["sum_pairs"]))
    else:
        run_together(stores, lambda st: st.backend._rebuild_summaries(dead=[]))
    assert stores[0].query("SELECT * FROM sum_pairs ORDER BY 1, 2, 3") == expected
    assert_summaries_match_the_events(stores[0])
    for st in stores:
        st.close()


def test_a_bulk_load_that_dies_gets_its_indexes_back_at_the_next_open(pg_url):
    s = open_store(pg_url)
    loading = s.bulk_load()
    loading.__enter__()                      # never left: the process "dies" in the middle
    s.write(corpus())
    assert not set(secondary_indexes()) & index_names(s)
    assert not s.query("SELECT * FROM sum_days")            # the summaries wait for the end of the load
    s.close()
    with open_store(pg_url) as again:
        assert set(secondary_indexes()) <= index_names(again)
        assert again.events(search="Pyongyang").total == 2
        assert_summaries_match_the_events(again)
        assert not again.query("SELECT * FROM schema_info WHERE key LIKE 'summaries_pending:%'")
    del loading


def test_a_running_bulk_load_is_left_to_finish_its_own_summaries(postgres):
    url = postgres.create_database("live")
    loader = open_store(url)
    with loader.bulk_load():
        loader.write(corpus())
        with open_store(url) as other:                     # opened while the loader runs: not recovered
            assert other.query("SELECT key FROM schema_info WHERE key LIKE 'summaries_pending:%'")
            assert not other.query("SELECT * FROM sum_days")
    assert_summaries_match_the_events(loader)
    assert not loader.query("SELECT * FROM schema_info WHERE key LIKE 'summaries_pending:%'")
    loader.close()


def assert_summaries_match_the_events(store) -> None:
    """Every summarised read equals its raw form (summaries=False) on this store."""
    d = store.dialect
    for sql_of in (lambda **k: A.timeline_sql(d, "day", **k), lambda **k: A.network_sql(d, 100, **k),
                   lambda **k: A.map_countries_sql(d, **k), lambda **k: A.map_points_sql(d, 100, **k)):
        for filters in ({}, {"modality": None}):
            assert store.query(*sql_of(summaries=True, **filters)) == store.query(*sql_of(summaries=False, **filters))
    assert store.count_events() == store.query(*A.count_events_sql(d, summaries=False))[0]["n"] > 0


SEARCHES = [
    {"search": "prisoner exchange"},                       # counted from the index, phrase on the sentence
    {"search": "Prisoner Exchange", "modality": None},
    {"search": "prisoner exchange", "modality": "asserted,hypothetical"},
    {"search": "prisoner exchange", "country": "USA", "modality": None},
    {"search": "exchange prisoner"},                       # words, not the phrase
    {"search": "Pyongyang", "country": "PRK"},
    {"search": "istanbul"},                                # Unicode capitals fold as in Python
    {"search": "ΟΔΟΣ project"},                          # Greek capitals
    {"search": "a prisoner exchange"},
    {"search": "prisoner, officials"},                     # not plain words: the sentence decides
    {"search": "Pyongyang", "outlet": "Beta"},             # another filter: the raw count
]


@pytest.mark.parametrize("filters", SEARCHES, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.items()))
def test_searches_count_and_list_what_duckdb_finds(postgres, tmp_path, filters):
    url = postgres.create_database("searchcount")
    with open_store(url) as pg, open_store(str(tmp_path / "ref.duckdb")) as duck:
        for s in (pg, duck):
            load(s, [corpus(), extra_articles()])
        with pg.backend.schema_connection() as db:
            db.execute("VACUUM ANALYZE")         # all-visible pages: the index-only count applies
        expected = duck.events(**filters)
        got = pg.events(**filters)
        assert got.total == expected.total == len(expected)
        assert sorted(r["id"] for r in got.rows) == sorted(r["id"] for r in expected.rows)
        raw_sql, raw_params = Q.event_where(pg.dialect, **filters)
        raw = pg.query(f"SELECT count(*) AS n {Q.event_from(raw_sql)} {raw_sql}", raw_params)[0]["n"]
        assert raw == got.total


def test_which_searches_the_index_counts_alone():
    from newsgraph.store.dialect import DUCKDB, POSTGRES
    from newsgraph.store.search import term_ids

    def indexed(**f):
        return count_sql(POSTGRES, parse_filters(f)) is not None
    assert indexed(search="drone") and indexed(search="prisoner exchange", country="RUS")
    assert indexed(search="drone", modality="asserted,negated") and indexed(search="drone", modality=None)
    assert not indexed(search="drone", outlet="Beta") and not indexed(search="drone", since="2024")
    assert not indexed(search="%")                             # no word: the raw count's substring test
    assert count_sql(DUCKDB, parse_filters({"search": "drone"})) is None
    sql, params = count_sql(POSTGRES, parse_filters({"search": "Drone", "country": "RUS"}))
    assert params == [term_ids(["drone", "c:RUS", "m:asserted"])] and "events" not in sql and "ILIKE" not in sql
    sql, params = count_sql(POSTGRES, parse_filters({"search": "Drone strike", "modality": "asserted,negated"}))
    assert params == [term_ids(["drone", "strike"]), term_ids(["m:asserted", "m:negated"]), "%Drone strike%"]
    assert "ILIKE" in sql


def test_a_bulk_copy_that_meets_a_stored_row_falls_back_to_on_conflict(pg_url):
    """Inside a bulk load rows are copied straight into their tables; a row another loader stored first
    makes the COPY fail, and the batch goes the staged ON CONFLICT way instead (nothing twice, nothing lost)."""
    with open_store(pg_url) as s:
        with s.bulk_load():
            s.write(corpus()[:1])
            names, raw = s.backend.fetch("SELECT * FROM articles")          # native values, as a write has them
            stored = [dict(zip(names, r)) for r in raw]
            new = {**stored[0], "id": "f" * 16, "url": "http://x.example/new", "content_hash": "other"}
            with s.backend.transaction() as tx:
                assert tx.summaries_deferred
                assert tx.insert("articles", [new]) == 1                    # straight in
                assert "_ng_stage_articles" not in tx._staging
                assert tx.insert("articles", [*stored, {**new, "id": "e" * 16}]) == 1     # one was stored
                assert "_ng_stage_articles" in tx._staging                   # the staged way
            assert s.query("SELECT count(*) AS n FROM articles")[0]["n"] == len(stored) + 2
            assert s.query("SELECT count(*) AS n FROM evidence_index")[0]["n"] == \
                s.query("SELECT count(*) AS n FROM events")[0]["n"] > 0


def test_a_chunked_bulk_copy_that_meets_a_stored_row_in_a_later_chunk_falls_back(pg_url, monkeypatch):
    """Bulk COPYs stream in chunks; a stored row met in the last chunk still rolls the whole COPY back
    (the savepoint), and the staged ON CONFLICT path stores each new row once."""
    from newsgraph.store import postgres_writer

    monkeypatch.setattr(postgres_writer, "_COPY_CHUNK", 1)
    with open_store(pg_url) as s:
        with s.bulk_load():
            s.write(corpus()[:1])
            names, raw = s.backend.fetch("SELECT * FROM articles")
            stored = [dict(zip(names, r)) for r in raw]
            fresh = [{**stored[0], "id": c * 16, "url": f"http://x.example/{c}", "content_hash": c} for c in "abc"]
            with s.backend.transaction() as tx:
                assert tx.insert("articles", [*fresh, *stored]) == 3
                assert "_ng_stage_articles" in tx._staging               # the COPY was refused: staged
            s.write([*corpus(), *extra_articles()])                       # several chunks, all new
        assert s.query("SELECT count(*) AS n FROM articles")[0]["n"] == len(corpus()) + len(extra_articles()) + 3
        ref_events = s.query("SELECT count(*) AS n FROM events")[0]["n"]
        assert s.query("SELECT count(*) AS n FROM evidence_index")[0]["n"] == ref_events > 0
        assert_summaries_match_the_events(s)


def test_bulk_batches_pause_the_cycle_collector_and_restore_it(pg_url, monkeypatch):
    """A bulk batch runs with Python's cycle collector paused (its rows are freed by reference counting);
    it is back on after the batch, after a failed batch, and a caller that paused it itself keeps it so."""
    import gc

    from newsgraph.store.postgres_writer import PostgresWriter

    seen: list[bool] = []
    original = PostgresWriter.insert_terms
    fail = [False]

    def spy(self, rows):
        seen.append(gc.isenabled())
        if fail[0]:
            1 / 0
        return original(self, rows)

    monkeypatch.setattr(PostgresWriter, "insert_terms", spy)
    assert gc.isenabled()
    with open_store(pg_url) as s:
        s.write(corpus()[:1])                                    # not a bulk load: left alone
        with s.bulk_load():
            s.write(corpus()[1:2])
            assert gc.isenabled()
            fail[0] = True
            with pytest.raises(ZeroDivisionError):
                s.write(corpus()[2:3])                           # a failed batch, paused while it ran
            fail[0] = False
            assert seen[-1] is False
            assert gc.isenabled()
            gc.disable()
            try:
                s.write(corpus()[2:])
                assert not gc.isenabled()
            finally:
                gc.enable()
    assert seen == [True, False, False, False]


def test_evidence_words_split_in_python_match_the_query_side():
    """The writer's fast ASCII split gives the words `terms` (the query side) gives, and non-ASCII text
    the same words as before (the regex)."""
    import random
    import string

    from newsgraph.store.search import event_terms, terms

    rng = random.Random(5)
    alphabet = string.printable + "ÉéİıΣσςĞ_·—"
    texts = ["Putin met Kim; PUTIN smiled.", "a_b c-d 2024/06/19 x1y2", "Erdoğan's İSTANBUL visit", "\t\n"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60))) for _ in range(3000)]
    got = event_terms([(str(i), t) for i, t in enumerate(texts)])
    assert [eid for eid, _, _ in got] == [str(i) for i in range(len(texts))]
    for (_, words, text), original in zip(got, texts):
        assert text == original and sorted(words) == sorted(terms(original)), original


@pytest.mark.parametrize("items", [["a", "b"], ["one"], [], ["a\"b", None, "c\\d", "", "x,y", "{z}", "NULL"]])
def test_array_literals_round_trip_through_postgresql(pg_url, items):
    from newsgraph.store.postgres_writer import _pg_text_array

    with open_store(pg_url) as s:
        assert s.query("SELECT CAST(? AS text[]) AS a", [_pg_text_array(items)])[0]["a"] == items



_TOKEN_CASES = [("asserted", "RUSGOV", "UKRMIL"), (None, None, None), ("negated", "US", None), ("", None, "CHN"),
                ("planned", 'A"BCD', "X\\YZ"), ("hypothetical", "RUSGOV", "RUSGOV"), ("asserted", "---", ""),
                ("asserted", "ÉTAGOV", "日本GOV")]


def test_key_elements_survive_the_cache_emptied_meanwhile(monkeypatch):
    """The word-key cache is shared by every writer's thread: one that empties it (it is full) while
    another builds its elements must not make the other miss a word it has just computed."""
    import struct

    from newsgraph.store import postgres_writer as pb
    from newsgraph.store.search import term_ids

    class EmptiedByAnotherThread(dict):
        def __setitem__(self, key, value):
            super().__setitem__(key, value)
            if key == "strike":
                self.clear()          # what another thread's `chunks.clear()` does at this moment

    monkeypatch.setattr(pb, "_KEY_CHUNK", EmptiedByAnotherThread())
    words = ["drone", "strike", "port"]
    chunks = pb._key_chunks(words)
    assert [struct.unpack(">iq", chunks[i:i + 12])[1] for i in range(0, len(chunks), 12)] == term_ids(words)


def test_filter_token_keys_cached_per_token_equal_the_whole_list_s():
    """The bulk writer's filter token keys (cached per modality and per country, as binary int8[]
    elements) are exactly those of `filter_tokens(...)`, in order, for missing codes, short codes,
    quotes and non-ASCII letters."""
    import struct

    from newsgraph.store.postgres_writer import _token_chunks
    from newsgraph.store.search import filter_tokens, term_ids

    for modality, src, tgt in _TOKEN_CASES:
        n, chunks = _token_chunks(modality, src, tgt)
        got = [struct.unpack(">iq", chunks[i:i + 12]) for i in range(0, len(chunks), 12)]
        assert got == [(8, k) for k in term_ids(filter_tokens(modality, src, tgt))] and n == len(got)


def test_binary_key_arrays_read_back_as_the_keys(pg_url):
    """The bulk writer's hand-built binary int8[] is what PostgreSQL reads back (words repeated,
    one word, non-ASCII), cached or not."""
    from newsgraph.store.postgres_writer import _int8_array, _key_chunks
    from newsgraph.store.search import term_ids

    with open_store(pg_url) as s, s.backend.schema_connection() as db:
        db.execute("CREATE TEMP TABLE k (keys BIGINT[])")
        cases = [["drone", "strike", "drone"], ["x"], ["münchen", "日本", "0"], ["drone", "strike", "drone"]]
        with db.cur.copy("COPY k (keys) FROM STDIN (FORMAT binary)") as copy:
            copy.set_types(["bytea"])
            for words in cases:
                copy.write_row((_int8_array(len(words), _key_chunks(words)),))
        assert [r[0] for r in db.execute("SELECT keys FROM k")] == [term_ids(w) for w in cases]


def test_index_keys_computed_in_sql_equal_pythons(pg_url):
    """The keys PostgreSQL computes (the staged writer, migrations: search.term_id_sql, FILTER_IDS_SQL)
    are those Python computes (the bulk writer, the queries), for words with any letters and for the
    filter tokens of an event row."""
    from newsgraph.store.search import FILTER_IDS_SQL, filter_tokens, term_id, term_id_sql

    words = ["missile", "", "0", "münchen", "ﬁnal", "日本", "a\\b", "ς", "\U0001f600"]
    with open_store(pg_url) as s:
        for w in words:
            assert s.query(f"SELECT {term_id_sql('CAST(? AS TEXT)')} AS k", [w])[0]["k"] == term_id(w), w
        for modality, src, tgt in _TOKEN_CASES:
            got = s.query(f"SELECT {FILTER_IDS_SQL} AS k FROM (SELECT CAST(? AS VARCHAR) AS modality, "
                          "CAST(? AS VARCHAR) AS source_code, CAST(? AS VARCHAR) AS target_code) e",
                          [modality, src, tgt])[0]["k"]
            assert got == [term_id(t) for t in filter_tokens(modality, src, tgt)], (modality, src, tgt)


def test_bulk_event_tuples_store_the_event_rows_and_fall_back_on_a_stored_event(postgres, monkeypatch):
    """A bulk load copies the events as tuples (rows.EventTuples): the stored rows equal those the plain
    path inserts from rows.event_row's dicts; in a load that keeps the keys (not a sole loader), a batch
    meeting an event another writer stored first goes the staged ON CONFLICT way (each event once)."""
    from newsgraph.store import rows as R
    from newsgraph.store.postgres_backend import PostgresBackend

    monkeypatch.setattr(PostgresBackend, "sole_loads", False)

    from test_duckdb_write_behind import edge_events

    events = edge_events()
    with open_store(postgres.create_database("tuples")) as s, \
            open_store(postgres.create_database("tuples_ref")) as ref:
        with ref.backend.transaction() as tx:
            tx.insert("events", [R.event_row(e, pub) for e, pub in events[:-1]], on_conflict="new")
            tx.insert("events", [R.event_row(e, pub) for e, pub in events[-2:]], on_conflict="new")
        with s.bulk_load():
            with s.backend.transaction() as tx:
                assert tx.summaries_deferred
                assert tx.insert("events", R.EventTuples(events[:-1]), on_conflict="new") == len(events) - 1
                assert "_ng_stage_events" not in tx._staging                    # copied straight in
            with s.backend.transaction() as tx:
                assert tx.insert("events", R.EventTuples(events[-2:]), on_conflict="new") == 1
                assert "_ng_stage_events" in tx._staging                        # refused: staged
        assert s.query("SELECT * FROM events ORDER BY id") == ref.query("SELECT * FROM events ORDER BY id")
