"""Session 38 (issue 11, branch mat42): material cooperation, aid and yielding (CAMEO 06, 07, 08) in the forms wire
news uses -- strikes and protests called off or suspended, pardons, bodies handed back, contracts signed by two
named sides, aid dropped into a place, aid, arms and energy deliveries named by their noun, imagery passed on,
curfews and ceasefires placed -- and the traps beside them: patients released from hospital, candidates, firms
and investors withdrawing, police ending a march, air strikes halted, airspace reopened to flights.
Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ dissent eased (082)

def test_a_strike_called_off_eases_dissent():
    evs = _events("The nurses' union called off its national strike after the ministry raised pay.")
    assert _has(evs, code="082", modality="asserted"), _pairs(evs)


def test_protests_suspended_by_those_who_led_them():
    evs = _events("Bolivian farmers suspended their road blockade protest on Thursday.")
    assert _has(evs, code="082"), _pairs(evs)


def test_a_march_ended_by_police_is_no_yielding():
    evs = _events("Riot police ended the student protest with water cannon.")
    assert not _has(evs, code="082"), _pairs(evs)


def test_air_strikes_halted_de_escalate():
    evs = _events("The Saudi-led coalition halted its air strikes on Hodeidah for three days.")
    assert _has(evs, code="087"), _pairs(evs)
    assert not _has(evs, code="082"), _pairs(evs)


# ------------------------------------------------------------------ releases and returns (084)

def test_a_pardon_of_prisoners_is_their_release():
    evs = _events("Cuba pardoned 2,000 prisoners ahead of the papal visit.")
    assert _has(evs, code="0841", src="CUB"), _pairs(evs)
    assert not _has(evs, code="056"), _pairs(evs)


def test_bodies_handed_over_are_returned():
    evs = _events("Israel handed over the bodies of 15 Palestinians to Egypt.")
    assert _has(evs, code="084", src="ISR"), _pairs(evs)
    assert not _has(evs, code="063"), _pairs(evs)


def test_a_suspect_handed_over_stays_judicial_cooperation():
    evs = _events("Kenya handed over a wanted Somali financier to the United States.")
    assert _has(evs, code="063", src="KEN", tgt="USA"), _pairs(evs)


def test_a_patient_released_from_hospital_is_no_captive_freed():
    evs = _events("The wounded soldier was released from hospital on Saturday.")
    assert not _has(evs, root="08"), _pairs(evs)


def test_a_prisoner_released_from_jail_stays_a_release():
    evs = _events("The blogger was released from prison on Saturday.")
    assert _has(evs, code="0841"), _pairs(evs)


# ------------------------------------------------------------------ withdrawals (087)

def test_a_candidate_withdrawing_is_no_military_withdrawal():
    evs = _events("The governor withdrew from the presidential race on Monday.")
    assert not _has(evs, root="08"), _pairs(evs)


def test_investors_pulling_out_is_no_military_withdrawal():
    evs = _events("Japanese investors pulled out of the steel project.")
    assert not _has(evs, root="08"), _pairs(evs)


def test_a_state_withdrawing_stays_a_withdrawal():
    evs = _events("Armenia withdrew from the disputed village on Friday.")
    assert _has(evs, code="087", src="ARM"), _pairs(evs)


# ------------------------------------------------------------------ places of curfews and truces

def test_a_curfew_lifted_in_a_city_is_aimed_at_its_country():
    evs = _events("Officials lifted the night curfew in Kathmandu on Tuesday.")
    assert _has(evs, code="0813", tgt="NPL"), _pairs(evs)


def test_a_ceasefire_declared_in_a_place():
    evs = _events("The militia declared a ceasefire in Gaza on Friday.")
    assert _has(evs, code="0871", tgt="PSE"), _pairs(evs)


def test_airspace_reopened_to_flights_eases_a_closure():
    evs = _events("Georgia reopened its airspace to Russian flights on Monday.")
    assert _has(evs, code="081", src="GEO"), _pairs(evs)
    assert not _has(evs, code="075"), _pairs(evs)


def test_a_border_opened_to_refugees_stays_refuge():
    evs = _events("Uganda opened its border to Congolese families fleeing the fighting.")
    # 073 by the codebook's note on 075 (borders opened to refugees are humanitarian aid; 075 until session 43 coop47)
    assert _has(evs, code="073", src="UGA"), _pairs(evs)


# ------------------------------------------------------------------ material cooperation and aid

def test_contracts_signed_by_two_named_sides():
    evs = _events("Peru and Mexico signed contracts worth $800 million for fertiliser shipments.")
    assert _has(evs, code="061", src="PER", tgt="MEX"), _pairs(evs)
    assert _has(evs, code="061", src="MEX", tgt="PER"), _pairs(evs)


def test_contracts_signed_by_one_side_alone_name_no_partner():
    evs = _events("Peru signed two contracts on Monday.")
    assert not _has(evs, root="06"), _pairs(evs)


def test_aid_dropped_into_a_place():
    evs = _events("Egyptian planes dropped food parcels into northern Gaza.")
    assert _has(evs, code="073", src="EGY", tgt="PSE"), _pairs(evs)


def test_aid_dropped_without_a_place_is_no_delivery():
    evs = _events("The United States dropped aid to Egypt last year.")
    assert not _has(evs, code="073"), _pairs(evs)


def test_aid_deliveries_resumed():
    evs = _events("Jordan resumed aid deliveries to Gaza on Monday.")
    assert _has(evs, code="073", src="JOR", tgt="PSE"), _pairs(evs)


def test_arms_deliveries_by_a_side():
    evs = _events("Belarus stepped up arms deliveries to Russia.")
    assert _has(evs, code="072", src="BLR", tgt="RUS"), _pairs(evs)


def test_gas_deliveries_are_trade():
    evs = _events("Azerbaijan resumed gas deliveries to Bulgaria.")
    assert _has(evs, code="061", src="AZE", tgt="BGR"), _pairs(evs)


def test_satellite_imagery_shared():
    evs = _events("France provided Ukraine with satellite imagery of the front.")
    assert _has(evs, code="064", src="FRA", tgt="UKR"), _pairs(evs)


# ------------------------------------------------------------------ sides of aid, deliveries and withdrawals

def test_a_sum_in_aid_goes_to_the_side_the_aid_names():
    evs = _events("The EU provided 5 million euros in humanitarian aid to Sudan.")
    assert _has(evs, root="07", src="IGO", tgt="SDN"), _pairs(evs)


def test_deliveries_from_a_side_to_another():
    evs = _events("Weapons deliveries from Belarus to Russia continued through the winter.")
    assert _has(evs, code="072", src="BLR", tgt="RUS"), _pairs(evs)


def test_the_delivery_of_grain_is_trade():
    evs = _events("Ukraine sped up the delivery of grain to Egypt.")
    assert _has(evs, code="061", src="UKR", tgt="EGY"), _pairs(evs)


def test_the_delivery_of_medicine_is_relief():
    evs = _events("Turkey completed the delivery of medicine to Syria.")
    assert _has(evs, code="073", src="TUR", tgt="SYR"), _pairs(evs)


def test_the_delivery_of_a_report_is_no_aid():
    evs = _events("The ministry completed the delivery of its report to parliament.")
    assert not _has(evs, root="07") and not _has(evs, root="06"), _pairs(evs)


def test_forces_withdrawn_are_no_side():
    evs = _events("Rwanda withdrew its troops from Burundi on Monday.")
    assert _has(evs, code="087", src="RWA", tgt="BDI"), _pairs(evs)
    assert not _has(evs, code="087", tgt="RWAMIL"), _pairs(evs)


def test_cargoes_of_crude_sold_are_trade():
    evs = _events("Angola sold four cargoes of crude to Chinese refiners in May.")
    assert _has(evs, code="061", src="AGO", tgt="CHN"), _pairs(evs)


def test_barrels_of_foreign_crude_bought_are_trade():
    evs = _events("Turkish refiners bought a million barrels of Iraqi crude last month.")
    assert _has(evs, code="061", src="TUR", tgt="IRQ"), _pairs(evs)


# ------------------------------------------------------------------ returns

def test_soldiers_returned_are_released():
    evs = _events("Armenia returned three Azerbaijani soldiers to Baku on Tuesday.")
    assert _has(evs, code="0841", src="ARM"), _pairs(evs)


def test_looted_property_returned():
    evs = _events("The Netherlands returned 400 looted artefacts to Sri Lanka.")
    assert _has(evs, code="0842", src="NLD", tgt="LKA"), _pairs(evs)


def test_a_call_returned_is_no_return():
    evs = _events("The Ghanaian minister returned the call on Friday.")
    assert not _has(evs, root="08"), _pairs(evs)


def test_basing_rights_extended():
    evs = _events("Greece extended basing rights to the US Navy at Souda Bay.")
    assert _has(evs, code="062", src="GRC", tgt="USA"), _pairs(evs)


# ------------------------------------------------------------------ yielding and extradition named by a noun

def test_sanctions_lifted_named_by_a_noun():
    evs = _events("Canada's lifting of sanctions on Belarus surprised its allies.")
    assert _has(evs, code="085", src="CAN"), _pairs(evs)


def test_a_curfew_lifted_named_by_a_noun():
    evs = _events("The Nepali army announced the lifting of the curfew in Pokhara.")
    assert _has(evs, code="0813", src="NPL"), _pairs(evs)


def test_a_statue_removed_is_no_concession():
    evs = _events("The city council announced the removal of the statue from the square.")
    assert not _has(evs, root="08"), _pairs(evs)


def test_an_extradition_carried_out_named_by_a_noun():
    evs = _events("Kenya completed the extradition of the banker to Tanzania.")
    assert _has(evs, code="063", src="KEN", tgt="TZA"), _pairs(evs)


def test_a_protest_beside_a_halted_act_is_not_called_off():
    evs = _events("Flights were suspended at the airport amid protests against the new tax.")
    assert not _has(evs, code="082"), _pairs(evs)
    assert _has(evs, root="14"), _pairs(evs)
