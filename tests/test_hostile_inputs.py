"""Issue 16, the input side: the hostile-input corpus through `newsgraph ingest` (nothing outside the named
paths read, no good article lost, no bad input stored, each skip with its reason), the same skips through
the API, exit codes, and a `kill -9` in the middle of an ingest."""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from fixtures.hostile.make_corpus import RUSSIAN, build, story
from newsgraph.store import open_store

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "src" / "newsgraph" / "data" / "corpus"
NEWSGRAPH = Path(sys.executable).with_name("newsgraph")


def ingest(*args: str, **kw):
    from newsgraph.cli import main

    return CliRunner().invoke(main, ["ingest", "--no-progress", *args], catch_exceptions=False, **kw)


def make_unreadable(directory: Path, monkeypatch) -> None:
    """chmod 000; as root (CI) permissions do not stop reading, so listing it fails the way it would."""
    directory.chmod(0)
    if os.geteuid() == 0:
        real_scandir = os.scandir

        def scandir(path="."):
            if os.path.realpath(path) == str(directory.resolve()):
                raise PermissionError(13, "Permission denied", str(path))
            return real_scandir(path)
        monkeypatch.setattr(os, "scandir", scandir)


# --------------------------------------------------------------------------- the hostile corpus

@pytest.fixture(scope="module")
def hostile_run(pipeline, tmp_path_factory):
    mp = pytest.MonkeyPatch()
    base = tmp_path_factory.mktemp("hostile")
    corpus = build(base)
    locked = corpus.root / "hostile" / "locked"
    locked.mkdir()
    (locked / "story.txt").write_text(story("topaz"), encoding="utf-8")
    corpus.skipped["hostile/locked"] = ("unreadable", "directory not read")
    make_unreadable(locked, mp)
    db = base / "hostile.duckdb"
    try:
        res = ingest("--db", str(db), str(corpus.root))
    finally:
        mp.undo()
        locked.chmod(0o755)
    con = duckdb.connect(str(db), read_only=True)
    articles = con.execute("SELECT origin, text FROM articles").fetchall()
    log = con.execute("SELECT origin, status, reason FROM ingest_log").fetchall()
    con.close()
    return corpus, res, articles, log


def rel(corpus, origin: str) -> str:
    return os.path.relpath(origin, corpus.root) if origin.startswith(str(corpus.root)) else origin


def test_every_good_input_is_stored(hostile_run):
    corpus, res, articles, _ = hostile_run
    assert res.exit_code == 1, res.output              # something was skipped, the rest stored
    stored = {rel(corpus, o): text for o, text in articles}
    for origin, marker in corpus.good.items():
        assert origin in stored, (origin, res.output)
        assert marker in stored[origin], origin
    assert len(stored) == len(corpus.good)             # and nothing else: no bad input stored


def test_nothing_outside_the_named_tree_is_read(hostile_run):
    corpus, _, articles, log = hostile_run
    assert not any(corpus.secret_marker in text or "obsidian" in text for _, text in articles)
    assert not any(str(corpus.secret.parent) in origin for origin, _, _ in log)
    assert "topaz" not in " ".join(text for _, text in articles)       # nor the unreadable directory


def test_every_bad_input_is_skipped_with_its_reason(hostile_run):
    corpus, res, _, log = hostile_run
    rows = {rel(corpus, o): (status, reason) for o, status, reason in log}
    for origin, (kind, why) in corpus.skipped.items():
        assert origin in rows, (origin, res.output)
        status, reason = rows[origin]
        assert status == ("duplicate" if kind == "duplicate" else "skipped"), (origin, status, reason)
        assert why.lower() in reason.lower(), (origin, reason)
    assert all(reason for _, status, reason in log if status not in ("stored", "unchanged"))
    # the lines a bomb gave before its cap are inputs of their own: none of them was stored
    assert not any(o.startswith("hostile/bomb") and s == "stored" for o, (s, _) in rows.items())


def test_a_few_bad_bytes_do_not_garble_the_file(hostile_run):
    corpus, res, articles, _ = hostile_run
    text = dict((rel(corpus, o), t) for o, t in articles)["good/five-bad-bytes.txt"]
    assert "“new”" in text and "—" in text and "â€" not in text and text.count("\ufffd") == 5
    assert "5 invalid byte sequences replaced with U+FFFD" in res.output


def test_symlinks_are_followed_only_when_asked(pipeline, tmp_path):
    tree, outside = tmp_path / "tree", tmp_path / "outside"
    tree.mkdir()
    outside.mkdir()
    (outside / "far.txt").write_text(story("onyx"), encoding="utf-8")
    os.symlink(outside / "far.txt", tree / "near.txt")
    db = tmp_path / "s.duckdb"
    res = ingest("--db", str(db), str(tree))
    assert res.exit_code == 1 and "outside" in res.output and "--follow-symlinks" in res.output
    res = ingest("--db", str(db), "--follow-symlinks", str(tree))
    assert res.exit_code == 0 and "articles stored:   1" in res.output, res.output
    # a file the user names is read even when it is a link: the user named it
    res = ingest("--db", str(tmp_path / "n.duckdb"), str(tree / "near.txt"))
    assert res.exit_code == 0, res.output


# --------------------------------------------------------------------------- CLI and API skip alike

def test_the_api_skips_what_the_cli_skips(pipeline, tmp_path):
    """Issue 16 item 5: the same bad articles get the same verdicts and reasons through both paths."""
    from fastapi.testclient import TestClient

    from newsgraph.api import create_app

    good = {"text": story("jade"), "url": "https://news.example.test/jade"}
    records = [good,
               {"text": "x"},
               {"text": "\x01\x02\x03\x04\x05" * 20},
               {"text": RUSSIAN},
               {**good, "url": "https://mirror.example.test/jade"},     # same text under another url
               {"text": "\n".join(["Harbour"] * 6_000)},
               {"text": "Go, " * 32_000},
               {"text": "Harbourmasterships " * 8_500}]                # over the characters, within the tokens
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    cli_db, api_db = tmp_path / "cli.duckdb", tmp_path / "api.duckdb"
    res = ingest("--db", str(cli_db), str(src))
    assert res.exit_code == 1
    with open_store(cli_db, read_only=True) as s:
        cli = [(r["status"], r["reason"]) for r in sorted(s.ingest_log(), key=lambda r: int(r["origin"].rsplit(":", 1)[1]))]
    open_store(api_db).close()
    with TestClient(create_app(api_db, token="t0ken")) as c:
        r = c.post("/api/ingest", json={"articles": records}, headers={"Authorization": "Bearer t0ken"})
    assert r.status_code == 200, r.text
    api = [(x["status"], x["reason"]) for x in r.json()["results"]]
    assert [s for s, _ in cli] == ["stored", "skipped", "skipped", "skipped", "duplicate", "skipped", "skipped",
                                "skipped"]
    assert cli == api
    reasons = [why for _, why in cli]
    assert "non-English" in reasons[3] and reasons[4].startswith("duplicate of")
    assert "lines" in reasons[5] and "NEWSGRAPH_MAX_TEXT_TOKENS" in reasons[6]
    assert "NEWSGRAPH_MAX_TEXT_CHARS" in reasons[7]       # the API's default text limit is the CLI's


# --------------------------------------------------------------------------- exit codes

def test_exit_codes(pipeline, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(story("coral"), encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    db = tmp_path / "e.duckdb"
    assert ingest("--db", str(db), str(good)).exit_code == 0
    assert ingest("--db", str(db), str(good), str(empty)).exit_code == 1
    assert ingest("--db", str(db), str(tmp_path / "missing.txt")).exit_code == 2
    # database unavailable: a directory, a file that is not a database, a path that cannot be made
    (tmp_path / "dir.duckdb").mkdir()
    (tmp_path / "junk.duckdb").write_bytes(b"not a database at all" * 100)
    for bad_db in (tmp_path / "dir.duckdb", tmp_path / "junk.duckdb", good / "under-a-file.duckdb"):
        res = ingest("--db", str(bad_db), str(good))
        assert res.exit_code == 3, (bad_db, res.output)
        assert "database unavailable" in res.output
    help_text = ingest("--help").output
    assert all(f"  {code}  " in help_text for code in "0123")


def test_a_locked_database_exits_3(pipeline, tmp_path, monkeypatch):
    """Another process holds the DuckDB file: nothing can be stored, and the exit code says so."""
    monkeypatch.setenv("NEWSGRAPH_DB_LOCK_WAIT", "1")     # where the store waits for a lock: not for long
    db = tmp_path / "locked.duckdb"
    open_store(db).close()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); "
                               "print('ready', flush=True); sys.stdin.read()", str(db)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        good = tmp_path / "good.txt"
        good.write_text(story("amber"), encoding="utf-8")
        res = ingest("--db", str(db), str(good))
        assert res.exit_code == 3, res.output
        assert "database unavailable" in res.output and "Traceback" not in res.output
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


# --------------------------------------------------------------------------- kill -9 mid-ingest

def _rows(db: Path) -> dict[str, list[tuple]]:
    from test_ingest_service import stored_rows

    return stored_rows(db)


def test_kill_9_mid_ingest_then_resume_equals_a_clean_run(tmp_path):
    """SIGKILL while a real `newsgraph ingest` is writing batches; the next run resumes, and the database
    then holds exactly what one uninterrupted run stores: nothing lost, nothing twice."""
    src = tmp_path / "in"
    src.mkdir()
    for p in sorted(CORPUS.glob("*.txt"))[:6]:
        shutil.copy(p, src / p.name)
    cmd = [str(NEWSGRAPH), "ingest", "--batch-size", "1", "--progress", str(src)]
    clean, killed = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    subprocess.run(cmd + ["--db", str(clean)], capture_output=True, timeout=600)
    proc = subprocess.Popen(cmd + ["--db", str(killed)], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    seen = b""
    deadline = time.monotonic() + 300
    os.set_blocking(proc.stderr.fileno(), False)
    while time.monotonic() < deadline and proc.poll() is None:
        seen += proc.stderr.read() or b""
        done = [int(n) for n in re.findall(rb"ingest: (\d+) article", seen)]
        if done and max(done) >= 2:
            break
        time.sleep(0.05)
    if proc.poll() is not None:
        pytest.fail(f"ingest ended before it could be killed: {seen[-500:]!r}")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    with open_store(killed, read_only=True) as s:
        partial = s.counts()["articles"]
    assert 1 <= partial < 6                         # killed in the middle
    res = subprocess.run(cmd + ["--db", str(killed)], capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stdout + res.stderr
    assert f"unchanged:         {partial}" in res.stdout
    assert _rows(killed) == _rows(clean)
