"""Session 39 (issue 13, branch dl43): datelines and bylines of outlets outside the US and UK and of British
papers -- a desk credit with its place, "<name> in <place>", a name and its beat on one line, a middle dot
between name and outlet, "Quebec City" after a name, a Russian wire's "MOSCOW. <date> (Interfax) -", a city
named like its region in the page's dateline element (ingest/byline_filed.py, byline.py, dateline_patterns.py,
page_marks.py). Sentences are our own."""
from __future__ import annotations

import pytest

from newsgraph.ingest import build_article
from newsgraph.ingest.byline import parse_byline
from newsgraph.ingest.byline_filed import desk_line, top_byline
from newsgraph.ingest.dateline import split_lead
from newsgraph.ingest.dateline_read import read_dateline
from newsgraph.ingest.page_marks import PageMarks
from newsgraph.ingest.readers import read_html

STORY = ("The district water board voted on Thursday to replace the old pumping station by the river, after two "
         "summers in which the pumps failed during the hottest weeks of the year.")
MORE = "Board members said work would begin in the autumn and take about eighteen months to finish."


def lead(top: str, title: str = "Water board backs new pumps", page: PageMarks | None = None):
    text = f"{top}\n{STORY}\n{MORE}" if top else f"{STORY}\n{MORE}"
    return split_lead(text, title=title, **({"page": page} if page else {}))


# --- a desk's credit with the place it files from ---

@pytest.mark.parametrize("top", ["Staff Reporter, Kano", "Our Correspondent | Multan", "Bureau Report, Quetta",
                                 "Special Correspondent, Madurai"])
def test_a_desk_credit_and_its_place_is_a_byline_without_author_or_dateline(top):
    out = lead(top)
    assert out.authors == [] and out.dateline_place is None
    assert out.text.startswith("The district water board")


def test_a_desk_credit_needs_a_known_place_after_it():
    assert desk_line("Staff Reporter, Kano") and desk_line("Staff Reports")
    assert not desk_line("Staff Reporter, Pumpkin Hollow")
    assert not desk_line("Water Board, Kano")


# --- "<name> in <place>", a British paper's byline ---

@pytest.mark.parametrize("top,authors", [
    ("Tobias Lang in Vienna", ["Tobias Lang"]),
    ("By Ines Duarte in Lisbon", ["Ines Duarte"]),
    ("Ines Duarte in Lisbon and Marc Petit", ["Ines Duarte", "Marc Petit"]),
    ("Ines Duarte in Lisbon, Marc Petit in Lyon", ["Ines Duarte", "Marc Petit"]),
    ("Oskar Brandt in Warsaw and agencies", ["Oskar Brandt"]),
])
def test_a_name_in_a_place_is_the_byline(top, authors):
    out = lead(top)
    assert out.authors == authors and out.dateline_place is None
    assert out.text.startswith("The district water board")


@pytest.mark.parametrize("top", ["Macron in Vienna", "Pope Leo in Beirut", "Vienna in bloom",
                                 "Lisbon in crisis as rents soar", "Tobias Lang in Pumpkin Hollow"])
def test_a_subhead_with_in_and_a_place_is_no_byline(top):
    assert top_byline(top) is None
    out = lead(top)
    assert out.authors == [] and out.text.startswith(top)


# --- a name and its beat joined on one line ---

@pytest.mark.parametrize("top,authors", [
    ("Oren Saleh Health correspondent", ["Oren Saleh"]),
    ("Lydia Marsh Deputy political editor", ["Lydia Marsh"]),
])
def test_a_name_and_its_beat_without_a_comma_is_the_byline(top, authors):
    out = lead(top)
    assert out.authors == authors and out.text.startswith("The district water board")


@pytest.mark.parametrize("top", ["Council Names New Health Director", "Mayor Thanks Water Board Staff",
                                 "Bishop Mark Church correspondent"])
def test_a_title_case_headline_or_a_title_is_no_beat_byline(top):
    assert top_byline(top) is None


# --- separators and place names inside a byline ---

@pytest.mark.parametrize("text,authors", [
    ("Maya Lund · Prairie Public Radio", ["Maya Lund"]),
    ("By Maya Lund • Staff Writer", ["Maya Lund"]),
    ("Jean Tremblay, Quebec City", ["Jean Tremblay"]),
    ("Ana Reyes, Davao City", ["Ana Reyes"]),
])
def test_a_middle_dot_or_a_city_named_with_city_closes_the_name(text, authors):
    assert parse_byline(text).authors == authors


# --- a Russian wire's full stop after the place ---

@pytest.mark.parametrize("para,place,agency", [
    ("NOVOSIBIRSK. May 12 (Interfax) - The regional court fined a building firm for polluting the river.",
     "Novosibirsk", "Interfax"),
    ("KHARKIV. May 12 (Interfax-Ukraine) - City officials said heating would return to all districts by Friday.",
     "Kharkiv", "Interfax-Ukraine"),
    ("ST. PETERSBURG. May 12 (Interfax) - The port authority reopened two berths after repairs.",
     "St. Petersburg", "Interfax"),
])
def test_a_place_closed_by_a_full_stop_then_the_date_and_wire(para, place, agency):
    dl = read_dateline(para)
    assert dl is not None and dl.place == place and dl.agency == agency


def test_more_wires_by_name():
    assert read_dateline("Rome, May 12 (Agenzia Nova) - The Italian cabinet approved a decree.").agency == "Agenzia Nova"
    assert read_dateline("GYUMRI, May 12. /ARMENPRESS/. The regional governor opened a school.").agency == "Armenpress"


def test_a_full_stop_after_a_place_without_a_date_is_not_this_form():
    assert read_dateline("Omsk. May is a cold month in the region, and the river is often still frozen.") is None


# --- the page's dateline element naming a city whose best reading is its region ---

@pytest.mark.parametrize("element,place", [("IZMIR", "Izmir"), ("LAGOS", "Lagos"), ("GENEVA", "Geneva")])
def test_a_dateline_element_with_a_city_named_like_its_region(element, place):
    out = lead("", page=PageMarks(dateline=element))
    assert out.dateline_place == place


@pytest.mark.parametrize("element", ["BAVARIA", "GEORGIA", "Updated 9:41 AM"])
def test_a_dateline_element_with_a_region_or_country_alone_is_no_dateline(element):
    assert lead("", page=PageMarks(dateline=element)).dateline_place is None


def test_a_page_with_its_dateline_in_its_own_element_end_to_end():
    page = ("<html lang='en'><head><title>Ferry line reopens | Harbour Times</title></head><body><article>"
            "<h1>Ferry line reopens</h1><span class='dateline'>IZMIR</span>"
            "<div class='byline'>By Deniz Aksoy</div>"
            f"<p>{STORY}</p><p>{MORE}</p><p>{STORY.replace('Thursday', 'Friday')}</p></article></body></html>")
    art = build_article(next(iter(read_html(page, "t.html", [], url="https://harbour-times.example/ferry"))))
    assert art.dateline_place == "Izmir" and art.authors == ["Deniz Aksoy"]
