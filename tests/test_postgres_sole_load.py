"""PostgreSQL's sole bulk loader (store/postgres_keys.py): a bulk load into an empty database holds the gate
for its whole run and builds the primary keys of events, mentions, the evidence index and the summaries
at its end. Other writers wait for it; a dead one's keys are rebuilt before anyone writes again. Every
case ends with the same tables as a plain (non-bulk) load of the same batches."""
from __future__ import annotations

import threading
import time

from newsgraph.records import Mention
from newsgraph.store import open_store
from newsgraph.store import postgres_keys as keys

from test_backends import assert_same_tables
from test_postgres_bulk import assert_summaries_match_the_events, extra_articles, load
from test_store import corpus


def primary_keys(store) -> set[tuple[str, str]]:
    return {(r["t"], r["d"]) for r in store.query(
        "SELECT c.conrelid::regclass::text AS t, pg_get_constraintdef(c.oid) AS d FROM pg_constraint c "
        "WHERE c.contype = 'p' AND c.conrelid = ANY(CAST(? AS regclass[]))", [list(keys.TABLES)])}


def pending(store) -> list:
    return store.query("SELECT key FROM schema_info WHERE key LIKE 'keys_pending:%'")


def reference(postgres, batches):
    ref = open_store(postgres.create_database("ref"))
    load(ref, batches, bulk=False)
    return ref


def test_a_sole_load_builds_the_primary_keys_at_its_end(postgres):
    url = postgres.create_database("sole")
    with open_store(url) as s:
        before = primary_keys(s)
        assert {t for t, _ in before} == set(keys.TABLES)
        with s.bulk_load():
            s.write(corpus()[:2])
            assert not primary_keys(s) and pending(s)          # loaded without them
            s.write([*corpus(), *extra_articles()])
        assert primary_keys(s) == before and not pending(s)
        assert_summaries_match_the_events(s)
        with reference(postgres, [corpus(), extra_articles()]) as ref:
            assert_same_tables(s, ref)
            assert s.query("SELECT * FROM sum_pairs ORDER BY 1, 2, 3") == ref.query("SELECT * FROM sum_pairs ORDER BY 1, 2, 3")


def test_a_bulk_load_into_a_database_with_events_keeps_its_keys(pg_url):
    with open_store(pg_url) as s:
        s.write(corpus()[:1])
        before = primary_keys(s)
        with s.bulk_load():
            s.write(corpus())
            assert primary_keys(s) == before
            assert not s.backend._sole


def test_another_writer_waits_for_the_end_of_a_sole_load(postgres):
    url = postgres.create_database("wait")
    everything = [*corpus(), *extra_articles()]
    loader, writer = open_store(url), open_store(url)
    done = threading.Event()
    failed: list[BaseException] = []

    def write() -> None:
        try:
            writer.write(everything)                 # overlaps the loader's batches
        except BaseException as exc:  # noqa: BLE001 - reported below
            failed.append(exc)
        done.set()

    with loader.bulk_load():
        loader.write(corpus()[:2])
        other = threading.Thread(target=write)
        other.start()
        assert not done.wait(1.0)                    # held at the gate while the load runs
        assert loader.query("SELECT count(*) AS n FROM articles")[0]["n"] == 2
        loader.write(corpus())
    assert done.wait(30) and not failed, failed
    other.join()
    assert primary_keys(writer) and not pending(writer)
    assert_summaries_match_the_events(writer)
    with reference(postgres, [everything]) as ref:
        assert_same_tables(writer, ref)
    loader.close()
    writer.close()


def test_a_dead_sole_loader_s_keys_are_rebuilt_before_the_next_write(postgres):
    url = postgres.create_database("dead")
    writer = open_store(url)                          # opened before the loader died: no open repairs it
    loader = open_store(url)
    before = primary_keys(loader)
    loading = loader.bulk_load()
    loading.__enter__()
    loader.write(corpus())
    loader.close()                                   # the loader "dies" in the middle
    assert not primary_keys(writer) and pending(writer)
    writer.write([*corpus(), *extra_articles()])      # rebuilds the keys first, then writes
    assert primary_keys(writer) == before and not pending(writer)
    assert_summaries_match_the_events(writer)
    with reference(postgres, [corpus(), extra_articles()]) as ref:
        assert_same_tables(writer, ref)
    writer.close()
    del loading


def test_a_dead_sole_loader_s_keys_are_rebuilt_at_the_next_open(postgres):
    url = postgres.create_database("reopen")
    loader = open_store(url)
    before = primary_keys(loader)
    loading = loader.bulk_load()
    loading.__enter__()
    loader.write(corpus())
    loader.close()
    with open_store(url) as again:
        assert primary_keys(again) == before and not pending(again)
        assert_summaries_match_the_events(again)
    del loading


def test_a_child_id_reused_by_a_later_article_keeps_the_first_row(postgres):
    """Records built outside the pipeline may give two articles' children one id: a plain write keeps the
    first stored (ON CONFLICT DO NOTHING); a sole load, whose tables have no key then, keeps the same one
    when it builds the key."""
    first, second = corpus()[0], corpus()[1]
    for an, text in ((first, "Putin"), (second, "Pyongyang")):
        start = an.article.text.index(text)
        an.mentions.append(Mention(id="shared-mention-id", article_id=an.article.id, start=start,
                                   end=start + len(text), text=text, label="PERSON", sentence=0))
    url = postgres.create_database("clash")
    with open_store(url) as s:
        load(s, [[first], [second]])
        assert primary_keys(s) and not pending(s)
        with reference(postgres, [[first], [second]]) as ref:
            assert_same_tables(s, ref)


def test_a_sole_load_does_not_hold_up_readers(postgres):
    url = postgres.create_database("read")
    with open_store(url) as s, s.bulk_load():
        s.write(corpus())
        with open_store(url, read_only=True) as reader:
            t = time.perf_counter()
            assert reader.events(search="Pyongyang").total == 2
            assert time.perf_counter() - t < 5


def test_pregrouped_summary_rebuilds_store_the_plain_rebuild_s_rows(pg_url):
    """The end of a bulk load counts days and places by their raw columns first (summaries.add_sql
    `pregroup`): the same rows as the one-pass GROUP BY, null scores, -0.0 and NaN coordinates included."""
    from newsgraph.store import summaries
    from newsgraph.store.postgres_rebuild import PREGROUPED

    with open_store(pg_url) as s:
        s.write([*corpus(), *extra_articles()])
        con = s.backend._connect()
        con.execute("UPDATE events SET goldstein = NULL WHERE id IN (SELECT id FROM events ORDER BY id LIMIT 2)")
        con.execute("UPDATE events SET place_lat = '-0.0', place_lon = 'NaN', place_country = 'prk' "
                    "WHERE id IN (SELECT id FROM events ORDER BY id DESC LIMIT 2)")
        for table in PREGROUPED:
            got = []
            for pregroup in (False, True):
                with con.transaction(force_rollback=True):
                    con.execute(f"DELETE FROM {table}")
                    con.execute(summaries.add_sql(summaries.BY_TABLE[table], "events", 1, empty=True, pregroup=pregroup))
                    got.append(sorted(map(repr, con.execute(f"SELECT * FROM {table}").fetchall())))
            assert got[0] == got[1] and got[0], table
