"""What a new user meets on the read side: commands that start without spaCy, listings that say how
much they left out, filter values that cannot match, the Python API's records and frames, and a DuckDB
file that another process is using (serve and ingest take turns; a real block is one line)."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsgraph
from newsgraph.cli import main
from newsgraph.records import Actor, Article, Event
from newsgraph.store import DatabaseLockedError, open_store

from test_store import corpus

TESTS = Path(__file__).resolve().parent


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, list(args), env=env)


@pytest.fixture()
def stored_db(tmp_path) -> str:
    path = str(tmp_path / "q.duckdb")
    with open_store(path) as s:
        s.write(corpus())
    return path


# ---------------------------------------------------------------- start-up without spaCy

_PROBE = """
import json, sys
from newsgraph.cli import main
try:
    main(sys.argv[1:], standalone_mode=False)
finally:
    heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("spacy", "thinc", "torch")
                   or m in ("newsgraph.pipeline", "newsgraph.nlp.model", "newsgraph.actors.stage",
                            "newsgraph.events.stage"))
    print("HEAVY=" + json.dumps(heavy), file=sys.stderr)
"""


@pytest.mark.parametrize("args", [
    ["events"], ["events", "--json", "--country", "RUS"], ["actors"], ["quotes"], ["articles"],
    ["timeline"], ["export", "--format", "jsonl", "--out", "{tmp}/e.jsonl"],
    ["export", "--format", "gdelt", "--out", "{tmp}/e.tsv"],
])
def test_reading_commands_do_not_import_spacy(stored_db, tmp_path, args):
    """Commands that only read the store must not load spaCy, the model or the stages (run in a fresh
    interpreter, then look at sys.modules)."""
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args] + ["--db", stored_db]
    res = subprocess.run([sys.executable, "-c", _PROBE, *argv], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    heavy = json.loads(res.stderr.rsplit("HEAVY=", 1)[1])
    assert heavy == [], f"{args[0]} imported {heavy[:5]}"


def test_article_and_serve_do_not_import_spacy(stored_db):
    aid = open_store(stored_db, read_only=True).articles().rows[0]["id"]
    probe = _PROBE.replace("main(sys.argv[1:], standalone_mode=False)",
                           "main(sys.argv[1:], standalone_mode=False)\n"
                           "    from newsgraph.api import create_app\n"
                           "    from fastapi.testclient import TestClient\n"
                           "    with TestClient(create_app(sys.argv[-1], token='')) as c:\n"
                           "        assert c.get('/api/events').json()['total'] == 3\n"
                           "        assert c.get('/api/meta').status_code == 200")
    res = subprocess.run([sys.executable, "-c", probe, "article", aid, "--db", stored_db],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stderr.rsplit("HEAVY=", 1)[1]) == []


# ---------------------------------------------------------------- listings say what they left out

def test_listings_say_how_many_of_how_many(stored_db):
    out = run("events", "--db", stored_db, "--limit", "2").output
    assert "showing 2 of 3 events (--limit 0 for all)" in out
    out = run("events", "--db", stored_db, "--limit", "2", "--offset", "2").output
    assert "showing 3-3 of 3 events" in out
    assert "(3 events)" in run("events", "--db", stored_db, "--limit", "0").output
    assert "(3 events)" in run("events", "--db", stored_db).output
    assert "showing 1 of 4 actors" in run("actors", "--db", stored_db, "--limit", "1").output
    assert "showing 1 of 3 articles" in run("articles", "--db", stored_db, "--limit", "1").output
    page = json.loads(run("events", "--db", stored_db, "--limit", "1", "--json").output)
    assert (page["total"], page["limit"], page["offset"], len(page["items"])) == (3, 1, 0, 1)
    page = json.loads(run("quotes", "--db", stored_db, "--json").output)
    assert page["total"] == 1 and len(page["items"]) == 1


@pytest.mark.parametrize("what, cli_args, params", [
    ("events", ["--order", "-date", "--all-modalities"], {"sort": "-date", "modality": "all"}),
    ("events", ["--country", "PRK"], {"sort": "date", "country": "PRK"}),
    ("actors", ["--country", "RUS"], {"country": "RUS"}),
    ("actors", [], {}),
    ("quotes", [], {}),
    ("articles", ["--since", "2024-06-20"], {"since": "2024-06-20"}),
])
@pytest.mark.parametrize("limit, offset", [(2, 0), (1, 1), (50, 5)])
def test_cli_json_listing_is_the_api_page(stored_db, what, cli_args, params, limit, offset):
    """`newsgraph X --json` prints the page `GET /api/X` answers, key for key (the API adds only the CAMEO
    and QuadClass names to event rows, for display)."""
    from fastapi.testclient import TestClient

    from newsgraph.api import create_app

    out = run(what, "--db", stored_db, "--json", "--limit", str(limit), "--offset", str(offset), *cli_args)
    assert out.exit_code == 0, out.output
    cli = json.loads(out.output)
    with TestClient(create_app(stored_db, token="")) as client:
        r = client.get(f"/api/{what}", params={**params, "limit": limit, "offset": offset})
    assert r.status_code == 200, r.text
    api = r.json()
    if what == "events":
        for row in api["items"]:
            assert row.pop("quad_name") is not None and "cameo_name" in row
            row.pop("cameo_name")
    assert list(cli) == list(api) == ["total", "total_exact", "limit", "offset", "items"]
    assert cli == api
    assert (cli["limit"], cli["offset"], len(cli["items"])) == (limit, offset, max(0, min(limit, cli["total"] - offset)))


# ---------------------------------------------------------------- values that cannot match

@pytest.mark.parametrize("args, word", [
    (["--plover", "FOO"], "PLOVER"), (["--country", "XYZ"], "ISO 3166"), (["--place-country", "QQQ"], "ISO 3166"),
    (["--source-country", "Russia"], "3-letter"), (["--root", "21"], "root"), (["--quad-class", "5"], "quad_class"),
    (["--modality", "rumoured"], "modality"), (["--country-pair", "RUS"], "country_pair"),
    (["--min-confidence", "2"], "min_confidence"), (["--since", "last week"], "since"),
])
def test_filter_values_that_cannot_match_are_usage_errors(stored_db, args, word):
    r = run("events", "--db", stored_db, *args)
    assert r.exit_code == 2, r.output
    assert word in r.output and "Traceback" not in r.output


def test_known_values_still_pass(stored_db):
    assert run("events", "--db", stored_db, "--plover", "consult").exit_code == 0
    assert run("events", "--db", stored_db, "--country", "prk").exit_code == 0
    assert run("events", "--db", stored_db, "--country", "IGO").exit_code == 0     # CAMEO's IGO prefix


def test_event_options_are_generated_from_the_one_declaration():
    from newsgraph.api.params import event_filters
    from newsgraph.cli.query import events_cmd
    from newsgraph.store.filters import EVENT_FILTERS

    import inspect
    cli = {p.name for p in events_cmd.params}
    api = set(inspect.signature(event_filters).parameters)
    for f in EVENT_FILTERS:
        assert f.name in cli and f.name in api, f.name


# ---------------------------------------------------------------- the Python API

def test_newsgraph_open_gives_records_and_frames(stored_db):
    db = newsgraph.open(stored_db)
    events = db.events(country="PRK")
    assert all(isinstance(e, Event) for e in events) and len(events) == 2 == events.total
    assert {e.cameo_code for e in events} == {"042"} and events[0].source_code == "RUSGOV"
    df = events.to_pandas()
    assert list(df["cameo_code"]) == ["042", "042"] and "evidence" in df.columns
    assert isinstance(df["event_date"][0], dt.date)
    assert all(isinstance(a, Actor) for a in db.actors())
    arts = db.articles(limit=1)
    assert isinstance(arts[0], Article) and arts[0].text is None and arts.total == 3
    assert arts[0].source == arts.rows[0]["outlet"]
    full = db.articles(limit=1, with_text=True)[0]
    assert full.text
    stored = db.analysis(full.id)
    original = next(a for a in corpus() if a.article.id == full.id)
    assert stored.article.text == original.article.text
    assert [e.id for e in stored.events] == [e.id for e in original.events]
    assert {a.id for a in stored.actors} == {a.id for a in original.actors}
    assert db.analysis("nope") is None
    empty = db.events(country="FRA", limit=5)
    assert len(empty) == 0 and empty.total == 0 and list(empty.to_pandas().columns)
    db.close()


def test_newsgraph_import_does_not_load_the_pipeline():
    res = subprocess.run([sys.executable, "-c", "import sys, newsgraph; newsgraph.open; "
                          "print('spacy' in sys.modules, 'newsgraph.pipeline' in sys.modules)"],
                         capture_output=True, text=True, timeout=60)
    assert res.stdout.split() == ["False", "False"], res.stderr
    assert callable(newsgraph.analyse) and newsgraph.Pipeline.__name__ == "Pipeline"


# ---------------------------------------------------------------- a DuckDB file used by two processes

_HOLDER = """#!{python}
import sys, time, duckdb
con = duckdb.connect(sys.argv[-1])
print("holding", flush=True)
time.sleep(float(sys.argv[-2]))
"""


def _hold(tmp_path: Path, db: str, seconds: float) -> subprocess.Popen:
    """A process that keeps the file open for writing, named like `newsgraph ingest`."""
    script = tmp_path / "bin" / "newsgraph"
    script.parent.mkdir(exist_ok=True)
    script.write_text(_HOLDER.format(python=sys.executable), encoding="utf-8")
    script.chmod(0o755)
    proc = subprocess.Popen([str(script), "ingest", "--db", str(seconds), db], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "holding"
    return proc


def test_a_busy_database_is_one_line_naming_the_command(stored_db, tmp_path):
    holder = _hold(tmp_path, stored_db, 20)
    try:
        r = run("events", "--db", stored_db, env={"NEWSGRAPH_DB_LOCK_WAIT": "1"})
        assert r.exit_code == 1
        lines = r.output.strip().splitlines()
        assert len(lines) == 1, r.output
        assert f"in use by `newsgraph ingest` (PID {holder.pid})" in lines[0]
        assert "IO Error" not in r.output and "See also" not in r.output
        assert "wait for it to finish" in lines[0]
        with pytest.raises(DatabaseLockedError):
            os.environ["NEWSGRAPH_DB_LOCK_WAIT"] = "1"
            try:
                open_store(stored_db)
            finally:
                del os.environ["NEWSGRAPH_DB_LOCK_WAIT"]
    finally:
        holder.kill()
        holder.wait()


def test_a_reader_waits_for_a_short_write_instead_of_failing(stored_db, tmp_path):
    holder = _hold(tmp_path, stored_db, 1.5)
    try:
        start = time.monotonic()
        r = run("events", "--db", stored_db)
        assert r.exit_code == 0, r.output
        assert "(3 events)" in r.output
        assert time.monotonic() - start >= 0.5       # it did wait for the writer
    finally:
        holder.wait()


_WRITER = """
import sys
sys.path.insert(0, {tests!r})
from newsgraph.store import open_store
from test_store import make_analysis
import datetime as dt
with open_store(sys.argv[1]) as s:
    st = s.write([make_analysis("A late report from Geneva about talks.", url="http://late.example/1",
                                source="Late", published=dt.date(2024, 9, 1))])
print(st.articles)
"""


def test_serving_does_not_lock_out_an_ingest(stored_db):
    """A read-only store (what `newsgraph serve` keeps open) lets another process write between its
    requests, and its next request sees the new article."""
    server = open_store(stored_db, read_only=True)
    try:
        assert server.articles().total == 3
        res = subprocess.run([sys.executable, "-c", _WRITER.format(tests=str(TESTS)), stored_db],
                             capture_output=True, text=True, timeout=120)
        assert res.returncode == 0 and res.stdout.strip() == "1", res.stderr
        assert server.articles().total == 4
    finally:
        server.close()
