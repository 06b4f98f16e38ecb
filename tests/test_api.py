"""REST API over a real DuckDB database built by ingesting the sample corpus (the `demo_db` fixture in conftest.py).

Expected values come from the database itself (plain SQL next to the API call), so the tests check
that the API filters, pages and aggregates correctly, whatever the coder finds in the corpus.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from newsgraph.api import create_app  # noqa: E402
from newsgraph.api.params import MAX_LIMIT  # noqa: E402


@pytest.fixture(scope="module")
def db_path(demo_db) -> Path:
    return demo_db


@pytest.fixture(scope="module")
def client(db_path):
    with TestClient(create_app(db_path, token="")) as c:
        yield c


@pytest.fixture(scope="module")
def sql(db_path):
    con = duckdb.connect(str(db_path), read_only=True)

    def run(q, params=()):
        return con.execute(q, list(params)).fetchall()
    yield run
    con.close()


def ok(client, url, **params):
    r = client.get(url, params=params)
    assert r.status_code == 200, (url, params, r.text)
    return r.json()


# ---------------------------------------------------------------- basics

def test_openapi_docs_and_dashboard_are_served(client):
    spec = ok(client, "/openapi.json")
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles", "/api/articles/{article_id}",
                 "/api/actors", "/api/actors/{actor_id}", "/api/quotes", "/api/timeline", "/api/network",
                 "/api/map", "/api/ingest", "/api/meta"):
        assert path in spec["paths"], path
    assert client.get("/docs").status_code == 200
    r = client.get("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert "/static/app.js" in r.text
    assert client.get("/static/app.js").status_code == 200


def test_meta_counts_match_the_database(client, sql):
    meta = ok(client, "/api/meta")
    for table in ("articles", "events", "quotes", "actors", "mentions"):
        assert meta["counts"][table] == sql(f"SELECT count(*) FROM {table}")[0][0]
    assert meta["counts"]["articles"] > 0 and meta["counts"]["events"] > 0
    assert sum(o["articles"] for o in meta["outlets"]) == sql(
        "SELECT count(*) FROM articles WHERE source IS NOT NULL")[0][0]


# ---------------------------------------------------------------- events

def test_events_default_to_asserted_and_page_consistently(client, sql):
    n_asserted = sql("SELECT count(*) FROM events WHERE modality = 'asserted'")[0][0]
    full = ok(client, "/api/events", limit=MAX_LIMIT)
    assert full["total"] == n_asserted == len(full["items"])
    assert all(e["modality"] == "asserted" for e in full["items"])
    paged = []
    for off in range(0, n_asserted, 3):
        paged += [e["id"] for e in ok(client, "/api/events", limit=3, offset=off)["items"]]
    assert paged == [e["id"] for e in full["items"]]
    everything = ok(client, "/api/events", modality="all", limit=MAX_LIMIT)
    assert everything["total"] == sql("SELECT count(*) FROM events")[0][0]


def test_event_rows_carry_evidence_and_labels(client, sql):
    for e in ok(client, "/api/events", limit=20)["items"]:
        text = sql("SELECT text FROM articles WHERE id = ?", [e["article_id"]])[0][0]
        assert e["evidence"] == text[e["evidence_start"]:e["evidence_end"]]
        assert e["quad_class"] in (1, 2, 3, 4) and e["quad_name"]
        assert e["article_title"] and e["outlet"] is not None


def test_event_sorting(client):
    items = ok(client, "/api/events", sort="goldstein", limit=MAX_LIMIT)["items"]
    g = [e["goldstein"] for e in items if e["goldstein"] is not None]
    assert g == sorted(g)
    items = ok(client, "/api/events", sort="date", limit=MAX_LIMIT)["items"]
    d = [e["event_date"] for e in items if e["event_date"]]
    assert d == sorted(d)


def test_event_filters(client, sql):
    events = ok(client, "/api/events", limit=MAX_LIMIT)["items"]
    ev = next(e for e in events if e["source_actor_id"] and e["target_actor_id"])

    by_actor = ok(client, "/api/events", actor=ev["source_actor_id"], limit=MAX_LIMIT)
    expected = sql("SELECT count(*) FROM events WHERE modality = 'asserted' AND (source_actor_id = ? "
                   "OR target_actor_id = ?)", [ev["source_actor_id"]] * 2)[0][0]
    assert by_actor["total"] == expected > 0
    assert all(ev["source_actor_id"] in (e["source_actor_id"], e["target_actor_id"]) for e in by_actor["items"])

    dyad = ok(client, "/api/events", dyad=f"{ev['target_actor_id']},{ev['source_actor_id']}", limit=MAX_LIMIT)
    pair = {ev["source_actor_id"], ev["target_actor_id"]}
    assert dyad["total"] == sql(
        "SELECT count(*) FROM events WHERE modality = 'asserted' AND ((source_actor_id = ? AND target_actor_id = ?) "
        "OR (source_actor_id = ? AND target_actor_id = ?))",
        [ev["source_actor_id"], ev["target_actor_id"], ev["target_actor_id"], ev["source_actor_id"]])[0][0] >= 1
    assert all({e["source_actor_id"], e["target_actor_id"]} == pair for e in dyad["items"])

    for q in (1, 2, 3, 4):
        res = ok(client, "/api/events", quad_class=q, limit=MAX_LIMIT)
        assert res["total"] == sql("SELECT count(*) FROM events WHERE modality = 'asserted' AND quad_class = ?",
                                   [q])[0][0]
        assert all(e["quad_class"] == q for e in res["items"])

    root = ev["cameo_root"]
    res = ok(client, "/api/events", root=root, limit=MAX_LIMIT)
    assert res["total"] >= 1 and all(e["cameo_root"] == root for e in res["items"])
    res = ok(client, "/api/events", code=ev["cameo_code"][:2], limit=MAX_LIMIT)
    assert all(e["cameo_code"].startswith(ev["cameo_code"][:2]) for e in res["items"])
    res = ok(client, "/api/events", plover_type=ev["plover_type"].lower(), limit=MAX_LIMIT)
    assert res["total"] >= 1 and all(e["plover_type"] == ev["plover_type"] for e in res["items"])

    day = ev["event_date"]
    res = ok(client, "/api/events", since=day, until=day, limit=MAX_LIMIT)
    assert res["total"] >= 1 and all(e["event_date"] == day for e in res["items"])
    res = ok(client, "/api/events", since=day[:7], limit=MAX_LIMIT)  # a month means its first day
    assert all(e["event_date"] >= day[:7] + "-01" for e in res["items"])

    outlet = ev["outlet"]
    res = ok(client, "/api/events", outlet=outlet, limit=MAX_LIMIT)
    assert res["total"] >= 1 and all(e["outlet"] == outlet for e in res["items"])

    placed = next(e for e in events if e["place_country"])
    res = ok(client, "/api/events", place_country=placed["place_country"].lower(), limit=MAX_LIMIT)
    assert res["total"] == sql("SELECT count(*) FROM events WHERE modality = 'asserted' AND place_country = ?",
                               [placed["place_country"]])[0][0]

    sc = ev["source_country"]
    if sc:
        res = ok(client, "/api/events", actor_country=sc, limit=MAX_LIMIT)
        assert res["total"] >= 1
        assert all(sc in (e["source_country"], e["target_country"],
                          (e["source_code"] or "")[:3], (e["target_code"] or "")[:3]) for e in res["items"])
        # `country` (the CLI's and README's name) is the same filter
        assert ok(client, "/api/events", country=sc, limit=MAX_LIMIT) == res
        if ev["target_country"] and ev["target_country"] != sc:
            res = ok(client, "/api/events", country_pair=f"{ev['target_country']},{sc}", limit=MAX_LIMIT)
            assert ev["id"] in {e["id"] for e in res["items"]}

    word = ev["cue"]
    res = ok(client, "/api/events", search=word, limit=MAX_LIMIT)
    assert res["total"] >= 1 and all(word.lower() in e["evidence"].lower() for e in res["items"])


def test_event_detail_highlights(client, sql):
    for e in ok(client, "/api/events", limit=10)["items"]:
        ev = ok(client, f"/api/events/{e['id']}")
        assert ev["id"] == e["id"] and ev["evidence"] == e["evidence"]
        kinds = {h["kind"] for h in ev["highlights"]}
        if ev["cue_start"] is not None:
            assert "cue" in kinds
        for h in ev["highlights"]:
            assert 0 <= h["start"] < h["end"] <= len(ev["evidence"])
            assert ev["evidence"][h["start"]:h["end"]] == h["text"]
            if h["kind"] == "cue":   # the cue may be discontinuous ("signed [four] agreements")
                assert all(w in h["text"] for w in ev["cue"].split())


# ---------------------------------------------------------------- articles, actors, quotes

def test_articles_list_and_detail(client, sql):
    res = ok(client, "/api/articles", limit=MAX_LIMIT)
    assert res["total"] == sql("SELECT count(*) FROM articles")[0][0] == len(res["items"])
    assert "text" not in res["items"][0]
    aid = sql("SELECT article_id FROM events GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")[0][0]
    art = ok(client, f"/api/articles/{aid}")
    text = art["text"]
    assert isinstance(art["captions"], list)
    assert len(art["events"]) == sql("SELECT count(*) FROM events WHERE article_id = ?", [aid])[0][0]
    for kind in ("mentions", "quotes", "times", "places"):
        for span in art[kind]:
            assert 0 <= span["start"] <= span["end"] <= len(text)
    for m in art["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
    for e in art["events"]:
        assert e["evidence"] == text[e["evidence_start"]:e["evidence_end"]]
    outlet = res["items"][0]["outlet"]
    assert all(a["outlet"] == outlet for a in ok(client, "/api/articles", outlet=outlet)["items"])
    assert client.get("/api/articles/doesnotexist").status_code == 404


def test_actor_search_and_profile(client, sql):
    aid, name = sql("SELECT a.id, a.name FROM actors a JOIN events e ON e.source_actor_id = a.id "
                    "WHERE e.modality = 'asserted' GROUP BY 1, 2 ORDER BY count(*) DESC, 1 LIMIT 1")[0]
    res = ok(client, "/api/actors", search=name.split()[-1], limit=MAX_LIMIT)
    assert aid in {a["id"] for a in res["items"]}
    assert all(name.split()[-1].lower() in (a["name"] + " " + " ".join(a["aliases"] or [])).lower()
               for a in res["items"])
    prof = ok(client, f"/api/actors/{aid}")
    n = sql("SELECT count(*) FROM events WHERE modality = 'asserted' AND (source_actor_id = ? OR "
            "target_actor_id = ?)", [aid, aid])[0][0]
    assert prof["n_events"] == n == sum(q["events"] for q in prof["events_by_quad_class"])
    assert prof["top_partners"]
    for p in prof["top_partners"]:
        between = sql("SELECT count(*) FROM events WHERE modality = 'asserted' AND ((source_actor_id = ? AND "
                      "target_actor_id = ?) OR (source_actor_id = ? AND target_actor_id = ?))",
                      [aid, p["id"], p["id"], aid])[0][0]
        assert p["events"] == between == p["as_source"] + p["as_target"]
    assert client.get("/api/actors/nobody").status_code == 404


@pytest.mark.parametrize("path, what", [("/api/articles/nope", "article"), ("/api/events/nope", "event"),
                                        ("/api/actors/nope", "actor")])
def test_one_record_routes_say_which_record_is_missing(client, path, what):
    r = client.get(path)
    assert r.status_code == 404 and f"no {what} with id 'nope'" in r.text


def test_quotes_by_speaker_and_text(client, sql):
    total = sql("SELECT count(*) FROM quotes")[0][0]
    res = ok(client, "/api/quotes", limit=MAX_LIMIT)
    assert res["total"] == total and len(res["items"]) == min(total, MAX_LIMIT)
    spk = sql("SELECT speaker_actor_id FROM quotes WHERE speaker_actor_id IS NOT NULL "
              "GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
    if spk:
        res = ok(client, "/api/quotes", speaker=spk[0][0], limit=MAX_LIMIT)
        assert res["total"] == sql("SELECT count(*) FROM quotes WHERE speaker_actor_id = ?", [spk[0][0]])[0][0]
    word = "peace"
    res = ok(client, "/api/quotes", search=word, limit=MAX_LIMIT)
    assert res["total"] == sql("SELECT count(*) FROM quotes WHERE text ILIKE '%peace%'")[0][0]
    assert all(word in q["text"].lower() for q in res["items"])


# ---------------------------------------------------------------- aggregates

def test_timeline_sums_to_the_dated_events(client, sql):
    dated = sql("SELECT count(*) FROM events WHERE modality = 'asserted' AND event_date IS NOT NULL")[0][0]
    for interval in ("day", "week", "month", "auto"):
        t = ok(client, "/api/timeline", interval=interval)
        shown = sum(p["total"] for p in t["periods"])
        apart = sum(r["total"] for r in t["imprecise"])     # dated coarser than the interval: in no period
        assert shown + apart + t["outside"]["before"] + t["outside"]["after"] == dated
        assert all(r["precision"] in {"day": ("month", "year"), "week": ("month", "year"), "auto": ("month", "year"),
                                      "month": ("year",)}[interval] for r in t["imprecise"])
        if t["window"]:   # 'auto' may leave out far-off outliers, and says so
            assert interval == "auto" and shown >= 0.9 * dated
            assert all(t["window"][0] <= p["period"] <= t["window"][1] for p in t["periods"][1:])
        for q in (1, 2, 3, 4):
            if t["window"]:
                continue
            assert sum(p[f"q{q}"] for p in t["periods"]) + sum(r[f"q{q}"] for r in t["imprecise"]) == sql(
                "SELECT count(*) FROM events WHERE modality = 'asserted' AND event_date IS NOT NULL "
                "AND quad_class = ?", [q])[0][0]
        for p in t["periods"]:
            assert p["total"] >= p["q1"] + p["q2"] + p["q3"] + p["q4"]
            assert p["goldstein_mean"] is None or -10 <= p["goldstein_mean"] <= 10
    conflict = ok(client, "/api/timeline", interval="day", quad_class=4)
    assert all(p["q1"] == p["q2"] == p["q3"] == 0 for p in conflict["periods"])


@pytest.mark.parametrize("params", [{"interval": "day"}, {"interval": "month"}, {"interval": "auto"},
                                    {"interval": "week", "quad_class": "4"}, {"interval": "month", "country": "RUS"}])
def test_timeline_is_the_same_from_the_api_and_the_cli(client, db_path, params):
    import json

    from click.testing import CliRunner

    from newsgraph.cli import main

    api = ok(client, "/api/timeline", **params)
    args = [x for k, v in params.items() for x in (f"--{k.replace('_', '-')}", v)]
    res = CliRunner().invoke(main, ["timeline", "--db", str(db_path), "--json", *args], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    cli = json.loads(res.output)
    assert cli == api and api["periods"] and set(api) >= {"interval", "window", "outside", "quad_classes"}


def test_network_edges_match_event_counts(client, sql):
    net = ok(client, "/api/network", limit=50)
    assert net["edges"] and net["nodes"]
    ids = {n["id"] for n in net["nodes"]}
    for e in net["edges"]:
        assert e["source"] in ids and e["target"] in ids
        n = sql("SELECT count(*) FROM events WHERE modality = 'asserted' AND ((source_actor_id = ? AND "
                "target_actor_id = ?) OR (source_actor_id = ? AND target_actor_id = ?))",
                [e["source"], e["target"], e["target"], e["source"]])[0][0]
        assert e["events"] == n == e["events_ab"] + e["events_ba"]
    counts = [e["events"] for e in net["edges"]]
    assert counts == sorted(counts, reverse=True)
    assert len(ok(client, "/api/network", limit=1)["edges"]) == 1


def test_map_counts_by_country(client, sql):
    m = ok(client, "/api/map")
    expected = dict(sql("SELECT upper(place_country), count(*) FROM events WHERE modality = 'asserted' "
                        "AND place_country IS NOT NULL GROUP BY 1"))
    assert {c["country"]: c["events"] for c in m["countries"]} == expected
    assert all(c["numeric"] for c in m["countries"])   # ids of the map's country shapes
    assert sum(p["events"] for p in m["points"]) == sql(
        "SELECT count(*) FROM events WHERE modality = 'asserted' AND place_lat IS NOT NULL")[0][0]


# ---------------------------------------------------------------- bad input: 4xx JSON, never 500

BAD = [
    ("/api/events", {"limit": -1}),
    ("/api/events", {"limit": MAX_LIMIT + 1}),
    ("/api/events", {"limit": "ten"}),
    ("/api/events", {"offset": -5}),
    ("/api/events", {"bogus": "1"}),
    ("/api/events", {"since": "2024-13-45"}),
    ("/api/events", {"since": "yesterday"}),
    ("/api/events", {"until": "2024-02-30"}),
    ("/api/events", {"quad_class": 7}),
    ("/api/events", {"root": "99"}),
    ("/api/events", {"code": "04; DROP TABLE events"}),
    ("/api/events", {"actor_country": "' OR 1=1 --"}),
    ("/api/events", {"country": "RUS", "actor_country": "UKR"}),
    ("/api/events", {"country_pair": "RUS"}),
    ("/api/events", {"dyad": "Putin"}),
    ("/api/events", {"modality": "certain"}),
    ("/api/events", {"sort": "random()"}),
    ("/api/events", {"plover_type": "' OR 1=1 --"}),
    ("/api/events", {"min_confidence": 2}),
    ("/api/events/' OR 1=1 --", {}),
    ("/api/timeline", {"interval": "hour"}),
    ("/api/timeline", {"limit": 5}),
    ("/api/network", {"limit": 0}),
    ("/api/network", {"limit": 100000}),
    ("/api/map", {"points": -1}),
    ("/api/actors", {"country": "Russia"}),
    ("/api/actors", {"kind": "ALIEN"}),
    ("/api/actors", {"limit": 10**9}),
    ("/api/actors/x", {"partners": 0}),
    ("/api/quotes", {"kind": "shouted"}),
    ("/api/quotes", {"since": "2024-99"}),
    ("/api/quotes", {"speakr": "Putin"}),
    ("/api/articles", {"until": "24-06-19"}),
    ("/api/articles", {"with_text": "true"}),
    ("/api/articles/a b", {}),
    ("/api/nothing", {}),
]


@pytest.mark.parametrize("url,params", BAD)
def test_bad_input_is_a_json_client_error(client, url, params):
    r = client.get(url, params=params)
    assert 400 <= r.status_code < 500, (url, params, r.status_code, r.text)
    body = r.json()
    assert body["error"]["status"] == r.status_code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


@pytest.mark.parametrize("value", ["' OR 1=1 --", "\"; DROP TABLE events; --", "%", "_", "\\", "Putin')--",
                                   "(?i).*", "[", "日本"])
def test_sql_looking_text_is_just_text(client, sql, value):
    """Free-text filters take any string literally: no error, no injection, no wildcard."""
    for url, key in (("/api/events", "actor"), ("/api/events", "search"), ("/api/events", "outlet"),
                     ("/api/quotes", "speaker"), ("/api/quotes", "search"), ("/api/actors", "search"),
                     ("/api/articles", "search")):
        r = client.get(url, params={key: value})
        assert r.status_code == 200, (url, key, value, r.text)
        assert r.json()["total"] == 0
    assert sql("SELECT count(*) FROM events")[0][0] > 0


def test_unknown_parameter_message_names_it(client):
    r = client.get("/api/events", params={"actr": "Putin"})
    assert r.status_code == 422
    assert "actr" in r.json()["error"]["message"]
    assert "actor" in r.json()["error"]["details"]["allowed"]


# ---------------------------------------------------------------- ingest

ARTICLE = {"title": "Test envoy visit", "source": "Test Wire", "published": "2024-09-02",
           "text": "Finnish President Alexander Stubb met Chinese President Xi Jinping in Beijing on Monday. "
                   "\"We discussed trade,\" Stubb told reporters after the talks."}


def test_ingest_is_forbidden_without_a_configured_token(client, sql):
    before = sql("SELECT count(*) FROM articles")[0][0]
    r = client.post("/api/ingest", json={"articles": [ARTICLE]}, headers={"Authorization": "Bearer x"})
    assert r.status_code == 403 and "NEWSGRAPH_API_TOKEN" in r.json()["error"]["message"]
    assert client.post("/api/ingest", content=b"not json").status_code == 403
    assert sql("SELECT count(*) FROM articles")[0][0] == before


def test_ingest_with_token(db_path, tmp_path):
    copy = tmp_path / "rw.duckdb"
    shutil.copy(db_path, copy)
    with TestClient(create_app(copy, token="s3cret")) as c:
        assert c.post("/api/ingest", json={"articles": [ARTICLE]}).status_code == 401
        assert c.post("/api/ingest", json={"articles": [ARTICLE]},
                      headers={"Authorization": "Bearer wrong"}).status_code == 401
        # a malformed article is skipped with its reason (the others of a batch would be stored)
        bad = c.post("/api/ingest", json={"articles": [{**ARTICLE, "colour": "red"}]},
                     headers={"Authorization": "Bearer s3cret"})
        assert bad.status_code == 200 and bad.json()["results"][0]["status"] == "skipped"
        assert "colour" in bad.json()["results"][0]["reason"] and bad.json()["stored"]["articles"] == 0
        assert c.post("/api/ingest", json={"articles": []},
                      headers={"Authorization": "Bearer s3cret"}).status_code == 422
        r = c.post("/api/ingest", json={"articles": [ARTICLE]}, headers={"Authorization": "Bearer s3cret"})
        assert r.status_code == 200, r.text
        (aid,) = r.json()["articles"]
        assert r.json()["stored"]["articles"] == 1
        art = c.get(f"/api/articles/{aid}").json()
        assert art["title"] == ARTICLE["title"] and "Stubb" in art["text"]
        again = c.post("/api/ingest", json={"articles": [ARTICLE]}, headers={"Authorization": "Bearer s3cret"})
        assert again.json()["stored"]["articles"] == 0   # idempotent


# ---------------------------------------------------------------- newsgraph serve

def test_serve_refuses_a_missing_database(tmp_path):
    from click.testing import CliRunner

    from newsgraph.cli import main

    res = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "nope.duckdb"), "--port", "8999"])
    assert res.exit_code != 0
    assert "no such database" in res.output
    res = CliRunner().invoke(main, ["serve", "--port", "0"])
    assert res.exit_code == 2   # click rejects the port before anything starts
