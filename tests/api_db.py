"""The database behind the API and dashboard tests: the bundled sample corpus ingested with the real
`newsgraph ingest` command into a fresh DuckDB file (one per test process)."""
from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "src" / "newsgraph" / "data" / "corpus"

_DEMO: "Path | None" = None


def build_demo_db(path: Path) -> Path:
    """Ingest the sample corpus with the real CLI into `path` (a new file)."""
    from click.testing import CliRunner

    from newsgraph.cli import main

    res = CliRunner().invoke(main, ["ingest", "--db", str(path), str(CORPUS)])
    if res.exception and not isinstance(res.exception, SystemExit):
        raise res.exception
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        n_articles, n_events = con.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)").fetchone()
    finally:
        con.close()
    if not n_articles or not n_events:
        raise RuntimeError(f"ingesting the sample corpus stored {n_articles} articles and {n_events} events:\n"
                           f"{res.output}")
    return path


def demo_db() -> Path:
    """One demo database per test process (shared by the API and dashboard tests), removed at exit."""
    global _DEMO
    if _DEMO is None:
        tmp = Path(tempfile.mkdtemp(prefix="newsgraph-api-"))
        atexit.register(shutil.rmtree, tmp, ignore_errors=True)
        _DEMO = build_demo_db(tmp / "demo.duckdb")
    return _DEMO
