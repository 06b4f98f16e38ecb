"""CLI tests: ingest, query commands and exports on real DuckDB files through click's CliRunner."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.store import open_store

from test_store import corpus

CORPUS = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "corpus"


def run(*args: str, env: dict | None = None, input: str | None = None):
    return CliRunner().invoke(main, list(args), env=env, input=input, catch_exceptions=False)


@pytest.fixture()
def small_corpus(tmp_path) -> Path:
    d = tmp_path / "corpus"
    (d / "sub").mkdir(parents=True)
    files = sorted(CORPUS.glob("*.txt"))[:3]
    assert files, "bundled corpus missing"
    shutil.copy(files[0], d)
    shutil.copy(files[1], d)
    shutil.copy(files[2], d / "sub")
    return d


@pytest.fixture()
def stored_db(tmp_path) -> Path:
    """A database holding hand-built analyses (independent of what the event coder finds today)."""
    path = tmp_path / "hand.duckdb"
    with open_store(path) as s:
        s.write(corpus())
    return path


def test_ingest_twice_changes_nothing(pipeline, small_corpus, tmp_path):
    db = str(tmp_path / "n.duckdb")
    r1 = run("ingest", str(small_corpus), "--db", db)
    assert r1.exit_code == 0, r1.output
    assert "articles stored:   3" in r1.output and str(Path(db).resolve()) in r1.output
    with open_store(db, read_only=True) as s:
        counts = s.counts()
    assert counts["articles"] == 3 and counts["ingest_log"] == 3
    r2 = run("ingest", str(small_corpus), "--db", db, "--batch-size", "2")
    assert r2.exit_code == 0, r2.output
    assert "articles stored:   0" in r2.output and "unchanged:         3" in r2.output
    with open_store(db, read_only=True) as s:
        assert s.counts() == counts
        assert {r["status"] for r in s.ingest_log()} == {"stored"}
    # --reprocess re-analyses and replaces: same rows, nothing doubled
    r3 = run("ingest", str(small_corpus), "--db", db, "--reprocess")
    assert r3.exit_code == 0 and "articles stored:   3" in r3.output, r3.output
    with open_store(db, read_only=True) as s:
        assert s.counts() == counts


def test_ingest_reports_bad_inputs(pipeline, tmp_path):
    d = tmp_path / "mixed"
    d.mkdir()
    shutil.copy(sorted(CORPUS.glob("*.txt"))[0], d / "good.txt")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "blob.bin").write_bytes(bytes(range(256)) * 20)
    good = {"text": "The foreign ministers of France and Germany met in Berlin on Tuesday to discuss "
                    "support for Ukraine, officials said, adding that more talks would follow in Paris.",
            "title": "Ministers meet", "url": "http://example.org/1", "published": "2024-05-01",
            "source": "Wire"}
    (d / "items.jsonl").write_text(json.dumps(good) + "\n" + '{"text": "unterminated\n', encoding="utf-8")
    db = str(tmp_path / "m.duckdb")
    r = run("ingest", str(d), "--db", db)
    assert r.exit_code == 1, r.output
    assert "articles stored:   2" in r.output
    lines = r.output.splitlines()
    for name in ("empty.txt", "blob.bin", "items.jsonl:2"):
        assert any(name in ln and ln.strip().startswith("skipped:") for ln in lines), (name, r.output)
    with open_store(db, read_only=True) as s:
        assert s.counts()["articles"] == 2
        skipped = {Path(r["origin"]).name: r["reason"] for r in s.ingest_log(status="skipped")}
    assert set(skipped) == {"empty.txt", "blob.bin", "items.jsonl:2"}
    assert all(skipped.values())
    # the same inputs again: nothing new, and the exit code still says something was skipped
    r2 = run("ingest", str(d), "--db", db)
    assert r2.exit_code == 1 and "articles stored:   0" in r2.output


def test_ingest_names_its_own_database_inside_the_input_directory(pipeline, tmp_path):
    """A database kept in the directory being ingested is not offered as a binary input: on the second
    run its file (and any side file such as DuckDB's write-ahead log) is skipped as the database itself."""
    d = tmp_path / "news"
    d.mkdir()
    shutil.copy(sorted(CORPUS.glob("*.txt"))[0], d / "story.txt")
    db = str(d / "own.duckdb")
    run("ingest", str(d), "--db", db)
    (d / "own.duckdb.wal").write_bytes(bytes(range(256)))        # a side file, as an interrupted run leaves
    (d / "own.duckdb.bak").mkdir()                               # a directory of that name is not a side file
    (d / "own.duckdb.bak" / "blob.bin").write_bytes(bytes(range(256)) * 4)
    r = run("ingest", str(d), "--db", db)
    skipped = [ln.strip() for ln in r.output.splitlines() if ln.strip().startswith("skipped:")]
    ours = [ln for ln in skipped if "the database this ingest writes to" in ln]
    assert sorted(Path(ln.split(": ")[1]).name for ln in ours) == ["own.duckdb", "own.duckdb.wal"], r.output
    assert any("blob.bin" in ln and "binary" in ln for ln in skipped), r.output


def test_ingest_stdin_and_metadata_options(pipeline, tmp_path):
    db = str(tmp_path / "s.duckdb")
    text = sorted(CORPUS.glob("*.txt"))[0].read_text(encoding="utf-8")
    body = text.split("\n---\n", 1)[1]          # without its front matter: no outlet, no date
    r = run("ingest", "-", "--db", db, "--published", "2024-06-19", "--source", "Stdin Wire", input=body)
    assert r.exit_code == 0, r.output
    with open_store(db, read_only=True) as s:
        arts = s.articles().rows
    assert len(arts) == 1
    assert arts[0]["outlet"] == "Stdin Wire" and arts[0]["published"] == "2024-06-19"


def test_ingest_usage_errors(tmp_path):
    db = str(tmp_path / "u.duckdb")
    assert run("ingest", str(tmp_path / "missing"), "--db", db).exit_code == 2
    assert run("ingest", str(tmp_path), "--db", db, "--published", "someday").exit_code == 2
    assert run("ingest", "--db", db).exit_code == 2
    assert "Exit status" in run("ingest", "--help").output


def test_db_option_and_env(pipeline, small_corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    env_db = tmp_path / "from_env.duckdb"
    r = run("ingest", str(small_corpus / "sub"), env={"NEWSGRAPH_DB": str(env_db)})
    assert r.exit_code == 0, r.output
    assert env_db.exists() and not (tmp_path / "newsgraph.duckdb").exists()
    # --db wins over the environment
    opt_db = tmp_path / "from_opt.duckdb"
    r = run("ingest", str(small_corpus / "sub"), "--db", str(opt_db), env={"NEWSGRAPH_DB": str(env_db)})
    assert r.exit_code == 0 and opt_db.exists()
    arts = json.loads(run("articles", "--json", env={"NEWSGRAPH_DB": str(env_db)}).output)
    assert arts["total"] == 1 and len(arts["items"]) == 1
    # neither: ./newsgraph.duckdb
    monkeypatch.delenv("NEWSGRAPH_DB", raising=False)
    r = run("ingest", str(small_corpus / "sub"))
    assert r.exit_code == 0 and (tmp_path / "newsgraph.duckdb").exists()


def test_events_json_and_filters(stored_db):
    db = str(stored_db)
    rows = json.loads(run("events", "--db", db, "--json").output)["items"]
    assert len(rows) == 3 and {r["modality"] for r in rows} == {"asserted"}
    ev = next(r for r in rows if r["cameo_code"] == "042")
    for key in ("source_code", "source_name", "target_code", "target_name", "cameo_root", "quad_class",
                "plover_type", "modality", "attribution", "date", "place_name", "place_lat", "place_lon",
                "evidence", "rule_id"):
        assert key in ev
    assert ev["evidence"] and ev["place_lat"] is not None
    assert json.loads(run("events", "--db", db, "--json", "--all-modalities").output)["total"] == 4

    def events(*args: str) -> list[dict]:
        return json.loads(run("events", "--db", db, "--json", *args).output)["items"]

    putin = events("--actor", "Putin")
    assert len(putin) == 2 and all("Putin" in f"{r['source_name']} {r['target_name']}" for r in putin)
    chn = events("--country", "CHN")
    assert len(chn) == 1 and "CHN" in (chn[0]["source_country"], chn[0]["target_country"])
    root = events("--root", "04")
    assert len(root) == 2 and {r["cameo_root"] for r in root} == {"04"}
    assert [r["cameo_code"] for r in events("--code", "111")] == ["111"]
    later = events("--since", "2024-07", "--all-modalities")
    assert len(later) == 2 and all(r["event_date"] >= "2024-07-01" for r in later)
    assert events("--until", "2024-06-18") == []
    assert events("--limit", "1") == rows[:1]
    table = run("events", "--db", db, "--evidence").output
    assert "RUSGOV" in table and "Pyongyang" in table and "(3 events)" in table
    assert len(events("--modality", "hypothetical")) == 1
    assert len(events("--modality", "all")) == 4
    assert run("events", "--db", db, "--modality", "rumoured").exit_code == 2
    bad = run("events", "--db", db, "--since", "last week")
    assert bad.exit_code == 2 and "since" in bad.output


def test_actors_quotes_articles_commands(stored_db):
    db = str(stored_db)
    actors = json.loads(run("actors", "--db", db, "--json", "--country", "RUS").output)["items"]
    assert [a["code"] for a in actors] == ["RUSGOV"]
    assert "Vladimir Putin" in run("actors", "--db", db).output
    quotes = json.loads(run("quotes", "--db", db, "--json", "--speaker", "Kim Jong Un").output)["items"]
    assert len(quotes) == 1 and quotes[0]["speaker_name"] == "Kim Jong Un"
    arts = json.loads(run("articles", "--db", db, "--json").output)["items"]
    assert len(arts) == 3
    one = json.loads(run("article", arts[0]["id"], "--db", db, "--json").output)
    assert one["id"] == arts[0]["id"] and "text" in one and "events" in one
    assert run("article", "nope", "--db", db).exit_code == 1


def test_eval_usage_errors_are_messages(tmp_path):
    """Bad eval arguments give one readable line and exit 1 or 2, not a traceback."""
    r = run("eval", "nope")
    assert r.exit_code == 1 and "Error: unknown eval task 'nope'" in r.output
    r = run("eval", "events", "--data", str(tmp_path / "missing"))
    assert r.exit_code == 1 and f"evaluation data not found at {tmp_path / 'missing'}" in r.output
    r = run("eval", "events", "-o", "no-equals-sign")
    assert r.exit_code == 2 and "expected KEY=VALUE" in r.output


def test_query_missing_db(tmp_path):
    r = run("events", "--db", str(tmp_path / "none.duckdb"))
    assert r.exit_code == 1 and "no such database" in r.output


def test_export_formats(stored_db, tmp_path):
    db = str(stored_db)
    out = tmp_path / "e.jsonl"
    r = run("export", "--db", db, "--format", "jsonl", "--out", str(out))
    assert r.exit_code == 0, r.output
    rows = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 3 and all("source_actor" in r for r in rows)
    assert {r["modality"] for r in rows} == {"asserted"}          # like `events`: asserted only by default

    out = tmp_path / "e.parquet"
    assert run("export", "--db", db, "--format", "parquet", "--out", str(out), "--all-modalities").exit_code == 0
    import duckdb
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}')").fetchall()[0][0] == 4

    out = tmp_path / "e.tsv"
    assert run("export", "--db", db, "--format", "gdelt", "--out", str(out), "--root", "04").exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and len(lines[0].split("\t")) == 61        # the two visit reports: one event
    assert run("export", "--db", db, "--format", "gdelt", "--out", str(out), "--each-report").exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and all(len(ln.split("\t")) == 61 for ln in lines)
    assert run("export", "--db", db, "--format", "csv", "--out", str(out)).exit_code == 2


def _explode_on_marker(doc, analysis):
    if "EXPLODE" in doc.text:
        raise RuntimeError("stage failed on purpose")


def test_analysis_failure_is_isolated(pipeline):
    """A stage that raises on one article: that article is reported, the others are analysed."""
    from newsgraph.pipeline import Pipeline
    from newsgraph.records import Article
    from newsgraph.registry import stages

    if "test_explodes_on_marker" not in stages:
        stages.register("test_explodes_on_marker")(_explode_on_marker)
    p = Pipeline(stage_names=["geo", "actors", "test_explodes_on_marker"])
    texts = ["Putin met Xi in Beijing.", "This one will EXPLODE in analysis.", "Biden spoke in Paris."]
    arts = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    failures = []
    results = list(p.analyse_each(arts, on_error=lambda art, exc: failures.append(art.id)))
    assert [a.id for a, _ in results] == ["0", "1", "2"]
    assert isinstance(results[1][1], RuntimeError) and failures == ["1"]
    assert results[0][1].article.id == "0" and results[2][1].article.id == "2"


def test_timeline_command(stored_db):
    out = json.loads(run("timeline", "--db", str(stored_db), "--interval", "month", "--json").output)
    rows = out["periods"]
    assert out["interval"] == "month" and sum(r["total"] for r in rows) == 3
    assert {r["period"] for r in rows} == {"2024-06-01", "2024-07-01"}
    table = run("timeline", "--db", str(stored_db)).output
    assert "2024-06-01" in table and "(2 periods, by month)" in table


def test_resume_and_cross_run_duplicates(pipeline, small_corpus, tmp_path):
    """A later run stores only what is new: stored articles are not re-analysed, and the same text
    under another url is reported as a duplicate of the stored article."""
    db = str(tmp_path / "r.duckdb")
    assert run("ingest", str(small_corpus / "sub"), "--db", db).exit_code == 0   # an 'interrupted' first run
    r = run("ingest", str(small_corpus), "--db", db)
    assert r.exit_code == 0 and "articles stored:   2" in r.output and "unchanged:         1" in r.output
    with open_store(db, read_only=True) as s:
        first = s.articles().rows[0]
        text = s.article(first["id"])["text"]
    jl = tmp_path / "again.jsonl"
    jl.write_text(json.dumps({"text": text, "url": "http://mirror.example/copy", "title": "copy"}) + "\n",
                  encoding="utf-8")
    r = run("ingest", str(jl), "--db", db)
    assert r.exit_code == 1 and "duplicate of" in r.output and "articles stored:   0" in r.output
    with open_store(db, read_only=True) as s:
        assert s.counts()["articles"] == 3
        dup = s.ingest_log(status="duplicate")
    assert len(dup) == 1 and dup[0]["reason"].startswith("duplicate of ")


def test_ingest_prints_notes_and_says_when_there_is_nothing(pipeline, tmp_path):
    """A kept article with a bad front-matter date is stored with a printed note; an empty directory
    says there was nothing to ingest (exit 0: nothing was skipped)."""
    f = tmp_path / "dated.txt"
    f.write_text("---\ntitle: Talks\npublished: someday\n---\nThe foreign ministers of France and Germany met "
                 "in Berlin on Tuesday to discuss support for Ukraine, officials said, adding that more talks "
                 "would follow in Paris.\n", encoding="utf-8")
    db = str(tmp_path / "n.duckdb")
    r = run("ingest", str(f), "--db", db)
    assert r.exit_code == 0, r.output
    assert "articles stored:   1" in r.output
    assert f"note: {f}: published value ignored (not a date: 'someday')" in r.output
    with open_store(db, read_only=True) as s:
        assert s.articles()[0].published is None
    (tmp_path / "none").mkdir()
    r = run("ingest", str(tmp_path / "none"), "--db", db)
    assert r.exit_code == 0 and "nothing to ingest: no input files found" in r.output
