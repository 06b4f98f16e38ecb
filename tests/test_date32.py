"""Session 31 (issue 13, branch date32): datelines that only web pages show -- the story set in a layout
table's cell or a list item (trafilatura writes "| " or "- " before it) and a page's furniture (a time stamp,
a reading time, a share bar's labels, a headline) run into the first paragraph with no sentence's end before
the dateline (ingest/dateline_scraped.py, dateline.py). Pages and sentences are our own."""
from __future__ import annotations

import pytest

from newsgraph.ingest import build_article
from newsgraph.ingest.dateline import split_lead
from newsgraph.ingest.readers import read_html

STORY = ("The harbour board voted on Tuesday to reopen two ferry landings that a spring storm had closed, "
         "and officials said the first boats would sail again next week.")
MORE = ("Dock workers were told to return on Monday, and the board said it would publish a report on the "
        "storm damage before the summer season begins.")
LAST = ("Ferry passengers will be offered free bus rides between the two landings until the repairs are done, "
        "the board said in a statement.")
TITLE = "Harbour board reopens ferry landings"


def _page(body: str, head: str = "") -> bytes:
    return (f'<html lang="en"><head><title>{TITLE}</title>{head}'
            '<meta property="article:published_time" content="2024-04-09T09:00:00+00:00"></head><body>'
            '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'
            f'<article><h1>{TITLE}</h1>{body}</article><footer><p>Contact the newsroom</p></footer>'
            '</body></html>').encode()


def _read(body: str):
    item = list(read_html(_page(body), "page.html", [], url="https://www.bayharbour.example/news/2024/04/09/ferry"))[0]
    return build_article(item)


def _ps(*paras: str) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


# the story set in a layout table's cell: trafilatura opens the cell's text with "| "
@pytest.mark.parametrize("body,place,agency", [
    ("<table><tr><td>SEASIDE, Ore. (AP) — " + STORY + "<br><br>" + MORE + "<br><br>" + LAST + "</td></tr></table>",
     "Seaside", "AP"),
    ("<table><tr><td>" + _ps("SEASIDE, Ore. (AP) — " + STORY, MORE, LAST) + "</td></tr></table>", "Seaside", "AP"),
    ("<table><tr><td>" + _ps("HALIFAX, Nova Scotia — " + STORY, MORE, LAST) + "</td><td>More stories</td></tr></table>",
     "Halifax", None),
    ("<ul><li>LISBON (Reuters) - " + STORY + "</li></ul>" + _ps(MORE, LAST), "Lisbon", "Reuters"),
])
def test_dateline_in_a_table_cell_or_list_item(body, place, agency):
    art = _read(body)
    assert (art.dateline_place, art.agency) == (place, agency)
    assert art.text.startswith("The harbour board")


@pytest.mark.parametrize("text", [
    "| Name | Town | Votes |\n| Jane Doe | Seaside | 120 |\n" + STORY,     # a data table: no dateline
    "| The harbour board (AP) said on Tuesday it would reopen two landings that a storm closed last spring. |",
    "- Ferry fares rise in May\n" + STORY,
])
def test_table_rows_and_list_items_without_a_dateline(text):
    assert split_lead(text).dateline_place is None


# furniture run into the first paragraph with no sentence's end before the dateline
@pytest.mark.parametrize("first,place,agency", [
    ("Updated 9:15 a.m. ET, April 9, 2024 SEASIDE, Ore. (AP) — ", "Seaside", "AP"),
    ("Updated 9:15 a.m. ET SEASIDE, Ore. (AP) — ", "Seaside", "AP"),      # the time's zone is no place
    ("Posted 14:05 GMT LISBON (Reuters) - ", "Lisbon", "Reuters"),
    ("April 9, 2024 / 9:15 AM / an hour ago LISBON (Reuters) - ", "Lisbon", "Reuters"),
    ("4 Min Read LISBON (Reuters) - ", "Lisbon", "Reuters"),
    ("Share this article Facebook Twitter Email SEASIDE, Ore. (AP) — ", "Seaside", "AP"),
    ("Listen to this story 2 min HALIFAX, Nova Scotia — ", "Halifax", None),
    ("Harbour board reopens two ferry landings SEASIDE, Ore. — ", "Seaside", None),
])
def test_dateline_after_furniture_run_into_the_paragraph(first, place, agency):
    lead = split_lead(first + STORY + "\n" + MORE)
    assert (lead.dateline_place, lead.agency) == (place, agency)
    assert "The harbour board voted" in lead.text and "(AP) —" not in lead.text and "(Reuters)" not in lead.text


def test_furniture_before_the_dateline_on_a_page():
    art = _read(_ps("Updated 9:15 a.m. ET, April 9, 2024 SEASIDE, Ore. (AP) — " + STORY, MORE, LAST))
    assert (art.dateline_place, art.agency) == ("Seaside", "AP")


@pytest.mark.parametrize("first", [
    # the place is the sentence's: the words before it run on into it
    "Two ferry landings will reopen in SEASIDE, Ore. — The harbour board voted on Tuesday to reopen them, "
    "and officials said the first boats would sail again next week.",
    "Boats from HALIFAX, Nova Scotia — The harbour board voted on Tuesday to reopen two landings, and officials "
    "said the first boats would sail again next week.",
    # a place in normal case or without region, date or wire after furniture: a name, not a dateline
    "Updated 9:15 a.m. ET Seaside, Ore. — The harbour board voted on Tuesday to reopen two ferry landings, and "
    "officials said boats would sail again next week.",
    "4 Min Read LISBON — The harbour board voted on Tuesday to reopen two ferry landings, and officials said "
    "boats would sail again next week.",
    # too far into the paragraph: more than 15 words before it
    "The harbour board that runs the ferries between the two islands and the mainland met for three hours on "
    "Tuesday SEASIDE, Ore. (AP) — The board voted to reopen the landings.",
    # no sentence opens after it
    "Updated 9:15 a.m. ET SEASIDE, Ore. (AP) — and officials said the first boats would sail again next week "
    "after the harbour board voted.",
])
def test_no_dateline_after_furniture_when_the_place_is_prose(first):
    assert split_lead(first + "\n" + MORE).dateline_place is None


# a dateline element trafilatura drops with the page's furniture (its class reads "meta", "timestamp",
# "byline", "tags", ...): set right above the story's first paragraph, or inside it before the dash
@pytest.mark.parametrize("cls", ["article-meta", "story-timestamp", "tags-place"])
def test_dateline_element_above_the_first_paragraph(cls):
    art = _read(f'<div class="{cls}">HALIFAX, Nova Scotia</div>' + _ps(STORY, MORE, LAST))
    assert art.dateline_place == "Halifax" and art.text.startswith("The harbour board")


@pytest.mark.parametrize("cls", ["article-meta", "story-timestamp"])
def test_dropped_dateline_span_leaves_no_dash_in_the_body(cls):
    art = _read(_ps(f'<span class="{cls}">HALIFAX, Nova Scotia</span> — ' + STORY, MORE, LAST))
    assert art.dateline_place == "Halifax"
    assert art.text.startswith("The harbour board")


@pytest.mark.parametrize("above", [
    "April 9, 2024",                 # a date stamp
    "By Jane Roe",                   # a byline
    "Ferry news",                    # a section's label
    "Nova Scotia",                   # a province alone: a label, not a city's dateline
    "Jane Roe, Halifax",             # a writer's town
])
def test_no_dateline_from_other_elements_above_the_first_paragraph(above):
    art = _read(f'<div class="article-meta">{above}</div>' + _ps(STORY, MORE, LAST))
    assert art.dateline_place is None


def test_the_element_above_must_sit_right_above_the_story():
    # a place in the page's furniture far from the story (a weather box after it) is not read
    art = _read(_ps(STORY, MORE, LAST) + '<div class="article-meta">HALIFAX, Nova Scotia</div>')
    assert art.dateline_place is None


# a byline printed in a box of other stories (a sidebar, a related-links box, an <aside>) names another
# article's wire: it gives this page no agency, whether it comes before or after the story
def _page_with_box(box: str, before: bool) -> bytes:
    story = f'<article><h1>{TITLE}</h1><div class="byline">By Jane Roe</div>{_ps(STORY, MORE, LAST)}</article>'
    return (f'<html lang="en"><head><title>{TITLE}</title></head><body>'
            f'{box if before else ""}{story}{"" if before else box}</body></html>').encode()


@pytest.mark.parametrize("box", [
    '<aside><ul><li><a href="/a">Storm shuts the port</a><span class="byline">Associated Press</span></li></ul></aside>',
    '<div class="related-stories"><a href="/a">Storm shuts the port</a><span class="byline">By Reuters</span></div>',
    '<div class="right-rail"><a href="/a">Storm shuts the port</a><div class="byline">AFP</div></div>',
])
@pytest.mark.parametrize("before", [False, True])
def test_a_byline_in_a_box_of_other_stories_gives_no_agency(box, before):
    item = list(read_html(_page_with_box(box, before), "page.html", [],
                          url="https://www.bayharbour.example/news/2024/04/09/ferry"))[0]
    art = build_article(item)
    assert art.agency is None
    if not before:
        assert art.authors == ["Jane Roe"]


def test_the_pages_own_wire_byline_still_counts():
    art = _read('<div class="byline">By The Associated Press</div>' + _ps(STORY, MORE, LAST))
    assert art.agency == "AP"


# a place, the day and the time a page prints on a line of its own above the story
@pytest.mark.parametrize("head,place", [
    ("NEW DELHI, March 5, 2024 10:42 IST", "New Delhi"),
    ("New Delhi, 5 March 2024 10:42", "New Delhi"),          # a city the gazetteer knows, in normal case
    ("HALIFAX, April 9, 2024 9:15 a.m.", "Halifax"),
])
def test_place_day_and_time_on_their_own_line(head, place):
    lead = split_lead(head + "\n" + STORY)
    assert lead.dateline_place == place and lead.text.startswith("The harbour board")


def test_a_notice_with_its_time_is_no_dateline():
    assert split_lead("Meeting, March 5, 2024 10:00 AM\n" + STORY).dateline_place is None
