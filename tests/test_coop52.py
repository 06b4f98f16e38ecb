"""Session 48 (issue 11, branch coop52): cooperation, meetings and aid in the forms real papers print -- a political
story whose words happen to include a goal, a league and a medal is no sports report (its visits and meetings stay
coded), a trip told by "in a visit to", a call hung on "talked ... during a phone call with", leaders reached by
"weighing in by phone", money contributed to a side, the fighters of another side armed or trained, a foreign
presence or inspections agreed to, a trade mission received, military equipment sold -- and what must stay uncoded
or keep its old reading. Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ STORY_SHARED_WORDS (senses._story_words)

_POLITICAL_STORY = (
    "The Ruritanian president visited Kenya on Tuesday for two days of talks.\n\n"
    "The goal of the visit was a new trade pact, officials said.\n\n"
    "The president's party, the People's League, won the election last year.\n\n"
    "He received a gold medal from a veterans' association in 2019.")

_SPORTS_STORY = (
    "Arsenal visit Chelsea on Saturday in the league.\n\n"
    "The coach said the striker was fit after scoring the winning goal in the semifinal.\n\n"
    "The two clubs meet again in the tournament next month.")


def test_a_political_story_with_a_goal_a_league_and_a_medal_keeps_its_visit():
    evs = _events(_POLITICAL_STORY.replace("Ruritanian", "Ugandan"))
    assert _has(evs, code="042", src="UGA", tgt="KEN"), _pairs(evs)


def test_a_sports_story_still_codes_no_visit_or_meeting():
    evs = _events(_SPORTS_STORY)
    assert not _has(evs, root="04"), _pairs(evs)


# ------------------------------------------------------------------ TRIP_ADJUNCT_PREPS: "in"

def test_a_clause_set_in_a_visit_to_a_country_is_a_visit_by_its_subject():
    evs = _events("In a visit to Lima on Friday, the Spanish king praised Peru's economic recovery.")
    assert _has(evs, code="042", src="ESP", tgt="PER"), _pairs(evs)


def test_interest_in_a_visit_is_no_visit():
    evs = _events("The Spanish king showed little interest in a visit to Lima this year.")
    assert not _has(evs, code="042"), _pairs(evs)


# ------------------------------------------------------------------ MEETING_ADJUNCT_VERBS: "talk"

def test_talking_a_matter_during_a_phone_call_with_a_leader_is_a_call_with_them():
    evs = _events("The Dutch prime minister talked energy during a telephone call on Monday with the Norwegian premier.")
    assert _has(evs, root="04", src="NLD", tgt="NOR"), _pairs(evs)


def test_talking_during_an_interview_with_reporters_is_no_meeting():
    evs = _events("The Dutch prime minister talked energy during an interview with reporters on Monday.")
    assert not _has(evs, root="04"), _pairs(evs)


# ------------------------------------------------------------------ V04-weigh-in-phone-coop52

def test_weighing_in_by_phone_with_leaders_is_a_call_with_each():
    evs = _events("As the summit stalled, the Japanese premier weighed in by phone with the leaders of Chile and Peru.")
    assert _has(evs, code="041", src="JPN", tgt="CHL"), _pairs(evs)
    assert _has(evs, code="041", src="JPN", tgt="PER"), _pairs(evs)


def test_weighing_in_on_a_dispute_stays_a_statement():
    evs = _events("The Japanese premier weighed in on the fishing dispute on Monday.")
    assert not _has(evs, root="04"), _pairs(evs)


# ------------------------------------------------------------------ N07-contribution-coop52

def test_money_contributed_to_a_named_side_is_economic_aid():
    evs = _events("Norway made a contribution of $4 million to the World Food Programme on Monday.")
    assert _has(evs, code="071", src="NOR", tgt="IGO"), _pairs(evs)


def test_a_contribution_to_peace_is_no_aid():
    evs = _events("The minister praised Ghana's contribution to regional peace.")
    assert not _has(evs, root="07"), _pairs(evs)


# ------------------------------------------------------------------ V07-arm-fighters-coop52, V06-train-fighters-coop52

def test_a_state_arming_another_sides_rebels_gives_military_aid():
    evs = _events("Ruritania armed the Sudanese rebels last spring, the report said.".replace("Ruritania", "Eritrea"))
    assert _has(evs, code="072", src="ERI", tgt="SDN"), _pairs(evs)


def test_fighters_armed_with_rifles_are_no_aid():
    evs = _events("Fighters armed with rifles stormed an army base near the border.")
    assert not _has(evs, root="07"), _pairs(evs)


def test_training_the_police_of_another_state_is_military_cooperation():
    evs = _events("Italian instructors trained Libyan police in Tripoli last year.")
    assert _has(evs, code="062", src="ITA", tgt="LBY"), _pairs(evs)


def test_training_ones_own_police_is_no_cooperation():
    evs = _events("The Kenyan government trained 400 Kenyan police in Nakuru.")
    assert not _has(evs, root="06"), _pairs(evs)


# ------------------------------------------------------------------ SE-agree-to-presence / inspection

def test_agreeing_to_observers_on_ones_soil_allows_international_involvement():
    evs = _events("The Malian junta agreed to the presence of African Union observers in the north.")
    assert _has(evs, code="0861", src="MLI"), _pairs(evs)
    evs = _events("Iran agreed to inspections of two enrichment sites by the agency.")
    assert _has(evs, code="0862", src="IRN"), _pairs(evs)


def test_agreeing_to_an_extension_stays_an_agreement():
    evs = _events("NATO agreed to an extension of the training mission.")
    assert _has(evs, code="030"), _pairs(evs)
    assert not _has(evs, root="08"), _pairs(evs)


# ------------------------------------------------------------------ SE-receive-trade-mission-coop52

def test_a_trade_mission_received_is_a_visit_hosted():
    evs = _events("Ghana will receive a trade mission from Poland next week.")
    assert _has(evs, code="043", src="GHA", tgt="POL"), _pairs(evs)
    assert not _has(evs, code="0862"), _pairs(evs)


def test_a_monitoring_mission_received_stays_observers_admitted():
    evs = _events("Ghana received a UN monitoring mission on Monday.")
    assert _has(evs, code="0862", src="GHA"), _pairs(evs)


# ------------------------------------------------------------------ V06-sell-equipment-coop52

def test_military_equipment_sold_to_a_state_is_an_arms_sale():
    evs = _events("France will sell $3 billion in military equipment to Egypt, the ministry said.")
    assert _has(evs, code="062", src="FRA", tgt="EGY"), _pairs(evs)


def test_medical_equipment_sold_to_a_state_is_no_arms_sale():
    evs = _events("A Swiss firm sold medical equipment to Egypt last year.")
    assert not _has(evs, code="062"), _pairs(evs)
