"""The `newsgraph` command line. Each command lives in its own module in this package."""
from __future__ import annotations

import importlib

import click

from newsgraph.cli.common import main  # the click group every command attaches to

# Command modules; each defines commands with `@main.command()`.
_COMMAND_MODULES = ("ingest", "query", "export", "eval", "bench", "serve", "kb")

for _name in _COMMAND_MODULES:
    try:
        importlib.import_module(f"newsgraph.cli.{_name}")
    except ModuleNotFoundError as _exc:  # command module not written yet
        if _exc.name != f"newsgraph.cli.{_name}":
            raise

__all__ = ["main", "click"]
