"""DuckDB keeps its mentions without a primary key (schema.DUCKDB_KEYLESS, session 38): what the key
guarded must still hold without it -- a mention is stored once however often, in whatever batches and by
how many stores of one process its article is written; a bulk load stores what plain writes store; a file
created with the key loses it in a bulk load and stores the same rows. PostgreSQL keeps the key."""
from __future__ import annotations

import datetime as dt
import threading

import pytest

from newsgraph.records import Actor, Mention
from newsgraph.store import open_store
from newsgraph.store.schema import DUCKDB_KEYLESS, _statements, _read, created_table, without_key

from test_backends import assert_same_tables
from test_store import event, make_analysis

MAYOR = Actor(id=Actor.make_id("Rosa Almeida", "PRT"), name="Rosa Almeida", kind="PERSON", country="PRT",
              sector="GOV", role="Mayor")
UNION = Actor(id=Actor.make_id("Dockers Union", "PRT"), name="Dockers Union", kind="ORG", country="PRT", sector="LAB")
PORT = Actor(id=Actor.make_id("Port Authority", "ESP"), name="Port Authority", kind="ORG", country="ESP",
             sector="BUS")


def _article(i: int, text: str, src: Actor, tgt: Actor, code: str):
    """One article of our own with its event and a mention of each side (ids drawn from the article's, as
    the pipeline draws them)."""
    an = make_analysis(text, url=f"http://port.example/{i}", source="Harbour Gazette",
                       published=dt.date(2025, 3, i + 1), actors=[src, tgt], events=[event(text, code, src, tgt)])
    art = an.article
    for who in (src, tgt):
        start = text.index(who.name)
        an.mentions.append(Mention(id=f"m-{art.id}-{start}", article_id=art.id, start=start,
                                   end=start + len(who.name), text=who.name, label="PERSON", sentence=0,
                                   actor_id=who.id))
    return an


def articles():
    return [_article(0, "Rosa Almeida met the Dockers Union at the town hall on Monday.", MAYOR, UNION, "042"),
            _article(1, "The Dockers Union accused the Port Authority of cutting night shifts.", UNION, PORT, "112"),
            _article(2, "The Port Authority praised Rosa Almeida for the new ferry timetable.", PORT, MAYOR, "051")]


def mention_ids(store) -> list[str]:
    return [r["id"] for r in store.query("SELECT id FROM mentions ORDER BY id")]


def mentions_key(store) -> int:
    if store.dialect.is_postgres:
        return store.query("SELECT count(*) AS n FROM pg_constraint WHERE conrelid = 'mentions'::regclass "
                           "AND contype = 'p'")[0]["n"]
    return store.query("SELECT count(*) AS n FROM duckdb_constraints() WHERE table_name = 'mentions' "
                       "AND constraint_type = 'PRIMARY KEY'")[0]["n"]


def test_only_duckdb_drops_the_mentions_key(db_target):
    with open_store(db_target) as s:
        s.write(articles()[:1])
        assert mentions_key(s) == (1 if s.dialect.is_postgres else 0)
        with s.bulk_load():
            s.write(articles())
        assert mentions_key(s) == (1 if s.dialect.is_postgres else 0)


def test_without_key_removes_the_column_key_and_names_its_column():
    stmt = next(st for st in _statements(_read("schema.sql")) if created_table(st) == "mentions")
    keyless, column = without_key(stmt)
    assert column == "id" and "PRIMARY KEY" not in keyless.upper() and "article_id VARCHAR NOT NULL" in keyless
    assert DUCKDB_KEYLESS == ("mentions",)


def test_writing_the_same_articles_again_stores_each_mention_once(db_target):
    with open_store(db_target) as s:
        s.write(articles()[:2])
        once = mention_ids(s)
        s.write(articles()[:2])                       # the same batch again
        s.write(articles())                           # again, plus a new article
        with s.bulk_load():                           # a bulk load of all of them (the database holds events)
            s.write(articles()[::-1])
        s.write(articles()[1:2], replace=True)        # re-analysed: its rows replaced
        ids = mention_ids(s)
        assert len(once) == 4 and len(ids) == 6 and len(set(ids)) == 6 and set(once) <= set(ids)


def test_a_bulk_load_without_the_key_stores_what_plain_writes_store(tmp_path):
    with open_store(str(tmp_path / "bulk.duckdb")) as bulk, open_store(str(tmp_path / "plain.duckdb")) as plain:
        with bulk.bulk_load():
            bulk.write(articles()[:2])
            bulk.write(articles())                    # a repeat inside the load
        for a in articles():
            plain.write([a])
        assert_same_tables(bulk, plain)
        assert len(mention_ids(bulk)) == 6


def test_two_stores_of_one_process_writing_the_same_articles_at_once_store_each_mention_once(tmp_path):
    """Two stores on one file in one process (DuckDB shares the database between them): the second
    writer of an article fails on the articles' key and its transaction is rolled back whole, mentions
    included, or it finds the article stored and skips it."""
    path = str(tmp_path / "two.duckdb")
    with open_store(path) as a, open_store(path) as b:
        start = threading.Barrier(2)
        errors: list[BaseException] = []

        def write(store):
            start.wait()
            for _ in range(3):
                try:
                    store.write(articles())
                except Exception as exc:  # noqa: BLE001 - the loser's conflict, retried
                    errors.append(exc)
        threads = [threading.Thread(target=write, args=(s,)) for s in (a, b)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        ids = mention_ids(a)
        assert len(ids) == 6 and len(set(ids)) == 6
        assert a.query("SELECT count(*) AS n FROM articles")[0]["n"] == 3


def test_a_file_created_with_the_mentions_key_loses_it_in_a_bulk_load_and_stores_the_same_rows(tmp_path):
    with open_store(str(tmp_path / "old.duckdb")) as old, open_store(str(tmp_path / "new.duckdb")) as new:
        with old.backend.transaction() as tx:          # a file of before session 38: mentions keyed
            tx.execute("ALTER TABLE mentions ADD PRIMARY KEY (id)")
        assert mentions_key(old) == 1
        for s in (old, new):
            with s.bulk_load():
                s.write(articles())
                s.write(articles()[:1])
        assert mentions_key(old) == 0
        assert_same_tables(old, new)


@pytest.mark.parametrize("batches", [[3], [1, 1, 1], [2, 1]])
def test_any_batching_stores_the_same_mentions(tmp_path, batches):
    with open_store(str(tmp_path / "b.duckdb")) as s:
        with s.bulk_load():
            k = 0
            for n in batches:
                s.write(articles()[k:k + n])
                k += n
        assert mention_ids(s) == sorted(m.id for a in articles() for m in a.mentions)
