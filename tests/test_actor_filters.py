"""Actor filters given by name, code or alias are looked up once per request (Store.resolve_actors) and
the events compared with those ids: the same events and totals as the lookup inside the SQL (the form
`actor_match` still builds without ids), on both backends, and DuckDB's rowid-first pages with their
total in the same statement."""
from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.records import Actor
from newsgraph.store import open_store
from newsgraph.store import aggregates as A
from newsgraph.store import queries as Q
from newsgraph.store.dialect import DUCKDB

from test_postgres_bulk import extra_articles
from test_store import KIM, PUTIN, XI, corpus, event, make_analysis

SPECS = [{"actor": "Putin"}, {"actor": "putin"}, {"actor": "Vladimir Putin"}, {"source": "Kim Jong Un"},
         {"target": "Putin"}, {"actor": "RUSGOV"}, {"actor": "rusgov"}, {"dyad": "Putin,Kim Jong Un"},
         {"actor": "Nobody Here"}, {"actor": "Kim", "modality": None}, {"actor": "Xi", "search": "prisoner exchange"},
         {"actor": PUTIN.id}, {"actor": "Chairman"}, {"actor": "Chairman", "order": "-date", "limit": 3}]


def many_chairmen() -> list:
    """70 actors whose names share the word 'Chairman' (more than are compared inline), each with an event,
    and one event whose source is only words in the article (no resolved actor)."""
    out = []
    for i in range(70):
        who = Actor(id=Actor.make_id(f"Chairman Number {i}", "CHN"), name=f"Chairman Number {i}", kind="PERSON",
                    country="CHN", sector="GOV")
        text = f"Chairman Number {i} met Xi Jinping in Beijing on a Monday."
        out.append(make_analysis(text, url=f"http://c.example/{i}", source="Gamma", published=dt.date(2024, 3, 1 + i % 28),
                                 actors=[who, XI], events=[event(text, "040", who, XI)]))
    text = "A Chairman of the board met Kim Jong Un."
    out.append(make_analysis(text, url="http://c.example/words", source="Gamma", published=dt.date(2024, 4, 2),
                             actors=[KIM], events=[event(text, "040", None, KIM, source_text="A Chairman")]))
    return out


def old_page(store, limit=None, order="date", **filters):
    """Ids and total the way they were read before: the actor lookup inside the SQL, a separate count."""
    d = store.dialect
    rows = store.query(*Q.events_sql(d, limit=limit, order=order, **filters))
    return [r["id"] for r in rows], store.query(*A.count_events_sql(d, **filters))[0]["n"]


@pytest.fixture(params=["duckdb", "postgresql"])
def loaded(request, tmp_path):
    target = str(tmp_path / "a.duckdb") if request.param == "duckdb" else request.getfixturevalue("pg_url")
    with open_store(target) as s:
        s.write([*corpus(), *extra_articles(), *many_chairmen()])
        yield s


@pytest.mark.parametrize("filters", SPECS, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.items()))
def test_resolved_actors_find_what_the_sql_lookup_finds(loaded, filters):
    filters = dict(filters)
    limit, order = filters.pop("limit", None), filters.pop("order", "date")
    ids, total = old_page(loaded, limit=limit, order=order, **filters)
    page = loaded.events(limit=limit, order=order, **filters)
    assert [r["id"] for r in page.rows] == ids
    assert page.total == total == loaded.count_events(**filters)
    paged = loaded.events(limit=2, offset=1, order=order, **filters)          # a page and its total
    assert [r["id"] for r in paged.rows] == ids[1:3] and paged.total == total


def test_what_a_name_resolves_to(loaded):
    got = loaded.resolve_actors({"actor": "putin", "dyad": f"Kim Jong Un,{XI.id}"})
    assert got == {"putin": [PUTIN.id], "Kim Jong Un": [KIM.id]}          # an actor id is used as it is
    assert len(loaded.resolve_actors({"actor": "Chairman"})["Chairman"]) == 70
    assert loaded.events(actor="Chairman").total == 71                        # 70 by id, 1 by the words


def test_many_ids_are_a_list_parameter_and_few_are_inline():
    d = DUCKDB
    few, few_params = Q.actor_match(d, "Chairman", "e.source_actor_id", "e.source_code", ids=["a" * 16, "b" * 16])
    many, many_params = Q.actor_match(d, "Chairman", "e.source_actor_id", ids=[f"{i:016x}" for i in range(65)])
    none, _ = Q.actor_match(d, "Chairman", "e.source_actor_id", ids=[])
    assert "IN (?, ?)" in few and few_params[:2] == ["a" * 16, "b" * 16]
    assert "unnest(?)" in many and len(many_params[0]) == 65
    assert none == "FALSE"


def test_duckdb_pages_with_an_actor_filter_count_in_the_same_statement(tmp_path):
    with open_store(str(tmp_path / "p.duckdb")) as s:
        s.write([*corpus(), *many_chairmen()])
        sql, params = Q.event_ids_sql(s.dialect, limit=5, actor="Chairman", actor_ids=s.resolve_actors({"actor": "Chairman"}))
        assert "rowid IN" in sql and "_ng_total" in sql
        assert {r[2] for r in s._fetch(sql, params)} == {71}
        sql, _ = Q.event_ids_sql(s.dialect, limit=5, country="CHN")
        assert "rowid IN" in sql and "_ng_total" not in sql                  # its total comes from a summary
        sql, _ = Q.event_ids_sql(s.dialect, limit=5, root="04")
        assert "rowid" not in sql
