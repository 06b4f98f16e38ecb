"""Read ingest's rule tables (CSV under newsgraph/data/ingest/) with errors that name file and line.

Comment lines start with '#'. Every row needs a unique, non-empty `id`.
"""
from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path
from typing import Iterator


class DataFileError(ValueError):
    """A rule table has a bad entry; the message starts with `file:line:`."""

    def __init__(self, path: str | Path, line: int, message: str):
        super().__init__(f"{path}:{line}: {message}")
        self.path = str(path)
        self.line = line


def data_path(name: str) -> Path:
    """Path of a file shipped in newsgraph/data/ingest/."""
    return Path(str(resources.files("newsgraph").joinpath("data", "ingest", name)))


def read_rows(path: str | Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) for each data row; check columns, ids and required fields.

    One entry per physical line (quoted fields may hold commas, not newlines).
    """
    path = Path(path)
    header: list[str] | None = None
    seen: dict[str, int] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                values = next(csv.reader([line], strict=True))
            except csv.Error as exc:
                raise DataFileError(path, lineno, f"bad CSV: {exc}") from None
            if header is None:
                header = [h.strip() for h in values]
                missing = [c for c in ("id",) + required if c not in header]
                if missing:
                    raise DataFileError(path, lineno, f"missing column(s) {', '.join(missing)} in header")
                continue
            if len(values) != len(header):
                raise DataFileError(path, lineno, f"expected {len(header)} fields, found {len(values)}")
            row = {h: v.strip() for h, v in zip(header, values)}
            if not row["id"]:
                raise DataFileError(path, lineno, "empty id")
            if row["id"] in seen:
                raise DataFileError(path, lineno, f"duplicate id {row['id']!r} (first on line {seen[row['id']]})")
            seen[row["id"]] = lineno
            for col in required:
                if not row[col]:
                    raise DataFileError(path, lineno, f"empty {col!r} in entry {row['id']!r}")
            yield lineno, row
    if header is None:
        raise DataFileError(path, 1, "no header row")
