"""Session 37 (issue 11, branch coop41): appeals, diplomatic and material cooperation and demands (CAMEO 02, 05, 06,
10) in the forms wire news uses -- approval sought of a side, apologies offered, information passed, joint
exercises carried out or staged as war games, intelligence exchanged on a third party, a bid's post, a capital
after "from" on what is demanded, extraditions of anyone, title-case headlines with a with/to/from side -- and
the traps beside them: works and products praised, markets cheering, facts recognised, extraditions approved.
Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ appeals: approval sought of a side

def test_approval_sought_of_a_side_is_an_appeal():
    evs = _events("Nepal sought India's approval for the new hydropower line.")
    assert _has(evs, code="022", src="NPL", tgt="IND"), _pairs(evs)


def test_backing_sought_from_a_side():
    evs = _events("The Somali government sought backing from Turkey for its naval plan.")
    assert _has(evs, root="02", src="SOM", tgt="TUR"), _pairs(evs)


def test_approval_sought_of_no_one_named_is_no_appeal():
    evs = _events("The drug maker sought approval for its new malaria pill.")
    assert not _has(evs, root="02"), _pairs(evs)


# ------------------------------------------------------------------ diplomatic cooperation (05)

def test_an_apology_offered_is_made():
    evs = _events("The Belgian king offered an apology to Congo for the colonial abuses.")
    assert _has(evs, code="055", src="BEL", tgt="COD", modality="asserted"), _pairs(evs)
    assert not _has(evs, root="03"), _pairs(evs)


def test_a_bid_for_a_post_is_the_bidder_backed():
    evs = _events("Ghana supported Rwanda's candidacy for the top WHO post.")
    assert _has(evs, code="051", src="GHA", tgt="RWA"), _pairs(evs)
    assert not _has(evs, tgt="IGO"), _pairs(evs)


def test_a_work_praised_is_a_review():
    evs = _events("Critics hailed the new Nigerian thriller film as a triumph.")
    assert not _has(evs, root="05"), _pairs(evs)


def test_a_deal_praised_stays_praise():
    evs = _events("Ghana's president hailed the border agreement with Togo.")
    assert _has(evs, code="051", src="GHA"), _pairs(evs)


def test_a_market_cheering_is_no_praise():
    evs = _events("Investors cheered the Turkish central bank's decision to raise rates.")
    assert not _has(evs, root="05"), _pairs(evs)


def test_a_party_cheering_a_decision_is_praise():
    evs = _events("The Bolivian opposition cheered the electoral court's decision.")
    assert _has(evs, code="051"), _pairs(evs)


def test_work_recognised_is_praise():
    evs = _events("The Chilean government recognised the contribution of volunteer firefighters.")
    assert _has(evs, code="051", src="CHL") and not _has(evs, code="054"), _pairs(evs)


def test_a_fact_recognised_is_no_recognition():
    evs = _events("Economists recognised the strong growth of the Polish economy.")
    assert not _has(evs, root="05"), _pairs(evs)


def test_a_state_recognised_stays_recognition():
    evs = _events("Slovenia formally recognised the state of Palestine on Tuesday.")
    assert _has(evs, code="054", src="SVN"), _pairs(evs)


def test_an_extradition_approved_is_no_praise():
    evs = _events("A court in Madrid approved the extradition of the Peruvian banker to Lima.")
    assert not _has(evs, root="05"), _pairs(evs)


# ------------------------------------------------------------------ material cooperation (06)

def test_joint_exercise_carried_out():
    evs = _events("Chile and Peru carried out a joint naval exercise off Arica.")
    assert _has(evs, code="062", src="CHL", tgt="PER") and _has(evs, code="062", src="PER", tgt="CHL"), _pairs(evs)


def test_joint_war_games_staged():
    evs = _events("Kazakhstan and Uzbekistan staged joint war games near Tashkent.")
    assert _has(evs, code="062", src="KAZ", tgt="UZB"), _pairs(evs)


def test_joint_training_of_two_forces():
    evs = _events("Moroccan and Spanish naval units held combined training in the strait.")
    assert _has(evs, code="062", src="MAR", tgt="ESP"), _pairs(evs)


def test_sports_games_staged_are_no_exercise():
    evs = _events("Birmingham staged the Commonwealth Games two years ago.")
    assert not _has(evs, root="06") and not _has(evs, root="15"), _pairs(evs)


def test_a_tip_off_passed_is_information_shared():
    evs = _events("The tip-off was relayed to the Spanish police by French customs officers.")
    assert _has(evs, code="064", src="FRA", tgt="ESP"), _pairs(evs)


def test_intelligence_exchanged_on_a_third_party():
    evs = _events("Niger and Chad exchanged intelligence on Boko Haram movements.")
    assert _has(evs, code="064", src="NER", tgt="TCD") and _has(evs, code="064", src="TCD", tgt="NER"), _pairs(evs)
    assert not _has(evs, code="064", tgt="NGAREB"), _pairs(evs)


def test_anyone_extradited_is_judicial_cooperation():
    evs = _events("Portugal extradited the influencer to Brazil on Friday.")
    assert _has(evs, code="063", src="PRT", tgt="BRA"), _pairs(evs)


def test_a_petition_handed_over_stays_no_cooperation():
    evs = _events("The nurses handed over the petition to the health minister.")
    assert not _has(evs, code="063"), _pairs(evs)


# ------------------------------------------------------------------ demands (10)

def test_a_capital_after_from_on_what_is_demanded():
    evs = _events("Manila demanded an explanation from Beijing over the water cannon attack.")
    assert _has(evs, root="10", src="PHL", tgt="CHN"), _pairs(evs)


def test_compensation_demanded_from_a_capital():
    evs = _events("Nairobi demanded compensation from London for the fire at the training ground.")
    assert _has(evs, root="10", src="KEN", tgt="GBR"), _pairs(evs)


def test_coming_back_from_a_capital_stays_a_place():
    evs = _events("The minister returned from Berlin on Monday.")
    assert not _has(evs, tgt="DEU"), _pairs(evs)


# ------------------------------------------------------------------ title-case headlines: the with/to/from side

def test_headline_demand_from_a_state():
    evs = _events("Serbia Demands Explanation From Croatia Over Border Incident")
    assert _has(evs, root="10", src="SRB", tgt="HRV"), _pairs(evs)


def test_headline_apology_to_a_state():
    evs = _events("Japan Apologises To China Over Textbook Remarks")
    assert _has(evs, code="055", src="JPN", tgt="CHN"), _pairs(evs)


def test_headline_arrest_takes_no_place_as_side():
    evs = _events("Police Arrest Man From Ohio After Chase")
    assert not any(e.target_text == "Ohio" for e in evs), _pairs(evs)


# ------------------------------------------------------------------ sentence-case headlines the parse reads as nouns

def test_plain_headline_thanks():
    evs = _events("Nepal thanks India for flood relief")
    assert _has(evs, code="051", src="NPL", tgt="IND"), _pairs(evs)


def test_plain_line_with_its_own_verb_is_no_headline():
    evs = _events("Georgia says it has proof that Russia was behind the cyber attacks")
    assert not _has(evs, root="19"), _pairs(evs)
