"""Session 40 (issue 11, branch coop44): cooperation, aid, yielding and demands (CAMEO 03-10) in the forms wire news
uses -- forces and police sent abroad to help a state, objections and vetoes dropped, ground handed back, a sum of a
debt forgiven, arms sent by the batch, intelligence whose recipient the parse hangs on its topic, aid flown or
trucked in -- and the traps beside them: a club's or a studio's contract, markets welcoming a decision, police sent
to a stadium, a wrong forgiven. Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ forces sent to help another state (074, 0334)

def test_troops_sent_abroad_to_help_are_military_protection():
    evs = _events("Tanzania sent 900 soldiers to Malawi to help secure the northern border.")
    assert _has(evs, code="074", src="TZA", tgt="MWI"), _pairs(evs)
    assert not _has(evs, root="15"), _pairs(evs)


def test_forces_deployed_to_support_an_ally():
    evs = _events("Belarus deployed two battalions to Armenia to support its ally.")
    assert _has(evs, code="074", src="BLR", tgt="ARM"), _pairs(evs)


def test_an_announced_deployment_to_help_is_an_intent_not_a_threat():
    evs = _events("Ghana said it would send 600 troops to Liberia to help the army.")
    assert _has(evs, code="0334", src="GHA", tgt="LBR"), _pairs(evs)
    assert not _has(evs, root="13"), _pairs(evs)


def test_a_pledge_of_peacekeepers_is_0334():
    evs = _events("Nepal pledged to send 400 peacekeepers to Lebanon.")
    assert _has(evs, code="0334", src="NPL"), _pairs(evs)


def test_police_sent_abroad_to_help_are_military_protection():
    evs = _events("Jamaica sent 150 police officers to Haiti to help restore order.")
    assert _has(evs, code="074", src="JAM", tgt="HTI"), _pairs(evs)


def test_troops_sent_to_a_border_stay_a_show_of_force():
    evs = _events("Turkey sent troops to the Syrian border on Monday.")
    assert _has(evs, code="154"), _pairs(evs)
    assert not _has(evs, root="07"), _pairs(evs)


def test_police_sent_to_a_stadium_are_no_mobilisation():
    evs = _events("The city sent 300 police officers to the stadium before the derby.")
    assert not _has(evs, root="15"), _pairs(evs)
    assert not _has(evs, root="07"), _pairs(evs)


def test_forces_sent_to_counter_a_foe_are_mobilised_against_it():
    evs = _events("Iran sent thousands of troops to Aleppo to repel the Turkish army's offensive.")
    assert _has(evs, code="154", src="IRN", tgt="TUR"), _pairs(evs)


def test_warships_deployed_to_deter_an_alliance():
    evs = _events("China deployed four warships to the strait to deter the United States.")
    assert _has(evs, root="15", src="CHN", tgt="USA"), _pairs(evs)


# ------------------------------------------------------------------ yielding (080, 084)

def test_an_objection_dropped_is_a_concession():
    evs = _events("Austria dropped its objection to Romania's entry into the Schengen area.")
    assert _has(evs, code="080", src="AUT", tgt="ROU"), _pairs(evs)


def test_a_veto_lifted_is_a_concession():
    evs = _events("Slovakia lifted its veto on the loan to Moldova.")
    assert _has(evs, code="080", src="SVK"), _pairs(evs)


def test_ground_handed_back_goes_to_the_side_named():
    evs = _events("Tajikistan handed back three border villages to Kyrgyzstan.")
    assert _has(evs, code="0842", src="TJK", tgt="KGZ"), _pairs(evs)


def test_ground_returned_is_not_its_villagers():
    evs = _events("Eritrea returned two towns to Ethiopia under the peace deal.")
    assert _has(evs, code="0842", src="ERI", tgt="ETH"), _pairs(evs)


# ------------------------------------------------------------------ aid (071, 072, 073)

def test_a_sum_of_a_debt_forgiven_is_debt_relief():
    evs = _events("Japan forgave $80 million of Laos's debt.")
    assert _has(evs, code="071", src="JPN"), _pairs(evs)
    assert not _has(evs, code="056"), _pairs(evs)


def test_forgiving_a_person_stays_forgiveness():
    evs = _events("The widow forgave the driver who killed her husband.")
    assert not _has(evs, root="07"), _pairs(evs)


def test_arms_sent_by_the_batch_keep_their_recipient():
    evs = _events("Sweden delivered a second batch of howitzers to Ukraine.")
    assert _has(evs, code="072", src="SWE", tgt="UKR"), _pairs(evs)


def test_aid_flown_in_by_a_state_is_humanitarian_aid():
    evs = _events("Medical supplies were flown to Tripoli by Tunisian army planes.")
    assert _has(evs, code="073", src="TUN", tgt="LBY"), _pairs(evs)


def test_food_trucked_to_a_state():
    evs = _events("Kenya trucked food to South Sudan last week.")
    assert _has(evs, code="073", src="KEN", tgt="SSD"), _pairs(evs)


def test_aid_trucks_crossing_in_deliver_aid_to_the_side_reached():
    evs = _events("Twenty Kuwaiti aid trucks crossed into Lebanon on Saturday.")
    assert _has(evs, code="073", src="KWT", tgt="LBN"), _pairs(evs)


def test_a_convoy_of_aid_trucks_read_as_a_participle():
    evs = _events("A convoy of 30 Emirati aid trucks entered Sudan on Monday.")
    assert _has(evs, code="073", src="ARE", tgt="SDN"), _pairs(evs)


def test_trucks_with_no_aid_arriving_are_no_aid():
    evs = _events("Chinese trucks crossed into Kazakhstan on Monday.")
    assert not _has(evs, root="07"), _pairs(evs)


def test_cars_shipped_are_no_aid():
    evs = _events("The carmaker shipped 4,000 vehicles to Chile in May.")
    assert not _has(evs, root="07"), _pairs(evs)


def test_a_government_helping_a_sector_gives_aid():
    evs = _events("The Vietnamese government helped coffee farmers buy new seed after the floods.")
    assert _has(evs, code="070", src="VNM"), _pairs(evs)


def test_a_plan_to_help_an_industry_is_an_intent_to_aid():
    evs = _events("The Nigerian ministry of trade unveiled a plan to help textile manufacturers cut their energy costs.")
    assert _has(evs, root="03", src="NGA"), _pairs(evs)


def test_an_app_helping_users_is_no_aid():
    evs = _events("The new service helps shoppers compare prices.")
    assert not _has(evs, root="07"), _pairs(evs)
    assert not _has(evs, root="03"), _pairs(evs)


# ------------------------------------------------------------------ intelligence shared (064)

def test_the_recipient_hung_on_the_topic_of_the_information():
    evs = _events("Spanish intelligence shared details about the network with Portuguese police.")
    assert _has(evs, code="064", src="ESP", tgt="PRT"), _pairs(evs)


def test_the_recipient_after_a_topic_on_the_verb():
    evs = _events("Dutch police passed information on the gang to Belgian prosecutors.")
    assert _has(evs, code="064", src="NLD", tgt="BEL"), _pairs(evs)


def test_the_topic_of_exchanged_data_is_no_side():
    evs = _events("The two customs services exchanged data on the traffickers.")
    assert not _has(evs, code="064", tgt="CRM"), _pairs(evs)


# ------------------------------------------------------------------ contracts, markets: no cooperation

def test_a_club_signing_a_player_is_no_agreement():
    evs = _events("Ajax signed a three-year deal with the Nigerian striker on Monday.")
    assert not _has(evs, root="05"), _pairs(evs)


def test_a_deal_to_take_a_post_is_no_intent_to_cooperate():
    evs = _events("The Dutch coach agreed a deal to manage Morocco's national team.")
    assert not _has(evs, root="03"), _pairs(evs)
    assert not _has(evs, root="05"), _pairs(evs)


def test_a_deal_between_states_stays_an_agreement():
    evs = _events("Peru signed a deal with Chile to build a gas pipeline.")
    assert _has(evs, code="057", src="PER", tgt="CHL"), _pairs(evs)


def test_an_agreement_to_join_stays_an_intent():
    evs = _events("Georgia agreed to join the regional trade bloc.")
    assert _has(evs, root="03"), _pairs(evs)


def test_a_party_welcoming_a_decision_stays_praise():
    evs = _events("The opposition welcomed the minister's decision to step down.")
    assert _has(evs, code="051"), _pairs(evs)


# ------------------------------------------------------------------ demands (100)

def test_a_demand_for_something_back_from_its_holder():
    evs = _events("Greece demanded the return of the ancient marbles from Britain.")
    assert _has(evs, root="10", src="GRC", tgt="GBR"), _pairs(evs)


def test_a_demand_on_the_captive_keeps_the_captive_side():
    evs = _events("Norway demanded the release of two Norwegian sailors held by the Houthis.")
    assert _has(evs, root="10", src="NOR"), _pairs(evs)
