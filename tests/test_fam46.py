"""Session 42 (issue 11, branch fam46): protest, arrest and violence told in the forms of long wire sentences --
a crowd that gathered to protest (the protest happened), the act a protest was against ("against the jailing of
the mayor"), marchers met with tear gas, the second act of a relative clause ("who was abducted and beaten"), a
bomb set off, a second act of another kind in a participle ("stormed a hotel, setting off a car bomb"), a passive
with a time for its "by" phrase ("detained by the evening"), pots and pans banged, fire answered with fire, a
participle after a purpose clause, and people the lexicon did not know (a premier, interns). Our own sentences
only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ protests told by what people did

def test_a_crowd_gathered_to_protest_is_a_protest_that_happened():
    evs = _events("About 300 nurses gathered outside the health ministry in Accra to protest against unpaid salaries.")
    assert _has(evs, root="14", modality="asserted"), _pairs(evs)


def test_a_gathering_for_a_wedding_is_no_protest():
    evs = _events("Relatives gathered at the village church to celebrate the wedding.")
    assert not _has(evs, root="14"), _pairs(evs)


def test_the_act_a_protest_is_against_has_happened():
    evs = _events("Thousands gathered in Izmir to protest against the arrest of the opposition leader.")
    assert _has(evs, code="173", modality="asserted"), _pairs(evs)


def test_pots_and_pans_banged_are_a_protest():
    evs = _events("Residents of Santiago banged pots and pans from their balconies for a second night.")
    assert _has(evs, code="141"), _pairs(evs)


def test_interns_stage_a_sit_in():
    evs = _events("Junior interns staged a sit-in at the Ministry of Health in Nairobi over unpaid allowances.")
    assert _has(evs, code="141"), _pairs(evs)


def test_a_participle_after_a_purpose_clause_was_done():
    evs = _events("Villagers walked to the district office to demand clean water, blocking the highway for hours.")
    assert _has(evs, code="144", modality="asserted"), _pairs(evs)


def test_a_participle_after_a_vow_stays_unreal():
    evs = _events("The farmers vowed to march on the capital next week.")
    assert not _has(evs, root="14", modality="asserted"), _pairs(evs)


# ------------------------------------------------------------------ force at protests

def test_marchers_met_with_tear_gas_are_repressed():
    evs = _events("The marchers were met with tear gas and rubber bullets as they neared the presidential palace.")
    assert _has(evs, code="175"), _pairs(evs)
    assert not _has(evs, root="04"), _pairs(evs)


def test_met_with_tear_gas_by_police_names_the_police():
    evs = _events("Striking miners in Potosi were met with tear gas by riot police on Tuesday.")
    assert _has(evs, code="175", src="BOLCOP"), _pairs(evs)


def test_a_meeting_with_leaders_stays_a_meeting():
    evs = _events("The labour minister met with union leaders in Lima on Tuesday.")
    assert _has(evs, root="04"), _pairs(evs)
    assert not _has(evs, code="175"), _pairs(evs)


def test_fire_answered_with_fire_is_force():
    evs = _events("Gunmen fired on the patrol and the soldiers responded with live fire, the army said.")
    assert _has(evs, root="19", src="MIL"), _pairs(evs)


def test_applause_answered_is_no_force():
    evs = _events("The crowd responded with loud applause when the singer appeared.")
    assert not _has(evs, root="19"), _pairs(evs)


# ------------------------------------------------------------------ arrests by their aftermath

def test_a_former_premier_being_held():
    evs = _events("The former premier is being held at the anti-graft agency's offices in Lahore.")
    assert _has(evs, code="173"), _pairs(evs)


def test_a_time_after_by_is_no_agent():
    evs = _events("Police in Lyon said 38 people had been detained by the evening.")
    assert _has(evs, code="173", modality="reported") or _has(evs, code="173"), _pairs(evs)


def test_a_real_agent_still_counts():
    evs = _events("Two students were detained by police in Lyon on Friday.")
    assert _has(evs, code="173", src="FRACOP"), _pairs(evs)


# ------------------------------------------------------------------ the second act of a sentence

def test_the_second_act_of_a_relative_clause_has_its_antecedent_as_target():
    evs = _events("A Kenyan blogger, who was abducted and tortured by unknown men on Saturday, has been found alive.")
    assert _has(evs, code="181"), _pairs(evs)
    assert [e for e in _has(evs, root="18") if e.cameo_code != "181" and e.target_text], _pairs(evs)


def test_a_bomb_set_off_is_a_bombing():
    evs = _events("Insurgents set off a roadside bomb near an army convoy in Diyala province.")
    assert _has(evs, root="18"), _pairs(evs)


def test_fireworks_set_off_are_no_bombing():
    evs = _events("Fans set off fireworks outside the stadium after the final.")
    assert not _has(evs, root="18") and not _has(evs, root="19"), _pairs(evs)


def test_a_participle_of_another_kind_is_a_second_act():
    evs = _events("Gunmen stormed a police post in Tillaberi, setting off a car bomb at its gate.")
    assert _has(evs, root="19"), _pairs(evs)
    assert _has(evs, root="18"), _pairs(evs)


def test_a_toll_participle_stays_the_attack():
    evs = _events("A bomb exploded at a bus stop in Quetta, wounding eleven people.")
    assert len(_has(evs, root="18")) + len(_has(evs, root="19")) == 1, _pairs(evs)


# ------------------------------------------------------------------ clashes with the police

def test_party_workers_clashing_with_police_riot():
    evs = _events("During protests against the verdict, opposition party workers clashed with police in Karachi and "
                  "Lahore on Saturday.")
    assert _has(evs, code="145"), _pairs(evs)
    assert not _has(evs, code="190"), _pairs(evs)


def test_students_clashing_with_police_in_a_story_of_no_protest_stay_a_fight():
    evs = _events("Students clashed with police outside the stadium after the cup final in Bukavu.")
    assert not _has(evs, code="145"), _pairs(evs)


def test_troops_clashing_with_rebels_still_fight():
    evs = _events("Government troops clashed with rebels near the border town on Sunday.")
    assert _has(evs, root="19"), _pairs(evs)


def test_people_pelted_with_stones_by_protesters_is_a_riot():
    evs = _events("Demonstrators pelted the riot police with bricks outside the governor's office in Jos.")
    assert _has(evs, code="145", tgt="NGACOP"), _pairs(evs)


def test_a_toll_in_the_passive_is_the_riot_it_came_from():
    evs = _events("Four policemen were injured when demonstrators hurled rocks at them in Jos.")
    assert _has(evs, code="145"), _pairs(evs)
    assert not _has(evs, root="19"), _pairs(evs)


def test_a_side_that_marched_and_clashed_is_the_crowd():
    evs = _events("Rice growers marched through Kurunegala on Monday and clashed with riot police near the district offices.")
    assert _has(evs, code="145"), _pairs(evs)
    assert not _has(evs, code="190"), _pairs(evs)


def test_a_strike_of_days_is_a_labour_strike():
    evs = _events("Police detained the leader of the nurses' union in Harare after a weeks-long strike.")
    assert not _has(evs, root="19"), _pairs(evs)


def test_an_air_strike_stays_force():
    evs = _events("A drone strike hit a vehicle near the town of Jilib, killing four militants.")
    assert _has(evs, root="19"), _pairs(evs)


def test_youths_battling_police_riot():
    evs = _events("Hundreds of youths battled police in the streets of Kisumu on Tuesday night as the protests over "
                  "fuel prices entered a third day.")
    assert _has(evs, code="145"), _pairs(evs)
    assert not _has(evs, root="19"), _pairs(evs)


def test_one_man_fighting_the_police_is_no_riot():
    evs = _events("A drunk man fought with two police officers outside a bar in Perth.")
    assert not _has(evs, code="145"), _pairs(evs)


def test_shots_fired_to_disperse_a_crowd_are_repression():
    evs = _events("Soldiers fired live rounds to disperse the crowd outside the governor's residence in Jos.")
    assert _has(evs, code="175", modality="asserted"), _pairs(evs)


def test_fire_to_clear_a_road_of_rebels_stays_force():
    evs = _events("Troops fired on the rebels to clear the road to the airport.")
    assert _has(evs, root="19"), _pairs(evs)
