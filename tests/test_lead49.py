"""Session 49 (lead): kinds read on real news outside every gold set (TR-News, GeoWebNews and GeoVirus pages no
engineer's pool held), tested on sentences of our own."""
from __future__ import annotations

import newsgraph

from actor_helpers import actor_named as _actor


# -- a title held in a body named by a noun and its modifier (phrases._body_sector) ---------------------------------

def test_a_spokesman_for_the_rebel_group_is_of_the_rebels():
    assert _actor("Omar Dalu, a spokesman for the rebel group, said the army had shelled two villages.",
                  "Omar Dalu").sector == "REB"


def test_a_spokeswoman_for_an_advocacy_group_is_of_no_government():
    assert _actor("Lena Ortiz, a spokeswoman for the advocacy group, said the new rules were unfair.",
                  "Lena Ortiz").sector == "NGO"


def test_a_spokesman_for_the_militia_is_of_the_militia():
    assert _actor("Kofi Aban, a spokesman for the militia, said its fighters had left the town.",
                  "Kofi Aban").sector == "UAF"


def test_a_spokesman_for_a_ministry_or_a_state_agency_stays_government():
    assert _actor("Tom Hale, a spokesman for the ministry, said the talks would go on.", "Tom Hale").sector == "GOV"
    assert _actor("Tom Hale, a spokesman for the state agency, said the talks would go on.",
                  "Tom Hale").sector == "GOV"


def test_a_spokesman_for_a_plain_group_takes_no_sector_from_the_group():
    # "the group" alone says nothing of what it is: the title's own default stays
    assert _actor("Tom Hale, a spokesman for the group, said the talks would go on.", "Tom Hale").sector == "GOV"


# -- a state's police command is the police (kb vocab v-police-command-lead53) ----------------------------------------

def test_a_state_police_command_is_the_police_not_the_army():
    events = newsgraph.analyse("ABUJA - The Kaduna State Police Command said on Sunday it had arrested six suspects "
                               "over the theft of cattle.", published="2024-06-19").events
    said = [e for e in events if e.cue == "said"]
    assert said and said[0].source_code == "NGACOP"


def test_an_army_command_stays_military():
    events = newsgraph.analyse("The army command said its units had repelled an attack on a base in the north.",
                               published="2024-06-19").events
    assert any(e.source_code and e.source_code.endswith("MIL") for e in events if e.cue == "said")


# -- a link to an earlier story, label and headline, is dropped (ingest boilerplate bp.earlier.headline-lead53) ------

def test_an_earlier_story_headline_line_codes_nothing():
    text = ("HALIFAX - The health minister resigned on Monday.\n\n"
            "Earlier: Dockers attacked a police station in the port\n\n"
            "The minister left office the same day.")
    assert not [e for e in newsgraph.analyse(text, published="2024-06-19").events if e.cameo_code.startswith("1")]


def test_a_sentence_opening_with_earlier_stays_news():
    text = ("HALIFAX - The health minister resigned on Monday.\n\n"
            "Earlier, dockers attacked a police station in the port.\n\n"
            "The minister left office the same day.")
    assert [e for e in newsgraph.analyse(text, published="2024-06-19").events if e.cameo_code.startswith("1")]


# -- a double-barrelled surname alone is the person named in full with it (surnames.hyphened_surnames) ----------------

def _said_and_criticised(text: str):
    events = newsgraph.analyse(text, published="2024-06-19").events
    return [e for e in events if e.cue == "said"], [e for e in events if e.cue == "criticized"]


def test_a_hyphenated_surname_alone_is_the_person_named_in_full():
    said, criticised = _said_and_criticised("Mayor Ann Teller-Vance criticized the budget on Monday. Teller-Vance "
                                            "said the cuts would close two clinics.")
    assert len(said) == 1 and criticised
    assert said[0].source_actor_id == criticised[0].source_actor_id
    assert said[0].source_code and said[0].source_code.endswith("GOV")


def test_the_hyphenated_words_of_another_name_are_not_the_person():
    # "Teller-Vance" is the mayor; a hyphenated "Vance-Teller" is someone else
    said, criticised = _said_and_criticised("Mayor Ann Teller-Vance criticized the budget on Monday. Vance-Teller "
                                            "said the cuts would close two clinics.")
    assert said and criticised
    assert said[0].source_actor_id != criticised[0].source_actor_id


def test_a_media_office_inside_a_ministry_is_the_ministrys():
    # a unit of a named body is that body's: the modifier of "media office" gives no media sector here
    assert _actor("Lena Kovac, the chief of the media office for the Interior Ministry, rejected the report.",
                  "Lena Kovac").sector == "GOV"
    assert _actor("Lena Kovac, head of the media office in the Interior Ministry, rejected the report.",
                  "Lena Kovac").sector == "GOV"


# -- a golfer talking with another in a golf story is no meeting (SE-sports-games, noun set SPORTS) ------------------

_GOLF = ("SAN DIEGO - The former champion shot a two-under 70 on Thursday, with three birdies and a bogey, and sits "
         "four shots back after the first round of the tournament. He missed two fairways on the back nine. ")


def test_golfers_talking_in_a_golf_story_is_no_meeting():
    text = _GOLF + "Afterwards Pedro Alves spent an hour talking with Jon Reyes on the practice green."
    assert not [e for e in newsgraph.analyse(text, published="2024-06-19").events if e.cameo_code.startswith("04")]


def test_ministers_talking_with_each_other_outside_sports_stays_a_meeting():
    text = ("SAN DIEGO - The two trade ministers met on Thursday. Afterwards Mexico's trade minister spent an hour "
            "talking with the U.S. trade representative about steel quotas.")
    assert [e for e in newsgraph.analyse(text, published="2024-06-19").events if e.cameo_code.startswith("04")]


# -- "in case" / "in the event" opening a clause is its condition (events/conditions.in_case, CONDITION_NOUNS) --------

def _modality_of(text: str, cue: str) -> set[str]:
    return {e.modality for e in newsgraph.analyse(text, published="2024-06-19").events if e.cue == cue}


def test_in_the_event_opening_a_clause_makes_its_act_hypothetical():
    assert _modality_of("In the event the navy shells the harbour, the militia will leave the island.",
                        "shells") == {"hypothetical"}
    assert _modality_of("In case troops arrest the mayor, the council will call a strike.", "arrest") == {"hypothetical"}


def test_in_this_case_is_no_condition():
    assert _modality_of("In this case troops arrested the mayor on Friday.", "arrested") == {"asserted"}
