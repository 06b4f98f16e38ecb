"""Session 32 (issue 14, branch order34): the stored actor table does not depend on the order articles are
ingested in. When several articles describe one actor (one id), the stored row is a function of the set of
their records (`rows.merge_actor_rows`; PostgreSQL's ON CONFLICT in `postgres_writer.merge_actors`):
text fields non-empty then smallest, the country with its source and confidence from the best
`rows.country_key`, the aliases the name first and then sorted. Made-up articles written in several
orders, in one batch, article by article and in a bulk load, on DuckDB and PostgreSQL, give identical
tables; writing them again adds and changes nothing."""
from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from newsgraph.records import Actor
from newsgraph.store import open_store
from newsgraph.store import rows as R

from test_backends import assert_same_tables, table_rows
from test_store import event, make_analysis

NGA = "NGA"
OKAFOR_ID = Actor.make_id("Amara Okafor", NGA)
POLICE_ID = Actor.make_id("Kenya police", "KEN")
MOKOENA_ID = Actor.make_id("Lindiwe Mokoena", "ZAF")


def _okafor(role, source, confidence, aliases, name="Amara Okafor"):
    return Actor(id=OKAFOR_ID, name=name, kind="PERSON", country=NGA, sector="GOV", role=role,
                 country_source=source, country_confidence=confidence, aliases=list(aliases))


def _police(source, confidence, aliases, sector="COP"):
    return Actor(id=POLICE_ID, name="Kenya police", kind="GROUP", country="KEN", sector=sector,
                 country_source=source, country_confidence=confidence, aliases=list(aliases))


def _mokoena(name, role, aliases):
    return Actor(id=MOKOENA_ID, name=name, kind="PERSON", country="ZAF", sector=None, role=role,
                 country_source="apposition", country_confidence=0.85, aliases=list(aliases))


# What five made-up articles say about three actors: each its own aliases, role and provenance.
SAYS = [
    [_okafor("Minister", "title", 0.9, ["the minister", "Okafor"]), _police("dateline", 0.7, ["the police"])],
    [_okafor(None, "coreference", 0.8, ["Ms. Okafor"]), _police("title", 0.9, ["Kenyan police officers"], None)],
    [_okafor("Finance Minister", "kb", 0.95, ["Okafor", "Amara Okafor"]),
     _mokoena("Lindiwe Mokoena", "ombudsman", ["Ms. Mokoena"])],
    [_okafor("Minister", "employer", 0.75, ["an aide's minister"]), _police("story", 0.6, ["officers in Kisumu"]),
     _mokoena("LINDIWE MOKOENA", "Ombudsman", ["the ombudsman"])],
    [_police("place", 0.8, ["police in Nairobi", "the police"])],
]
TEXTS = ["Amara Okafor met the police in Nairobi on Monday.", "Ms. Okafor said the police would report.",
         "Okafor and Lindiwe Mokoena spoke in Pretoria.", "The minister and the ombudsman met officers in Kisumu.",
         "Police in Nairobi closed the road on Friday."]


def _articles() -> list:
    out = []
    for i, (text, actors) in enumerate(zip(TEXTS, SAYS)):
        src, tgt = actors[0], actors[1] if len(actors) > 1 else None
        out.append(make_analysis(text, url=f"http://order34.example/{i}", source="Order Daily",
                                 published=dt.date(2024, 3, 1 + i), actors=actors,
                                 events=[event(text, "040", src, tgt)] if tgt else ()))
    return out


ORDERS = [(0, 1, 2, 3, 4), (4, 3, 2, 1, 0), (2, 0, 4, 1, 3), (3, 4, 0, 2, 1)]


@pytest.fixture(params=["duckdb", "postgresql"])
def new_db(request, tmp_path):
    """A function giving a new empty database of each backend."""
    count = itertools.count()
    if request.param == "duckdb":
        return lambda: str(tmp_path / f"o{next(count)}.duckdb")
    server = request.getfixturevalue("postgres")
    return lambda: server.create_database("order")


def _write(store, articles, how):
    if how == "one batch":
        store.write(articles)
    elif how == "one by one":
        for a in articles:
            store.write([a])
    else:                                        # a bulk load in batches of two
        with store.bulk_load():
            for k in range(0, len(articles), 2):
                store.write(articles[k:k + 2])


@pytest.mark.parametrize("how", ["one batch", "one by one", "bulk load"])
def test_articles_in_any_order_store_identical_tables(new_db, how):
    stores = []
    try:
        for order in ORDERS:
            arts = _articles()
            store = open_store(new_db())
            stores.append(store)
            _write(store, [arts[i] for i in order], how)
        for other in stores[1:]:
            assert table_rows(stores[0], "actors") == table_rows(other, "actors")
            assert_same_tables(stores[0], other)
    finally:
        for s in stores:
            s.close()


def test_the_merged_row_follows_the_stated_rules(new_db):
    with open_store(new_db()) as store:
        store.write(_articles()[::-1])
        okafor = store.query("SELECT * FROM actors WHERE id = ?", [OKAFOR_ID])[0]
        police = store.query("SELECT * FROM actors WHERE id = ?", [POLICE_ID])[0]
        mokoena = store.query("SELECT * FROM actors WHERE id = ?", [MOKOENA_ID])[0]
    # the surest country source of all the records (the knowledge base's 0.95), whichever came first
    assert (okafor["country"], okafor["country_source"], okafor["country_confidence"]) == (NGA, "kb", 0.95)
    assert (police["country_source"], police["country_confidence"]) == ("title", 0.9)
    # the name first, the other aliases sorted; a role or sector given by any record is kept
    assert okafor["aliases"] == ["Amara Okafor", "Ms. Okafor", "Okafor", "an aide's minister", "the minister"]
    assert okafor["role"] == "Finance Minister" and police["sector"] == "COP" and police["code"] == "KENCOP"
    assert police["aliases"] == ["Kenya police", "Kenyan police officers", "officers in Kisumu", "police in Nairobi",
                                 "the police"]
    # two spellings of one name (one id): the smaller in code-point order, on both backends
    assert mokoena["name"] == "LINDIWE MOKOENA" and mokoena["role"] == "Ombudsman"
    assert mokoena["aliases"] == ["LINDIWE MOKOENA", "Lindiwe Mokoena", "Ms. Mokoena", "the ombudsman"]


def test_writing_again_adds_and_changes_nothing(new_db):
    with open_store(new_db()) as store:
        arts = _articles()
        store.write(arts[:3])
        store.write(arts[3:])
        before = {t: table_rows(store, t) for t in ("actors", "articles", "events")}
        again = store.write(_articles()[::-1])
        assert (again.articles, again.actors_new, again.actors_updated) == (0, 0, 0)
        # re-analysed (replace): the same records merged again change no actor
        redone = store.write(_articles(), replace=True)
        assert (redone.actors_new, redone.actors_updated) == (0, 0)
        with store.bulk_load():
            store.write(_articles()[1:])
        assert {t: table_rows(store, t) for t in before} == before


def test_both_backends_store_the_same_actor_rows(tmp_path, pg_url):
    with open_store(str(tmp_path / "d.duckdb")) as duck, open_store(pg_url) as pg:
        for store, order in ((duck, ORDERS[1]), (pg, ORDERS[2])):
            arts = _articles()
            for i in order:
                store.write([arts[i]])
        assert table_rows(duck, "actors") == table_rows(pg, "actors")


# Rows that stress the rules' edges: empty strings and NULLs, a country without a confidence, an unknown kind
# of source, equal confidences from two kinds, names in two cases.
EDGE_ROWS = [
    {"name": "Talia Verne", "kind": "PERSON", "country": "FRA", "sector": "", "role": None,
     "country_source": "apposition", "country_confidence": 0.85, "aliases": ["Ms. Verne"]},
    {"name": "TALIA VERNE", "kind": "PERSON", "country": "FRA", "sector": None, "role": "",
     "country_source": "sending", "country_confidence": 0.85, "aliases": ["the envoy", ""]},
    {"name": "Talia Verne", "kind": "ORG", "country": "FRA", "sector": "GOV", "role": "envoy",
     "country_source": None, "country_confidence": None, "aliases": []},
    {"name": "Talia Verne", "kind": "PERSON", "country": "FRA", "sector": None, "role": "Envoy",
     "country_source": "outlet", "country_confidence": 0.85, "aliases": ["Verne", "Ms. Verne"]},
    {"name": "Talia Verne", "kind": "PERSON", "country": None, "sector": None, "role": None,
     "country_source": None, "country_confidence": None, "aliases": None},
]


def _edge_row(d: dict) -> dict:
    row = {"id": "verne", **d}
    row["aliases"] = R.canonical_aliases(row["name"], [row["name"], *(row["aliases"] or [])])
    row["code"] = f"{row['country'] or ''}{row['sector'] or ''}" or "---"
    return row


def _fold(rows):
    out = rows[0]
    for r in rows[1:]:
        out = R.merge_actor_rows(out, r)
    return out


def test_the_merge_is_commutative_associative_and_idempotent():
    rows = [_edge_row(d) for d in EDGE_ROWS]
    results = {repr(sorted(_fold(list(p)).items())) for p in itertools.permutations(rows)}
    assert len(results) == 1
    merged = _fold(rows)
    assert R.merge_actor_rows(merged, merged) == merged
    for r in rows:
        assert R.merge_actor_rows(merged, r) == merged == R.merge_actor_rows(r, merged)
    assert (merged["country_source"], merged["country_confidence"]) == ("apposition", 0.85)   # ranked over "sending"
    assert merged["name"] == "TALIA VERNE" and merged["role"] == "Envoy" and merged["code"] == "FRAGOV"
    assert merged["aliases"] == ["TALIA VERNE", "Ms. Verne", "Talia Verne", "Verne", "the envoy"]


def test_postgresql_merges_as_python_does(pg_url):
    """Each pair of edge rows upserted in both orders on PostgreSQL gives rows.merge_actor_rows' row."""
    from newsgraph.store.postgres_backend import PostgresBackend  # noqa: F401  (the backend under test)

    rows = [_edge_row(d) for d in EDGE_ROWS]
    with open_store(pg_url) as pg:
        for i, (a, b) in enumerate(itertools.permutations(rows, 2)):
            a, b = {**a, "id": f"e{i}"}, {**b, "id": f"e{i}"}
            with pg.backend.transaction() as tx:
                tx.merge_actors({a["id"]: a})
                tx.merge_actors({b["id"]: b})
            got = pg.query("SELECT * FROM actors WHERE id = ?", [a["id"]])[0]
            want = R.merge_actor_rows(a, b)
            assert {k: got[k] for k in want} == want, (a, b)


def test_the_source_ranking_covers_every_kind_from_the_surest():
    from newsgraph.actors.entities import COUNTRY_CONFIDENCE

    assert set(COUNTRY_CONFIDENCE) <= set(R.COUNTRY_SOURCE_RANK)
    conf = [COUNTRY_CONFIDENCE[k] for k in R.COUNTRY_SOURCE_RANK if k in COUNTRY_CONFIDENCE]
    assert conf == sorted(conf, reverse=True)


def test_the_sample_corpus_in_two_orders_stores_one_actor_table(pipeline, tmp_path, pg_url):
    """Three bundled sample articles that find one government's country three ways (an employer, a title, a
    coreference), ingested one at a time forwards into DuckDB and backwards into DuckDB and PostgreSQL."""
    from click.testing import CliRunner

    from newsgraph.cli import main

    corpus = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "corpus"
    files = [str(f) for n in ("04", "12", "13") for f in sorted(corpus.glob(f"{n}-*.txt"))]
    assert len(files) == 3
    targets = [(str(tmp_path / "fwd.duckdb"), files), (str(tmp_path / "rev.duckdb"), files[::-1]), (pg_url, files[::-1])]
    for db, fs in targets:
        r = CliRunner().invoke(main, ["ingest", "--no-progress", "--batch-size", "1", "--db", db, *fs])
        assert r.exit_code == 0, r.output
    stores = [open_store(db, read_only=True) for db, _ in targets]
    try:
        for other in stores[1:]:
            assert_same_tables(stores[0], other)
        gov = stores[0].query("SELECT * FROM actors WHERE name = 'Israel government'")
        assert gov and (gov[0]["country_source"], gov[0]["country_confidence"]) == ("title", 0.9)
    finally:
        for s in stores:
            s.close()
