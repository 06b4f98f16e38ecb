"""Session 22 (lead): kinds seen in unseen local news (TR-News) -- a town named like a foreign city, a person
named like a country, acts left undone, accidents told in a coordinated clause, a line that opens with a figure,
quantifiers far from their group, free relatives of speech, figurative closings, participles that share their
verb's tense. Every text here is written for these tests."""
from __future__ import annotations

import newsgraph
from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events


def _actor(analysis, name):
    return next(a for a in analysis.actors if a.name == name)


# ------------------------------------------------------------------ actors

def test_a_body_named_after_the_dateline_town_is_of_the_datelines_country():
    a = newsgraph.analyse("GLASGOW, Ky. (WXYZ) -- A man was hurt in a crash in Glasgow on Friday.\n"
                          "The Glasgow Police Department says officers were called to Main Street at noon.\n",
                          published="2016-12-03")
    assert _actor(a, "Glasgow Police Department").country == "USA"


def test_a_body_named_after_a_large_city_keeps_that_citys_country():
    a = newsgraph.analyse("The Glasgow Police Department said officers were called to a bar on Friday.",
                          published="2016-12-03")
    assert _actor(a, "Glasgow Police Department").country == "GBR"


def test_a_person_named_like_a_country_is_no_country():
    a = newsgraph.analyse("Jordan Miles, 12, won the regional spelling contest in Ohio on Saturday.\n"
                          "Jordan studied for months with her teachers.\n"
                          "\"She worked every evening,\" said Paul Miles, Jordan's father.\n", published="2016-12-03")
    assert not any(x.country == "JOR" for x in a.actors)


def test_the_country_after_a_place_preposition_stays_a_country_beside_a_namesake_person():
    a = newsgraph.analyse("Jordan Miles, 12, won the regional spelling contest.\n"
                          "Her family moved to Jordan last year.\n", published="2016-12-03")
    assert any(x.country == "JOR" for x in a.actors)


# ------------------------------------------------------------------ events

def test_an_act_left_undone_is_negated():
    assert _has(_events("The army withdrew without attacking the town."), root="19", modality="negated")
    assert _has(_events("They chose silence instead of allowing the rebels to speak."), root="08", modality="negated")
    assert _has(_events("The rebels attacked the town instead of negotiating."), root="19", modality="asserted")


def test_a_structure_that_fell_in_a_shared_when_clause_is_an_accident():
    evs = _events("A boy was killed and two others were hurt when an old oak tree fell on a picnic group in a city "
                  "park on Sunday, police said.")
    assert not _has(evs, root="19") and not _has(evs, root="18")
    assert not _has(_events("A worker was killed when a wall collapsed at the site."), root="19")
    assert not _has(_events("Two hikers were killed when a rock slide hit the trail."), root="19")


def test_a_building_that_fell_after_an_air_strike_is_still_force():
    evs = _events("Five people were killed when a building collapsed after an air strike hit it.")
    assert _has(evs, root="19")


def test_attackers_of_a_shared_when_clause_are_the_doers_of_both_harms():
    evs = _events("A soldier was killed and two were wounded when gunmen opened fire on their post.")
    assert any(e.cameo_root == "19" and e.source_text and "gunmen" in e.source_text for e in evs)


def test_a_line_opening_with_a_figure_after_a_full_stop_is_a_new_sentence():
    a = newsgraph.analyse("State troopers and game wardens went to the scene with the county coroner.\n"
                          "42-year-old Dale Pruitt, of Rockfield, was found in a field with a gunshot wound to the "
                          "chest.\n", published="2016-11-28")
    wounds = [e for e in a.events if e.cameo_root == "19" or e.cameo_root == "18"]
    assert wounds and all("troopers" not in (e.target_text or "") for e in wounds)
    assert all(a.article.text[e.evidence_start:e.evidence_end].startswith("42-year-old") for e in wounds)


def test_a_quantifier_takes_up_only_a_group_just_named():
    a = newsgraph.analyse("Dozens of firefighters fought the blaze overnight. The mayor visited the port on "
                          "Monday. Some said the trip was a waste of money.", published="2016-11-28")
    says = [e for e in a.events if e.cameo_root == "01"]
    assert says and all("firefighters" not in (e.source_text or "") for e in says)
    a = newsgraph.analyse("Hundreds of students marched to the ministry on Monday. Some threw stones at the police.",
                          published="2016-11-28")
    assert any(e.cameo_root == "18" and e.source_actor_id and "students" in a.actor(e.source_actor_id).name
               for e in a.events)


def test_figurative_closings_are_no_ban():
    assert not _has(_events("The new route would close the gap with rival ports."), root="17")
    assert not _has(_events("The firm closed the sale in March."), root="17")
    assert _has(_events("Police closed the border crossing on Monday."), code="172")


def test_a_participle_shares_its_verbs_tense_not_its_negation():
    evs = _events("The minister will travel to Chile next week, meeting the president there.")
    assert _has(evs, root="04", code="040", modality="planned")
    evs = _events("The minister travelled to Chile last week, meeting the president there.")
    assert _has(evs, code="040", modality="asserted")
    evs = _events("The rebels did not retreat, attacking the town again.")
    assert _has(evs, root="19", modality="asserted")


def test_a_surname_that_is_an_event_word_is_no_event():
    evs = _events("She is survived by her sister, Mary Battle of Tyler, and a brother, Paul Battle.")
    assert not _has(evs, root="19")
    assert not _has(_events("The funeral was held for Sam Attack, 80, of Dover."), root="19")


def test_a_car_that_went_off_the_road_is_no_explosion():
    assert not _has(_events("The van went off the bridge into the river."), root="18")
    assert _has(_events("A bomb went off near the market."), code="183")


def test_a_campaign_rally_is_no_protest():
    assert not _has(_events("The senator spoke at a campaign rally in Tampa."), root="14")
    assert not _has(_events("The mayor held a campaign rally in Dayton on Saturday."), root="14")
    assert _has(_events("Farmers held a rally in the capital to protest the new levy."), root="14")
