"""Session 39 (issue 11, branch court43): courts and police in wire and local-paper forms -- bail granted is a
release (0841), a suspect who hands himself over is taken into custody (173), a petition, lawsuit or appeal a
court dismisses is a rejection (120, not the 080 of charges dropped), and a court's order that someone be held is
the detention itself (173 by the court, not a demand on the one held; the participle is not coded a second time).
Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ bail

def test_bail_granted_to_someone_is_a_release():
    evs = _events("ACCRA (Reuters) - A Ghanaian high court granted bail to the detained journalist on Tuesday.")
    assert any(e.cameo_code == "0841" and (e.source_code or "").startswith("GHAJUD")
               and "journalist" in (e.target_text or "") for e in evs), _pairs(evs)


def test_bail_granted_with_a_dative_is_a_release():
    evs = _events("The magistrate in Mombasa granted the port clerk bail of 50,000 shillings.")
    assert _has(evs, code="0841", src="KEN"), _pairs(evs)


def test_bail_refused_is_no_release():
    evs = _events("A Lahore court refused bail to the former provincial minister on Wednesday.")
    assert not _has(evs, code="0841"), _pairs(evs)


def test_a_bail_hearing_is_no_release():
    evs = _events("The court will hear the bail application of the two bankers next week.")
    assert not _has(evs, code="0841"), _pairs(evs)


# ------------------------------------------------------------------ surrender to the police

def test_handed_himself_over_is_custody():
    evs = _events("JOHANNESBURG - The wanted councillor handed himself over to police in Pretoria on Sunday.")
    assert _has(evs, code="173", src="ZAFCOP"), _pairs(evs)


def test_handed_over_documents_is_no_custody():
    evs = _events("The councillor handed over the documents to the auditors on Sunday.")
    assert not _has(evs, code="173"), _pairs(evs)


# ------------------------------------------------------------------ claims dismissed by a court

def test_court_dismissing_a_petition_rejects_it():
    evs = _events("LAGOS (Reuters) - A Nigerian tribunal on Monday dismissed the governor's petition against the "
                  "election result.")
    assert _has(evs, root="12", src="NGAJUD"), _pairs(evs)
    assert not _has(evs, code="080"), _pairs(evs)


def test_judge_dismissing_an_appeal_rejects_it():
    evs = _events("A federal judge in Texas dismissed the oil company's appeal on Thursday.")
    assert _has(evs, root="12", src="USA"), _pairs(evs)


def test_charges_dropped_stay_a_concession():
    evs = _events("Prosecutors in Nairobi dropped the charges against the three bloggers on Friday.")
    assert _has(evs, code="080", src="KEN"), _pairs(evs)


# ------------------------------------------------------------------ a court's order of detention

def test_order_that_someone_be_held_is_the_detention():
    evs = _events("MANILA (AP) - A Quezon City judge ordered the bus driver held without bail on Monday.")
    assert _has(evs, code="173", src="PHLJUD"), _pairs(evs)
    assert not _has(evs, code="100"), _pairs(evs)
    assert len(_has(evs, code="173")) == 1, _pairs(evs)


def test_order_held_in_custody_is_the_detention():
    evs = _events("The magistrate ordered the four traders detained at the central prison until their trial.")
    assert any(e.cameo_code == "173" and "magistrate" in (e.source_text or "") for e in evs), _pairs(evs)
    assert not _has(evs, root="10"), _pairs(evs)


def test_order_to_pay_stays_a_demand():
    evs = _events("The court ordered the landlord to pay the tenants' legal costs.")
    assert not _has(evs, code="173"), _pairs(evs)


def test_troops_ordered_withdrawn_is_no_detention():
    evs = _events("The president ordered the troops withdrawn from the border town.")
    assert not _has(evs, code="173"), _pairs(evs)


# ------------------------------------------------------------------ bans eased by a court, bans a law makes

def test_court_overturning_a_ban_eases_it():
    evs = _events("DHAKA (AFP) - Bangladesh's High Court on Sunday overturned the ban on the opposition daily.")
    assert _has(evs, code="081", src="BGDJUD"), _pairs(evs)


def test_court_striking_down_restrictions_eases_them():
    evs = _events("The constitutional court struck down the restrictions on public gatherings in the capital.")
    assert _has(evs, code="081"), _pairs(evs)


def test_overturning_a_verdict_is_no_eased_ban():
    evs = _events("The appeals court overturned the verdict against the two farmers.")
    assert not _has(evs, code="081"), _pairs(evs)


def test_law_passed_banning_something_is_the_legislature_ban():
    evs = _events("ISLAMABAD (Reuters) - Pakistan's Senate passed a law banning the outlawed group's charities.")
    assert _has(evs, root="17", src="PAKLEG"), _pairs(evs)


def test_decree_issued_banning_a_party_is_the_issuer_ban():
    evs = _events("The military council issued a decree banning the largest opposition party.")
    assert any(e.cameo_root == "17" and "council" in (e.source_text or "") for e in evs), _pairs(evs)


# ------------------------------------------------------------------ what a court hears

def test_acts_a_court_hears_of_are_reported():
    evs = _events("The inquest heard that two prison guards had beaten the inmate before his death.")
    beat = _has(evs, root="18")
    assert beat and all(e.modality == "reported" for e in beat), _pairs(evs)


def test_directive_a_court_suspends_is_no_ban_by_the_court():
    evs = _events("The High Court suspended a county directive banning motorcycle taxis from the town centre.")
    assert not any(e.cameo_root == "17" and "Court" in (e.source_text or "") for e in evs), _pairs(evs)


# ------------------------------------------------------------------ sentences upheld on appeal

def test_sentences_upheld_against_people_keep_them_in_prison():
    evs = _events("CAIRO (Reuters) - An Egyptian appeals court upheld prison sentences against nine student activists.")
    assert _has(evs, code="173", src="EGYJUD"), _pairs(evs)


def test_an_election_result_upheld_is_no_detention():
    evs = _events("The Supreme Court upheld the result of the governorship election in Kano.")
    assert not _has(evs, code="173"), _pairs(evs)


# ------------------------------------------------------------------ a rally as the venue of words

def test_threat_at_a_rally_is_no_protest():
    evs = _events("Police booked the former minister for threatening a magistrate at a rally in Lahore.")
    assert not _has(evs, root="14"), _pairs(evs)


def test_a_rally_attended_is_still_a_protest():
    evs = _events("Thousands of traders attended a rally against the new market levy in Lagos.")
    assert _has(evs, root="14"), _pairs(evs)
