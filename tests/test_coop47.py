"""Session 43 (issue 11, branch coop47): material cooperation and aid (CAMEO 03-08) in the forms real papers use --
sums counted in francs or yen and deposits, a guest received "at the palace", soldiers sent abroad to train another
state's forces, a site a foreign firm builds, rescue teams "provided with", goods given free, farm goods sold to a
named state, treasures given back -- and the traps beside them: a bridge built at home, wheat shipped for sale, a
farmer's cattle sold to a neighbour, troops sent to a border with no purpose. Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ sums in any currency, deposits (noun set MONEY)

def test_a_loan_counted_in_yen_is_economic_aid():
    evs = _events("Japan lent 50 billion yen to the Philippines last year to build a commuter railway.")
    assert _has(evs, code="071", src="JPN", tgt="PHL"), _pairs(evs)


def test_a_loan_counted_in_francs_is_economic_aid():
    evs = _events("The Swiss government lent 200 million francs to Moldova in March.")
    assert _has(evs, code="071", src="CHE", tgt="MDA"), _pairs(evs)


def test_a_deposit_received_from_a_state_is_aid_from_it():
    evs = _events("Jordan's central bank received a $2 billion deposit from Saudi Arabia on Sunday.")
    assert _has(evs, code="071", src="SAU", tgt="JOR"), _pairs(evs)


# ------------------------------------------------------------------ where a guest was received (meeting-venues)

def test_a_guest_received_at_the_palace_is_the_target_not_the_palace():
    evs = _events("Jordan's King Abdullah received the Japanese envoy at the royal palace in Amman on Monday.")
    assert _has(evs, code="043", tgt="JPN"), _pairs(evs)
    assert not [e for e in evs if e.cameo_code == "043" and e.target_text and "palace" in e.target_text], _pairs(evs)


def test_a_counterpart_welcomed_at_the_presidential_palace():
    evs = _events("Ghana's president welcomed his Togolese counterpart at the presidential palace in Accra.")
    assert _has(evs, code="043", tgt="TGO"), _pairs(evs)


# ------------------------------------------------------------------ forces sent to train (SE-deploy-to-train-coop47)

def test_soldiers_sent_abroad_to_train_local_forces_are_military_cooperation():
    evs = _events("Britain sent 60 soldiers to Ghana to train its border guards.")
    assert _has(evs, code="062", src="GBR", tgt="GHA"), _pairs(evs)
    assert not _has(evs, root="15") and not _has(evs, root="13"), _pairs(evs)


def test_soldiers_to_be_sent_to_train_are_no_threat():
    evs = _events("Canada will send 50 soldiers to Latvia to train local troops, the defence minister said on Tuesday.")
    assert not _has(evs, root="13") and not _has(evs, root="15"), _pairs(evs)
    assert _has(evs, root="06", src="CAN", tgt="LVA") or _has(evs, root="03", src="CAN", tgt="LVA"), _pairs(evs)


def test_troops_sent_to_a_border_with_no_purpose_stay_a_mobilisation():
    evs = _events("Chad sent two battalions to its eastern border on Friday.")
    assert not _has(evs, code="062"), _pairs(evs)


# ------------------------------------------------------------------ a site built abroad (built-sites)

def test_a_dam_a_foreign_firm_builds_is_economic_cooperation_with_the_host():
    evs = _events("A Chinese state company began building a hydropower dam in Zambia in May.")
    assert _has(evs, code="061", src="CHN", tgt="ZMB"), _pairs(evs)


def test_reactors_to_be_built_abroad_are_planned_cooperation():
    evs = _events("Russia's Rosatom will build two nuclear reactors in Uzbekistan, a spokesman said.")
    assert _has(evs, code="061", src="RUS", tgt="UZB", modality="planned"), _pairs(evs)


def test_the_river_a_dam_stands_on_is_no_side():
    evs = _events("A Chinese state company is building a dam on the Niger river in Guinea.")
    assert _has(evs, code="061", tgt="GIN"), _pairs(evs)
    assert not _has(evs, tgt="NER"), _pairs(evs)


def test_a_bridge_built_at_home_deals_with_no_one():
    evs = _events("Kenya's government built a new bridge in Mombasa last year.")
    assert not _has(evs, root="06"), _pairs(evs)


# ------------------------------------------------------------------ teams and field hospitals provided with

def test_rescue_teams_provided_with_are_humanitarian_aid():
    evs = _events("Chile provided Peru with two rescue teams and a field hospital after the earthquake.")
    assert _has(evs, code="073", src="CHL", tgt="PER"), _pairs(evs)


def test_rescue_teams_offered_are_an_intent_to_give_aid_to_the_recipient():
    evs = _events("Spain offered to provide Morocco with rescue teams and field hospitals after the earthquake.")
    assert _has(evs, root="03", src="ESP", tgt="MAR"), _pairs(evs)
    assert [e for e in evs if e.cameo_code.startswith("033")], _pairs(evs)


# ------------------------------------------------------------------ goods given free, goods sold

def test_free_wheat_shipped_is_humanitarian_aid():
    evs = _events("Kazakhstan shipped 10,000 tonnes of free wheat to Tajikistan in January.")
    assert _has(evs, code="073", src="KAZ", tgt="TJK"), _pairs(evs)


def test_wheat_shipped_with_no_word_of_gift_stays_trade():
    evs = _events("Kazakhstan shipped 10,000 tonnes of wheat to Tajikistan in January.")
    assert _has(evs, code="061", src="KAZ", tgt="TJK"), _pairs(evs)
    assert not _has(evs, root="07"), _pairs(evs)


def test_sugar_to_be_sold_to_a_state_is_planned_trade():
    evs = _events("Thailand will sell 200,000 tonnes of sugar a year to Indonesia under the new agreement.")
    assert _has(evs, code="061", src="THA", tgt="IDN", modality="planned"), _pairs(evs)


def test_a_farmers_cattle_sold_to_a_neighbour_is_no_trade_between_sides():
    evs = _events("The farmer sold his cattle to a neighbour last week.")
    assert not _has(evs, root="06"), _pairs(evs)


def test_barley_a_state_agreed_to_buy_is_trade_with_its_origin():
    evs = _events("Beijing agreed to buy a million tonnes of Australian barley, the trade ministry said.")
    assert _has(evs, code="061", src="CHN", tgt="AUS"), _pairs(evs)


# ------------------------------------------------------------------ property given back

def test_a_collection_of_treasures_returned_is_property_returned_to_the_state():
    evs = _events("Belgium returned a collection of looted masks to Congo on Thursday.")
    assert _has(evs, code="0842", src="BEL", tgt="COD"), _pairs(evs)


# ------------------------------------------------------------------ talks told as an adjunct (adjunct-meetings)

def test_talks_fronted_before_a_subject_of_two_nationalities_were_between_them():
    evs = _events("At talks in Rabat on Monday, Moroccan and Spanish officials agreed to open a new border crossing.")
    assert _has(evs, root="04", src="MAR", tgt="ESP") and _has(evs, root="04", src="ESP", tgt="MAR"), _pairs(evs)


def test_talks_with_a_subject_of_one_nationality_name_no_partner():
    evs = _events("At talks in Rabat on Monday, Moroccan officials agreed to open a new border crossing.")
    assert not _has(evs, root="04", src="MAR", tgt="MAR"), _pairs(evs)
    assert not [e for e in evs if e.cameo_root == "04" and e.target_code], _pairs(evs)


# ------------------------------------------------------------------ aid from a state that arrives (SENT_ACTS)

def test_aid_from_a_state_that_arrives_is_aid_from_it():
    evs = _events("The first aid from Norway arrived in Gaza on Monday.")
    assert _has(evs, root="07", src="NOR", tgt="PSE"), _pairs(evs)


# ------------------------------------------------------------------ borders: a new crossing, a border opened to people

def test_a_new_crossing_opened_by_two_states_is_an_exchange_between_them():
    evs = _events("Uzbekistan and Tajikistan opened a new border crossing near Termez to expand trade.")
    assert _has(evs, code="061", src="UZB", tgt="TJK"), _pairs(evs)
    assert not _has(evs, root="08"), _pairs(evs)


def test_a_border_reopened_after_a_closure_stays_a_closure_lifted():
    evs = _events("Lebanon reopened its border with Syria after two weeks.")
    assert _has(evs, code="081", src="LBN"), _pairs(evs)


def test_a_border_opened_to_refugees_is_humanitarian_aid_by_the_codebook():
    evs = _events("Niger opened its border to Malian families fleeing the fighting.")
    assert _has(evs, code="073", src="NER"), _pairs(evs)
    assert not _has(evs, code="075"), _pairs(evs)


# ------------------------------------------------------------------ money lent to a firm (SE-lend-to-firm-coop47)

def test_a_banks_loan_to_a_firm_is_business_not_aid():
    evs = _events("A German bank lent the Dutch shipyard 40 million euros.")
    assert _has(evs, code="061", src="DEU"), _pairs(evs)
    assert not _has(evs, root="07"), _pairs(evs)


def test_a_states_loan_to_a_firm_stays_state_aid():
    evs = _events("The Italian government lent the national airline 400 million euros.")
    assert _has(evs, code="071", src="ITA"), _pairs(evs)


# ------------------------------------------------------------------ help received "in the form of" (form-givers)

def test_help_received_in_the_form_of_a_sum_names_its_giver():
    evs = _events("The village is receiving help in the form of 2 million euros from the European Union.")
    assert _has(evs, root="07", src="IGO"), _pairs(evs)


def test_help_received_in_the_form_of_goods_names_its_giver():
    evs = _events("The school is receiving help in the form of new laptops from a Swiss foundation.")
    assert _has(evs, root="07", src="CHE"), _pairs(evs)
