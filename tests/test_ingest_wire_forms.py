"""Datelines and bylines in the forms wire copy and newspapers print them (ingest/dateline.py, byline.py):
what `split_lead` takes off the top of a body -- place, agency, authors -- and what it must leave alone
(labels, day words, headlines that open with a place, photo credits). Sentences are our own."""
from __future__ import annotations

import pytest

from newsgraph.ingest.byline import byline_line, parse_byline
from newsgraph.ingest.dateline import split_lead

STORY = ("The county board voted on Thursday to reopen two ferry landings that a spring flood had closed, "
         "and officials said the first boats would sail next week.")


@pytest.mark.parametrize("head,place,agency", [
    # "CITY, State (AP) —" with state abbreviations, two-word and hyphenated cities
    ("WINSTON-SALEM, N.C. (AP) — ", "Winston-Salem", "AP"),
    ("WILKES-BARRE, Pa. (AP) — ", "Wilkes-Barre", "AP"),
    ("SANTA ROSA, Calif. (AP) — ", "Santa Rosa", "AP"),
    ("ALBANY, N.Y. (AP) — ", "Albany", "AP"),
    ("MIAMI BEACH, Fla. (AP) — ", "Miami Beach", "AP"),
    ("ST. LOUIS (AP) — ", "St. Louis", "AP"),
    ("COEUR D'ALENE, Idaho (AP) — ", "Coeur d'Alene", "AP"),     # the elided particle stays small
    ("PORT-AU-PRINCE, Haiti (AP) — ", "Port-au-Prince", "AP"),   # so do particles between hyphens
    ("MCALLEN, Texas (AP) — ", "McAllen", "AP"),
    ("HOUSTON, TX — ", "Houston", None),
    ("WASHINGTON, D.C. — ", "Washington", None),
    # "CITY, Country, Month Day (Reuters) -" and the other wires' orders
    ("NAIROBI, Kenya, March 4 (Reuters) - ", "Nairobi", "Reuters"),
    ("NEW DELHI, Oct 3 (Reuters) - ", "New Delhi", "Reuters"),
    ("NEW DELHI, Oct. 3 (Reuters) - ", "New Delhi", "Reuters"),
    ("GENEVA, March 4 (Reuters) - ", "Geneva", "Reuters"),
    ("Mumbai, March 4 (IANS) ", "Mumbai", "IANS"),
    ("GUWAHATI, Mar 4 (IANS) - ", "Guwahati", "IANS"),
    ("HYDERABAD, March 4 (PTI): ", "Hyderabad", "PTI"),
    ("SEOUL, March 4 (Yonhap) -- ", "Seoul", "Yonhap"),
    ("UNITED NATIONS (AP) — ", "United Nations", "AP"),
    ("PARIS (Agence France-Presse) — ", "Paris", "AFP"),            # agencies written out
    ("WASHINGTON (The Associated Press) — ", "Washington", "AP"),
    ("Chennai, March 4 (Press Trust of India) ", "Chennai", "PTI"),
    # "CITY (AFP) –" with every dash, and "CITY —" alone
    ("PARIS (AFP) – ", "Paris", "AFP"),
    ("PARIS (AFP) — ", "Paris", "AFP"),
    ("PARIS (AFP) - ", "Paris", "AFP"),
    ("PARIS (AFP) -- ", "Paris", "AFP"),
    ("PARIS (AFP)—", "Paris", "AFP"),
    ("LONDON (Reuters) -", "London", "Reuters"),      # a hyphen glued to the story after the wire's parentheses
    ("LONDON (Reuters)-", "London", "Reuters"),
    ("CHICAGO (AP) \u2212 ", "Chicago", "AP"),       # a minus sign or a Unicode hyphen set for the dash
    ("CHICAGO (AP) \u2010 ", "Chicago", "AP"),
    ("BOSTON — ", "Boston", None),
    ("BOSTON – ", "Boston", None),
    ("LOS ANGELES — ", "Los Angeles", None),
    # a broadcaster's credit is no wire: the place is taken, the credit goes with the dateline
    ("WASHINGTON (CNN) — ", "Washington", None),
    ("(CNN) — ", None, None),
    ("(AFP) — ", None, "AFP"),
    # Indian style: "CITY:" and "CITY, Month Day:"
    ("LUCKNOW: ", "Lucknow", None),
    ("KOLKATA, March 4: ", "Kolkata", None),
])
def test_wire_dateline_forms(head, place, agency):
    lead = split_lead(head + STORY)
    assert (lead.dateline_place, lead.agency) == (place, agency)
    assert lead.text == STORY


@pytest.mark.parametrize("head", [
    "BREAKING: ", "UPDATE: ", "EXCLUSIVE: ", "WATCH: ", "PHOTOS: ", "VIDEO: ", "BREAKING — ", "LIVE: ",
    "EDITORIAL: ", "FILE - ", "CORRECTION: ", "JUST IN: ", "LIVE UPDATES: ", "NASA — ", "FBI: ",
    # a weekday or a word for a day is no place, though some hamlet may be called so: a health wire's
    # "MONDAY, March 4 (HealthDay News) --" and a label "TODAY —"
    "MONDAY, March 4 (HealthDay News) -- ", "TUESDAY, March 5, 2024 (HealthDay News) -- ", "TODAY — ",
    "TONIGHT: ",
])
def test_labels_and_day_words_are_no_dateline(head):
    lead = split_lead(head + STORY)
    assert lead.dateline_place is None and lead.agency is None


@pytest.mark.parametrize("text", [
    "CHINA has warned that the county board would reopen two ferry landings closed since the spring flood.",
    "PARIS is where the county board met on Thursday to reopen two ferry landings, officials said.",
])
def test_a_sentence_opening_with_a_word_in_capitals_is_no_dateline(text):
    assert split_lead(text).dateline_place is None


@pytest.mark.parametrize("headline", [
    "Mumbai: Board to reopen two ferry landings",
    "LONDON: Ferry landings to reopen next week",
    "Kenya: Ferry landings reopen after the flood",
    "Paris — Board votes to reopen ferry landings",
])
def test_a_headline_opening_with_a_place_is_no_dateline(headline):
    lead = split_lead(headline + "\n" + STORY)
    assert lead.dateline_place is None
    assert lead.text.startswith(headline)


def test_a_first_sentence_cut_by_links_keeps_its_dateline():
    # the page set two words as links, so trafilatura broke the first sentence over three lines
    text = ("BHOPAL: A ferry pilot who had tested positive for \nthe virus\n died on Monday, the health "
            "department said on Tuesday. He was the first case in the district.")
    assert split_lead(text).dateline_place == "Bhopal"


def test_a_bare_dateline_with_a_wire_stays_a_dateline_before_a_short_line():
    lead = split_lead("BOSTON (AP) — Ferry landings reopen\n" + STORY)
    assert (lead.dateline_place, lead.agency) == ("Boston", "AP")


@pytest.mark.parametrize("text,place,agency,authors", [
    ("By Jane Doe\nBOSTON (AP) — " + STORY, "Boston", "AP", ["Jane Doe"]),
    ("By JANE DOE\nAssociated Press\nBOSTON (AP) — " + STORY, "Boston", "AP", ["Jane Doe"]),
    ("By Jane Doe and John Roe\nThe Associated Press\nBOSTON — " + STORY, "Boston", "AP", ["Jane Doe", "John Roe"]),
    ("By JANE DOE AP Business Writer\nBOSTON (AP) — " + STORY, "Boston", "AP", ["Jane Doe"]),
    ("By Jane Doe | AFP\nPARIS — " + STORY, "Paris", "AFP", ["Jane Doe"]),
    # a dateline after the page's "Published" line
    ("Published March 4, 2024\nBOSTON (AP) — " + STORY, "Boston", "AP", []),
    # the byline set on two lines: the name, then the wire
    ("Jane Doe\nReuters\nBOSTON (Reuters) - " + STORY, "Boston", "Reuters", ["Jane Doe"]),
    ("Jane Doe\nThe Associated Press\n" + STORY, None, "AP", ["Jane Doe"]),
    # "NEW YORK (AP) --" alone on its line is the dateline, not a name and its wire
    ("NEW YORK (AP) --\n" + STORY, "New York", "AP", []),
])
def test_datelines_under_bylines(text, place, agency, authors):
    lead = split_lead(text)
    assert (lead.dateline_place, lead.agency, lead.authors) == (place, agency, authors)
    assert lead.text.endswith(STORY) and "Jane" not in lead.text and "(AP)" not in lead.text


@pytest.mark.parametrize("line,authors,agency", [
    ("By Jane Doe, Associated Press", ["Jane Doe"], "AP"),
    ("By Jane Doe, The Associated Press", ["Jane Doe"], "AP"),
    ("By Jane Doe, Agence France-Presse", ["Jane Doe"], "AFP"),
    ("Jane Doe, Press Trust of India", ["Jane Doe"], "PTI"),
    ("Jane Doe | Reuters", ["Jane Doe"], "Reuters"),
    ("JANE DOE | AFP", ["Jane Doe"], "AFP"),
    ("By Jane Doe (Reuters)", ["Jane Doe"], "Reuters"),
    ("By The Associated Press", [], "AP"),
    ("Press Trust of India", [], "PTI"),
    # a spaced dash or a slash between the name and the wire
    ("By Jane Doe - Reuters", ["Jane Doe"], "Reuters"),
    ("By Jane Doe — The Associated Press", ["Jane Doe"], "AP"),
    ("By Jane Doe / The Associated Press", ["Jane Doe"], "AP"),
    ("By Jane Doe and John Roe / AFP", ["Jane Doe", "John Roe"], "AFP"),
    # an outlet's acronym closing the byline is no wire, and no part of the name
    ("By Jane Doe, CNN", ["Jane Doe"], None),
    ("By Jane Doe | NPR", ["Jane Doe"], None),
])
def test_byline_forms(line, authors, agency):
    parsed = byline_line(line)
    assert parsed is not None
    assert (parsed.authors, parsed.agency) == (authors, agency)


@pytest.mark.parametrize("line", [
    "Jane Doe / Reuters.",          # a photo credit under a picture: the photographer, not the writer
    "NEW YORK (AP) --",             # a dateline alone on its line
    "By Tuesday, NPR had dropped the show.",
    "By then, CNN",
])
def test_not_bylines(line):
    assert byline_line(line) is None


def test_hyphenated_names_stay_whole_when_dashes_split_a_byline():
    assert parse_byline("By Mary-Jane Doe - Reuters").authors == ["Mary-Jane Doe"]


def test_a_photo_credit_is_not_read_as_the_byline():
    text = STORY + "\n\nJane Doe / Reuters.\n\nThe landings were built in 1950."
    lead = split_lead(text)
    assert lead.authors == [] and lead.agency is None


@pytest.mark.parametrize("text,agency", [
    ("TOKYO (AFP-JIJI) — " + STORY, "AFP"),             # a joint credit of two wires: the first
    ("By Jane Doe, AFP-JIJI\n" + STORY, "AFP"),
    (STORY + "\n— AFP-JIJI", "AFP"),
    ("AFP-JIJI\n" + STORY, "AFP"),
])
def test_a_joint_wire_credit_gives_its_first_wire(text, agency):
    from newsgraph.ingest import make_article

    assert make_article(text, title="Ferry landings", url="https://example.org/a").agency == agency


@pytest.mark.parametrize("text", ["Readers asked for an AP-style guide to the ferry timetable.",
                                  "A Reuters-Ipsos poll found most riders back the landings."])
def test_a_hyphened_word_with_a_wires_name_is_no_credit(text):
    from newsgraph.ingest.byline import find_agency

    assert find_agency(text) is None


@pytest.mark.parametrize("line,authors,agency", [
    ("By Jane DOE / AFP", ["Jane Doe"], "AFP"),          # the surname in capitals, as wire copy prints it
    ("By Jane Doe for AFP", ["Jane Doe"], "AFP"),        # a freelancer's story for the wire
    ("By Jane Doe For The Associated Press", ["Jane Doe"], "AP"),
    ("By Jane Doe for The Harbour Herald", ["Jane Doe"], None),
])
def test_more_byline_forms(line, authors, agency):
    parsed = byline_line(line)
    assert parsed is not None and (parsed.authors, parsed.agency) == (authors, agency)


def test_a_name_and_an_outlets_acronym_is_no_person():
    assert byline_line("By Tom Roe CNN") is None
    assert parse_byline("By CNN Business").authors == []
    # a desk and its outlet's initials (short, or without a vowel) are no given name and surname
    assert parse_byline("Redaktion HZ").authors == []
    assert parse_byline("Research KBF").authors == []
    assert parse_byline("Chokri BENSALEM").authors == ["Chokri Bensalem"]


@pytest.mark.parametrize("text,authors", [
    ("By JANE DOE", ["Jane Doe"]),                       # capitals are title-cased, whole or surname only
    ("By Jane DOE", ["Jane Doe"]),
    ("By Marie-Claire DE VRIES", ["Marie-Claire De Vries"]),
    ("By Ann KWAN", ["Ann Kwan"]),
    ("By Ann KNOX", ["Ann Knox"]),                       # K and N open English surnames: no call letters
    ("By Jane DOE, AFP", ["Jane Doe"]),
])
def test_a_surname_in_capitals_is_title_cased_like_a_name_all_in_capitals(text, authors):
    assert parse_byline(text).authors == authors


@pytest.mark.parametrize("line", ["By Maria ABC", "By Maria KTLA", "By Tom WFAA", "By Maria CNBC",
                                  "By Jane DOE NBC"])
def test_an_outlets_initials_or_call_letters_after_a_name_are_no_surname(line):
    assert parse_byline(line).authors == []
    assert byline_line(line) is None
