"""Session 37 (issue 14, branch bulk41): two cheaper statements of the 1 M-event bulk load, same rows.

- PostgreSQL's end of a bulk load sums the Goldstein scores of the two summaries grouped straight from the
  events (sum_country_days, sum_pairs) in integer millionths instead of numeric, when that is exact for every
  stored score (summaries.MICRO_EXACT_SQL); a score whose millionths are not its DECIMAL(18, 6) value, or one
  too large for them, keeps the numeric sum.
- DuckDB's evidence index groups each write's words by the event's integer global_id instead of its id.

What both must keep: the tables a bulk load stores are the ones writes article by article store, summaries
and index rows included."""
from __future__ import annotations

import copy
import dataclasses
from decimal import ROUND_HALF_UP, Decimal

import pytest

from newsgraph.store import open_store, summaries

from test_backends import assert_same_tables, table_rows
from test_bulk31 import _bench_corpus, raw_index


def _summary_tables(store) -> dict[str, list[tuple]]:
    return {t: table_rows(store, t) for t in summaries.TABLES}


def _with_scores(corpus, scores):
    """A copy of the corpus whose events take these Goldstein scores in turn."""
    out = copy.deepcopy(corpus)
    k = 0
    for a in out:
        for i, e in enumerate(a.events):
            a.events[i] = dataclasses.replace(e, goldstein=scores[k % len(scores)])
            k += 1
    return out


def _loaded(target, corpus, bulk: bool):
    store = open_store(target)
    if bulk:
        with store.bulk_load():
            for k in range(0, len(corpus), 15):
                store.write(corpus[k:k + 15])
    else:
        for a in corpus:
            store.write([a])
    return store


def _pair_sums(corpus, postgres: bool) -> dict[tuple[str, str], Decimal]:
    """sum_pairs' Goldstein sums computed here: each score rounded to six decimals as the database casts it
    to DECIMAL(18, 6) (half away from zero; PostgreSQL rounds the float's 15 significant digits, DuckDB its
    exact binary value), added per undirected pair of actors."""
    out: dict[tuple[str, str], Decimal] = {}
    for a in corpus:
        for e in a.events:
            if not e.source_actor_id or not e.target_actor_id or e.source_actor_id == e.target_actor_id:
                continue
            key = tuple(sorted((e.source_actor_id, e.target_actor_id)))
            if e.goldstein is None:
                score = Decimal(0)
            else:
                exact = Decimal(format(e.goldstein, ".15g")) if postgres else Decimal(e.goldstein)
                score = exact.quantize(Decimal("0.000001"), rounding=ROUND_HALF_UP)
            out[key] = out.get(key, Decimal(0)) + score
    return out


@pytest.mark.parametrize("scores", [
    [-10.0, 3.4, 7.0, -6.5, 0.0, 1.9, None],                    # the CAMEO scale: one decimal (millionths)
    [2.0000005, -3.1234565, 0.1, 4.0000015, -7.2],              # a seventh decimal: numeric sums
    [3e9, -2.5, 3.0],                                           # past the check's range: numeric sums
])
def test_a_bulk_load_sums_the_scores_as_writes_article_by_article_do(db_target, tmp_path, request, scores):
    corpus = _with_scores(_bench_corpus(n_articles=45, seed=41)[0], scores)
    bulk = _loaded(db_target, corpus, bulk=True)
    # the writes article by article on the same backend (the two cast a seventh decimal differently)
    other = (request.getfixturevalue("postgres").create_database("plain") if bulk.backend.dialect.is_postgres
             else str(tmp_path / "plain.duckdb"))
    plain = _loaded(other, corpus, bulk=False)
    try:
        assert bulk.counts() == plain.counts() and bulk.counts()["events"] == 450
        assert_same_tables(bulk, plain)
        assert _summary_tables(bulk) == _summary_tables(plain)
        stored = {(r["actor_a"], r["actor_b"]): Decimal(str(r["goldstein_sum"]))
                  for r in bulk.query("SELECT actor_a, actor_b, sum(goldstein_sum) AS goldstein_sum "
                                      "FROM sum_pairs GROUP BY actor_a, actor_b")}
        assert stored == _pair_sums(corpus, postgres=bulk.backend.dialect.is_postgres)
        assert bulk.network().rows == plain.network().rows
        assert bulk.timeline("auto", country=corpus[0].actors[0].country).rows == \
            plain.timeline("auto", country=corpus[0].actors[0].country).rows
    finally:
        bulk.close()
        plain.close()


def _exact(pg_url, scores) -> bool:
    import psycopg

    with psycopg.connect(pg_url) as con:
        con.execute("CREATE TEMP TABLE events (goldstein DOUBLE PRECISION)")
        con.cursor().executemany("INSERT INTO events VALUES (%s)", [(s,) for s in scores])
        return con.execute(summaries.MICRO_EXACT_SQL).fetchone()[0]


def test_the_millionths_are_used_only_where_they_are_exact(pg_url):
    assert _exact(pg_url, [-10.0, -6.5, 0.0, 1.9, 3.4, 10.0, None]) is True
    assert _exact(pg_url, []) is True                                     # nothing to sum
    assert _exact(pg_url, [1.9, 2.0000005]) is False                      # rounds differently
    assert _exact(pg_url, [1.9, 1e12]) is False                           # past the range, no overflow
    assert _exact(pg_url, [1.9, float("nan")]) is False
    assert _exact(pg_url, [1.9, float("inf")]) is False


def test_the_guard_matters_the_millionths_differ_on_a_seventh_decimal(pg_url):
    """Why the check: summed in millionths, a score whose float rounds the other way gives another sum."""
    import psycopg

    with psycopg.connect(pg_url) as con:
        con.execute("CREATE TEMP TABLE e1 (goldstein DOUBLE PRECISION)")
        con.cursor().executemany("INSERT INTO e1 VALUES (%s)", [(2.0000005,), (4.0000015,), (-3.1234565,)])
        numeric = con.execute("SELECT sum(CAST(goldstein AS DECIMAL(18, 6))) FROM e1").fetchone()[0]
        micro = con.execute("SELECT sum(CAST(round(goldstein * 1000000) AS BIGINT)) * 0.000001 FROM e1").fetchone()[0]
    assert numeric != micro


def test_duckdb_index_has_one_posting_per_word_and_event(tmp_path):
    corpus = _bench_corpus(n_articles=20, seed=42)[0]
    a = corpus[0]
    lead = "The envoy and the minister met the envoy again. "      # repeated words: one posting each
    a.article = dataclasses.replace(a.article, text=lead + a.article.text)
    shift = len(lead)
    a.events = [dataclasses.replace(e, evidence_start=e.evidence_start + shift, evidence_end=e.evidence_end + shift)
                for e in a.events]
    a.events[0] = dataclasses.replace(a.events[0], evidence_start=0, evidence_end=shift - 1)
    a.mentions = [dataclasses.replace(m, start=m.start + shift, end=m.end + shift) for m in a.mentions]
    bulk = _loaded(str(tmp_path / "bulk.duckdb"), corpus, bulk=True)
    plain = _loaded(str(tmp_path / "plain.duckdb"), corpus, bulk=False)
    try:
        terms = raw_index(bulk)["evidence_terms"]
        assert terms == raw_index(plain)["evidence_terms"]
        assert len(terms) == len(set(terms))                     # no posting twice
        first = bulk.query("SELECT global_id FROM events WHERE id = ?", [a.events[0].id])[0]["global_id"]
        assert sorted(t for t, g in terms if g == first) == ["again", "and", "envoy", "met", "minister", "the"]
        assert bulk.events(search="minister envoy", modality=None).total == 0       # not a phrase of it
        assert bulk.events(search="the minister", modality=None).total == 1
    finally:
        bulk.close()
        plain.close()
