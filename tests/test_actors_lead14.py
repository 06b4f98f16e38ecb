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
    assert all(x.kind != "ORG" for x in tabriz)       # no organisation named after the city
    # the dateline's city names the writer's desk, not the story's country
    assert all(x.country != "GBR" for x in a.actors)


def test_a_group_in_a_city_the_recogniser_called_a_person_takes_the_citys_country(pipe):
    a = run(pipe, "A gas leak caused a blast at a bakery in Tabriz. Officials in Tabriz said nobody was hurt.")
    assert at(a, "Officials in Tabriz").country == "IRN"
    assert at(a, "Officials in Tabriz").country_source == "place"


def test_a_name_after_a_title_ending_in_a_body_is_the_titles_holder(pipe):
    a = run(pipe, "The director of Kenya's wildlife service, Mary Wanjiru, said poaching had fallen.")
    person = at(a, "Mary Wanjiru")
    assert person.country == "KEN" and at(a, "The director") is person


# ------------------------------------------------------------------ a word in lower case is no one's name
def test_a_verb_the_recogniser_called_a_person_is_no_actor(pipe):
    a = run(pipe, "The Indian trade minister jabbed back on Friday at critics of the new tariffs.")
    assert all(x.name != "jabbed" for x in a.actors)
    assert at(a, "The Indian trade minister").code == "INDGOV"


# ------------------------------------------------------------------ a government's level before a weak title
def test_a_weak_title_of_a_city_or_county_is_a_government_office(pipe):
    a = run(pipe, "Jane Roe, the city's planning director, said the road would reopen in May.")
    assert at(a, "Jane Roe").sector == "GOV"
    assert at(run(pipe, "A county director said the bridge was safe."), "A county director").sector == "GOV"


def test_a_sector_modifier_still_beats_the_level(pipe):
    assert at(run(pipe, "The city's police chief said two men were held."), "The city's police chief").sector == "COP"
    assert at(run(pipe, "The company's director said profits fell."), "The company's director").sector == "BUS"


def test_the_us_parties_national_committees_are_the_parties(pipe):
    a = run(pipe, "The RNC said it would appeal the ruling. The DNC said it welcomed it.", "2016-06-07")
    assert at(a, "The RNC").code == "USAPTY" and at(a, "The DNC").code == "USAPTY"


def test_a_name_written_in_lower_case_is_still_a_name(pipe):
    a = run(pipe, "President obama expressed sympathy for the victims of the flood in Texas.", "2015-06-09")
    assert at(a, "President obama").code == "USAGOV"


# ------------------------------------------------------------------ a surname before the full name
def test_a_surname_before_the_one_full_name_ending_in_it_is_that_person(pipe):
    a = run(pipe, "Clinton pushed policy proposals. Presumptive Democratic nominee Hillary Clinton said she "
                  "would act on guns.", "2016-06-13")
    assert at(a, "Clinton") is at(a, "Hillary Clinton")
    assert at(a, "Clinton").code == "USAELI"


def test_a_surname_two_full_names_end_in_stays_undecided(pipe):
    a = run(pipe, "Clinton spoke first. Hillary Clinton and Bill Clinton then left the stage.", "2016-06-13")
    assert at(a, "Clinton") is not at(a, "Hillary Clinton")
    assert at(a, "Clinton") is not at(a, "Bill Clinton")


# ------------------------------------------------------------------ clergy and scripture
def test_clergy_are_religious_actors_and_scripture_is_no_speaker(pipe):
    a = run(pipe, "The Bible tells us to forgive, the Kenyan pastor said on Sunday. A monk in Yangon said "
                  "the temple stayed shut.")
    assert at(a, "the Kenyan pastor").code == "KENREL"
    assert at(a, "A monk").sector == "REL"
    assert at(a, "Bible") is None
