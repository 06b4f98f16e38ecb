"""The events/ngec scorer on tiny made-up stories: found shares per label and family, the arrest family's
stricter rule, modality counts, misses, and the stable dev/test split."""
from __future__ import annotations

import gzip
import json
from types import SimpleNamespace

from newsgraph.eval.ngec import load_stories, part_of, score_stories


def ev(code, ptype, modality="asserted"):
    return SimpleNamespace(cameo_code=code, plover_type=ptype, modality=modality, rule_id="t")


STORIES = [
    {"id": "s1", "event": "ASSAULT", "mode": "FIREARMS", "text": "Gunmen shot two guards at a depot."},
    {"id": "s2", "event": "ASSAULT", "mode": "", "text": "A storm flattened the harbour sheds."},
    {"id": "s3", "event": "COERCE", "mode": "ARREST", "text": "Police held four dockers overnight."},
    {"id": "s4", "event": "COERCE", "mode": "CURFEW", "text": "The mayor ordered everyone indoors by nine."},
    {"id": "s5", "event": "PROTEST", "mode": "DEMO", "text": "Nurses may march on the ministry next week."},
    {"id": "s6", "event": "CONCEDE", "mode": "", "text": "The club apologised to its fans."},
    {"id": "s7", "event": "AGREE", "mode": "", "text": "Two ferry firms signed a pact on fares."},
]
EVENTS = [
    [ev("190", "ASSAULT"), ev("010", None)],
    [],
    [ev("170", "COERCE")],                      # a coercive act, but no arrest: the arrest family misses
    [ev("173", "COERCE", "reported")],
    [ev("141", "PROTEST", "planned")],
    [ev("055", "CONCEDE")],
    [ev("057", "SUPPORT")],                     # a signed agreement: the agreement family, not the AGREE label
]


def test_found_shares_per_family_and_label():
    s = score_stories(STORIES, EVENTS)
    fam = s["families"]
    assert fam["violence"]["n"] == 2 and fam["violence"]["found"] == 1 and fam["violence"]["share"] == 0.5
    # the arrest family holds only COERCE stories of mode ARREST, found only by a 173
    assert fam["arrest"]["n"] == 1 and fam["arrest"]["found"] == 0
    # a planned march is found with any modality, not among asserted-or-reported events
    assert fam["protest"]["found"] == 1 and fam["protest"]["found_asserted"] == 0
    assert fam["agreement"]["found"] == 1 and s["labels"]["AGREE"]["found"] == 0
    assert fam["diplomatic"]["n"] == 0 and fam["diplomatic"]["share"] is None
    # labels count by PLOVER type: the curfew story's reported 173 is a COERCE event
    assert s["labels"]["COERCE"]["found"] == 2 and s["labels"]["COERCE"]["found_asserted"] == 2
    assert s["labels"]["CONCEDE"]["share"] == 1.0
    assert s["coerce_173"] == 0.5
    assert s["family_stories"] == 5 and s["family_share"] == 0.6 and s["family_share_asserted"] == 0.4
    assert s["labels"]["ASSAULT"]["events_per_story"] == 1.0


def test_misses_are_stories_whose_label_or_family_event_was_not_found():
    s = score_stories(STORIES, EVENTS)
    assert [m["id"] for m in s["misses"]] == ["s2", "s3"]
    assert s["misses"][1]["coded"] == ["170/COERCE/asserted/t"]
    assert score_stories(STORIES, EVENTS, keep_misses=False)["misses"] == []


def test_split_is_stable_and_sampling_keeps_order(tmp_path):
    rows = [{"id": f"story-{i:03d}", "event": "AGREE", "mode": "", "text": "x"} for i in range(40)]
    path = tmp_path / "stories.jsonl.gz"
    with gzip.open(path, "wt") as fh:
        fh.write("\n".join(json.dumps(r) for r in rows))
    dev, test = load_stories(path, "dev"), load_stories(path, "test")
    assert len(dev) + len(test) == 40 and dev and test
    assert all(part_of(r["id"]) == "dev" for r in dev) and part_of("story-001") == part_of("story-001")
    sample = load_stories(path, "all", sample=10)
    assert [r["id"] for r in sample] == [f"story-{i:03d}" for i in range(0, 40, 4)]
