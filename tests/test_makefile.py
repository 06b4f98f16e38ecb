"""`make demo` / `make install` skip pip and npm when nothing changed, and run them again when
pyproject.toml or web/package-lock.json change. Checked with `make -n` (print, don't run) in a copy of
the Makefile next to stand-in files, so nothing is installed."""
from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make not installed")


def _touch(path: Path, when: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch()
    os.utime(path, (when, when))


@pytest.fixture()
def tree(tmp_path) -> Path:
    shutil.copy(REPO / "Makefile", tmp_path / "Makefile")
    old = time.time() - 3600
    for f in ("pyproject.toml", "web/package.json", "web/package-lock.json", "web/build.mjs", ".venv/bin/python"):
        _touch(tmp_path / f, old)
    return tmp_path


def dry_run(tree: Path, target: str) -> str:
    res = subprocess.run(["make", "-n", target], cwd=tree, capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    return res.stdout


def installed(tree: Path) -> None:
    """What a finished `make install` leaves: the stamps and the copied assets, newer than the inputs."""
    now = time.time() - 60
    for f in (".venv/.newsgraph-installed", "web/node_modules/.newsgraph-installed",
              "src/newsgraph/web/static/vendor/VERSIONS.json"):
        _touch(tree / f, now)
        now += 1


def test_fresh_tree_installs_everything(tree):
    out = dry_run(tree, "install")
    assert "pip install" in out and "npm ci" in out and "npm run" in out


def test_second_demo_skips_pip_and_npm(tree):
    installed(tree)
    out = dry_run(tree, "demo")
    assert "pip install" not in out and "npm ci" not in out and "npm run" not in out
    assert "newsgraph ingest" in out and "newsgraph serve" in out


def test_changed_pyproject_reinstalls_python_only(tree):
    installed(tree)
    _touch(tree / "pyproject.toml", time.time())
    out = dry_run(tree, "demo")
    assert "pip install" in out and "npm ci" not in out and "npm run" not in out


def test_changed_package_lock_reinstalls_npm_only(tree):
    installed(tree)
    _touch(tree / "web" / "package-lock.json", time.time())
    out = dry_run(tree, "demo")
    assert "npm ci" in out and "npm run" in out and "pip install" not in out
