"""Session 33 (issue 11, branch coop35): cooperation recall on text the system has never seen -- joint exercises of
two named subjects, releases of medics and aid workers, ceasefires ordered or extended, relief provided with seeds
and kits, goods or arms arriving (no visit), acts after "is due / likely to", officers trained by another side,
vaccination of another side's people, goods and arms bought whose origin names the seller, sales approved to a named
side, health experts and medical goods sent, relief goods sold by a firm. Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ joint exercises of two named subjects: 062

def test_drills_of_two_named_states_are_joint():
    evs = _events("Russia and China conducted naval drills in the Sea of Japan.")
    assert _has(evs, code="062", src="RUS", tgt="CHN") and _has(evs, code="062", src="CHN", tgt="RUS"), _pairs(evs)
    assert not _has(evs, root="15"), _pairs(evs)


def test_drills_of_two_nationalities_are_joint():
    evs = _events("Chinese and Russian warships staged exercises near Alaska.")
    assert _has(evs, code="062", src="CHN", tgt="RUS"), _pairs(evs)


def test_drills_of_one_state_stay_a_show_of_force():
    evs = _events("The Iranian navy held drills in the Gulf.")
    assert _has(evs, code="150", src="IRN") and not _has(evs, root="06"), _pairs(evs)


# ------------------------------------------------------------------ releases: 0841

def test_foreign_medics_freed_are_released():
    evs = _events("Libya freed six foreign medics on Tuesday.")
    assert _has(evs, code="0841", src="LBY"), _pairs(evs)


def test_engineers_freed_are_released():
    evs = _events("The junta released two French engineers.")
    assert _has(evs, code="0841", tgt="FRA"), _pairs(evs)


def test_an_aid_worker_released_is_no_aid():
    evs = _events("Iran released a French aid worker.")
    assert _has(evs, code="0841", src="IRN") and not _has(evs, root="07"), _pairs(evs)


def test_aid_released_for_a_country_stays_aid():
    evs = _events("Japan released emergency aid for Nepal.")
    assert _has(evs, root="07", src="JPN", tgt="NPL"), _pairs(evs)


def test_a_company_releasing_its_engineers_is_no_release():
    evs = _events("The company released its engineers from the contract.")
    assert not _has(evs, code="0841"), _pairs(evs)


# ------------------------------------------------------------------ ceasefires ordered or extended: 0871

def test_a_ceasefire_ordered_is_a_truce():
    evs = _events("The Ethiopian government ordered a unilateral ceasefire.")
    assert _has(evs, code="0871", src="ETH"), _pairs(evs)


def test_a_truce_extended_is_a_truce():
    evs = _events("The Sudanese army extended the truce by a week.")
    assert _has(evs, code="0871", src="SDN"), _pairs(evs)


def test_a_call_for_a_ceasefire_stays_an_appeal():
    evs = _events("The UN called for a ceasefire.")
    assert not _has(evs, code="0871"), _pairs(evs)


# ------------------------------------------------------------------ relief provided with goods: 073

def test_farmers_provided_with_seeds_get_aid():
    evs = _events("The charity is providing Ethiopian farmers with seeds and fertilizer.")
    assert _has(evs, code="073", tgt="ETH"), _pairs(evs)


def test_customers_provided_with_goods_get_no_aid():
    evs = _events("The firm provides customers with fuel at low prices.")
    assert not _has(evs, root="07"), _pairs(evs)


# ------------------------------------------------------------------ goods arriving are no visit

def test_tanks_arriving_are_no_visit():
    evs = _events("The first German tanks arrived in Ukraine.")
    assert not _has(evs, code="042"), _pairs(evs)


def test_a_minister_arriving_is_a_visit():
    evs = _events("The Indian prime minister arrived in Tokyo.")
    assert _has(evs, code="042", src="IND", tgt="JPN"), _pairs(evs)


# ------------------------------------------------------------------ "is due / likely to" acts

def test_due_to_visit_is_a_planned_visit():
    evs = _events("Erdogan is due to visit Moscow next week.")
    assert _has(evs, code="042", src="TUR", tgt="RUS", modality="planned"), _pairs(evs)


def test_due_to_meet_is_a_planned_meeting():
    evs = _events("The Turkish president is due to meet Putin in Sochi.")
    assert _has(evs, code="040", src="TUR", tgt="RUS", modality="planned"), _pairs(evs)


def test_likely_to_sign_is_expected():
    evs = _events("Japan is likely to sign a defence pact with the Philippines.")
    assert _has(evs, code="057", src="JPN", tgt="PHL", modality="expected"), _pairs(evs)


def test_unlikely_to_agree_is_not_asserted():
    evs = _events("Brazil is unlikely to agree to lower its tariffs on steel.")
    assert not _has(evs, modality="asserted", src="BRA"), _pairs(evs)


# ------------------------------------------------------------------ officers trained by another side: 062

def test_officers_trained_by_a_foreign_army():
    evs = _events("Indian officers are being trained by the Russian army.")
    assert _has(evs, code="062", src="RUS", tgt="IND"), _pairs(evs)


def test_an_academy_training_its_own_officers_is_no_cooperation():
    evs = _events("The Indian academy trained 300 new officers.")
    assert not _has(evs, root="06"), _pairs(evs)


# ------------------------------------------------------------------ vaccination of another side's people: 073

def test_an_agency_vaccinating_children_abroad_gives_aid():
    evs = _events("The UN is vaccinating children in Yemen against cholera.")
    assert _has(evs, code="073", src="IGO", tgt="YEM"), _pairs(evs)


def test_a_state_vaccinating_its_own_people_gives_no_aid():
    evs = _events("The Kenyan health ministry vaccinated two million children.")
    assert not _has(evs, root="07"), _pairs(evs)


def test_nurses_vaccinating_residents_give_no_aid():
    evs = _events("Nurses vaccinated 300 residents at the clinic on Monday.")
    assert not _has(evs, root="07"), _pairs(evs)


# ------------------------------------------------------------------ goods and arms bought by origin: 061 / 062

def test_soybeans_of_a_country_bought_trade_with_it():
    evs = _events("China will buy more American soybeans.")
    assert _has(evs, code="061", src="CHN", tgt="USA"), _pairs(evs)


def test_oil_of_a_country_bought_trades_with_it():
    evs = _events("India bought Russian oil at a discount.")
    assert _has(evs, code="061", src="IND", tgt="RUS"), _pairs(evs)


def test_drones_of_a_country_bought_are_military_exchange():
    evs = _events("Ukraine bought Turkish drones.")
    assert _has(evs, code="062", src="UKR", tgt="TUR"), _pairs(evs)


def test_private_buyers_make_no_trade():
    evs = _events("American consumers bought more Chinese goods.")
    assert not _has(evs, root="06"), _pairs(evs)


def test_goods_with_no_side_named_code_nothing():
    evs = _events("Shoppers bought more chicken this week.")
    assert not _has(evs, root="06"), _pairs(evs)


def test_jets_with_their_maker_stay_trade():
    evs = _events("The Chilean carrier ordered eight Embraer E175 jets.")
    assert _has(evs, code="061") and not _has(evs, code="062"), _pairs(evs)


# ------------------------------------------------------------------ sales approved to a named side

def test_a_sale_of_jets_approved_is_military_exchange():
    evs = _events("The Pentagon approved the sale of 66 F-16 jets to Taiwan.")
    assert _has(evs, code="062", src="USA", tgt="TWN"), _pairs(evs)


def test_a_sale_approved_in_the_passive():
    evs = _events("The sale of fighter jets to Qatar was approved by the US Senate.")
    assert _has(evs, code="062", src="USA", tgt="QAT"), _pairs(evs)


def test_an_export_cleared_is_trade():
    evs = _events("Australia cleared the export of uranium to India.")
    assert _has(evs, code="061", src="AUS", tgt="IND"), _pairs(evs)


def test_a_transfer_of_prisoners_is_no_sale():
    evs = _events("The government approved the transfer of the prisoners to Kenya.")
    assert not _has(evs, code="061"), _pairs(evs)


# ------------------------------------------------------------------ experts and medical goods sent: 073

def test_health_experts_sent_are_aid():
    evs = _events("The WHO sent experts to Uganda after the outbreak.")
    assert _has(evs, code="073", src="IGO", tgt="UGA"), _pairs(evs)


def test_a_team_of_medical_experts_sent_is_aid():
    evs = _events("China sent a team of medical experts to Italy.")
    assert _has(evs, code="073", src="CHN", tgt="ITA"), _pairs(evs)


def test_military_experts_sent_are_no_aid():
    evs = _events("Russia sent military experts to Syria.")
    assert not _has(evs, root="07"), _pairs(evs)


def test_ventilators_sent_are_aid():
    evs = _events("Germany will send 50 ventilators to Italy.")
    assert _has(evs, code="073", src="DEU", tgt="ITA", modality="planned"), _pairs(evs)


def test_vaccines_delivered_by_a_firm_are_trade():
    evs = _events("Pfizer delivered vaccines to Kenya.")
    assert _has(evs, code="061", tgt="KEN") and not _has(evs, root="07"), _pairs(evs)


# ------------------------------------------------------------------ arms and money offered: 0332 / 0331

def test_arms_offered_to_a_side_are_an_intent_of_military_aid():
    evs = _events("Germany has offered Poland air defence systems.")
    assert _has(evs, code="0332", src="DEU", tgt="POL"), _pairs(evs)


def test_frigates_pledged_are_an_intent_of_military_aid():
    evs = _events("Spain pledged two frigates to the NATO mission.")
    assert _has(evs, code="0332", src="ESP"), _pairs(evs)


def test_a_loan_offered_is_an_intent_of_economic_aid():
    evs = _events("Saudi Arabia offered Pakistan a $3 billion loan.")
    assert _has(evs, code="0331", src="SAU", tgt="PAK"), _pairs(evs)


def test_a_discount_offered_to_customers_is_no_intent():
    evs = _events("The shop offered customers a discount.")
    assert not _has(evs, root="03"), _pairs(evs)


# ------------------------------------------------------------------ loans borrowed or taken from a lender: 071

def test_money_borrowed_from_a_state_is_its_loan():
    evs = _events("Zambia borrowed $1 billion from China.")
    assert _has(evs, code="071", src="CHN", tgt="ZMB"), _pairs(evs)


def test_a_loan_taken_out_from_a_bank_of_states():
    evs = _events("Kenya took out a loan from the World Bank.")
    assert _has(evs, code="071", src="IGO", tgt="KEN"), _pairs(evs)


def test_a_bailout_got_from_the_imf():
    evs = _events("Pakistan got a bailout from the IMF.")
    assert _has(evs, code="071", src="IGO", tgt="PAK"), _pairs(evs)


def test_private_borrowing_is_no_aid():
    evs = _events("He borrowed $500 from a friend.")
    assert not _has(evs, root="07"), _pairs(evs)


def test_an_idea_borrowed_is_no_loan():
    evs = _events("The team borrowed the idea from Brazil.")
    assert not _has(evs, root="07"), _pairs(evs)


def test_a_firm_offering_a_system_is_no_intent_of_military_aid():
    evs = _events("The engineering group can offer a gas boiler system to its clients.")
    assert not _has(evs, root="03"), _pairs(evs)


def test_loans_offered_to_no_named_side_are_no_intent_of_aid():
    evs = _events("The provincial government launched a plan to offer loans to help first-time homebuyers.")
    assert not _has(evs, code="0331"), _pairs(evs)


# ------------------------------------------------------------------ contraband is no trade

def test_cannabis_imported_is_no_trade():
    evs = _events("She was caught importing cannabis from Thailand.")
    assert not _has(evs, root="06"), _pairs(evs)


def test_gas_imported_stays_trade():
    evs = _events("Japan began importing liquefied gas from Qatar under the new deal.")
    assert _has(evs, code="061", src="JPN", tgt="QAT"), _pairs(evs)


# ------------------------------------------------------------------ energy and raw materials supplied to a side: 061

def test_gas_supplied_to_a_state_in_a_relative_clause_is_trade():
    evs = _events("The Norwegian group, which will supply gas to Poland, signed the deal on Monday.")
    assert _has(evs, code="061", src="NOR", tgt="POL"), _pairs(evs)


def test_uranium_sold_to_a_state_is_trade():
    evs = _events("Kazakhstan sells uranium to China.")
    assert _has(evs, code="061", src="KAZ", tgt="CHN"), _pairs(evs)


def test_a_farmer_selling_wheat_is_no_trade_between_sides():
    evs = _events("The farmer sold his wheat to a neighbour.")
    assert not _has(evs, root="06"), _pairs(evs)
