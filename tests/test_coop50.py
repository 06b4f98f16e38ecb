"""Session 46 (issue 11, branch coop50): cooperation, meetings, agreements and aid (CAMEO 03-08) in the forms long
wire sentences use -- joint works launched or opened by two states, an embassy reopened, diplomatic relations
established, economic or military cooperation expanded or promised, a loan told as the subject of its use, an
accord reached by two sides in a reduced relative, talks on the margins of a summit, a convoy of aid the parser
read as a participle, ties restored or sanctions lifted named by a noun, a role of mediator offered -- and what
must stay uncoded. Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ joint works (N06-joint-works-coop50, works-begun)

def test_a_pipeline_or_bridge_two_states_launch_is_economic_cooperation():
    evs = _events("Peru and Brazil launched construction of a highway across the Amazon on Thursday.")
    assert _has(evs, code="061", src="PER", tgt="BRA"), _pairs(evs)
    evs = _events("Senegal and Gambia opened a new bridge over the river, officials said.")
    assert _has(evs, code="061", src="SEN", tgt="GMB"), _pairs(evs)
    evs = _events("Morocco and Nigeria will start building a joint industrial park next year.")
    assert _has(evs, code="061", src="MAR", tgt="NGA") or _has(evs, code="0311", src="MAR", tgt="NGA"), _pairs(evs)


def test_a_work_one_state_opens_at_home_is_no_cooperation():
    evs = _events("Peru opened a new highway near Cusco on Sunday.")
    assert not _has(evs, root="06"), _pairs(evs)
    evs = _events("The council opened a new link road to the hospital.")
    assert not _has(evs, root="06"), _pairs(evs)


# ------------------------------------------------------------------ embassies and relations (V05-reopen-embassy-coop50)

def test_an_embassy_reopened_abroad_is_diplomatic_cooperation_with_its_host():
    evs = _events("Spain reopened its embassy in Caracas on Monday after two years.")
    assert _has(evs, code="050", src="ESP", tgt="VEN"), _pairs(evs)


def test_an_embassy_closed_is_no_cooperation():
    evs = _events("Spain closed its embassy in Caracas on Monday.")
    assert not _has(evs, root="05"), _pairs(evs)


def test_relations_established_are_recognition_restored_are_not():
    evs = _events("Oman established diplomatic relations with Bhutan last week.")
    assert _has(evs, code="054", src="OMN", tgt="BTN"), _pairs(evs)
    evs = _events("Oman and Bhutan restored diplomatic ties last week.")
    assert _has(evs, code="050", src="OMN", tgt="BTN") and not _has(evs, code="054"), _pairs(evs)


# ------------------------------------------------------------------ kinds of cooperation expanded (SE-expand-*-coop50)

def test_economic_or_military_cooperation_promised_is_material_intent():
    evs = _events("Vietnam pledged to deepen trade cooperation with Chile.")
    assert _has(evs, code="0311", src="VNM", tgt="CHL"), _pairs(evs)
    evs = _events("Greece wants to expand defence cooperation with Egypt, its foreign minister said.")
    assert _has(evs, code="0312", src="GRC", tgt="EGY"), _pairs(evs)


def test_cultural_cooperation_promised_stays_diplomatic():
    evs = _events("Greece wants to expand cultural cooperation with Egypt.")
    assert _has(evs, code="032", src="GRC", tgt="EGY"), _pairs(evs)
    assert not _has(evs, code="0311") and not _has(evs, code="0312"), _pairs(evs)


# ------------------------------------------------------------------ a loan and what it will do (modality._used_gift)

def test_a_loan_that_will_fund_something_was_given():
    evs = _events("The Asian Development Bank's $400 million loan to Nepal will finance two hydropower plants.")
    assert _has(evs, code="071", tgt="NPL", modality="asserted"), _pairs(evs)
    evs = _events("India's $250 million credit line to Mauritius will pay for new buses.")
    assert _has(evs, code="071", src="IND", tgt="MUS", modality="asserted"), _pairs(evs)


def test_a_loan_still_to_be_approved_is_not_given():
    evs = _events("A $400 million loan to Nepal will be approved next month.")
    assert not _has(evs, root="07", modality="asserted"), _pairs(evs)


# ------------------------------------------------------------------ reduced relatives (reduced-relative-light)

def test_an_accord_reached_by_two_sides_was_concluded_by_them():
    evs = _events("Under a pact reached by Peru and Ecuador in 1998, the border was finally marked.")
    assert _has(evs, code="057", src="PER", tgt="ECU"), _pairs(evs)


def test_an_accord_reached_with_no_sides_named_codes_none():
    evs = _events("Under a deal reached last year, the border crossing was reopened to trucks.")
    assert not _has(evs, code="057"), _pairs(evs)


# ------------------------------------------------------------------ talks on the margins (noun-meeting-settings)

def test_talks_on_the_margins_of_a_summit_are_between_the_ministers():
    evs = _events("The Thai and Cambodian foreign ministers held talks on the margins of a regional meeting in Vientiane.")
    assert _has(evs, code="046", src="THA", tgt="KHM"), _pairs(evs)
    assert not [e for e in evs if e.target_text == "the margins"], _pairs(evs)


# ------------------------------------------------------------------ a convoy read as a participle (nlp/moving_participles)

def test_a_convoy_of_aid_that_crossed_is_aid_delivered():
    evs = _events("A convoy of Jordanian trucks carrying flour crossed into Syria on Monday.")
    assert _has(evs, code="073", src="JOR", tgt="SYR"), _pairs(evs)


def test_a_caption_of_wounded_men_is_not_rebuilt():
    evs = _events("Three soldiers wounded in the blast near the border.")
    assert not _has(evs, root="07"), _pairs(evs)
    from newsgraph.nlp import load_nlp
    doc = load_nlp()("Three soldiers wounded in the blast.")
    assert [t.dep_ for t in doc if t.text == "wounded"] != ["ROOT"]


# ------------------------------------------------------------------ acts on a thing named by its of-phrase (of-object-sides)

def test_ties_restored_and_pacts_signed_named_by_nouns():
    evs = _events("The restoration of ties between Egypt and Turkey was announced in Cairo.")
    assert _has(evs, code="050", src="EGY", tgt="TUR"), _pairs(evs)
    evs = _events("The signing of a trade pact between Chile and Peru was delayed by a week.")
    assert _has(evs, code="057", src="CHL", tgt="PER") or _has(evs, code="057", src="PER", tgt="CHL"), _pairs(evs)


def test_sanctions_lifted_named_by_a_noun_run_from_their_owner_to_their_aim():
    evs = _events("The lifting of Japanese sanctions on Iran was welcomed in Tehran.")
    assert _has(evs, code="085", src="JPN", tgt="IRN"), _pairs(evs)


def test_power_restored_is_no_diplomacy():
    evs = _events("The restoration of electricity to Kherson took a week.")
    assert not _has(evs, root="05"), _pairs(evs)


# ------------------------------------------------------------------ a mediator's role offered (INTENT_ROLE_VERBS)

def test_ready_to_act_as_mediator_is_an_intent_to_mediate():
    evs = _events("Switzerland is ready to act as a mediator between Armenia and Azerbaijan.")
    assert _has(evs, code="039", src="CHE", tgt="ARM"), _pairs(evs)


def test_acting_as_mediator_is_mediation():
    evs = _events("Switzerland acted as a mediator between Armenia and Azerbaijan in May.")
    assert _has(evs, code="045", src="CHE", tgt="ARM") and not _has(evs, code="039"), _pairs(evs)


# ------------------------------------------------------------------ a visitor there for talks (visitor-for-talks)

def test_an_official_in_a_capital_for_talks_holds_them():
    evs = _events("The Colombian envoy, in Quito for a meeting with Ecuadorean officials, told reporters the border would reopen.")
    assert _has(evs, code="040", src="COL", tgt="ECU"), _pairs(evs)


def test_a_plan_for_talks_is_no_meeting():
    evs = _events("A plan for talks with the rebels in Doha was dropped by the Malian government.")
    assert not _has(evs, root="04", modality="asserted"), _pairs(evs)


# ------------------------------------------------------------------ a passive gift's origin (passive-gift-origin)

def test_relief_from_a_state_handed_out_to_named_people_is_its_aid():
    evs = _events("Rice from Thailand was distributed to Burmese families on the border.")
    assert _has(evs, code="073", src="THA", tgt="MMR"), _pairs(evs)


def test_a_passive_gift_to_no_named_side_takes_no_giver_from_its_origin():
    evs = _events("Letters from the ministry were distributed to schools.")
    assert not _has(evs, root="07"), _pairs(evs)


def test_a_loan_that_would_fund_something_is_no_loan_given():
    evs = _events("The World Bank's $400 million loan to Nepal would finance two hydropower plants.")
    assert not _has(evs, root="07", modality="asserted"), _pairs(evs)
