"""Session 43 (crit47, round45): criticism (CAMEO 11), accusation (112), threats (13) and false defiance (128) in the
forms wire copy uses -- a label the parser gave the thing named as its subject after "called"
(nlp/naming_objects.py), a label that only classes its of-phrase ("a form of blackmail") or a word of equating
("amounted to"), condemning words VADER leaves unrated, an act "inconsistent with" a law, an actor said to be
"behind" an attack, to shelter or arm militants, concern voiced over another's decision, a conflictual act vowed
under an "unless" condition, a law said to be violated by an act or named as a charge -- and the look-alikes that
stay what they were. Own sentences only."""
import pytest

from newsgraph.nlp import load_nlp
from test_crit25 import _events     # session 25's reader: (code, rule, source, target, modality) of a text


def _root(evs, root):
    return [e for e in evs if e[0].startswith(root) and e[4] in ("asserted", "reported")]


def _aimed(evs, root, source, target):
    return any(s and source in s and t and target in t for c, r, s, t, m in _root(evs, root))


# ---- a label with the thing named as its subject (nlp/naming_objects.py, the fourth shape)

def test_the_thing_named_as_the_labels_subject_is_rehung_as_the_object():
    doc = load_nlp()("Prime Minister Kaja Tamm called the Tartu city council's parking decision illegal.")
    verb = next(t for t in doc if t.lower_ == "called")
    deps = {t.text: (t.dep_, t.head.i) for t in doc}
    assert deps["decision"] == ("dobj", verb.i) and deps["illegal"] == ("oprd", verb.i), deps


def test_a_label_given_an_act_criticises_its_maker():
    evs = _events("Prime Minister Kaja Tamm called the Tartu city council's parking decision illegal.")
    assert _aimed(evs, "11", "Tamm", "council"), evs


def test_a_label_the_parser_read_right_is_left_as_it_was():
    doc = load_nlp()("Finance Minister Ama Owusu called the Ashanti regional council's levy unlawful.")
    deps = {t.text: t.dep_ for t in doc}
    assert deps["levy"] == "dobj" and deps["unlawful"] == "oprd", deps


def test_a_name_given_to_a_child_is_still_left_as_parsed():
    assert not _root(_events("The fishermen called the youngest boy Lars."), "11")


# ---- a label that classes what its of-phrase names; a word of equating

@pytest.mark.parametrize("text, source, target", [
    ("The Ghanaian finance minister said the IMF's freeze of the credit line was a form of blackmail.",
     "minister", "IMF"),
    ("The ombudsman said the water board's conduct amounted to maladministration.", "ombudsman", "board"),
    ("The dockers' union said the port authority's new fee was tantamount to theft.", "union", "authority"),
])
def test_a_classed_label_judges_the_act_it_is_said_of(text, source, target):
    evs = _events(text)
    assert _aimed(evs, "11", source, target), evs


def test_a_kind_of_thing_that_judges_nothing_stays_a_statement():
    evs = _events("The tax office said the harbour board's new fee was a form of local taxation.")
    assert not _root(evs, "11"), evs


# ---- condemning words VADER leaves unrated; an act at odds with a law

@pytest.mark.parametrize("text, source, target", [
    ("The farmers' federation said the Agriculture Ministry's new quotas were unreasonable.", "federation", "Ministry"),
    ("Defence lawyers said the tribunal's sentence was disproportionate and excessive.", "lawyers", "tribunal"),
    ("The Swedish foreign minister said Hungary's new media law was incompatible with European law.",
     "minister", "Hungary"),
])
def test_an_act_said_to_be_unreasonable_or_against_a_law_criticises_its_maker(text, source, target):
    evs = _events(text)
    assert _aimed(evs, "11", source, target), evs


def test_figures_consistent_with_a_forecast_judge_no_one():
    evs = _events("The central bank said the statistics office's new figures were consistent with its forecast.")
    assert not _root(evs, "11"), evs


def test_rainfall_said_to_be_excessive_judges_no_one():
    assert not _root(_events("Forecasters said the rainfall in the valley had been excessive."), "11")


# ---- an actor said to be behind an attack; a group's own claim; a cause named

def test_a_state_said_to_be_behind_a_bombing_is_accused():
    evs = _events("Azerbaijan said Armenia was behind the bombing of the pipeline.")
    assert _aimed(evs, "112", "Azerbaijan", "Armenia"), evs


def test_a_group_saying_it_was_behind_an_attack_claims_it():
    evs = _events("The Baloch Liberation Army said it was behind the attack on the railway station.")
    assert any(e[0] == "015" for e in evs) and not _root(evs, "112"), evs


@pytest.mark.parametrize("text", [
    "The plant's owners said a faulty valve was behind the blast.",
    "The plant's owners said a faulty valve was responsible for the explosion.",
])
def test_a_thing_behind_a_blast_is_a_cause_no_claim(text):
    evs = _events(text)
    assert not any(e[0] in ("015", "112") for e in evs), evs


# ---- sheltering or arming militants

def test_a_state_said_to_shelter_militants_is_accused():
    evs = _events("Tajikistan said the Taliban government was sheltering militants who raided its border posts.")
    assert _aimed(evs, "112", "Tajikistan", "Taliban"), evs


def test_a_church_that_sheltered_refugees_is_accused_of_nothing():
    evs = _events("The bishop said the parish had sheltered the refugees through the winter.")
    assert not _root(evs, "112"), evs


# ---- concern voiced over another's decision or conduct; concern over a trend stays pessimism

@pytest.mark.parametrize("text, source, target", [
    ("Jamaica voiced concern about Canada's decision to tighten visa rules for Caribbean students.",
     "Jamaica", "Canada"),
    ("Amnesty International expressed concern over the Kenyan police's handling of the protests.",
     "Amnesty", "police"),
])
def test_concern_over_an_actors_decision_is_criticism_of_it(text, source, target):
    evs = _events(text)
    assert _aimed(evs, "11", source, target), evs


def test_concern_over_a_trend_stays_pessimism():
    evs = _events("The health ministry expressed concern over a rise in cholera cases in the north.")
    assert any(e[0] == "012" for e in evs) and not _root(evs, "11"), evs


# ---- a conflictual act vowed under an unless condition is a threat

def test_sanctions_vowed_unless_a_demand_is_met_are_a_threat():
    evs = _events("The European Union vowed to impose sanctions on Georgia unless it scrapped the foreign agents law.")
    assert any(e[0].startswith("13") and "Union" in (e[2] or "") for e in evs), evs


def test_troops_pledged_if_a_mission_is_approved_are_no_threat():
    evs = _events("Rwanda pledged to send troops to Mozambique if the regional bloc approved the mission.")
    assert not _root(evs, "13"), evs


def test_sanctions_vowed_without_a_condition_stay_planned():
    evs = _events("The European Union vowed to impose new sanctions on Belarus.")
    assert not _root(evs, "13"), evs


# ---- a law violated by an act, or named as a charge, is no defiance (128)

@pytest.mark.parametrize("text", [
    "Serbia said Kosovo's new police deployment violated the 2013 agreement.",
    "A Lagos court fined the haulage firm for breaching road safety rules.",
    "Police charged the shopkeeper with violating the curfew.",
])
def test_a_law_violated_by_an_act_or_named_as_a_charge_is_no_defiance(text):
    evs = _events(text)
    assert not any(e[0] == "128" for e in evs), evs


def test_protesters_who_defied_a_curfew_defied_it():
    evs = _events("Thousands of protesters defied the curfew in the capital on Saturday.")
    assert any(e[0] == "128" for e in evs), evs


# ---- a fault named as another actor's own (events/owned_faults.py)

@pytest.mark.parametrize("text, source, target", [
    ("Teachers said the education ministry's failure to pay allowances had emptied rural schools.",
     "Teachers", "ministry"),
    ("Opposition lawmakers said the coast guard's negligence had cost three lives.", "lawmakers", "guard"),
])
def test_a_fault_owned_by_another_actor_is_criticism_of_it(text, source, target):
    evs = _events(text)
    assert _aimed(evs, "11", source, target), evs


@pytest.mark.parametrize("text", [
    "The mediator said the failure of the talks was regrettable.",
    "The goalkeeper said our failure to score had cost us the final.",
    "The auditors said there had been no negligence by the council.",
    "Technicians said the turbine's failure had flooded the engine room.",
])
def test_a_fault_of_no_other_actor_judges_no_one(text):
    evs = _events(text)
    assert not _root(evs, "11"), evs


def test_a_predicate_negated_through_an_earlier_one_judges_no_one():
    said = 'The ministry said the harbour board\'s new quotas were {}incompatible with European law.'
    assert _root(_events(said.format("")), "11")
    evs = _events(said.format('"not, per se, '))
    assert not _root(evs, "11"), evs
