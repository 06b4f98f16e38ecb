"""Event coding on real news nobody tuned on, round 10 of issue 11: general mechanisms, not sentence rows.

Two sides of one actor code that the text names apart are two parties; a capitalised title without quotes is no act;
a quantity that moved is no rejection or attack; disapproval in the speaker's own words is criticism; a quote
split off by its own "!" or "?" gives its tone to the attribution after it; organisations that speak are sides.
Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed); each
kind has a sentence that must stay coded next to the ones that must not.
"""
from __future__ import annotations

import pytest

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events

from newsgraph.events.framing import in_unquoted_title
from newsgraph.events.statement_tones import split_quote
from newsgraph.nlp.model import load_nlp


def _roots(text: str) -> set[str]:
    return {e.cameo_root for e in _events(text) if e.modality == "asserted"}


# ------------------------------------------------------------------ two parties of one code (unknown-apart)

def test_sides_of_a_bare_sector_code_are_two_parties():
    evs = _has(_events("The government expelled two diplomats on Monday."), root="16", modality="asserted")
    assert evs and all(e.source_text and e.target_text for e in evs)
    assert _has(_events("Police arrested two officers at the station."), root="17")


def test_sides_named_with_a_country_stay_apart_as_before():
    assert _has(_events("The Kenyan government expelled two Ugandan diplomats on Monday."), code="161",
                src="KEN", tgt="UGA")


def test_one_body_calling_on_another_of_its_code_is_a_request():
    assert _has(_events("The ombudsman called on the government to act."), root="02")
    assert _has(_events("The Bolivian ombudsman called on the Bolivian government to act."), root="02",
                src="BOL", tgt="BOL")


def test_things_given_a_sector_are_no_party():
    assert "10" not in _roots("The navy ordered two corvettes from a shipyard in Genoa.")


def test_a_body_and_its_like_agreeing_together_is_still_no_event():
    # joined as subjects, with no target of their own: not two parties the text keeps apart
    assert "03" not in _roots("The ministry and the government agreed on a deal.")


# ------------------------------------------------------------------ titles without quotes (unquoted-titles)

@pytest.mark.parametrize("text", [
    "Locals packed the hall for a screening of The Assassination of Jesse James.",
    "She starred in The Killing of a Sacred Deer last year.",
    "The club showed The Capture of the Admiral on Friday.",
])
def test_an_act_in_an_unquoted_title_is_no_event(text):
    assert not _roots(text) & {"17", "18", "19"}, text


def test_an_act_named_in_running_text_stays_coded():
    assert _has(_events("Police arrested the men after the killing of a guard."), root="19")
    assert _has(_events("Gunmen killed a senator in Rome on Friday."), root="19")


def test_a_title_case_headline_is_no_title():
    nlp = load_nlp()
    doc = nlp("Police Arrest Two Men After The Killing Of A Guard")
    sent = next(iter(doc.sents))
    killing = next(t for t in doc if t.text == "Killing")
    assert not in_unquoted_title(killing, sent)


# ------------------------------------------------------------------ a quantity that moved (senses: measure)

@pytest.mark.parametrize("text", [
    "The Tokyo index declined 0.4%, while the won fell 0.2%.",
    "The benchmark declined 12 points on Tuesday.",
])
def test_a_quantity_that_moved_is_no_rejection(text):
    assert "12" not in _roots(text), text


def test_rejections_and_seizures_stay_coded():
    assert "12" in _roots("The minister declined the invitation.")
    assert "17" in _roots("Troops seized $2 million in cash.")
    # a time span is no amount: the attack a day earlier stays an attack
    assert "19" in _roots("Italy suspended flights one day after a Serbian jet shot down a helicopter.")


# ------------------------------------------------------------------ disapproval in the speaker's words (T-disapprove)

def test_disapproval_in_a_statement_is_criticism():
    assert _has(_events("The mayor said it was unfortunate that the council had ignored the residents."), code="111")
    assert _has(_events("The union said the board's answer was disappointing."), code="111")


def test_a_disapproval_word_denied_is_no_criticism():
    evs = _events("The mayor said the delay was not disappointing.")
    assert not _has(evs, code="111") and _has(evs, code="010")


# ------------------------------------------------------------------ a quote split off by "!" or "?"

def test_a_quote_ending_in_an_exclamation_gives_its_praise_to_the_attribution():
    evs = _events('"The mayor has done a wonderful job with the new schools!" the governor tweeted on Friday.')
    assert _has(evs, code="051")


def test_a_plain_split_quote_stays_a_plain_statement():
    evs = _events('"We will win the vote!" the senator said.')
    assert _has(evs, code="010") and not _has(evs, code="051") and not _has(evs, code="111")


def test_split_quote_needs_the_quote_mark_after_the_exclamation():
    nlp = load_nlp()
    doc = nlp("The plan is a disgrace! the senator spoke later to reporters.")
    sents = list(doc.sents)
    assert all(split_quote(s) is None for s in sents)


# ------------------------------------------------------------------ organisations that speak (noun set PERSONS)

def test_a_brokerage_that_says_something_is_a_speaker():
    assert _has(_events("Growth will slow sharply next year, a British brokerage said on Monday."), root="01")


# ------------------------------------------------------------------ a rail operator's rules (senses rows, round 10)

@pytest.mark.parametrize("text", [
    "Glass bottles are prohibited in the stadium.",
    "Cycling is banned on the platforms.",
    "Wheelchair users occupy the space next to the doors.",
    "Small firms occupy a large share of the market.",
])
def test_standing_rules_and_places_held_are_no_events(text):
    assert not _roots(text) & {"17", "19"}, text


def test_bans_imposed_and_towns_occupied_stay_coded():
    assert "17" in _roots("Protesters were banned from the square on Monday.")
    assert "19" in _roots("Rebels occupied the town on Sunday.")


# ------------------------------------------------------------------ the act one is accused of (roles.accused_of)

def test_the_accused_did_the_act_named_after_accused_of():
    evs = _events("Kenya accused Uganda of shelling its border posts.")
    assert _has(evs, code="112", src="KEN", tgt="UGA", modality="asserted")
    assert _has(evs, root="19", src="UGA", modality="reported")


def test_the_arrested_not_the_police_did_the_act_they_were_arrested_for():
    evs = _events("Police arrested two men for attacking a bus driver.")
    attacks = [e for e in evs if e.cameo_root in ("18", "19")]
    assert attacks and all(e.modality == "reported" and (e.source_text or "").endswith("men") for e in attacks)


@pytest.mark.parametrize("text,who", [
    ("A man accused of killing his neighbour was arrested on Friday.", "man"),
    ("The man was charged with stabbing a guard.", "man"),
])
def test_a_charged_act_is_reported_with_the_accused_as_source(text, who):
    acts = [e for e in _events(text) if e.cameo_root in ("18", "19")]
    assert acts and all(e.modality == "reported" and who in (e.source_text or "") for e in acts), text



# ------------------------------------------------------------------ acts in a clause of time (time-clauses)

def test_an_act_in_a_clause_on_a_time_noun_is_reported():
    assert _has(_events("It was the second time the reporter had been detained."), root="17")
    assert _has(_events("Neighbours heard shouting on the night the guard was stabbed."), root="18")


def test_an_act_in_a_clause_describing_a_person_stays_background():
    assert "17" not in _roots("A member who was jailed in 2010 spoke on Friday.")


# ------------------------------------------------------------------ leaving a post for another pursuit (senses: purpose)

def test_resigning_to_run_for_office_is_no_yielding():
    assert "08" not in _roots("The deputy mayor resigned to run for the state senate.")
    assert "08" not in _roots("The chief executive quit to join a rival bank.")


def test_resigning_under_pressure_stays_coded():
    assert "08" in _roots("The general resigned to allow elections.")
    assert "08" in _roots("The minister resigned after weeks of protests.")


# ------------------------------------------------------------------ one's own call with someone (possessed-consults)

def test_a_possessed_consultation_is_one_event_of_the_possessor():
    evs = _has(_events("The Kenyan minister's meeting with her Ugandan counterpart lasted an hour."), root="04")
    assert [(e.source_code, e.target_code) for e in evs] == [("KENGOV", "UGAGOV")]


def test_talks_held_with_someone_keep_both_directions():
    evs = _has(_events("The Kenyan minister held talks with her Ugandan counterpart on Monday."), root="04")
    assert {(e.source_code, e.target_code) for e in evs} == {("KENGOV", "UGAGOV"), ("UGAGOV", "KENGOV")}


# ------------------------------------------------------------------ what a warning says has happened (modality)

def test_a_warning_about_what_happened_reports_it():
    evs = _events("The ministry warned that rebels had attacked two villages.")
    assert _has(evs, root="19", modality="reported") and not _has(evs, root="19", modality="feared")


def test_a_warning_about_what_may_happen_stays_feared():
    assert _has(_events("Engineers warned that the rebels could attack the dam."), root="19", modality="feared")
    assert _has(_events("Residents fear that the army will shell the town."), root="19", modality="feared")


# ------------------------------------------------------------------ "it is outrageous that X ...": X is judged

def test_the_clause_after_an_extraposed_judgement_names_whom_it_judges():
    evs = _has(_events("The mayor said it was outrageous that the Kenyan government had ignored the residents."),
               code="111")
    assert evs and all(e.target_code == "KENGOV" for e in evs)


def test_a_judgement_of_nothing_named_has_no_target():
    evs = _has(_events("The mayor said it was outrageous."), code="111")
    assert evs and all(e.target_code is None and e.target_text is None for e in evs)


# ------------------------------------------------------------------ help for people is no endorsement (senses)

def test_supporting_employees_and_customers_is_no_endorsement():
    assert "05" not in _roots("The bank has taken steps to support its employees and customers in Kenya.")


def test_supporting_a_country_stays_an_endorsement():
    assert _has(_events("France supports Ukraine."), code="051", src="FRA", tgt="UKR")


# ------------------------------------------------------------------ giving way and leaving (senses rows)

def test_backing_down_and_evacuating_oneself_are_no_endorsement_or_aid():
    evs = _events("The nurses refused to back down in the face of threats from the board.")
    assert not [e for e in evs if e.cameo_root == "05"]        # (main: a refused endorsement of the minister)
    assert "07" not in _roots("As the river rose, some 40,000 residents evacuated, with 5,000 going to school gyms.")


def test_backing_a_plan_and_evacuating_civilians_stay_coded():
    assert "05" in _roots("The opposition backed the president's plan.")
    assert "07" in _roots("Troops evacuated 300 civilians from the town.")


# ------------------------------------------------------------------ markets closed and forms requested (senses rows)

@pytest.mark.parametrize("text", [
    "The stock exchange was shut in observance of the national holiday on Friday.",
    "While members are requesting and receiving forms, they are slow to send them back.",
    "Voters are requesting absentee ballots in record numbers.",
])
def test_market_hours_and_forms_asked_for_are_no_events(text):
    assert not _roots(text) & {"02", "17"}, text


def test_borders_closed_and_documents_requested_stay_coded():
    assert "17" in _roots("The government closed the border with Kenya.")
    assert "02" in _roots("Congress requested documents from the White House.")


# ------------------------------------------------------------------ money as a donor, laws enacted (senses rows)

def test_a_sum_of_money_is_no_donor_and_a_law_signed_is_no_agreement():
    assert "07" not in _roots("The miner now has $2 million in the bank to fund more drilling.")
    assert "05" not in _roots("It was signed into law in 1964 by President Johnson.")


def test_a_country_funding_and_two_states_signing_stay_coded():
    assert "07" in _roots("Japan funded the project.")
    assert _has(_events("Israel and Jordan signed a peace treaty."), code="057", src="ISR", tgt="JOR")
