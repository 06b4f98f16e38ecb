"""Session 40 (crit44, round42): criticism, accusation, rejection and threats (CAMEO 11-13) in the forms wire copy
uses -- a label the parse hangs inside the object of a verb of naming ("called the board's ruling a farce"), the
free relative "what X called Y" as the thing criticised, harsh responses vowed or warned of, attempts crushed,
countermeasures taken, representations lodged, conflicts said to be fuelled, acts said to raise questions about
their makers, "refused to rule out" -- and the look-alikes that stay what they were. Own sentences only."""
import pytest

from test_crit25 import _events     # session 25's reader: (code, rule, source, target, modality) of a text


def _root(evs, root):
    return [e for e in evs if e[0].startswith(root) and e[4] in ("asserted", "reported")]


# ---- a label of a verb of naming hung inside its object

@pytest.mark.parametrize("text, source, target", [
    ("The Zambian opposition called the government's new levy a farce of the worst kind.", "opposition", "government"),
    ("Senator Walsh called Governor Hale's plan to sell the ferries a betrayal.", "Walsh", "Hale"),
    ("President Orsi called Argentina's fishing quota an insult to Uruguayan fishermen.", "Orsi", "Argentina"),
    ('Chile\'s president called Peru\'s decision to shut the border crossing "reckless".', "Chile", "Peru"),
])
def test_label_hung_inside_the_object_is_criticism(text, source, target):
    evs = _root(_events(text), "11")
    assert any(s and source in s and t and target in t for c, r, s, t, m in evs), _events(text)


def test_label_inside_the_object_is_no_phone_call():
    evs = _events('Governor Hale called the senator\'s remarks on the ferry strike "shameful".')
    assert not any(c.startswith("04") for c, r, s, t, m in evs), evs


@pytest.mark.parametrize("text", [
    "Senator Walsh called Governor Hale, a former banker, on Sunday.",
    "The harbour master called the meeting a success.",
    "The mayor called the fire brigade a few minutes after the blast.",
])
def test_call_without_a_judging_label_is_no_criticism(text):
    assert not _root(_events(text), "11"), _events(text)


# ---- the free relative "what X called Y"

@pytest.mark.parametrize("text, target", [
    ("Bolivia condemned what it called Chile's interference in its elections.", "Chile"),
    ("The Ghanaian opposition criticised what it described as the government's land grab.", "government"),
])
def test_what_they_called_names_the_thing_criticised(text, target):
    evs = _root(_events(text), "11")
    assert evs and any(t and target in t for c, r, s, t, m in evs), _events(text)
    assert not any(t in ("they", "it") for c, r, s, t, m in evs), evs


def test_what_they_called_without_a_criticism_verb_codes_no_criticism():
    assert not _root(_events("Nobody at the harbour remembered what they called the old quay."), "11")


# ---- responses vowed or warned of

@pytest.mark.parametrize("text", [
    "The militia vowed a crushing response to the raid on its camp.",
    "The junta promised a merciless response to any further attack.",
])
def test_harsh_response_vowed_is_a_threat(text):
    evs = _events(text)
    assert _root(evs, "13") and not any(c.startswith("03") for c, r, s, t, m in evs), evs


@pytest.mark.parametrize("text", [
    "The coast guard warned of a firm response if the trawlers came back.",
    "The junta warned Ghana of a harsh response to the border incursions.",
])
def test_warning_of_a_harsh_response_is_a_threat(text):
    assert _root(_events(text), "13"), _events(text)


@pytest.mark.parametrize("text", [
    "The charity pledged strong support for the flood victims.",
    "The relief agencies promised a swift response to the floods.",
    "Doctors warned of a slow response to the outbreak.",
])
def test_mild_or_kind_responses_are_no_threat(text):
    assert not _root(_events(text), "13"), _events(text)


# ---- attempts crushed, countermeasures taken, representations lodged

def test_attempt_crushed_is_repression_and_said_to_come_a_threat():
    assert any(c == "175" for c, r, s, t, m in _events("The palace guard crushed the coup attempt within hours."))
    evs = _events("The junta said it would crush any bid for secession by the northern provinces.")
    assert any(c.startswith("137") for c, r, s, t, m in _root(evs, "13")), evs


def test_things_crushed_are_no_repression():
    assert not _root(_events("The recycling firm crushed the cans with a press."), "17")


def test_countermeasures_taken_reduce_relations():
    evs = _events("Hungary took countermeasures against the Slovak shipping lines.")
    assert any(c == "160" and s and "Hungary" in s for c, r, s, t, m in evs), evs


@pytest.mark.parametrize("text, target", [
    ("Beijing lodged stern representations with Canberra over the navy patrol.", "Canberra"),
    ("The Chilean embassy delivered a demarche to the Bolivian foreign ministry.", "ministry"),
])
def test_representations_lodged_are_a_formal_protest(text, target):
    evs = _events(text)
    assert any(c == "114" and t and target in t for c, r, s, t, m in evs), evs


def test_representations_made_to_a_tribunal_are_no_protest():
    assert not _root(_events("The dockers' lawyer made representations to the tribunal."), "11")


# ---- not ruling out

def test_refusing_to_rule_out_is_no_rejection():
    evs = _events("The finance minister refused to rule out a rise in the ferry levy.")
    assert not _root(evs, "12"), evs


# ---- conflicts fuelled, questions raised

@pytest.mark.parametrize("text, target", [
    ("The minister said Ankara was fuelling the conflict in the north.", "Ankara"),
    ("The envoy said Tehran had stoked tensions along the border.", "Tehran"),
])
def test_fuelling_a_conflict_said_of_another_is_an_accusation(text, target):
    evs = _root(_events(text), "11")
    assert any(t and target in t for c, r, s, t, m in evs), _events(text)


def test_things_fuelling_unrest_judge_no_one():
    assert not _root(_events("Economists said high bread prices were fuelling unrest in the capital."), "11")


def test_an_act_raising_questions_criticises_its_maker():
    evs = _root(_events("The Malawian opposition said the police's handling of the strike raised serious questions."),
                "11")
    assert any(t and "police" in t for c, r, s, t, m in evs), evs
