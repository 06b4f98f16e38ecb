"""Session 43 (lead): kinds read on wire-style sentences of the lead's own, each checked on sentences written for
these tests.

- an act someone delayed or deferred has not been done (negated, as a postponed one);
- a state named as itself that blocks a way or access restricts (172), as its police or government do; a crowd that
  blocks a road still obstructs (144);
- an act of reducing relations whose object is the doer's own embassy, consulate or envoy is aimed at the host
  country, never at the doer's own state;
- to appeal a conviction, a sentence or a ruling is a formal complaint against the decision (114), no appeal to
  anyone (020);
- the leaders or spokesman of a union, party or other non-state group named by "its"/"their" are the group's, not a
  government.
"""
from __future__ import annotations

import pytest

import newsgraph

PUBLISHED = "2024-06-19"


def _events(text: str) -> list:
    return newsgraph.analyse(text, published=PUBLISHED).events


def _coded(text: str, prefix: str) -> list:
    return [e for e in _events(text) if e.cameo_code.startswith(prefix)]


@pytest.mark.parametrize("text, prefix", [
    ("The governor delayed releasing the detained fishermen until after the holiday.", "084"),
    ("Uganda deferred the visit of its foreign minister to Juba by a month.", "04"),
    ("Sudan delayed signing the truce with the eastern militia.", "05"),
])
def test_delayed_acts_are_not_done(text, prefix):
    evs = _coded(text, prefix)
    assert evs and all(e.modality == "negated" for e in evs)


def test_an_act_done_is_still_asserted_beside_a_delay():
    evs = _coded("The storm delayed the ferry, but the navy rescued forty passengers.", "0")
    assert all(e.modality == "asserted" for e in evs)


@pytest.mark.parametrize("text", [
    "Jordan blocked access to two news websites for a week.",
    "Bolivia blocked the roads leading to the mine after the dispute.",
])
def test_a_state_blocking_restricts(text):
    evs = [e for e in _events(text) if e.cameo_code[:2] in ("14", "17")]
    assert [e.cameo_code for e in evs] == ["172"]


def test_a_crowd_blocking_still_obstructs():
    evs = [e for e in _events("Angry villagers blocked the road to the quarry for a day.") if e.cameo_code[:2] in ("14", "17")]
    assert [e.cameo_code for e in evs] == ["144"]


@pytest.mark.parametrize("text, source, target", [
    ("Honduras closed its embassy in Managua after the row over the fishing boats.", "HND", "NIC"),
    ("Chile shut its consulate in La Paz on Friday.", "CHL", "BOL"),
])
def test_own_mission_closed_aims_at_the_host(text, source, target):
    evs = _coded(text, "16")
    assert evs and all(e.source_code.startswith(source) and (e.target_code or "").startswith(target) for e in evs)


def test_own_mission_with_no_host_leaves_the_target_empty():
    evs = _coded("Honduras closed its embassy after the row.", "16")
    assert evs and all(not e.target_code for e in evs)


def test_another_states_envoy_expelled_keeps_its_state():
    evs = _coded("Ecuador expelled the Honduran ambassador on Monday.", "16")
    assert evs and evs[0].target_code.startswith("HND")


@pytest.mark.parametrize("text", [
    "The former coach is appealing his conviction for match-fixing.",
    "The shipping firm will appeal the fine imposed by the port authority.",
])
def test_appealing_a_conviction_or_ruling_is_a_complaint_not_a_request(text):
    assert not _coded(text, "02")
    assert [e.cameo_code for e in _coded(text, "11")] == ["114"]


def test_an_appeal_for_calm_is_still_a_request():
    assert [e.cameo_code for e in _coded("The bishop appealed for calm after the verdict.", "02")] == ["020"]


@pytest.mark.parametrize("text, sector", [
    ("HARARE, Zimbabwe - Police raided the offices of the teachers' union and detained its leaders on Monday.", "LAB"),
    ("LIMA, Peru - Election officials struck off the opposition party and barred its leaders from the vote.", "OPP"),
])
def test_leaders_of_a_group_are_the_groups(text, sector):
    analysis = newsgraph.analyse(text, published=PUBLISHED)
    owners = [m for m in analysis.mentions if m.text.startswith("its leaders")]
    assert owners
    actor = next(a for a in analysis.actors if a.id == owners[0].actor_id)
    assert actor.sector == sector


def test_a_countrys_leaders_stay_its_government():
    analysis = newsgraph.analyse("Kenya said its leaders would attend the summit in Addis Ababa.", published=PUBLISHED)
    owners = [m for m in analysis.mentions if m.text.startswith("its leaders")]
    actor = next(a for a in analysis.actors if a.id == owners[0].actor_id)
    assert actor.code == "KENGOV"


def test_own_envoys_ordered_home_are_recalled_from_the_host():
    evs = _coded("QUITO, Ecuador - Ecuador ordered its ambassador in Lima to return home for consultations.", "1")
    assert [(e.cameo_code, e.target_code) for e in evs] == [("161", "PER")]


def test_an_officer_of_a_crowd_named_by_their_takes_no_sector_of_the_crowd():
    # refugees or civilians are no organised body: "their adviser" is not a refugee (a crowd's sector spread to its
    # officers had moved the story's country off its people)
    text = ("TORONTO - Thousands of Syrian refugees arrived in Canada last year. Their adviser said the families had "
            "settled well.")
    analysis = newsgraph.analyse(text, published=PUBLISHED)
    advisers = [m for m in analysis.mentions if m.text.startswith("Their adviser")]
    actors = {a.id: a for a in analysis.actors}
    assert advisers and actors[advisers[0].actor_id].sector != "REF"
