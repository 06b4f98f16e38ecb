"""Session 44 (issue 11, branch coop48): cooperation, meetings and aid (CAMEO 03-08) in the forms long wire sentences
use -- leaders meeting on the sidelines of a summit, an official who lands in a capital or is somewhere for talks,
a pact signed in a fronted participle, relief trucks sent into a place, armoured vehicles given, relief or arms that
reach a place, a possessed plan backed, aid given or pledged for a place, rescue teams offered -- and the precision
side: help one private person or group gives another is no cooperation between political actors. Our own
sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ private help (SE-private-help-coop48)

def test_volunteers_helping_their_neighbours_is_no_aid():
    evs = _events("Volunteers from the village delivered food parcels to elderly neighbours during the blizzard.")
    assert not _has(evs, root="07"), _pairs(evs)


def test_a_volunteer_helping_a_man_out_of_his_cellar_is_no_aid():
    evs = _events("A fire brigade volunteer helped an elderly man out of his flooded cellar.")
    assert not _has(evs, root="07"), _pairs(evs)


def test_volunteers_handing_out_relief_to_flood_victims_stay_humanitarian_aid():
    evs = _events("Volunteers handed out rice and blankets to families displaced by the floods.")
    assert _has(evs, code="073"), _pairs(evs)


def test_an_ngo_helping_displaced_families_stays_aid():
    evs = _events("The Red Cross delivered tents and blankets to displaced families in Kassala.")
    assert _has(evs, code="073", tgt="SDN"), _pairs(evs)


def test_a_government_giving_to_its_citizens_stays_aid():
    evs = _events("The Belgian government donated 3 million euros to flood victims in Liege.")
    assert _has(evs, root="07", src="BEL"), _pairs(evs)


# ------------------------------------------------------------------ the sidelines of a summit (meeting-settings)

def test_leaders_meeting_on_the_sidelines_meet_each_other():
    evs = _events("The Peruvian and Chilean presidents met on the margins of the Pacific forum in Lima.")
    assert _has(evs, root="04", src="PER", tgt="CHL") and _has(evs, root="04", src="CHL", tgt="PER"), _pairs(evs)
    assert not [e for e in evs if e.cameo_root == "04" and e.target_text and "margins" in e.target_text], _pairs(evs)


def test_the_summit_on_whose_sidelines_they_met_is_no_meeting_of_its_own():
    evs = _events("Lula and Modi met on the sidelines of the BRICS summit in Kazan.")
    assert not _has(evs, root="04", tgt="IGO") and not _has(evs, root="04", tgt="RUS"), _pairs(evs)
    evs = _events("Macron and Scholz met on the sidelines of the EU summit in Brussels on Thursday.")
    assert _has(evs, code="040", src="FRA", tgt="DEU"), _pairs(evs)
    assert not _has(evs, root="04", tgt="BEL") and not _has(evs, root="04", src="IGO"), _pairs(evs)


def test_a_summit_attended_stays_a_meeting():
    evs = _events("The Kenyan president attended the African Union summit in Addis Ababa.")
    assert _has(evs, code="044", src="KEN"), _pairs(evs)


# ------------------------------------------------------------------ landing in a capital (V04-land-in-coop48)

def test_an_official_who_lands_in_a_capital_visits_it():
    evs = _events("The Colombian president landed in Quito on Friday at the start of a regional tour.")
    assert _has(evs, code="042", src="COL", tgt="ECU"), _pairs(evs)


def test_a_plane_that_lands_visits_no_one():
    evs = _events("The cargo plane landed in Madrid after a long delay.")
    assert not _has(evs, root="04"), _pairs(evs)


# ------------------------------------------------------------------ somewhere for talks (N04-here-for-*-coop48)

def test_one_in_a_capital_for_talks_with_a_side_holds_talks_with_it():
    evs = _events("The Dutch foreign minister was in Jakarta on Monday for talks with the Indonesian president.")
    assert _has(evs, root="04", src="NLD", tgt="IDN"), _pairs(evs)


def test_one_in_a_capital_for_a_meeting_with_a_side_meets_it():
    evs = _events("The Kenyan minister was in Kampala on Friday for a meeting with the Ugandan president.")
    assert _has(evs, code="040", src="KEN", tgt="UGA"), _pairs(evs)


def test_one_in_hospital_for_tests_meets_no_one():
    evs = _events("The Kenyan minister was in hospital on Friday for tests.")
    assert not _has(evs, root="04"), _pairs(evs)


# ------------------------------------------------------------------ fronted participles (tree_subjects)

def test_a_pact_signed_days_before_is_signed_by_the_clause_subject():
    evs = _events("Days after signing a security pact with China, the Fijian prime minister told parliament "
                  "the deal was sound.")
    assert _has(evs, code="057", src="FJI", tgt="CHN"), _pairs(evs)


def test_a_perfect_participle_is_done_by_the_clause_subject():
    evs = _events("Having signed a trade agreement with Japan, Vietnam now wants a similar deal with Korea.")
    assert _has(evs, code="057", src="VNM", tgt="JPN"), _pairs(evs)


def test_a_perfect_passive_participle_is_not_done_by_the_clause_subject():
    evs = _events("Having been freed by the rebels, the Italian nurse flew home to Rome.")
    assert not [e for e in evs if e.cameo_code.startswith("084") and (e.source_text or "").endswith("nurse")], \
        _pairs(evs)


# ------------------------------------------------------------------ vehicles with relief sent into a place

def test_trucks_with_relief_sent_into_a_place_are_aid_to_it():
    evs = _events("Jordan sent two planes loaded with food into Syria on Tuesday.")
    assert _has(evs, code="073", src="JOR", tgt="SYR"), _pairs(evs)


def test_planes_with_tourists_sent_into_a_place_are_no_aid():
    evs = _events("The airline sent two planes carrying tourists into Spain on Tuesday.")
    assert not _has(evs, root="07"), _pairs(evs)


# ------------------------------------------------------------------ vehicles given (V07-give-vehicles-coop48)

def test_armoured_vehicles_delivered_are_military_aid():
    evs = _events("France delivered 12 armoured vehicles to the Nigerian army last week.")
    assert _has(evs, code="072", src="FRA", tgt="NGA"), _pairs(evs)


def test_vehicles_donated_to_police_are_aid():
    evs = _events("Japan donated 30 vehicles to the Kenyan police on Monday.")
    assert _has(evs, code="070", src="JPN", tgt="KEN"), _pairs(evs)


def test_vehicles_supplied_by_a_carmaker_are_no_aid():
    evs = _events("Toyota supplied 500 vehicles to the Thai government last year.")
    assert not _has(evs, root="07"), _pairs(evs)


# ------------------------------------------------------------------ what reaches a place (V07-relief-reaches-coop48)

def test_arms_that_reach_a_state_are_military_aid():
    evs = _events("The first German howitzers reached Ukraine in May.")
    assert _has(evs, code="072", src="DEU", tgt="UKR"), _pairs(evs)


def test_relief_that_reaches_a_state_is_aid():
    evs = _events("The first Ukrainian grain reached Ethiopia on Monday.")
    assert _has(evs, code="073", src="UKR", tgt="ETH"), _pairs(evs)


def test_rebels_or_prices_that_reach_something_are_no_aid():
    for text in ("The rebels reached the outskirts of the capital on Friday.", "Prices reached a record high in May."):
        evs = _events(text)
        assert not _has(evs, root="07"), (text, _pairs(evs))


# ------------------------------------------------------------------ a possessed plan backed (owned-plans)

def test_the_plan_backed_belongs_to_its_owner_not_to_its_topic():
    evs = _events("Spain backed Morocco's autonomy plan for Western Sahara in a letter to the Moroccan king.")
    assert _has(evs, code="051", src="ESP", tgt="MAR"), _pairs(evs)
    assert not _has(evs, root="05", tgt="ESH"), _pairs(evs)


def test_a_bid_backed_stays_the_bidders():
    evs = _events("Japan has endorsed India's bid for a permanent seat on the Security Council.")
    assert _has(evs, code="051", src="JPN", tgt="IND"), _pairs(evs)


# ------------------------------------------------------------------ aid for a place (PT033/PT07-coop48)

def test_money_given_for_relief_in_a_place_goes_to_its_country():
    evs = _events("Ireland gave 5 million euros for famine relief in Somalia.")
    assert _has(evs, code="071", src="IRL", tgt="SOM"), _pairs(evs)


def test_money_pledged_for_relief_in_a_place_is_pledged_to_its_country():
    evs = _events("Australia pledged $2 million for flood relief in Bangladesh.")
    assert _has(evs, root="03", src="AUS", tgt="BGD"), _pairs(evs)


def test_aid_given_at_home_names_no_foreign_recipient():
    evs = _events("The Belgian government donated 3 million euros to flood victims in Liege.")
    assert not [e for e in evs if e.cameo_root == "07" and e.target_code and not e.target_code.startswith("BEL")], \
        _pairs(evs)


# ------------------------------------------------------------------ rescue teams offered (V03-offer-teams-coop48)

def test_rescue_teams_offered_are_humanitarian_aid_offered():
    evs = _events("Taiwan offered rescue teams to Turkey after the earthquake.")
    assert _has(evs, code="0333", src="TWN", tgt="TUR"), _pairs(evs)


def test_doctors_offered_are_humanitarian_aid_offered():
    evs = _events("Cuba offered doctors to Italy during the pandemic.")
    assert _has(evs, code="0333", src="CUB", tgt="ITA"), _pairs(evs)


def test_a_team_of_another_kind_offered_is_no_aid():
    evs = _events("Germany offered a team of legal experts to Ukraine.")
    assert not _has(evs, code="0333"), _pairs(evs)


# ------------------------------------------------------------------ one among those who did it (tree_clauses)

def test_one_among_the_leaders_who_attended_attended_too():
    evs = _events("The Ghanaian minister was among several officials who attended the forum hosted by the French "
                  "president.")
    assert _has(evs, code="044", src="GHA", tgt="FRA"), _pairs(evs)


def test_the_leaders_met_are_not_the_one_who_met_them():
    evs = _events("The Kenyan president met the leaders who attended the forum.")
    assert not _has(evs, code="044", src="KEN"), _pairs(evs)
