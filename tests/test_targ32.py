"""Targets of events found at the right root, session 31 (issue 12, branch targ32): a reaction to "the
announcement" aims at whoever the text says announced it; a denial of allegations that no accusation voiced
answers whoever voiced them; an act noun taken up by "the" names the maker of its earlier mention; a thing acted
on gives its owner or the people in it.

Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed);
each kind has a sentence whose target must stay as it was next to the ones that change.
"""
from __future__ import annotations

from test_events import _events, _has


# ------------------------------------------------------------------ reactions to an announcement (answer-makers)
def test_a_feeling_about_the_announcement_aims_at_the_announcer():
    evs = _events("The Spanish interior minister announced a ban on street rallies in Madrid. "
                  "The opposition leader said she was shocked by the announcement.")
    crit = _has(evs, root="11")
    assert crit and all((e.target_code or "").startswith("ESP") for e in crit)
    assert all("+answer" in e.rule_id for e in crit)


def test_condemning_the_announcement_aims_at_the_announcer():
    evs = _events("The Spanish interior minister announced a ban on street rallies in Madrid. "
                  "The opposition leader condemned the announcement.")
    crit = _has(evs, code="111")
    assert crit and all((e.target_code or "").startswith("ESP") for e in crit)


def test_the_agent_of_an_announcing_participle_is_the_announcer():
    evs = _events("Farm unions rejected the new quota announced on Friday by the Irish agriculture minister. "
                  "The Dutch farm minister said he was pleased with the announcement.")
    praise = _has(evs, code="051")
    assert not praise or all((e.target_code or "").startswith("IRL") for e in praise)


def test_a_feeling_with_no_act_noun_has_no_target():
    # "shocked by the heat" answers nothing: no act noun, no maker looked for
    evs = _events("The Spanish interior minister announced a ban on street rallies in Madrid. "
                  "The opposition leader said she was shocked by the heat.")
    assert not any("+answer" in e.rule_id for e in evs)


# ------------------------------------------------------------------ allegations voiced by a statement
def test_denial_of_allegations_voiced_in_a_statement():
    evs = _events("Parents of the two pupils said the school's guards had locked the gates during the fire. "
                  "Meanwhile, the district's education officer, rejecting the allegations, said the gates were open.")
    denial = _has(evs, code="016")
    assert denial and all(e.target_code for e in denial)


def test_denial_keeps_an_earlier_accusation_first():
    evs = _events("Fishermen accused the Chilean salmon firm of polluting the bay. A spokesman for the police said "
                  "divers had been sent. The firm's manager rejected the allegations.")
    denial = _has(evs, code="016")
    assert denial and all(e.target_text and "Fishermen" in e.target_text for e in denial)


def test_denial_with_nobody_earlier_has_no_target():
    evs = _events("The district's education officer rejected the allegations on Monday.")
    denial = _has(evs, code="016")
    assert denial and all(not e.target_code for e in denial)


# ------------------------------------------------------------------ an act noun taken up (act-antecedents)
def test_the_decision_taken_up_names_the_earlier_deciders():
    evs = _events("The Chilean government decided to close the port at Arica. "
                  "Farmers in Peru said the decision would ruin them.")
    crit = _has(evs, code="111")
    assert crit and all((e.target_code or "").startswith("CHL") for e in crit)


def test_the_plan_taken_up_names_its_earlier_owner():
    evs = _events("Ghana's plan to tax mobile payments was published on Monday. "
                  "Traders in Accra said the plan would ruin small shops.")
    crit = _has(evs, code="111")
    assert crit and all((e.target_code or "").startswith("GHA") for e in crit)


def test_our_own_decision_taken_up_names_no_maker():
    evs = _events("We decided to close the factory. The union called the decision a disgrace.")
    crit = _has(evs, code="111")
    assert crit and all(not e.target_code for e in crit)


# ------------------------------------------------------------------ things and places acted on (thing-owners)
def test_a_place_searched_where_suspects_stayed():
    evs = _has(_events("Police in Lima searched two flats where the suspects had stayed."), code="091")
    assert evs and all(e.target_code for e in evs)


def test_search_warrants_at_houses_where_suspects_lived():
    evs = _has(_events("Detectives executed search warrants at three houses where the suspects lived."), code="091")
    assert evs and all(e.target_code for e in evs)


def test_windows_of_cars_with_protesters_inside():
    evs = _has(_events("Riot police in Tehran smashed the windows of cars with protesters inside."), root="17")
    assert evs and all((e.target_code or "").startswith("IRN") for e in evs)


def test_a_place_searched_with_no_one_in_it_has_no_target():
    evs = _has(_events("Police in Lima searched two empty warehouses by the river."), code="091")
    assert evs and all(not e.target_code for e in evs)


def test_the_person_arrested_stays_the_target_not_whose_he_is():
    evs = _has(_events("Kenyan police arrested the governor's driver on Monday."), root="17")
    assert evs and all(e.target_text and "driver" in e.target_text for e in evs)
