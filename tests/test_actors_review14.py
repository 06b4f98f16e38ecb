"""Actors, review of session 14: a lone surname joins the one full name the text gives later only when nothing
says they are two people -- the KB knows the surname alone as an office holder and not the full name ("Obama
...", later "Michelle Obama"), or an honorific and the full name's given name differ in gender ("Mr. Okafor ...",
later "Grace Okafor"). Every text here is written for these tests."""
from __future__ import annotations

from test_actors_context import at, pipe, run  # noqa: F401  (pipe: the shared geo + actors pipeline fixture)


def test_a_surname_the_kb_knows_as_an_office_holder_is_not_a_relatives_full_name(pipe):
    a = run(pipe, "Obama signed the bill on Friday. Michelle Obama thanked the nurses in Chicago.", "2014-06-06")
    assert at(a, "Obama").code == "USAGOV"
    assert at(a, "Obama") is not at(a, "Michelle Obama")


def test_an_honorific_of_the_other_gender_keeps_two_people_apart(pipe):
    a = run(pipe, "Mr. Okafor said the talks had failed. Later, Grace Okafor told reporters she would appeal.")
    assert at(a, "Mr. Okafor") is not at(a, "Grace Okafor")
    # without the honorific the surname is still the one full name's
    b = run(pipe, "Okafor said the talks had failed. Later, Grace Okafor told reporters she would appeal.")
    assert at(b, "Okafor") is at(b, "Grace Okafor")


def test_a_name_after_a_kin_title_of_an_office_holder_is_the_relatives(pipe):
    # the lead's title_above: the apposition names the husband, not the minister he is married to
    a = run(pipe, "The husband of the minister, David Mensah, was detained in Accra.")
    assert at(a, "David Mensah") is at(a, "The husband")
    assert at(a, "David Mensah").sector != "GOV"


def test_a_level_of_government_turns_only_a_firm_title_into_a_government_office(pipe):
    # GOVERNMENT_LEVELS replaces the BUS fallback of a weak title ("a county director"), not a title's own sector
    a = run(pipe, "Federal agents searched the house. A federal prisoner escaped from the jail in May.")
    assert at(a, "Federal agents").sector == "COP"
    assert at(a, "A federal prisoner").sector != "GOV"
    assert at(run(pipe, "The state's attorney said the officer would be charged."), "The state's attorney").sector == "JUD"
    assert at(run(pipe, "A county director said the bridge was safe."), "A county director").sector == "GOV"
