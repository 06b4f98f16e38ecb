"""Session 21 (issue 13): the mixed dateline pool (data/gold/datelines_pool4.jsonl, parts dev4 / heldout4) and
the two kinds read off its dev part -- a record whose text opens with its own headline run into the story
before the dateline, and a byline in capitals whose outlet's name stands before the job title. Paragraphs are
our own."""
from __future__ import annotations

import hashlib
import json

import pytest

from newsgraph.datafile import package_data, read_jsonl
from newsgraph.eval import default_data_dir
from newsgraph.ingest.byline import parse_byline
from newsgraph.ingest.clean import make_article
from newsgraph.ingest.dateline import article_dateline, split_lead

GOLD = package_data("gold", "datelines_pool4.jsonl")
STORY = ("The county board voted on Tuesday to rebuild the old river bridge, and work is set to begin "
         "after the spring floods have passed.")
TITLE = "Board backs river bridge plan"


def _rows():
    return [obj for _, obj in read_jsonl(GOLD)]


def test_the_pool_follows_the_dateline_format_and_the_hash_split():
    rows = _rows()
    assert len(rows) >= 120 and len({r["doc"] for r in rows}) == len(rows)
    for r in rows:
        assert {"doc", "part", "dateline_place", "dateline_country", "agency"} <= set(r) <= {
            "doc", "url", "part", "dateline_place", "dateline_country", "agency"}
        even = int(hashlib.sha1(r["doc"].encode()).hexdigest()[-1], 16) % 2 == 0
        assert r["part"] == ("dev4" if even else "heldout4")
        assert r["doc"].startswith(("geo/lgl/lgl.xml#", "article-extraction-benchmark/html/",
                                    "htmldate-mediacloud2020/html/", "trafilatura-evaldata/html/"))
    assert sum(1 for r in rows if r["dateline_place"]) >= 30


def test_the_pool_holds_no_page_another_dateline_file_labels():
    other = set()
    for name in ("datelines.jsonl", "datelines_gwn.jsonl", "datelines_trnews.jsonl",
                 "datelines_polnear_train.jsonl", "datelines_polnear_dev.jsonl"):
        other |= {obj["doc"] for _, obj in read_jsonl(package_data("gold", name))}
    assert not other & {r["doc"] for r in _rows()}


def test_the_pool_points_at_its_pages_and_articles():
    import xml.etree.ElementTree as ET

    root = default_data_dir()
    lgl = root / "geo" / "lgl" / "lgl.xml"
    if not lgl.is_file() or not (root / "extraction").is_dir():
        pytest.skip("../shared/eval not available")
    urls = [(a.findtext("url") or "").strip() for a in ET.parse(lgl).getroot()]
    for r in _rows():
        if "#" in r["doc"]:
            assert urls[int(r["doc"].split("#")[1])] == r["url"], r["doc"]
        else:
            assert (root / "extraction" / r["doc"]).is_file(), r["doc"]


def test_the_suite_knows_both_parts_and_hides_the_held_out_one():
    from newsgraph.eval import datelines

    assert {"dev4", "heldout4"} <= set(datelines.PARTS) and "heldout4" in datelines.HIDDEN
    assert {g["part"] for g in datelines.load_gold("dev4")} == {"dev4"}
    assert {g["part"] for g in datelines.load_gold("heldout4")} == {"heldout4"}


@pytest.mark.parametrize("sep", [". ", " . ", ": "])
def test_a_dateline_after_the_records_own_headline(sep):
    """The given title shows where the story starts, so a small town's bare dateline is read there as at a
    paragraph's start; the headline stays in the text, the dateline goes."""
    text = TITLE + sep + "KEARNEY — " + STORY
    lead = split_lead(text, title=TITLE)
    assert lead.dateline_place == "Kearney"
    assert lead.text == TITLE + sep + STORY
    assert lead.removed[-1] == {"kind": "dateline", "text": "KEARNEY —", "rule": "dateline.after-headline"}


def test_without_the_title_a_small_towns_bare_dateline_inside_a_paragraph_stays_unread():
    text = TITLE + ". KEARNEY — " + STORY
    assert split_lead(text).dateline_place is None


@pytest.mark.parametrize("opening", [
    "VETERAN boatmen said on Tuesday that the old river bridge should be rebuilt before the spring floods.",
    "NOTICE: The county board will meet on Tuesday to vote on a plan to rebuild the old river bridge.",
    "FIVE men were charged on Tuesday after the old river bridge was damaged during the spring floods.",
    "Kearney is the first town in the county to rebuild its old river bridge, the board said on Tuesday.",
])
def test_capitals_or_a_place_opening_the_sentence_after_the_headline_are_no_dateline(opening):
    lead = split_lead(TITLE + ". " + opening, title=TITLE)
    assert lead.dateline_place is None and lead.text == TITLE + ". " + opening


def test_a_byline_and_dateline_after_the_headline():
    text = TITLE + ". BY JANE ROE Gazette Reporter March 4, 2021 KEARNEY -- " + STORY
    lead = split_lead(text, title=TITLE)
    assert (lead.dateline_place, lead.authors) == ("Kearney", ["Jane Roe"])
    assert lead.text == TITLE + ". " + STORY


@pytest.mark.parametrize("byline,authors", [
    ("BY JANE ROE Gazette Reporter", ["Jane Roe"]),
    ("JANE ROE Valley Courier Staff Writer", ["Jane Roe"]),
    ("BY JANE ROE Staff Writer", ["Jane Roe"]),
    ("By Jane Roe, Gazette Reporter", ["Jane Roe"]),
])
def test_a_name_in_capitals_before_the_outlets_name_and_a_job_title(byline, authors):
    assert parse_byline(byline).authors == authors


def test_the_dateline_after_the_headline_feeds_the_story_place():
    art = make_article(TITLE + ". ELKTON, Md. — " + STORY, title=TITLE)
    assert art.dateline_place == "Elkton"
    assert article_dateline(art) == ("Elkton", "Md.")
    assert art.text.startswith(TITLE + ". The county board")
    assert json.dumps(art.removed)      # recorded, with its rule id
    assert any(r["rule"] == "dateline.after-headline" for r in art.removed)


def test_the_headline_after_a_scrapes_lead_in_and_after_a_feeds_label():
    """ "Source: <body> Headline: <headline>. PLACE —": the headline may follow a short lead-in of the scrape's,
    and the feed's title may carry a label before a colon that the story's text leaves out."""
    text = "Source: County press office Headline: Board backs river bridge plan. KEARNEY — " + STORY
    lead = split_lead(text, title="WIRE USA: Board backs river bridge plan")
    assert lead.dateline_place == "Kearney"
    assert lead.text.endswith("Board backs river bridge plan. " + STORY)


@pytest.mark.parametrize("opening,place,region", [
    ("March 4, 2021 KEARNEY, Neb. — ", "Kearney", "Neb."),
    ("March 4, 2021 — KEARNEY, Neb. — ", "Kearney", "Neb."),
    ("March 4, 2021 | KEARNEY — ", "Kearney", None),
    ("4 March 2021 Springfield (AP) — ", "Springfield", None),
])
def test_a_date_set_before_the_dateline(opening, place, region):
    art = make_article(opening + STORY)
    assert (art.dateline_place, article_dateline(art)[1]) == (place, region)
    assert art.text == STORY


@pytest.mark.parametrize("opening", [
    "March 4, 2021 The county board",           # a date, then the story
    "March 4, 2021 Kearney — The county board",  # a place in normal case without region or wire stays unread
    "March 4, 2021 LOOK: The county board",
])
def test_a_date_before_words_that_are_no_dateline(opening):
    text = opening + " voted on Tuesday to rebuild the old river bridge after the spring floods had passed."
    assert split_lead(text).dateline_place is None


def test_a_wire_set_between_dashes_after_the_date():
    lead = split_lead("LONDON, March 4 — Reuters — " + STORY)
    assert (lead.dateline_place, lead.agency, lead.text) == ("London", "Reuters", STORY)
    senators = split_lead("TOKYO, March 4 — Senators — " + STORY)    # a word that names no wire: the story's
    assert (senators.dateline_place, senators.agency) == ("Tokyo", None)
    assert senators.text.startswith("Senators — ")


@pytest.mark.parametrize("credit", ["JANE ROE/REUTERS", "REUTERS/JANE ROE", "JANE ROE / AFP"])
def test_a_photo_credit_line_above_the_story_is_no_byline_nor_agency(credit):
    """The photographer and the picture's wire joined by a slash credit a picture, not the story."""
    lead = split_lead(credit + "\n\nKEARNEY — " + STORY)
    assert (lead.dateline_place, lead.agency, lead.authors) == ("Kearney", None, [])


@pytest.mark.parametrize("line,authors,agency", [
    ("JANE ROE Associated Press", ["Jane Roe"], "AP"),
    ("Jane Roe, Reuters", ["Jane Roe"], "Reuters"),
    ("Jane Roe | AFP", ["Jane Roe"], "AFP"),
])
def test_a_name_and_its_wire_without_a_slash_stay_a_byline(line, authors, agency):
    lead = split_lead(line + "\n\nKEARNEY — " + STORY)
    assert (lead.authors, lead.agency) == (authors, agency)


def test_the_canadian_press_short_form_names_the_wire_only_alone_in_a_datelines_parentheses():
    """data/ingest/agency_dateline_forms.csv row adf.cp: "(CP)" is the wire; "CP" in a sentence is not."""
    assert split_lead("TORONTO (CP) — " + STORY).agency == "CP"
    assert split_lead("TORONTO — The CP line said on Tuesday it would move its depot to the old river yard.").agency is None


@pytest.mark.parametrize("opening,place,agency", [
    ("THE PAS, Man. — ", "The Pas", None),
    ("THE VILLAGES, Fla. (AP) — ", "The Villages", "AP"),
    ("THE HAGUE, Netherlands (AP) — ", "The Hague", "AP"),
])
def test_a_small_place_named_with_the_and_its_state_or_province(opening, place, agency):
    lead = split_lead(opening + STORY)
    assert (lead.dateline_place, lead.agency, lead.text) == (place, agency, STORY)


@pytest.mark.parametrize("opening", ["THE LATEST, Ohio — ", "THE HAGUE — ", "THE LATEST — "])
def test_the_headings_opening_with_the_stay_no_dateline(opening):
    assert split_lead(opening + STORY).dateline_place is None
