"""Session 48 (issue 14, branch pg52): a PostgreSQL sole bulk load groups its summaries in the client
(store/postgres_sums.py) instead of the server rebuilding them from every stored event.

What must not change: the rows, and their heap order (the rebuild's ORDER BY, which the timeline and
network plans read). Each test compares the client-grouped tables with the server's rebuild
(`PostgresBackend.client_summaries = False`) and with writes article by article, and checks which path
ran. The fallbacks are exercised too: a re-analysis inside the load, a batch rolled back in the middle,
scores not exact in millionths, a coordinate not finite, a database that does not order text byte-wise. Articles are the bench
generator's (made-up names), with events edited to hit each rule of the two tables."""
from __future__ import annotations

import copy
import dataclasses

import pytest

from newsgraph.store import open_store, postgres_sums, summaries
from newsgraph.store import postgres_writer as PW

from test_backends import table_rows
from test_bulk31 import _bench_corpus


def _corpus(n_articles: int = 24, seed: int = 52):
    """Bench articles whose events are edited so that each rule of sum_country_days and sum_pairs shows:
    both actors of one country, no target, no date of its own, no modality, no score, one actor on both
    sides, an unresolved actor, a code shorter than three letters, non-ASCII ids and codes."""
    corpus = copy.deepcopy(_bench_corpus(n_articles=n_articles, seed=seed)[0])
    for a in corpus:
        for i, e in enumerate(a.events):
            change: dict = {}
            if i == 0:
                change["target_code"] = e.source_code[:3] + "MIL"
            elif i == 1:
                change.update(target_code=None, target_actor_id=None)
            elif i == 2:
                change["date"] = None
            elif i == 3:
                change.update(modality=None, goldstein=None)
            elif i == 4:
                change.update(date="2024-02-29", target_actor_id=e.source_actor_id)
            elif i == 5:
                change.update(source_code="Zé", source_actor_id="ÉLAN-ÉTÉ")      # non-ASCII: byte order
            elif i == 6:
                change.update(source_code=None, source_actor_id=None, quad_class=None)
            elif i == 7:       # places: no name, a lower-case country, coordinates rounding to -0 and halfway
                change.update(place_name=None, place_country="fr", place_lat=-0.0004, place_lon=12.3455)
            elif i == 8:       # a non-ASCII country (upper() leaves it), no latitude
                change.update(place_country="çb", place_lat=None)
            elif i == 9 and a is corpus[0]:
                change.update(place_country=None, place_lat=0.0005, place_lon=-179.9995)
            if change:
                a.events[i] = dataclasses.replace(e, **change)
    return corpus


def _heap(store, table: str) -> list[tuple]:
    """The table's rows in their stored order (a plain scan reads the heap in order)."""
    return store.backend.fetch(f"SELECT * FROM {table}")[1]


@pytest.fixture
def copies(monkeypatch):
    """The tables the client's groups were copied into, in order."""
    seen: list[str] = []
    real = postgres_sums.copy_in

    def spy(cur, table, rows):
        seen.append(table)
        return real(cur, table, rows)

    monkeypatch.setattr(postgres_sums, "copy_in", spy)
    return seen


def _load(postgres, name: str, batches, client: bool = True):
    store = open_store(postgres.create_database(name))
    store.backend.client_summaries = client
    with store.bulk_load():
        for batch in batches:
            store.write(batch)
    return store


def test_the_client_groups_give_the_servers_rows_in_the_same_order(postgres, copies):
    corpus = _corpus()
    batches = [corpus[k:k + 5] for k in range(0, len(corpus), 5)]
    client = _load(postgres, "client", batches)
    assert sorted(copies) == ["sum_country_days", "sum_days", "sum_pairs", "sum_place_countries", "sum_places"]
    copies.clear()
    server = _load(postgres, "server", batches, client=False)
    assert copies == []
    plain = open_store(postgres.create_database("plain"))
    for a in corpus:
        plain.write([a])
    try:
        for t in summaries.TABLES:
            assert _heap(client, t) == _heap(server, t), t
            assert table_rows(client, t) == table_rows(plain, t), t
        # the edits are in the tables: non-ASCII keys, no modality, an event without a score
        days = client.query("SELECT country, modality FROM sum_country_days")
        assert any(r["country"] == "Zé" for r in days)
        assert any(r["modality"] == "" for r in days)
        assert client.query("SELECT count(*) AS n FROM sum_pairs WHERE 'ÉLAN-ÉTÉ' IN (actor_a, actor_b)")[0]["n"]
        places = {(r["name_known"], r["country"], r["lat"], r["lon"])
                  for r in client.query("SELECT name_known, country, lat, lon FROM sum_places")}
        assert (False, "FR", 0.0, 12.346) in places                  # -0.0004 -> 0, 12.3455 -> 12.346
        assert (True, "", 0.001, -180.0) in places
        assert "çB" in {r["country"] for r in client.query("SELECT country FROM sum_place_countries")}
        # every other table too
        for t in ("events", "evidence_index", "mentions", "articles", "actors"):
            assert table_rows(client, t) == table_rows(server, t), t
    finally:
        for s in (client, server, plain):
            s.close()


def test_a_re_analysis_inside_the_load_leaves_the_summaries_to_the_server(postgres, copies):
    corpus = _corpus(n_articles=10, seed=7)
    store = open_store(postgres.create_database("replace"))
    plain = open_store(postgres.create_database("plain"))
    try:
        with store.bulk_load():
            store.write(corpus[:6])
            store.write(corpus[3:8], replace=True)        # three articles deleted and written again
            store.write(corpus[8:])
        assert copies == []
        for a in corpus:
            plain.write([a])
        for t in summaries.TABLES:
            assert table_rows(store, t) == table_rows(plain, t), t
    finally:
        store.close()
        plain.close()


def test_a_batch_rolled_back_mid_load_counts_nowhere(postgres, copies, monkeypatch):
    corpus = _corpus(n_articles=15, seed=11)
    store = open_store(postgres.create_database("retry"))
    plain = open_store(postgres.create_database("plain"))
    real = PW.PostgresWriter.merge_actors
    calls = {"n": 0}

    def failing(self, batch):
        calls["n"] += 1
        if calls["n"] == 2:          # the second batch: its events are copied, then the write fails
            raise RuntimeError("a failure after the events' COPY")
        return real(self, batch)

    monkeypatch.setattr(PW.PostgresWriter, "merge_actors", failing)
    try:
        with store.bulk_load():
            store.write(corpus[:5])
            with pytest.raises(RuntimeError):
                store.write(corpus[5:10])
            store.write(corpus[10:])
            store.write(corpus[5:10])          # the retry
        assert sorted(copies) == ["sum_country_days", "sum_days", "sum_pairs", "sum_place_countries", "sum_places"]
        monkeypatch.setattr(PW.PostgresWriter, "merge_actors", real)
        for a in corpus:
            plain.write([a])
        for t in (*summaries.TABLES, "events"):
            assert table_rows(store, t) == table_rows(plain, t), t
    finally:
        store.close()
        plain.close()


@pytest.mark.parametrize("field, value, client_tables", [
    # a latitude not finite: sum_places to the server (the others from the client)
    ("place_lat", float("nan"), ["sum_country_days", "sum_days", "sum_pairs", "sum_place_countries"]),
    # a score past a billion: MICRO_EXACT_SQL fails, every summary to the server
    ("goldstein", 2.5e9, []),
])
def test_a_value_the_client_cannot_sum_leaves_its_tables_to_the_server(postgres, copies, field, value,
                                                                      client_tables):
    corpus = _corpus(n_articles=8, seed=4)
    a = corpus[3]
    a.events[2] = dataclasses.replace(a.events[2], **{field: value})
    batches = [corpus[:4], corpus[4:]]
    store = _load(postgres, "edge", batches)
    assert sorted(copies) == client_tables
    server = _load(postgres, "edge_server", batches, client=False)
    try:
        for t in summaries.TABLES:
            assert repr(_heap(store, t)) == repr(_heap(server, t)), t        # nan != nan: compared as text
    finally:
        store.close()
        server.close()


def test_a_database_not_ordering_text_bytewise_is_rebuilt_by_the_server(postgres, copies):
    import psycopg

    with psycopg.connect(postgres.url(), autocommit=True) as con:
        con.execute("DROP DATABASE IF EXISTS utf8coll")
        try:
            con.execute("CREATE DATABASE utf8coll TEMPLATE template0 LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
        except psycopg.Error as exc:
            pytest.skip(f"no second collation on this server: {exc}")
    store = open_store(postgres.url("utf8coll"))
    try:
        with store.bulk_load():
            store.write(_corpus(n_articles=6, seed=5))
        assert copies == []
        assert store.query("SELECT count(*) AS n FROM sum_pairs")[0]["n"] > 0
    finally:
        store.close()


def test_the_groups_match_counts_made_here():
    """postgres_sums alone, without a server: groups against a Python count of the same tuples."""
    import datetime as dt
    from collections import defaultdict
    from decimal import Decimal

    rows = [
        (dt.date(2024, 1, 2), "asserted", 1, 1.9, "USAGOV", "USAMIL", "b", "a", "01"),
        (dt.date(2024, 1, 2), "asserted", 1, -2.5, "USAGOV", "FRA", "a", "b", "01"),
        (dt.date(2024, 1, 2), None, None, None, "Zé", None, "é", None, None),
        (None, "asserted", 2, 4.0, "RUS", "UKR", "a", "a", "05"),
        (dt.date(2023, 12, 31), "negated", 4, -10.0, None, "UKRMIL", None, "c", "19"),
        (dt.date(2023, 12, 31), "negated", 4, -0.1, "Z", "UKRMIL", "c", "é", "19"),
    ]
    names = list(postgres_sums.COLUMNS)
    load = postgres_sums.LoadSummaries()
    batch = load.batch()
    padded = [r + ("Place", "fr", 1.0, 2.0) for r in rows]        # the place columns (sum_places)
    batch.add(names, padded[:3])
    load.commit(batch)
    batch = load.batch()
    batch.add(names, padded[3:])
    load.commit(batch)
    events = load.table()
    assert load.events == 6
    days = postgres_sums.country_days(events)
    expected = defaultdict(lambda: [0, 0, 0])
    for day, mod, quad, score, src, tgt, _, _, _ in rows:
        if day is None:
            continue
        for c in dict.fromkeys(c[:3] for c in (src, tgt) if c is not None):
            g = expected[(c, mod or "", day, quad or 0)]
            g[0] += 1
            if score is not None:
                g[1] += round(score * 1_000_000)
                g[2] += 1
    keys = sorted(expected, key=lambda k: (k[0].encode(), k[1].encode(), k[2], k[3]))
    assert list(zip(*[days.column(c).to_pylist() for c in days.column_names])) == [
        (*k, expected[k][0], f"{Decimal(expected[k][1]).scaleb(-6):.6f}", expected[k][2]) for k in keys]
    pairs = postgres_sums.pairs(events)
    got = list(zip(*[pairs.column(c).to_pylist() for c in pairs.column_names]))
    assert got == [("a", "b", "asserted", 2, "-0.600000", 2, 1), ("c", "é", "negated", 1, "-0.100000", 1, 1)]
    by_day = postgres_sums.days(events)
    assert list(zip(*[by_day.column(c).to_pylist() for c in by_day.column_names])) == [
        (dt.date(2023, 12, 31), "negated", "19", 4, 2, "-10.100000", 2),
        (dt.date(2024, 1, 2), "", "", 0, 1, "0.000000", 0),
        (dt.date(2024, 1, 2), "asserted", "01", 1, 2, "-0.600000", 2)]


def test_coordinates_round_as_postgresql_rounds_them():
    import pyarrow as pa

    values = [12.3455, -0.0004, 0.0005, -179.9995, 1.0005, 2.675, -2.675, 1e-7, 45.0]
    assert postgres_sums._round3(pa.array(values)).to_pylist() == [
        12.346, 0.0, 0.001, -180.0, 1.001, 2.675, -2.675, 0.0, 45.0]
    assert postgres_sums._round3(pa.array([1.0, float("inf")])) is None
