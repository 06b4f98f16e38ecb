"""Session 48 (issue 11, branch vio52): violence (18-20) as real papers print it, each kind checked on sentences of
our own -- a lone gunman's rampage (a killing spree, no riot), a relative clause on an attack noun that no noun row
codes ("the ambush, which killed nine soldiers"), places and vehicles raked or riddled with gunfire, strafing from
the air, "at the hands of" as the doer of a passive, and victims of a relative clause who were buried or mourned;
and what must stay as it was: a crowd's rampage is a riot, an ambush named without a toll codes nothing, a garden
sprayed with water, a town "in the hands of" rebels, a mayor jailed years ago.
Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ one person's rampage is no riot

def test_a_gunman_on_a_rampage_kills_and_does_not_riot():
    evs = _events("A gunman went on a rampage at a primary school in Dunmore on Monday, killing four pupils.")
    assert _has(evs, root="19", src="UAF"), _pairs(evs)
    assert not _has(evs, root="14"), _pairs(evs)


def test_a_named_man_on_a_rampage_in_a_care_home():
    evs = _events("Police said Albert Voss, 51, went on a rampage in the care home on Sunday, killing six "
                  "residents.")
    assert _has(evs, root="19"), _pairs(evs)
    assert not _has(evs, code="145"), _pairs(evs)


def test_a_crowd_on_the_rampage_still_riots():
    evs = _events("Angry youths went on the rampage in the market town, smashing shop windows.")
    assert _has(evs, code="145"), _pairs(evs)
    evs = _events("A mob went on the rampage after the verdict was read.")
    assert _has(evs, code="145"), _pairs(evs)


# ------------------------------------------------------------------ a relative clause on an attack noun

def test_an_ambush_which_killed_soldiers():
    evs = _events("The ambush, which killed nine soldiers near the river, was the deadliest this year.")
    assert _has(evs, root="19", tgt="MIL"), _pairs(evs)
    evs = _events("Crossfire that wounded two children in the market was blamed on the army.")
    assert _has(evs, root="19"), _pairs(evs)


def test_an_ambush_with_no_toll_codes_nothing():
    evs = _events("The ambush, which everyone expected, came at dawn.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")], _pairs(evs)


def test_an_assault_with_a_noun_row_keeps_one_event():
    evs = _events("It recalled an assault that killed 40 people in a shopping centre in Nairobi.")
    assert len([e for e in evs if e.cameo_root in ("18", "19")]) == 1, _pairs(evs)


# ------------------------------------------------------------------ raked or riddled with gunfire; strafed

def test_a_terrace_raked_with_automatic_fire():
    evs = _events("Two gunmen raked the cafe terrace with automatic fire in Bamako.")
    assert _has(evs, code="193", src="UAF", tgt="MLI"), _pairs(evs)
    evs = _events("The patrol's jeep was riddled with bullets near Tillaberi.")
    assert _has(evs, code="193"), _pairs(evs)


def test_water_champagne_and_jokes_are_no_gunfire():
    for text in ("The gardener sprayed the roses with water.",
                 "The crowd sprayed the winning team with champagne.",
                 "The speech was peppered with jokes about the budget."):
        evs = _events(text)
        assert not [e for e in evs if e.cameo_root in ("18", "19", "20")], (text, _pairs(evs))


def test_helicopters_strafing_a_village_attack_from_the_air():
    evs = _events("Government helicopters strafed the village on Tuesday, residents said.")
    assert _has(evs, code="195", src="MIL"), _pairs(evs)


# ------------------------------------------------------------------ "at the hands of" names the doer

def test_killed_at_the_hands_of_gunmen():
    evs = _events("Two aid workers were killed at the hands of gunmen in Darfur.")
    assert _has(evs, root="19", src="UAF", tgt="NGO"), _pairs(evs)
    evs = _events("The prisoners were tortured at the hands of prison guards in Tula.")
    assert _has(evs, root="18", src="RUSCOP"), _pairs(evs)


def test_in_the_hands_of_rebels_is_no_doer():
    evs = _events("The town remains in the hands of the rebels.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")], _pairs(evs)


# ------------------------------------------------------------------ victims buried or mourned

def test_a_victim_buried_after_a_relative_clause():
    evs = _events("The aid worker, who was killed in an ambush in Darfur, was buried on Sunday.")
    assert _has(evs, root="19"), _pairs(evs)
    evs = _events("Hundreds mourned the teacher who was shot outside the school in Tula.")
    assert _has(evs, root="19", tgt="RUS"), _pairs(evs)


def test_a_mayor_jailed_years_ago_and_buried_is_background():
    evs = _events("The mayor, who was jailed in 2019, was buried on Sunday.")
    assert not _has(evs, root="17"), _pairs(evs)


# ------------------------------------------------------------------ the people an attack on a bar or a hotel kills

def test_diners_and_churchgoers_killed_are_victims():
    evs = _events("Diners were killed by gunmen at a restaurant in Ouagadougou on Friday.")
    assert _has(evs, root="19", src="UAF"), _pairs(evs)
    evs = _events("Churchgoers were shot by a masked man during the evening service in Owo.")
    assert _has(evs, root="19"), _pairs(evs)
    evs = _events("Reinforcements were killed by soldiers near the ranch.")
    assert _has(evs, root="19", src="MIL"), _pairs(evs)


def test_a_bill_killed_by_senators_is_still_no_force():
    evs = _events("The tax bill was killed by senators on Tuesday.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")], _pairs(evs)


# ------------------------------------------------------------------ a wave or series of attacks as the means

def test_a_wave_of_attacks_kills():
    evs = _events("A wave of attacks killed 30 people in the capital, Bamako, on Friday.")
    assert _has(evs, root="19", tgt="MLI"), _pairs(evs)
    evs = _events("A series of attacks left 60 people dead in Ouagadougou last week.")
    assert _has(evs, root="19", tgt="BFA"), _pairs(evs)


def test_a_series_of_storms_or_attacks_with_no_toll():
    evs = _events("A series of storms left 12 people dead in Texas.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")], _pairs(evs)
    evs = _events("A series of attacks worried investors in Paris.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")], _pairs(evs)
