"""Session 30 (issue 13, branch date31): dateline and closing-credit kinds left by session 29
(ingest/dateline.py, byline.py, data/ingest/byline_words.csv `story` rows). Sentences are our own."""
from __future__ import annotations

import pytest

from newsgraph.ingest.clean import make_article
from newsgraph.ingest.dateline import split_credits, split_lead

STORY = ("The harbour board voted on Tuesday to reopen two ferry landings that a spring storm had closed, "
         "and officials said the first boats would sail again next week.")
MORE = ("Dock workers were told to return on Monday, and the board said it would publish a report on the "
        "storm damage before the summer season begins.")


# place, outlet and the dateline's dash set on lines of their own
@pytest.mark.parametrize("head,place,agency", [
    ("Hong Kong\nCNN\n— ", "Hong Kong", None),          # a broadcaster's credit: no agency
    ("Lagos\nCNN\n— ", "Lagos", None),
    ("Hong Kong\nCNN — ", "Hong Kong", None),           # the outlet and the dash on the story's line
    ("Singapore\nReuters\n- ", "Singapore", "Reuters"),  # a wire's name: the agency
    ("LONDON\nReuters\n— ", "London", "Reuters"),
    ("Nairobi\n— ", "Nairobi", None),                   # a city alone, then the dash (the dash goes too)
])
def test_place_outlet_and_dash_on_lines_of_their_own(head, place, agency):
    lead = split_lead(head + STORY + "\n" + MORE)
    assert (lead.dateline_place, lead.agency) == (place, agency)
    assert lead.text.startswith("The harbour board")


@pytest.mark.parametrize("head", [
    "Update\nCNN\n— ",                 # a label's word above the outlet is no place
    "Harbour board\nCNN\n— ",          # no place the gazetteer knows
    "Hong Kong\nCNN\n",                # no dash: the story does not continue a dateline
    "Hong Kong\nJane Doe\n— ",         # a person's name between, not an outlet's
])
def test_no_dateline_from_lines_that_are_not_place_outlet_dash(head):
    lead = split_lead(head + STORY + "\n" + MORE)
    assert lead.dateline_place is None


# a town in normal case before a colon, as Indian papers write it
@pytest.mark.parametrize("head,place", [
    ("Kendrapara: ", "Kendrapara"),
    ("Jagatsinghpur: ", "Jagatsinghpur"),
    ("Bhubaneswar: ", "Bhubaneswar"),                  # a city, read before
])
def test_town_in_normal_case_before_a_colon(head, place):
    lead = split_lead(head + STORY)
    assert lead.dateline_place == place and lead.text.startswith("The harbour board")


@pytest.mark.parametrize("head", ["Update: ", "Watch: ", "Breaking: ", "Analysis: ", "Opinion: ",
                                  "Warning: ", "Correction: ", "Jane Doe: "])
def test_a_label_before_a_colon_stays_no_dateline(head):
    assert split_lead(head + STORY).dateline_place is None


# a photo's caption closing the body, its credit glued without a dash, is no closing wire credit
@pytest.mark.parametrize("last", [
    "Villagers wade through a flooded street near the harbour on Monday. AFP",
    "Rescue workers carry a woman to a boat near the landing on Tuesday. Reuters",
    "A ferry is seen at the north landing before the storm. AFP",
    "File photo. AFP",
])
def test_a_captions_credit_closing_the_body_is_no_agency(last):
    body, agency, _ = split_credits(STORY + "\n" + MORE + "\n" + last)
    assert agency is None and body.endswith(last)


@pytest.mark.parametrize("last,agency", [
    ("The weather office has warned of more rain on Monday. PTI", "PTI"),    # an auxiliary: the story's sentence
    ("The harbour master said the landings would reopen on Monday. AFP", "AFP"),
    ("Police are investigating the cause of the fire. PTI", "PTI"),          # a progressive
    ("More talks are planned next week. — AFP", "AFP"),                      # a dash: a closing credit
    ("The ferries will sail again in April. Reuters", "Reuters"),
    ("The landings reopened. Officials expect the first boats on Monday. AFP", "AFP"),   # two sentences
])
def test_a_storys_closing_credit_stays_the_agency(last, agency):
    assert split_credits(STORY + "\n" + MORE + "\n" + last)[1] == agency


def test_a_page_with_place_and_outlet_on_lines_of_their_own():
    art = make_article("Hong Kong\nCNN\n— " + STORY + "\n" + MORE + "\nVillagers wade through a street on Monday. AFP",
                       title="Ferry landings to reopen")
    assert (art.dateline_place, art.agency) == ("Hong Kong", None)
    assert art.text.startswith("The harbour board")


# a column's byline: the outlet's section after the name is no author
@pytest.mark.parametrize("byline", ["By Jane Roe, Bloomberg Opinion", "Jane Roe, Bloomberg Opinion",
                                    "By Jane Roe, Reuters Opinion"])
def test_an_outlets_opinion_section_is_no_author(byline):
    lead = split_lead(byline + "\n" + STORY + "\n" + MORE)
    assert lead.authors == ["Jane Roe"] and lead.agency is None
    assert lead.text.startswith("The harbour board")


# the place and the day with no separator, on the story's line or on a line of their own
@pytest.mark.parametrize("head,place", [
    ("Ludhiana, March 4\n", "Ludhiana"),
    ("Ludhiana, March 4 ", "Ludhiana"),
    ("Ludhiana, March 4, 2024 ", "Ludhiana"),
    ("NEW DELHI, March 4\n", "New Delhi"),
    ("Paris, 4 March ", "Paris"),
])
def test_place_and_day_without_a_separator(head, place):
    lead = split_lead(head + STORY)
    assert lead.dateline_place == place and lead.text.startswith("The harbour board")


@pytest.mark.parametrize("head", ["Monday, March 4\n", "Updated, March 4 ", "On Monday, March 4 ",
                                  "Harbour Town, March 4\n", "Published March 4\n"])
def test_a_day_or_an_unknown_name_before_the_date_is_no_dateline(head):
    assert split_lead(head + STORY).dateline_place is None


# two slashes between spaces after the place
@pytest.mark.parametrize("head,place", [("ABU DHABI // ", "Abu Dhabi"), ("Dubai // ", "Dubai")])
def test_two_slashes_after_the_place(head, place):
    lead = split_lead(head + STORY)
    assert lead.dateline_place == place and lead.text.startswith("The harbour board")


# a speaker's name that some town bears, before a headline's quote, is no dateline
@pytest.mark.parametrize("line", [
    "Clinton: I back statehood for the district.",
    "Rubio: Voters Still Cannot Trust The Nominee With The Harbour Board's Ferry Landings Or Its Budget.",
    "Obama: Families of storm victims care about the ferries, not politics.",
])
def test_a_speakers_name_before_a_headlines_quote_is_no_dateline(line):
    assert split_lead(line + "\n" + STORY).dateline_place is None


def test_pool7_is_registered_and_heldout7_hidden():
    from newsgraph.eval import datelines

    assert {"dev7", "heldout7"} <= set(datelines.PARTS) and "heldout7" in datelines.HIDDEN
    dev, held = datelines.load_gold("dev7"), datelines.load_gold("heldout7")
    assert (len(dev), len(held)) == (47, 51)
    assert all(r["doc"].startswith("quotes/ggt/rawtext/") and "authors" not in r for r in dev + held)
