"""CAMEO and PLOVER ontology tables (package data in data/ontology/), loaded once.

Every coded event takes its name, root, QuadClass, Goldstein value and default PLOVER
type/mode from here, so the numbers live in one reviewable file with its source named.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from newsgraph.datafile import DataFileError, package_data, read_rows

# Groups of CAMEO codes the coder's rules name (coder.py, merges.py).
VIOLENT_ROOTS = frozenset({"18", "19", "20"})           # assault, fight, mass violence
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})       # coercion and force: acts done to their targets
REQUEST_ROOTS = frozenset({"02", "10"})                 # appeals and demands: made to an addressee
CRITICISM_CODES = ("110", "111")                        # disapproval and criticism

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


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
    path = package_data("ontology", "cameo_codes.csv")
    table: dict[str, CameoCode] = {}
    for lineno, r in read_rows(path, ("root", "name"), optional=("plover_type",),
                               types={"quad_class": int, "goldstein": float}):
        code = r["id"]
        if not code.isdigit() or not 2 <= len(code) <= 4 or not code.startswith(r["root"]):
            raise DataFileError(path, lineno, f"bad CAMEO code {code!r} (root {r['root']!r})")
        plover = r["plover_type"] or None
        for p in (plover or "").split("|"):
            if p and p not in PLOVER_TYPES:
                raise DataFileError(path, lineno, f"unknown PLOVER type {p!r}")
        table[code] = CameoCode(code, r["root"], r["name"], r["quad_class"], r["goldstein"], plover,
                                r.get("plover_mode") or None)
    return table


@functools.lru_cache(maxsize=1)
def plover_modes() -> dict[str, set[str]]:
    """PLOVER type -> its modes (from the manual's mode tables)."""
    out: dict[str, set[str]] = {}
    for _, r in read_rows(package_data("ontology", "plover_modes.csv"), ("event", "mode")):
        out.setdefault(r["event"], set()).add(r["mode"])
    return out


def lookup(code: str) -> CameoCode:
    """The CameoCode for `code`; unknown codes raise KeyError."""
    return cameo_table()[code]


def is_code(code: str) -> bool:
    return code in cameo_table()
