"""Targets, session 23 (issues 11 and 12, branch targ23, round25): places a body keeps ("a police station"),
relative clauses of patterns with their own object ("a farmer they took hostage"), a "by" phrase the parse hangs
on an active verb whose object is an act noun, protests whose purpose clause names the target, an -ing verb with
an object predicate, "eve" as a time, abductions "from" a place, asset freezes, "the Western alliance". Every
text here is written for these tests."""
from __future__ import annotations

import newsgraph
from test_events import _has


def _events(text):
    return newsgraph.analyse(text, "2024-06-19").events


# ------------------------------------------------------------------ places a body keeps
def test_fire_at_a_police_station_targets_the_police():
    ev = _has(_events("BELFAST (AP) - Masked men fired two grenades at a police station in Armagh."), root="19")
    assert ev and ev[0].target_code == "GBRCOP"


def test_rockets_at_an_army_base_target_the_army():
    ev = _has(_events("KABUL (AP) - Taliban fighters fired rockets at an army base near Kandahar."), root="19")
    assert ev and ev[0].target_code == "AFGMIL"


def test_taken_to_a_police_station_adds_no_event():
    assert not _has(_events("KABUL (AP) - Two suspects were taken to a police station in Kandahar."), root="19")


# ------------------------------------------------------------------ relative clauses
def test_relative_clause_hostage_taking_targets_the_noun_described():
    ev = _has(_events("Gunmen released a farmer they took hostage last week."), code="181")
    assert ev and ev[0].target_text == "a farmer"


def test_relative_clause_shooting_targets_the_noun_described():
    ev = _has(_events("The man they shot on Friday died in hospital."), root="19")
    assert ev and ev[0].target_text == "The man"


# ------------------------------------------------------------------ a "by" phrase on the verb of an act noun
def test_protest_purpose_with_by_phrase_targets_the_doer():
    text = ("Hundreds of Kurds marched on Sunday in central Berlin to protest the arrests of Kurdish journalists "
            "by Turkish police.")
    evs = _events(text)
    protest = _has(evs, root="14", modality="asserted")
    assert protest and protest[0].target_code == "TURCOP"
    arrest = _has(evs, root="17")
    assert arrest and arrest[0].source_code == "TURCOP"


def test_purpose_protest_against_a_firm_targets_the_firm():
    ev = _has(_events("LIMA (AP) - Farmers marched through Lima to protest against the mining firm."), root="14")
    assert ev and ev[0].target_code == "PERBUS"


def test_purpose_protest_with_no_named_side_keeps_the_implied_government():
    ev = _has(_events("LIMA (AP) - Farmers marched through Lima to protest the new tax."), root="14")
    assert ev and ev[0].target_code == "PERGOV"


# ------------------------------------------------------------------ -ing verb with an object predicate
def test_regretted_calling_someone_a_name_has_the_right_sides():
    ev = _has(_events("On Monday she regretted calling the French president a coward."), code="111")
    assert ev and ev[0].target_code == "FRAGOV" and ev[0].source_text == "she"


# ------------------------------------------------------------------ a time is no side
def test_the_eve_of_talks_is_no_target():
    text = "DUBLIN (AP) - Police seized a bomb on the eve of the return to talks by the Labour Party."
    ev = _has(_events(text), root="17")
    assert ev and ev[0].target_text != "the eve"


# ------------------------------------------------------------------ abducted from a place
def test_kidnapped_from_a_store_has_no_store_source():
    ev = _has(_events("LAGOS (AP) - A shopkeeper was kidnapped from his store on Monday."), code="181")
    assert ev and ev[0].source_text != "his store" and ev[0].target_code.startswith("NGA")


# ------------------------------------------------------------------ asset freezes
def test_asset_freeze_is_a_sanction_on_the_owner():
    ev = _has(_events("WASHINGTON (AP) - The Treasury froze the assets of a Russian bank."), code="163")
    assert ev and ev[0].target_code == "RUSBUS"


def test_blocking_funds_for_a_building_is_no_sanction():
    assert not _has(_events("PARIS (AP) - The government blocked funds for the new stadium."), code="163")


# ------------------------------------------------------------------ the Western alliance
def test_the_western_alliance_is_nato():
    ev = _has(_events("MOSCOW (AP) - Russia has firmly opposed the Western alliance's expansion."), root="12")
    assert ev and ev[0].target_code == "IGOWSTNAT"
