"""Actors round 7 (issue 12, branch actors8): kinds of country and sector misses on real news -- titles with
common words read as towns, central banks and national agencies, bodies named by a classifying noun, the
sector of the body a title is held in, institutions the recogniser calls people, diseases called
organisations. Every text here is written for these tests."""
from __future__ import annotations

from test_actors_context import at, pipe, run  # noqa: F401  (pipe: the shared geo + actors pipeline fixture)


# ------------------------------------------------------------------ headline words
def test_title_case_headline_word_the_text_writes_in_lower_case_is_no_town(pipe):
    # "Deal" is a town in Kent; the text says "deal with", so the headline's "Deal" is the verb
    text = ("The regulator on Monday set out new rules to deal with fraud at small lenders. The regulator said "
            "the lenders must report every attack within six hours. Officials said the rules would take effect "
            "in April.")
    a = run(pipe, text, title="Regulator Sets Out Plan to Deal With Fraud at Small Lenders")
    assert a.context.story_countries.iso is None
    assert at(a, "Officials").country is None


def test_headline_place_the_text_does_not_write_in_lower_case_still_counts(pipe):
    text = ("Rescue teams worked through the night after the river burst its banks. Officials said 40 villages "
            "had been cut off. The army was sent to help on Sunday.")
    a = run(pipe, text, title="Floods Cut Off Villages in Odisha")
    assert at(a, "Officials").country == "IND"


# ------------------------------------------------------------------ central banks and national agencies
def test_central_bank_of_the_kb_keeps_its_country_in_a_story_without_one(pipe):
    text = ("The RBI on Thursday told small lenders to tighten their defences against hackers. The RBI said "
            "attacks on such banks had risen sharply, and the central bank asked them to report every breach.")
    a = run(pipe, text)
    rbi = at(a, "RBI")
    assert rbi.country == "IND" and rbi.sector.startswith("GOV") and rbi.country_source == "kb"
    bank = at(a, "the central bank")
    assert bank.country == "IND" and bank.sector.startswith("GOV")


def test_national_agency_is_not_given_the_country_its_story_talks_about(pipe):
    text = ("JERUSALEM \u2014 Israeli health officials reported on Monday that protection from the vaccine "
            "waned after six months. The CDC said it had reviewed the Israeli data. CDC director Amara Cole said "
            "booster shots would be offered to older adults.")
    a = run(pipe, text, dateline="Jerusalem")
    assert at(a, "The CDC").country == "USA"
    cole = at(a, "Amara Cole")
    assert cole.country == "USA" and cole.sector.startswith("GOV")      # not a company director


def test_a_generic_central_bank_is_a_state_body_not_the_agency_named_before(pipe):
    text = ("The Food and Drug Administration approved the drug on Monday. The central bank raised interest "
            "rates on Tuesday.")
    a = run(pipe, text)
    bank = at(a, "The central bank")
    assert bank is not None and bank.name != "Food and Drug Administration" and bank.sector == "GOV"


# ------------------------------------------------------------------ bodies named by a classifying noun
def test_classified_body_noun_does_not_take_up_an_organisation_of_unknown_kind(pipe):
    text = ("COVID-19 has killed 12 residents of a care home in Ohio since March. The health department said "
            "on Monday that it would inspect the home.")
    a = run(pipe, text)
    assert at(a, "COVID-19") is None                    # a disease, no actor
    dept = at(a, "The health department")
    assert dept is not None and dept.sector == "GOV" and "COVID" not in dept.name


def test_bare_body_noun_still_refers_back_to_the_organisation(pipe):
    a = run(pipe, "Nimbus Holdings cut 300 jobs on Monday. The company said demand had fallen.")
    assert at(a, "The company").name == "Nimbus Holdings"


# ------------------------------------------------------------------ the body a title is held in
def test_leader_of_a_union_is_labour_not_government(pipe):
    text = "The leader of the teachers' union, Dana Pruitt, criticized the governor on Monday."
    a = run(pipe, text)
    pruitt = at(a, "Dana Pruitt")
    assert pruitt.sector == "LAB" and at(a, "the governor").sector == "GOV"


def test_director_of_an_institute_is_research_not_business(pipe):
    a = run(pipe, "Maria Lopez, director of the Halden Institute, said the policy had failed.")
    assert at(a, "Maria Lopez").sector == "EDU"
    a = run(pipe, "Maria Lopez, director of Halden Motors, said sales had fallen.")
    assert at(a, "Maria Lopez").sector == "BUS"             # a company's director stays a company's


# ------------------------------------------------------------------ institutions named like people
def test_museum_after_the_is_an_organisation_not_a_person(pipe):
    a = run(pipe, "The Louvre declined to comment on the claim on Tuesday.")
    louvre = at(a, "Louvre")
    assert louvre is None or louvre.kind == "ORG"
    a = run(pipe, "The Obamas visited the school on Tuesday.")
    assert at(a, "Obamas") is None or at(a, "Obamas").kind == "PERSON"
