"""Session 50 (crit54, round52): threats, rejections and criticism (CAMEO 11-13) that real papers print but no one
made -- a threat noun that names a danger (SE-threat-danger-crit54, events/threat_dangers.py), what voters, a poll's
respondents or a majority reject or oppose (SE-voters-reject-crit54), and idioms of "hit" (SE-hit-idiom-crit54,
SE-hit-upon-crit54) -- and the look-alikes that stay coded. Own sentences only."""
import pytest

from statement_helpers import events as _events, find as _find


# ---- a threat noun that names a danger (SE-threat-danger-crit54)

@pytest.mark.parametrize("text", [
    "Although the militia cannot reach the capital, it is considered a threat on troops in the north.",
    "The threat to the farmers has grown since the drought began.",
    "The threat to their jobs has gone up a couple of notches, the union leader said.",
    "Officials said the country faces a growing threat from rebel raids in the north.",
    "The threat from the gang has become a theme of the mayoral race.",
])
def test_a_threat_that_names_a_danger_is_no_threat(text):
    evs = _events(text)
    assert not _find(evs, "13"), evs
    assert not [e for e in evs if e[0].startswith("13")], evs


@pytest.mark.parametrize("text, source, target", [
    ("The militia issued a threat to the villagers on Monday.", "militia", "villagers"),
    ("The rebels made a threat against the mayor.", "rebels", "mayor"),
    ("The judge received a threat from the gang after the trial.", "gang", "judge"),
    ("The judge received threats from the gang after the trial.", "gang", "judge"),
])
def test_a_threat_made_sent_or_received_stays_a_threat(text, source, target):
    evs = _find(_events(text), "13", source)
    assert evs, _events(text)
    assert evs[0][3] and target in evs[0][3], evs


def test_plural_threats_with_no_maker_stay_threats():
    evs = _find(_events("Threats against the judge were reported to the police on Monday."), "13")
    assert evs and "judge" in evs[0][3], evs


def test_a_threat_of_an_act_by_a_named_maker_stays():
    evs = _find(_events("The minister's threat to close the border angered the traders."), "130", "minister")
    assert evs, evs


def test_a_veto_threat_keeps_its_maker():
    evs = _events("If the president follows through on his veto threat, the bill will die.")
    assert [e for e in evs if e[0].startswith("13") and e[1] == "N13-threat-by"], evs


# ---- what voters, respondents or a majority reject or oppose (SE-voters-reject-crit54)

@pytest.mark.parametrize("text", [
    "Most voters oppose the new toll, a poll found.",
    "Polls show Canadians rejecting the premier by a wide margin.",
    "The harbour levy was rejected by 61 percent of voters in the referendum.",
    "Last spring 38 percent of Albertans opposed the levy, down from 52 percent.",
    "Americans overwhelmingly oppose closing the rural post offices, a new survey finds.",
])
def test_a_stance_counted_or_a_vote_cast_is_no_rejection(text):
    evs = _events(text)
    assert not _find(evs, "12"), evs
    assert not _find(evs, "110"), evs


@pytest.mark.parametrize("text, source", [
    ("The senate rejected the budget on Tuesday.", "senate"),
    ("The farmers' union opposed the new levy.", "union"),
    ("The Kenyan government rejected the opposition's demands.", "government"),
])
def test_a_body_that_rejects_or_opposes_still_does(text, source):
    evs = _events(text)
    assert _find(evs, "12", source) or _find(evs, "110", source), evs


# ---- idioms of "hit" (SE-hit-idiom-crit54, SE-hit-upon-crit54)

@pytest.mark.parametrize("text", [
    "The governor hit the campaign trail on Monday to sell his budget plan.",
    "The challenger hit the stage to loud cheers.",
    "The senator's remarks hit a nerve with voters in the state.",
    "The mayor has struggled to hit upon a clear message for her campaign.",
    "The port talks hit a snag over pensions.",
])
def test_hit_idioms_are_no_force_and_no_criticism(text):
    evs = _events(text)
    assert not [e for e in evs if e[0][:2] in ("11", "18", "19", "20")], evs


@pytest.mark.parametrize("text, code", [
    ("Rebels hit the army post with mortars.", "19"),
    ("Two rockets fired by the militia hit the road to the army base.", "19"),
    ("The senator hit out at the governor over the budget.", "111"),
])
def test_blows_and_retorts_stay(text, code):
    evs = _events(text)
    assert _find(evs, code), evs
