"""Session 41 (issue 14, branch pg45): PostgreSQL's end of a bulk load groups sum_country_days by sorting.

Summed in integer millionths (session 37), the rebuild of sum_country_days spends most of its CPU on the
groups' sort, which its ORDER BY needs anyway; grouped by that sort (no hash table of every group sorted
afterwards) the statement costs about a fifth less. What must not change: the rows. The summary a bulk
load rebuilds equals the one writes article by article keep, and equals counts made here in Python, on
events made to hit each of the table's rules (both actors of one country, one actor only, no date of
its own, no modality, one country-day shared by several articles)."""
from __future__ import annotations

import copy
import dataclasses
from collections import Counter

from newsgraph.store import open_store, summaries
from newsgraph.store import postgres_rebuild

from test_backends import table_rows
from test_bulk31 import _bench_corpus


def _edge_corpus():
    """Bench-generator articles whose events are edited so that each rule of sum_country_days shows up."""
    corpus = copy.deepcopy(_bench_corpus(n_articles=24, seed=45)[0])
    for k, a in enumerate(corpus):
        for i, e in enumerate(a.events):
            change: dict = {}
            if i == 0:                          # both actors of one country: counted once for it
                change["target_code"] = e.source_code[:3] + "MIL"
            elif i == 1:                        # no target code: the source's country only
                change["target_code"] = None
            elif i == 2:                        # no date of its own: counted on its article's day
                change["date"] = None
            elif i == 3:                        # no modality: kept as ''
                change["modality"] = None
            elif i == 4:                        # the same day in every article: groups shared across writes
                change["date"] = "2024-02-29"
            if change:
                a.events[i] = dataclasses.replace(e, **change)
    return corpus


def _expected(corpus) -> Counter:
    """sum_country_days' event counts computed here: each event once per distinct actor country, on its
    day or else its article's."""
    out: Counter = Counter()
    for a in corpus:
        for e in a.events:
            day = e.date or a.article.published.isoformat()
            countries = {c[:3] for c in (e.source_code, e.target_code) if c}
            for c in countries:
                out[(c, e.modality or "", day, e.quad_class)] += 1
    return out


def _stored(store) -> Counter:
    return Counter({(r["country"], r["modality"], str(r["event_date"]), r["quad_class"]): r["events"]
                    for r in store.query("SELECT country, modality, event_date, quad_class, events "
                                         "FROM sum_country_days")})


def test_a_bulk_load_rebuilds_sum_country_days_as_writes_article_by_article_keep_it(postgres):
    corpus = _edge_corpus()
    bulk, plain = open_store(postgres.create_database("bulk")), open_store(postgres.create_database("plain"))
    try:
        with bulk.bulk_load():
            for k in range(0, len(corpus), 5):
                bulk.write(corpus[k:k + 5])
        for a in corpus:
            plain.write([a])
        expected = _expected(corpus)
        # the edited events are there: groups without modality, and one day several articles share (a
        # group summed across writes)
        assert any(m == "" for _, m, _, _ in expected)
        assert max(n for (_, _, day, _), n in expected.items() if day == "2024-02-29") > 1
        assert _stored(bulk) == expected
        assert table_rows(bulk, "sum_country_days") == table_rows(plain, "sum_country_days")
        # every other summary as before
        for t in summaries.TABLES:
            assert table_rows(bulk, t) == table_rows(plain, t), t
    finally:
        bulk.close()
        plain.close()


def _plan(pg_url, table: str) -> str:
    """The rebuild's plan for `table` under the settings the end of a bulk load gives its transaction, over
    100,000 events made in SQL with about one country-day group per event (as a bulk load's are: the
    planner picks its grouping by the table's size and statistics)."""
    import psycopg

    store = open_store(pg_url)              # the schema
    store.close()
    summary = summaries.BY_TABLE[table]
    pregroup = table in postgres_rebuild.PREGROUPED
    sql = summaries.add_sql(summary, "events", 1, empty=True, pregroup=pregroup, micro=not pregroup)
    with psycopg.connect(pg_url, autocommit=True) as con:
        if not con.execute("SELECT EXISTS (SELECT 1 FROM events)").fetchone()[0]:
            con.execute("INSERT INTO events (id, article_id, event_date, modality, quad_class, goldstein, source_code, "
                        "target_code, source_actor_id, target_actor_id, place_name, place_country, place_lat, "
                        "place_lon) SELECT md5(i::text), 'art' || (i / 10), DATE '2023-01-01' + (i * 37) % 730, "
                        "(ARRAY['asserted', 'negated', 'planned'])[1 + i % 3], 1 + i % 4, (i % 21) - 10.0, "
                        "chr(65 + i % 26) || chr(65 + (i / 26) % 26) || 'GOV', chr(65 + (i / 7) % 26) || 'XXMIL', "
                        "'p' || (i % 5000), 'q' || (i * 13 % 20000), 'Place ' || (i % 300), 'FRA', i % 300, i % 300 "
                        "FROM generate_series(1, 100000) i")
            con.execute("ANALYZE events")
        with con.transaction(), con.cursor() as cur:
            postgres_rebuild.summary_settings(cur, [table])
            return "\n".join(r[0] for r in cur.execute("EXPLAIN " + sql).fetchall())


def test_the_country_days_are_grouped_by_the_sort_their_order_needs(pg_url):
    plan = _plan(pg_url, "sum_country_days")
    assert "GroupAggregate" in plan and "HashAggregate" not in plan
    # one sort: the groups come out of it in the key's order, so the ORDER BY needs no second one
    assert plan.count("Sort Key") == 1


def test_tables_that_repeat_their_groups_keep_the_hash_table(pg_url):
    """sum_places and sum_days pregroup events that repeat places and days: a hash table is cheaper there
    (sorted, sum_places cost 0.42 -> 0.75 s of server CPU at 200k events), so the setting is per table."""
    for table in ("sum_places", "sum_days"):
        assert "HashAggregate" in _plan(pg_url, table), table
