"""Where ingest's rule tables live (CSV under newsgraph/data/ingest/).

The reader and its `file:line` errors are shared with other stages' tables: `newsgraph.datafile`.
"""
from __future__ import annotations

from pathlib import Path

from newsgraph.datafile import DataFileError, package_data, read_rows

__all__ = ["DataFileError", "data_path", "read_rows"]


def data_path(name: str) -> Path:
    """Path of a file shipped in newsgraph/data/ingest/."""
    return package_data("ingest", name)
