"""Session 38 (issue 13, branch dl42): bylines and datelines in the conventions of many outlets -- a name
closed by its outlet, the place filed from, a time stamp or an address; a name alone above the dateline; "Posted
by"; a full stop or a slashed year closing a dateline; "(PA)" (ingest/byline.py, ingest/dateline*.py). Sentences
are our own."""
from __future__ import annotations

import pytest

from newsgraph.ingest.byline import byline_line, parse_byline, stamp_line
from newsgraph.ingest.dateline import split_lead
from newsgraph.ingest.dateline_read import read_dateline

STORY = ("The harbour board approved a new ferry timetable on Wednesday after months of complaints from "
         "island commuters, and the first sailings under it will leave next month.")
MORE = ("Board members said the change would cost little, and the ferry operator agreed to add two late "
        "crossings on Fridays.")


def lead(top: str, title: str = "Ferry timetable approved"):
    return split_lead(f"{top}\n{STORY}\n{MORE}", title=title)


# --- a byline closed by the outlet's name, the place filed from or a date ---

@pytest.mark.parametrize("line,authors", [
    ("By Nadia Okoro, Harbour Chronicle", ["Nadia Okoro"]),
    ("By Tomas Varga and Lena Holt | The Valley Post", ["Tomas Varga", "Lena Holt"]),
    ("By WEI MING | Coastal Daily | Updated: 2024-02-01 08:10", ["Wei Ming"]),
    ("By Emeka Obi, Lagos", ["Emeka Obi"]),
    ("By Halima Yusuf, BBC News, Abuja", ["Halima Yusuf"]),
])
def test_a_by_line_closed_by_an_outlet_or_place_gives_the_names_only(line, authors):
    parsed = byline_line(line)
    assert parsed is not None and parsed.authors == authors and parsed.agency is None


def test_a_place_in_a_byline_bar_is_no_author():
    parsed = byline_line("Written by Kavya Menon | New Delhi | Updated: March 2, 2024 11:20 IST")
    assert parsed is not None and parsed.authors == ["Kavya Menon"]
    assert parse_byline("Kavya Menon; Mumbai").authors == ["Kavya Menon"]


@pytest.mark.parametrize("top,authors", [
    ("Posted by Efua Asante", ["Efua Asante"]),
    ("By Dana Whitfield | dwhitfield@valleyledger.com", ["Dana Whitfield"]),
    ("ROLAND PIKE rpike@harbourcourier.com", ["Roland Pike"]),
    ("Marta Quispe, Harbour Star", ["Marta Quispe"]),
    ("Ivo Brandt, CNN", ["Ivo Brandt"]),
    ("Anjali Rao | TNN", ["Anjali Rao"]),
    ("Claire Dubois, Special to The Globe and Mail", ["Claire Dubois"]),
    ("Kabir Malik, Pune, Feb 2, 2024, 09:40 IST", ["Kabir Malik"]),
    ("Farah Siddiqui Published February 2, 2024", ["Farah Siddiqui"]),
])
def test_byline_forms_above_the_story_give_their_writer(top, authors):
    out = lead(top)
    assert out.authors == authors
    assert out.text.startswith("The harbour board")


def test_a_name_alone_above_the_dateline_is_the_byline():
    out = lead("Orla Brennan\nCORK — " + STORY)
    assert out.authors == ["Orla Brennan"] and out.dateline_place == "Cork"
    out = lead("Bilal Qureshi\nMULTAN: " + STORY)
    assert out.authors == ["Bilal Qureshi"] and out.dateline_place == "Multan"


def test_a_name_alone_above_a_time_stamp_line_is_the_byline():
    out = lead("Hana Sato\nPublished 8:15 a.m. ET February 2, 2024")
    assert out.authors == ["Hana Sato"]
    assert stamp_line("Updated: 6:42 PM CDT Apr 12, 2023") and not stamp_line("Posted by Hana Sato")


@pytest.mark.parametrize("top", [
    "Los Altos, California",             # a small town and its state: a place line, not a name and its region
    "Paris, the capital",
    "WASHINGTON POST",
])
def test_places_and_outlets_alone_are_no_byline(top):
    assert byline_line(top, named=True) is None


def test_a_title_case_headline_closed_by_an_outlet_is_left_to_the_headline_reader():
    # a text's first line may be its headline: readers asking whether it is a byline do not pass `named`
    assert byline_line("Mayor Wins Second Term - CNN") is None
    assert byline_line("Mayor Wins Second Term, Lagos") is None


def test_a_headline_with_for_and_an_outlet_like_name_is_no_byline():
    assert byline_line("Major Firms Pull Support For Harbour Festival.", named=True) is None


def test_a_name_and_an_age_is_no_byline():
    # a list of people named in a story: "<name>, <age>." is no writer and its time stamp
    assert byline_line("Samir Haddad, 52.", named=True) is None


def test_a_name_in_a_place_is_not_read_as_a_byline():
    assert byline_line("Greta Lind in Uppsala", named=True) is None


# --- datelines: a full stop after an East African city, a slashed year, the PA wire ---

@pytest.mark.parametrize("para,place", [
    ("Kampala. " + STORY, "Kampala"),
    ("Dar es Salaam. " + STORY, "Dar es Salaam"),
])
def test_a_city_closed_by_a_full_stop_opens_the_story(para, place):
    dl = read_dateline(para)
    assert dl is not None and dl.place == place and para[dl.end:].startswith("The harbour board")


@pytest.mark.parametrize("para", [
    "Kenya. " + STORY,                           # a country: a fragment, not a dateline
    "Kampala. The Pearl of Africa, they call it.",   # no story's prose after it
    "Harbourton. " + STORY,                      # a name the gazetteer does not know
])
def test_a_full_stop_after_other_names_is_no_dateline(para):
    dl = read_dateline(para)
    assert dl is None or dl.place is None


def test_a_year_after_a_slash_belongs_to_the_dateline():
    dl = read_dateline("Addis Ababa, March 14/2024 (ENA) - " + STORY)
    assert dl is not None and dl.place == "Addis Ababa" and dl.agency == "ENA"


def test_the_pa_wire_in_a_datelines_parentheses():
    dl = read_dateline("CARDIFF (PA) - " + STORY)
    assert dl is not None and dl.place == "Cardiff" and dl.agency == "PA"
    # a state's postal code after a place stays the place's region
    dl = read_dateline("SCRANTON, PA (AP) - " + STORY)
    assert dl is not None and dl.place == "Scranton" and dl.agency == "AP"
