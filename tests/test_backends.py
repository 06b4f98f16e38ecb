"""DuckDB and PostgreSQL hold the same rows and answer the same way; concurrent PostgreSQL writers never
duplicate a row; the CLI, the exports and the REST API work on a postgresql:// URL as on a file.

PostgreSQL runs as a throwaway server (the `postgres` fixture in conftest.py)."""
from __future__ import annotations

import json
import threading
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.store import open_store
from newsgraph.store.search import index_pairs as stored_index_pairs
from newsgraph.store.store import ALL_TABLES

from test_store import KIM, PUTIN, corpus

CORPUS = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "corpus"
TIMESTAMPS = {"ingested_at", "logged_at"}     # when a row was written differs from run to run


def table_rows(store, table: str) -> list[tuple]:
    """Every row of a table as comparable tuples: columns by name, lists kept, floats rounded, sorted."""
    names, rows = store.backend.fetch(f"SELECT * FROM {table}")
    keep = sorted(n for n in names if n not in TIMESTAMPS)
    idx = [names.index(n) for n in keep]

    def norm(v):
        if isinstance(v, float):
            return round(v, 9)
        if isinstance(v, list):
            return tuple(v)
        return v
    return sorted((tuple(norm(r[i]) for i in idx) for r in rows), key=repr)


def index_pairs(store) -> list[tuple]:
    """The full-text index as sorted (term, event_id) pairs, whichever way the backend keeps it."""
    return sorted((r["term"], r["event_id"]) for r in stored_index_pairs(store))


def assert_same_tables(a, b) -> None:
    for table in ALL_TABLES:
        ra, rb = table_rows(a, table), table_rows(b, table)
        assert len(ra) == len(rb), (table, len(ra), len(rb))
        assert ra == rb, table
    assert index_pairs(a) == index_pairs(b) and index_pairs(a)


def test_both_backends_store_the_same_rows(tmp_path, pg_url):
    with open_store(tmp_path / "a.duckdb") as duck, open_store(pg_url) as pg:
        for store in (duck, pg):
            store.write(corpus()[:2])
            store.write(corpus())                     # again, plus one new article
        assert_same_tables(duck, pg)
        for filters in ({}, {"actor": "Putin"}, {"modality": None, "order": "-date"}, {"search": "Pyongyang"},
                        {"country_pair": "RUS,PRK"}, {"dyad": f"{PUTIN.id},{KIM.id}"}):
            order = filters.pop("order", "date")
            assert duck.events(order=order, **filters).rows == pg.events(order=order, **filters).rows, filters
        assert duck.actors().rows == pg.actors().rows
        assert duck.quotes().rows == pg.quotes().rows
        assert duck.timeline("auto").rows == pg.timeline("auto").rows
        assert duck.network().rows == pg.network().rows
        assert duck.event_map() == pg.event_map()
        assert duck.actor_profile(PUTIN.id) == pg.actor_profile(PUTIN.id)


def test_ingest_into_postgresql_gives_the_rows_of_duckdb(pipeline, tmp_path, pg_url):
    """The same corpus through `newsgraph ingest` into a file and into PostgreSQL: identical tables."""
    files = sorted(CORPUS.glob("*.txt"))[:4]
    src = tmp_path / "in"
    src.mkdir()
    for f in files:
        (src / f.name).write_bytes(f.read_bytes())
    duck_path = str(tmp_path / "serial.duckdb")
    for target in (duck_path, pg_url):
        r = CliRunner().invoke(main, ["ingest", str(src), "--db", target, "--batch-size", "3"])
        assert r.exit_code == 0, r.output
    assert "postgresql://newsgraph@127.0.0.1" in r.output           # the summary names the database
    with open_store(duck_path, read_only=True) as duck, open_store(pg_url, read_only=True) as pg:
        assert duck.counts()["events"] > 0
        assert_same_tables(duck, pg)


def run_together(stores, work) -> None:
    """work(store) for each store, each in a thread of its own, at once; fails with what any raised."""
    errors: list[BaseException] = []

    def run(store) -> None:
        try:
            work(store)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors


def test_concurrent_postgresql_writers_never_duplicate_a_row(postgres):
    """Four writers store the same batch at the same moment: each row once, every alias kept."""
    url = postgres.create_database("conc")
    stores = [open_store(url) for _ in range(4)]
    start = threading.Barrier(len(stores))

    def write(store) -> None:
        start.wait()
        store.write(corpus())

    run_together(stores, write)
    counts = stores[0].counts()
    assert (counts["articles"], counts["events"], counts["quotes"], counts["actors"]) == (3, 4, 1, 4)
    putin = stores[0].actors(search="Putin").rows[0]
    assert {"Vladimir Putin", "Putin", "Russia’s President Putin"} <= set(putin["aliases"])
    assert stores[0].query("SELECT count(*) AS n FROM evidence_index")[0]["n"] == 4     # one row per event
    with open_store(postgres.create_database("single")) as single:
        single.write(corpus())
        assert_same_tables(single, stores[0])
    for s in stores:
        s.close()


def test_read_only_postgresql_store_refuses_writes(pg_url):
    with open_store(pg_url) as s:
        s.write(corpus())
    with open_store(pg_url, read_only=True) as ro:
        assert ro.events().total == 3
        with pytest.raises(Exception, match="read-only"):
            ro.write(corpus(), replace=True)
        assert ro.counts()["articles"] == 3


def test_unreachable_postgresql_is_one_line(tmp_path):
    r = CliRunner().invoke(main, ["events", "--db", "postgresql://nobody@127.0.0.1:1/none"])
    assert r.exit_code == 1
    assert "cannot connect to PostgreSQL" in r.output and "Traceback" not in r.output


def _cli(*args: str):
    r = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return r


def test_cli_queries_and_exports_on_a_url(tmp_path, pg_url):
    duck = str(tmp_path / "d.duckdb")
    for target in (duck, pg_url):
        with open_store(target) as s:
            s.write(corpus())
    for args in (["events", "--json"], ["events", "--json", "--all-modalities", "--order", "-date"],
                 ["actors", "--json"], ["quotes", "--json"], ["articles", "--json"],
                 ["timeline", "--json", "--interval", "week"]):
        a = json.loads(_cli(*args, "--db", duck).output)
        b = json.loads(_cli(*args, "--db", pg_url).output)
        if args[0] == "articles":       # when each row was written differs
            for item in a["items"] + b["items"]:
                item.pop("ingested_at")
        assert a == b, args
    for fmt in ("jsonl", "gdelt"):
        outs = []
        for i, target in enumerate((duck, pg_url)):
            out = tmp_path / f"{fmt}{i}"
            r = _cli("export", "--db", target, "--format", fmt, "--out", str(out), "--all-modalities")
            assert r.exit_code == 0, r.output
            text = out.read_text(encoding="utf-8")
            if fmt == "gdelt":     # DATEADDED is when the row was written
                text = "\n".join("\t".join(c for j, c in enumerate(ln.split("\t")) if j != 59)
                                 for ln in text.splitlines())
            outs.append(text)
        assert outs[0] == outs[1] and outs[0], fmt
    for i, target in enumerate((duck, pg_url)):
        out = tmp_path / f"p{i}.parquet"
        assert _cli("export", "--db", target, "--format", "parquet", "--out", str(out)).exit_code == 0
    a = duckdb.sql(f"SELECT id, evidence, source_name FROM read_parquet('{tmp_path / 'p0.parquet'}') ORDER BY id").fetchall()
    b = duckdb.sql(f"SELECT id, evidence, source_name FROM read_parquet('{tmp_path / 'p1.parquet'}') ORDER BY id").fetchall()
    assert a == b and len(a) == 3


def test_rest_api_on_postgresql(pg_url):
    from fastapi.testclient import TestClient

    from newsgraph.api import create_app

    with open_store(pg_url) as s:
        s.write(corpus())
    with TestClient(create_app(pg_url, token="")) as c:
        page = c.get("/api/events", params={"limit": 2}).json()
        assert page["total"] == 3 and len(page["items"]) == 2
        assert c.get("/api/events", params={"search": "Pyongyang"}).json()["total"] == 2
        ev = c.get(f"/api/events/{page['items'][0]['id']}").json()
        assert ev["evidence"] and isinstance(ev["highlights"], list)
        tl = c.get("/api/timeline").json()
        assert sum(p["total"] for p in tl["periods"]) == 3
        net = c.get("/api/network").json()
        assert net["edges"][0]["events"] == 2 and len(net["nodes"]) >= 2
        assert c.get("/api/map").json()["countries"][0]["country"] == "PRK"
        prof = c.get(f"/api/actors/{PUTIN.id}").json()
        assert prof["n_events"] == 2 and prof["top_partners"][0]["id"] == KIM.id
        assert c.get("/api/meta").json()["counts"]["events"] == 4
        assert c.get("/api/events", params={"plover_type": "FOO"}).status_code == 400
