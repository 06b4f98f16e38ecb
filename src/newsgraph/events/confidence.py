"""How far to trust a coded event, on one scale for every rule.

An event's confidence is its rule's own a priori confidence (the patterns' `confidence` column, the
statement rows, ...) with the evidence the sentence gave it -- a target actor found (+0.05), no source
actor (-0.05), a code changed by a convention (-0.1), a flat headline reading (-0.25) -- plus an
adjustment by CAMEO root measured on the dev half of the real-news gold (data/patterns/confidence.csv):
some roots come from polysemous verbs ("agreed", "offered", "returned") and are wrong more often.
`newsgraph eval events --suite realnews` reports precision by confidence band; the top band is meant to
be right far more often than the bottom one.
"""
from __future__ import annotations

import functools

from newsgraph.datafile import DataFileError, package_data, read_rows
from newsgraph.events.ontology import is_code

FLOOR, CEILING = 0.05, 0.99


@functools.lru_cache(maxsize=1)
def root_adjustments() -> dict[str, float]:
    """CAMEO root -> confidence adjustment (confidence.csv)."""
    path = package_data("patterns", "confidence.csv")
    out: dict[str, float] = {}
    for lineno, r in read_rows(path, ("root", "adjust"), types={"adjust": float}):
        if len(r["root"]) != 2 or not is_code(r["root"]):
            raise DataFileError(path, lineno, f"{r['root']!r} is not a CAMEO root")
        if not -0.5 <= r["adjust"] <= 0.5:
            raise DataFileError(path, lineno, "adjust must lie within -0.5..0.5")
        out[r["root"]] = r["adjust"]
    return out


def score(rule_confidence: float, code: str, *, source: bool = True, target: bool = False,
          recoded: bool = False, flat: bool = False) -> float:
    """The confidence of an event coded `code` by a rule of `rule_confidence` (see the module docstring)."""
    conf = rule_confidence + root_adjustments().get(code[:2], 0.0)
    conf += (0.05 if target else 0.0) - (0.0 if source else 0.05) - (0.1 if recoded else 0.0)
    conf -= 0.25 if flat else 0.0
    return round(max(FLOOR, min(CEILING, conf)), 3)


def rescore(confidence: float, old_code: str, new_code: str) -> float:
    """The confidence of an event recoded from `old_code` to `new_code` by a convention."""
    adj = root_adjustments()
    conf = confidence - adj.get(old_code[:2], 0.0) + adj.get(new_code[:2], 0.0)
    return round(max(FLOOR, min(CEILING, conf)), 3)
