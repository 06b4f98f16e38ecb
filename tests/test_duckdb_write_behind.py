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

from test_backends import assert_same_tables
from test_postgres_bulk import extra_articles
from test_store import corpus


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
