"""Session 46 (issues 12 and 11, branch tgt50): the target side -- its actor and its country (round48).

All sentences are written for these tests. Each kind has sentences that now get the side right and ones the rule
must not reach: a sports federation's "world body", a "world body" in a text that named no UN body, a hideout with no
group named, an inquiry with no place, entry refused to lawmakers, a term denied to a mayor.
"""
from test_tgt46 import _analysis, _coded     # analyse a text; its events whose CAMEO code starts with a prefix


def _sources(evs):
    return {e.source_code for e in evs}


def _targets(evs):
    return {e.target_code for e in evs}


# --- actors/igo_anaphors.py: "the world body", "the continental body", "the regional bloc" ---------------------------

def test_the_world_body_after_the_un_is_the_un():
    text = ("NEW YORK, May 3 - The United Nations said on Friday that fighting had cut off food supplies to two camps. "
            "The world body urged Ethiopia to open the roads to its convoys.")
    evs = _coded(text, "02")
    assert evs and _sources(evs) == {"IGOUNO"} and "ETH" in _targets(evs)


def test_the_world_body_after_a_un_agency_is_the_un():
    text = ("UNICEF said on Tuesday that three schools in Kharkiv had been shelled. "
            "The world body called on Russia to stop striking schools.")
    evs = _coded(text, "02")
    assert evs and _sources(evs) == {"IGOUNO"}


def test_the_continental_body_is_the_international_body_named_before():
    text = ("The African Union suspended Gabon on Thursday after officers seized power. "
            "The continental body also threatened sanctions against the coup leaders.")
    evs = _coded(text, "13")
    assert evs and all(e.source_code.startswith("IGOAFR") for e in evs)


def test_the_regional_bloc_is_not_the_company_named_in_between():
    text = ("The European Union fined Meta on Monday over its handling of user data. "
            "The regional bloc accused the company of breaking its privacy rules.")
    evs = _coded(text, "11")
    assert evs and all(e.source_code.startswith("IGOEUR") for e in evs)


def test_a_sports_federations_world_body_is_no_un():
    text = ("FIFA suspended the Chadian football federation on Friday. "
            "The world body accused the sports ministry of interfering in its affairs.")
    assert not any((e.source_code or "").startswith("IGO") for e in _coded(text, "11"))


def test_the_world_body_in_a_text_that_named_no_un_body_is_no_one():
    text = "The world body accused the sports ministry of interfering in the league's affairs."
    assert not any((e.source_code or "").startswith("IGOUNO") for e in _analysis(text).events)


# --- actors/group_sites.py: struck sites named by the armed group that holds them --------------------------------------

def test_militant_hideouts_struck_are_the_militants():
    text = "NIAMEY, May 3 - Nigerien jets struck militant hideouts near the town of Tillia on Sunday, the army said."
    evs = _coded(text, "19")
    assert evs and _targets(evs) == {"NERREB"}


def test_militia_targets_placed_in_another_country_are_that_countrys():
    text = "Ugandan helicopters struck militia targets in eastern Congo overnight, the Ugandan army said."
    evs = _coded(text, "19")
    assert evs and _targets(evs) == {"CODREB"}


def test_rebel_strongholds_overrun_are_the_rebels():
    text = "MANILA, May 3 - Philippine troops attacked rebel strongholds in the hills of Samar on Wednesday."
    evs = _coded(text, "19")
    assert evs and _targets(evs) == {"PHLREB"}


def test_a_hideout_with_no_group_named_is_no_armed_group():
    text = "NIAMEY, May 3 - Nigerien jets struck a hideout near the town of Tillia on Sunday, the army said."
    assert not any((e.target_code or "").endswith("REB") for e in _coded(text, "19"))


def test_a_groups_own_hideouts_left_are_no_target():
    text = "The rebels abandoned their hideouts in the hills after the floods."
    assert not any((e.target_code or "").endswith("REB") for e in _analysis(text).events)


# --- PT09-tgt50: an inquiry into what was done in a place --------------------------------------------------------------

def test_an_inquiry_into_abuses_in_a_country_is_aimed_at_it():
    text = "The U.N. Human Rights Council voted on Wednesday to open an inquiry into abuses in Eritrea."
    evs = _coded(text, "09")
    assert evs and _targets(evs) == {"ERI"}


def test_an_investigation_into_crimes_in_a_country_is_aimed_at_it():
    text = "The International Criminal Court opened an investigation into alleged crimes in Myanmar on Monday."
    evs = _coded(text, "09")
    assert evs and _targets(evs) == {"MMR"}


def test_police_investigating_a_fraud_at_home_aim_at_no_place():
    text = "French police opened an investigation into a fraud in Lyon on Tuesday."
    evs = _coded(text, "09")
    assert evs and not any(e.target_code for e in evs)


def test_an_inquiry_by_no_one_placed_aims_at_no_place():
    text = "Three men were charged on Friday after an investigation into card fraud in Wellington."
    assert not any(e.target_code == "NZL" for e in _coded(text, "09"))


def test_an_inquiry_with_no_place_named_has_no_place_target():
    text = "The ministry launched an inquiry on Monday after the collapse of a bridge."
    evs = _coded(text, "09")
    assert evs and not any(e.target_code for e in evs)


# --- SE-deny-access-dative-tgt50, SE-refuse-international-access-tgt50: access refused -----------------------------------

def test_monitors_of_the_un_denied_access_is_1245():
    text = "Eritrea denied U.N. monitors access to its prisons on Tuesday."
    evs = _coded(text, "12")
    assert [e.cameo_code for e in evs] == ["1245"] and _targets(evs) == {"IGOUNO"}


def test_a_red_cross_team_refused_entry_is_1245():
    text = "Hungary refused entry to a Red Cross team on Friday."
    evs = _coded(text, "12")
    assert evs and evs[0].cameo_code == "1245" and evs[0].target_code.startswith("NGO")


def test_lawmakers_refused_entry_stay_a_rejection():
    text = "The authorities denied entry to two European lawmakers on Friday."
    evs = _coded(text, "12")
    assert evs and all(e.cameo_code == "120" for e in evs)


def test_a_term_denied_to_a_mayor_is_no_event():
    text = "Rivals worked to deny the mayor a second term."
    assert not [e for e in _analysis(text).events if e.cameo_code.startswith(("016", "12"))]


# --- r-mediator-tgt50, r-negotiator-tgt50: mediators and negotiators are people of a state or a body -------------------

def test_mediators_barred_from_entering_are_the_target():
    text = "The government barred the mediators from entering the country on Sunday."
    evs = _coded(text, "17")
    assert evs and evs[0].target_text == "the mediators"


def test_national_mediators_are_their_governments():
    text = "Qatari mediators met Hamas leaders in Doha on Monday."
    evs = _coded(text, "04")
    assert evs and "QATGOV" in _sources(evs)


def test_a_country_acting_as_mediator_keeps_its_mediation():
    text = "Norway acted as a mediator between the two sides."
    assert _coded(text, "045")
