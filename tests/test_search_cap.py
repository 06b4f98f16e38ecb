"""A search's total is counted up to a cap (search.COUNT_CAP; "more than N", `AtLeast`, total_exact false in
JSON and in the REST API), never past what the page needs; and PostgreSQL's page of a search with many
matches (each event looked up in the index, search.probe_pays) lists the same events as the join of the
candidates, in every paging position and both date orders."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from newsgraph.api.app import create_app
from newsgraph.cli import main
from newsgraph.cli.query import count_line
from newsgraph.store import open_store, search
from newsgraph.store import queries as Q
from newsgraph.store.results import AtLeast

from test_postgres_bulk import extra_articles, load
from test_store import corpus

PHRASE = "prisoner exchange"


@pytest.fixture
def loaded(db_target):
    with open_store(db_target) as s:
        load(s, [corpus(), extra_articles()])
    return db_target


def test_a_search_total_is_exact_up_to_the_cap_and_a_lower_bound_past_it(loaded, monkeypatch):
    with open_store(loaded) as s:
        every = s.events(search=PHRASE, modality=None)                # no limit: the rows themselves
        n = len(every)
        assert n == 2 and every.total_exact and s.count_events(search=PHRASE, modality=None) == n
        assert s.events(search=PHRASE, modality=None, limit=1).total == n          # under the cap: exact
        monkeypatch.setattr(search, "COUNT_CAP", 1)
        page = s.events(search=PHRASE, modality=None, limit=1)
        assert isinstance(page.total, AtLeast) and page.total == 1 and not page.total_exact
        assert page.truncated and len(page) == 1
        # paging past the cap counts past the page: the last page is exact again
        last = s.events(search=PHRASE, modality=None, limit=1, offset=1)
        assert last.total == n and last.total_exact and not last.truncated
        assert [r["id"] for r in page.rows + last.rows] == [r["id"] for r in every.rows]
        assert s.count_events(search=PHRASE, modality=None) == n               # the Python count stays exact
        assert s.events(country="RUS", limit=1).total_exact                    # not a search: never capped


def test_the_cli_and_the_api_say_more_than(loaded, monkeypatch, tmp_path):
    monkeypatch.setattr(search, "COUNT_CAP", 1)
    res = CliRunner().invoke(main, ["events", "--db", loaded, "--search", PHRASE, "--all-modalities",
                                    "--limit", "1", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert (out["total"], out["total_exact"], len(out["items"])) == (1, False, 1)
    res = CliRunner().invoke(main, ["events", "--db", loaded, "--search", PHRASE, "--all-modalities",
                                    "--limit", "1"])
    assert "showing 1 of more than 1 events (--limit 0 for all)" in res.output
    if "://" not in loaded:                        # the API's app over the DuckDB file
        with TestClient(create_app(loaded, token="")) as c:
            got = c.get("/api/events", params={"search": PHRASE, "limit": 1, "modality": "all"})
            assert got.status_code == 200, got.text
            body = got.json()
            assert (body["total"], body["total_exact"]) == (1, False)
            assert c.get("/api/events", params={"limit": 1}).json()["total_exact"] is True


def test_count_line_says_more_than_for_a_lower_bound():
    assert count_line(50, AtLeast(10_000), 0, "events") == "showing 50 of more than 10,000 events (--limit 0 for all)"
    assert count_line(5, AtLeast(10_000), 50, "events") == "showing 51-55 of more than 10,000 events (--limit 0 for all)"
    assert count_line(3, 3, 0, "events") == "(3 events)"


SEARCHES = [PHRASE, "Pyongyang", "istanbul", "exchange prisoner", "%"]


@pytest.mark.parametrize("order", ["date", "-date"])
def test_a_postgres_page_probing_the_index_lists_what_the_join_lists(postgres, order, monkeypatch):
    url = postgres.create_database("probe")
    with open_store(url) as s:
        load(s, [corpus(), extra_articles()])
        for text in SEARCHES:
            for modality in ("asserted", None):
                every = s.events(search=text, modality=modality, order=order)
                for offset in range(len(every) + 1):
                    pages = []
                    for probe in (False, True):
                        monkeypatch.setattr(search, "probe_pays", lambda *a, p=probe: p)
                        pages.append(s.events(search=text, modality=modality, order=order, limit=1, offset=offset))
                    assert pages[0].rows == pages[1].rows == every.rows[offset:offset + 1], (text, offset)
        sql, _ = Q.event_ids_sql(s.dialect, limit=1, probe_search=True, search=PHRASE)
        assert "EXISTS" in sql and "OFFSET 0" in sql


def test_when_probing_pays():
    assert search.probe_pays(55_000, 1_000_000, 50)            # a common phrase: ~900 lookups, not 55,000
    assert not search.probe_pays(300, 1_000_000, 50)           # a rare one: join its 300 candidates
    assert not search.probe_pays(0, 0, 50)
    with pytest.raises(ValueError):
        search.capped_count_sql(("SELECT id FROM events", []), 10)
    sql, params = search.capped_count_sql(("SELECT count(*) AS n FROM events e WHERE e.x = ?", [1]), 10)
    assert params == [1, 11] and sql.endswith("LIMIT ?) capped")
