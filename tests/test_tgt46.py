"""Session 42 (issues 12 and 11, branch tgt46): targets left empty, then their country (round44).

All sentences are written for these tests. Each kind fixed has sentences that now get the target right, and ones
where the rule must not reach (an attack no one claimed, a peaceful march, force after an attack on no crowd, a verb
that gives a sum, a that-clause with a subject of its own).
"""
import newsgraph


def _analysis(text: str):
    return newsgraph.analyse(text, published="2024-06-19")


def _coded(text: str, prefix: str) -> list:
    """The events of the text whose CAMEO code starts with `prefix`."""
    return [e for e in _analysis(text).events if e.cameo_code.startswith(prefix)]


# --- claimed-answers: a condemned bombing no doer was told for is the claimant's ------------------------------------

def test_a_condemned_bombing_is_aimed_at_the_group_that_claimed_it():
    text = ("KANO, May 3 - A bomb went off near a bus terminal in Kano on Friday, killing seven travellers. "
            "Boko Haram claimed responsibility for the blast. "
            "The state governor condemned the bombing.")
    evs = [e for e in _coded(text, "11") if e.source_code.startswith("NGAGOV")]
    assert [e.target_code for e in evs] == ["NGAREB"]
    assert evs[0].rule_id.endswith("+claimed-answer")


def test_a_claim_of_the_attack_by_name_reaches_the_condemnation():
    text = ("JALALABAD, May 3 - An explosion tore through a crowded market in Jalalabad on Sunday, killing nine shoppers. "
            "The Islamic State group claimed the attack in a statement. "
            "The United Nations mission condemned the attack.")
    evs = [e for e in _coded(text, "11") if (e.source_code or "").startswith("IGO")]
    assert evs and all(e.target_text == "The Islamic State group" for e in evs)


def test_a_bombing_no_one_claimed_keeps_no_target():
    text = ("KANO, May 3 - A bomb went off near a bus terminal in Kano on Friday, killing seven travellers. "
            "The state governor condemned the bombing.")
    evs = [e for e in _coded(text, "11") if e.source_code.startswith("NGAGOV")]
    assert evs and all(e.target_actor_id is None for e in evs)


def test_a_claim_told_after_the_condemnation_is_not_its_target():
    text = ("KANO, May 3 - A bomb went off near a bus terminal in Kano on Friday, killing seven travellers. "
            "The state governor condemned the bombing. "
            "Boko Haram later claimed responsibility for the blast.")
    evs = [e for e in _coded(text, "11") if e.source_code.startswith("NGAGOV")]
    assert evs and all(e.target_actor_id is None for e in evs)


# --- ANS-condemn-riot-tgt46: the violence of a protest turned violent (145) is the rioters' ----------------------------

def test_the_violence_condemned_after_a_violent_protest_is_the_protesters():
    text = ("TUNIS, May 3 - Some marchers stormed the Italian consulate in Sfax and set its gate on fire on Saturday. "
            "Rome condemned the violence.")
    evs = [e for e in _coded(text, "11") if (e.source_code or "").startswith("ITA")]
    assert evs and all(e.target_text == "Some marchers" for e in evs)


def test_thuggery_condemned_after_rioters_attacked_is_the_rioters():
    text = ("LONDON, May 3 - Rioters attacked a mosque in Rotherham on Sunday. "
            "The home secretary condemned the thuggery.")
    evs = [e for e in _coded(text, "11") if e.source_code.startswith("GBRGOV")]
    assert evs and all(e.target_text == "Rioters" for e in evs)


def test_the_violence_condemned_after_a_peaceful_march_has_no_target():
    text = ("TUNIS, May 3 - Thousands of teachers marched peacefully through Sfax on Saturday against pay cuts. "
            "Rome condemned the violence.")
    evs = [e for e in _coded(text, "11") if (e.source_code or "").startswith("ITA")]
    assert all(e.target_actor_id is None for e in evs)


# --- attacked-crowds: police force after protesters were attacked is aimed at that crowd -------------------------------

def test_tear_gas_after_protesters_were_attacked_is_aimed_at_the_protesters():
    text = ("KINSHASA, May 3 - Men armed with clubs attacked demonstrators outside the electoral commission in Kinshasa "
            "on Monday. Riot police fired tear gas.")
    evs = [e for e in _coded(text, "17") if e.cue == "fired"]
    assert [e.target_text for e in evs] == ["demonstrators"]
    assert evs[0].target_code.startswith("COD")


def test_force_after_an_attack_on_no_crowd_keeps_no_target():
    text = "KINSHASA, May 3 - Gunmen attacked a lorry on the road to Goma on Monday. Soldiers opened fire."
    evs = [e for e in _coded(text, "19") if e.cue == "opened fire"]
    assert evs and all(e.target_actor_id is None for e in evs)


# --- a fined party the small model hung on the sum ------------------------------------------------------------------

def test_the_party_fined_a_sum_is_the_target_not_the_sum():
    evs = _coded("Hungary's media regulator fined Vodafone 30 million forints on Friday.", "17")
    assert [e.target_text for e in evs] == ["Vodafone"]


def test_the_party_fined_a_dollar_sum_is_the_target():
    evs = _coded("The state regulator fined the bank $8 million on Tuesday over the data breach.", "17")
    assert [e.target_text for e in evs] == ["the bank"]


def test_a_fine_with_no_sum_is_as_before():
    evs = _coded("The state regulator fined the bank on Tuesday over the data breach.", "17")
    assert [e.target_text for e in evs] == ["the bank"]


# --- a that-clause's subject the small model made a compound of a bare verb -----------------------------------------

def test_the_one_asked_to_resign_in_a_that_clause_is_the_demands_target():
    evs = _coded("Thousands of farmers demanded that President Bola Tinubu resign.", "10")
    assert evs and all("Tinubu" in (e.target_text or "") for e in evs)


def test_a_that_clause_with_its_own_subject_is_as_before():
    evs = _coded("The union demanded that the railway company raise wages.", "10")
    assert [e.target_text for e in evs] == ["the railway company"]


# --- people no dictionary coded: a bus conductor, stone throwers; foreign powers ------------------------------------

def test_a_bus_conductor_shot_by_police_is_a_civilian_of_the_story():
    evs = _coded("ACCRA, May 3 - Police in Accra shot dead a bus conductor on Friday.", "19")
    assert evs and all(e.target_code == "GHACVL" for e in evs)


def test_a_conductor_attacked_with_a_machete_is_an_assault_not_words():
    evs = _analysis("NAIROBI, May 3 - A passenger attacked a train conductor with a machete on Friday.").events
    assert [e.cameo_code[:2] for e in evs if e.cue == "attacked"] == ["18"]


def test_stone_throwers_fired_at_are_the_target():
    evs = _coded("HEBRON, May 3 - Soldiers fired rubber bullets at stone throwers near the checkpoint.", "1")
    assert any(e.target_text and "throwers" in e.target_text and e.target_code for e in evs)


def test_foreign_powers_accused_are_a_target_with_no_country():
    evs = _coded("TEHRAN, May 3 - The supreme leader accused foreign powers of fomenting the riots.", "11")
    assert [e.target_text for e in evs] == ["foreign powers"]
    assert evs[0].target_code == "GOV"


# --- ANS-condemn-expulsion-tgt46: expulsions condemned are the expelling state's -----------------------------------

def test_expulsions_condemned_are_aimed_at_the_state_that_expelled():
    text = ("TBILISI, May 3 - Azerbaijan expelled two Armenian diplomats on Thursday. "
            "Yerevan condemned the expulsions.")
    evs = [e for e in _coded(text, "11") if (e.source_code or "").startswith("ARM")]
    assert evs and all(e.target_code == "AZE" for e in evs)


def test_expulsions_condemned_with_no_expulsion_told_keep_no_target():
    text = "TBILISI, May 3 - Yerevan condemned the expulsions."
    evs = _coded(text, "11")
    assert all(e.target_actor_id is None for e in evs)


# --- blamed-vows: revenge vowed beside an accusation is aimed at the one blamed -------------------------------------

def test_revenge_vowed_beside_blame_is_aimed_at_the_one_blamed():
    evs = _coded("The Houthis blamed Saudi Arabia for the air strike and vowed revenge.", "13")
    assert evs and all(e.target_code == "SAU" for e in evs)


def test_revenge_vowed_alone_keeps_no_target():
    evs = _coded("The Houthis vowed revenge after the air strike.", "13")
    assert all(e.target_actor_id is None for e in evs)


# --- a state's territory named by a possessive pronoun or a demonym (TERRITORY_NOUNS) --------------------------------

def test_airspace_named_by_a_demonym_is_that_states():
    evs = _coded("Two Russian bombers entered Norwegian airspace near Bodo on Friday.", "15")
    assert evs and all(e.target_code == "NOR" for e in evs)


def test_airspace_named_by_its_is_the_states_the_pronoun_takes_up():
    evs = _coded("Lithuania's army said three Belarusian helicopters violated its airspace on Friday.", "15")
    assert evs and all(e.target_code == "LTU" for e in evs)


def test_drills_in_their_own_airspace_have_no_target():
    evs = _coded("Belarusian jets conducted drills in their own airspace on Friday.", "15")
    assert all(not e.target_code for e in evs)
