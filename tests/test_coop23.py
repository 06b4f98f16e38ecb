"""Session 23 (issue 11, branch coop23): cooperation, appeals and coercion in the forms news uses -- an
investigation pressed ahead with, a travel warning lifted, expulsions and deals named by their noun, rescue
teams sent, a decision welcomed, and the false events of interview conditions and press conferences.
Our own sentences only."""
from __future__ import annotations

from test_events import _events, _has


def test_an_inquiry_pressed_ahead_with_is_done_not_tried():
    evs = _has(_events("Belgian police pushed ahead with their investigation into the robbery."), root="09")
    assert evs and all(e.modality == "asserted" for e in evs), [(e.cameo_code, e.modality) for e in evs]
    # pushing for an inquiry is still only wanted
    evs = _has(_events("The Danish ministry pushed for an investigation into the sale."), root="09")
    assert evs and all(e.modality != "asserted" for e in evs)


def test_anonymity_requested_is_no_appeal():
    assert not _has(_events("Two senior diplomats requested anonymity because the talks were private."), root="02")


def test_a_press_conference_ended_is_no_talks_broken_off():
    assert not _has(_events("The mayor had just ended a news conference when the shots rang out."), root="16")
    assert _has(_events("The rebels ended the peace talks with the army on Friday."), root="16")


def test_a_travel_warning_lifted_eases_a_restriction():
    evs = _has(_events("France lifted its travel advisory for Morocco on Tuesday."), code="081")
    assert evs and evs[0].source_code.startswith("FRA")
    assert _has(_events("The British Foreign Office lifted a warning against travel to Egypt."), code="081")
    assert not _has(_events("Forecasters lifted the flood warning for the valley at noon."), root="08")


def test_an_expulsion_named_by_its_noun():
    evs = _has(_events("The expulsion of the two Danish journalists by the junta drew protests."), code="174")
    assert evs and evs[0].target_code and evs[0].target_code.startswith("DNK")
    assert not _has(_events("The pupil's expulsion from the academy upset his parents."), root="17")


def test_a_deal_announced_with_a_party_is_an_agreement():
    evs = _has(_events("The Philippine government announced a deal with Japan to build a railway."), code="057")
    assert any((e.source_code or "").startswith("PHL") and (e.target_code or "").startswith("JPN") for e in evs)


def test_rescue_and_medical_teams_sent_are_aid():
    evs = _has(_events("Chile sent two rescue teams to Ecuador after the quake."), code="073")
    assert evs and evs[0].source_code.startswith("CHL") and evs[0].target_code.startswith("ECU")
    assert not _has(_events("The club sent its youth team to the tournament in Norway."), root="07")


def test_a_decision_welcomed_is_approval_not_a_visit():
    evs = _events("Brazil welcomed the Argentine decision.")
    assert _has(evs, code="051", src="BRA")
    assert not _has(evs, root="04")
    # a guest welcomed is still hosted, and the guest's visit coded the other way
    evs = _events("Japan welcomed the Indian prime minister to Tokyo.")
    assert _has(evs, code="043", src="JPN") and _has(evs, code="042", src="IND")


def test_working_with_a_party_on_a_task_is_cooperation():
    evs = _has(_events("The Moroccan police worked with Spanish investigators to dismantle the smuggling ring."),
               code="060")
    assert evs and evs[0].source_code.startswith("MAR") and evs[0].target_code.startswith("ESP")
    assert _has(_events("The Danish firm worked with the Greek government on the new port."), code="060")
    # a job with people is no cooperation
    assert not _has(_events("The nurse worked with refugees in Lesbos for a year."), root="06")


def test_a_licence_revoked_by_an_authority_is_an_administrative_sanction():
    evs = _has(_events("The Hungarian regulator revoked the licence of the radio station."), code="172")
    assert evs and evs[0].source_code.startswith("HUN")
    assert not _has(_events("The singer cancelled her visa appointment."), root="17")


def test_force_by_protesters_is_a_riot():
    assert _has(_events("Protesters stormed the town hall in Lyon."), code="145")
    assert _has(_events("Angry demonstrators attacked the offices of the ruling party in Accra."), code="145")
    evs = _events("Thousands of protesters occupied the airport in Manila.")
    assert _has(evs, code="141") and not _has(evs, root="19")
    # soldiers' force stays force
    assert _has(_events("Government troops attacked the rebel camp near Goma."), root="19")


def test_no_reason_given_for_an_act_does_not_deny_the_act():
    evs = _has(_events("Tanzania gave no reason for the expulsion of the six Iraqis."), code="174")
    assert evs and evs[0].modality == "asserted"
    # a "no" on the act itself still denies it
    evs = _has(_events("There was no attack on the convoy."), root="19")
    assert evs and all(e.modality == "negated" for e in evs)
