"""Session 45 (issue 11, branch coop49): cooperation, meetings, agreements and aid (CAMEO 03-08) in the forms long
wire sentences use -- troop carriers given, a pledged sum told as a possessed noun, the sale of arms to a state
stopped, frozen funds released or unfrozen, a side taken off a watch list, a blockade eased, forces patrolling
jointly, satellite images shared, sums counted in military or relief aid, joint news conferences and fronted phone
calls -- and the precision side: deals and talks between firms are no cooperation between political actors. Our
own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ troop carriers (V07-give-carriers-coop49)

def test_armoured_personnel_carriers_given_are_military_aid():
    evs = _events("Romania handed Moldova 24 armoured personnel carriers in March, the Romanian defence ministry said.")
    assert _has(evs, code="072", src="ROU", tgt="MDA"), _pairs(evs)
    evs = _events("Belgium has delivered 18 armoured personnel carriers to the Beninese army.")
    assert _has(evs, code="072", src="BEL", tgt="BEN"), _pairs(evs)


def test_an_aircraft_carrier_sent_is_no_aid():
    evs = _events("Washington sent a second aircraft carrier to the eastern Mediterranean on Sunday.")
    assert not _has(evs, root="07"), _pairs(evs)
    evs = _events("The airline delivered its stranded passengers to a budget carrier.")
    assert not _has(evs, root="07"), _pairs(evs)


# ------------------------------------------------------------------ pledged sums told as nouns (SE-pledge-sum-coop49)

def test_a_possessed_pledge_of_a_sum_is_an_aid_pledge():
    evs = _events("Norway's pledge of 80 million crowns to the Sudanese Red Crescent was welcomed by the United Nations.")
    assert _has(evs, code="0331", src="NOR", tgt="SDN"), _pairs(evs)
    evs = _events("Google's $3 million pledge to the Libyan flood relief fund was announced on Tuesday.")
    assert _has(evs, code="0331", src="USA", tgt="LBY"), _pairs(evs)


def test_a_pledge_of_words_is_no_aid_pledge():
    evs = _events("Ghana renewed its pledge to reopen the border with Togo.")
    assert not _has(evs, code="0331"), _pairs(evs)
    evs = _events("China's pledge to cut coal use was welcomed by activists.")
    assert not _has(evs, root="03", src="CHN"), _pairs(evs)


# ------------------------------------------------------------------ sales stopped (blocked-goods-targets)

def test_a_sale_of_arms_blocked_is_aimed_at_the_buyer():
    evs = _events("Lawmakers in Ottawa moved to block the sale of attack helicopters to Egypt.")
    assert _has(evs, code="163", tgt="EGY"), _pairs(evs)
    assert not [e for e in evs if e.target_text == "the sale"], _pairs(evs)
    evs = _events("The Dutch government halted deliveries of fighter jet parts to Israel on Monday.")
    assert _has(evs, code="163", src="NLD", tgt="ISR"), _pairs(evs)


def test_exports_suspended_to_a_state_stay_aimed_at_it():
    evs = _events("Norway suspended arms exports to Chile on Friday.")
    assert _has(evs, code="163", src="NOR", tgt="CHL"), _pairs(evs)


# ------------------------------------------------------------------ business dyads (SE-business-deal-coop49)

def test_deals_and_talks_between_firms_are_no_cooperation():
    evs = _events("Nissan said on Tuesday it had signed a supply agreement with Hitachi for battery cells.")
    assert not _has(evs, code="057"), _pairs(evs)
    evs = _events("Unilever and Procter & Gamble held talks this spring on sharing warehouses in Asia.")
    assert not _has(evs, root="04"), _pairs(evs)


def test_a_firm_with_no_other_side_keeps_its_pledge():
    evs = _events("To win over the big brands, Amazon has pledged to stay out of their pricing.")
    assert _has(evs, root="03", src="USA"), _pairs(evs)


def test_a_firm_dealing_with_a_government_stays_cooperation():
    evs = _events("Hyundai signed a deal with the Indonesian government to build a battery plant.")
    assert _has(evs, code="057", tgt="IDN"), _pairs(evs)


# ------------------------------------------------------------------ frozen funds and lists (085)

def test_frozen_funds_released_ease_a_sanction_on_their_owner():
    evs = _events("The Treasury released $3 billion in frozen Venezuelan funds on Thursday.")
    assert _has(evs, code="085", tgt="VEN"), _pairs(evs)
    evs = _events("Ankara unfroze the assets of two Swedish companies on Friday.")
    assert _has(evs, code="085", tgt="SWE"), _pairs(evs)


def test_funds_released_for_a_school_ease_no_sanction():
    evs = _events("The education ministry released funds for the new school in Kisumu.")
    assert not _has(evs, code="085") and not _has(evs, code="0841"), _pairs(evs)


def test_a_side_taken_off_a_watch_list_is_a_sanction_eased():
    evs = _events("Seoul removed Japan from its export control watch list on Monday.")
    assert _has(evs, code="085", src="KOR", tgt="JPN"), _pairs(evs)


def test_a_player_dropped_from_a_team_is_no_sanction_eased():
    evs = _events("The coach dropped the Brazilian striker from the team.")
    assert not _has(evs, root="08"), _pairs(evs)


def test_places_taken_off_a_list_of_safe_places_are_no_sanction_eased():
    evs = _events("The health ministry removed Malta and Cyprus from its travel corridor list on Friday.")
    assert not _has(evs, code="085"), _pairs(evs)


def test_a_blockade_eased_deescalates():
    evs = _events("The Israeli navy eased its blockade of the Lebanese port of Tyre on Tuesday.")
    assert _has(evs, code="087", src="ISR", tgt="LBN"), _pairs(evs)


# ------------------------------------------------------------------ material cooperation (06)

def test_forces_patrolling_jointly_cooperate_militarily():
    evs = _events("Thai and Lao soldiers will jointly patrol the Mekong river to stop smuggling.")
    assert _has(evs, code="062", src="THA", tgt="LAO", modality="planned"), _pairs(evs)


def test_police_patrolling_alone_is_no_cooperation():
    evs = _events("Police patrol the streets of the capital every night.")
    assert not _has(evs, root="06"), _pairs(evs)


def test_satellite_images_shared_are_intelligence_shared():
    evs = _events("Britain has been sharing satellite images with Kenya since the floods began.")
    assert _has(evs, code="064", src="GBR", tgt="KEN"), _pairs(evs)


def test_a_hashtag_shared_is_no_intelligence():
    evs = _events("The singer shared the hashtag with her followers.")
    assert not _has(evs, code="064"), _pairs(evs)


# ------------------------------------------------------------------ sums counted in aid (SE-sum-in-*-coop49)

def test_a_sum_approved_in_military_aid_is_military_aid():
    evs = _events("Denmark approved a further 100 million euros in military aid to Ukraine on Monday.")
    assert _has(evs, code="072", src="DNK", tgt="UKR"), _pairs(evs)


def test_a_sum_given_in_emergency_aid_is_humanitarian_aid():
    evs = _events("Korea gave Nepal $5 million in emergency relief aid after the earthquake.")
    assert _has(evs, code="073", src="KOR", tgt="NPL"), _pairs(evs)


def test_a_bare_sum_given_stays_economic_aid():
    evs = _events("Sweden gave Zambia 20 million dollars for its hospitals.")
    assert _has(evs, code="071", src="SWE", tgt="ZMB"), _pairs(evs)


def test_a_sum_approved_for_no_side_is_a_budget():
    evs = _events("Parliament approved 2 billion dollars for new roads.")
    assert not _has(evs, root="07"), _pairs(evs)


# ------------------------------------------------------------------ meetings as background (04)

def test_a_joint_news_conference_with_a_side_is_a_meeting():
    evs = _events("Speaking at a joint news conference with the Nigerian president in Abuja, the Italian premier "
                  "promised more trade.")
    assert _has(evs, root="04", src="ITA", tgt="NGA"), _pairs(evs)


def test_a_news_conference_alone_is_no_meeting():
    evs = _events("The port authority held a news conference on Friday.")
    assert not _has(evs, root="04"), _pairs(evs)


def test_a_fronted_phone_call_was_with_the_one_told():
    evs = _events("In a phone call on Friday, the Turkish president told the Greek prime minister that Ankara wanted "
                  "calm in the Aegean.")
    assert _has(evs, root="04", src="TUR", tgt="GRC"), _pairs(evs)


def test_a_call_with_reporters_told_after_the_verb_is_no_meeting():
    evs = _events("The minister told reporters in a phone call that the talks had failed.")
    assert not _has(evs, root="04"), _pairs(evs)


# ------------------------------------------------------------------ a trip that frames a past pledge (modality)

def test_a_visit_during_which_a_pledge_was_made_happened():
    evs = _events("The Indonesian president pledged to work with Chile on lithium mining during a visit to Santiago.")
    assert _has(evs, code="042", src="IDN", tgt="CHL", modality="asserted"), _pairs(evs)


def test_a_visit_during_which_a_pledge_will_be_made_is_still_to_come():
    evs = _events("The Korean president will pledge to expand trade with Chile during a visit to Santiago next month.")
    assert not _has(evs, code="042", modality="asserted"), _pairs(evs)


# ------------------------------------------------------------------ relief that crosses into a place (relief_cargo)

def test_trucks_carrying_relief_that_cross_into_a_country_deliver_aid():
    evs = _events("Forty Egyptian trucks carrying rice and blankets crossed into Gaza on Saturday.")
    assert _has(evs, code="073", src="EGY", tgt="PSE"), _pairs(evs)
    evs = _events("The first Saudi aid convoy entered Yemen on Friday.")
    assert _has(evs, code="073", src="SAU", tgt="YEM"), _pairs(evs)


def test_troops_or_tanks_that_cross_deliver_no_aid():
    evs = _events("Russian troops crossed the border into Ukraine.")
    assert not _has(evs, root="07") and _has(evs, code="190", src="RUS", tgt="UKR"), _pairs(evs)
    evs = _events("The striker entered the pitch in the second half.")
    assert not _has(evs, root="07"), _pairs(evs)


def test_a_blockade_protest_called_off_is_dissent_eased_not_deescalation():
    evs = _events("Peruvian miners lifted their highway blockade protest on Sunday.")
    assert _has(evs, code="082", src="PER") and not _has(evs, code="087"), _pairs(evs)
