"""Full-text search over evidence sentences (store/search.py) on both backends: whole words, phrases,
special characters taken literally, the index kept in step with writes, and filled by the v3->v4 migration."""
from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from newsgraph.records import Actor
from newsgraph.store import open_store
from newsgraph.store.dialect import DUCKDB, POSTGRES
from newsgraph.store.search import index_pairs_sql, search_clause, terms

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
    assert sql.count("evidence_index") == 1 and params == [["missile", "strike"], "%missile strike%"]
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
    pairs = db.query(index_pairs_sql(db.dialect))
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

