"""Session 48 (lead): kinds read on real news outside every gold set (TempEval-3 platinum wire and paper copy of
March 2013), tested on sentences of our own."""
from __future__ import annotations

import newsgraph


def _events(text: str, published: str = "2024-06-19"):
    return newsgraph.analyse(text, published=published).events


def _sides(text: str, code: str, published: str = "2024-06-19"):
    return {(e.source_code, e.target_code) for e in _events(text, published) if e.cameo_code == code}


# -- "they" after "X ... with Y" takes up both (pronouns._with_pair) ------------------------------------------------

def test_they_after_a_with_pair_takes_up_both_people():
    text = ("Chilean President Ana Rojas spoke on Tuesday about the border. She said she reviewed the dispute with "
            "Peruvian President Luis Vera last week, and that they agreed the talks should resume.")
    agreed = [e for e in _events(text) if e.cue == "agreed"]
    assert agreed
    assert {e.source_code for e in agreed} == {"CHLGOV", "PERGOV"}


def test_they_after_a_with_phrase_of_a_group_takes_up_the_group():
    # a group in the with-phrase could be "they" alone: no pair is made of the mayor and the protesters
    text = ("The mayor of Lima met with striking dockers on Monday. They demanded higher wages and safer cranes.")
    demands = [e for e in _events(text, "2024-06-19") if e.cue == "demanded"]
    assert demands
    assert all("mayor" not in (e.source_text or "") and e.source_code != "PERGOV" for e in demands)


# -- "the two countries" re-names the pair named together (country_anaphors.named_pair) ------------------------------

def test_the_countries_renames_the_pair_named_together_over_a_country_named_later():
    text = ("Ana Rojas, Chile's prime minister, said sorry to Peru on Friday over a raid at the border. The gesture "
            "warmed ties between Peru and Chile, both trade partners of Brazil. She made the call shortly before she "
            "flew for Bolivia to attend a summit. Officials later said talks on restoring full relations between the "
            "countries would start soon. Nobody said whether the two nations would hold their yearly naval drills "
            "together again.")
    drills = [e for e in _events(text) if "nations" in (e.source_text or "")]
    assert drills and {e.source_code for e in drills} == {"CHL", "PER"}


def test_both_countries_takes_the_pair_over_places_named_since():
    text = ("Ties between Peru and Chile warmed on Friday after a phone call between their leaders. The call was "
            "welcomed in Brazil and in Argentina. Trade between the countries has fallen since 2019. Brazil's leader "
            "urged both countries to talk.")
    urged = [e for e in _events(text) if e.cameo_code.startswith("02")]
    assert urged
    assert {e.target_code for e in urged} == {"CHL", "PER"}


def test_the_two_countries_with_no_pair_named_takes_the_last_two_named():
    # no coordinated pair: the older rule (the last countries named, not as a place) still answers
    text = ("Chile sent an envoy on Monday. Peru received him warmly. The two countries signed a fishing accord.")
    assert _sides(text, "057") & {("CHL", "PER"), ("PER", "CHL")}


# -- a bare "appeal" is a complaint against a decision, not an appeal to anyone (SE-appeal-idle-lead52) --------------

def test_bare_appeal_is_a_complaint_against_a_decision():
    codes = {(e.cameo_code, e.rule_id) for e in _events("The defence lawyer said his client would appeal.")}
    assert any(c == "114" and "SE-appeal-idle-lead52" in r for c, r in codes)
    assert not any(c.startswith("02") for c, _ in codes)


def test_appeal_for_something_stays_an_appeal():
    assert any(e.cameo_code.startswith("02") for e in _events("The opposition leader appealed for calm on Sunday."))
    assert any(e.cameo_code.startswith("02") for e in _events("Malawi appealed to donors for emergency food aid."))


# -- what a law says must be done is no one's demand (convention legal-text-musts) -----------------------------------

def test_a_law_saying_must_is_no_demand():
    text = "The Kenyan decree says foreign charities must file yearly accounts."
    assert not [e for e in _events(text) if e.cameo_code.startswith("10")]
    text = "The Colombian peace accord says rebel fighters must hand in their weapons by May."
    assert not [e for e in _events(text) if e.cameo_code.startswith("10")]


def test_a_ministry_saying_must_is_still_a_demand():
    text = "The Kenyan interior ministry says foreign charities must register by June."
    assert any(e.cameo_code == "100" and e.source_code == "KENGOV" for e in _events(text))


# -- the meeting or call in which a promise was made happened (modality: setting prepositions) -----------------------

def test_meeting_where_an_agreement_was_made_is_asserted():
    text = "The Chilean foreign minister agreed, during a meeting with his Peruvian counterpart, to reopen the border."
    meets = [e for e in _events(text) if e.cameo_code.startswith("04")]
    assert meets and all(e.modality == "asserted" for e in meets)
    reopen = [e for e in _events(text) if e.cue and "reopen" in e.cue]
    assert reopen and all(e.modality == "planned" for e in reopen)


def test_meeting_inside_what_was_agreed_stays_planned():
    text = "The Chilean foreign minister agreed to meet his Peruvian counterpart during a visit next month."
    meets = [e for e in _events(text) if e.cameo_code.startswith("04")]
    assert meets and all(e.modality == "planned" for e in meets)


# -- the text a leader signs is no second side (coder: a target that is an agreement noun of the signer's own code) --

def test_signing_ones_own_states_accession_text_is_still_a_signing():
    text = "Slovak President Ivan Novak signed Bratislava's accession treaty on Tuesday."
    signed = [e for e in _events(text) if e.cameo_code == "057"]
    assert signed and signed[0].source_code == "SVKGOV" and signed[0].target_code is None


def test_signing_with_another_state_keeps_that_side():
    text = "Slovak President Ivan Novak signed a border treaty with Hungary on Tuesday."
    assert any(e.cameo_code == "057" and e.target_code and e.target_code.startswith("HUN") for e in _events(text))


# -- given names of public figures tell "he" from "she" (kb given_names.csv) -----------------------------------------

def test_he_after_a_woman_inviting_a_man_is_the_man():
    text = ("Foreign Minister Madeleine Ortiz of Chile has invited Peruvian Foreign Minister Bronislaw Vera to visit "
            "Santiago. He will then travel to Buenos Aires for talks.")
    travel = [e for e in _events(text) if e.source_text == "He"]
    assert travel and all(e.source_code == "PERGOV" for e in travel)


# -- a role word that is an adjective names no one (kb ADJECTIVAL_ROLE_WORDS) ----------------------------------------

def test_an_annual_general_meeting_is_no_army_general():
    evs = _events("At the annual general meeting in May, shareholders complained loudly about the pay of the board.")
    assert not any(e.source_code and "MIL" in e.source_code for e in evs)
    assert any(e.source_code == "MIL" or (e.source_code or "").endswith("MIL")
               for e in _events("General Ali Musa met the defence minister on Monday."))


# -- an ice hockey story is a sports story (noun set SPORTS) ---------------------------------------------------------

def test_fights_in_a_hockey_story_are_no_force():
    text = ("A former junior hockey player has sued three leagues over head injuries. The claim says fighting was "
            "encouraged by coaches of the teams he played for. Figures in the claim show fighting in the league "
            "fell for five seasons in a row.")
    assert not [e for e in _events(text) if e.cameo_code.startswith(("18", "19"))]
