"""Actors, session 20 (issues 12 and 11, branch act20): the first word of an organisation's name that says
what kind of body it is ("Union", a knowledge-base word for a labour union) is not read as the town of that
name (Union, New Jersey), so a foreign party called "Union ... Party" is not coded American. Every text here
is written for these tests."""
from __future__ import annotations

from test_actors_context import at, pipe, run  # noqa: F401  (pipe: the shared geo + actors pipeline fixture)


def test_party_named_union_is_not_a_us_town(pipe):
    text = ("NAIROBI, Kenya - The Union Progress Party lost most of its seats in the vote on Sunday, officials "
            "said. The party's leader told supporters in Nairobi that it would accept the result. Kenya's "
            "electoral commission said counting would end on Wednesday.")
    a = run(pipe, text)
    party = at(a, "The Union Progress Party")
    assert party.country != "USA"
    assert party.country == "KEN"          # the story's country, as for any party the text does not place


def test_body_named_after_a_town_still_takes_its_country(pipe):
    text = ("The Toronto Police Service said on Friday that two men had been arrested after a robbery. The "
            "Toronto Police Service asked witnesses to come forward.")
    a = run(pipe, text)
    assert at(a, "The Toronto Police Service").country == "CAN"


# ------------------------------------------------------------------ a capital words are addressed to
def test_capital_a_message_is_addressed_to_is_its_government(pipe):
    text = ("The German foreign minister spoke in Berlin on Monday. In a message to Moscow, the minister said "
            "the talks could resume in May.")
    a = run(pipe, text)
    moscow = at(a, "Moscow")
    assert moscow is not None and moscow.code == "RUSGOV"


def test_capital_a_trip_goes_to_is_a_place(pipe):
    text = ("The German foreign minister spoke in Berlin on Monday. The minister will fly to Moscow in May, "
            "and flights to Moscow were full.")
    a = run(pipe, text)
    assert all(x.code != "RUSGOV" for x in a.actors)


# ------------------------------------------------------------------ "the assembly" after a named assembly
def test_the_assembly_refers_back_to_the_assembly_named_before(pipe):
    text = ("KUMASI, Ghana - The Kumasi Metropolitan Assembly met on Tuesday to discuss the market fire. The "
            "assembly voted to rebuild the market. Traders criticized the assembly for its slow response.")
    a = run(pipe, text)
    named = at(a, "The Kumasi Metropolitan Assembly")
    assert named is not None and at(a, "the assembly") is named


def test_freedom_of_assembly_is_no_actor(pipe):
    text = ("ACCRA, Ghana - Students marched through Accra on Tuesday. The students demanded freedom of assembly "
            "and an end to arrests.")
    a = run(pipe, text)
    assert all("assembly" not in x.name.lower() for x in a.actors)
