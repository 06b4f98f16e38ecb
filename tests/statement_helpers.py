"""Helpers the statement tests (test_say48 ... test_say53) share: each event of a text as a tuple, the events an
article reports as having happened, and those of a code whose source words hold a name."""
from __future__ import annotations

from newsgraph.pipeline import analyse


def events(text: str) -> list[tuple]:
    """(code, rule, source text, target text, modality, source code, target code) of each event, published
    2024-06-19."""
    a = analyse(text, "2024-06-19")
    return [(e.cameo_code, e.rule_id, e.source_text, e.target_text, e.modality, e.source_code, e.target_code)
            for e in a.events]


def live(evs: list[tuple]) -> list[tuple]:
    """The asserted and reported events: what the article says happened."""
    return [e for e in evs if e[4] in ("asserted", "reported")]


def find(evs: list[tuple], code: str, source: str | None = None) -> list[tuple]:
    """Live events of that code prefix whose source words hold `source` (any source when None)."""
    return [e for e in live(evs) if e[0].startswith(code) and (source is None or (e[2] and source in e[2]))]
