"""Shared fixtures: one spaCy pipeline per test session (loading it is the slow part), and the demo
database the API and dashboard tests read."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_ARTICLE = SHARED / "examples" / "seed_article.txt"
CORPUS = REPO / "src" / "newsgraph" / "data" / "corpus"


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def pipeline():
    from newsgraph.pipeline import default_pipeline

    return default_pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED_ARTICLE.exists():
        pytest.skip("../shared/examples/seed_article.txt not available")
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_analysis(seed_text):
    import newsgraph

    return newsgraph.analyse(seed_text, published="2024-06-19")


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """The bundled sample corpus ingested with the real `newsgraph ingest` command into a fresh DuckDB
    file, once per test session (shared by the API and dashboard tests)."""
    import duckdb
    from click.testing import CliRunner

    from newsgraph.cli import main

    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    res = CliRunner().invoke(main, ["ingest", "--db", str(path), str(CORPUS)])
    if res.exception and not isinstance(res.exception, SystemExit):
        raise res.exception
    with duckdb.connect(str(path), read_only=True) as con:
        n_articles, n_events = con.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)").fetchone()
    if not n_articles or not n_events:
        raise RuntimeError(f"ingesting the sample corpus stored {n_articles} articles and {n_events} events:\n"
                           f"{res.output}")
    return path


def pytest_addoption(parser):
    parser.addoption("--update-screenshot", action="store_true", default=False,
                     help="write the dashboard screenshot of the demo database to docs/dashboard.png "
                          "(the README's picture); `make screenshot` runs this")


@pytest.fixture(scope="session")
def postgres():
    """A throwaway PostgreSQL server for the session (tests/throwaway_postgres.py). Without PostgreSQL
    binaries the tests that need it skip, saying why -- except on CI, where `make test` installs them
    and a server that cannot start is a failure."""
    import os

    from throwaway_postgres import PostgresUnavailable, ThrowawayPostgres

    try:
        server = ThrowawayPostgres().start()
    except PostgresUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is needed on CI: {exc}")
        pytest.skip(f"no PostgreSQL server could be started here: {exc}")
    yield server
    server.stop()


@pytest.fixture()
def pg_url(postgres) -> str:
    """The URL of a new, empty PostgreSQL database."""
    return postgres.create_database("t")


@pytest.fixture(params=["duckdb", "postgresql"])
def db_target(request, tmp_path) -> str:
    """A new database of each backend: a DuckDB file path, then a PostgreSQL URL."""
    if request.param == "duckdb":
        return str(tmp_path / "test.duckdb")
    return request.getfixturevalue("pg_url")
