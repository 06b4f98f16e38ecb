"""Session 50 (lead): kinds counted over the 2,184 real texts outside every gold set, tested on sentences of our
own."""
from __future__ import annotations

import newsgraph

from actor_helpers import actor_named as _actor


# -- "Justice" as a judge's style before the name (kb JUDGE_STYLES; person_names) -----------------------------------

def test_a_justice_named_with_the_style_is_a_judge():
    text = "OTTAWA — Justice Mary Okafor rejected the appeal on Monday. Mr Justice Reed criticised the lawyers."
    assert _actor(text, "Mary Okafor").code == "CANJUD"
    assert _actor(text, "Reed").code == "CANJUD"


def test_a_justice_minister_or_a_department_spokesman_keeps_the_title_that_names_the_role():
    text = ("NAIROBI — Justice Minister Ali Wanjiru met the envoy on Monday. "
            "Justice Department spokesman Peter Otieno said the firm had lied.")
    assert _actor(text, "Ali Wanjiru").code == "KENGOV"
    assert _actor(text, "Peter Otieno").code.endswith("GOV")


def test_justice_as_a_plain_noun_names_no_judge():
    events = newsgraph.analyse("Families demanded justice for the victims on Monday.", published="2024-06-19").events
    assert all(e.target_code is None or "JUD" not in e.target_code for e in events)


# -- a country's name the geo stage reads, every time, as a town of another country (DocView.state_country) --------

def _events(text: str, published: str = "2024-06-19"):
    return newsgraph.analyse(text, published=published).events


def test_a_town_named_like_a_country_gives_its_officials_the_towns_country():
    events = _events("Peru, Indiana, held its spring fair on Saturday. Peru Mayor Tom Hill praised the volunteers, "
                     "and Peru's police chief thanked the county sheriff.")
    codes = {e.source_text: e.source_code for e in events if e.cameo_code.startswith("05")}
    assert codes["Peru Mayor Tom Hill"] == "USAGOV"
    assert codes["Peru's police chief"] == "USACOP"


def test_the_country_of_that_name_stays_the_country():
    events = _events("LIMA — Peru's president met the Chilean envoy on Monday. Peru Mayor Tom Hill praised the "
                     "volunteers.")
    codes = {e.source_text: e.source_code for e in events}
    assert codes["Peru's president"] == "PERGOV"
    assert codes["Peru Mayor Tom Hill"] == "PERGOV"


# -- straight and curly double marks close each other's quotes (quotes.marks) ---------------------------------------

def test_a_quote_opened_straight_and_closed_curly_ends_at_its_closing_mark():
    from newsgraph.quotes.marks import find_quoted_spans

    text = '"The plan has failed. Nobody can deny it,\u201d Ruiz said. \u201cWe will vote against it."'
    quoted = [text[s.start:s.end] for s in find_quoted_spans(text)]
    assert quoted == ['"The plan has failed. Nobody can deny it,\u201d', '\u201cWe will vote against it."']


def test_a_mixed_mark_quote_is_its_named_speakers_not_the_one_before():
    text = ("The report said the budget had grown by a third, the agency reported on Monday.\n\n"
            '"The budget is out of control. Nobody checks it,\u201d Senator Ana Ruiz said in a statement. '
            '\u201cThe minister must resign. He has failed the taxpayers."')
    quotes = newsgraph.analyse(text, published="2024-06-19").quotes
    mine = [q for q in quotes if "out of control" in q.text or "must resign" in q.text]
    assert mine and all(q.speaker_name == "Ana Ruiz" for q in mine)


def test_a_quote_inside_a_quote_typed_in_the_other_style_does_not_close_it():
    from newsgraph.quotes.marks import find_quoted_spans

    text = '"We called it \u201ca farce\u201d twice," Ruiz said. \u201cThey said "no" to us,\u201d she added.'
    quoted = [text[s.start:s.end] for s in find_quoted_spans(text)]
    assert quoted[0].endswith('twice,"') and quoted[1].endswith('to us,\u201d')


# -- a weak title held in a named organisation the phrase could not read yet (employers.sector_of_named_employer) ---

def test_a_spokesman_for_a_named_aid_group_takes_its_codes():
    assert _actor("Mark Diaz, a spokesman for the Kenya Red Cross, said the floods had cut two roads.",
                  "Mark Diaz").code == "KENNGO"


def test_a_spokeswoman_for_a_name_of_unknown_kind_gets_no_sector():
    assert _actor("Lina Vos, a spokeswoman for Zentrix, said the floods had cut two roads.", "Lina Vos").code == "---"


# -- the words of an in-phrase condition are its cue (events/conditions.in_case) --------------------------------------

def test_an_in_phrase_condition_is_named_by_its_own_words():
    from newsgraph.events.conditions import in_case
    from newsgraph.nlp.model import load_nlp

    doc = load_nlp()("In the event the navy shells the harbour, the militia will leave the island.")
    shells = next(t for t in doc if t.text == "shells")
    assert in_case(shells) == "In the event"
    doc = load_nlp()("In this case troops arrested the mayor on Friday.")
    assert in_case(next(t for t in doc if t.text == "arrested")) is None


# -- a research fellow is of the body the post is held in (kb POSITION_NOUNS) ----------------------------------------

def test_a_senior_fellow_at_an_institute_is_of_the_institute():
    assert _actor("Tom Reed, a senior fellow at the Brennan Institute, said the talks had failed.", "Tom Reed").sector \
        == "EDU"


def test_fellow_as_a_modifier_names_no_research_post():
    events = newsgraph.analyse("His fellow Democrats criticized the senator on Monday.", published="2024-06-19").events
    assert [e.source_code for e in events if e.cameo_code.startswith("11")] == ["USAPTY"]
    text = "Saudi Arabia imposed sanctions on Canada, a fellow US ally."
    events = newsgraph.analyse(text, published="2024-06-19").events
    assert [e.target_code for e in events if e.cameo_code == "163"] == ["CAN"]


def test_a_side_ending_a_headline_line_has_no_line_break_in_its_words():
    text = ("Ministers approve arms sale to Saudi Arabia\n"
            "The cabinet approved the sale of tanks to Saudi Arabia on Monday.")
    targets = [e.target_text for e in newsgraph.analyse(text, published="2024-06-19").events if e.target_text]
    assert targets and all(t == t.strip() for t in targets)


def test_a_member_or_associate_of_a_named_body_takes_its_sector():
    assert _actor("Tom Reed, a longtime member of the Republican Party, criticized the plan.", "Tom Reed").code \
        == "USAPTY"
    assert _actor("Tom Reed, a board member of the Kenya Red Cross, praised the donors.", "Tom Reed").code == "KENNGO"
    assert _actor("Tom Reed, a senior associate at the Brennan Institute, said the plan would fail.",
                  "Tom Reed").sector == "EDU"


def test_a_member_of_the_public_or_of_an_unknown_body_gets_no_sector():
    assert _actor("Tom Reed, a member of the public, criticized the plan.", "Tom Reed").code == "---"
    assert _actor("Tom Reed, a member of Zentrix, criticized the plan.", "Tom Reed").code == "---"


# -- a headline line ending in a capitalised "US" or an adverb still ends with its line (nlp/paragraphs) -------------

def test_a_headline_ending_in_us_is_a_sentence_of_its_own():
    text = ("Mexico pledges new pumps to stop sewage flowing into US\n"
            "The Mexican government announced on Monday that work on the pumps would start within ten days.")
    events = newsgraph.analyse(text, published="2024-06-19").events
    assert [(e.sentence, e.source_code) for e in events if e.cue == "announced"] == [(1, "MEXGOV")]


def test_a_first_line_ending_in_a_word_that_leads_on_still_runs_on():
    from newsgraph.nlp.model import load_nlp

    doc = load_nlp()("The minister said that\nthe rebels had left the town on Monday.")
    assert len(list(doc.sents)) == 1
