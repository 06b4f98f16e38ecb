"""Session 36b (issue 11, branch left40): kinds the first round of session 36 left unfixed (round38).

Every sentence is our own. Each kind has sentences that must now be coded and, where a rule could reach too far,
a sentence that must stay as it was.
"""
import pytest

import newsgraph


def _events(text: str):
    return newsgraph.analyse(text, published="2024-06-19").events


def _coded(text: str, prefix: str):
    return [e for e in _events(text) if e.cameo_code.startswith(prefix) and e.modality in ("asserted", "reported")]


def _roots(text: str) -> set:
    return {e.cameo_root for e in _events(text) if e.modality in ("asserted", "reported")}


# --- title-case headlines with an adverb before the participle --------------------------------------------------

@pytest.mark.parametrize("text, prefix, target", [
    ("Cyclist Fatally Stabbed Near Bus Depot In Glasgow", "1", "Cyclist"),
    ("Guard Seriously Injured In Prison Stabbing", "1", "Guard"),
    ("Student Critically Wounded In Campus Shooting", "19", "Student"),
    ("Man Shot Outside Bar In Durban", "19", "Man"),
])
def test_headline_adverb_participle(text, prefix, target):
    evs = _coded(text, prefix)
    assert evs and evs[0].target_text == target


# --- came under rocket attack -----------------------------------------------------------------------------------

def test_came_under_rocket_attack_is_force():
    evs = _coded("The consulate in Erbil came under rocket attack late on Sunday.", "19")
    assert evs and evs[0].target_text.endswith("consulate")


def test_came_under_attack_from_critics_stays_criticism():
    assert _coded("The governor came under attack from teachers over the missile test budget.", "11")
    assert not _coded("The governor came under attack from teachers over the missile test budget.", "19")


# --- turned himself in --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("The bus driver turned himself in to police in Accra on Tuesday.", "The bus driver"),
    ("The treasurer turned herself in at a police station in Quito.", "The treasurer"),
])
def test_turned_himself_in_is_custody(text, target):
    evs = _coded(text, "173")
    assert evs and evs[0].target_text == target and evs[0].source_code and "COP" in evs[0].source_code


# --- a claimed attack told with its toll -------------------------------------------------------------------------

def test_claimed_attack_with_toll_is_the_claimants_attack():
    text = "The attack, which killed six policemen, was claimed by the Islamic State."
    assert _coded(text, "015")
    force = _coded(text, "19")
    assert force and force[0].source_code == _coded(text, "015")[0].source_code


def test_claimed_attack_without_toll_is_the_claim_only():
    assert not _coded("The rebel front claimed the bombing of the pipeline.", "18") \
        and not _coded("The rebel front claimed the bombing of the pipeline.", "19")


# --- among those detained -----------------------------------------------------------------------------------------

def test_among_those_detained():
    evs = _coded("Among those detained was the opposition MP Anna Petrova, police said.", "173")
    assert evs and evs[0].target_code == "LEG" and evs[0].target_text.startswith("the opposition")


# --- abusing freedoms ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The court convicted the blogger of abusing democratic freedoms.",
    "The party was accused of abusing the rules of parliament.",
])
def test_abusing_freedoms_is_no_assault(text):
    assert "18" not in _roots(text)


def test_abusing_people_stays_an_assault():
    assert _coded("Guards abused the prisoners at the camp, the report said.", "18")


# --- an ordered pre-trial detention -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("A judge in Ankara ordered the pre-trial detention of the novelist.", "the novelist"),
    ("The court ordered the provisional detention of three customs officers.", "three customs officers"),
])
def test_ordered_detention_is_asserted(text, target):
    evs = _coded(text, "173")
    assert evs and evs[0].modality == "asserted" and evs[0].target_text == target


def test_ordered_arrest_is_the_legal_action():
    # session 42 lead: an arrest a court orders is the legal action CAMEO 173 names, as an arrest warrant issued is
    # (this test asserted the opposite until then: "not yet done")
    evs = _coded("The court ordered the arrest of the former governor.", "173")
    assert evs and evs[0].modality == "asserted" and evs[0].target_text == "the former governor"


# --- revenge promised ---------------------------------------------------------------------------------------------

def test_promised_retaliation_is_a_threat():
    assert _coded("The militia promised retaliation for the killing of its commander.", "13")


def test_promised_delivery_is_nothing():
    assert not _events("The shop promised free delivery.")


# --- protested to a capital ---------------------------------------------------------------------------------------

def test_protested_to_capital_names_the_state():
    evs = _coded("Seoul protested to Tokyo over the new textbooks.", "11")
    assert evs and evs[0].target_code and evs[0].target_code.startswith("JPN")


# --- a lawsuit between two phrases of one code --------------------------------------------------------------------

def test_teachers_sued_the_school_district():
    evs = _coded("Teachers sued the school board over unpaid overtime.", "115")
    assert evs and evs[0].source_text == "Teachers"


# --- welcomed a counterpart to a city -----------------------------------------------------------------------------

def test_welcomed_counterpart_to_capital():
    evs = _coded("Tanzania's president welcomed his Kenyan counterpart to Dodoma on Friday.", "043")
    assert evs and evs[0].target_code and evs[0].target_code.startswith("KEN")


# --- a strike that left commuters stranded ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A train strike left thousands of commuters stranded across Milan.",
    "The strike by tram drivers left passengers stranded in Lisbon.",
])
def test_strike_left_stranded_is_no_force(text):
    roots = _roots(text)
    assert "14" in roots and not roots & {"18", "19", "20"}


def test_attack_left_dead_stays_force():
    assert _coded("The attack on the market left seven dead.", "19")
