"""Full-text search over evidence sentences (store/search.py) on both backends: whole words, phrases,
special characters taken literally, the index kept in step with writes, and filled by the v3->v4 migration."""
from __future__ import annotations

import dataclasses
import datetime as dt

import duckdb
import pytest

from newsgraph.records import Actor
from newsgraph.store import open_store
from newsgraph.store.dialect import DUCKDB, POSTGRES
from newsgraph.store.search import index_pairs, search_clause, term_ids, terms

from test_store import XI, corpus, event, make_analysis


def test_terms_are_distinct_lower_case_words():
    assert terms("Putin met Kim; PUTIN smiled. Erdoğan's 2024 visit") == [
        "putin", "met", "kim", "smiled", "erdoğan", "s", "2024", "visit"]
    assert terms("") == [] and terms(None) == [] and terms("%_--") == []


def test_duckdb_splits_the_same_words_as_python():
    """DuckDB builds its index in SQL (WORDS_SQL); queries (and PostgreSQL's index) use `terms`: both
    must give the same words, accents, digits, dotted I and final sigma included."""
    from newsgraph.store.search import WORDS_SQL

    texts = ["Putin met Kim; PUTIN smiled. Erdoğan's 2024 visit", "İSTANBUL ΟΔΟΣ οδός Straße naïve x²_y ½",
             "snake_case l'État 東京 deals—talks", ""]
    con = duckdb.connect()
    for text in texts:
        sql_words = con.execute(f"SELECT {WORDS_SQL.format(text='?')}", [text]).fetchall()[0][0]
        assert sorted(sql_words) == sorted(terms(text)), text


def test_search_clause_uses_the_index_only_for_words():
    sql, params = search_clause(DUCKDB, "missile strike")
    assert sql.count("evidence_terms") == 2 and params[:2] == ["missile", "strike"]
    assert params[-1] == "%missile strike%" and "ILIKE" in sql
    sql, params = search_clause(POSTGRES, "missile strike")      # one GIN lookup for all the words
    assert sql.count("evidence_index") == 1 and params == [term_ids(["missile", "strike"]), "%missile strike%"]
    sql, params = search_clause(DUCKDB, "Missile")              # one plain word: the postings alone
    assert params == ["missile"] and "ILIKE" not in sql
    sql, params = search_clause(DUCKDB, "50%")
    assert params == ["50", "%50\\%%"]
    sql, params = search_clause(DUCKDB, "%")
    assert "evidence_terms" not in sql and params == ["%\\%%"]


@pytest.fixture()
def db(db_target):
    usa = Actor(id=Actor.make_id("United States", "USA"), name="United States", kind="COUNTRY", country="USA")
    extra = make_analysis("Xi Jinping warned the United States over a missile strike near Taiwan.",
                          url="http://d.example/4", source="Delta", published=dt.date(2024, 8, 1), actors=[XI, usa],
                          events=[event("Xi Jinping warned the United States over a missile strike near Taiwan.",
                                        "111", XI, usa, goldstein=-2.0, plover_type="ACCUSE")])
    store = open_store(db_target)
    store.write([*corpus(), extra])
    yield store
    store.close()


@pytest.mark.parametrize("text, expected", [
    ("criticised", 1),
    ("CRITICISED", 1),
    ("missile strike", 1),             # a phrase of whole words
    ("strike missile", 0),             # the words, but not as a phrase
    ("criticis", 0),                   # not a whole word
    ("Pyongyang", 2),
    ("Russia’s President", 1),         # punctuation inside the phrase
    ("united", 2),
    ("nowhere", 0),
    ("%", 0), ("_", 0), ("' OR 1=1 --", 0),
])
def test_search_finds_whole_words_as_a_phrase(db, text, expected):
    page = db.events(search=text)
    assert page.total == expected == len(page)
    for r in page.rows:
        assert text.lower() in r["evidence"].lower()


def test_search_combines_with_other_filters(db):
    assert db.events(search="Pyongyang", outlet="Beta").total == 1
    assert db.events(search="Pyongyang", modality=None).total == 3      # + the hypothetical visit
    assert db.events(search="visit Pyongyang", modality="hypothetical").total == 1


def test_index_follows_replaced_articles(db):
    a3 = corpus()[2]
    a3.events = a3.events[:1]           # the hypothetical visit is gone after re-analysis
    db.write([a3], replace=True)
    assert db.events(search="next year", modality=None).total == 0
    assert db.events(search="criticised").total == 1
    pairs = index_pairs(db)
    assert pairs and {p["event_id"] for p in pairs} == {r["id"] for r in db.events(modality=None).rows}


def test_migration_from_v3_builds_the_index(tmp_path):
    path = tmp_path / "v3.duckdb"
    with open_store(path) as s:
        s.write(corpus())
    con = duckdb.connect(str(path))
    con.execute("DROP TABLE evidence_terms")
    con.execute("UPDATE schema_info SET value = '3' WHERE key = 'schema_version'")
    con.close()
    with open_store(path) as s:
        assert s.events(search="criticised").total == 1
        assert s.events(search="Pyongyang").total == 2



def test_migration_from_v6_rebuilds_duckdbs_index_on_integer_keys(tmp_path):
    """v6 kept (term, event_id) rows and no sentences; v7 names events by global_id and keeps their
    sentences: an old file is re-indexed when opened for writing, and answers as a new one does."""
    path = tmp_path / "v6.duckdb"
    with open_store(path) as s:
        s.write(corpus())
        expected = sorted(index_pairs(s), key=lambda r: (r["term"], r["event_id"]))
    con = duckdb.connect(str(path))
    con.execute("DROP TABLE evidence_terms")
    con.execute("DROP TABLE evidence_sentences")
    con.execute("CREATE TABLE evidence_terms (term VARCHAR NOT NULL, event_id VARCHAR NOT NULL)")
    con.execute("INSERT INTO evidence_terms VALUES ('stale', 'no-such-event')")
    con.execute("UPDATE schema_info SET value = '6' WHERE key = 'schema_version'")
    con.close()
    with open_store(path) as s:
        assert sorted(index_pairs(s), key=lambda r: (r["term"], r["event_id"])) == expected
        assert s.events(search="missile strike").total == 0 and s.events(search="stale").total == 0
        assert s.events(search="criticised").total == 1 and s.events(search="Pyongyang").total == 2
        assert s.query("SELECT count(*) AS n FROM evidence_sentences")[0]["n"] == len(s.events(modality=None))


def test_migration_from_v7_rebuilds_postgresqls_index_on_word_keys(pg_url):
    """v7 kept the words themselves (TEXT[]); v8 keeps their 64-bit keys (search.term_id): an old
    database is re-indexed when opened for writing, and answers as a new one does."""
    import psycopg

    with open_store(pg_url) as s:
        s.write(corpus())
        expected = sorted(index_pairs(s), key=lambda r: (r["term"], r["event_id"]))
    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute("DROP TABLE evidence_index")
        con.execute("CREATE TABLE evidence_index (event_id VARCHAR PRIMARY KEY, terms TEXT[] NOT NULL, evidence TEXT)")
        con.execute("CREATE INDEX evidence_index_terms ON evidence_index USING gin (terms)")
        con.execute("INSERT INTO evidence_index VALUES ('no-such-event', '{stale}', 'stale')")
    _set_schema_version(pg_url, 7)
    with open_store(pg_url) as s:
        assert sorted(index_pairs(s), key=lambda r: (r["term"], r["event_id"])) == expected
        assert s.events(search="stale").total == 0 and s.events(search="criticised").total == 1
        assert s.events(search="Pyongyang").total == 2 and s.events(search="Pyongyang", country="PRK").total >= 1


def test_phrase_is_checked_on_each_candidates_own_sentence(db_target):
    """Both words in one event's sentence, the phrase in another event's sentence of the same article:
    only the event whose own sentence has the phrase matches (the sentences are kept per event)."""
    text = "Officials discussed the exchange of a prisoner. Both sides agreed to a prisoner exchange."
    first, second = text.split(". ")[0] + ".", text.split(". ")[1]
    an = make_analysis(text, url="http://d.example/9", source="Echo", published=dt.date(2024, 9, 1),
                       actors=[XI], events=[event(first, "036", XI, None),
                                            event(second, "057", XI, None)])
    with open_store(db_target) as s:
        s.write([an])
        page = s.events(search="prisoner exchange")
        assert page.total == 1 and page.rows[0]["evidence"] == second
        assert s.events(search="exchange prisoner").total == 0
        assert s.events(search="prisoner").total == 2


def test_indexed_evidence_keeps_each_event_once_and_only_with_a_sentence():
    from newsgraph.store.search import indexed_evidence

    assert indexed_evidence([("a", "Talks began."), ("b", ""), ("c", None), ("a", "Talks ended."), ("d", "x")]) == [
        ("a", "Talks ended."), ("d", "x")]


def _set_schema_version(target: str, version: int) -> None:
    sql = f"UPDATE schema_info SET value = '{version}' WHERE key = 'schema_version'"
    if target.startswith("postgresql:"):
        import psycopg

        with psycopg.connect(target, autocommit=True) as con:
            con.execute(sql)
    else:
        with duckdb.connect(target) as con:
            con.execute(sql)


def test_an_event_without_a_sentence_has_no_index_entry(db_target):
    """A record written with an empty evidence span (the Python API takes any records) is stored but
    not indexed, when written and when a migration re-indexes the stored events."""
    text = "Officials met in Geneva. The talks went on."
    an = make_analysis(text, url="http://d.example/10", source="Echo", published=dt.date(2024, 9, 2), actors=[XI],
                       events=[event("Officials met in Geneva.", "040", XI, None),
                               lambda art: dataclasses.replace(event("The talks went on.", "036", XI, None)(art),
                                                               evidence_end=text.index("The talks"))])
    target = str(db_target)
    with open_store(target) as s:
        s.write([an])
        stored = {r["id"]: r["evidence"] for r in s.events(modality=None).rows}
        assert sorted(stored.values()) == ["", "Officials met in Geneva."]
        indexed = {p["event_id"] for p in index_pairs(s)}
        assert indexed == {eid for eid, ev in stored.items() if ev}
    _set_schema_version(target, 7 if target.startswith("postgresql:") else 6)   # the last re-indexing step
    with open_store(target) as s:
        assert {p["event_id"] for p in index_pairs(s)} == indexed
        assert s.events(search="Geneva").total == 1 and s.events(search="talks", modality=None).total == 0
