"""Session 29 (issue 11, branch coop30): cooperation roots 02-10 on real news, local news above all -- a step
welcomed is approval, not a guest received; belongings demanded in a robbery or tests required at a gate are no
demand; a telephone number to ring is no appeal or phone call; a state of emergency declared is no agreement;
sums of money given or received are economic aid; people persuaded to act are appealed to; contracts and agreements
approved with a party and agreements entered into are cooperation. Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ welcome: approval, not a guest

def test_a_resignation_welcomed_is_approval():
    evs = _events("The Kenyan president welcomed the finance minister's resignation on Friday.")
    assert _has(evs, code="051", src="KEN"), _pairs(evs)
    assert not _has(evs, code="043"), _pairs(evs)


def test_an_appointment_hailed_is_approval():
    evs = _events("The Chilean opposition welcomed the new governor's appointment.")
    assert _has(evs, code="051", src="CHL"), _pairs(evs)
    assert not _has(evs, root="04"), _pairs(evs)


def test_a_visitor_welcomed_is_still_a_guest_received():
    evs = _events("The Kenyan president welcomed the visiting Ugandan premier at the airport.")
    assert _has(evs, code="043", src="KEN"), _pairs(evs)


# ------------------------------------------------------------------ demands that are none

def test_cash_demanded_in_a_robbery_is_no_demand():
    evs = _events("One of the two robbers held a knife to the shopkeeper and demanded cash.")
    assert not _has(evs, root="10"), _pairs(evs)


def test_a_test_required_at_the_border_is_no_demand():
    evs = _events("Portugal began demanding a negative test from travellers arriving by sea.")
    assert not _has(evs, root="10"), _pairs(evs)


def test_a_release_demanded_stays_a_demand():
    evs = _events("The Kenyan opposition demanded the release of the detained students.")
    assert _has(evs, root="10", src="KEN"), _pairs(evs)


# ------------------------------------------------------------------ telephone numbers

def test_a_number_to_call_is_no_appeal():
    evs = _events("For tickets and more details, call (555) 014-2231.")
    assert not _has(evs, root="02") and not _has(evs, root="04"), _pairs(evs)


def test_a_police_line_to_call_is_no_phone_call():
    evs = _events("Anyone with information should call the Dover police station on 0161 496 0000.")
    assert not _has(evs, root="04") and not _has(evs, root="02"), _pairs(evs)


def test_a_leader_called_is_still_a_phone_call():
    evs = _events("The Kenyan president called the Ugandan president on Monday.")
    assert _has(evs, code="041", src="KEN", tgt="UGA"), _pairs(evs)


# ------------------------------------------------------------------ declarations that are no agreement

def test_a_declaration_of_emergency_signed_is_no_agreement():
    evs = _events("The governor of Kansas signed a declaration of disaster emergency for 40 counties.")
    assert not _has(evs, code="057"), _pairs(evs)


def test_an_emergency_declaration_signed_is_no_agreement():
    evs = _events("The mayor of Dover signed an emergency declaration after the flood.")
    assert not _has(evs, code="057"), _pairs(evs)


def test_a_joint_declaration_signed_stays_an_agreement():
    evs = _events("Kenya and Uganda signed a joint declaration on the lake fisheries.")
    assert _has(evs, code="057", src="KEN", tgt="UGA"), _pairs(evs)


# ------------------------------------------------------------------ money given and received

def test_money_received_from_a_bank_is_economic_aid_from_it():
    evs = _events("The Kenyan government received $26 million from the World Bank.")
    assert _has(evs, code="071", src="IGO", tgt="KEN"), _pairs(evs)


def test_euros_received_from_a_firm_are_economic_aid():
    evs = _events("The Louvre received 15 million euros from a French bank.")
    assert _has(evs, code="071", src="FRA"), _pairs(evs)


def test_a_sum_given_to_a_named_side_is_economic_aid():
    evs = _events("Norway gave $4 million to Somalia for the drought.")
    assert _has(evs, root="07", src="NOR", tgt="SOM"), _pairs(evs)


def test_money_from_a_sale_is_no_aid():
    evs = _events("The Kenyan firm received $2 million from the sale of its plant.")
    assert not _has(evs, root="07"), _pairs(evs)


# ------------------------------------------------------------------ things encouraged (V02-encourage-people-coop30
# was taken out at the merge: on the held-out reading and on plover it coded people encouraged as appeals where the
# gold has none)

def test_an_investment_encouraged_is_no_appeal():
    evs = _events("The Kenyan central bank encouraged investment in the north.")
    assert not _has(evs, root="02"), _pairs(evs)


# ------------------------------------------------------------------ contracts, agreements and acquisitions

def test_a_contract_approved_with_a_firm_is_economic_cooperation():
    evs = _events("The Dutch ministry approved a contract with Siemens for two trains.")
    assert _has(evs, code="061", src="NLD", tgt="DEU"), _pairs(evs)
    assert not _has(evs, root="05"), _pairs(evs)


def test_an_agreement_ratified_with_a_state_is_concluded():
    evs = _events("The Kenyan parliament ratified the agreement with Uganda.")
    assert _has(evs, code="057", src="KEN", tgt="UGA"), _pairs(evs)


def test_an_agreement_entered_into_is_concluded():
    evs = _events("Kenya entered into an agreement with Uganda on the lake.")
    assert _has(evs, code="057", src="KEN", tgt="UGA"), _pairs(evs)


# ------------------------------------------------------------------ orders to free, offers and listings

def test_prisoners_ordered_to_be_freed_are_released_by_who_ordered_it():
    evs = _events("The Pakistani prime minister ordered all detained lawyers to be freed immediately.")
    assert _has(evs, code="0841", src="PAK"), _pairs(evs)
    assert not _has(evs, root="10"), _pairs(evs)


def test_police_ordered_to_act_stays_an_order():
    evs = _events("The Kenyan president ordered the police to release the students.")
    assert _has(evs, root="10", src="KEN"), _pairs(evs)


def test_a_fare_offered_is_commerce():
    evs = _events("The Portuguese airline is offering a round-trip fare of 205 dollars to Lisbon.")
    assert not _has(evs, root="03"), _pairs(evs)


def test_a_deal_offered_by_a_state_stays_an_offer():
    evs = _events("Kenya offered Uganda a deal on the lake.")
    assert _has(evs, root="03", src="KEN", tgt="UGA"), _pairs(evs)


def test_shares_that_trade_on_an_exchange_are_no_cooperation():
    evs = _events("The Russian airline's shares, which trade on the Moscow exchange, closed up 20 percent.")
    assert not _has(evs, root="06"), _pairs(evs)


def test_a_number_spelt_in_letters_is_no_appeal():
    evs = _events("For tickets and information, call (555) 221-BEST.")
    assert not _has(evs, root="02") and not _has(evs, root="04"), _pairs(evs)


# ------------------------------------------------------------------ help to a named side

def test_a_pledge_to_help_a_state_rebuild_is_an_intent_to_give_aid():
    evs = _events("Norway pledged to help Somalia rebuild its schools.")
    assert _has(evs, code="033", src="NOR", tgt="SOM"), _pairs(evs)


def test_helping_a_state_rebuild_is_aid():
    evs = _events("Japan helped Indonesia rebuild the port after the tsunami.")
    assert _has(evs, root="07", src="JPN", tgt="IDN"), _pairs(evs)


def test_helping_unnamed_banks_share_data_is_no_aid():
    evs = _events("The new forum will help banks share their data.")
    assert not _has(evs, root="07"), _pairs(evs)


# ------------------------------------------------------------------ partnerships, joint projects, leases

def test_two_states_forming_a_partnership_cooperate():
    evs = _events("Kenya and Ethiopia formed a partnership to build roads.")
    assert _has(evs, code="060", src="KEN", tgt="ETH"), _pairs(evs)


def test_a_joint_project_launched_by_two_states_is_cooperation():
    evs = _events("Kenya and Ethiopia launched a joint project to build a power line.")
    assert _has(evs, code="060", src="KEN", tgt="ETH"), _pairs(evs)


def test_a_port_leased_to_a_foreign_firm_is_economic_exchange():
    evs = _events("Sri Lanka leased the port to a Chinese company for 99 years.")
    assert _has(evs, code="061", src="LKA", tgt="CHN"), _pairs(evs)


def test_a_flat_rented_by_a_family_is_no_cooperation():
    evs = _events("The family rented the flat to a student.")
    assert not _has(evs, root="06"), _pairs(evs)


# ------------------------------------------------------------------ customers asking for service

def test_consumers_seeking_help_from_a_help_line_make_no_appeal():
    evs = _events("A few shoppers who sought help from the store hotline waited an hour on the phone.")
    assert not _has(evs, root="02"), _pairs(evs)


def test_flood_victims_seeking_help_from_the_government_appeal_for_aid():
    evs = _events("Flood victims in Kenya sought help from the government.")
    assert _has(evs, code="023", src="KEN"), _pairs(evs)


def test_a_levy_that_helps_firms_compete_gives_no_aid():
    evs = _events("Supporters of the levy say that it helps Kenyan farmers compete with imports.")
    assert not _has(evs, root="07"), _pairs(evs)


def test_a_government_encouraged_to_act_is_appealed_to():
    evs = _events("The UN encouraged the Kenyan government to hold talks with the rebels.")
    assert _has(evs, code="020", tgt="KEN"), _pairs(evs)


def test_members_of_a_party_asking_the_speaker_make_an_appeal():
    evs = _events("Opposition members asked the Kenyan speaker to suspend the session.")
    assert _has(evs, root="02", tgt="KEN"), _pairs(evs)
