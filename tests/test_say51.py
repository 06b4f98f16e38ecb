"""Session 47 (say51, round49): statements, criticism and rejections (CAMEO 01, 11, 12) as US and Canadian papers
print them -- another side's "would not" in a clause someone reports is no refusal (convention
reported-refusals, events/reported_refusals.py), a politician's ad or video released frees no one
(SE-release-publication-say51), judgements that condemn as what something is said to be (T-condemn-predicate-say51),
"knocked X as Y" (V11-knock-as-say51), and a predicate judgement put as a possibility is none ("could be
offensive": convention possible-judgements) -- and the look-alikes that stay what they were. Own
sentences only."""
import pytest

from statement_helpers import events as _events, find as _find


# ---- another side's "would not" reported by a speaker (reported-refusals)

@pytest.mark.parametrize("text", [
    "The senator told the rally the farmers would not vote for him.",
    "The senator said the dockers in the hall would not support his bill.",
    "Mayor Ruiz praised the hosts and told the rally they wouldn't vote for him.",
])
def test_another_sides_would_not_in_a_reported_clause_is_no_refusal(text):
    evs = _events(text)
    assert not _find(evs, "12"), evs
    assert _find(evs, "01"), evs         # the speaker's statement stays


@pytest.mark.parametrize("text, source, code", [
    ("The union said it would not support the plan.", "it", "120"),
    ("The minister said the government would not negotiate with the rebels.", "government", "125"),
    ("Germany will not cooperate with the inquiry, a German government spokesman said.", "Germany", "121"),
    ('"We will not negotiate with the rebels," the minister said.', "We", "125"),
    ("Russia will not release the prisoners, the Kremlin said.", "Russia", "124"),
])
def test_the_speakers_own_side_refuses(text, source, code):
    evs = _events(text)
    assert any(e[0] == code for e in _find(evs, "12", source)), evs


def test_a_refusal_reported_by_another_is_still_a_refusal():
    # "refused to" is the refusal itself, reported: not a forecast
    evs = _events("The senator said the farmers had refused to vote for him.")
    assert _find(evs, "12", "farmers"), evs


def test_a_state_that_will_not_act_refuses_when_the_speaker_has_no_country():
    # the minister may be that state's: nothing tells the two apart, so the refusal stands
    evs = _events("The minister said Chile would not provide aid to the rebels.")
    assert _find(evs, "12", "Chile"), evs


# ---- ads, videos and reports released (SE-release-publication-say51)

@pytest.mark.parametrize("text", [
    "Governor Ana Ortiz released a campaign video on Tuesday.",
    "The party released its election manifesto in Ottawa.",
    "The candidate released his tax returns on Friday.",
])
def test_a_publication_released_frees_no_one(text):
    evs = _events(text)
    assert not _find(evs, "084"), evs


def test_captives_released_are_still_freed():
    evs = _events("The rebels released two aid workers on Monday.")
    assert _find(evs, "0841", "rebels"), evs


# ---- condemning judgements as what something is said to be (T-condemn-predicate-say51)

@pytest.mark.parametrize("text, source", [
    ('"The remark was offensive," said Governor Ana Ortiz of Ohio.', "Ortiz"),
    ("The mayor called the new voting rules undemocratic.", "mayor"),
    ("The ferry union said the harbour master's remarks were vapid and offensive.", "union"),
])
def test_a_condemning_judgement_is_criticism(text, source):
    evs = _events(text)
    assert any(e[1].endswith("T-condemn-predicate-say51") for e in _find(evs, "111", source)), evs


@pytest.mark.parametrize("text", [
    "The army launched an offensive in the north, the ministry said.",
    "The ministry said the offensive was going well.",
])
def test_a_military_offensive_is_no_criticism(text):
    evs = _events(text)
    assert not _find(evs, "11"), evs


# ---- "knocked X as Y" (V11-knock-as-say51)

def test_knocked_as_is_criticism_of_the_owner():
    evs = _events("Governor Ana Ortiz knocked the Liberal party's new primary rules as unfair to small towns.")
    found = _find(evs, "111", "Ortiz")
    assert found and any(e[6] and "PTY" in e[6] for e in found), evs


@pytest.mark.parametrize("text", [
    "Volunteers knocked on doors across the city on Saturday.",
    "The crane knocked down the old wall of the depot.",
])
def test_knocking_on_doors_is_no_criticism(text):
    evs = _events(text)
    assert not _find(evs, "11"), evs


# ---- a judgement put as a possibility (possible-judgements)

@pytest.mark.parametrize("text", [
    "The director said the new posters could be offensive to some readers.",
    '"Some of the jokes might be offensive to older viewers," the producer said.',
])
def test_a_judgement_put_as_a_possibility_is_no_criticism(text):
    evs = _events(text)
    assert not _find(evs, "11"), evs
    assert _find(evs, "01"), evs
