"""Session 29 (issue 13, branch date30): dateline kinds of wire copy and web pages no earlier pool showed
(ingest/dateline.py, dateline_scraped.py, clean.py). Sentences are our own."""
from __future__ import annotations

import pytest

from newsgraph.ingest.clean import make_article
from newsgraph.ingest.dateline import read_dateline, split_lead

STORY = ("The harbour board voted on Tuesday to reopen two ferry landings that a spring storm had closed, "
         "and officials said the first boats would sail again next week.")


# plain-text wire copy of the 1990s: an underscore glued to the wire's parentheses stands for the dash
@pytest.mark.parametrize("head,place,agency", [
    ("CANBERRA, Australia (AP)_ ", "Canberra", "AP"),
    ("THE HAGUE, Netherlands (AP)_ ", "The Hague", "AP"),
    ("ADDIS ABABA, Ethiopia (AP)_ ", "Addis Ababa", "AP"),
    ("O'SMACH, Cambodia (AP)_ ", "O'Smach", "AP"),
    ("MOSCOW (AP)_ ", "Moscow", "AP"),
    ("HAVANA (AP ) -- ", "Havana", "AP"),                 # a stray space inside the parentheses
    ("WARSAW, March 4 (Xinhua) -- ", "Warsaw", "Xinhua"),
])
def test_underscore_glued_to_the_wire(head, place, agency):
    lead = split_lead(head + STORY)
    assert (lead.dateline_place, lead.agency) == (place, agency)
    assert lead.text.startswith("The harbour board")


@pytest.mark.parametrize("head,place,agency", [
    ("NAIROBI, Kenya (AP) _\n\n", "Nairobi", "AP"),       # the dateline on its own paragraph
    ("WASHINGTON (AP) --\n\n", "Washington", "AP"),
    ("INDEPENDENCE, MO. (AP)--\n\n", "Independence", "AP"),
    ("BRUSSELS, December 2 (Xinhua) --\n\n", "Brussels", "Xinhua"),
    ("WASHINGTON _\n\n", "Washington", None),
])
def test_dateline_on_its_own_paragraph(head, place, agency):
    lead = split_lead(head + STORY)
    assert (lead.dateline_place, lead.agency) == (place, agency)
    assert lead.text.startswith("The harbour board")


@pytest.mark.parametrize("text", [
    "(Undated)\n\n" + STORY,
    "March 04, 2009\n\n" + STORY,                          # a date line is no dateline
    "GOODY WIDGETS Inc. cut its quarterly dividend to four cents a share from nine cents, the company said.",
    "HARBOURLAND's bold move into ferry tourism could not have come at a better time for the island's traders.",
    "Live from Springfield, good evening, I'm Jane Doe with the news. " + STORY,
    "Good evening from the old harbour in Springfield, where the ferries are running again. " + STORY,
])
def test_wire_and_transcript_openings_without_dateline(text):
    lead = split_lead(text)
    assert lead.dateline_place is None and lead.agency is None


# an outlet's name without parentheses: "Place CNN —", "CNN —"
@pytest.mark.parametrize("head,place,agency", [
    ("Hong Kong CNN — ", "Hong Kong", None),
    ("Washington CNN — ", "Washington", None),
    ("Washington\u00a0CNN\u00a0\u2014\u00a0", "Washington", None),
    ("CNN — ", None, None),
    ("NAIROBI AFP — ", "Nairobi", "AFP"),
])
def test_place_and_outlet_without_parentheses(head, place, agency):
    lead = split_lead(head + STORY)
    assert (lead.dateline_place, lead.agency) == (place, agency)
    assert lead.text.startswith("The harbour board")


@pytest.mark.parametrize("head", [
    "Jane Doe CNN — ",          # a name, not a place
    "Springfield FBI — ",       # an agency of government, not an outlet
    "Harbour Board CNN — ",
    "NATO — ",
])
def test_no_place_outlet_dateline(head):
    lead = split_lead(head + STORY)
    assert lead.dateline_place is None
    assert lead.agency is None


def test_read_dateline_place_outlet():
    dl = read_dateline("Hong Kong CNN — The harbour board met.")
    assert dl is not None and dl.place == "Hong Kong" and dl.agency is None


# a caption run into the story's first paragraph, closed by its photo credit, then the dateline
@pytest.mark.parametrize("caption,head,place,agency", [
    ("Workers mend a ferry landing on Monday. (AP Photo/Jane Doe)", "KYIV, Ukraine (AP) — ", "Kyiv", "AP"),
    ("Workers mend a ferry landing on Monday. (AP Photo/Jane Doe) ", "KYIV, Ukraine (AP) — ", "Kyiv", "AP"),
    ("Workers mend a ferry landing in Lagos, Nigeria, March 4, 2024. REUTERS/Jane Doe",
     "LAGOS, March 4 (Reuters) - ", "Lagos", "Reuters"),
    ("Workers mend a ferry landing in Lagos, Nigeria, March 4, 2024. REUTERS/Jane Doe ",
     "LAGOS, March 4 (Reuters) - ", "Lagos", "Reuters"),
    ("Workers mend a ferry landing. Jane Doe/Getty Images", "NAIROBI, Kenya — ", "Nairobi", None),
])
def test_dateline_after_a_caption_credit(caption, head, place, agency):
    lead = split_lead(caption + head + STORY)
    assert (lead.dateline_place, lead.agency) == (place, agency)
    first, _, rest = lead.text.partition("\n")
    assert first.startswith("Workers mend") and rest.startswith("The harbour board")


@pytest.mark.parametrize("text", [
    "Residents can call and/or EMAIL, the county said, and the board will answer every question by Friday "
    "afternoon at the latest.",
    "The vote (a close one) MADE, as one member put it, the harbour board's week; officials said the first "
    "boats would sail again next week.",
])
def test_no_dateline_after_slash_or_parenthesis(text):
    assert split_lead(text).dateline_place is None


# a furniture label glued to the dateline: cut before the dateline is read (clean.make_article)
@pytest.mark.parametrize("head,place,agency", [
    ("ADVERTISEMENTKYIV, Ukraine (AP) — ", "Kyiv", "AP"),
    ("ADVERTISEMENT KYIV, Ukraine (AP) — ", "Kyiv", "AP"),
    ("AdvertisementWASHINGTON (AP) — ", "Washington", "AP"),
    ("ADVERTISEMENTWASHINGTON — ", "Washington", None),
])
def test_glued_ad_label_before_dateline(head, place, agency):
    art = make_article(head + STORY + "\n\n" + STORY)
    assert (art.dateline_place, art.agency) == (place, agency)
    assert art.text.startswith("The harbour board")
    assert any(r["text"].lower() == "advertisement" for r in art.removed)


def test_glued_ad_label_without_dateline():
    art = make_article("ADVERTISEMENT" + STORY)
    assert art.dateline_place is None and art.text.startswith("The harbour board")
