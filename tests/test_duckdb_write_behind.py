"""DuckDB's background inserts (duckdb_backend.DuckDBWriter: a large insert of new rows runs on a thread
while Store.write builds the next part's rows) and the column-wise event rows (rows.EventColumns): the
same tables as one plain insert per table, and a failed background insert rolls the whole write back."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from newsgraph.records import Analysis, Event
from newsgraph.store import open_store
from newsgraph.store import rows as R
from newsgraph.store.duckdb_backend import DuckDBWriter, _arrow_type
from newsgraph.store.search import index_pairs, indexed_evidence, terms

from test_backends import assert_same_tables
from test_postgres_bulk import extra_articles
from test_store import XI, corpus, event, make_analysis


def test_parts_of_one_article_store_what_one_part_stores(tmp_path, monkeypatch):
    with open_store(str(tmp_path / "ref.duckdb")) as ref:
        ref_stats = ref.write([*corpus(), *extra_articles()])
    monkeypatch.setattr(DuckDBWriter, "PART_ARTICLES", 1)         # every article a part of its own
    monkeypatch.setattr(DuckDBWriter, "MAX_QUEUED", 1)
    with open_store(str(tmp_path / "parts.duckdb")) as s, open_store(str(tmp_path / "ref.duckdb")) as ref:
        with s.bulk_load():                                       # parts: in a bulk load only
            stats = s.write([*corpus(), *extra_articles()])
            assert s.write([*corpus(), *extra_articles()]).articles == 0
        assert stats == ref_stats and stats.events > 5
        assert_same_tables(s, ref)
        # the parts' words are stored in one run sorted by word (zone maps), as one part's are
        terms = [r["term"] for r in s.query("SELECT term FROM evidence_terms ORDER BY rowid")]
        assert terms == sorted(terms) and len(set(terms)) > 20


@pytest.mark.parametrize("bulk", [False, True])
def test_a_failed_background_insert_rolls_the_whole_write_back(tmp_path, bulk):
    bad = corpus()[:3]
    # the first article's time has no article id (NOT NULL): its insert (the last table's) fails in the
    # background, after the articles, mentions and events of the same write were inserted
    bad[0].times[0] = dataclasses.replace(bad[0].times[0], article_id=None)
    with open_store(str(tmp_path / "fail.duckdb")) as s:
        with s.bulk_load() if bulk else _nothing():
            with pytest.raises(Exception, match="(?i)null"):
                s.write(bad)
            assert s.counts()["articles"] == s.counts()["events"] == 0      # nothing of it stored
            s.write(corpus())                                             # the store still works
        with open_store(str(tmp_path / "ref.duckdb")) as ref:
            ref.write(corpus())
            assert_same_tables(s, ref)


class _nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def edge_events() -> list[tuple[Event, object]]:
    """(event, its article's publication date) pairs for the derived columns' fallbacks: dates before
    year 1000, missing parts, non-ASCII codes, malformed publication dates."""
    base = dict(article_id="a1", sentence=0, evidence_start=0, evidence_end=10, rule_id="r", modality="asserted")
    return [
        (Event(id="0123456789abcdef", cameo_code="043", cameo_root="04", quad_class=1, date="2024-06-19", **base),
         dt.date(2024, 6, 20)),
        (Event(id="fedcba9876543210", cameo_code="190", date="2024-06", **base), "2024-06-21"),   # root, quad derived
        (Event(id="not-a-hex-id-xyz", cameo_code=None, date="2024-W25", **base), None),           # falls back to nothing
        (Event(id="00000000000000aa", cameo_code="1", quad_class=4, date=None, source_code="RUS", **base),
         "not a date"),
        (Event(id="00000000000000bb", cameo_code="173", cameo_root="", date="2024-02-30", **base),
         dt.date(2024, 3, 1)),
        (Event(id="00000000000000cc", cameo_code="042", date="0987-03-04", source_code="TÜRGOV",
               target_code="ΕΛΛ", **base), None),
        (Event(id="00000000000000dd", cameo_code="", date="0001-01-01", source_code="", target_code="USA",
               **base), None),
    ]


def test_event_columns_are_the_event_rows():
    """rows.EventColumns (DuckDB) stores the same rows as rows.event_row's dicts (PostgreSQL's other
    paths), including the derived columns' fallbacks and the cluster_id DuckDB computes in SQL."""
    events = edge_events()
    with open_store(":memory:") as s:
        with s.backend.transaction() as tx:
            fields = [(n, _arrow_type(t)) for n, t in tx.columns("events")]
            tx.insert("events", R.EventColumns(events), on_conflict="new")
        names, raw = s.backend.fetch("SELECT * FROM events ORDER BY id")
    by_rows = R.arrow_table(sorted((R.event_row(e, pub) for e, pub in events), key=lambda r: r["id"]), fields)
    assert [dict(zip(names, r)) for r in raw] == by_rows.to_pylist()
    assert len({r["cluster_id"] for r in by_rows.to_pylist()}) == len(events)


@pytest.mark.parametrize("odd_id", [None, "+1_f", " abc", "0x12", "ab cd"])
def test_event_columns_global_id_in_sql_or_python_is_the_same(odd_id):
    """With every id hex, DuckDB computes global_id in SQL (rows.GLOBAL_ID_SQL); one id that Python's int()
    reads otherwise or not at all (a sign, an underscore, spaces, a 0x prefix) sends the batch's ids through
    rows.global_id. Either way the rows equal rows.event_row's, and so do roots and QuadClasses derived
    from odd codes (a root given empty, a code of one character, a non-digit root, a root given as a digit
    string with spaces)."""
    base = dict(article_id="a1", sentence=0, evidence_start=0, evidence_end=10, rule_id="r", date="2023-01-05")
    events = [(Event(id="ABCDEF0123456789", cameo_code="112", **base), dt.date(2023, 1, 6)),
              (Event(id="abc", cameo_code="2", cameo_root="", **base), dt.date(2023, 1, 6)),
              (Event(id="0000000000000001", cameo_code="XY1", **base), "2023-01-07"),
              (Event(id="0000000000000002", cameo_code="180", cameo_root=" 18", **base), None),
              (Event(id="0000000000000003", cameo_code="", cameo_root=None, quad_class=2, **base), None)]
    if odd_id:
        events.append((Event(id=odd_id, cameo_code="0a0", **base), None))
    cols = R.EventColumns(events)
    with open_store(":memory:") as s:
        with s.backend.transaction() as tx:
            fields = [(n, _arrow_type(t)) for n, t in tx.columns("events")]
            tx.insert("events", cols, on_conflict="new")
        names, raw = s.backend.fetch("SELECT * FROM events ORDER BY id")
    assert ("global_id" in cols.sql_columns) == (odd_id is None)
    by_rows = R.arrow_table(sorted((R.event_row(e, pub) for e, pub in events), key=lambda r: r["id"]), fields)
    assert [dict(zip(names, r)) for r in raw] == by_rows.to_pylist()
    got = {r[names.index("id")]: r for r in raw}
    assert got["0000000000000002"][names.index("quad_class")] == 4     # " 18": int() reads it, so does the store
    assert got["0000000000000001"][names.index("quad_class")] is None  # "XY": no QuadClass


def test_event_tuples_are_the_event_rows():
    """rows.EventTuples (PostgreSQL's bulk COPY) gives each event the values of its rows.event_row dict,
    for every column of the events table, in the order its `columns` names them."""
    events = edge_events()
    with open_store(":memory:") as s, s.backend.transaction() as tx:
        table = [n for n, _ in tx.columns("events")]
    cols = R.EventTuples(events).columns(table)
    assert sorted(cols) == sorted(table)
    assert cols[-len(R.DERIVED_EVENT_COLUMNS):] == list(R.DERIVED_EVENT_COLUMNS)
    rows = [R.event_row(e, pub) for e, pub in events]
    assert [dict(zip(cols, t)) for t in R.EventTuples(events).tuples(cols)] == \
        [{c: r.get(c) for c in cols} for r in rows]
    assert R.EventTuples(events).dicts() == rows
    assert R.EventTuples(events).columns([c for c in table if c != "cluster_id"]) is None    # the dicts' way


def _index(store) -> list[tuple]:
    return sorted((r["term"], r["event_id"]) for r in index_pairs(store))


@pytest.mark.parametrize("ids", [("ev-one", "ev-two"), ("ev-one", "ev-one")])
def test_the_evidence_index_of_a_write_with_odd_or_repeated_event_ids(tmp_path, ids):
    """DuckDB indexes a write's evidence from two lists (Store._evidence_columns, insert_evidence), its ids
    read without a Python loop per event and global_id computed in SQL when they are hex. Ids that are not
    hex take rows.global_id, and an id that repeats in a write takes the pairs' way (the last sentence
    kept, search.indexed_evidence): either way the index is the one the pairs give."""
    text1 = "Ministers signed a grain deal in Ankara. Farmers waited for news."
    text2 = "Port workers went on strike over unpaid wages. The harbour stayed shut."
    a1 = make_analysis(text1, url="http://w.example/1", source="Kappa", published=dt.date(2025, 2, 1), actors=[XI],
                       events=[lambda art: dataclasses.replace(event("Ministers signed a grain deal in Ankara.", "057",
                                                                     XI, None)(art), id=ids[0])])
    a2 = make_analysis(text2, url="http://w.example/2", source="Kappa", published=dt.date(2025, 2, 2), actors=[XI],
                       events=[lambda art: dataclasses.replace(event("Port workers went on strike over unpaid wages.",
                                                                     "141", XI, None)(art), id=ids[1])])
    with open_store(str(tmp_path / "odd.duckdb")) as s:
        s.write([a1, a2])
        expected = sorted((t, eid) for eid, sentence in indexed_evidence(
            (e.id, a.article.text[e.evidence_start:e.evidence_end]) for a in (a1, a2) for e in a.events)
            for t in terms(sentence))
        assert _index(s) == expected and expected
        gids = {r["id"]: r["global_id"] for r in s.query("SELECT id, global_id FROM events")}
        assert gids == {i: R.global_id(i) for i in ids}
        assert s.events(search="grain deal").total == (1 if ids[0] != ids[1] else 0)
        assert s.events(search="unpaid wages").total == 1       # (a repeated id: its last sentence)
