"""Our hand-made gold sets on real pages hold labels only, follow their documented format, and the
sentence keys find their sentences whatever the spacing and punctuation of the extracted text."""
from __future__ import annotations

import hashlib
import re

import pytest

from newsgraph.datafile import package_data, read_jsonl
from newsgraph.eval import default_data_dir
from newsgraph.eval.locate import SentenceFinder, find_sentence, sentence_key
from newsgraph.events.ontology import is_code

GOLD = package_data("gold")
EVENT_KEYS = {"code", "modality", "source", "source_country", "source_sector", "source_hint",
              "target", "target_country", "target_sector", "target_hint"}
MODALITIES = {"asserted", "negated", "planned", "expected", "hypothetical", "feared", "reported"}


def _part(doc: str) -> str:
    return "dev" if int(hashlib.sha1(doc.encode("utf-8")).hexdigest()[-1], 16) % 2 == 0 else "test"


def test_sentence_keys_survive_spacing_and_punctuation():
    key = sentence_key("The minister said on Monday that talks had failed.")
    text = "LONDON (Reuters) —  The minister said, on Monday,\nthat talks had ‘failed’ . Next."
    span = find_sentence(text, key)
    assert span is not None and text[span[0]:span[1]].startswith("The minister")
    assert SentenceFinder("Nothing like it here.").find(key) is None
    with pytest.raises(ValueError):
        sentence_key(" — ")


def test_event_labels_are_labels_only():
    files = sorted(GOLD.glob("realnews_events_*.jsonl"))
    assert files
    docs, n = set(), 0
    for path in files:
        for line, obj in read_jsonl(path):
            where = f"{path.name}:{line}"
            assert set(obj) <= {"doc", "part", "sent", "n", "events"}, where
            assert obj["part"] == _part(obj["doc"]), where
            assert set(obj["sent"]) == {"sha1", "len"} and re.fullmatch(r"[0-9a-f]{16}", obj["sent"]["sha1"]), where
            for ev in obj["events"]:
                assert set(ev) <= EVENT_KEYS and is_code(ev["code"]), where
                assert ev["modality"] in MODALITIES, where
                for side in ("source", "target"):
                    country = ev.get(f"{side}_country")
                    assert country is None or re.fullmatch(r"[A-Z]{3}", country), where
                    hint = ev.get(f"{side}_hint")
                    assert hint is None or len(hint.split()) <= 2, where
            docs.add(obj["doc"])
            n += 1
    assert n >= 400 and len(docs) >= 60


def test_no_page_is_labelled_in_two_files():
    """Two coders widening the gold at once must not both label a page: the scorer would count its events twice."""
    owner: dict[str, str] = {}
    for path in sorted(GOLD.glob("realnews_events_*.jsonl")):
        for line, obj in read_jsonl(path):
            assert owner.setdefault(obj["doc"], path.name) == path.name, f"{obj['doc']}: {owner[obj['doc']]} and {path.name}"


def test_dateline_labels_follow_their_format():
    rows = [obj for _, obj in read_jsonl(GOLD / "datelines.jsonl")]
    assert len(rows) >= 100
    for obj in rows:
        assert set(obj) == {"doc", "part", "dateline_place", "dateline_country", "agency", "authors"}
        assert obj["part"] == _part(obj["doc"]) and isinstance(obj["authors"], list)
    assert sum(1 for r in rows if r["dateline_place"]) >= 50


def test_labelled_pages_exist():
    root = default_data_dir() / "extraction"
    if not root.is_dir():
        pytest.skip("../shared/eval/extraction not available")
    for name in ("realnews_events_a.jsonl", "realnews_events_b.jsonl", "realnews_events_c.jsonl", "realnews_events_d.jsonl",
                 "realnews_events_g.jsonl",
                 "datelines.jsonl"):
        for _, obj in read_jsonl(GOLD / name):
            assert (root / obj["doc"]).is_file(), obj["doc"]


def test_realnews_gold_can_be_read_one_file_alone():
    """`-o files=h` scores a newly labelled batch alone: only that file's sentences, of the part asked for."""
    from newsgraph.eval.realnews import load_gold

    every = load_gold("dev")
    batch = load_gold("dev", files="h")
    docs = {obj["doc"] for _, obj in read_jsonl(GOLD / "realnews_events_h.jsonl") if obj["part"] == "dev"}
    assert batch and {g.doc for g in batch} == docs and len(batch) < len(every)
    assert {g.doc for g in load_gold("all", files="e,h")} >= docs


@pytest.mark.parametrize("name,part,prefix,n_min,places_min", [
    ("datelines_gwn.jsonl", "dev2", "geo/geowebnews/GWN.xml#", 120, 50),
    ("datelines_trnews.jsonl", "heldout2", "geo/tr-news/TR-News.xml#", 100, 25),
    ("datelines_polnear_train.jsonl", "dev3", "quotes/polnear/train/text/", 150, 100),
    ("datelines_polnear_dev.jsonl", "heldout3", "quotes/polnear/dev/text/", 80, 10),
])
def test_the_dateline_pools_of_news_texts_follow_their_format(name, part, prefix, n_min, places_min):
    """datelines_gwn.jsonl (dev-only) and datelines_trnews.jsonl (held out), session 15: each line locates one
    article of a geo set's XML by its position and its url; datelines_polnear_*.jsonl (session 17) one
    PolNeAR text file by its path (no url)."""
    rows = [obj for _, obj in read_jsonl(GOLD / name)]
    assert len(rows) >= n_min and {r["part"] for r in rows} == {part}
    for obj in rows:
        assert set(obj) == {"doc", "url", "part", "dateline_place", "dateline_country", "agency", "authors"}
        assert obj["doc"].startswith(prefix) and isinstance(obj["authors"], list)
    assert len({r["doc"] for r in rows}) == len(rows)
    assert sum(1 for r in rows if r["dateline_place"]) >= places_min


@pytest.mark.parametrize("name,path,tag", [
    ("datelines_gwn.jsonl", "geo/geowebnews/GWN.xml", "link"),
    ("datelines_trnews.jsonl", "geo/tr-news/TR-News.xml", "url"),
])
def test_the_dateline_pools_point_at_their_articles(name, path, tag):
    import xml.etree.ElementTree as ET

    full = default_data_dir() / path
    if not full.is_file():
        pytest.skip(f"../shared/eval/{path} not available")
    links = [(a.findtext(tag) or "").strip() for a in ET.parse(full).getroot()]
    for _, obj in read_jsonl(GOLD / name):
        assert links[int(obj["doc"].split("#")[1])] == obj["url"], obj["doc"]


@pytest.mark.parametrize("name,split", [("datelines_polnear_train.jsonl", "train"), ("datelines_polnear_dev.jsonl", "dev")])
def test_the_polnear_dateline_pools_point_at_their_text_files(name, split):
    """Session 17's pools: every line names a PolNeAR text file of its split; the held-out pool holds them all."""
    folder = default_data_dir() / "quotes" / "polnear" / split / "text"
    if not folder.is_dir():
        pytest.skip(f"{folder} not available")
    docs = [obj["doc"] for _, obj in read_jsonl(GOLD / name)]
    assert all((default_data_dir() / d).is_file() and d.endswith(".txt") for d in docs)
    assert all(obj["url"] is None for _, obj in read_jsonl(GOLD / name))
    if split == "dev":
        assert len(docs) == len(list(folder.glob("*.txt")))
