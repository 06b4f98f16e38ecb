"""Session 42 (issue 11, branch coop46): material cooperation and aid (CAMEO 03-08) as wire news tells them through
what was given or done -- doses of vaccine, tranches of a loan, a shipment of tonnes of grain, a field hospital,
people taken in, training provided, authorities tipped off, a wanted boss handed over, a deal signed in the passive,
a site financed abroad, a pledge to help a named state, readiness told by "prepared to" -- and the traps beside them:
a ministry training its own teachers, a neighbour's tip to the police, a club's deal with a teenager, a state
funding a hospital at home, drills "held" by coast guards. Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ quantities read through (QUANTITY, quantified)

def test_doses_of_vaccine_delivered_are_humanitarian_aid():
    evs = _events("The WHO delivered 800,000 doses of cholera vaccine to Mozambique on Friday.")
    assert _has(evs, code="073", tgt="MOZ"), _pairs(evs)


def test_a_tranche_of_a_loan_received_is_aid_from_the_lender():
    evs = _events("Ghana received the third tranche of a $3 billion loan from the IMF on Monday.")
    assert _has(evs, root="07", src="IGO", tgt="GHA"), _pairs(evs)


def test_a_shipment_of_tonnes_of_grain_names_the_grain_not_a_side():
    evs = _events("A shipment of 12,000 tonnes of Romanian wheat was delivered to Jordan by the World Food Programme.")
    assert _has(evs, code="073", tgt="JOR"), _pairs(evs)
    assert not _has(evs, tgt="ROU"), _pairs(evs)


def test_megawatts_of_power_sold_abroad_are_trade():
    evs = _events("Laos intends to sell 2,000 megawatts of electricity to Vietnam by 2030.")
    assert _has(evs, root="03", src="LAO", tgt="VNM"), _pairs(evs)


# ------------------------------------------------------------------ aid named by what was given

def test_a_field_hospital_deployed_abroad_is_humanitarian_aid():
    evs = _events("Jordan deployed a second field hospital to the Gaza Strip on Sunday.")
    assert _has(evs, code="073", src="JOR", tgt="PSE"), _pairs(evs)


def test_children_taken_in_are_sheltered():
    evs = _events("Portugal took in 150 children from refugee camps in Greece last month.")
    assert _has(evs, code="073", src="PRT"), _pairs(evs)


def test_migrants_taken_in_for_questioning_stay_a_detention():
    evs = _events("Police took in two migrants for questioning.")
    assert _has(evs, code="173"), _pairs(evs)
    assert not _has(evs, root="07"), _pairs(evs)


def test_a_un_agency_supplying_grain_gives_aid_not_trade():
    evs = _events("The World Food Programme supplied maize to Zimbabwe during the drought.")
    assert _has(evs, code="073", tgt="ZWE"), _pairs(evs)
    assert not _has(evs, code="061"), _pairs(evs)


def test_a_state_supplying_grain_still_trades():
    evs = _events("Russia delivered wheat to Egypt under the new contract.")
    assert _has(evs, code="061", src="RUS", tgt="EGY"), _pairs(evs)


# ------------------------------------------------------------------ material cooperation told by its content

def test_training_provided_to_foreign_troops_is_military_cooperation():
    evs = _events("Britain has provided training to Nigerian soldiers in Kaduna.")
    assert _has(evs, code="062", src="GBR", tgt="NGA"), _pairs(evs)


def test_training_given_to_a_sides_own_people_is_none():
    evs = _events("The ministry provided training to 400 new teachers in Accra.")
    assert not _has(evs, root="06"), _pairs(evs)


def test_authorities_tipped_off_by_a_state_are_given_information():
    evs = _events("French intelligence tipped off Spanish authorities about the smugglers.")
    assert _has(evs, code="064", src="FRA", tgt="ESP"), _pairs(evs)


def test_a_neighbours_tip_to_the_police_is_no_information_sharing():
    evs = _events("A neighbour tipped off the police about the noise.")
    assert not _has(evs, root="06"), _pairs(evs)


def test_a_wanted_boss_handed_over_is_judicial_cooperation():
    evs = _events("Colombia handed over a wanted cartel boss to the United States on Friday.")
    assert _has(evs, code="063", src="COL", tgt="USA"), _pairs(evs)


def test_power_handed_over_stays_no_judicial_cooperation():
    evs = _events("The general handed over power to a civilian council.")
    assert not _has(evs, code="063"), _pairs(evs)


def test_drills_held_jointly_are_no_detention():
    evs = _events("The Indonesian and Malaysian coast guards held joint coast guard drills off Borneo on Monday.")
    assert not _has(evs, root="17"), _pairs(evs)


def test_people_held_stay_a_detention():
    evs = _events("Police held four men overnight after the raid.")
    assert _has(evs, code="173"), _pairs(evs)


# ------------------------------------------------------------------ deals and financing (conventions)

def test_a_deal_signed_in_the_passive_is_between_owner_and_partner():
    evs = _events("Peru's copper deal with a Canadian mining firm was signed on Tuesday.")
    assert _has(evs, code="057", src="PER", tgt="CAN"), _pairs(evs)
    assert _has(evs, code="057", src="CAN", tgt="PER"), _pairs(evs)


def test_a_deal_signed_in_the_passive_with_one_side_named_has_no_pair():
    evs = _events("Peru's copper deal was signed on Tuesday.")
    assert not _has(evs, code="057", tgt="PER"), _pairs(evs)


def test_a_site_financed_abroad_gives_aid_to_its_country():
    evs = _events("Kuwaiti lenders financed the new highway between Kampala and Entebbe.")
    assert _has(evs, code="071", src="KWT", tgt="UGA"), _pairs(evs)


def test_a_site_financed_at_home_gives_no_foreign_target():
    evs = _events("The Kenyan government financed the new port in Mombasa and a dam near Kisumu.")
    assert not any(e.cameo_root == "07" and e.target_code and not e.target_code.startswith("KEN") for e in evs), \
        _pairs(evs)


def test_a_pledge_to_help_a_named_state_is_aimed_at_it():
    evs = _events("The African Development Bank pledged $80 million to help Zambia recover from the drought.")
    assert _has(evs, root="03", tgt="ZMB"), _pairs(evs)


# ------------------------------------------------------------------ readiness and traps

def test_prepared_to_provide_arms_is_an_intent():
    evs = _events("Warsaw is prepared to provide more tanks to Kyiv.")
    assert _has(evs, code="0332", src="POL", tgt="UKR"), _pairs(evs)


def test_prepared_to_attack_is_a_threat():
    evs = _events("The rebels said they were prepared to attack the capital.")
    assert _has(evs, root="13"), _pairs(evs)


def test_a_clubs_deal_with_a_teenager_is_no_agreement():
    evs = _events("Juventus signed a four-year deal with the Serbian teenager.")
    assert not _has(evs, root="05"), _pairs(evs)


def test_fighter_jets_sent_to_another_state_are_military_aid():
    evs = _events("Poland sent its remaining MiG-29 fighter jets to Ukraine on Thursday.")
    assert _has(evs, code="072", src="POL", tgt="UKR"), _pairs(evs)


def test_ships_sent_to_a_strait_stay_no_aid():
    evs = _events("The navy sent two ships to the strait.")
    assert not _has(evs, root="07"), _pairs(evs)


def test_relief_rushed_abroad_is_humanitarian_aid():
    evs = _events("Pakistan rushed 20 tonnes of tents and blankets to quake-hit Afghanistan.")
    assert _has(evs, code="073", src="PAK", tgt="AFG"), _pairs(evs)


def test_troops_rushed_to_a_border_stay_a_mobilisation():
    evs = _events("The army rushed troops to the border.")
    assert not _has(evs, root="07"), _pairs(evs)


def test_a_quantity_of_aid_that_arrives_pays_no_visit():
    evs = _events("Hundreds of tonnes of aid sent by Qatar arrived in Chad on Sunday.")
    assert _has(evs, root="07", src="QAT", tgt="TCD"), _pairs(evs)
    assert not _has(evs, code="042"), _pairs(evs)


def test_a_leader_who_arrives_still_visits():
    evs = _events("The Indonesian president arrived in Canberra late on Tuesday.")
    assert _has(evs, code="042", src="IDN", tgt="AUS"), _pairs(evs)
