"""Actors, session 14 (lead): a name in apposition to a title that ends in a place ("the mayor of Lyon, Jean
Dupont") belongs to the title's holder, not to the place; a city the recogniser labelled as an organisation or a
person and the geo stage placed is no actor, and no evidence for another country. Every text here is written for
these tests."""
from __future__ import annotations

from test_actors_context import at, pipe, run  # noqa: F401  (pipe: the shared geo + actors pipeline fixture)


# ------------------------------------------------------------------ the apposition names the title's holder
def test_a_name_after_a_title_ending_in_a_city_is_the_titles_holder(pipe):
    a = run(pipe, "The mayor of Lyon, Jean Dupont, said the city would pay for the repairs.")
    person = at(a, "Jean Dupont")
    assert person.code == "FRAGOV" and person.country_source == "place"
    assert at(a, "The mayor") is person            # one actor, not a mayor and a man beside him
    assert "Lyon" not in person.aliases            # the city is no name of his


def test_the_title_may_run_through_a_body_before_the_place(pipe):
    a = run(pipe, "The head of the fire service in Kano, Ahmed Bello, told reporters the blaze was out.")
    person = at(a, "Ahmed Bello")
    assert person.country == "NGA" and "Kano" not in person.aliases
    assert at(a, "The head") is person


def test_an_apposition_after_the_name_places_it_through_its_of_phrase(pipe):
    a = run(pipe, "Ahmed Bello, the head of the fire service in Kano, said the blaze was out.")
    assert at(a, "Ahmed Bello").country == "NGA"


def test_a_place_in_apposition_to_a_place_is_not_a_title(pipe):
    # "Paris, France": no role word above the place, so nothing is re-attached and no person appears
    a = run(pipe, "A fire in a theatre in Paris, France, injured two people on Sunday.")
    assert all(x.kind != "PERSON" for x in a.actors)


# ------------------------------------------------------------------ a placed city is no actor
def test_a_city_the_recogniser_called_an_organisation_is_no_actor(pipe):
    text = ("An explosion at a market in the eastern city of Tabriz injured twelve people, state media reported. "
            "Officials in Tabriz said the cause was a gas leak.")
    a = run(pipe, text, dateline="London")
    tabriz = [x for x in a.actors if x.name == "Tabriz"]
    assert tabriz == [] or all(x.kind != "ORG" for x in tabriz)
    # the dateline's city names the writer's desk, not the story's country
    assert all(x.country != "GBR" for x in a.actors)


def test_a_group_in_a_city_the_recogniser_called_a_person_takes_the_citys_country(pipe):
    a = run(pipe, "A gas leak caused a blast at a bakery in Tabriz. Officials in Tabriz said nobody was hurt.")
    assert at(a, "Officials in Tabriz").country == "IRN"
    assert at(a, "Officials in Tabriz").country_source == "place"
