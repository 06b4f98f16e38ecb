"""Session 39 (lead): kinds read on real news texts (GGT raw texts, a quote gold set: read only), each checked
on sentences written for these tests.

- a person surrendered to another state or its police is handed over (063), not a military surrender (0874);
- "the final call", "a tough call" is a decision, no appeal; a call for something stays one;
- what a letter or report "sets out" is stated, not planned;
- blockades and checkpoints set up by protesters obstruct (144), by police or troops restrict (172);
- an allegation that "there was" a wrong "by" someone is aimed at that someone.
"""
from __future__ import annotations

import pytest

import newsgraph

PUBLISHED = "2024-06-19"


def _events(text: str) -> list:
    return newsgraph.analyse(text, published=PUBLISHED).events


def _codes(text: str) -> list[str]:
    return [e.cameo_code for e in _events(text)]


@pytest.mark.parametrize("text", [
    "Spain surrendered the fugitive financier to Argentine police on Thursday.",
    "Thailand surrendered two wanted smugglers to Malaysia at the border post.",
])
def test_person_surrendered_to_a_state_is_handed_over(text):
    codes = _codes(text)
    assert "063" in codes
    assert "0874" not in codes


@pytest.mark.parametrize("text", [
    "The besieged garrison surrendered the fort to the rebels.",
    "Two hundred militiamen surrendered their rifles to the army.",
])
def test_yielding_a_place_or_arms_stays_a_surrender(text):
    assert "0874" in _codes(text)


@pytest.mark.parametrize("text", [
    "The health minister will make the final call on reopening the schools.",
    "Dropping the striker was a tough call for the coach.",
])
def test_final_or_hard_call_is_a_decision(text):
    assert not [c for c in _codes(text) if c.startswith("02")]


def test_final_call_for_something_is_still_an_appeal():
    assert [c for c in _codes("The UN envoy made a final call for restraint before the vote.") if c.startswith("02")]


def test_accusations_set_out_in_a_letter_are_made():
    events = [e for e in _events("The ministry sent Tokyo a letter setting out its accusations against the fishing "
                                 "company.") if e.cameo_code.startswith("11")]
    assert events and all(e.modality == "asserted" for e in events)


def test_set_out_to_do_stays_planned():
    events = [e for e in _events("The militia set out to attack the garrison.") if e.cameo_code.startswith("19")]
    assert events and events[0].modality == "planned"


@pytest.mark.parametrize("text, code", [
    ("Striking farmers set up a blockade on the ring road.", "144"),
    ("Residents put up checkpoints to keep the mining trucks out of the valley.", "144"),
    ("Soldiers set up checkpoints on every road into the capital.", "172"),
])
def test_blockades_and_checkpoints_set_up(text, code):
    assert code in _codes(text)


@pytest.mark.parametrize("text, target", [
    ("Released prisoners alleged that there was routine abuse of inmates by the guards.", "the guards"),
    ("The opposition alleged that there had been vote buying by the ruling party.", "the ruling party"),
])
def test_allegation_of_a_wrong_by_someone_is_aimed_at_them(text, target):
    events = [e for e in _events(text) if e.cameo_code.startswith("112")]
    assert events and events[0].target_text == target


@pytest.mark.parametrize("text", [
    "Fans beat drums and banged saucepans outside the town hall.",
    "A crowd of revellers sang and beat on a big drum by the river.",
])
def test_instruments_struck_are_no_assault(text):
    assert not [c for c in _codes(text) if c[:2] in ("18", "19", "20")]


def test_people_beaten_are_still_assaulted():
    assert "182" in _codes("Riot police beat the protesters with batons.")


@pytest.mark.parametrize("text", [
    "Rebel backbenchers plotted to seize control of the budget debate.",
    "The hedge fund wrested control of the board from the founders.",
])
def test_control_of_a_process_or_body_is_no_occupation(text):
    assert not [c for c in _codes(text) if c.startswith("19")]


def test_control_of_ground_is_still_an_occupation():
    assert "192" in _codes("Militiamen seized control of the river port on Sunday.")


@pytest.mark.parametrize("text", [
    "LONDON -- Labour leader Ed Brennan criticised the budget on Tuesday.",
    "OTTAWA -- Conservative leader Anne Fortier said the plan was reckless.",
])
def test_party_leader_title_is_a_party_office(text):
    actors = newsgraph.analyse(text, published=PUBLISHED).actors
    leader = next(a for a in actors if a.name.split()[-1] in ("Brennan", "Fortier"))
    assert leader.sector == "PTY"


def test_deed_after_a_report_takes_up_the_reported_doer():
    text = ("Police chief Ruth Okoro said Daniel Ferris tried to escape through a window. He then fired at the "
            "officers.")
    analysis = newsgraph.analyse(text, published=PUBLISHED)
    shots = [e for e in analysis.events if e.cameo_code.startswith("19")]
    assert shots
    source = analysis.actor(shots[0].source_actor_id)
    assert source is not None and "Ferris" in source.name


def test_speech_after_a_report_stays_with_the_speaker():
    text = "Police chief Ruth Okoro said Daniel Ferris tried to escape through a window. She added that he was armed."
    analysis = newsgraph.analyse(text, published=PUBLISHED)
    said = [e for e in analysis.events if e.cameo_code == "010" and e.cue == "added"]
    assert said and "Okoro" in analysis.actor(said[0].source_actor_id).name


@pytest.mark.parametrize("text", [
    "The governing coalition denied the opposition the votes it needed.",
    "Senators denied Democrats the majority required to pass the bill.",
])
def test_denying_someone_something_is_no_denial(text):
    assert "016" not in _codes(text)


@pytest.mark.parametrize("text", [
    "The young senator seized the starring role in the budget fight.",
    "The challenger grabbed the initiative in the second debate.",
])
def test_chances_and_roles_seized_are_no_seizure(text):
    assert not [c for c in _codes(text) if c.startswith("17")]


def test_goods_seized_are_still_seized():
    assert "171" in _codes("Border guards seized three tonnes of smuggled sugar.")


def test_firm_advising_its_customers_is_still_no_appeal():
    assert not [c for c in _codes("The savings bank urged customers to change their passwords.") if c.startswith("02")]


@pytest.mark.parametrize("text", [
    "A bitter budget fight between the mayor of Leeds and the city council dragged into a third week.",
    "The senator is locked in a feud with the governor over the new highway.",
])
def test_battles_between_unarmed_rivals_of_one_country_are_no_force(text):
    assert not [c for c in _codes(text) if c.startswith("19")]


@pytest.mark.parametrize("text", [
    "Heavy fighting between the army and the separatists went on overnight.",
    "Fighting between Armenia and Azerbaijan flared along the border.",
])
def test_battles_of_armed_sides_or_states_stay_force(text):
    assert [c for c in _codes(text) if c.startswith("19")]
