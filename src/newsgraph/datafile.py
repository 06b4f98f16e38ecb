"""The one reader of newsgraph's data files (rule tables, dictionaries, ontology tables, gold labels).

Every file under newsgraph/data/ is read through here, so every table follows the same conventions
and every bad entry fails the same way: `DataFileError("path:line: what is wrong")`.

Tables (.csv, and .tsv for rules whose patterns hold commas and quotes):
  * '#' starts a comment line; blank lines are ignored; the first other line is the header;
  * every row has a unique, non-empty `id`;
  * one entry stands on one physical line (a quoted CSV field may hold commas, not newlines;
    TSV fields are split on tabs with no quoting at all);
  * `required` columns must exist and be non-empty, `optional` columns must exist;
  * `types` converts a column's text (e.g. float); a value it rejects names the line.
JSON (.json) and JSON lines (.jsonl) files report the line of a syntax error the same way.

Files are located as package data (`importlib.resources`): `package_data("kb", "countries.csv")`.
Word lists that rules test for (not the tables above: a list of words with one line saying what it is for) are
rows of a stage's `word_lists.csv`, read once and named in the code: `word_list("patterns", "TIME_NOUNS")`.
"""
from __future__ import annotations

import csv
import functools
import json
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

TABLE_SUFFIXES = (".csv", ".tsv")


def package_data(*parts: str) -> Path:
    """Path of a file shipped under newsgraph/data/, e.g. package_data("quotes", "cues.csv")."""
    return Path(str(resources.files("newsgraph").joinpath("data", *parts)))


class DataFileError(ValueError):
    """A data file has a bad entry; the message starts with `file:line:`."""

    def __init__(self, path: str | Path, line: int, message: str):
        super().__init__(f"{path}:{line}: {message}")
        self.path = str(path)
        self.line = line


def _split_line(path: Path, lineno: int, line: str, tsv: bool) -> list[str]:
    if tsv:
        return line.rstrip("\r\n").split("\t")
    try:
        return next(csv.reader([line], strict=True))
    except csv.Error as exc:
        raise DataFileError(path, lineno, f"bad CSV: {exc}") from None


def read_rows(path: str | Path, required: tuple[str, ...] = (), *, optional: tuple[str, ...] = (),
              types: Mapping[str, Callable[[str], Any]] | None = None,
              ) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, row) for each data row of a .csv/.tsv table; see the module docstring.

    Values are stripped strings, except the columns in `types`, which hold what the converter
    returned (a converter that raises ValueError makes a DataFileError naming the line).
    """
    path = Path(path)
    tsv = path.suffix == ".tsv"
    required = tuple(c for c in required if c != "id")
    types = types or {}
    header: list[str] | None = None
    seen: dict[str, int] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            values = _split_line(path, lineno, line, tsv)
            if header is None:
                header = [h.strip() for h in values]
                missing = [c for c in ("id", *required, *optional, *types) if c not in header]
                if missing:
                    raise DataFileError(path, lineno, f"missing column(s) {', '.join(dict.fromkeys(missing))} "
                                                      f"in header")
                continue
            if len(values) != len(header):
                raise DataFileError(path, lineno, f"expected {len(header)} fields, found {len(values)}")
            row: dict[str, Any] = {h: v.strip() for h, v in zip(header, values)}
            rid = row["id"]
            if not rid:
                raise DataFileError(path, lineno, "empty id")
            if rid in seen:
                raise DataFileError(path, lineno, f"duplicate id {rid!r} (first on line {seen[rid]})")
            seen[rid] = lineno
            for col in required:
                if not row[col]:
                    raise DataFileError(path, lineno, f"empty {col!r} in entry {rid!r}")
            for col, convert in types.items():
                try:
                    row[col] = convert(row[col])
                except (TypeError, ValueError) as exc:
                    raise DataFileError(path, lineno, f"bad {col!r} value {row[col]!r} in entry {rid!r} "
                                                      f"({exc})") from None
            yield lineno, row
    if header is None:
        raise DataFileError(path, 1, "no header row")


def read_table(path: str | Path, required: tuple[str, ...] = (), **kwargs: Any) -> list[dict[str, Any]]:
    """The rows of a table as a list (line numbers dropped); same checks as `read_rows`."""
    return [row for _, row in read_rows(path, required, **kwargs)]


def read_word_lists(path: str | Path) -> dict[str, frozenset[str]]:
    """The named word lists of a table with columns id, words ('|'-separated, kept as written) and note (what
    the list is for). A list with an empty word, or a word listed twice, fails with the line named."""
    out: dict[str, frozenset[str]] = {}
    for lineno, row in read_rows(path, ("words", "note")):
        words = [w.strip() for w in row["words"].split("|")]
        if "" in words:
            raise DataFileError(path, lineno, f"empty word in list {row['id']!r}")
        twice = sorted({w for w in words if words.count(w) > 1})
        if twice:
            raise DataFileError(path, lineno, f"{', '.join(twice)} listed twice in {row['id']!r}")
        out[row["id"]] = frozenset(words)
    return out


@functools.lru_cache(maxsize=None)
def _stage_word_lists(folder: str) -> dict[str, frozenset[str]]:
    return read_word_lists(package_data(folder, "word_lists.csv"))


def word_list(folder: str, name: str) -> frozenset[str]:
    """The word list `name` of data/<folder>/word_lists.csv (each file read once): rules name their lists in
    the code and the words live in the file, where they are reviewed and extended without reading Python."""
    lists = _stage_word_lists(folder)
    if name not in lists:
        raise KeyError(f"no word list {name!r} in {package_data(folder, 'word_lists.csv')}")
    return lists[name]


def read_json(path: str | Path) -> Any:
    """A JSON document; a syntax error names the file and line."""
    path = Path(path)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DataFileError(path, exc.lineno, f"bad JSON: {exc.msg}") from None


def read_jsonl(path: str | Path) -> Iterator[tuple[int, Any]]:
    """(line number, object) for each non-blank line of a JSON-lines file."""
    path = Path(path)
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                yield lineno, json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataFileError(path, lineno, f"bad JSON: {exc.msg}") from None


def load_any(path: str | Path) -> list[Any]:
    """Every entry of a data file of any supported kind (for checks that read all data files)."""
    path = Path(path)
    if path.suffix in TABLE_SUFFIXES:
        return read_table(path)
    if path.suffix == ".jsonl":
        return [obj for _, obj in read_jsonl(path)]
    if path.suffix == ".json":
        return [read_json(path)]
    raise DataFileError(path, 1, f"not a data file newsgraph reads ({path.suffix or 'no suffix'})")
