"""The ingest service (newsgraph.ingest.service) and the two commands over it: `newsgraph ingest` and
`POST /api/ingest` store the same rows for the same input, skip a bad article with its reason while
the rest are stored, never duplicate anything and resume an interrupted run without loss."""
from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from newsgraph.ingest import Skip, make_article
from newsgraph.ingest.checks import RunState
from newsgraph.ingest.service import IngestService, ItemResult
from newsgraph.records import Analysis
from newsgraph.store import open_store

from test_store import corpus

FOREIGN = ("El Gobierno anunció el martes una serie de medidas para apoyar a los agricultores afectados por "
           "la sequía que castiga al país desde hace dos años, según informó el ministerio.")
ARTICLES = [
    {"title": "Envoys meet", "source": "Test Wire", "url": "https://wire.example.test/envoys",
     "published": "2024-09-02",
     "text": "HELSINKI (Test Wire) — Finnish President Alexander Stubb met Chinese President Xi Jinping in "
             "Beijing on Monday.\n\n\"We discussed trade,\" Stubb told reporters after the talks, adding that "
             "both sides wanted more flights between the two countries."},
    {"title": "Strike ends", "source": "Harbour Times", "published": "2024-05-02",
     "text": "By Jane Roe, Staff Writer\n\nROTTERDAM — Dock workers ended a two-week strike on Thursday after "
             "unions accepted a wage offer from the port employers, the union said in a statement.\n\nShare "
             "this article"},
    {"title": "Sequía", "text": FOREIGN},
]


def by_id(analyses: list[Analysis]):
    table = {a.article.id: a for a in analyses}

    def analyse(batch):
        for art in batch:
            yield art, table[art.id]
    return analyse


def results_of(store, items, **kw) -> tuple[list[ItemResult], IngestService]:
    got: list[ItemResult] = []
    service = IngestService(store, on_result=got.append, **kw)
    service.run(items)
    return got, service


# --------------------------------------------------------------------------- the service itself

def test_a_refused_article_does_not_lose_the_batch(tmp_path):
    """The store rejects one article's records: the batch is rolled back and written article by
    article; the refused one is logged as an error, the other is stored."""
    good, bad = corpus()[0], corpus()[2]
    bad.events[0].place_geonameid = "not a number"      # the store cannot put this in a BIGINT column
    with open_store(tmp_path / "s.duckdb") as store:
        got, service = results_of(store, [good.article, bad.article], analyse=by_id([good, bad]))
        assert store.counts()["articles"] == 1 and store.has_article(good.article.id)
        statuses = {r["article_id"]: r["status"] for r in store.ingest_log()}
    assert statuses == {good.article.id: "stored", bad.article.id: "error"}
    assert [r.status for r in got] == ["stored", "error"] and "could not be stored" in got[1].reason
    assert service.report.stored == 1 and [o for o, _ in service.report.errors] == [bad.article.origin or bad.article.url]


def test_analysis_failure_is_isolated(tmp_path):
    a1, a2, a3 = corpus()

    def analyse(batch):
        for art in batch:
            yield (art, RuntimeError("parser exploded")) if art.id == a2.article.id else \
                (art, {a1.article.id: a1, a3.article.id: a3}[art.id])
    seen = []
    with open_store(tmp_path / "s.duckdb") as store:
        got, _ = results_of(store, [a1.article, a2.article, a3.article], analyse=analyse, batch_size=2,
                            on_error=lambda art, exc: seen.append(art.id))
        assert store.counts()["articles"] == 2
    assert [r.status for r in got] == ["stored", "error", "stored"]
    assert got[1].reason == "analysis failed: RuntimeError: parser exploded" and seen == [a2.article.id]


def test_admission_checks_unchanged_duplicate_and_reprocess(tmp_path):
    analyses = corpus()
    a1 = analyses[0]
    copy = make_article(a1.article.text, url="http://mirror.example/1")     # same text, other url
    assert copy.content_hash == a1.article.content_hash and copy.id != a1.article.id
    with open_store(tmp_path / "s.duckdb") as store:
        results_of(store, [a.article for a in analyses], analyse=by_id(analyses))
        got, service = results_of(store, [a1.article, copy, a1.article, Skip("x.bin", "binary file", "binary")],
                                  analyse=by_id(analyses))
        assert [(r.status, r.reason) for r in got] == [
            ("unchanged", "already stored"), ("duplicate", f"duplicate of {a1.article.id}"),
            ("unchanged", "already stored"), ("skipped", "binary file")]
        assert service.report.problems == 2 and store.counts()["articles"] == 3
        # --reprocess: stored articles are analysed again, once per run, and their rows replaced
        got, _ = results_of(store, [a1.article, a1.article], analyse=by_id(analyses), reprocess=True)
        assert [r.status for r in got] == ["stored", "unchanged"]
        assert store.counts()["articles"] == 3 and store.counts()["events"] == 4


def test_a_budget_is_one_more_admission_check(tmp_path):
    """Issue 16 adds budgets: a check `(article, run) -> Skip | None` appended to the service's checks."""
    analyses = corpus()
    limit = len(analyses[0].article.text) + 1

    def char_budget(article, run: RunState):
        if run.chars + len(article.text) > limit:
            return Skip(article.origin or article.id, f"over the budget of {limit} characters", "budget")
        return None
    from newsgraph.ingest.checks import ADMISSION_CHECKS

    with open_store(tmp_path / "s.duckdb") as store:
        got, _ = results_of(store, [a.article for a in analyses], analyse=by_id(analyses),
                            checks=(*ADMISSION_CHECKS, char_budget))
        assert store.counts()["articles"] == 1
    assert [r.status for r in got] == ["stored", "skipped", "skipped"]
    assert got[1].kind == "budget" and "budget" in got[1].reason


def test_interrupted_run_resumes_without_loss(tmp_path):
    """A run that dies after its first batch keeps that batch; the next run stores only the rest."""
    analyses = corpus()

    def dies_after_first_batch(batch):
        if batch[0].id != analyses[0].article.id:
            raise KeyboardInterrupt
        yield from by_id(analyses)(batch)
    with open_store(tmp_path / "s.duckdb") as store:
        with pytest.raises(KeyboardInterrupt):
            results_of(store, [a.article for a in analyses], analyse=dies_after_first_batch, batch_size=1)
        assert store.counts()["articles"] == 1
        got, _ = results_of(store, [a.article for a in analyses], analyse=by_id(analyses))
        assert [r.status for r in got] == ["unchanged", "stored", "stored"]
        assert store.counts()["articles"] == 3 and store.counts()["events"] == 4


# --------------------------------------------------------------------------- CLI and API alike

ROW_TABLES = {"articles": "id", "events": "id", "mentions": "id", "quotes": "id", "places": "id", "times": "id"}
NOT_COMPARED = {"origin", "ingested_at"}      # where and when: the only things that differ


def stored_rows(path: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        out = {}
        for table, key in ROW_TABLES.items():
            cols = [f'"{r[0]}"' for r in con.execute(f"DESCRIBE {table}").fetchall() if r[0] not in NOT_COMPARED]
            out[table] = con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {key}").fetchall()
        return out
    finally:
        con.close()


@pytest.fixture(scope="module")
def cli_and_api_dbs(pipeline, tmp_path_factory):
    from fastapi.testclient import TestClient

    from newsgraph.api import create_app
    from newsgraph.cli import main

    tmp = tmp_path_factory.mktemp("same")
    src = tmp / "in.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    cli_db, api_db = tmp / "cli.duckdb", tmp / "api.duckdb"
    res = CliRunner().invoke(main, ["ingest", "--db", str(cli_db), str(src)], catch_exceptions=False)
    open_store(api_db).close()
    with TestClient(create_app(api_db, token="t0ken")) as c:
        r = c.post("/api/ingest", json={"articles": ARTICLES}, headers={"Authorization": "Bearer t0ken"})
        again = c.post("/api/ingest", json={"articles": ARTICLES[:2]}, headers={"Authorization": "Bearer t0ken"})
    return res, cli_db, r, again, api_db


def test_cli_and_api_store_the_same_rows(cli_and_api_dbs):
    res, cli_db, r, _, api_db = cli_and_api_dbs
    assert res.exit_code == 1 and "articles stored:   2" in res.output      # the Spanish one is skipped
    assert r.status_code == 200, r.text
    cli, api = stored_rows(cli_db), stored_rows(api_db)
    assert len(cli["articles"]) == 2 and cli["events"] and cli["mentions"]
    assert cli == api


def test_api_skips_a_bad_article_with_its_reason(cli_and_api_dbs):
    _, _, r, again, api_db = cli_and_api_dbs
    body = r.json()
    assert [x["status"] for x in body["results"]] == ["stored", "stored", "skipped"]
    assert body["results"][2]["reason"] == "non-English (detected: es)"
    assert body["stored"]["articles"] == 2 and body["summary"]["skipped"] == 1
    assert body["articles"] == [x["article_id"] for x in body["results"][:2]]
    # a second request changes nothing: both are already stored
    assert [x["status"] for x in again.json()["results"]] == ["unchanged", "unchanged"]
    with open_store(api_db, read_only=True) as s:
        log = s.ingest_log()
    # every item of each request has its log row (a request is an input of its own: "<api:ID>#N")
    assert sorted(x["status"] for x in log) == ["skipped", "stored", "stored", "unchanged", "unchanged"]
    assert all(x["origin"].startswith("<api:") for x in log)


def test_api_batch_with_malformed_empty_and_failing_articles(pipeline, tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from newsgraph.api import create_app

    good = ARTICLES[0]
    batch = [{"title": "no text"}, {**good, "colour": "red"}, {"text": "   "}, good,
             {**good, "url": "https://other.example.test/copy"}, {"text": 42}]
    db = tmp_path / "api.duckdb"
    open_store(db).close()
    with TestClient(create_app(db, token="t0ken")) as c:
        r = c.post("/api/ingest", json={"articles": batch}, headers={"Authorization": "Bearer t0ken"})
        assert r.status_code == 200, r.text
        res = r.json()["results"]
        assert [x["status"] for x in res] == ["skipped", "skipped", "skipped", "stored", "duplicate", "skipped"]
        assert res[0]["reason"] == "malformed article: text: Field required"
        assert "colour" in res[1]["reason"] and res[2]["reason"] == "empty"
        assert res[4]["reason"] == f"duplicate of {res[3]['article_id']}"
        assert res[5]["reason"].startswith("malformed article: text:")
        # the request as a whole is still refused when it is not a batch at all
        assert c.post("/api/ingest", json={"articles": []}, headers={"Authorization": "Bearer t0ken"}).status_code == 422
        assert c.post("/api/ingest", json={"articles": [good], "extra": 1},
                      headers={"Authorization": "Bearer t0ken"}).status_code == 422
        # an article whose analysis fails is reported; the others of its request are stored
        from newsgraph import pipeline as pl

        real = pl.Pipeline.analyse_many

        def flaky(self, articles):
            for a in real(self, articles):
                if "Rotterdam" in a.article.title or "ROTTERDAM" in a.article.text or "Dock workers" in a.article.text:
                    raise RuntimeError("boom")
                yield a
        monkeypatch.setattr(pl.Pipeline, "analyse_many", flaky)
        other = ("TALLINN (Test Wire) — Estonian and Finnish transport ministers agreed on Tuesday to run the "
                 "night ferry between Tallinn and Helsinki all winter, officials said after a meeting in the port.")
        r = c.post("/api/ingest", json={"articles": [ARTICLES[1], {**good, "url": "https://third.example.test/x",
                                                                     "text": other}]},
                   headers={"Authorization": "Bearer t0ken"})
        res = r.json()["results"]
        assert [x["status"] for x in res] == ["error", "stored"]
        assert res[0]["reason"] == "analysis failed: RuntimeError: boom"
