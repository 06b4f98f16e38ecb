"""CAMEO and PLOVER ontology tables (package data in data/ontology/), loaded once.

Every coded event takes its name, root, QuadClass, Goldstein value and default PLOVER
type/mode from here, so the numbers live in one reviewable file with its source named.
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


class DataFileError(ValueError):
    """A bad entry in a package data file; the message names the file and line."""


def data_path(*parts: str) -> Path:
    return Path(str(resources.files("newsgraph").joinpath("data", *parts)))


def read_csv(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a CSV file with their line numbers; '#' lines are comments.

    Fails with file and line when a required column is missing or a row has the wrong width.
    """
    out: list[tuple[int, dict[str, str]]] = []
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [(i, line) for i, line in enumerate(fh, 1) if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        raise DataFileError(f"{path}: empty file")
    reader = csv.reader([line for _, line in lines])
    header = next(reader)
    missing = [c for c in required if c not in header]
    if missing:
        raise DataFileError(f"{path}:{lines[0][0]}: missing column(s) {', '.join(missing)}")
    for (lineno, _), row in zip(lines[1:], reader):
        if len(row) != len(header):
            raise DataFileError(f"{path}:{lineno}: expected {len(header)} fields, got {len(row)}")
        out.append((lineno, {k: v.strip() for k, v in zip(header, row)}))
    return out


@dataclass(frozen=True)
class CameoCode:
    code: str
    root: str
    name: str
    quad_class: int
    goldstein: float
    plover_type: str | None
    plover_mode: str | None


@functools.lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """CAMEO code -> CameoCode (leading zeros kept: "057", "0841")."""
    path = data_path("ontology", "cameo_codes.csv")
    table: dict[str, CameoCode] = {}
    for lineno, r in read_csv(path, ("id", "root", "quad_class", "goldstein", "name", "plover_type")):
        code = r["id"]
        if not code.isdigit() or not 2 <= len(code) <= 4 or not code.startswith(r["root"]):
            raise DataFileError(f"{path}:{lineno}: bad CAMEO code {code!r} (root {r['root']!r})")
        if code in table:
            raise DataFileError(f"{path}:{lineno}: duplicate code {code}")
        try:
            quad, gold = int(r["quad_class"]), float(r["goldstein"])
        except ValueError:
            raise DataFileError(f"{path}:{lineno}: quad_class/goldstein not numeric") from None
        plover = r["plover_type"] or None
        for p in (plover or "").split("|"):
            if p and p not in PLOVER_TYPES:
                raise DataFileError(f"{path}:{lineno}: unknown PLOVER type {p!r}")
        table[code] = CameoCode(code, r["root"], r["name"], quad, gold, plover, r.get("plover_mode") or None)
    return table


@functools.lru_cache(maxsize=1)
def plover_modes() -> dict[str, set[str]]:
    """PLOVER type -> its modes (from the manual's mode tables)."""
    out: dict[str, set[str]] = {}
    for _, r in read_csv(data_path("ontology", "plover_modes.csv"), ("id", "event", "mode")):
        out.setdefault(r["event"], set()).add(r["mode"])
    return out


def lookup(code: str) -> CameoCode:
    """The CameoCode for `code`; unknown codes raise KeyError."""
    return cameo_table()[code]


def is_code(code: str) -> bool:
    return code in cameo_table()
