"""Session 45 (issues 12 and 11, branch tgt49): the target side in long wire sentences (round47).

All sentences are written for these tests. Each kind has sentences that now get the target right and ones the rule
must not reach: a with-phrase that names a partner, a rocket team, an embassy of a state no one names, a manager
fired, the kin of someone who is the one acted on, a state's own troops.
"""
from test_tgt46 import _analysis, _coded     # analyse a text; its events whose CAMEO code starts with a prefix


def _targets(evs):
    return {e.target_code for e in evs}


# --- absolute-with-clauses: "..., with X and Y abstaining" is no side ---------------------------------------------------

def test_abstainers_of_a_vote_are_no_target_of_the_sanctions():
    text = ("NEW YORK, May 3 - The Security Council extended its sanctions on Eritrea for twelve months on Friday, "
            "with Russia and China abstaining.")
    evs = _coded(text, "16")
    assert evs and _targets(evs) == {"ERI"}


def test_a_member_dropping_its_veto_is_no_target_of_the_measure():
    text = ("BRUSSELS, May 3 - EU ministers approved fresh sanctions on Belarusian potash exporters late on Monday, "
            "with Slovakia dropping its objections after a night of talks.")
    evs = _coded(text, "16")
    assert evs and all(e.target_code.startswith("BLR") for e in evs)


def test_an_absolute_clause_opening_the_sentence_is_no_side():
    text = "With Hungary abstaining, the European Union imposed new sanctions on Iranian drone makers on Monday."
    evs = _coded(text, "16")
    assert evs and not any(e.target_code.startswith("HUN") for e in evs)


def test_talks_held_with_a_partner_keep_the_partner():
    text = "ANKARA, May 3 - Turkey's foreign minister held talks with his Iraqi counterpart on water sharing on Tuesday."
    evs = _coded(text, "04")
    assert "IRQGOV" in _targets(evs)


# --- CAPITALISED_WEAPON_PLURALS (nlp/lemma_fixes): "Rockets" at the head of a sentence --------------------------------

def test_rockets_fired_at_an_embassy_are_an_attack_on_it():
    text = "BAGHDAD, May 3 - Rockets were fired at the British embassy early on Sunday, causing no casualties."
    evs = _coded(text, "19")
    assert evs and _targets(evs) == {"GBRGOV"}


def test_rockets_striking_a_city_are_force():
    text = "Rockets struck the northern city of Kiryat Shmona on Monday, damaging two houses, police said."
    assert _coded(text, "19")


def test_a_basketball_team_called_the_rockets_is_no_weapon():
    text = "The Houston Rockets beat the Dallas Mavericks 121-110 on Sunday night."
    analysis = _analysis(text)
    assert not [e for e in analysis.events if e.cameo_code.startswith(("18", "19"))]


# --- NOUN_LEMMA_FIXES: "bases" is the plural of base ---------------------------------------------------------------------

def test_strikes_against_rebel_bases_are_force():
    text = "The air force launched strikes against rebel bases in the hills overnight, the army said."
    evs = _coded(text, "19")
    assert evs and all(e.target_code.endswith("REB") for e in evs)


def test_attacks_on_army_bases_are_no_criticism():
    text = "BAMAKO, May 3 - Gunmen launched attacks on three army bases in the centre of the country on Sunday."
    assert _coded(text, "19") and not _coded(text, "11")


# --- igo-houthis: "Houthi" modifies the group's people and sites ---------------------------------------------------------

def test_strikes_on_houthi_sites_aim_at_the_group():
    text = "WASHINGTON, May 3 - American warplanes struck Houthi missile sites near the port of Hodeidah on Friday."
    evs = _coded(text, "19")
    assert evs and _targets(evs) == {"YEMREBHTH"}


# --- mission-owners (actors/mission_owners.py): whose a bare "the embassy" is ------------------------------------------

def test_the_embassy_stormed_in_a_capital_is_the_other_state_s():
    text = ("LONDON, May 3 - Britain withdrew its diplomats from Sudan after gunmen stormed the embassy in Khartoum, "
            "the Foreign Office said.")
    evs = _coded(text, "1")
    stormed = [e for e in evs if e.target_text == "the embassy"]
    assert stormed and stormed[0].target_code == "GBRGOV"


def test_the_embassy_after_a_dateline_takes_the_state_named_before():
    text = ("ISLAMABAD, May 3 - Protesters tried to storm the embassy on Friday, a day after Sweden allowed a "
            "book burning.")
    evs = [e for e in _analysis(text).events if e.target_text == "the embassy"]
    assert evs and evs[0].target_code == "SWEGOV"


def test_an_embassy_of_a_state_no_one_names_keeps_no_country():
    text = "CAIRO, May 3 - The embassy in Cairo said on Monday that it would close for two days."
    analysis = _analysis(text)
    assert not any((e.source_code or "").startswith("EGY") for e in analysis.events if e.source_text == "The embassy")


def test_an_embassy_with_two_other_states_named_keeps_no_country():
    text = ("NAIROBI, May 3 - Protesters rallied outside the embassy after Russia and Iran signed a defence pact.")
    evs = [e for e in _analysis(text).events if e.target_text == "the embassy"]
    assert all(e.target_code in (None, "GOV") for e in evs)


# --- SE-fired-at-passive-tgt49: "was fired on by" is shooting ------------------------------------------------------------

def test_a_convoy_fired_on_by_troops_is_force():
    text = "GOMA, May 3 - The United Nations said its convoy had been fired on by rebels north of the city."
    evs = _coded(text, "19")
    assert evs and evs[0].target_code == "IGOUNO"


def test_a_manager_fired_by_a_club_is_no_attack():
    text = "The manager was fired on Monday after a run of six defeats, the club said."
    assert _coded(text, "19") == []


# --- KIN_OF_NOUNS (events/tree_objects._kin_of_patients): the victims, not their kin ------------------------------------

def test_families_of_protesters_shot_by_police_the_protesters_are_the_victims():
    text = ("ACCRA, May 3 - Ghana's president apologised to families of protesters shot dead by police during last "
            "week's demonstrations against fuel prices.")
    evs = _coded(text, "19")
    assert evs and evs[0].target_text == "protesters" and evs[0].source_code == "GHACOP"


def test_families_displaced_by_floods_are_no_victims_of_force():
    text = "MAPUTO, May 3 - The president visited families displaced by the floods on Sunday."
    assert _coded(text, "19") == [] and _coded(text, "18") == []


# --- ARMED and PERSONS: peacekeepers and monitors are people force reaches; an IGO's own people ---------------------

def test_peacekeepers_attacked_are_the_igo_s_when_its_possessive_says_so():
    text = "BANGUI, May 3 - The United Nations said its peacekeepers were attacked near the border on Monday."
    evs = _coded(text, "19")
    assert evs and evs[0].target_code == "IGOUNO"


def test_peacekeepers_attacked_with_no_owner_are_still_an_attack():
    text = "Peacekeepers were attacked near the river crossing on Monday."
    assert _coded(text, "19") and not _coded(text, "11")


def test_a_state_s_own_troops_keep_the_state():
    text = "Chad said its troops were attacked near the border on Monday."
    evs = _coded(text, "19")
    assert evs and evs[0].target_code == "TCDMIL"


# --- V16-renew-sanctions-tgt49: sanctions renewed are imposed again ----------------------------------------------------

def test_sanctions_renewed_on_a_state_are_a_sanction_on_it():
    text = "NEW YORK, May 3 - The Security Council renewed sanctions on South Sudan for another year on Thursday."
    evs = _coded(text, "16")
    assert evs and _targets(evs) == {"SSD"}


def test_a_mandate_renewed_is_no_sanction():
    text = "NEW YORK, May 3 - The Security Council renewed the mandate of its mission in South Sudan on Thursday."
    assert _coded(text, "16") == []


# --- story_country: an international body's seat is no evidence of what the story is about ---------------------------

def test_soldiers_in_a_story_filed_from_the_african_union_s_seat_are_of_the_state_suspended():
    text = "ADDIS ABABA, May 3 - The African Union suspended Guinea on Friday after soldiers detained the president."
    evs = _coded(text, "17")
    assert evs and evs[0].source_code == "GINMIL" and evs[0].target_code == "GINGOV"


def test_police_in_a_story_filed_from_brussels_about_sanctions_on_another_state():
    text = ("BRUSSELS, May 3 - The European Union imposed sanctions on Belarusian judges on Monday after police "
            "beat hundreds of protesters.")
    evs = _coded(text, "18")
    assert evs and evs[0].source_code == "BLRCOP"


def test_a_story_the_text_places_in_the_seat_s_country_keeps_it():
    text = ("THE HAGUE, May 3 - The International Criminal Court said police in Rotterdam had detained a man, "
            "and the mayor of Rotterdam said the arrest was lawful.")
    analysis = _analysis(text)
    assert any((e.source_code or "").startswith("NLD") for e in analysis.events)
