"""Suite "events/ngec": is an event of the story's intended type found in news-like stories?

Issue 11 checks that in real news snippets which each report one violent, protest, arrest, agreement or
diplomatic event, an event of the right family is found in at least 75 % of them. This suite gives a
measure of that shape on text the project did not develop on.

Data: plover/ngec/gpt_synthetic_events_2023-10-19.jsonl.gz under the eval data dir (NGEC-2025, MIT per
its pyproject; see plover/SOURCE.md), read at run time, nothing copied: 4,500 stories a language model
wrote from a headline with an intended PLOVER event type and mode (fields id, text, event, mode).
**The labels are pseudo-labels, not gold.** Many stories drift from their headline and report no event
of the label at all, and the text is often factually absurd. A story whose label is not found is
therefore not necessarily a miss, and the ceiling of every figure below is unknown and below 1: read
them as a relative measure (before/after a change), never as recall.

Split: a story is in the dev half when the first hex digit of sha1(id) is even ("0", "2", ..., "e"),
else in the test half (stable, independent of file order). Tune on dev; report test.

Scoring, per story (the whole story goes through the default pipeline, publication date 2023-10-19, the
production coder settings): a story is "found" when the system codes at least one event of its label's
PLOVER type (`Event.plover_type`). Two counts are given: any modality, and asserted-or-reported only
(an event the story tells as having happened, itself or through a source). `events_per_story` is the
mean number of coded events (any modality).
Families (issue 11's five kinds; it asks for "an event of the right CAMEO family"):
  violence   = stories labelled ASSAULT, found by an ASSAULT event or any CAMEO 18-20;
  protest    = PROTEST stories, a PROTEST event or any 14;
  arrest     = COERCE stories with mode ARREST, found only by an arrest/detention event (CAMEO 173):
               another coercive event (a ban, a curfew) does not report an arrest. `coerce_173` gives, for
               information, the share of all COERCE stories with a 173 coded;
  agreement  = AGREE stories, an AGREE event (PLOVER: CAMEO 03, agreeing or committing to act) or a signed
               agreement (057, which PLOVER files under SUPPORT);
  diplomatic = CONSULT stories, a CONSULT event or any 04.
The headline `recall` is the found share over the five families' stories (any modality); precision/f1
are not measured (no gold event list) and are reported as 0.

Options: -o part=dev|test|all (default dev), -o sample=N (N stories of the part, evenly spaced in id
order, so every label keeps its share), -o patterns=ROUNDS (as in events/petrarch2-gsr).
Misses (stories whose label, or for a family story the family's event, was not found) are listed for the dev
half only.
"""
from __future__ import annotations

import gzip
import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from newsgraph.eval import EvalResult
from newsgraph.eval.events import _coder_options, code_texts
from newsgraph.registry import eval_suites

NGEC_FILE = Path("plover") / "ngec" / "gpt_synthetic_events_2023-10-19.jsonl.gz"
DATE = "2023-10-19"
COUNTED = frozenset({"asserted", "reported"})
# Family -> (label, mode or None for every mode of the label).
FAMILIES = {"violence": ("ASSAULT", None), "protest": ("PROTEST", None), "arrest": ("COERCE", "ARREST"),
            "agreement": ("AGREE", None), "diplomatic": ("CONSULT", None)}
# Family -> (PLOVER types, CAMEO code prefixes) of the events that report it.
FAMILY_EVENTS = {"violence": (("ASSAULT",), ("18", "19", "20")), "protest": (("PROTEST",), ("14",)),
                 "arrest": ((), ("173",)), "agreement": (("AGREE",), ("057",)),
                 "diplomatic": (("CONSULT",), ("04",))}


def part_of(story_id: str) -> str:
    """"dev" or "test": the parity of the first hex digit of sha1(id)."""
    return "dev" if int(hashlib.sha1(story_id.encode("utf-8")).hexdigest()[0], 16) % 2 == 0 else "test"


def load_stories(path: Path, part: str = "dev", sample: int = 0) -> list[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    rows = sorted((r for r in rows if part == "all" or part_of(r["id"]) == part), key=lambda r: r["id"])
    if 0 < sample < len(rows):
        step = len(rows) / sample
        rows = [rows[int(i * step)] for i in range(sample)]
    return rows


def _family_of(story: dict[str, Any]) -> str | None:
    for name, (label, mode) in FAMILIES.items():
        if story.get("event") == label and (mode is None or story.get("mode") == mode):
            return name
    return None


def _hits(events: list, label: str, family: str | None) -> list:
    """The coded events of the label's PLOVER type, or (with a family) those FAMILY_EVENTS lists."""
    if family is None:
        return [e for e in events if e.plover_type == label]
    types, codes = FAMILY_EVENTS[family]
    return [e for e in events if e.plover_type in types or str(e.cameo_code).startswith(codes)]


def _share(c: Counter) -> dict[str, Any]:
    n = c["n"]
    return {"n": n, "found": c["found"], "found_asserted": c["found_asserted"],
            "share": round(c["found"] / n, 3) if n else None,
            "share_asserted": round(c["found_asserted"] / n, 3) if n else None,
            "events_per_story": round(c["events"] / n, 2) if n else None}


def score_stories(stories: Iterable[dict[str, Any]], events_of: Iterable[list], *,
                  keep_misses: bool = True) -> dict[str, Any]:
    """Per-label and per-family found shares of stories coded as `events_of` (one event list per story)."""
    by_label: dict[str, Counter] = {}
    by_family: dict[str, Counter] = {name: Counter() for name in FAMILIES}
    coerce_173 = Counter()
    total = Counter()
    misses: list[dict[str, Any]] = []
    for story, events in zip(stories, events_of):
        family = _family_of(story)
        label_hits = _hits(events, story["event"], None)
        family_hits = _hits(events, story["event"], family) if family else []
        rows = [(by_label.setdefault(story["event"], Counter()), label_hits), (total, label_hits)]
        if family:
            rows.append((by_family[family], family_hits))
        for c, hits in rows:
            c["n"] += 1
            c["found"] += bool(hits)
            c["found_asserted"] += any(e.modality in COUNTED for e in hits)
            c["events"] += len(events)
        if story["event"] == "COERCE":
            coerce_173["n"] += 1
            coerce_173["found"] += bool(_hits(events, "COERCE", "arrest"))
        if keep_misses and not (family_hits if family else label_hits):
            misses.append({"id": story["id"], "family": family, "label": story["event"],
                           "mode": story.get("mode"), "text": story["text"],
                           "coded": [f"{e.cameo_code}/{e.plover_type}/{e.modality}/{e.rule_id}" for e in events]})
    fam_n = sum(c["n"] for c in by_family.values())
    fam_found = sum(c["found"] for c in by_family.values())
    fam_asserted = sum(c["found_asserted"] for c in by_family.values())
    return {"families": {k: _share(c) for k, c in by_family.items()},
            "labels": {k: _share(c) for k, c in sorted(by_label.items())},
            "all_labels": _share(total),
            "coerce_173": round(coerce_173["found"] / coerce_173["n"], 3) if coerce_173["n"] else None,
            "family_stories": fam_n,
            "family_share": round(fam_found / fam_n, 4) if fam_n else 0.0,
            "family_share_asserted": round(fam_asserted / fam_n, 4) if fam_n else 0.0,
            "misses": misses}


@eval_suites.register("events/ngec")
def events_ngec(data_dir: Path, options: dict[str, Any]) -> EvalResult:
    part = str(options.get("part", "dev")).lower()
    if part not in ("dev", "test", "all"):
        raise ValueError(f"part must be dev, test or all, not {part!r}")
    stories = load_stories(Path(data_dir) / NGEC_FILE, part, int(options.get("sample", 0) or 0))
    records = [{"id": s["id"], "text": s["text"], "date": DATE} for s in stories]
    coded = code_texts(records, _coder_options(options))
    scores = score_stories(stories, [events for _doc, _a, events in coded], keep_misses=part == "dev")
    misses = scores.pop("misses")
    extra = {"part": part, "pseudo_labels": True, **scores}
    return EvalResult(suite="events/ngec", n=len(stories), precision=0.0, recall=scores["family_share"],
                      f1=0.0, extra=extra, misses=misses,
                      headline={"family share": scores["family_share"],
                                "family share asserted": scores["family_share_asserted"]})
