"""Session 23 (crit23, round25): criticism and accusation (CAMEO root 11) missed on real news -- criticism one is
"subject to", a critique named by its noun, frustration or anger expressed at what an actor did, a warning whose clause judges a named actor (own sentences)."""
import pytest

from newsgraph.pipeline import analyse


def _events(text):
    a = analyse(text, "2021-03-01")
    out = []
    for e in a.events:
        out.append((e.cameo_code, e.rule_id, e.source_text, e.target_text, e.modality))
    return out


def _has(evs, code, rule, source, target):
    return any(c == code and r.startswith(rule) and (s and source in s if source else s is None)
               and t and target in t and m == "asserted" for c, r, s, t, m in evs)


@pytest.mark.parametrize("text, source, target", [
    ("The health ministry was subject to criticism from opposition lawmakers over the late repairs.",
     "opposition lawmakers", "health ministry"),
    ("The water company has been subject to fierce criticism from farmers.", "farmers", "water company"),
])
def test_criticism_one_is_subject_to_is_criticism_received(text, source, target):
    evs = _events(text)
    assert _has(evs, "111", "N11-subject-to-criticism", source, target), evs


@pytest.mark.parametrize("text", [
    "The new contract is subject to approval by the council.",
    "Imports of the grain are subject to a tariff.",
])
def test_subject_to_something_else_is_no_criticism(text):
    evs = _events(text)
    assert not any(c.startswith("11") for c, *_ in evs), evs


def test_a_critique_named_by_its_noun_is_criticism_of_whom_it_is_aimed_at():
    evs = _events("The senator's sharp critique of the governor's flood plan drew loud applause.")
    assert any(c == "111" and r.startswith("N11-critique-of") and s and "senator" in s for c, r, s, t, m in evs), evs


@pytest.mark.parametrize("text, target", [
    ("The mayor expressed anger that the governor had cut the bus routes again.", "governor"),
    ("The mayor expressed frustration with the governor over the slow repairs.", "governor"),
])
def test_frustration_or_anger_expressed_at_an_actor_is_criticism(text, target):
    evs = _events(text)
    assert _has(evs, "111", "V11-express-grievance", "mayor", target), evs


def test_anger_expressed_at_no_one_named_is_no_event():
    evs = _events("The minister expressed anger over the storm damage in the valley.")
    assert not any(c.startswith("11") for c, *_ in evs), evs


@pytest.mark.parametrize("text, code, target", [
    ("The senator warned that the governor was reckless.", "111", "governor"),
    ("The union leader warned that the mayor had lied about the budget.", "112", "mayor"),
])
def test_a_warning_that_judges_a_named_actor_is_criticism(text, code, target):
    evs = _events(text)
    assert any(c == code and r.startswith("S-warn+") and t and target in t for c, r, s, t, m in evs), evs


@pytest.mark.parametrize("text", [
    "Engineers warned that the old dam could fail in a flood.",
    "The senator warned that the storm would be dangerous.",
    "Doctors warned that the new virus is dangerous for the elderly.",
])
def test_a_warning_that_judges_no_actor_stays_a_pessimistic_comment(text):
    evs = _events(text)
    assert any(c == "012" and r == "S-warn" for c, r, *_ in evs), evs
    assert not any(c.startswith("11") for c, *_ in evs), evs


def test_a_conditional_warning_of_the_speakers_own_act_stays_a_threat():
    evs = _events("The minister warned that the army would crush the rebels if they attacked the capital.")
    assert not any(c.startswith("11") for c, *_ in evs), evs


@pytest.mark.parametrize("text, rule", [
    ("The fishermen said the new quota scheme was unworkable.", "T-condemn-judgement"),
    ("The nurses said the pay offer was a slap in the face.", "T-condemn-slap"),
    ("The mayor said the ministry had dragged its feet on the repairs.", "T-foot-dragging"),
])
def test_criticism_words_in_what_was_said(text, rule):
    evs = _events(text)
    assert any(c == "111" and r.endswith(rule) for c, r, *_ in evs), evs


@pytest.mark.parametrize("text", [
    "We have dragged our feet on the repairs, the mayor said.",
    "The senator said the unworkable plan had been dropped.",
])
def test_no_criticism_of_the_speakers_own_delay_or_of_a_described_plan(text):
    evs = _events(text)
    assert not any(c.startswith("11") for c, *_ in evs), evs


@pytest.mark.parametrize("text, code, rule", [
    ("The senator said the governor was to blame for the long blackout.", "112", "T-to-blame"),
    ("The union said the new minister could not be trusted.", "111", "T-not-trusted"),
])
def test_blame_and_distrust_said_of_a_named_actor(text, code, rule):
    evs = _events(text)
    assert any(c == code and r.endswith(rule) and t for c, r, s, t, m in evs), evs


@pytest.mark.parametrize("text", [
    "We are to blame for the delays, the mayor said.",
    "The senator said the governor was not to blame.",
    "The scientists said the data could not be trusted.",
    "The senator said he did not trust the governor.",
])
def test_no_blame_of_oneself_denied_blame_or_distrust_of_things(text):
    evs = _events(text)
    assert not any(c.startswith("11") for c, *_ in evs), evs


@pytest.mark.parametrize("text, rule", [
    ("The senator said the new fee set by the governor was politically motivated.", "T-condemn-motive"),
    ("The senator said the governor had made a mess of the economy.", "T-made-a-mess"),
    ("The senator said the governor had no credibility.", "T-no-sense"),
])
def test_set_phrases_of_criticism_in_what_was_said(text, rule):
    evs = _events(text)
    assert any(c == "111" and r.endswith(rule) for c, r, *_ in evs), evs
    assert not any(c == "051" for c, *_ in evs), evs


@pytest.mark.parametrize("text", [
    "We made a mess of it, the mayor said.",
    "The mayor said it makes sense to wait for the report.",
])
def test_no_criticism_in_the_speakers_own_mess_or_in_sense_made(text):
    evs = _events(text)
    assert not any(c.startswith("11") for c, *_ in evs), evs
