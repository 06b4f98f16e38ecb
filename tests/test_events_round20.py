"""Event coding, round 20 of issue 11 (branch family18): protest and cooperation events in the forms real news
uses -- a protest done "in protest", by a purpose infinitive on an act that was done, by attending a rally or
holding a vigil, a protest named with "the" that people were hurt in, a strike by the workers of its by-phrase, a
crowd surrounding a building; visits named by their noun with the visitor in an of- or from-phrase, agreements
reached "between" two parties in the passive; and the precision side: an attack named by its noun on what force
cannot reach is criticism by its author or nothing, a contest "battled out" or a nomination battle is no force.

Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed).
"""
from __future__ import annotations

import pytest

from test_events import _events, _has


# ------------------------------------------------------------------ protests

@pytest.mark.parametrize("text", [
    "Fishermen blocked the harbour mouth with their boats in protest at the new quotas.",
    "The deputy mayor quit in protest over the budget cuts.",
])
def test_an_act_done_in_protest_is_its_doers_protest(text):
    evs = _events(text)
    assert _has(evs, root="14", modality="asserted"), text
    assert all(e.source_code for e in _has(evs, root="14")), text


def test_not_done_in_protest_is_no_protest():
    assert not _has(_events("The farmers did not sell their milk in protest."), root="14", modality="asserted")


@pytest.mark.parametrize("text", [
    "Nurses occupied the hospital lobby to protest the night-shift rota.",
    "Hundreds of parents came to the town hall to protest the school closures.",
])
def test_a_purpose_infinitive_of_protest_on_a_done_act_is_asserted(text):
    assert _has(_events(text), root="14", modality="asserted"), text


@pytest.mark.parametrize("text", [
    "The dockers' union plans to protest the new contracts next month.",
    "Teachers will gather outside the ministry on Friday to protest the pay offer.",
])
def test_a_protest_still_to_come_stays_planned(text):
    evs = _events(text)
    assert _has(evs, root="14"), text
    assert not _has(evs, root="14", modality="asserted"), text


@pytest.mark.parametrize("text", [
    "Relatives of the missing sailors held a vigil outside the navy headquarters.",
    "About three hundred retirees attended a march against the pension reform.",
])
def test_vigils_held_and_protests_attended_are_demonstrations(text):
    assert _has(_events(text), code="141"), text


@pytest.mark.parametrize("text", [
    "Four people have died in the demonstrations since Sunday.",
    "Two cameramen were injured during the march.",
])
def test_people_harmed_in_the_protest_say_it_took_place(text):
    assert _has(_events(text), root="14"), text


def test_a_protest_referred_to_without_harm_stays_a_reference():
    assert not _has(_events("The minister answered questions about the demonstrations."), root="14")


def test_protests_as_subject_of_a_relative_clause_with_which():
    evs = _events("The rallies, which started in May, have reached the northern towns.")
    assert _has(evs, root="14"), evs


def test_many_people_who_protested_are_the_protesters_not_their_target():
    evs = _events("Dozens of nurses protested outside the clinic on Tuesday.")
    assert _has(evs, root="14", src="HLH"), evs
    assert not any(e.source_code is None and (e.target_code or "").startswith("HLH") for e in evs)


def test_a_crowd_gathered_outside_a_building_is_a_demonstration():
    evs = _events("Protesters gathered outside parliament while the senators voted.")
    assert _has(evs, code="141", src="OPP"), evs


def test_a_strike_by_workers_is_a_labour_strike_and_by_jets_is_force():
    assert _has(_events("The strike by postal workers closed every sorting office."), code="143")
    evs = _events("The strike by enemy warplanes levelled the depot.")
    assert not _has(evs, root="14") and _has(evs, root="19"), evs


def test_a_crowd_surrounding_a_building_obstructs_but_police_doing_so_do_not_protest():
    assert _has(_events("Furious tenants surrounded the landlord's office on Monday."), code="144")
    assert not _has(_events("Officers surrounded the warehouse at midnight."), root="14")


# ------------------------------------------------------------------ cooperation

def test_a_visit_of_someone_to_a_country_is_theirs():
    evs = _events("The visit of the Peruvian president to Ecuador ended with a joint statement.")
    assert _has(evs, code="042", src="PER", tgt="ECU"), evs


def test_a_visit_received_from_someone_runs_from_the_visitor():
    evs = _events("Estonia received a visit from the Finnish prime minister on Monday.")
    assert _has(evs, code="042", src="FIN", tgt="EST"), evs
    assert _has(evs, code="043", src="EST", tgt="FIN"), evs


def test_an_agreement_reached_between_two_parties_in_the_passive():
    evs = _events("A fishing accord was reached between Senegal and Gambia last week.")
    assert _has(evs, code="057", src="SEN", tgt="GMB") and _has(evs, code="057", src="GMB", tgt="SEN"), evs


# ------------------------------------------------------------------ violence precision

@pytest.mark.parametrize("text", [
    "The columnist described the ruling as an assault on academic freedom.",
    "The new tax is an attack on the savings of pensioners.",
])
def test_an_attack_on_an_idea_is_no_force(text):
    assert not _has(_events(text), root="19") and not _has(_events(text), root="18"), text


def test_an_attack_on_a_bill_by_a_senator_is_criticism():
    evs = _events("The senator from Ohio launched an attack on the farm subsidy bill.")
    assert _has(evs, root="11") and not _has(evs, root="19"), evs


def test_an_attack_on_a_place_stays_force():
    assert _has(_events("An attack on the army base wounded four soldiers."), root="19")


@pytest.mark.parametrize("text", [
    "The two senators battled it out in the primary.",
    "Her long nomination battle with the governor ended in May.",
])
def test_contests_are_no_force(text):
    assert not _has(_events(text), root="19"), text


def test_a_meeting_of_someone_with_a_partner_is_theirs():
    evs = _events("The meeting of Bolivian army officers with the Brazilian ambassador lasted an hour.")
    assert _has(evs, code="040", src="BOL", tgt="BRA"), evs


def test_a_meeting_of_a_body_with_no_partner_names_no_event():
    assert not _has(_events("The meeting of the school board ran late."), root="04")


def test_cooperation_pledged_is_an_intent_to_cooperate():
    evs = _events("Ghana offered cooperation to Togo on customs checks.")
    assert _has(evs, code="030", src="GHA", tgt="TGO", modality="asserted"), evs


def test_an_offer_of_a_thing_with_no_addressee_stays_dropped():
    assert not _has(_events("The shop offers free parking."), root="03")


def test_a_day_of_an_event_is_no_target_of_a_march():
    evs = _events("Hundreds of nurses marched through Leeds on the second day of the union conference.")
    assert _has(evs, code="141"), evs


def test_supporters_coming_to_a_city_make_no_visit():
    evs = _events("Dozens of supporters came to Chicago to protest the ruling.")
    assert not _has(evs, root="04") and _has(evs, root="14", modality="asserted"), evs


def test_workers_in_the_midst_of_a_strike_are_striking():
    evs = _events("Since May the port workers of Durban have been in the throes of a strike about bonuses.")
    assert _has(evs, code="143", src="ZAF"), evs


def test_the_middle_of_a_route_is_no_protest():
    assert not _has(_events("The bus stopped in the middle of the parade route."), root="14")


@pytest.mark.parametrize("text", [
    "Turnout was high at recent marches in the south.",
    "Fresh demonstrations broke out in two provinces overnight.",
])
def test_protests_named_with_a_reporting_adjective_took_place(text):
    assert _has(_events(text), root="14"), text


def test_protests_spoken_of_in_general_are_no_event():
    assert not _has(_events("The professor lectured on protests and their history."), root="14")
