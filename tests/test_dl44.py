"""Session 40 (issue 13, branch dl44): datelines and bylines in page forms earlier sessions' sets did not hold -- a
wire's or outlet's credit in parentheses with no place ("(RNS) —", "(The Hill) —"), a city's name alone on its line
whose best reading is the region named for it ("NEW YORK", "LAGOS"), a person's name in capitals before a dash
("JOHN SMITH —"), byline labels with a colon ("Author: ...", "Contributors: ...", "Source: AFP"), a title before the
name in the page's metadata ("Contributor Jane Roe"), a wire with a desk word ("AFP News"), a byline's editor, a
bar between place and date ("KYIV | March 5, 2024 —") and a portal's dated credit after a comma ("ISLAMABAD, (APP -
Point News - 5th Mar, 2020) :"). Sentences are our own."""
from __future__ import annotations

import pytest

from newsgraph.ingest import build_article
from newsgraph.ingest.byline import parse_byline
from newsgraph.ingest.byline_labels import edited_names, label_off, source_off
from newsgraph.ingest.dateline import byline_line, split_lead
from newsgraph.ingest.dateline_read import gazetteer_place, place_line, read_dateline
from newsgraph.ingest.readers import read_html

STORY = ("The harbour authority said on Wednesday that the old ferry terminal would close for repairs in the spring, "
         "and that passengers would board from a temporary pier on the north side of the bay until the work ends.")
MORE = "A spokeswoman said the timetable would not change and that fares would stay the same."


def lead(top: str, title: str = "Ferry terminal to close for repairs"):
    text = f"{top}\n{STORY}\n{MORE}" if top else f"{STORY}\n{MORE}"
    return split_lead(text, title=title)


def page_article(body: str, byline: str = ""):
    """A small page: the byline element above the story's paragraphs, read as the datelines suite reads pages."""
    credit = f'<div class="byline"><span class="author">{byline}</span></div>' if byline else ""
    html = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Ferry terminal to close</title>"
            "<meta property='og:site_name' content='Bayside Courier'></head><body><main><article>"
            f"<h1>Ferry terminal to close</h1>{credit}<div class='story'>{body}<p>{MORE}</p>"
            "<p>Ferry users said they had expected the closure for months and hoped it would be short.</p>"
            "</div></article></main></body></html>")
    art = list(read_html(html, "dl44", [], url="https://www.bayside-courier.example/2024/03/05/ferry"))[0]
    return build_article(art)


# --- a credit in parentheses with no place before it ---

@pytest.mark.parametrize("opening,agency", [("(RNS) — ", "RNS"), ("(IPS) — ", "IPS"), ("(The Hill) — ", None),
                                            ("(WKMG) — ", None)])
def test_a_credit_in_parentheses_is_no_place(opening, agency):
    dl = read_dateline(opening + STORY)
    assert dl is not None and dl.place is None and dl.agency == agency


@pytest.mark.parametrize("opening,place", [("(NEW YORK) — ", "New York"), ("(Red Oak) -- ", "Red Oak"),
                                           ("(The Hague) — ", "The Hague")])
def test_a_place_in_a_broadcasters_parentheses_stays_the_dateline(opening, place):
    dl = read_dateline(opening + STORY)
    assert dl is not None and dl.place == place and dl.agency is None


# --- a city's name alone on its line, its best reading the region named for it ---

@pytest.mark.parametrize("line,place", [("NEW YORK", "New York"), ("LAGOS", "Lagos"), ("Istanbul", "Istanbul")])
def test_a_city_named_like_its_region_on_its_own_line_is_the_dateline(line, place):
    out = lead(line)
    assert out.dateline_place == place
    assert out.text.startswith("The harbour authority")


@pytest.mark.parametrize("line", ["FLORIDA", "Ontario", "Texas", "KENYA", "Punjab"])
def test_a_region_or_country_alone_on_its_line_is_a_label(line):
    assert place_line(line, gazetteer_place) is None
    assert lead(line).dateline_place is None


# --- a person's name in capitals before a dash ---

@pytest.mark.parametrize("opening", ["JOHN SMITH — ", "MARIA LOPEZ GARCIA — "])
def test_a_persons_name_in_capitals_is_no_dateline(opening):
    assert read_dateline(opening + STORY) is None


def test_a_small_town_in_capitals_unknown_to_the_gazetteer_stays_a_dateline():
    dl = read_dateline("PUMPKIN HOLLOW — " + STORY)
    assert dl is not None and dl.place == "Pumpkin Hollow"


# --- byline labels with a colon, a title before the name, a wire's desk word, an editor ---

@pytest.mark.parametrize("line,authors", [
    ("Author: Petra Lindqvist", ["Petra Lindqvist"]),
    ("By: Petra Lindqvist", ["Petra Lindqvist"]),
    ("Contributors: Petra Lindqvist and Omar Said", ["Petra Lindqvist", "Omar Said"]),
    ("Written by: Omar Said", ["Omar Said"]),
])
def test_a_labelled_byline_line_gives_its_names(line, authors):
    parsed = byline_line(line, None, named=True)
    assert parsed is not None and parsed.authors == authors
    out = lead(line)
    assert out.authors == authors and out.text.startswith("The harbour authority")


def test_labels_are_taken_off_only_before_names():
    assert label_off("Author: Petra Lindqvist") == "By Petra Lindqvist"
    assert label_off("Authorities said on Tuesday") == "Authorities said on Tuesday"
    assert source_off("Source: AFP") == "AFP" and source_off("Sources close to the talks") == "Sources close to the talks"
    assert byline_line("Author: Admin", None, named=True) is None


def test_a_source_label_gives_a_wire_never_an_author():
    assert byline_line("Source: AFP", None, named=True).agency == "AFP"
    assert byline_line("Source: Petra Lindqvist", None, named=True) is None
    out = lead("Source: Reuters")
    assert out.agency == "Reuters" and out.authors == [] and out.text.startswith("The harbour authority")


@pytest.mark.parametrize("meta,authors", [("Contributor Petra Lindqvist", ["Petra Lindqvist"]),
                                          ("Staff Reporter Omar Said", ["Omar Said"]),
                                          ("Staff Reporter", [])])
def test_a_title_before_the_name_is_no_part_of_it(meta, authors):
    assert parse_byline(meta).authors == authors


@pytest.mark.parametrize("credit,agency", [("AFP News", "AFP"), ("Reuters Staff", "Reuters"), ("Harbour News", None),
                                           ("Bloomberg Opinion", None)])
def test_a_wire_with_a_desk_word_is_the_wire(credit, agency):
    parsed = parse_byline(credit)
    assert parsed.agency == agency and parsed.authors == []


def test_a_bylines_editor_is_no_author():
    assert edited_names("Reported by: Petra Lindqvist, Edited by: Omar Said") == {"omar said"}
    art = page_article(f"<p>{STORY}</p>", byline="Reported by: Petra Lindqvist, Edited by: Omar Said")
    assert art.authors == ["Petra Lindqvist"]


def test_a_page_byline_with_a_label_gives_its_author():
    art = page_article(f"<p>{STORY}</p>", byline="Contributor: Petra Lindqvist")
    assert art.authors == ["Petra Lindqvist"]


# --- a bar between place and date; a portal's dated credit after a comma ---

@pytest.mark.parametrize("opening,place", [("KYIV | March 5, 2024 — ", "Kyiv"), ("NEW DELHI | March 5: ", "New Delhi")])
def test_a_bar_between_place_and_date(opening, place):
    dl = read_dateline(opening + STORY)
    assert dl is not None and dl.place == place
    assert lead(opening + STORY).text.startswith("The harbour authority")


@pytest.mark.parametrize("opening,place,agency", [
    ("ISLAMABAD, (APP - Point News - 5th Mar, 2020) :", "Islamabad", "APP"),
    ("LAHORE, (Point News - 5th Mar, 2020) :", "Lahore", None),
])
def test_a_portals_dated_credit_after_a_comma(opening, place, agency):
    dl = read_dateline(opening + STORY)
    assert dl is not None and (dl.place, dl.agency) == (place, agency)


def test_a_comma_and_a_parenthesis_in_prose_are_no_dateline():
    assert read_dateline("Harbour officials, (three of them) said on Monday the pier would open in May.") is None


# --- a dateline alone on its line in the page's own paragraph ---

def test_a_city_line_above_the_story_on_a_page():
    art = page_article(f"<p><strong>NEW YORK</strong></p><p>{STORY}</p>")
    assert art.dateline_place == "New York" and art.text.startswith("The harbour authority")


# --- a photo caption in the body's first paragraph: its opening is no dateline of the story ---

NEXT = ("The harbour authority said on Wednesday that the old ferry terminal would close for repairs in the spring, "
        "officials said.")


@pytest.mark.parametrize("caption", [
    "HARBOURTON, ENGLAND - MARCH 05: Passengers queue for the ferry on March 05, 2024 in Harbourton, England.",
    "VALLETTA, MALTA - MARCH 05: Passengers queue for the ferry on March 05, 2024. (Photo by Ann Poe/Getty Images)",
    "VALLETTA, Malta — Passengers queue for the ferry in Valletta, Tuesday, March 5, 2024. (AP Photo/Ann Poe)",
])
def test_a_caption_opening_like_a_dateline_gives_no_dateline(caption):
    art = page_article(f"<p>{caption}</p><p>{NEXT}</p>")
    assert art.dateline_place is None and art.agency is None
    assert art.text.startswith("The harbour authority")


def test_the_storys_dateline_under_a_caption_is_still_read():
    caption = "VALLETTA, MALTA - MARCH 05: Passengers queue for the ferry on March 05, 2024 in Valletta, Malta."
    art = page_article(f"<p>{caption}</p><p>VALLETTA (Reuters) - {NEXT}</p>")
    assert (art.dateline_place, art.agency) == ("Valletta", "Reuters")


def test_a_wire_dateline_in_capitals_is_no_caption():
    from newsgraph.ingest.patterns import is_caption
    assert is_caption("HARBOURTON, ENGLAND - MARCH 05: Passengers queue for the ferry.")
    assert not is_caption("VALLETTA, March 5 (Reuters) - Passengers queued for the ferry.")
    assert not is_caption("VALLETTA: Passengers queued for the ferry on Tuesday.")
