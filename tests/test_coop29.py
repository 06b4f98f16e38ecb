"""Session 28 (issue 11, branch coop29): cooperation and diplomacy in the forms news uses -- setting off for a
capital, engaging with a side, a trip named as when a clause happened, a partnership between two parties, investment
named by its noun, weapons bought from a seller, a sole "partnered with" the small model reads as a participle, the
forces of a withdrawal's of-phrase, companions of a trip who are no side; and false ones gone ("let them know", meeting
a woman, a drug withdrawal, a body's spending on its own schools, troops engaging with gunmen).
Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ travel and visits

def test_leaving_for_a_country_is_a_visit():
    evs = _events("The Chilean foreign minister left for Peru on Sunday with two deputies.")
    assert _has(evs, code="042", src="CHL", tgt="PER", modality="asserted"), _pairs(evs)


def test_villagers_leaving_for_a_city_make_no_visit():
    evs = _events("Thousands of Bolivian villagers left for Argentina after the floods.")
    assert not _has(evs, root="04"), _pairs(evs)


def test_companions_of_a_trip_are_no_side_of_it():
    evs = _events("The Chilean foreign minister travelled to Lima on Sunday with two deputies.")
    assert _has(evs, code="042", src="CHL", tgt="PER"), _pairs(evs)
    assert not _has(evs, root="04", tgt="COP"), _pairs(evs)


def test_a_trip_set_as_when_a_clause_happened_was_made_by_its_subject():
    evs = _events("The Kenyan president signed three trade deals during a trip to China.")
    assert _has(evs, code="042", src="KEN", tgt="CHN"), _pairs(evs)


def test_a_visit_without_a_clause_doer_gets_none():
    evs = _events("The talks were delayed during a visit to China.")
    assert not _has(evs, code="042"), _pairs(evs)


# ------------------------------------------------------------------ consulting and partnering

def test_engaging_with_a_side_is_consultation():
    evs = _events("Seoul has engaged with Tokyo on the fishing dispute since spring.")
    assert _has(evs, root="04", src="KOR", tgt="JPN"), _pairs(evs)


def test_troops_engaging_with_gunmen_are_no_consultation():
    evs = _events("Two Malian army patrols engaged with the gunmen near the border post.")
    assert not _has(evs, root="04"), _pairs(evs)


def test_a_standing_partnership_between_two_parties_is_no_new_act():
    # (merge, session 28: the row was made light-verb-only; a partnership named as a standing state is no act of
    # cooperation in this sentence -- the bare form added two false 06 events on the realnews test aggregate)
    evs = _events("A partnership between a Dutch port and a Ghanaian shipping line runs the new terminal.")
    assert not _has(evs, root="06"), _pairs(evs)


def test_a_sole_partnered_with_read_as_a_participle_is_the_predicate():
    evs = _events("The Danish firm partnered with a Kenyan startup.")
    assert _has(evs, root="06", src="DNK", tgt="KEN", modality="asserted"), _pairs(evs)


def test_a_sole_invested_in_read_as_a_participle_is_the_predicate():
    evs = _events("A Swiss firm invested in a Ghanaian mining company.")
    assert _has(evs, root="06", src="CHE", tgt="GHA"), _pairs(evs)


# ------------------------------------------------------------------ investment and arms trade

def test_an_investment_made_in_a_party_named_by_its_noun():
    evs = _events("The Norwegian fund made a large investment in a Ghanaian bank.")
    assert _has(evs, code="061", src="NOR", tgt="GHA"), _pairs(evs)


def test_investment_as_a_statistic_is_no_act():
    evs = _events("Norwegian investment in Ghana has doubled since 2015.")
    assert not _has(evs, root="06"), _pairs(evs)


def test_a_body_spending_on_its_own_schools_is_no_exchange():
    evs = _events("The Ghanaian government announced a new investment in schools.")
    assert not _has(evs, root="06"), _pairs(evs)


def test_weapons_bought_from_a_seller_are_military_cooperation_with_it():
    evs = _events("The Chilean navy bought two frigates from the Netherlands.")
    assert _has(evs, code="062", src="CHL", tgt="NLD"), _pairs(evs)


# ------------------------------------------------------------------ withdrawals

def test_the_forces_of_a_withdrawal_withdrew():
    evs = _events("The withdrawal of Russian troops from Georgia began on Monday.")
    assert _has(evs, code="087", src="RUS"), _pairs(evs)


def test_a_drug_withdrawal_is_no_military_retreat():
    evs = _events("The Danish toddler was treated for opioid withdrawal after birth.")
    assert not _has(evs, root="08"), _pairs(evs)


# ------------------------------------------------------------------ false permission and private meetings

def test_letting_someone_know_grants_nothing():
    evs = _events("The Kenyan ministry let the families know about the delay on Friday.")
    assert not _has(evs, code="086"), _pairs(evs)


def test_letting_a_convoy_pass_still_allows():
    evs = _events("The Syrian army allowed the Turkish convoy to pass through the checkpoint.")
    assert _has(evs, root="08", src="SYR"), _pairs(evs)


def test_meeting_a_woman_in_a_bar_is_no_consultation():
    evs = _events("The Turkish envoy met a woman in a bar in Ankara.")
    assert not _has(evs, root="04"), _pairs(evs)


def test_meeting_a_minister_stays_a_meeting():
    evs = _events("The Turkish envoy met the Greek minister in Ankara.")
    assert _has(evs, root="04", src="TUR", tgt="GRC"), _pairs(evs)


# ------------------------------------------------------------------ calls received

def test_a_call_received_from_a_side_was_made_by_it():
    evs = _events("The Kenyan president received a call from the Ethiopian prime minister on Monday.")
    assert _has(evs, code="041", src="ETH", tgt="KEN"), _pairs(evs)


def test_calls_received_to_resign_are_no_phone_call():
    evs = _events("The Kenyan mayor has received calls from councillors to resign.")
    assert not _has(evs, code="041"), _pairs(evs)


def test_a_departure_framing_the_clause_is_no_visit():
    evs = _events("Before leaving for Peru on Sunday, the Chilean foreign minister met the union leaders.")
    assert not _has(evs, code="042"), _pairs(evs)


def test_the_place_left_is_no_side_of_the_trip():
    evs = _events("The Chilean president leaves Peru for Bolivia today.")
    assert _has(evs, code="042", src="CHL", tgt="BOL") and not _has(evs, root="04", tgt="PER"), _pairs(evs)


def test_leaving_a_race_for_a_reason_is_no_trip():
    evs = _events("The Chilean senator should leave the race for the sake of his party.")
    assert not _has(evs, code="042"), _pairs(evs)
