"""One settings object: every environment variable and tuning knob is read in newsgraph/settings.py."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.settings import DEFAULT_DB, Settings, SettingsError, get_settings, setting_names

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src" / "newsgraph"


def test_defaults_and_environment():
    s = Settings.from_env({})
    assert s.db == DEFAULT_DB and s.token is None and s.batch_size == 32 and s.debug is False
    s = Settings.from_env({"NEWSGRAPH_DB": "/x/y.duckdb", "NEWSGRAPH_BATCH_SIZE": "64",
                           "NEWSGRAPH_DEBUG": "yes", "NEWSGRAPH_API_TOKEN": " s3cret "})
    assert (s.db, s.batch_size, s.debug, s.token) == ("/x/y.duckdb", 64, True, "s3cret")
    assert Settings.from_env({"NEWSGRAPH_CACHE": "/tmp/c"}).cache_path == Path("/tmp/c")


@pytest.mark.parametrize("env, var", [
    ({"NEWSGRAPH_BATCH_SIZE": "lots"}, "NEWSGRAPH_BATCH_SIZE"),
    ({"NEWSGRAPH_API_MAX_LIMIT": "0"}, "NEWSGRAPH_API_MAX_LIMIT"),
    ({"NEWSGRAPH_DEBUG": "maybe"}, "NEWSGRAPH_DEBUG"),
    ({"NEWSGRAPH_API_TOKEN": "   "}, "NEWSGRAPH_API_TOKEN"),
])
def test_bad_values_name_the_variable(env, var):
    with pytest.raises(SettingsError, match=var):
        Settings.from_env(env)


def test_cli_reports_a_bad_setting_as_a_usage_error(monkeypatch):
    from newsgraph.cli import main

    monkeypatch.setenv("NEWSGRAPH_BATCH_SIZE", "lots")
    res = CliRunner().invoke(main, ["events"])
    assert res.exit_code == 2 and "NEWSGRAPH_BATCH_SIZE" in res.output


def test_whitespace_token_refuses_to_start(tmp_path):
    from newsgraph.api import create_app
    from newsgraph.store import open_store

    db = tmp_path / "t.duckdb"
    open_store(db).close()
    with pytest.raises(SettingsError, match="whitespace"):
        create_app(db, token="  \t")


def test_the_environment_is_read_only_in_settings():
    offenders = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                 if p.name != "settings.py" and re.search(r"os\.environ|getenv\(", p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_default_db_defined_once():
    defs = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
            if re.search(r"^DEFAULT_DB\s*=", p.read_text(encoding="utf-8"), re.M)]
    assert defs == ["settings.py"]


def test_architecture_lists_every_setting():
    doc = (REPO / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    missing = [name for name in setting_names() if f"`{name}`" not in doc]
    assert missing == []


def test_get_settings_follows_the_environment(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_DB", "elsewhere.duckdb")
    assert get_settings().db == "elsewhere.duckdb"
