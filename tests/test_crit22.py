"""Session 22 (crit22, round24): criticism and accusation (CAMEO root 11) in forms real news uses -- a passive
with no critic named, criticism received as the setting of an act ("despite criticism from ..."), contempt and
broken promises with a modifier, mishandling said of an actor (own sentences)."""
import pytest

from newsgraph.pipeline import analyse


def _events(text):
    a = analyse(text, "2021-03-01")
    out = []
    for e in a.events:
        src = a.actor(e.source_actor_id) if e.source_actor_id else None
        tgt = a.actor(e.target_actor_id) if e.target_actor_id else None
        out.append((e.cameo_code, e.rule_id, src.name if src else None, tgt.name if tgt else None, e.modality))
    return out


@pytest.mark.parametrize("text, target", [
    ("The health minister has been sharply criticized for the late storm warning.", "health minister"),
    ("The regional banks were criticized for their lending practices.", "regional banks"),
    ("The ministers are being denounced as traitors on social media.", "ministers"),
])
def test_a_passive_criticism_with_no_critic_named_targets_its_subject(text, target):
    evs = _events(text)
    assert any(c == "111" and s is None and t and target in t and m == "asserted" for c, r, s, t, m in evs), evs


@pytest.mark.parametrize("text", [
    "Condemned prisoners were moved to a new jail.",
    "The killer was condemned to death by hanging.",
    "The old mill was blasted with dynamite on Sunday.",
    "The governor, who was criticized for the delays, resigned on Monday.",
])
def test_no_passive_criticism_without_its_be_or_in_another_sense(text):
    evs = _events(text)
    assert not any(c.startswith("11") for c, *_ in evs), evs


@pytest.mark.parametrize("text, source, target", [
    ("Despite criticism from farmers, the agriculture ministry kept the new fees.", "farmers",
     "agriculture ministry"),
    ("The governor signed the bill amid fierce criticism from teachers.", "teachers", "governor"),
    ("The sports minister resigned amid criticism over the team's losses.", None, "sports minister"),
])
def test_criticism_received_as_the_setting_of_an_act(text, source, target):
    evs = _events(text)
    assert any(c == "111" and r.startswith("N11-amid-criticism") and t and target in t
               and (s is None if source is None else s and source in s) for c, r, s, t, m in evs), evs


def test_outrage_amid_which_something_happened_is_no_criticism_of_a_thing():
    evs = _events("Protests spread across the city amid outrage over the killing.")
    assert not any(c.startswith("11") for c, *_ in evs), evs


@pytest.mark.parametrize("text, target", [
    ("The minister said the shipping company had displayed complete disregard for the safety rules.",
     "shipping company"),
    ("The tenants said the landlord had broken his solemn promise to fix the roof.", "landlord"),
    ("The fishermen said the port authority had mishandled the dredging contract.", "port authority"),
])
def test_a_judgement_of_another_actor_in_what_was_said(text, target):
    evs = _events(text)
    assert any(c == "111" and t and target in t for c, r, s, t, m in evs), evs


@pytest.mark.parametrize("text", [
    "The tenants said the landlord had done nothing wrong.",
    "The senator said she had mishandled the files herself.",
])
def test_no_judgement_of_another_actor(text):
    evs = _events(text)
    assert not any(c.startswith("11") for c, *_ in evs), evs


@pytest.mark.parametrize("text, target", [
    ("The Senate made a strong condemnation of the finance ministry's decision.", "finance ministry"),
    ("The Senate issued a condemnation of the finance minister.", "finance minister"),
])
def test_criticism_made_or_issued_is_criticism_of_what_its_of_phrase_names_or_its_maker(text, target):
    evs = _events(text)
    assert any(c == "111" and r.startswith("N11-voice-criticism") and t and target in t
               for c, r, s, t, m in evs), evs


def test_accusations_made_stay_accusations():
    evs = _events("The union made accusations against the mine owners.")
    assert any(c == "112" for c, *_ in evs), evs


@pytest.mark.parametrize("text", [
    "The fishermen said the new quota system was phony.",
    "\"It is a bogus plan,\" the senator told reporters.",
])
def test_calling_something_fake_is_criticism(text):
    evs = _events(text)
    assert any(c == "111" and r.endswith("T-condemn-fake") for c, r, *_ in evs), evs


def test_a_criticism_judging_no_one_is_not_aimed_at_its_audience():
    evs = _events("\"It is a bogus plan,\" Senator Maria Lopez told the BBC.")
    assert any(c == "111" and t is None for c, r, s, t, m in evs), evs


def test_an_actor_tone_judges_the_subject_not_the_of_phrase():
    evs = _events("The ministry said the mining company had displayed complete disregard of the demands of the farmers.")
    assert any(c == "111" and t and "mining company" in t for c, r, s, t, m in evs), evs
