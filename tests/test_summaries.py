"""The pre-aggregated counts (store/summaries.py) give exactly what the raw queries over `events` give,
on both backends, after batches, repeated writes and re-analysis (`replace`), and the v4->v5 migration
fills them."""
from __future__ import annotations

import datetime as dt
import random

import duckdb
import pytest

from newsgraph.records import Actor, Analysis, Article, Event
from newsgraph.store import open_store
from newsgraph.store import aggregates as A
from newsgraph.store import summaries

COUNTRIES = ["RUS", "UKR", "USA", "CHN"]


def _actors() -> list[Actor]:
    out = []
    for i in range(8):
        country = COUNTRIES[i % 4]
        name = f"Person {i}"
        out.append(Actor(id=Actor.make_id(name, country), name=name, kind="PERSON", country=country,
                         sector="GOV" if i % 2 else "MIL"))
    return out


def random_corpus(seed: int, n_articles: int) -> list[Analysis]:
    """Articles whose events vary every column the summaries key on, NULLs included."""
    rng = random.Random(seed)
    actors = _actors()
    out = []
    for k in range(n_articles):
        text = " ".join(f"Sentence {k} number {i} about talks." for i in range(4))
        url = f"http://s.example/{seed}/{k}"
        published = rng.choice([None, *[dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 200))] * 5])
        art = Article(id=Article.make_id(text, url), text=text, title="t", url=url, source=f"Outlet {k % 3}",
                      published=published)
        an = Analysis(article=art, actors=actors)
        for i in range(rng.randint(0, 4)):
            start = text.index(f"number {i} ")
            src = rng.choice([*actors, None])
            tgt = rng.choice([*actors, src, None])
            code = rng.choice(["042", "111", "190", "057", None])
            place = rng.choice([("Kyiv", "UKR", 50.4501, 30.5234), ("kyiv", "ukr", 50.45012, 30.52338),
                                (None, "RUS", 55.75, 37.62), ("Nowhere", None, 1.0, 2.0), (None, None, None, None)])
            date = rng.choice([None, "2024-03", "2024-05-17", "2031-01-01", "XXXX"])
            an.events.append(Event(
                id=Event.make_id(art.id, i, code, src and src.code, tgt and tgt.code, start), article_id=art.id,
                sentence=i, evidence_start=start, evidence_end=start + 10, cameo_code=code, rule_id="test",
                source_actor_id=src and src.id, target_actor_id=tgt and tgt.id, source_code=src and src.code,
                target_code=tgt and tgt.code, goldstein=rng.choice([None, 1.9, -2.0, -10.0, 3.4]),
                quad_class=rng.choice([None, 1, 3, 4]), modality=rng.choice(["asserted", "asserted", "negated", None]),
                date=date, place_name=place[0], place_country=place[1], place_lat=place[2], place_lon=place[3]))
        out.append(an)
    return out


FILTER_SETS = [
    {}, {"modality": None}, {"modality": "negated"}, {"modality": "asserted,negated"},
    {"since": "2024-03", "until": "2024-06"}, {"root": "04"}, {"quad_class": 3}, {"country": "RUS"},
    {"country": "UKR", "since": "2024-05", "modality": None}, {"country": "USA", "quad_class": 1},
]


def both(store, builder, *args, **filters):
    """(from the summaries, from the raw events) for one query builder."""
    d = store.dialect
    return (store.query(*builder(d, *args, summaries=True, **filters)),
            store.query(*builder(d, *args, summaries=False, **filters)))


def assert_same_as_raw(store):
    for f in FILTER_SETS:
        for interval in ("day", "week", "month"):
            fast, raw = both(store, A.timeline_sql, interval, **f)
            assert fast == raw, (interval, f)
        fast, raw = both(store, A.timeline_sql, "day", window=("2024-02-01", "2024-05-31"), **f)
        assert fast == raw
        fast, raw = both(store, A.count_events_sql, **f)
        assert fast == raw, f
        fast, raw = both(store, A.date_spread_sql, **f)
        assert fast == raw, f
        fast, raw = both(store, A.outside_window_sql, ("2024-03-01", "2024-04-30"), **f)
        assert fast == raw, f
    for f in FILTER_SETS[:4]:
        fast, raw = both(store, A.network_sql, None, **f)
        assert fast == raw, f
        fast, raw = both(store, A.map_countries_sql, **f)
        assert fast == raw, f
        fast, raw = both(store, A.map_points_sql, None, **f)
        key = lambda r: (-r["events"], r["name"] or "", r["country"] or "", r["lat"], r["lon"])   # noqa: E731
        assert sorted(fast, key=key) == sorted(raw, key=key), f


def summary_rows(store) -> dict[str, list[tuple]]:
    """Every summary row (Goldstein sums are exact decimals: what was added and subtracted leaves no residue)."""
    return {t: sorted(store.backend.fetch(f"SELECT * FROM {t}")[1], key=repr) for t in summaries.TABLES}


def test_summaries_answer_what_the_raw_events_answer(db_target):
    store = open_store(db_target)
    first, second = random_corpus(1, 40), random_corpus(2, 40)
    store.write(first)
    store.write(second + first[:5])                 # repeats change nothing
    assert_same_as_raw(store)
    # re-analysis: some articles lose events, some gain others
    store.write([*random_corpus(3, 40)[:10], *[Analysis(article=a.article) for a in first[5:15]]], replace=True)
    redone = random_corpus(1, 40)[15:20]
    for an in redone:
        an.events = an.events[:1]
    store.write(redone, replace=True)
    assert_same_as_raw(store)
    # what the writes maintained is what a rebuild from the events gives
    kept = summary_rows(store)
    with store.backend.transaction() as tx:
        summaries.rebuild(tx)
    assert summary_rows(store) == kept
    assert all(kept.values())
    store.close()


def test_store_methods_read_the_summaries(tmp_path):
    store = open_store(tmp_path / "s.duckdb")
    store.write(random_corpus(4, 30))
    with store.backend.transaction() as tx:        # a summary out of step shows in the results: they are read
        tx.execute("UPDATE sum_pairs SET events = events + 1000")
        tx.execute("UPDATE sum_days SET events = events + 1000 WHERE modality = 'asserted'")
    assert store.network()[0]["events"] > 1000
    assert sum(r["total"] for r in store.timeline("month")) > 1000
    assert sum(r["total"] for r in store.timeline("month", actor="Person 1")) < 1000    # raw: not summarised
    store.close()


def test_migration_from_v4_fills_the_summaries(tmp_path):
    path = tmp_path / "v4.duckdb"
    with open_store(path) as s:
        s.write(random_corpus(5, 30))
        expected = summary_rows(s)
    con = duckdb.connect(str(path))
    for t in summaries.TABLES:
        con.execute(f"DROP TABLE {t}")
    con.execute("UPDATE schema_info SET value = '4' WHERE key = 'schema_version'")
    con.close()
    with open_store(path) as s:
        assert summary_rows(s) == expected
        assert_same_as_raw(s)


@pytest.mark.parametrize("sign", [1, -1])
def test_add_sql_orders_and_groups_by_the_key(sign):
    sql = summaries.add_sql(summaries.BY_TABLE["sum_pairs"], "events", sign)
    assert "ON CONFLICT (actor_a, actor_b, modality)" in sql and "ORDER BY" in sql
    assert ("-count(*)" in sql) == (sign < 0)


def test_postgresql_migration_from_v4_fills_summaries_and_evidence(pg_url):
    with open_store(pg_url) as s:
        s.write(random_corpus(6, 30))
        expected = summary_rows(s)
        phrase = s.events(search="number 1", modality=None).total
        assert phrase > 0
        with s.backend.schema_connection() as db:
            for t in summaries.TABLES:
                db.execute(f"DROP TABLE {t}")
            db.execute("ALTER TABLE evidence_index DROP COLUMN evidence")
            db.execute("UPDATE schema_info SET value = '4' WHERE key = 'schema_version'")
    with open_store(pg_url) as s:
        assert summary_rows(s) == expected
        assert s.events(search="number 1", modality=None).total == phrase
        assert s.query("SELECT count(*) AS n FROM evidence_index WHERE evidence IS NULL")[0]["n"] == 0


def test_concurrent_postgresql_writers_count_each_event_once(postgres):
    """Three writers store overlapping batches at the same moment: the summaries count every event once."""
    import threading

    url = postgres.create_database("sumconc")
    batches = [random_corpus(7, 40)[:30], random_corpus(7, 40)[10:], random_corpus(7, 40)[5:35]]
    stores = [open_store(url) for _ in batches]
    start = threading.Barrier(len(stores))
    errors: list[BaseException] = []

    def write(store, batch) -> None:
        try:
            start.wait()
            store.write(batch)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=sb) for sb in zip(stores, batches)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    kept = summary_rows(stores[0])
    with stores[0].backend.transaction() as tx:
        summaries.rebuild(tx)
    assert summary_rows(stores[0]) == kept
    assert_same_as_raw(stores[0])
    for s in stores:
        s.close()
