"""Session 20 (lead): being under attack or under fire, retorts, and storming out.
Every text here is written for these tests."""
from __future__ import annotations

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events

_FORCE = ("18", "19", "20")


def _roots(evs):
    return {e.cameo_code[:2] for e in evs}


def test_a_town_under_attack_from_rebels_is_force():
    evs = _events("The Malian town of Kidal came under attack from rebels overnight.")
    assert _has(evs, root="19", src="REB") or _has(evs, root="19")
    assert "11" not in _roots(evs)


def test_a_village_under_attack_with_no_attacker_named_is_force():
    evs = _events("A Nigerian village came under attack on Sunday night and four farmers were killed.")
    assert _roots(evs) & set(_FORCE)
    assert "11" not in _roots(evs)


def test_a_minister_under_attack_from_lawmakers_is_criticism():
    evs = _events("The Kenyan finance minister came under attack from opposition lawmakers over the tax.")
    assert _has(evs, root="11", tgt="KEN")
    assert not _roots(evs) & set(_FORCE)


def test_a_decision_under_attack_from_senators_is_criticism_without_a_target():
    evs = _events("The Brazilian court's decision came under attack from several senators.")
    assert "11" in _roots(evs)
    assert not _roots(evs) & set(_FORCE)


def test_a_base_under_fire_from_militants_is_force():
    evs = _events("A Somali army base came under fire from militants on Tuesday.")
    assert _roots(evs) & set(_FORCE)
    assert "11" not in _roots(evs)


def test_a_politician_shooting_back_at_a_rival_speaks():
    evs = _events("The Peruvian prime minister shot back at the senator during the debate.")
    assert _has(evs, root="11", src="PER")
    assert not _roots(evs) & set(_FORCE)


def test_soldiers_shooting_back_at_attackers_use_force():
    evs = _events("Peruvian soldiers shot back at the attackers near the camp.")
    assert _roots(evs) & set(_FORCE)


def test_storming_out_or_offstage_is_no_assault():
    for text in ("The Irish coach stormed out of the meeting.", "The Irish singer stormed offstage after an hour.",
                 "The Irish delegate stormed off."):
        assert not _roots(_events(text)) & set(_FORCE), text


def test_storming_a_compound_or_into_a_building_is_force():
    for text in ("Somali troops stormed the compound at dawn.", "Somali police stormed into the hotel."):
        assert _roots(_events(text)) & set(_FORCE), text


# ---- actors: a continent's people and armies take no story country

def test_groups_spread_over_a_continent_take_no_story_country():
    import newsgraph
    text = ("Ohio farmers protested in Columbus on Monday against the new tariffs. The Ohio governor met them. "
            "Several senior European diplomats watched the march. Ohio police closed two streets. "
            "Later, Europe's largest unions backed the farmers.")
    a = newsgraph.analyse(text, published="2024-06-19")
    spread = [x for x in a.actors if "European diplomats" in x.name or x.name.startswith("Europe's")]
    assert len(spread) == 2 and not any((x.code or "").startswith("USA") for x in spread)
    assert any(x.name.endswith("police") and x.code.startswith("USACOP") for x in a.actors)


# ---- appraisal: how someone fares is no judgement of them; an encounter with police is no meeting

def test_poor_odds_found_by_a_study_judge_no_one():
    evs = _events("The Canadian minister said poor families in the north have the worst odds of finding work.")
    assert not _has(evs, root="11")


def test_a_disastrous_policy_still_judges_its_holder():
    evs = _events("The Canadian senator said the premier had pursued a disastrous policy.")
    assert _has(evs, root="11", src="CAN")


def test_an_encounter_with_police_is_no_meeting():
    evs = _events("The Irish teenager was injured during an encounter with police in Cork.")
    assert not _has(evs, root="04")


def test_an_encounter_between_leaders_is_a_meeting():
    evs = _events("The Chilean president had a brief encounter with the Peruvian president at the summit.")
    assert _has(evs, root="04", src="CHL", tgt="PER")


# ---- an organisation re-named by its head noun

def test_the_fund_re_names_the_fund_named_before():
    evs = _events("The International Monetary Fund cut its growth forecast on Tuesday. Later, the fund warned "
                  "that trade disputes would slow investment.")
    assert _has(evs, root="01", src="IGOIMF") and len(_has(evs, src="IGOIMF")) >= 2


def test_the_league_re_names_the_league_named_before():
    evs = _events("The Arab League gathered in Tunis on Monday. The league condemned the air strikes.")
    assert _has(evs, root="11", src="IGO")


# ---- police call-outs: a participle between the doers and their act; a call-out is no statement

def test_officers_responding_to_a_call_shot_the_man():
    evs = _events("Irish police officers responding to a call in Cork shot a man.")
    assert _has(evs, root="19", src="IRLCOP", modality="asserted")


def test_a_long_participle_phrase_keeps_its_subject_as_the_doer():
    evs = _events("Kenyan officers answering calls about a man waving a machete fatally shot a teenager in Nakuru.")
    assert _has(evs, root="19", src="KENCOP", modality="asserted")
    assert not [e for e in evs if e.cameo_root == "19" and (e.source_code or "").endswith("CVL")]


def test_responding_to_a_call_about_a_fight_says_nothing():
    evs = _events("Irish officers responded to a call about a fight outside a pub in Galway.")
    assert not _has(evs, root="01")


def test_responding_to_questions_about_a_budget_is_a_statement():
    evs = _events("The Irish finance minister responded to questions about the budget on Monday.")
    assert _has(evs, root="01", src="IRL")


def test_conferring_a_degree_is_no_meeting():
    evs = _events("The Ghanaian university will confer an honorary degree on the former governor.")
    assert not _has(evs, root="04")


def test_conferring_with_a_counterpart_is_a_meeting():
    evs = _events("The Ghanaian minister conferred with his Kenyan counterpart on Monday.")
    assert _has(evs, root="04", src="GHA", tgt="KEN")


# ---- kin: one's own family is private life, a victim's family met by an official is not; elders are people

def test_a_general_meeting_a_victims_father_is_a_meeting():
    evs = _events("The Pakistani army chief met the father of the slain shopkeeper in Quetta.")
    assert _has(evs, root="04", src="PAK")


def test_a_promise_to_ones_own_mother_is_private():
    evs = _events("The Pakistani sailor promised his mother that he would write every week.")
    assert not _has(evs, root="03") and not _has(evs, root="04")


def test_a_minister_urging_parents_appeals():
    evs = _events("The Pakistani health minister urged parents to vaccinate their children.")
    assert _has(evs, root="02", src="PAK")


def test_village_elders_are_civilians_who_can_thank():
    evs = _events("Village elders in Somalia thanked the army for restoring peace.")
    assert _has(evs, root="05", src="SOMCVL")


# ---- a surname that is also a month

def test_a_surname_that_is_a_month_is_the_person_as_a_subject():
    evs = _events("The Irish prime minister, Laura May, blamed the shipping firm for the spill. May has received strong "
                  "backing from Germany since then.")
    assert _has(evs, root="05", src="DEU", tgt="IRL")


def test_a_month_as_the_subject_of_be_stays_a_month():
    import newsgraph
    a = newsgraph.analyse("The Irish prime minister, Laura May, spoke in Cork. May was the wettest month on record.",
                          published="2024-06-19")
    person = next(x for x in a.actors if x.name.endswith("May"))
    assert all("wettest" not in al for al in person.aliases) and len([x for x in a.actors if x.name == "May"]) == 0


def test_the_giver_of_backing_is_not_also_its_target():
    evs = _events("The new plan has received strong backing from Germany since then.")
    assert not [e for e in evs if e.source_code and e.source_code == e.target_code]


# ---- an army command speaks; defence analysts are no soldiers

def test_an_army_command_is_the_military():
    evs = _events("The Malian army command said on Sunday that operations were continuing near Gao.")
    assert _has(evs, root="01", src="MLIMIL")


def test_defence_analysts_are_not_the_military():
    import newsgraph
    a = newsgraph.analyse("Defence analysts say the campaign in Mali was meant to secure the roads.",
                          published="2024-06-19")
    analysts = next(x for x in a.actors if "analysts" in x.name)
    assert not (analysts.code or "").endswith("MIL")


# ---- complaints filed with a venue against someone; a ministry re-named by its portfolio

def test_a_complaint_with_a_venue_against_a_country_targets_the_country():
    evs = _events("Brazil filed a complaint with the WTO against Canada over aircraft subsidies.")
    assert _has(evs, root="11", src="BRA", tgt="CAN")


def test_a_protest_lodged_with_a_government_still_targets_it():
    evs = _events("Beijing lodged a protest with Tokyo on Monday.")
    assert _has(evs, root="11", src="CHN", tgt="JPN")


def test_a_ministry_re_named_by_its_portfolio_keeps_its_country():
    import newsgraph
    text = ("Peru's energy ministry said on Thursday it had started an arbitration over Chile's new tariffs. The "
            "move follows a long quarrel between the two countries.\n\nThe Ministry of Energy said the Chilean "
            "measures were unfair to Chilean buyers and Chile's own firms.")
    a = newsgraph.analyse(text, published="2024-06-19")
    ministry = next(x for x in a.actors if x.name == "Ministry of Energy")
    assert ministry.code.startswith("PER")


# ---- kept from doing something: the object would have done it, and it did not happen

def test_lawyers_blocked_from_visiting_did_not_visit():
    evs = _events("Chinese authorities have blocked lawyers from visiting the detained activist.")
    assert _has(evs, root="17", src="CHN")
    assert not _has(evs, root="04", modality="asserted")
    assert not [e for e in evs if e.cameo_root == "04" and (e.source_code or "").startswith("CHNGOV")]


def test_protesters_stopped_from_marching_are_the_marchers():
    evs = _events("Chilean police stopped protesters from marching to the palace.")
    assert not _has(evs, root="14", modality="asserted")
    assert all(not (e.source_code or "").endswith("COP") for e in evs if e.cameo_root == "14")


def test_refraining_from_criticism_is_no_criticism():
    evs = _events("The Chilean senator refrained from criticising the president.")
    assert not _has(evs, root="11", modality="asserted")


def test_illegal_immigrants_name_a_kind_and_judge_no_one():
    evs = _events("The Mexican minister said the guard would be sent to the border to stop illegal immigrants.")
    assert not _has(evs, root="11")


def test_a_thing_said_to_be_illegal_is_still_criticised():
    evs = _events("The Mexican minister said the Canadian company's mine was illegal.")
    assert _has(evs, root="11", src="MEX")


def test_a_chief_justice_is_the_judiciary():
    evs = _events("Kenyan Chief Justice Martha Njeri has denied claims by the interior minister.")
    assert _has(evs, root="01", src="KENJUD")


def test_going_to_court_is_no_visit():
    evs = _events("The Kenyan activist said anyone can simply go to court for an injunction.")
    assert not _has(evs, root="04")


def test_considering_an_act_illegal_is_criticism():
    evs = _events("The Norwegian government said it still considers all the new fishing quotas illegal.")
    assert _has(evs, root="11", src="NOR")


def test_haste_to_withdraw_is_no_withdrawal():
    evs = _events("In his haste to withdraw from Mali, the French president stands alone.")
    assert not _has(evs, root="08", modality="asserted")


# ---- naming an order tyranny; ordering a party to disband; dissolving parliament; a party targeted

def test_calling_an_order_tyranny_criticises_it():
    evs = _events("The Malaysian opposition leader called the order tyranny and unconstitutional.")
    assert _has(evs, root="11", src="MYS")


def test_calling_the_fire_department_is_no_statement():
    evs = _events("Malaysian police called the fire department at noon.")
    assert not _has(evs, root="01")


def test_ordering_a_party_to_disband_is_a_sanction():
    evs = _events("Malaysian authorities ordered the opposition party to disband on Thursday.")
    assert _has(evs, code="172", src="MYS")


def test_dissolving_parliament_before_an_election_is_routine():
    evs = _events("The Malaysian prime minister dissolved parliament on Friday to call an election.")
    assert not _has(evs, root="17")


def test_a_party_targeted_by_a_registrar_is_no_victim_of_force():
    evs = _events("The Malaysian party says it is being targeted by the registrar.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")]


def test_putting_pressure_on_a_neighbour_is_a_demand():
    evs = _events("Armenia puts pressure on Georgia over the border crossings.")
    assert _has(evs, root="10", src="ARM", tgt="GEO")


def test_an_investigating_officer_is_no_investigation():
    evs = _events("The investigating officer told the Georgian woman that her case was closed.")
    assert not _has(evs, root="09")


def test_captured_on_video_is_no_seizure():
    evs = _events("The Canadian parade was captured on video by two shoppers.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")]


def test_capturing_methane_or_seats_is_no_seizure():
    for text in ("The Canadian regulation requires oil firms to capture methane at their wells.",
                 "The Canadian party captured 40 seats in the vote."):
        assert not [e for e in _events(text) if e.cameo_root in ("18", "19", "20")], text


def test_rebels_capturing_a_town_seize_it():
    evs = _events("Malian rebels captured the town of Kidal on Sunday.")
    assert _has(evs, root="19", src="MLI")


# ---- strikers in the nth day of their strike

def test_teachers_in_the_fourth_day_of_a_walkout_strike():
    evs = _events("Kenyan teachers are in the third day of a walkout over unpaid allowances.")
    assert _has(evs, code="143", src="KEN")


def test_detainees_entering_a_week_of_hunger_strike_fast():
    evs = _events("Kenyan detainees entered the third week of their hunger strike on Monday.")
    assert _has(evs, root="14", src="KEN") and not _has(evs, code="143")


# ---- the president of a body that is no state

def test_the_president_of_an_association_is_no_head_of_state():
    evs = _events("The president of the Ghanaian farmers' association said cocoa prices were too low.")
    assert not [e for e in evs if (e.source_code or "").endswith("GOV")]


def test_the_president_of_a_union_leads_labour():
    evs = _events("The president of the Ghanaian teachers' union said the talks had failed.")
    assert [e for e in evs if e.cameo_root == "01" and (e.source_code or "").endswith("LAB")]


def test_the_deputy_president_of_the_senate_is_a_legislator():
    evs = _events("The Deputy President of the Nigerian Senate said the bill would pass.")
    assert _has(evs, root="01", src="NGALEG")


def test_a_minister_on_a_visit_to_a_country_visits_it():
    evs = _events("The Chilean foreign minister is on a two-day visit to Peru.")
    assert _has(evs, code="042", src="CHL", tgt="PER")


def test_a_band_on_a_world_tour_visits_no_one():
    evs = _events("The Chilean band is on a world tour this summer.")
    assert not _has(evs, root="04")


def test_t_and_t_is_trinidad_and_tobago():
    evs = _events("T&T pledged to support Dominica after the hurricane.")
    assert [e for e in evs if (e.source_code or "").startswith("TTO")]


def test_a_politicians_attack_after_killings_stays_words():
    evs = _events("The Chilean senator attacked the governor after two protesters were killed.")
    assert _has(evs, root="11", src="CHL")
    assert not [e for e in evs if e.cameo_root == "19" and (e.source_code or "").startswith("CHLLEG")]


def test_health_experts_keep_their_sector():
    evs = _events("Chilean health experts are warning that the hospitals will soon run out of beds.")
    assert [e for e in evs if (e.source_code or "").endswith("HLH")]
