"""Session 48 (say52, round50): statements, criticism, appeals and threats (CAMEO 01, 02, 11, 13) as real papers
print them -- a state branded or called a rogue, pariah, outlaw or terrorist state (T-condemn-outcast-say52 and the
parse repair for a proper name named with an indefinite label, nlp/naming_objects._named_with_label), consequences
or a proportional response vowed (SE-vow-consequences-say52, SE-vow-proportional-response-say52), a party's broad
or declining appeal to voters (SE-appeal-attraction-say52), and "it was wrong for X to ..." (convention
for-subject-judged) -- and the look-alikes that stay what they were. Own sentences only."""
import pytest

from statement_helpers import events as _events, find as _find


# ---- a state branded or called an outcast (T-condemn-outcast-say52, naming_objects._named_with_label)

@pytest.mark.parametrize("text, source, target", [
    ("Japan branded North Korea a rogue state.", "JPN", "PRK"),
    ("Poland branded Russia a terrorist state on Tuesday.", "POL", "RUS"),
    ('Japan branded North Korea an "outlaw nation" after the launch.', "JPN", "PRK"),
    ("Japan called North Korea a rogue state.", "JPN", "PRK"),
    ("The foreign minister branded Iran a pariah.", None, "IRN"),
])
def test_a_state_called_an_outcast_is_criticised(text, source, target):
    evs = _find(_events(text), "11")
    assert evs, text
    assert evs[0][6] and evs[0][6].startswith(target), evs
    if source:
        assert evs[0][5] and evs[0][5].startswith(source), evs


def test_words_called_racially_toxic_are_criticised():
    evs = _events("The governor called the senator's remarks racially toxic.")
    assert _find(evs, "111", "governor"), evs


@pytest.mark.parametrize("text", [
    "The rebels seized a rogue state's weapons.",
    "Officials said the river water was toxic.",
    "The board named Smith a director.",
    "Japan said North Korea was a sovereign state.",
])
def test_outcast_words_that_judge_no_one(text):
    assert not _find(_events(text), "11"), text


def test_a_state_branded_a_threat_stays_a_statement():
    # a state said to be a threat is an assessment (T-threat-person-crit29 reads persons only)
    evs = _events("Japan branded North Korea a threat.")
    assert not _find(evs, "11") and _find(evs, "01"), evs


# ---- consequences or a proportional response vowed (SE-vow-consequences-say52, SE-vow-proportional-response-say52)

@pytest.mark.parametrize("text", [
    "The president vowed consequences for the attack on the embassy.",
    "The minister promised a proportional response to the cyber attack on the ministry.",
    "The governor promised a tough response to the looting.",
    "The prime minister pledged a retaliatory response to the shelling.",
])
def test_consequences_vowed_are_a_threat(text):
    evs = _events(text)
    assert _find(evs, "13"), evs
    assert not _find(evs, "03"), evs


@pytest.mark.parametrize("text", [
    "The mayor promised a swift response to the flood.",
    "The minister promised more aid to the flood victims.",
])
def test_a_response_or_aid_promised_is_no_threat(text):
    assert not _find(_events(text), "13"), text


# ---- a party's pull with voters is no appeal (SE-appeal-attraction-say52)

@pytest.mark.parametrize("text", [
    "The union's fading appeal to younger nurses worries its leaders.",
    "Strategists, uneasy about the movement's waning appeal to retirees, weighed new ads.",
    "The governor's broad appeal to farmers helped him win.",
])
def test_appeal_as_pull_is_no_request(text):
    assert not _find(_events(text), "02"), text


def test_an_appeal_made_stays_a_request():
    evs = _events("The UN made a renewed appeal to donors for funds.")
    assert _find(evs, "02", "UN"), evs


# ---- "it was wrong for X to ..." (convention for-subject-judged)

@pytest.mark.parametrize("text, target", [
    ("The senator said it was inappropriate for the judge to weigh in on the race.", "judge"),
    ("The mayor said it was wrong for the council to close the clinic.", "council"),
    ("The mayor said it was unacceptable for the police to beat protesters.", "police"),
])
def test_a_judgement_of_a_for_subject_faults_it(text, target):
    evs = _find(_events(text), "11", text.split()[1])
    assert evs and evs[0][3] and target in evs[0][3], evs


@pytest.mark.parametrize("text", [
    "The mayor said it was important for the council to keep the clinic open.",
    "The mayor said it was clear that the budget would pass.",
])
def test_a_for_clause_without_a_judgement_is_a_statement(text):
    evs = _events(text)
    assert not _find(evs, "11") and _find(evs, "01"), evs


# ---- a person called a faker or a grifter (T-condemn-person-say52)

def test_a_person_called_a_faker_is_criticised():
    evs = _events("The senator told reporters the governor was a faker and a grifter.")
    assert any(e[3] and "governor" in e[3] for e in _find(evs, "111", "senator")), evs


def test_a_swindler_described_is_no_judgement():
    evs = _events("Police said the swindler was jailed for six years.")
    assert not _find(evs, "11"), evs
