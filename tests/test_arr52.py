"""Session 48 (issue 11, branch arr52): protests, arrests, charges and repression as real papers print them --
people held named by a participle and the place that holds them ("two sailors detained in Iran"), the charged named
"the couple", "the pair" or "the trio", a suspect "busted" by deputies, one "accused in an indictment" (charged, not
only blamed), protesters breaking into someone's speech or event, a headline whose first word is an -ing adjective
("Fleeing suspect arrested"); and what must stay quiet: a man jailed in a dated past, "a pair of pistols", a knee
busted, a session interrupted by its chairman, an election "stolen", a fight broken up by the police, the name of
a charge of evading arrest.
Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ people held in a named place (held-in-place)

def test_people_detained_in_a_country_are_detained_there():
    evs = _events("Wellington is pressing for the release of three sailors detained in Iran.")
    hits = [e for e in _has(evs, code="173", src="IRN") if e.target_text == "three sailors"]
    assert hits and all(e.modality == "asserted" for e in hits), _pairs(evs)


def test_a_reporter_jailed_in_a_city_is_jailed():
    evs = _events("The case of the reporter jailed in Cairo has drawn protests from press groups.")
    assert _has(evs, code="173", src="EGY"), _pairs(evs)


def test_a_dated_or_earlier_jailing_stays_background():
    evs = _events("A farmer jailed in Texas in 2003 for arson was freed on Monday.")
    assert not _has(evs, code="173"), _pairs(evs)
    evs = _events("A poet once imprisoned in Cuba read at the festival.")
    assert not _has(evs, code="173"), _pairs(evs)


def test_a_meeting_held_in_a_city_is_no_detention():
    evs = _events("The talks held in Geneva ended without a deal.")
    assert not _has(evs, root="17"), _pairs(evs)


# ------------------------------------------------------------------ "the couple", "the pair", "the trio"

def test_an_indicted_couple_is_the_target():
    evs = _events("A federal grand jury in Boise, Idaho, indicted the couple on Tuesday.")
    hits = _has(evs, code="115", src="USAJUD")
    assert hits and any(e.target_text == "the couple" and (e.target_code or "").endswith("CVL") for e in hits), \
        _pairs(evs)


def test_an_arrested_pair_and_an_indicted_trio():
    evs = _events("Officers in Leeds arrested the pair on Friday.")
    assert any(e.target_text == "the pair" for e in _has(evs, code="173")), _pairs(evs)
    evs = _events("The jury indicted the trio on Monday.")
    assert any(e.target_text == "the trio" for e in _has(evs, code="115")), _pairs(evs)


def test_a_pair_of_things_is_no_one():
    evs = _events("Deputies seized a pair of rifles and a couple of shotguns from the cabin.")
    assert not any(e.target_text in ("a pair", "a couple") for e in evs), _pairs(evs)


# ------------------------------------------------------------------ busted

def test_deputies_busted_two_men():
    evs = _events("Sheriff's deputies busted two men selling heroin behind the depot in Flint, Michigan.")
    assert _has(evs, code="173", src="USACOP"), _pairs(evs)


def test_a_doerless_bust_is_an_arrest():
    evs = _events("Two dealers were busted near the bus depot on Sunday.")
    assert _has(evs, code="173"), _pairs(evs)


def test_a_busted_knee_or_a_kids_bust_is_no_arrest():
    evs = _events("The striker busted his knee in the second half.")
    assert not _has(evs, root="17"), _pairs(evs)
    evs = _events("The older girls busted the boys for cheating at cards.")
    assert not _has(evs, root="17"), _pairs(evs)


# ------------------------------------------------------------------ accused in an indictment

def test_accused_in_an_indictment_is_charged():
    evs = _events("The broker was accused in an indictment unsealed in Denver of hiding $2 million from investors.")
    assert _has(evs, code="115") and not _has(evs, code="112"), _pairs(evs)


def test_accused_in_a_speech_stays_blame():
    evs = _events("The coach was accused in the newspaper of lying about the injury.")
    assert _has(evs, code="112") and not _has(evs, code="115"), _pairs(evs)


# ------------------------------------------------------------------ protesters break into an event

def test_protesters_interrupting_a_speech_demonstrate():
    evs = _events("A steady stream of protesters interrupted the governor's speech in Austin on Friday.")
    assert _has(evs, code="141", src="USAOPP"), _pairs(evs)


def test_a_chairman_or_rain_interrupting_is_no_protest():
    evs = _events("The chairman interrupted the session for a vote on Friday.")
    assert not _has(evs, root="14"), _pairs(evs)
    evs = _events("Heavy rain disrupted the opening ceremony in Lyon.")
    assert not _has(evs, root="14"), _pairs(evs)


# ------------------------------------------------------------------ "Fleeing suspect arrested"

def test_a_headline_with_an_ing_adjective_is_a_passive():
    evs = _events("Fleeing suspect arrested.")
    assert any(e.target_text == "suspect" for e in _has(evs, code="173")), _pairs(evs)


def test_an_ing_verb_with_its_object_keeps_its_reading():
    evs = _events("Remembering students arrested in 1989.")
    assert not _has(evs, code="173"), _pairs(evs)


# ------------------------------------------------------------------ false arrests, seizures and repression

def test_a_stolen_election_is_no_seizure():
    evs = _events("Organizers in Dayton said they feel the election was stolen.")
    assert not _has(evs, code="171"), _pairs(evs)


def test_a_stolen_car_stays_a_seizure():
    evs = _events("Two cars were stolen from the lot on Main Street overnight.")
    assert _has(evs, code="171"), _pairs(evs)


def test_police_breaking_up_a_fight_is_no_repression():
    evs = _events("Police broke up a fight at the legislature during rival rallies on Saturday.")
    assert not _has(evs, code="175"), _pairs(evs)


def test_police_breaking_up_a_sit_in_stays():
    evs = _events("Police broke up a sit-in outside the ministry in Seoul on Monday.")
    assert _has(evs, code="175", src="KORCOP"), _pairs(evs)


def test_the_name_of_a_charge_of_evading_arrest_is_no_arrest():
    evs = _events("She was indicted on a felony charge of evading arrest/detention with a vehicle.")
    assert _has(evs, code="115") and not _has(evs, code="173"), _pairs(evs)


# ------------------------------------------------------------------ water cannon sprayed

def test_police_spraying_water_cannon_at_students():
    evs = _events("Riot police in Seoul responded by spraying water cannons at the students, who threw rocks.")
    assert _has(evs, code="175", src="KORCOP"), _pairs(evs)


def test_firefighters_aiming_hoses_at_a_barn_is_no_repression():
    evs = _events("Firefighters aimed hoses at the burning barn outside Dover.")
    assert not _has(evs, root="17"), _pairs(evs)


# ------------------------------------------------------------------ "Man sent to jail for fraud"

def test_a_headline_sent_to_jail_is_a_passive():
    evs = _events("Teacher sent to jail for fraud.")
    hits = _has(evs, code="173")
    assert hits and all(e.target_text == "Teacher" and not e.source_text for e in hits), _pairs(evs)


def test_a_letter_sent_to_the_mayor_is_no_jailing():
    evs = _events("The letter sent to the mayor was leaked.")
    assert not _has(evs, root="17"), _pairs(evs)


# ------------------------------------------------------------------ protesters filling a hall, streaming, heckling

def test_protesters_filling_an_arena_demonstrate():
    evs = _events("Hundreds of protesters filled the arena in Chicago before the senator spoke.")
    assert _has(evs, code="141", src="USAOPP"), _pairs(evs)


def test_fans_packing_a_stadium_do_not():
    evs = _events("Fans packed the stadium in Madrid for the cup final.")
    assert not _has(evs, root="14"), _pairs(evs)


def test_demonstrators_streaming_down_an_avenue_demonstrate():
    evs = _events("The demonstrators streamed down the main avenue of Minsk from the square.")
    assert _has(evs, code="141"), _pairs(evs)


def test_commuters_streaming_into_a_station_do_not():
    evs = _events("Commuters streamed into the station in Leeds after the strike ended.")
    assert not _has(evs, code="141"), _pairs(evs)


def test_protesters_heckling_a_minister_demonstrate_against_her():
    evs = _events("Protesters heckled the minister during her visit to Glasgow.")
    assert any((e.target_code or "").endswith("GOV") for e in _has(evs, code="141")), _pairs(evs)


def test_fans_booing_a_referee_do_not():
    evs = _events("Fans booed the referee after the penalty in Turin.")
    assert not _has(evs, root="14"), _pairs(evs)


# ------------------------------------------------------------------ a theft report's stolen game machines

_THEFT_REPORT = ("A Dayton man was arrested Friday after a chase on Route 4, police said. "
                 "In a separate case, a PlayStation 4, an Xbox One, a Nintendo Switch and a laptop were reported "
                 "stolen from a flat on Elm Street. A search of the car found a console and two phones.")


def test_stolen_game_machines_do_not_make_a_police_report_fiction():
    evs = _events(_THEFT_REPORT)
    assert _has(evs, code="173"), _pairs(evs)


def test_a_game_review_stays_fiction():
    evs = _events("In the sequel the protagonist fights through the castle while the villain attacks from above. "
                  "The multiplayer mode and the new storyline please every gamer, the developer said.")
    assert not _has(evs, root="18") and not _has(evs, root="19"), _pairs(evs)


# ------------------------------------------------------------------ "who has been charged" (custody-perfect-relative)

def test_a_perfect_relative_charge_is_news():
    evs = _events("Tom Reed, who has been charged with murder, appears in court in Dayton, Ohio, on Monday.")
    assert any(e.target_text == "Tom Reed" for e in _has(evs, code="115")), _pairs(evs)


def test_a_perfect_relative_arrest_is_news():
    evs = _events("Ann Lowe, who has been arrested on suspicion of arson, was questioned again in Leeds.")
    assert any(e.target_text == "Ann Lowe" for e in _has(evs, code="173")), _pairs(evs)


def test_a_past_or_repeated_arrest_in_a_relative_stays_background():
    evs = _events("Tom Reed, who was arrested in 1999 for theft, now runs a charity in Dayton.")
    assert not _has(evs, code="173"), _pairs(evs)
    evs = _events("Tom Reed, who has been arrested twice before, now runs a charity in Dayton.")
    assert not _has(evs, code="173"), _pairs(evs)
