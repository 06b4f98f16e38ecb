"""Actors round 8 (issue 12, branch actors9): kinds seen on fresh real pages -- large companies the KB lacked
or knew only under a legal name, people described by nationality or age, regional adjectives, kinds of
company and people at an organisation. Every text here is written for these tests."""
from __future__ import annotations

from test_actors_context import at, pipe, run  # noqa: F401  (pipe: the shared geo + actors pipeline fixture)


# ------------------------------------------------------------------ companies
def test_large_company_keeps_its_home_country_in_a_story_filed_elsewhere(pipe):
    text = ("ROME (AP) \u2014 Car sales in Italy fell in March. VW said deliveries dropped by a tenth. Nissan "
            "cut its forecast. Police said two showrooms were robbed.")
    a = run(pipe, text, dateline="Rome")
    assert (at(a, "VW").country, at(a, "VW").sector) == ("DEU", "BUS")
    assert at(a, "Nissan").code == "JPNBUS" and at(a, "Nissan").country_source == "kb"
    assert at(a, "Police").country == "ITA"             # the companies are no evidence of where the story is


def test_company_spokesman_is_of_the_companys_country(pipe):
    a = run(pipe, "Factory output in Ohio rose in May. A Renault spokesman said the group would invest more.")
    spokesman = at(a, "A Renault spokesman")
    assert (spokesman.country, spokesman.sector) == ("FRA", "BUS")


def test_kb_company_under_a_legal_name_answers_to_its_short_name(pipe):
    a = run(pipe, "Siemens said orders rose in the second quarter. Intel cut the price of its chips.")
    assert at(a, "Siemens").code == "DEUBUS"
    assert at(a, "Intel").country == "USA"


def test_company_short_name_that_is_a_surname_stays_a_person(pipe):
    a = run(pipe, "Transport secretary Ruth Hancock said the line would reopen. Hancock spoke in Leeds.")
    hancock = at(a, "Ruth Hancock")
    assert hancock.kind == "PERSON" and hancock.sector != "BUS"


def test_kind_of_company_refers_back_to_the_company_named_before(pipe):
    a = run(pipe, "Morgan Stanley cut its forecast for Peru on Monday. The brokerage said copper prices would fall.")
    assert at(a, "The brokerage").id == at(a, "Morgan Stanley").id


def test_people_at_a_named_organisation_are_of_its_country(pipe):
    a = run(pipe, "Analysts at Nissan expect a loss this year. An economist at Barclays said rates would rise.")
    assert at(a, "Analysts").country == "JPN" and at(a, "Analysts").country_source == "employer"
    assert at(a, "An economist").country == "GBR"


def test_envoy_at_an_international_body_is_not_made_international(pipe):
    a = run(pipe, "The ambassador at the United Nations said the vote was delayed.")
    assert at(a, "The ambassador").country != "IGO"


# ------------------------------------------------------------------ descriptions that re-name a person
def test_nationality_description_renames_the_person_and_gives_the_nationality(pipe):
    a = run(pipe, "Marta Kowal arrived in Lisbon on Monday. The Polish tourist said she had lost her passport.")
    kowal = at(a, "Marta Kowal")
    assert at(a, "The Polish tourist") is kowal or at(a, "The Polish tourist").id == kowal.id
    assert kowal.country == "POL" and kowal.country_source == "coreference"


def test_nationality_description_with_a_head_the_kb_does_not_know(pipe):
    a = run(pipe, "Pedro Alves scored twice in the first half. The Brazilian striker was substituted late on.")
    assert at(a, "Pedro Alves").country == "BRA"
    assert at(a, "The Brazilian striker").id == at(a, "Pedro Alves").id


def test_nationality_description_after_two_people_names_no_one(pipe):
    a = run(pipe, "Jan Novak met Li Wei in Prague on Monday. The Chinese manager thanked the hosts.")
    assert at(a, "Jan Novak").country != "CHN"


def test_nationality_of_an_office_is_not_a_description_of_the_person_before(pipe):
    a = run(pipe, "Tom Hart spoke to reporters on Monday. The Russian president replied on Tuesday.", "2019-11-20")
    assert at(a, "Tom Hart").country != "RUS"
    assert at(a, "The Russian president").code == "RUSGOV"


def test_bare_age_description_renames_the_person(pipe):
    a = run(pipe, "Ana Ruiz agreed a deal to coach the team until 2023. The 61-year-old said she was delighted.")
    assert at(a, "The 61-year-old").id == at(a, "Ana Ruiz").id


# ------------------------------------------------------------------ regional adjectives
def test_regional_adjective_places_the_title_and_body_it_modifies(pipe):
    a = run(pipe, "ROME \u2014 Victorian Premier Dan Kelly said the state would reopen. The Bavarian "
                  "government said it would wait.", dateline="Rome")
    assert at(a, "Victorian Premier Dan Kelly").country == "AUS"
    assert at(a, "The Bavarian government").code == "DEUGOV"


def test_regional_adjective_alone_is_no_actor_and_no_story_country(pipe):
    a = run(pipe, "LONDON \u2014 A Victorian terrace in Islington sold for a record price. Police said the "
                  "buyer was a trust.", dateline="London")
    assert at(a, "Victorian") is None
    assert at(a, "Police").country == "GBR"


def test_town_in_a_persons_apposition_places_the_person(pipe):
    a = run(pipe, "Thousands of travellers are stuck abroad. Maria Gonzalez, a Palo Alto business consultant, "
                  "booked a flight home from La Paz this week.")
    gonzalez = at(a, "Maria Gonzalez")
    assert gonzalez.country == "USA" and gonzalez.country_source == "place"
