"""Actor countries on real news, session 30 (issue 12, branch ctry31): a state or province the recogniser called a
person or an organisation is its government; a denial's accuser named as the agent of a participle ("the
allegations made by X"); "the two sides" / "both sides" are the two parties named last.

Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed);
each kind has a sentence whose actor must stay as it was next to the ones that change.
"""
from __future__ import annotations

from test_actors_context import at, pipe, run  # noqa: F401  (pipe: the shared geo + actors pipeline fixture)
from test_events import _events, _has


# ------------------------------------------------------------------ a region the recogniser called a person
def test_a_state_read_as_a_person_is_its_government(pipe):
    a = run(pipe, "Kerala said it had written to the federal ministry twice about the funds.")
    kerala = at(a, "Kerala")
    assert kerala is not None and kerala.country == "IND" and kerala.sector == "GOV"


def test_a_two_word_state_read_as_a_person_each_time(pipe):
    a = run(pipe, "Tamil Nadu said the scheme had been delayed again. Tamil Nadu accused the ministry of stalling.")
    assert at(a, "Tamil Nadu").country == "IND"
    assert at(a, "Tamil Nadu", 1).country == "IND"


def test_a_province_speaking_is_its_government_event():
    evs = _events("Bavaria said on Monday that the new rail plan was unfair to farmers.")
    assert evs and all((e.source_code or "").startswith("DEU") for e in evs)


def test_a_given_name_that_is_also_a_state_stays_a_person(pipe):
    # "Virginia" is a woman's given name too: the region reading needs a name that is no given name
    a = run(pipe, "Virginia Mendes said she would sue her landlord over the repairs.")
    person = at(a, "Virginia Mendes")
    assert person is not None and person.kind == "PERSON"


def test_a_capital_named_bare_is_not_read_as_a_region(pipe):
    a = run(pipe, "Victoria Lang said the school would reopen on Monday.")
    person = at(a, "Victoria Lang")
    assert person is not None and person.kind == "PERSON"


# ------------------------------------------------------------------ accusations made by someone
def test_allegations_made_by_a_party_are_aimed_at_that_party():
    evs = _has(_events("Chile's interior minister rejected the allegations made by the opposition party."),
               code="016")
    assert evs and all(e.target_code for e in evs)


def test_accusations_levelled_by_a_union():
    evs = _has(_events("Peru's health minister denied the accusations levelled by the nurses' union."), code="016")
    assert evs and any((e.target_code or "").endswith("LAB") for e in evs)


def test_allegations_made_in_a_report_have_no_target():
    evs = _has(_events("Chile's interior minister rejected the allegations made in the newspaper report."),
               code="016")
    assert evs and all(not e.target_code for e in evs)


# ------------------------------------------------------------------ the two sides
def test_both_sides_are_the_two_states_named_before():
    evs = _has(_events("Ethiopia and Eritrea signed a peace deal on Monday. Both sides said they hoped the deal "
                       "would end the dispute."), root="01")
    assert {(e.source_code or "")[:3] for e in evs} == {"ETH", "ERI"}


def test_the_two_sides_of_one_phrase():
    evs = _has(_events("Armenian and Azerbaijani officials met in Geneva on Tuesday. The two sides agreed to "
                       "continue talks next month."), root="03")
    assert {(e.source_code or "")[:3] for e in evs} == {"ARM", "AZE"}
    assert {(e.target_code or "")[:3] for e in evs} == {"ARM", "AZE"}


def test_the_two_sides_are_not_a_place_of_the_sentence_before():
    evs = _has(_events("The army released four militia fighters on Friday and flew them to Oman. Both sides said "
                       "they expected further talks."), root="01")
    assert not any((e.source_code or "").startswith("OMN") for e in evs)


def test_the_two_sides_of_parties_with_no_country_or_sector_stay_unresolved():
    evs = _has(_events("The league fined the club on Monday. The two sides will meet again in the final."))
    assert not any(e.source_code for e in evs)


def test_the_other_side_is_not_the_two_sides(pipe):
    a = run(pipe, "Ethiopia and Eritrea signed a peace deal on Monday. The other sides said they were left out.")
    other = at(a, "The other sides")
    assert other is None or other.country is None


# ------------------------------------------------------------------ "<city>, <country>-based"
def test_a_firm_based_in_a_city_and_country_named_before_based():
    evs = _events("The Lyon, France-based company said it expects higher sales this year.")
    assert evs and all((e.source_code or "").startswith("FRA") for e in evs)


def test_a_firm_based_in_a_city_alone_keeps_the_city_country():
    evs = _events("The Osaka-based company said it expects higher sales this year.")
    assert evs and all((e.source_code or "").startswith("JPN") for e in evs)
