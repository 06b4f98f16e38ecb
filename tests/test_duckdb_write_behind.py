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


def test_event_columns_are_the_event_rows():
    """rows.EventColumns (DuckDB) builds the same Arrow table as rows.event_row's dicts (PostgreSQL),
    including the derived columns' fallbacks."""
    base = dict(article_id="a1", sentence=0, evidence_start=0, evidence_end=10, rule_id="r", modality="asserted")
    events = [
        (Event(id="0123456789abcdef", cameo_code="043", cameo_root="04", quad_class=1, date="2024-06-19", **base),
         dt.date(2024, 6, 20)),
        (Event(id="fedcba9876543210", cameo_code="190", date="2024-06", **base), "2024-06-21"),   # root, quad derived
        (Event(id="not-a-hex-id-xyz", cameo_code=None, date="2024-W25", **base), None),           # falls back to nothing
        (Event(id="00000000000000aa", cameo_code="1", quad_class=4, date=None, source_code="RUS", **base),
         "not a date"),
        (Event(id="00000000000000bb", cameo_code="173", cameo_root="", date="2024-02-30", **base),
         dt.date(2024, 3, 1)),
    ]
    with open_store(":memory:") as s, s.backend.transaction() as tx:
        fields = [(n, _arrow_type(t)) for n, t in tx.columns("events")]
    by_rows = R.arrow_table([R.event_row(e, pub) for e, pub in events], fields)
    by_columns = R.EventColumns(events).arrow_table(fields)
    assert by_columns.equals(by_rows)
    assert by_columns.column("cameo_root").to_pylist() == ["04", "19", None, "1", "17"]
    assert by_columns.column("event_date").to_pylist()[:2] == [dt.date(2024, 6, 19), dt.date(2024, 6, 1)]


def test_a_repeated_actor_record_is_merged_once_a_changed_one_again(tmp_path):
    """Inside a bulk load a record already merged and committed is skipped (store._merged_actors), but
    the same record object changed since (a new alias) is merged again."""
    first = corpus()[0]
    actor = first.actors[0]

    def article_with_the_actors(n: int) -> Analysis:
        return Analysis(article=dataclasses.replace(first.article, id=f"article-{n}", url=f"http://x.example/{n}"),
                        actors=first.actors)

    with open_store(str(tmp_path / "actors.duckdb")) as s:
        with s.bulk_load():
            assert s.write([article_with_the_actors(1)]).actors_new == len(first.actors)
            again = s.write([article_with_the_actors(2)])
            assert again.articles == 1 and again.actors_new == again.actors_updated == 0
            actor.aliases.append("A New Alias")
            assert s.write([article_with_the_actors(3)]).actors_updated == 1
        assert "A New Alias" in s.actor(actor.id)["aliases"]
