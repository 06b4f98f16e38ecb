"""Session 36 (issue 12, branch tgt39): asserted acts coded with no target where the text gives one (round37).

Every sentence is our own. Each kind has sentences whose target must be found and, where a rule could reach too
far, a sentence whose target must stay as it was.
"""
import pytest

import newsgraph


def _events(text: str):
    return newsgraph.analyse(text, published="2024-06-19").events


def _coded(text: str, prefix: str):
    return [e for e in _events(text) if e.cameo_code.startswith(prefix)]


def _targets(text: str, prefix: str) -> set:
    return {e.target_code for e in _coded(text, prefix)}


# --- answers: a punishment, a release, force used on a crowd or a boat ------------------------------------------

@pytest.mark.parametrize("text, prefix, target", [
    ("Saudi Arabia executed a Pakistani driver on Tuesday. Pakistan's foreign ministry criticised the execution.",
     "11", "SAU"),
    ("A court in Minsk sentenced a blogger to twelve years in prison. The European Union condemned the sentence.",
     "11", "BLRJUD"),
    ("A court in Cairo jailed three reporters for two years. Press groups denounced the jailing.", "11", "EGYJUD"),
])
def test_a_punishment_judged_answers_those_who_punished(text, prefix, target):
    evs = _coded(text, prefix)
    assert [e.target_code for e in evs] == [target]


@pytest.mark.parametrize("text, target", [
    ("Cuba freed twenty dissidents on Friday. The United States welcomed the releases.", "CUB"),
    ("Iran released a French tourist on Monday. France welcomed the release.", "IRN"),
])
def test_a_release_welcomed_answers_those_who_freed(text, target):
    evs = _coded(text, "051")
    assert [e.target_code for e in evs] == [target]


def test_a_sentence_judged_with_no_punishment_before_stays_without_target():
    evs = _coded("The teachers' union said the exam was hard. The minister criticised the sentence structure.", "11")
    assert all(e.target_code is None for e in evs)


def test_force_on_a_boat_condemned_as_an_attack_answers_who_used_it():
    text = "Chinese ships fired water cannon at a Philippine boat. The United States condemned the attack."
    evs = _coded(text, "11")
    assert [e.target_code for e in evs] == ["CHN"]


def test_an_arrest_between_an_attack_and_its_condemnation_is_not_what_is_condemned():
    text = ("Gunmen attacked a bus near Garissa, killing six. Police arrested three suspects. "
            "The governor condemned the attack.")
    evs = _coded(text, "11")
    assert evs and all(e.target_code != "KENCOP" for e in evs)


# --- an envoy: the charge d'affaires summoned ---------------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Iraq summoned Turkey's charge d'affaires to protest against the air strikes.", "IRQ", "TUR"),
    ("Turkey summoned the Swedish chargé d'affaires over the burning of a book in Stockholm.", "TUR", "SWE"),
])
def test_a_charge_d_affaires_summoned_is_an_envoy(text, source, target):
    evs = _coded(text, "114")
    assert [(e.source_code, (e.target_code or "")[:3]) for e in evs] == [(source, target)]


# --- a capital a penalty is put on ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("The EU imposed new sanctions on Moscow on Monday.", "RUSGOV"),
    ("Washington slapped tariffs on Beijing last year.", "CHNGOV"),
    ("EU ministers extended an arms embargo on Minsk for a year.", "BLRGOV"),
])
def test_a_capital_a_penalty_is_put_on_is_its_state(text, target):
    assert target in _targets(text, "16")


def test_a_curfew_on_a_capital_keeps_it_a_place():
    evs = _events("The army imposed a curfew on Kabul on Friday.")
    assert all(e.target_code != "AFGGOV" for e in evs)


# --- a stranded preposition: "fired tear gas at students marching on parliament" ---------------------------------

@pytest.mark.parametrize("text, target", [
    ("NAIROBI - Police fired tear gas at opposition supporters marching to parliament on Tuesday.", "KENOPP"),
    ("NAIROBI - Police fired tear gas at students marching on parliament.", "KENEDU"),
])
def test_the_object_of_a_preposition_the_parse_read_as_a_participle_subject(text, target):
    assert _targets(text, "175") == {target}


def test_a_preposition_with_its_own_object_is_unchanged():
    text = "NAIROBI - Police fired tear gas at protesters on Tuesday, injuring several."
    assert _targets(text, "175") == {"KENOPP"}


# --- what is demanded from a side; a school district is a body -----------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("DENVER - The nurses' union demanded higher pay from the hospital.", "USAHLH"),
    ("DENVER - Workers at the plant demanded better conditions from their employer.", "USABUS"),
])
def test_what_is_demanded_from_a_side_is_a_demand_on_it(text, target):
    assert _targets(text, "10") == {target}


def test_a_demand_from_no_side_names_no_target():
    evs = _coded("DENVER - The union demanded an answer from the start.", "10")
    assert all(e.target_code in (None, "USAGOV") for e in evs)


@pytest.mark.parametrize("text, prefix", [
    ("DENVER - Three former employees sued the school district over unpaid wages.", "115"),
    ("DENVER - Parents criticised the school board for closing two schools.", "11"),
])
def test_a_school_district_or_board_is_an_actor(text, prefix):
    assert _targets(text, prefix) == {"USAEDU"}


# --- a reprisal with no object pays back the act against the speaker's side ---------------------------------------

@pytest.mark.parametrize("text, prefix, target", [
    ("The EU imposed sanctions on Belarus. Minsk threatened to retaliate.", "138", "IGOEUREEC"),
    ("Washington raised tariffs on Chinese goods. China vowed to retaliate.", "13", "USAGOV"),
])
def test_a_threat_to_retaliate_is_aimed_at_who_acted_against_the_speaker(text, prefix, target):
    evs = _coded(text, prefix)
    assert evs and {e.target_code for e in evs} == {target}


def test_a_reprisal_with_its_own_object_keeps_it():
    assert _targets("Iran's supreme leader threatened to retaliate against Israel.", "138") == {"ISR"}


def test_a_reprisal_against_the_speakers_own_police_finds_no_foreign_side():
    text = "Police arrested 40 protesters in Lagos. The protesters' union threatened to retaliate."
    assert all(e.target_code in (None, "NGAGOV") for e in _coded(text, "13"))


# --- a formal protest with no target answers the nearest hostile act of another country ----------------------------

@pytest.mark.parametrize("text, target", [
    ("North Korea fired two missiles on Sunday. Japan lodged a protest.", "PRK"),
    ("North Korea fired two missiles on Sunday. Japan lodged a protest over the launch.", "PRK"),
    ("Chinese ships blocked a Philippine supply boat. Manila filed a diplomatic protest.", "CHN"),
])
def test_a_formal_protest_answers_the_other_countrys_act(text, target):
    assert _targets(text, "114") == {target}


def test_a_formal_protest_after_no_foreign_act_keeps_no_target():
    text = "The Japanese cabinet met on Sunday. Japan lodged a protest."
    assert _targets(text, "114") <= {None}


# --- a person by a noun of work the KB knew only as an agent (tourist, blogger, fisherman): one person -----------------------

@pytest.mark.parametrize("text, prefix, target", [
    ("PARIS - French police arrested a Chinese tourist on Monday. Prosecutors accused her of stealing a painting.",
     "112", "CHN"),
    ("PARIS - France detained a Russian blogger, accusing him of spreading lies.", "112", "RUS"),
    ("ATHENS - Police arrested a Turkish fisherman and charged him with smuggling.", "115", "TUR"),
])
def test_a_pronoun_takes_up_a_person_named_by_a_noun_of_work(text, prefix, target):
    evs = _coded(text, prefix)
    assert evs and all((e.target_code or "")[:3] == target for e in evs)


def test_tourists_in_the_plural_stay_a_group():
    evs = _coded("PARIS - French police arrested three Chinese tourists on Monday.", "17")
    assert [(e.target_code or "")[:3] for e in evs] == ["CHN"]


# --- "their" bound to two countries owns one body of each ---------------------------------------------------------

def test_their_leaders_after_two_countries_are_one_of_each():
    text = "NEW DELHI - India and Bangladesh signed a water deal after talks between their prime ministers."
    pairs = {(e.source_code, e.target_code) for e in _coded(text, "046")}
    assert pairs == {("INDGOV", "BGDGOV"), ("BGDGOV", "INDGOV")}


def test_their_after_one_country_stays_that_countrys():
    text = "KABUL - Pakistan said its jets struck militant camps. Their pilots returned safely."
    evs = _events(text)
    assert all(e.source_code != "AFGMIL" for e in evs)


# --- things launched from a country are its ---------------------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("KYIV - Ukraine's air force shot down 20 drones launched from Russia overnight.", "RUS"),
    ("KYIV - Ukraine's air force said it shot down drones launched from Russia's Kursk region.", "RUS"),
])
def test_drones_launched_from_a_country_are_its(text, target):
    evs = [e for e in _coded(text, "190") if e.source_code.startswith("UKR")]
    assert evs and all((e.target_code or "")[:3] == target for e in evs)


def test_drones_launched_from_a_sea_take_no_country_from_it():
    evs = _coded("KYIV - Ukraine's air force shot down 20 drones launched from the Black Sea.", "190")
    assert all(not (e.target_code or "").startswith("RUS") for e in evs)


# --- an appeal or demand for a release is made to the holder ----------------------------------------------------

@pytest.mark.parametrize("text, prefix, target", [
    ("MOSCOW - A Moscow court sentenced an American reporter to 16 years. The United States demanded his release.",
     "100", "RUSJUD"),
    ("MINSK - Belarus jailed a Polish journalist last year. Poland has demanded the release of the journalist.",
     "100", "BLR"),
    ("HARARE - Zimbabwean police arrested 40 activists on Sunday. The United States called for their release.",
     "020", "ZWECOP"),
])
def test_a_demand_for_a_release_is_made_to_the_holder(text, prefix, target):
    assert _targets(text, prefix) == {target}


def test_their_release_after_a_kidnapping_is_the_captives():
    text = "LAGOS - Gunmen kidnapped 20 students on Thursday. Parents demanded their release."
    rel = _coded(text, "0841")
    assert rel and all(e.target_code == "NGAEDU" for e in rel)


def test_their_release_with_no_one_taken_before_is_the_speakers():
    text = "NAIROBI - Hundreds of inmates went on hunger strike on Monday. They demanded their release."
    rel = _coded(text, "0841")
    assert rel and all(e.target_code == "KENCVL" for e in rel)


# --- a defence attache written without the accent; a place marched through ----------------------------------------

def test_an_attache_accused_in_a_participle_is_the_one_expelled():
    text = "LONDON - Britain expelled a Russian defence attache on Wednesday, accusing him of spying."
    assert _targets(text, "112") == {"RUSGOV"}


@pytest.mark.parametrize("text", [
    "Thousands of people marched through Madrid on Sunday to demand lower rents.",
    "Thousands of protesters marched through the streets of Barcelona on Sunday.",
])
def test_people_marching_through_a_city_are_of_its_country(text):
    evs = _coded(text, "14")
    assert evs and all((e.source_code or "").startswith("ESP") for e in evs)


def test_a_bare_blogger_who_speaks_is_not_the_person_named_before():
    text = "Tomasz Lewicki thinks the new bridge is ugly. \"Nobody asked us,\" the blogger said."
    an = newsgraph.analyse(text, published="2024-06-19")
    ment = [m for m in an.mentions if m.text == "the blogger"]
    assert ment and an.actor(ment[0].actor_id).name != "Tomasz Lewicki"


# --- a request to hand someone over is made to the holder ----------------------------------------------------------

def test_a_request_for_an_extradition_is_made_to_whoever_holds_the_man():
    text = "MEXICO CITY - Police arrested a cartel leader in Sinaloa. Washington has requested his extradition."
    evs = _coded(text, "02")
    assert evs and all((e.target_code or "").startswith("MEX") for e in evs)


def test_a_request_for_an_extradition_with_no_holder_told_keeps_no_target():
    text = "MEXICO CITY - A cartel leader fled to Spain. Washington has requested his extradition."
    evs = _coded(text, "02")
    assert all(not (e.target_code or "").startswith("MEX") for e in evs)


# --- talks or a deal mediated by a third side: the clause's subjects are the parties ------------------------------

def test_talks_mediated_by_a_third_state_are_aimed_at_the_two_parties():
    text = "ADDIS ABABA - Ethiopia and Somalia agreed on Thursday to restore ties after talks mediated by Turkey."
    assert {(e.source_code, e.target_code) for e in _coded(text, "045")} == {("TUR", "ETH"), ("TUR", "SOM")}


def test_a_mediation_between_named_sides_keeps_them():
    pairs = {(e.source_code, e.target_code) for e in _coded("DOHA - Qatar mediated between Israel and Hamas.", "045")}
    assert pairs == {("QAT", "ISR"), ("QAT", "PSEREBHMS")}


def test_a_mediation_of_no_talks_named_keeps_no_target():
    evs = _coded("DOHA - Qatar offered to mediate.", "04")
    assert all(e.target_code is None for e in evs)
