"""Read the CSV rule tables under newsgraph/data/ with errors that name file and line.

Shared by the loaders of several stages (ingest rule tables, quote cue tables) so that every table
follows the same conventions: '#' starts a comment line, the first other line is the header, every
row has a unique, non-empty `id`, and one entry stands on one physical line (quoted fields may hold
commas, not newlines).
"""
from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path
from typing import Iterator


def package_data(*parts: str) -> Path:
    """Path of a file shipped under newsgraph/data/, e.g. package_data("quotes", "cues.csv")."""
    return Path(str(resources.files("newsgraph").joinpath("data", *parts)))


class DataFileError(ValueError):
    """A data file has a bad entry; the message starts with `file:line:`."""

    def __init__(self, path: str | Path, line: int, message: str):
        super().__init__(f"{path}:{line}: {message}")
        self.path = str(path)
        self.line = line


def read_rows(path: str | Path, required: tuple[str, ...],
              error: type[DataFileError] = DataFileError) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) for each data row; check columns, ids and required fields.

    `required` names the columns that must exist and be non-empty (`id` always is); `error` is the
    DataFileError subclass the caller's module raises.
    """
    path = Path(path)
    required = tuple(c for c in required if c != "id")
    header: list[str] | None = None
    seen: dict[str, int] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                values = next(csv.reader([line], strict=True))
            except csv.Error as exc:
                raise error(path, lineno, f"bad CSV: {exc}") from None
            if header is None:
                header = [h.strip() for h in values]
                missing = [c for c in ("id",) + required if c not in header]
                if missing:
                    raise error(path, lineno, f"missing column(s) {', '.join(missing)} in header")
                continue
            if len(values) != len(header):
                raise error(path, lineno, f"expected {len(header)} fields, found {len(values)}")
            row = {h: v.strip() for h, v in zip(header, values)}
            if not row["id"]:
                raise error(path, lineno, "empty id")
            if row["id"] in seen:
                raise error(path, lineno, f"duplicate id {row['id']!r} (first on line {seen[row['id']]})")
            seen[row["id"]] = lineno
            for col in required:
                if not row[col]:
                    raise error(path, lineno, f"empty {col!r} in entry {row['id']!r}")
            yield lineno, row
    if header is None:
        raise error(path, 1, "no header row")
