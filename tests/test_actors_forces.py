"""Police named as newspapers name them (issue 11, round 15, crime13): "Riot police", "Border guards" -- a
capitalised word the recogniser takes for a person that only says what kind of force the noun after it is
(names.kind_of_force) -- and a patrolman (roles.csv r-patrolman). Sentences are our own."""
from __future__ import annotations

from test_events import _events


def _sector_or_code(code: str | None, want: str) -> bool:
    code = code or ""
    return code.startswith(want) or code[3:].startswith(want)


def test_kind_of_force_is_no_person():
    events = _events("Riot police detained dozens of students in Minsk on Sunday.")
    assert any(e.cameo_root == "17" and _sector_or_code(e.source_code, "COP") for e in events), \
        [(e.cameo_code, e.source_code, e.rule_id) for e in events]


def test_a_patrolman_is_police():
    events = _events("The woman was arrested by Patrolman Dale Hughes on Sunday.")
    assert any(e.cameo_root == "17" and _sector_or_code(e.source_code, "COP") for e in events), \
        [(e.cameo_code, e.source_code) for e in events]
