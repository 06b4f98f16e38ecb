"""Session 22 (issue 13): the LGL dateline pool 5 (data/gold/datelines_pool5.jsonl, parts dev5 / heldout5) and
the dateline kinds left by session 21 -- three hyphens or a closing quote mark for the dash, a UTF-8 dash whose
middle byte a scrape lost, a press wire's name and date in the parentheses, a capital and a person's full name
with the wire lost, a promotional line between a record's headline and its dateline, a wire's byline and date
between the headline and the story. Paragraphs are our own."""
from __future__ import annotations

import hashlib

import pytest

from newsgraph.datafile import package_data, read_jsonl
from newsgraph.ingest.dateline import read_dateline, split_lead
from newsgraph.ingest.dateline_scraped import caps_without_dash
from newsgraph.ingest.normalise import normalise_text

GOLD = package_data("gold", "datelines_pool5.jsonl")
STORY = ("The county board voted on Tuesday to rebuild the old river bridge, and work is set to begin "
         "after the spring floods have passed.")
TITLE = "Board backs river bridge plan"


def _rows():
    return [obj for _, obj in read_jsonl(GOLD)]


# --- the pool -------------------------------------------------------------------------------------------------

def test_pool5_follows_the_dateline_format_and_the_hash_split():
    rows = _rows()
    assert len(rows) >= 150 and len({r["doc"] for r in rows}) == len(rows)
    for r in rows:
        assert set(r) == {"doc", "url", "part", "dateline_place", "dateline_country", "agency"}
        even = int(hashlib.sha1(r["doc"].encode()).hexdigest()[-1], 16) % 2 == 0
        assert r["part"] == ("dev5" if even else "heldout5")
        assert r["doc"].startswith("geo/lgl/lgl.xml#")
        assert bool(r["dateline_place"]) == bool(r["dateline_country"])
    assert sum(1 for r in rows if r["dateline_place"]) >= 30


def test_pool5_holds_no_article_another_dateline_file_labels():
    other = set()
    for name in ("datelines.jsonl", "datelines_gwn.jsonl", "datelines_trnews.jsonl", "datelines_pool4.jsonl",
                 "datelines_polnear_train.jsonl", "datelines_polnear_dev.jsonl"):
        other |= {obj["doc"] for _, obj in read_jsonl(package_data("gold", name))}
    assert not other & {r["doc"] for r in _rows()}


def test_the_suite_knows_both_parts_and_hides_the_held_out_one():
    from newsgraph.eval import datelines

    assert {"dev5", "heldout5"} <= set(datelines.PARTS) and "heldout5" in datelines.HIDDEN
    assert {g["part"] for g in datelines.load_gold("dev5")} == {"dev5"}
    assert {g["part"] for g in datelines.load_gold("heldout5")} == {"heldout5"}


# --- dashes ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("dash", ["---", "”"])
def test_three_hyphens_or_a_closing_quote_mark_for_the_dash(dash):
    lead = split_lead(f"KEARNEY {dash} " + STORY)
    assert lead.dateline_place == "Kearney" and lead.text == STORY
    assert split_lead(f"Kearney, Neb. {dash} " + STORY).dateline_region == "Neb."


def test_a_quote_mark_glued_to_a_word_or_an_acronym_with_three_hyphens_is_no_dateline():
    assert read_dateline("KEARNEY” The board voted on Tuesday.") is None
    assert read_dateline("FBI --- The agents searched the house on Tuesday.") is None
    assert split_lead("“We will rebuild it,” the chairman said on Tuesday after the county board voted.").dateline_place is None


def test_a_dash_that_lost_its_middle_byte_is_put_back():
    assert normalise_text("KEARNEY, Neb. â ” The board met.") == "KEARNEY, Neb. — The board met."
    assert normalise_text("pages 4 â “ 9 of the plan") == "pages 4 – 9 of the plan"
    assert normalise_text("the mayorâ s plan") == "the mayorâ s plan"       # not a dash: left as it is


# --- press wires ----------------------------------------------------------------------------------------------

def test_a_press_wire_with_the_release_date_in_its_parentheses():
    text = "TORONTO, ONTARIO--(Marketwire - March 3, 2009) - Harbour Mining Corp. (TSX: HMC) -- " + STORY
    lead = split_lead(text)
    assert (lead.dateline_place, lead.dateline_region, lead.agency) == ("Toronto", "ONTARIO", None)
    assert lead.text.startswith("Harbour Mining Corp. (TSX: HMC) --")
    assert read_dateline("SPRINGFIELD, Ill.--(Wire Service Inc, Jan. 5, 2010) - " + STORY).place == "Springfield"


def test_a_score_or_a_date_alone_in_parentheses_stays_no_outlet():
    assert read_dateline("Harbour (2-1): The visitors scored twice in the second half.") is None


# --- a capital and a person's full name, the wire lost ---------------------------------------------------------

def test_a_capital_and_a_full_name_without_the_wire():
    para = ("WASHINGTON Robert Fielding, a senior budget official, said on Tuesday that the board would "
            "rebuild the old river bridge.")
    dl = caps_without_dash(para, _known)
    assert dl is not None and dl.place == "Washington"
    assert split_lead(para).text.startswith("Robert Fielding, a senior")


@pytest.mark.parametrize("para", [
    "AUSTIN Robert Fielding, a senior budget official, said on Tuesday that the board would rebuild the bridge.",
    "PARIS Hilton arrived at the gala on Tuesday with a dozen friends and a small dog in a bag.",
    "DALLAS Cowboys Owner said on Tuesday that the team would build a new practice field next year.",
    "WASHINGTON Robert said on Tuesday that the board would rebuild the old river bridge next spring.",
])
def test_no_dateline_from_a_city_before_other_capitalised_words(para):
    assert caps_without_dash(para, _known) is None


def _known(name):
    from newsgraph.ingest.dateline import gazetteer_place
    return gazetteer_place(name)


# --- after a record's headline ---------------------------------------------------------------------------------

@pytest.mark.parametrize("dateline, place", [("Kearney, Neb. —", "Kearney"), ("KEARNEY —", "Kearney"),
                                             ("Springfield, Ohio —", "Springfield")])
def test_a_promotional_line_between_the_headline_and_the_dateline(dateline, place):
    promo = "Jane Roe reports every week from the county offices on roads and schools."
    lead = split_lead(f"{TITLE}. {promo} {dateline} {STORY}", title=TITLE)
    assert lead.dateline_place == place
    assert lead.text == f"{TITLE}. {promo} {STORY}"
    assert lead.removed[-1]["rule"] == "dateline.after-promo"


@pytest.mark.parametrize("text", [
    # a place before a colon is a label's there
    TITLE + ". Jane Roe reports every week from the county offices on roads and schools. Kearney: " + STORY,
    # the dateline after a second sentence is inside the story
    TITLE + ". The board met on Tuesday. It voted twice. KEARNEY — " + STORY,
    # a long first sentence is the story's own
    TITLE + (". The county board, which has argued over the old river bridge for most of the last ten years and "
             "spent more than it had on studies, finally met on Tuesday. KEARNEY — ") + STORY,
])
def test_no_dateline_after_a_sentence_that_is_the_storys(text):
    assert split_lead(text, title=TITLE).dateline_place is None


def test_a_wire_byline_and_date_between_the_headline_and_the_story():
    text = f"{TITLE}. Jane Roe Associated Press March 3, 2009 From The Evening Ledger {STORY}"
    lead = split_lead(text, title=TITLE)
    assert (lead.dateline_place, lead.agency, lead.authors) == (None, "AP", ["Jane Roe"])
    assert lead.text == f"{TITLE}. {STORY}"


def test_a_wire_byline_then_the_dateline_after_the_headline():
    text = f"{TITLE}. Jane Roe Associated Press March 3, 2009 KEARNEY, Neb. — {STORY}"
    lead = split_lead(text, title=TITLE)
    assert (lead.dateline_place, lead.agency, lead.authors) == ("Kearney", "AP", ["Jane Roe"])
    assert lead.text == f"{TITLE}. {STORY}"


def test_a_staff_byline_after_the_headline_gives_no_agency():
    text = f"{TITLE}. Jane Roe Staff Writer March 3, 2009 From The Evening Ledger {STORY}"
    assert split_lead(text, title=TITLE).agency is None


def test_a_capital_and_a_full_name_after_the_headline():
    text = (f"{TITLE}. WASHINGTON Robert Fielding, a senior budget official, said on Tuesday that the board "
            "would rebuild the old river bridge.")
    lead = split_lead(text, title=TITLE)
    assert lead.dateline_place == "Washington"
    assert lead.text.startswith(f"{TITLE}. Robert Fielding")


# --- kinds of the dev pools read this session ------------------------------------------------------------------

@pytest.mark.parametrize("credit, agency", [("By AFP", "AFP"), ("By The Associated Press", "AP"),
                                            ("BY REUTERS", "Reuters")])
def test_by_and_a_wire_glued_to_the_story(credit, agency):
    lead = split_lead(f"{credit} {STORY}")
    assert (lead.agency, lead.authors, lead.text) == (agency, [], STORY)
    assert lead.removed[0]["rule"] == "byline.by-wire"


@pytest.mark.parametrize("text", [
    "By AP standards the county board moved fast: it voted on Tuesday to rebuild the old river bridge this year.",
    "By Tuesday the county board had voted to rebuild the old river bridge, and work is set to begin soon.",
    "By Jane Doe The county board voted on Tuesday to rebuild the old river bridge, and work is set to begin soon.",
])
def test_by_and_no_wire_is_not_taken_for_one(text):
    assert split_lead(text).agency is None


def test_a_region_and_a_title_opening_the_story_without_a_dash():
    text = ("SPRINGFIELD, Ohio Mayor Jane Doe said on Tuesday that the old river bridge would stay closed until "
            "the spring floods have passed.")
    lead = split_lead(text)
    assert (lead.dateline_place, lead.dateline_region) == ("Springfield", "Ohio")
    assert lead.text.startswith("Mayor Jane Doe said")


def test_a_capital_and_a_title_and_name_without_the_wire():
    text = ("LONDON Pope Gregory sent a letter on Tuesday to the county board about the old river bridge and "
            "its repairs.")
    lead = split_lead(text)
    assert lead.dateline_place == "London" and lead.text.startswith("Pope Gregory sent")


# --- forms of web pages, own probes -----------------------------------------------------------------------------

def test_a_bullet_for_the_dash():
    lead = split_lead("ST. CHARLES • " + STORY)
    assert lead.dateline_place == "St. Charles" and lead.text == STORY
    assert split_lead("BREAKING • " + STORY).dateline_place is None
    assert split_lead("• " + STORY).dateline_place is None


def test_a_wire_pages_date_and_time_before_the_dateline():
    lead = split_lead("March 4, 2024 / 3:22 PM / SPRINGFIELD, Ill. (Reuters) - " + STORY)
    assert (lead.dateline_place, lead.agency, lead.text) == ("Springfield", "Reuters", STORY)
    lead = split_lead("March 4, 2024 / 3:22 PM / Updated 2 hours ago\n" + STORY)
    assert lead.dateline_place is None
