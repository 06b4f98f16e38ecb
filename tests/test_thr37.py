"""Session 34 (issue 11, branch thr37): threats and uses of force worded with "force" and "military action" (round35).

Every sentence is our own. Force used is the means of an act, never a side: "threatened to use force against X" is a
threat of military force (138) against X, force used on protesters or to disperse a crowd is repression (175), and
"the air force", "a task force", "the labour force" or "its market force" stay what they are.
"""
import pytest

import newsgraph


def _events(text: str):
    return newsgraph.analyse(text, published="2024-06-19").events


def _coded(text: str, prefix: str):
    return [e for e in _events(text) if e.cameo_code.startswith(prefix)]


# --- threats to use force: 138 with the against-target ------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Nigeria threatened to use military force against the junta in Niamey.", "NGA", "NERGOV"),
    ("India threatened to use force against Pakistan.", "IND", "PAK"),
    ("Israel said it was ready to use force against Hezbollah.", "ISR", "LBNREBHEZ"),
])
def test_a_threat_to_use_force_is_138_against_its_target(text, source, target):
    threats = _coded(text, "13")
    assert [(e.cameo_code, e.source_code, e.target_code) for e in threats] == [("138", source, target)]
    assert all(e.target_code != "MIL" for e in _events(text))


@pytest.mark.parametrize("text", [
    "Russia said it was ready to use force against any foreign intervention in Belarus.",
    "The president said the army was willing to use force against the rebels.",
    "China said it would not hesitate to use force to stop Taiwan from declaring independence.",
])
def test_readiness_to_use_force_is_a_threat(text):
    assert [e.cameo_code for e in _coded(text, "13")] == ["138"]
    assert not [e for e in _events(text) if e.modality == "negated"]


def test_the_force_used_is_never_the_target():
    evs = _coded("Serbia threatened to use force against Kosovo.", "13")
    assert evs and all(e.target_code != "MIL" and e.target_text != "force" for e in evs)


# --- threats and warnings of military action --------------------------------------------------------------------

def test_threatened_military_action_is_138():
    evs = _coded("Turkey threatened military action against Kurdish fighters in northern Syria.", "13")
    assert [e.cameo_code for e in evs] == ["138"]
    assert evs[0].rule_id.endswith("SE-threaten-military-thr37")


def test_threatened_legal_action_stays_a_plain_threat():
    evs = _coded("The governor threatened legal action against the mining company.", "13")
    assert [e.cameo_code for e in evs] == ["130"]


def test_a_warning_of_military_action_threatens_the_one_the_condition_names():
    evs = _coded("The United States warned of military action if Iran blocks the strait.", "13")
    assert [(e.cameo_code, e.source_code, e.target_code) for e in evs] == [("138", "USA", "IRN")]


# --- force used: 190, or 175 on protesters and crowds -----------------------------------------------------------

def test_force_used_against_a_state_is_190_against_it():
    evs = _coded("India used force against Pakistan.", "19")
    assert [(e.cameo_code, e.source_code, e.target_code) for e in evs] == [("190", "IND", "PAK")]


@pytest.mark.parametrize("text, source", [
    ("Troops used excessive force against protesters in Dhaka.", "MIL"),
    ("Kenyan police used lethal force against demonstrators on Tuesday.", "KENCOP"),
])
def test_force_used_on_protesters_is_repression(text, source):
    evs = _coded(text, "17")
    assert [(e.cameo_code, e.source_code) for e in evs] == [("175", source)]
    assert evs[0].target_code is not None and evs[0].target_code != "MIL"
    assert not _coded(text, "19")


def test_the_police_not_the_force_disperse_the_crowd():
    evs = _coded("Police used force to disperse the crowd in Nairobi.", "17")
    assert [(e.cameo_code, e.source_code) for e in evs] == [("175", "KENCOP")]


# --- a force that is a body or a power of trade stays what it is ------------------------------------------------

@pytest.mark.parametrize("text", [
    "The company used its market force to crush rivals.",
    "The labour force in Germany grew by two percent.",
])
def test_force_of_trade_or_work_is_no_force(text):
    assert not [e for e in _events(text) if e.cameo_root in ("13", "17", "18", "19")]


def test_the_air_force_is_still_an_actor():
    evs = _coded("The Nigerian air force said it had killed 20 militants.", "19")
    assert evs and evs[0].source_code == "NGAMIL"
