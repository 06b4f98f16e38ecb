"""Session 30 (issue 11, branch coop31): cooperation roots 04-10 on real news -- support declared for a plan, bill
or report is endorsement; a visit to a place is a visit; a "who" clause after "X, the MP for <place>," is about X;
to command a force is to lead it, no demand; a search whose doer is unnamed is made by the police; police acting
during an investigation are investigating; exercises joined with a force, suspects handed over, files passed,
peacekeepers deployed and debt written off are material cooperation or aid. Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ support for a plan, bill or report: 051

def test_support_for_a_bill_is_endorsement():
    evs = _events("The Irish transport minister supports the new rail bill.")
    assert _has(evs, code="051", src="IRL"), _pairs(evs)


def test_a_plan_backed_in_the_passive_is_endorsement():
    evs = _events("The harbour plan was backed by the Norwegian government on Tuesday.")
    assert _has(evs, code="051", src="NOR"), _pairs(evs)


def test_support_for_the_economy_is_no_endorsement_row():
    evs = _events("The Irish central bank supports the economy with low rates.")
    assert not _has(evs, code="051", src="IRL"), _pairs(evs)


# ------------------------------------------------------------------ "who" after "X, the MP for <place>,"

def test_who_clause_after_a_title_for_a_place_is_about_the_person():
    evs = _events("Maria Olsen, the Labour MP for Bristol, who is backing the housing bill, spoke first.")
    found = _has(evs, code="051")
    assert found and all("Bristol" not in (e.source_text or "") and (e.source_code or "").endswith("LEG")
                         for e in found), _pairs(evs)


# ------------------------------------------------------------------ a visit to a place: 042

def test_a_visit_to_a_border_is_a_visit():
    evs = _events("The Spanish interior minister visited the border fence at Ceuta on Monday.")
    assert _has(evs, code="042", src="ESP"), _pairs(evs)


def test_a_visit_to_a_camp_abroad_is_a_visit():
    evs = _events("The Danish foreign minister toured a refugee camp in Jordan.")
    assert _has(evs, code="042", src="DNK"), _pairs(evs)


# ------------------------------------------------------------------ to command a force is to lead it

def test_commanding_a_fleet_is_no_demand():
    evs = _events("Admiral Sara Lind, who commands the Swedish navy, spoke at the ceremony.")
    assert not _has(evs, root="10"), _pairs(evs)


def test_commanding_troops_to_withdraw_stays_a_demand():
    evs = _events("The Russian general commanded the troops to withdraw from the village.")
    assert _has(evs, root="10", src="RUS"), _pairs(evs)


# ------------------------------------------------------------------ searches with no doer: the police

def test_a_search_with_no_doer_is_the_police():
    evs = _events("Police in Ohio said a search of the van in Dayton turned up two rifles.")
    found = _has(evs, code="091")
    assert found and all((e.source_code or "").startswith("USACOP") for e in found), _pairs(evs)


# ------------------------------------------------------------------ acting during an investigation: 090

def test_arrests_during_an_investigation_are_investigating():
    evs = _events("Detectives in Leeds arrested two men during a fraud investigation.")
    assert _has(evs, code="090"), _pairs(evs)
    assert _has(evs, root="17"), _pairs(evs)


def test_dying_during_an_investigation_is_no_investigation():
    evs = _events("The old farmer died during the investigation.")
    assert not _has(evs, root="09"), _pairs(evs)


# ------------------------------------------------------------------ donations: no giver, no event; contributions to a field, no aid

def test_a_donation_with_no_giver_is_no_event():
    evs = _events("Donations may be made at the door during the evening.")
    assert not _has(evs, root="07"), _pairs(evs)


def test_contributions_to_a_field_are_no_aid():
    evs = _events("The prize honours contributions by young scientists to clean water research.")
    assert not _has(evs, root="07"), _pairs(evs)


# ------------------------------------------------------------------ effort invested is no economic exchange

def test_hearts_and_souls_invested_are_no_cooperation():
    evs = _events("The volunteers invested their hearts and souls into saving the old theatre.")
    assert not _has(evs, root="06"), _pairs(evs)


def test_money_invested_stays_cooperation():
    evs = _events("Toyota invested 2 million dollars in the Kenyan plant.")
    assert _has(evs, code="061", src="JPN"), _pairs(evs)


# ------------------------------------------------------------------ material cooperation: 062, 063, 064

def test_drills_taken_part_in_with_a_force_are_military_cooperation():
    evs = _events("Indian troops took part in drills with the US Army in Alaska.")
    assert _has(evs, code="062", src="IND", tgt="USA"), _pairs(evs)


def test_exercises_joined_with_a_force_are_military_cooperation():
    evs = _events("Polish troops joined the exercises with the Lithuanian army.")
    assert _has(evs, code="062", src="POL", tgt="LTU"), _pairs(evs)


def test_a_suspect_handed_to_another_state_is_judicial_cooperation():
    evs = _events("Colombia handed the drug lord to US agents on Friday.")
    assert _has(evs, code="063", src="COL", tgt="USA"), _pairs(evs)


def test_money_handed_to_someone_is_no_judicial_cooperation():
    evs = _events("Colombia handed the money to the Peruvian government.")
    assert not _has(evs, code="063"), _pairs(evs)


def test_files_sent_to_prosecutors_are_information_shared():
    evs = _events("The Swiss bank sent its files to the French prosecutors.")
    assert _has(evs, code="064", tgt="FRA"), _pairs(evs)


# ------------------------------------------------------------------ rallying support: 053; a deal honoured is no praise

def test_support_rallied_for_a_side_is_rallying_support():
    evs = _events("The senator rallied support for the Kenyan bid among farm groups.")
    assert _has(evs, code="053", tgt="KEN"), _pairs(evs)


def test_a_deal_honoured_is_no_praise():
    evs = _events("The Chilean firm honoured its contract with the Peruvian port.")
    assert not _has(evs, code="051"), _pairs(evs)


# ------------------------------------------------------------------ peacekeepers and debt relief: 074, 071

def test_peacekeepers_deployed_are_military_protection():
    evs = _events("Ghana deployed 800 peacekeepers to South Sudan.")
    assert _has(evs, code="074", src="GHA", tgt="SSD"), _pairs(evs)


def test_debt_written_off_is_economic_aid():
    evs = _events("Germany wrote off Ghana's debt in 2005.")
    assert _has(evs, code="071", src="DEU"), _pairs(evs)


def test_a_scene_turned_over_to_officials_is_no_handover_of_a_suspect():
    evs = _events("The scene has been turned over to state health officials.")
    assert not _has(evs, code="063"), _pairs(evs)

