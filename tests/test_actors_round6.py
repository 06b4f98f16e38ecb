"""Actors round 6 (issue 12): kinds of country misses found on the real-news dev half, each with the
rule that fixes it. Every text here is written for these tests."""
from __future__ import annotations

import pytest

from test_actors_context import at, pipe, run  # noqa: F401  (pipe: the shared geo + actors pipeline fixture)


# ------------------------------------------------------------------ "from PLACE" as a location
def test_from_a_country_after_a_thing_is_no_location(pipe):
    text = ("Trade talks between Ottawa and Mexico City resumed on Monday. Two people familiar with the talks said "
            "the deal now needs bigger concessions from Mexico.")
    a = run(pipe, text)
    assert at(a, "Two people").country is None          # the sentence does not happen in Mexico
    text = ("Dozens of families returned to the camp on Monday. Residents who fled from Kenya in May said they "
            "had been given no food.")
    a = run(pipe, text)
    assert at(a, "Residents").country == "KEN"


# ------------------------------------------------------------------ predicate nominals
def test_person_noun_predicated_of_a_person_names_them(pipe):
    text = ("NAIROBI, Kenya \u2014 The inquiry resumed on Monday. Wanjiru Kamau was the first witness to "
            "speak at the hearing. She said the count had been rigged.")
    a = run(pipe, text, dateline="Nairobi")
    witness = at(a, "the first witness")
    assert witness is not None and witness.name == "Wanjiru Kamau" and witness.country == "KEN"


def test_predicate_with_a_nationality_places_the_person(pipe):
    a = run(pipe, "Pedro Ruiz is a Chilean diplomat. He declined to comment on the talks.")
    ruiz = at(a, "Pedro Ruiz")
    assert ruiz.country == "CHL" and ruiz.country_source == "apposition" and ruiz.sector == "GOV"


# ------------------------------------------------------------------ quantifier subjects
def test_bare_quantifier_subject_takes_up_the_plural_group(pipe):
    text = ("NEW DELHI \u2014 Nearly 90 Indians returned home on Tuesday after being expelled from Qatar. As "
            "they left the airport, they looked tired. Some said they had been cheated by agents.")
    a = run(pipe, text, dateline="New Delhi")
    assert at(a, "Some").country == "IND"


def test_bare_quantifier_is_not_a_body_or_organisation(pipe):
    a = run(pipe, "The ministry published the figures on Monday. Some said the numbers were too low.")
    assert at(a, "Some") is None


# ------------------------------------------------------------------ groups the recogniser calls names
def test_party_members_by_role_are_a_group_that_takes_the_story_country(pipe):
    text = ("LONDON \u2014 Ministers defended the new fines in parliament on Tuesday. Tory MPs said the rules "
            "had been rushed, and the health secretary promised a vote.")
    a = run(pipe, text, dateline="London")
    mps = at(a, "Tory MPs")
    assert mps is not None and mps.sector == "LEG" and mps.country == "GBR"


# ------------------------------------------------------------------ an institution's staff
def test_hospital_staff_are_health_workers_of_the_place(pipe):
    text = ("Relatives of two patients in Lahore protested against the hospital staff on Monday. They said "
            "they were thrown out when they complained to the staff.")
    a = run(pipe, text)
    staff = at(a, "the hospital staff")
    assert staff is not None and staff.sector == "HLH" and staff.country == "PAK"
    assert at(a, "the staff").id == staff.id


# ------------------------------------------------------------------ pronoun objects of joined verbs
def test_object_pronoun_skips_the_subject_its_verb_shares(pipe):
    text = ("KINGSTON, Jamaica \u2014 A small girl was seen crossing the road near the school. The guard asked "
            "about her parents when the suspect walked over to the child and slapped her.")
    a = run(pipe, text, dateline="Kingston")
    assert at(a, "her", 1).name == "A small girl"


# ------------------------------------------------------------------ roles and places of groups
@pytest.mark.parametrize("words,sector", [
    ("Another rider", "CVL"), ("The chief whip", "LEG"), ("the British royal", "ELI"),
])
def test_new_roles(pipe, words, sector):
    text = ("LONDON \u2014 A man was stabbed on a train on Monday. Another rider said the attacker fled. "
            "The chief whip said ministers had misled parliament. Later, the British royal denied any wrongdoing.")
    a = run(pipe, text, dateline="London")
    actor = at(a, words)
    assert actor is not None and actor.sector == sector and actor.country == "GBR", words


def test_plural_group_in_a_place_is_of_that_place(pipe):
    a = run(pipe, "The Prime Minister said he saw no support from policymakers in Washington for the plan.")
    assert at(a, "policymakers").country == "USA"
    assert at(a, "The Prime Minister").country is None     # not the one country some officials were given
    a = run(pipe, "Diplomats in Kabul said the embassy would close next week.")
    assert at(a, "Diplomats").country != "AFG"              # posted there, not from there


# ------------------------------------------------------------------ capitals as governments
def test_more_capitals_stand_for_their_governments(pipe):
    a = run(pipe, "The activist was detained in Madrid. Days earlier, Quito had revoked his passport.")
    assert at(a, "Quito").code == "ECUGOV"
    a = run(pipe, "Athens residents protested against the new tax on Monday.")
    assert at(a, "Athens residents").country == "GRC"
    assert all(m.text != "Athens" for m in a.mentions)     # the city's people, not its government


# ------------------------------------------------------------------ news outlets and organisations
def test_news_outlets_keep_their_own_country_in_a_story_filed_abroad(pipe):
    text = ("HONG KONG \u2014 Shares slipped in Hong Kong on Tuesday. CNBC reported that officials were gloomy, "
            "and an analyst told Agence France-Presse that Reuters had the same news.")
    a = run(pipe, text, dateline="Hong Kong")
    assert at(a, "CNBC").code == "USAMED"
    assert at(a, "Agence France-Presse").code == "FRAMED"
    assert at(a, "Reuters").code == "GBRMED"                # the London agency (gold convention C4), not Hong Kong's


def test_apposition_places_an_organisation(pipe):
    # (a company the KB does not know: Huawei itself is in kb/companies.csv since round 8)
    text = ("HONG KONG \u2014 Markets rose on Tuesday. Washington extended a license allowing firms to sell to "
            "Hualong Telecom, the Chinese tech company, for three more months.")
    a = run(pipe, text, dateline="Hong Kong")
    firm = at(a, "Hualong Telecom")
    assert firm.country == "CHN" and firm.country_source == "apposition"


def test_title_of_the_second_of_two_names_is_not_the_firsts(pipe):
    text = ("President Donald Trump spoke on Monday. Trump and Chinese leader Xi Jinping are expected to sign a "
            "deal next month.")
    a = run(pipe, text)
    assert at(a, "Trump", 1).name == "Donald Trump"
    assert at(a, "Xi Jinping").country == "CHN"


def test_others_after_locals(pipe):
    a = run(pipe, "The plan faced anger from locals. While some invoked old fears, others said they did not "
                  "want taller buildings.")
    assert at(a, "others").name == "locals" and at(a, "others").sector == "CVL"


# ------------------------------------------------------------------ a town naming whose people they are
def test_town_modifier_places_a_group(pipe):
    a = run(pipe, "Power cuts hit Iloilo City again on Monday. The Iloilo consumers took their case to the "
                  "Supreme Court.")
    consumers = at(a, "The Iloilo consumers")
    assert consumers.sector == "CVL" and consumers.country == "PHL" and consumers.country_source == "place"
    a = run(pipe, "Green activists and Federal agents met on Monday.")     # no town: no country from words
    assert at(a, "Green activists").country is None and at(a, "Federal agents").country is None


# ------------------------------------------------------------------ country names inside region names
def test_region_named_after_a_country_is_not_that_country(pipe):
    a = run(pipe, "The Inner Mongolia health authority reported a case. New Mexico police arrested two men.")
    assert at(a, "The Inner Mongolia health authority").country == "CHN"
    assert at(a, "New Mexico police").country == "USA"
    assert all(m.text not in ("Mongolia", "Mexico") for m in a.mentions)


def test_generic_officials_do_not_take_a_country_named_far_ahead(pipe):
    text = ("A farmer in northern China fell ill with plague, officials said on Monday. China's health workers "
            "traced his contacts. "
            "The man had eaten wild rabbit. He is in hospital. His family is in quarantine. Schools stayed open. "
            "Markets were busy. The province is large. Rain fell in the north. Crops were late this year. "
            "Officials in northern Mongolia, which lies near the Russian frontier, shut a border crossing "
            "after a similar case in May.")
    a = run(pipe, text)
    assert at(a, "officials").country == "CHN"
