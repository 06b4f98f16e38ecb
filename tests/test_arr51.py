"""Session 47 (issue 11, branch arr51): arrests, charges and jailings as local crime pages print them -- the arrested
named "a 20-year-old male" or "a female", a bare "Both were charged" after two suspects named apart, a suspect
"lodged in the county jail", an object that says the act reached no one ("charged in none"), and a headline's
passive whose place phrase the small parse made the verb's object ("Protesters arrested outside embassy"); and what
must stay quiet or keep its reading: a hotel guest lodged, a complaint lodged, police who arrest people outside,
officers and judges named beside the suspects.
Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ "male" and "female" as people

def test_an_arrested_male_is_the_target():
    evs = _events("Deputies in Toledo, Ohio, arrested a 19-year-old male after a short chase on Sunday.")
    hits = _has(evs, code="173", src="USACOP")
    assert hits and any((e.target_code or "").startswith("USA") and e.target_text.endswith("male") for e in hits), \
        _pairs(evs)


def test_two_females_and_a_male_are_three_targets():
    evs = _events("Police in Tulsa, Oklahoma, arrested two females and a male at a motel on Friday.")
    targets = {e.target_text for e in _has(evs, code="173")}
    assert {"two females", "a male"} <= targets, _pairs(evs)


def test_a_male_nurse_keeps_the_nurse_sector():
    evs = _events("A male nurse was arrested in Omaha, Nebraska, on Tuesday.")
    assert any((e.target_code or "").endswith("HLH") for e in _has(evs, code="173")), _pairs(evs)


# ------------------------------------------------------------------ "Both were charged"

_TWO_SUSPECTS = ("Tom Reed, 30, of Dayton, Ohio, was arrested Friday night, and Jim Pike, 46, was arrested Monday. "
                 "Both were charged with felonious assault and held in the county jail.")


def test_both_names_the_two_suspects():
    evs = _events(_TWO_SUSPECTS)
    charged = [e for e in _has(evs, code="115") if e.target_text == "Both"]
    held = [e for e in _has(evs, code="173") if e.target_text == "Both"]
    assert len(charged) == 2 and len(held) == 2, _pairs(evs)
    assert all(e.target_code for e in charged + held), _pairs(evs)     # (Pike's country is no part of this test)
    assert any((e.target_code or "").startswith("USA") for e in charged), _pairs(evs)


def test_both_skips_the_officer_named_beside_the_suspects():
    evs = _events("Ann Lowe, 29, of Lima, Ohio, fled on foot. Officer Dan Ruiz caught her, and her passenger, "
                  "Sam Diaz, gave the officer a false name. Both were lodged in the county jail.")
    both = [e for e in _has(evs, code="173") if e.target_text == "Both"]
    assert both, _pairs(evs)
    assert not any((e.target_code or "").endswith("COP") for e in both), _pairs(evs)


def test_both_with_one_person_named_is_no_one():
    evs = _events("Ann Lowe was stopped on the highway near Lima, Ohio. Both were later released.")
    assert not any(e.target_text == "Both" and e.target_code for e in evs), _pairs(evs)


def test_both_sides_is_not_two_people():
    evs = _events("Tom Reed met Jim Pike in Geneva. Both sides fired mortars across the border on Sunday.")
    assert not any(e.source_text == "Both sides" and (e.source_code or "").endswith("CVL") for e in evs), _pairs(evs)


# ------------------------------------------------------------------ lodged in a jail

def test_lodged_in_the_county_jail_is_an_arrest():
    evs = _events("The two drivers were lodged in the county jail in Macon, Georgia, overnight.")
    assert [e for e in _has(evs, code="173") if e.rule_id.startswith("V17-lodge-in-jail-arr51")], _pairs(evs)


def test_deputies_lodged_a_suspect_in_a_cell():
    evs = _events("Deputies in Macon, Georgia, lodged the suspect in a holding cell.")
    assert _has(evs, code="173", src="USACOP"), _pairs(evs)


def test_guests_lodged_in_a_hotel_are_no_arrest():
    evs = _events("The visiting choir was lodged in a hotel near the harbour in Macon, Georgia.")
    assert not _has(evs, root="17"), _pairs(evs)


def test_a_complaint_lodged_stays_a_complaint():
    evs = _events("The dockers' union lodged a complaint with the port board in Savannah, Georgia.")
    assert _has(evs, code="114") and not _has(evs, root="17"), _pairs(evs)


# ------------------------------------------------------------------ objects that say no one

def test_charged_in_none_is_negated():
    evs = _events("Of the nine crashes, city officers in Richmond, Virginia, were blamed for four but charged in "
                  "none.")
    charged = _has(evs, code="115")
    assert charged and all(e.modality == "negated" for e in charged), _pairs(evs)


def test_police_arrested_nobody():
    evs = _events("Police in Leeds watched the march but arrested nobody.")
    arrests = _has(evs, code="173")
    assert arrests and all(e.modality == "negated" for e in arrests), _pairs(evs)


def test_arrested_no_one():
    evs = _events("Riot police in Athens arrested no one after the march.")
    arrests = _has(evs, code="173")
    assert arrests and all(e.modality == "negated" for e in arrests), _pairs(evs)


def test_an_arrest_of_someone_stays_asserted():
    evs = _events("Police in Leeds arrested one man after the march.")
    assert _has(evs, code="173", modality="asserted"), _pairs(evs)


def test_charged_in_the_killing_stays_asserted():
    evs = _events("Two men have been charged in the killing of a shopkeeper in Leeds.")
    assert _has(evs, code="115", modality="asserted"), _pairs(evs)


# ------------------------------------------------------------------ a headline's place phrase read as an object

def test_protesters_arrested_outside_embassy_are_the_arrested():
    evs = _events("Protesters arrested outside embassy in Nairobi")
    hits = _has(evs, code="173")
    assert hits and all(e.target_text == "Protesters" and not e.source_text for e in hits), _pairs(evs)


def test_students_detained_near_parliament():
    evs = _events("Students detained near parliament in Kampala after rally")
    assert any(e.target_text == "Students" for e in _has(evs, code="173")), _pairs(evs)


def test_police_who_arrest_agitators_outside_stay_the_doers():
    evs = _events("Police in Nairobi arrested outside agitators on Monday.")
    assert not any(e.target_text and e.target_text.startswith("Police") for e in _has(evs, code="173")), \
        _pairs(evs)


# ------------------------------------------------------------------ a charge told in a where-clause

def test_taken_to_the_station_where_he_was_charged():
    evs = _events("LIMA, Ohio -- The driver was taken to the county station, where he was charged with theft.")
    assert _has(evs, code="115"), _pairs(evs)


def test_a_where_clause_on_a_town_moved_to_stays_background():
    evs = _events("He moved to Lahore, where he was arrested.")
    assert not _has(evs, root="17"), _pairs(evs)


def test_a_dated_where_clause_stays_background():
    evs = _events("The activist was taken to Leeds, where she was arrested in 1999.")
    assert not [e for e in _has(evs, root="17") if e.cue == "arrested"], _pairs(evs)
