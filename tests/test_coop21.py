"""Session 21 (issue 11, branch coop21): material cooperation (06) and aid (07) in the forms real news uses --
firms selected, hired or contracted, contracts awarded, won or signed, joint ventures and partnerships, stakes and
investments in a named party, sums paid, incidents reported to the police, arms sold, grants won, people of any
trade extradited. Our own sentences only."""
from __future__ import annotations

import pytest

from test_events import _events, _has


@pytest.mark.parametrize("text, rule", [
    ("The transport ministry selected two Spanish rail companies to build the new line to the coast.",
     "V06-select-firm"),
    ("The coastal city hired a Boston engineering firm to study the flood walls, the mayor said.", "V06-select-firm"),
    ("The Indian navy contracted a Dutch shipyard to refit its four frigates.", "V06-select-firm"),
    ("The water authority awarded a 30 million euro contract to a Dutch dredging company in May.",
     "V06-award-contract"),
    ("Boskalis won a 30 million euro contract from the Nigerian ports authority to deepen the channel.",
     "V06-win-contract"),
    ("The port authority signed a 12 million dollar contract with Hyundai Heavy Industries on Monday.",
     "V06-sign-contract"),
    ("Volvo formed a joint venture with the Chinese steel group Baosteel in 2019.", "N06-joint-venture"),
    ("Qatar's sovereign fund invested 200 million dollars in Petrobras, the Brazilian oil company.", "V06-invest-in"),
    ("The Kenyan government paid Siemens $400,000 for the turbine study.", "V06-pay-sum"),
])
def test_economic_cooperation_with_a_named_party(text, rule):
    evs = _has(_events(text), root="06")
    assert evs, text
    assert any(e.rule_id.startswith(rule) and e.target_text for e in evs), [(e.rule_id, e.target_text) for e in evs]


def test_a_contract_won_has_the_awarding_side_as_source():
    evs = _has(_events("Boskalis won a 30 million euro contract from the Nigerian ports authority."), code="061")
    assert evs and "authority" in (evs[0].source_text or "") and evs[0].target_text == "Boskalis"


def test_the_selection_of_firms_named_by_its_noun():
    evs = _has(_events("The space agency announced the selection of four companies for its lander programme."),
               root="06")
    assert evs and "companies" in evs[0].target_text


@pytest.mark.parametrize("text", [
    "The city council hired a new police chief from Ohio last week.",
    "The club picked a young Dutch coach to replace the manager.",
    "The bakery hired 30 workers before the holidays.",
])
def test_a_person_or_workers_hired_is_no_cooperation(text):
    assert not _has(_events(text), root="06"), text


def test_a_player_contract_in_a_sports_story_stays_out():
    text = ("The striker signed a three-year contract with the club on Friday. He scored twice in the derby, "
            "and the team won the league title after the final match of the season.")
    assert not _has(_events(text), root="06")


@pytest.mark.parametrize("text", [
    "The hospital in Osaka reported the theft of the masks to the police on Monday.",
    "The bank reported the suspicious transfers to the police, a spokesman said.",
])
def test_an_incident_reported_to_the_police_shares_information(text):
    evs = _has(_events(text), code="064")
    assert evs and "police" in evs[0].target_text, text


def test_information_reported_to_no_one_is_no_sharing():
    assert not _has(_events("The pharmacy reported a loss of 20,000 dollars for the quarter."), code="064")


@pytest.mark.parametrize("text", [
    "Spain sold six patrol helicopters and two corvettes to Morocco last year.",
    "The United States will sell 40 fighter jets to Poland, the Pentagon said.",
])
def test_arms_sold_to_a_state_are_military_cooperation(text):
    evs = _has(_events(text), code="062")
    assert evs and evs[0].target_text, text


def test_goods_sold_are_no_military_cooperation():
    assert not _has(_events("The farmer sold two tractors to a neighbour."), root="06")


def test_a_grant_won_from_a_party_is_aid():
    evs = _has(_events("The village school won a grant from the European Union to repair its roof."), code="071")
    assert evs and "Union" in evs[0].source_text and "school" in evs[0].target_text


def test_a_lottery_win_is_no_aid():
    assert not _has(_events("A nurse from Leeds won 2 million pounds in the lottery."), root="07")


@pytest.mark.parametrize("text", [
    "Brazil extradited the banker to Portugal on Tuesday.",
    "The fugitive tycoon was extradited to Portugal on Tuesday.",
])
def test_a_person_of_any_trade_extradited_is_judicial_cooperation(text):
    evs = _has(_events(text), code="063")
    assert evs and "Portugal" in evs[0].target_text, text


def test_things_extradited_stay_out():
    assert not _has(_events("The opposition handed over the petition to the speaker."), code="063")


# ------------------------------------------------------------------ sums of money, British spellings

def test_a_sum_in_arms_is_what_is_sold():
    evs = _has(_events("Madrid quietly sold roughly $90 million in rifles and ammunition to Peru last spring."),
               code="062")
    assert evs and "Peru" in evs[0].target_text


def test_arms_sales_named_after_a_sum_are_no_praise():
    evs = _events("The government approved $400 million in arms sales to Nigeria.")
    assert _has(evs, code="062") and not _has(evs, root="05")


def test_a_sum_in_aid_is_aid():
    assert _has(_events("Japan gave $5 million in aid to the Philippines."), root="07")


@pytest.mark.parametrize("text, root", [
    ("Germany will co-operate fully with France on the inquiry.", "06"),
    ("Both governments pledged closer co-operation on border security.", "03"),
])
def test_the_hyphenated_spelling_of_cooperate(text, root):
    assert _has(_events(text), root=root), text



# ------------------------------------------------------------------ aid given "with", appeals for aid, pledges named

@pytest.mark.parametrize("text, code", [
    ("The United States has provided Estonia with anti-ship missiles.", "072"),
    ("Turkey supplied the militia with rifles and ammunition.", "072"),
    ("The World Bank provided Malawi with a $300 million loan.", "071"),
    ("The Red Crescent provided the villagers with tents and clean water.", "070"),
    ("The landlord provided the police with the tenancy files.", "064"),
])
def test_the_recipient_as_object_and_the_thing_after_with(text, code):
    evs = _has(_events(text), code=code)
    assert evs and evs[0].target_text, text


def test_laptops_for_pupils_are_no_aid():
    assert not _has(_events("The school provided its pupils with laptops."), root="07")


def test_an_appeal_for_donations_is_an_appeal_for_aid():
    assert _has(_events("The relief agency appealed to the public for donations and blankets."), code="023")


@pytest.mark.parametrize("text", [
    "Norway renewed its pledge to cut emissions by half.",
    "India made an offer to buy more wheat from Australian farmers.",
    "The minister gave assurances to the unions that no jobs would be lost.",
])
def test_a_pledge_or_offer_named_by_its_noun_is_an_intent(text):
    assert _has(_events(text), root="03"), text


def test_a_commercial_offer_stays_out():
    assert not _has(_events("The bookshop is offering members a free tote bag."), root="03")


@pytest.mark.parametrize("text", [
    "Germany brought home 400 citizens from Sudan on Tuesday.",
    "The State Department has brought back 6,000 Americans from 40 countries since March.",
])
def test_people_brought_home_are_evacuated(text):
    assert _has(_events(text), code="073"), text


def test_one_person_brought_back_is_no_evacuation():
    assert not _has(_events("The club brought back its former coach Jose Perez."), root="07")


# ------------------------------------------------------------------ passive awards, joint work, goods bought

def test_a_contract_awarded_in_the_passive():
    evs = _has(_events("Airbus and Thales were awarded contracts worth $2 billion by the French defence ministry."),
               code="061")
    assert evs and all("ministry" in (e.source_text or "") for e in evs)


def test_two_states_jointly_building_cooperate():
    evs = _has(_events("Siemens and Alstom will jointly build the new trains for the Danish railways."), root="06")
    assert {e.source_text for e in evs} >= {"Siemens", "Alstom"}


def test_two_people_jointly_running_a_shop_is_no_cooperation():
    assert not _has(_events("The two brothers jointly run a bakery in the old town."), root="06")


@pytest.mark.parametrize("text", [
    "The Chilean airline ordered twelve jets from Embraer.",
    "A Taiwanese chipmaker will supply Volvo with sensors for its trucks.",
])
def test_goods_bought_from_or_supplied_to_a_firm(text):
    evs = _has(_events(text), code="061")
    assert evs and evs[0].target_text, text


def test_goods_bought_from_a_person_are_no_cooperation():
    assert not _has(_events("She bought the old car from a neighbour last spring."), root="06")


def test_a_private_buyer_is_no_cooperation():
    text = "The plaintiff, a retired nurse, had bought a phone battery on eBay from a seller called PowerMax."
    assert not _has(_events(text), root="06")


def test_firms_added_to_a_programme_cooperate():
    evs = _has(_events("The space agency has added four companies to its lander programme."), code="061")
    assert evs and "companies" in evs[0].target_text


@pytest.mark.parametrize("text", [
    "The coach added two young players to the squad.",
    "The Commerce Department added 30 Chinese companies to its export blacklist.",
])
def test_players_or_a_blacklist_are_no_programme(text):
    assert not _has(_events(text), root="06"), text


def test_firms_added_to_a_list_of_suppliers_cooperate():
    assert _has(_events("The agency added five companies to its list of approved lunar vendors."), code="061")


@pytest.mark.parametrize("text", [
    "The trade ministry added nine firms to its list of banned exporters.",
    "The Commerce Department added 30 Chinese companies to the Entity List.",
])
def test_firms_added_to_a_sanctions_list_are_no_partners(text):
    assert not _has(_events(text), root="06"), text


def test_contracting_with_a_firm():
    evs = _has(_events("NASA contracted with SpaceX to fly astronauts to the station."), code="061")
    assert evs and evs[0].target_text == "SpaceX"


# ------------------------------------------------------------------ support shown by gathering (convention gathering-purposes)

@pytest.mark.parametrize("text, code", [
    ("Hundreds of nurses turned out to support the striking doctors outside the hospital.", "051"),
    ("Fans lined the streets to cheer the Brazilian rowers on their return.", "051"),
])
def test_support_shown_by_gathering_is_asserted(text, code):
    assert _has(_events(text), code=code, modality="asserted"), text


def test_a_gathering_still_to_come_keeps_its_support_planned():
    evs = _has(_events("Thousands of people plan to turn out to support the president."), code="051")
    assert evs and all(e.modality != "asserted" for e in evs)
