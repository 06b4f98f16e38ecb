"""Session 37 (issue 13, branch dl41): dateline kinds of real first paragraphs and of wire copy, and the
country a dateline gives when an international body leads the story (ingest/dateline*.py,
actors/story_country.py). Sentences are our own."""
from __future__ import annotations

import pytest

from newsgraph.ingest.clean import make_article
from newsgraph.ingest.dateline import lead_line_indexes, split_lead

STORY = ("The port authority reopened the northern quay on Wednesday after divers cleared a sunken barge, "
         "and shipping agents said the first freighters would dock within days.")
MORE = ("Harbour pilots were told to expect heavy traffic through the weekend, and the authority said it "
        "would publish a full account of the salvage next month.")


# --- the top lines are counted in lines with text, however the paragraphs are spaced ---

def test_a_dateline_under_an_abstract_and_a_full_text_label_is_read_in_a_blank_spaced_body():
    text = ("Quay Reopens After Salvage.\n\nABSTRACT.\n\nDivers cleared a sunken barge that had blocked the "
            "northern quay for a month, and the port said traffic would return to normal soon.\n\nFULL TEXT."
            "\n\nROTTERDAM, Netherlands - " + STORY + "\n\n" + MORE)
    art = make_article(text)
    assert art.dateline_place == "Rotterdam"
    assert "\n\nThe port authority reopened" in art.text


def test_the_same_body_set_line_by_line_gives_the_same_dateline():
    blank = ("Quay Reopens.\n\nABSTRACT.\n\nThe salvage took a month and cost the port more than it had "
             "planned, officials said.\n\nFULL TEXT.\n\nANTWERP, Belgium - " + STORY)
    assert split_lead(blank).dateline_place == split_lead(blank.replace("\n\n", "\n")).dateline_place == "Antwerp"


def test_lead_lines_skip_blank_lines_and_stop_after_eight_with_text():
    lines = ["Quay one.", "", "Quay two.", None, "Pier three.", "", "Dock four.", "Berth five.", "Slip six.",
             "Jetty seven.", "Wharf eight.", "Mole nine.", "Pontoon ten."]
    assert lead_line_indexes(lines) == [0, 2, 4, 6, 7, 8, 9, 10]


def test_a_place_line_deep_in_a_blank_spaced_story_is_still_no_dateline():
    paras = [f"Paragraph {n} of the council story says the budget vote was delayed again this week." for n in range(6)]
    text = "\n\n".join(paras + ["LONDON (Reuters) - " + STORY])
    assert make_article(text).dateline_place is None


# --- a colon before a word in lower case: a list item or a label, not a dateline ---

@pytest.mark.parametrize("text", [
    "Retail sales rose in most regions, the statistics office said on Friday.\n\nSales by region:\n"
    "MADRID: up 3 percent on the year\nSEVILLE: down 1 percent\n\nEconomists expect a slower summer.",
    "Riot police cleared the square before dawn.\n\nBELGRADE: the scene of nightly marches since March, was "
    "quiet by noon, and shops reopened along the main avenue.",
])
def test_a_place_and_colon_before_a_lower_case_word_is_no_dateline(text):
    assert make_article(text).dateline_place is None


@pytest.mark.parametrize("head,place", [
    ("KARACHI: ", "Karachi"),
    ("LAHORE: iPhone sales ", "Lahore"),        # a brand's lower-case first letter, a capital inside
])
def test_a_place_and_colon_before_a_capital_is_still_a_dateline(head, place):
    text = head + ("The provincial government ordered markets to close early on Friday." if head.endswith(": ")
                   else "fell by a third in the province last year, traders said on Friday, blaming taxes.")
    assert make_article(text + "\n\n" + MORE).dateline_place == place


# --- place and wire set between bars ---

@pytest.mark.parametrize("head,place,agency", [
    ("VIENNA | AFP | ", "Vienna", "AFP"),
    ("Lisbon | Reuters | ", "Lisbon", "Reuters"),
    ("ODESA, Ukraine | AFP | ", "Odesa", "AFP"),
])
def test_place_and_wire_between_bars(head, place, agency):
    art = make_article(head + STORY + "\n\n" + MORE)
    assert (art.dateline_place, art.agency) == (place, agency)
    assert art.text.startswith("The port authority")


@pytest.mark.parametrize("head", [
    "VIENNA | Harbour Weekly | ",              # an outlet that is no wire
    "Ports | Shipping | ",                     # section labels
])
def test_bars_without_a_wire_or_a_place_give_no_dateline_from_the_bars(head):
    art = make_article(head + STORY + "\n\n" + MORE)
    assert art.agency is None
    assert art.dateline_place is None


# --- "THE HAGUE" in capitals with an outlet's credit ---

def test_the_hague_in_capitals_with_an_outlets_credit_is_a_dateline():
    art = make_article("THE HAGUE (Harbour Weekly) — " + STORY + "\n\n" + MORE)
    assert (art.dateline_place, art.agency) == ("The Hague", None)
    assert art.text.startswith("The port authority")


@pytest.mark.parametrize("head", ["The Hague (Harbour Weekly) — ", "THE LATEST (Harbour Weekly) — "])
def test_the_hague_in_normal_case_or_an_unknown_the_name_with_an_outlet_is_not(head):
    assert make_article(head + STORY + "\n\n" + MORE).dateline_place is None


# --- an international body in the lead: the dateline's country is its seat's ---

HAGUE_IGO = ("THE HAGUE, Netherlands (AP) — The International Court of Justice ordered on Thursday that both "
             "sides withdraw troops from the disputed river island, in a ruling read out by its president.\n\n"
             "A court spokesman said the order was binding. Farmers on the island said soldiers had burned "
             "their fields in the spring.\n\nThe Dutch foreign minister said the ruling showed the value of the "
             "court and urged both governments to comply.")
HAGUE_LOCAL = ("THE HAGUE, Netherlands (AP) — Police arrested four men on Thursday after a raid on a warehouse "
               "in the city's harbour district, where officers found stolen bicycles.\n\nA police spokesman "
               "said the men would appear before a judge on Friday. Residents of the street said the warehouse "
               "had been busy at night for weeks.\n\nThe city council said it would review its harbour leases.")


def _actors(text):
    from newsgraph.pipeline import analyse
    return {a.name: a for a in analyse(text, "2024-03-07").actors}


def test_an_international_court_leading_a_hague_story_makes_no_one_dutch_by_the_dateline():
    actors = _actors(HAGUE_IGO)
    assert actors["International Court of Justice"].country == "IGO"
    assert not [a.name for a in actors.values() if a.country_source == "dateline"]
    assert all(a.country != "NLD" for name, a in actors.items() if name.lower() in ("a court spokesman", "farmers"))


def test_a_national_body_leading_a_hague_story_keeps_the_dateline_country():
    actors = _actors(HAGUE_LOCAL)
    assert any(a.country == "NLD" and a.country_source == "dateline" for a in actors.values())


# --- the new labelled pool ---

def test_pool8_is_registered_split_by_hash_and_heldout8_hidden():
    import glob
    import hashlib
    import json
    import os

    from newsgraph.datafile import package_data
    from newsgraph.eval import datelines

    assert {"dev8", "heldout8"} <= set(datelines.PARTS) and "heldout8" in datelines.HIDDEN
    dev, held = datelines.load_gold("dev8"), datelines.load_gold("heldout8")
    assert (len(dev), len(held)) == (81, 83)
    for r in dev + held:
        even = int(hashlib.sha1(r["doc"].encode()).hexdigest()[-1], 16) % 2 == 0
        assert r["part"] == ("dev8" if even else "heldout8") and "authors" not in r
    mine = {r["doc"] for r in dev + held}
    gold_dir = os.path.dirname(str(package_data("gold", "datelines_pool8.jsonl")))
    for path in glob.glob(os.path.join(gold_dir, "datelines*.jsonl")):
        if not path.endswith("datelines_pool8.jsonl"):
            with open(path, encoding="utf-8") as fh:
                assert not mine & {json.loads(line)["doc"] for line in fh}, path
