"""Datelines in scraped text that lost the page's layout (ingest/dateline_scraped.py, hooked into
`dateline.split_lead`): a place in capitals without its dash, a reporter's name and town opening the story,
a caption or standfirst run into the story's first paragraph before its dateline; and the dateline forms
such scrapes also garble (a dash decoded as U+FFFD, a press wire's emptied parentheses, places joined by
"&"). What each must leave alone is tested beside it. Paragraphs are our own."""
from __future__ import annotations

import pytest

from newsgraph.ingest.dateline import split_lead

STORY = ("harbour board voted on Thursday to reopen two ferry landings that a spring flood had closed, "
         "and officials said the first boats would sail next week.")


@pytest.mark.parametrize("text,place", [
    ("SAN DIEGO Port officials said on Thursday that two ferry landings closed by a spring flood would "
     "reopen next week after repairs.", "San Diego"),
    ("CHICAGO The " + STORY, "Chicago"),                     # one word: a function word must follow
    ("OKLAHOMA CITY The " + STORY, "Oklahoma City"),
])
def test_a_place_in_capitals_whose_dash_the_scrape_lost(text, place):
    lead = split_lead(text)
    assert lead.dateline_place == place
    assert lead.text.startswith(("Port officials", "The harbour"))
    assert lead.removed[0]["rule"] == "dateline.no-dash"


@pytest.mark.parametrize("text", [
    "PARIS Hilton opened a new shop on Thursday near the harbour, and fans queued for hours to see her arrive.",
    "JORDAN Henderson scored twice on Thursday as the visitors came from behind to win the cup tie at the harbour.",
    "GEORGIA The state board voted on Thursday to reopen two ferry landings that a spring flood had closed last year.",
    "THIS is the first picture of the ferry that ran aground on Thursday near the harbour after a spring flood.",
    "BREAKING The " + STORY,                                  # a label, not a place
    "SMALLVILLE The " + STORY,                                # a place the gazetteer does not know
    "SAN DIEGO Port officials said so.",                      # not a paragraph of prose
])
def test_capitals_opening_a_sentence_are_not_taken_for_a_dateline(text):
    lead = split_lead(text)
    assert lead.dateline_place is None and lead.text == text


def test_a_reporter_and_the_town_they_file_from():
    lead = split_lead("From Ada Okafor, Enugu. The state government on Monday opened a road that links two "
                      "markets in the east of the city.")
    assert (lead.dateline_place, lead.authors) == ("Enugu", ["Ada Okafor"])
    assert lead.text.startswith("The state government")
    glued = split_lead("Ada Okafor,Enugu. The state government on Monday opened a road that links two markets "
                       "in the east of the city.")
    assert (glued.dateline_place, glued.authors) == ("Enugu", ["Ada Okafor"])


@pytest.mark.parametrize("text", [
    # two places, not a name and a place
    "Port Harcourt, Rivers. The state government on Monday opened a road that links two markets in the city.",
    # a longer first sentence is prose
    "Ada Okafor, a trader in Enugu, said the state government on Monday opened a road that links two markets.",
])
def test_a_name_and_a_place_that_are_not_a_reporters_line(text):
    lead = split_lead(text)
    assert lead.dateline_place is None and lead.authors == []


def test_a_dateline_after_a_caption_run_into_the_first_paragraph():
    text = ("A ferry docks at the pier on Sunday. Photo by Ana Ruiz/Harbour Daily. LISBON, Portugal – The port "
            "authority said on Monday that two landings would reopen next week.")
    lead = split_lead(text)
    assert lead.dateline_place == "Lisbon" and lead.dateline_region == "Portugal"
    # the caption's words stay (cleaning, not this rule, judges them); the dateline goes
    assert lead.text == ("A ferry docks at the pier on Sunday. Photo by Ana Ruiz/Harbour Daily. The port "
                         "authority said on Monday that two landings would reopen next week.")
    assert lead.removed == [{"kind": "dateline", "text": "LISBON, Portugal –", "rule": "dateline.after-lead-in"}]


def test_a_standfirst_and_a_byline_run_into_the_first_paragraph():
    lead = split_lead("Will the new dam hold through the rainy season? By Mark T. Olsen. CAIRO, May 3 (Reuters) - "
                      "Engineers said on Tuesday that the dam's walls had passed their last test.")
    assert (lead.dateline_place, lead.agency, lead.authors) == ("Cairo", "Reuters", ["Mark T. Olsen"])
    assert lead.text == ("Will the new dam hold through the rainy season? Engineers said on Tuesday that the "
                         "dam's walls had passed their last test.")
    # an empty byline ("By" and no name) before the dateline goes with it
    empty = split_lead("Officials at the dam on Monday/FILE. By NAIROBI, Kenya, May 3 – Engineers said on Tuesday "
                       "that the dam's walls had passed their last test.")
    assert empty.dateline_place == "Nairobi" and empty.text.startswith("Officials at the dam on Monday/FILE. Engineers")


@pytest.mark.parametrize("text", [
    # a bare "PLACE –" inside a paragraph: a heading or a name, not the strong form
    "Two landings reopen next week. BERLIN – the city that hosts the fair – sent a delegation to the harbour "
    "on Thursday to see the work.",
    # a place in normal case
    "Two landings reopen next week. Lisbon, Portugal – the city that hosts the fair – sent a delegation on Thursday.",
    # too far into the paragraph to be a caption's end
    "The harbour board met for six hours. " * 12 + "LISBON, Portugal – The port authority said on Monday.",
])
def test_a_place_inside_a_paragraph_that_is_no_dateline(text):
    assert split_lead(text).dateline_place is None


@pytest.mark.parametrize("head,place,agency", [
    ("KYIV (AP) \ufffd ", "Kyiv", "AP"),                          # the dash decoded wrongly
    ("AUSTIN, Texas--( )--", "Austin", None),                     # a press wire's name emptied by the scrape
    ("LIMA & QUITO, June 3, 2024 -- ", "Lima", None),             # joined by "&": the first place
    ("LIMA & QUITO,, June 3, 2024 -- ", "Lima", None),            # a doubled comma before the date
    ("GENEVA, April 5 (Thomson Reuters Foundation) - ", "Geneva", "Thomson Reuters Foundation"),
])
def test_garbled_dateline_forms(head, place, agency):
    lead = split_lead(head + "The " + STORY)
    assert (lead.dateline_place, lead.agency) == (place, agency)
    assert lead.text.startswith("The harbour board")


def test_a_firm_joined_by_an_ampersand_is_no_dateline():
    lead = split_lead("Johnson & Johnson (Reuters) - The " + STORY)
    assert lead.dateline_place is None


def test_a_byline_with_its_outlet_and_time_stamp_and_no_by():
    lead = split_lead("Mara J. Ellison Jr., The Harbour Herald March 4, 2024 2:36 pm. The " + STORY)
    assert lead.authors == ["Mara J. Ellison Jr"] and lead.text.startswith("The harbour board")
    assert lead.removed[0]["rule"] == "byline.stamped"
    # the outlet's credit opening the story after the stamp is split off as a dateline without a place
    credit = split_lead("Tom Reyes, Harbour News March 4, 2024 03:09 PM. (Harbour News) -- The " + STORY)
    assert credit.authors == ["Tom Reyes"] and credit.text.startswith("The harbour board")
    # without the outlet after the comma it is a sentence, not a byline
    prose = "Mara Ellison, who chairs the board March 4, 2024 meeting, said the " + STORY
    assert split_lead(prose).authors == []


def test_a_byline_set_apart_by_a_bar_and_glued_to_the_story():
    lead = split_lead("By Ama Mensah | The " + STORY)
    assert lead.authors == ["Ama Mensah"] and lead.text.startswith("The harbour board")
    assert split_lead("By the river | The " + STORY).authors == []


def test_a_byline_sentence_after_a_caption_run_into_the_story():
    lead = split_lead("Elders at the town hall on Monday. By Ngozi Eze/Tunde Bello. The council of elders said it "
                      "would oppose any plan to move the market away from the river bank.")
    assert lead.authors == ["Ngozi Eze", "Tunde Bello"]
    assert lead.text.startswith("Elders at the town hall on Monday. The council of elders")
    # "By <time>." is no byline
    text = ("The council met on Monday. By Friday. The elders said they would oppose any plan to move the market "
            "away from the river bank.")
    assert split_lead(text).authors == []


# A headline glued to the story's first paragraph (a scrape that joined the title and the lead): the lead's
# dateline after it, in the forms wires and papers write (session 17). Paragraphs are our own.
HEADLINE = "Council backs a longer season for the ferries. "


@pytest.mark.parametrize("head,place,agency", [
    ("CHICAGO — ", "Chicago", None),                    # a bare place in capitals: a city of 100,000 or more
    ("NEW YORK - ", "New York", None),                  # the gazetteer's best reading is the state; also a city
    ("ROME: ", "Rome", None),                           # short, but no acronym
    ("Springfield (AFP) – ", "Springfield", "AFP"),      # a wire's dateline in normal case
    ("Dec 4 (Reuters) - ", None, "Reuters"),             # a date and a wire, no place
    ("PORTLAND, Maine -- ", "Portland", None),          # the strong form, as before
])
def test_a_dateline_after_a_headline_glued_to_the_first_paragraph(head, place, agency):
    lead = split_lead(HEADLINE + head + "The " + STORY)
    assert (lead.dateline_place, lead.agency) == (place, agency)
    # the headline's words stay (cleaning judges them); the dateline goes
    assert lead.text == HEADLINE + "The " + STORY
    assert lead.removed[-1]["rule"] == "dateline.after-lead-in"


def test_a_headline_closing_with_a_quote_before_the_dateline():
    lead = split_lead("Mayor calls the ferry plan 'a costly mistake.' BOSTON — The " + STORY)
    assert lead.dateline_place == "Boston"


@pytest.mark.parametrize("text", [
    # a state or a country in capitals opens a heading as often as a story
    HEADLINE + "IOWA — The " + STORY,
    HEADLINE + "JORDAN — The " + STORY,
    # a town under 100,000 people needs its region, date or wire there
    HEADLINE + "ATLANTIC CITY — The " + STORY,
    # not at the first sentence that a word in capitals opens: a heading's or a quote's words came first
    "Residents gathered on the pier. NO PARKING signs went up overnight. CHICAGO — The " + STORY,
    # a place in normal case without a wire, and a lawmaker's party and state in parentheses
    HEADLINE + "Chicago — The " + STORY,
    HEADLINE + "Sen. Jane Roe (R-Texas) — who chairs the panel — said on Thursday the ferries would run.",
])
def test_capitals_after_a_glued_headline_that_are_no_dateline(text):
    lead = split_lead(text)
    assert lead.dateline_place is None and lead.agency is None and lead.text == text
