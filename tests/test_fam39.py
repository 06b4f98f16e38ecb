"""Session 36 (issue 11, branch fam39): protest, arrest/police and violence events in local and wire news --
title-case headlines whose verb needs a person object ("Police Nab Suspect") and whose subject is a plural
disaster ("Tornadoes Kill Five"), suspects picked up in raids, people hacked to death, refusing food, crowds
gathering while chanting, walking out in protest, arraignments, opposition supporters pouring into the streets,
lives claimed by violence, a protest verb the parse reads as a participle on the root noun; false ones gone:
ratings that took a beating, sides that beat or clash in a match. Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ headlines

def test_headline_police_nab_a_suspect_is_an_arrest():
    evs = _events("Police Nab Suspect In String Of Garage Burglaries")
    assert _has(evs, code="173"), _pairs(evs)


def test_headline_troopers_nab_a_fugitive_is_an_arrest():
    evs = _events("Troopers Nab Fugitive At Rest Stop")
    assert _has(evs, code="173"), _pairs(evs)


def test_headline_choir_nabs_prizes_is_still_no_arrest():
    evs = _events("Local Choir Nabs Three Prizes At Festival")
    assert not _has(evs, root="17"), _pairs(evs)


def test_headline_plural_disaster_subject_is_no_force():
    evs = _events("Tornadoes Kill Five In Kentucky")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")], _pairs(evs)


def test_headline_floods_kill_is_no_force():
    evs = _events("Floods Kill Dozens In Northern Province")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")], _pairs(evs)


def test_headline_gunmen_kill_is_still_force():
    evs = _events("Gunmen Kill Five In Village Raid")
    assert [e for e in evs if e.cameo_root in ("18", "19", "20")], _pairs(evs)


# ------------------------------------------------------------------ arrests

def test_suspects_picked_up_with_no_police_named_are_arrested():
    evs = _events("Two suspects were picked up on Friday near the ferry port.")
    assert _has(evs, code="173"), _pairs(evs)


def test_people_picked_up_in_raids_are_arrested():
    evs = _events("Eleven people were picked up in early-morning raids on three farms.")
    assert _has(evs, code="173"), _pairs(evs)


def test_passengers_picked_up_are_no_arrest():
    evs = _events("Passengers were picked up at the station by a shuttle.")
    assert not _has(evs, root="17"), _pairs(evs)


def test_arraigned_is_legal_action():
    evs = _events("The harbour clerk was arraigned on Tuesday on two counts of theft.")
    assert _has(evs, code="115"), _pairs(evs)


# ------------------------------------------------------------------ violence

def test_hacked_to_death_is_a_killing():
    evs = _events("A herdsman was hacked to death on his farm by a gang.")
    assert _has(evs, code="1823"), _pairs(evs)


def test_hackers_hacking_a_website_stays_cyber():
    evs = _events("Hackers hacked the ministry's website on Sunday.")
    assert not _has(evs, root="18"), _pairs(evs)


def test_lives_claimed_by_violence_are_killings():
    evs = _events("Ethnic violence in the valley has claimed more than 200 lives this year.")
    assert _has(evs, root="19"), _pairs(evs)


def test_lives_claimed_by_floods_are_no_killings():
    evs = _events("The floods have claimed at least 40 lives in the north.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")], _pairs(evs)


def test_ratings_that_took_a_beating_are_no_assault():
    evs = _events("The governor's poll numbers took a beating after the strike.")
    assert not _has(evs, root="18"), _pairs(evs)


def test_clubs_clashing_in_a_final_is_no_force():
    evs = _events("The two clubs clashed in a tense final at the national stadium.")
    assert not _has(evs, root="19"), _pairs(evs)


def test_home_side_beating_visitors_in_a_derby_is_no_assault():
    evs = _events("The home side beat the visitors in the derby on Saturday.")
    assert not _has(evs, root="18"), _pairs(evs)


def test_fans_clashing_outside_a_stadium_is_still_force():
    evs = _events("Rival fans clashed outside the stadium before the derby.")
    assert _has(evs, root="19"), _pairs(evs)


# ------------------------------------------------------------------ protest

def test_refusing_food_is_a_hunger_strike():
    evs = _events("The detained fishermen have refused food for a week.")
    assert _has(evs, code="142"), _pairs(evs)


def test_refusing_an_offer_is_no_hunger_strike():
    evs = _events("The union refused the company's offer on Monday.")
    assert not _has(evs, root="14"), _pairs(evs)


def test_gathering_while_chanting_is_a_demonstration():
    evs = _events("Hundreds gathered outside the town hall on Sunday, chanting slogans against the mayor.")
    assert _has(evs, code="141"), _pairs(evs)


def test_fans_gathering_while_singing_is_no_demonstration():
    evs = _events("Fans gathered outside the stadium, singing songs.")
    assert not _has(evs, root="14"), _pairs(evs)


def test_walking_out_of_a_meeting_in_protest_is_a_demonstration():
    evs = _events("The councillors walked out of the budget meeting in protest at the cuts.")
    assert _has(evs, root="14"), _pairs(evs)


def test_a_senator_walking_out_of_a_hearing_is_no_protest():
    evs = _events("The senator walked out of the hearing.")
    assert not _has(evs, root="14"), _pairs(evs)


def test_opposition_supporters_pouring_into_the_streets_demonstrate():
    evs = _events("Opposition supporters poured into the streets of the capital after the count.")
    assert _has(evs, code="141"), _pairs(evs)


def test_football_supporters_pouring_into_the_streets_do_not():
    evs = _events("Football supporters poured into the streets of Madrid after the final.")
    assert not _has(evs, root="14"), _pairs(evs)


def test_a_crowd_of_people_that_protested_is_the_doer():
    evs = _events("A crowd of 200 people protested outside the town hall.")
    protests = [e for e in evs if e.cameo_code == "141"]
    assert protests and protests[0].source_text and "people" in protests[0].source_text, _pairs(evs)


def test_a_crowd_that_protested_is_the_doer_not_the_target():
    evs = _events("A crowd protested outside the hotel.")
    protests = [e for e in evs if e.cameo_code == "141"]
    assert protests and protests[0].source_text == "A crowd", _pairs(evs)


# ------------------------------------------------------------------ tolls and charges at crowds

def test_the_death_toll_from_a_bombing_reports_the_bombing():
    evs = _events("The death toll from the market bombing rose to 40 on Tuesday.")
    assert _has(evs, root="18"), _pairs(evs)


def test_the_death_toll_from_a_quake_is_no_force():
    evs = _events("The death toll from the earthquake rose to 2,000 on Tuesday.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")], _pairs(evs)


def test_police_charging_at_marchers_is_repression():
    evs = _events("Mounted police charged at the marchers near the bridge.")
    assert _has(evs, code="175"), _pairs(evs)


def test_a_bull_charging_at_a_crowd_is_no_repression():
    evs = _events("The bull charged at the crowd during the festival.")
    assert not _has(evs, root="17"), _pairs(evs)


# ------------------------------------------------------------------ premises ordered shut

def test_bars_ordered_to_close_are_restricted():
    evs = _events("The province ordered bars and gyms to close at nine in the evening.")
    assert _has(evs, code="172"), _pairs(evs)


def test_schools_ordered_to_reopen_are_not_restricted():
    evs = _events("The governor ordered schools to reopen on Monday.")
    assert not _has(evs, root="17"), _pairs(evs)


def test_shops_told_to_expect_customers_are_not_restricted():
    evs = _events("The mayor told the shops to expect more customers at the weekend.")
    assert not _has(evs, root="17"), _pairs(evs)


# ------------------------------------------------------------------ plots and road deaths

def test_men_suspected_of_planning_an_attack_made_no_attack():
    evs = _events("Police arrested three men suspected of planning an attack on a festival.")
    assert _has(evs, code="173"), _pairs(evs)
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20") and e.modality in ("asserted", "reported")], \
        _pairs(evs)


def test_accused_of_planning_the_attack_that_killed_still_reports_it():
    evs = _events("He was accused of planning the attack that killed 20 people.")
    assert [e for e in evs if e.cameo_root in ("18", "19", "20") and e.modality in ("asserted", "reported")], \
        _pairs(evs)


def test_killed_in_a_hit_and_run_is_no_force():
    evs = _events("A teenager was killed in a hit-and-run on Main Street.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")], _pairs(evs)


def test_killed_in_a_drive_by_shooting_is_force():
    evs = _events("A teenager was killed in a drive-by shooting on Main Street.")
    assert [e for e in evs if e.cameo_root in ("18", "19", "20")], _pairs(evs)


# ------------------------------------------------------------------ crowds filling squares

def test_crowds_packing_a_square_waving_flags_demonstrate():
    evs = _events("Crowds packed the main square of the capital for a fifth night, waving flags and denouncing the new law.")
    assert _has(evs, code="141"), _pairs(evs)


def test_shoppers_packing_the_streets_do_not_demonstrate():
    evs = _events("Shoppers packed the streets of the old town before the holiday.")
    assert not _has(evs, root="14"), _pairs(evs)


# ------------------------------------------------------------------ labour strikes told by what they disrupt

def test_a_strike_that_grounded_flights_is_a_labour_strike():
    evs = _events("The strike grounded most flights on Monday.")
    assert _has(evs, code="143") and not _has(evs, root="19"), _pairs(evs)


def test_a_strike_that_hit_a_school_is_still_an_attack():
    evs = _events("The strike hit a school sheltering displaced families.")
    assert _has(evs, root="19") and not _has(evs, root="14"), _pairs(evs)


def test_a_missile_strike_that_disrupted_power_is_still_an_attack():
    evs = _events("A missile strike disrupted power supplies in the city.")
    assert not _has(evs, root="14"), _pairs(evs)


def test_an_occupation_to_protest_is_a_demonstration():
    evs = _events("Indigenous groups occupied a highway in the Andes to protest mining concessions.")
    assert _has(evs, code="141") and not _has(evs, code="192"), _pairs(evs)


def test_troops_occupying_a_town_still_occupy():
    evs = _events("Russian troops occupied the town to secure the supply route.")
    assert _has(evs, code="192"), _pairs(evs)


def test_a_siege_laid_by_opposition_activists_obstructs():
    evs = _events("Opposition activists laid siege to the electoral commission for two days.")
    assert _has(evs, code="144") and not _has(evs, root="19"), _pairs(evs)


def test_a_navy_blockade_stays_a_blockade():
    evs = _events("The navy imposed a blockade on the port.")
    assert _has(evs, code="191"), _pairs(evs)
