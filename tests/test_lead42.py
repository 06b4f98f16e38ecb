"""Session 42 (lead): kinds read on wire-style sentences of the lead's own, each checked on sentences written for
these tests.

- an act named again further down a story with no side of its own is coded in its own sentence (per-sentence
  coding; the convention earlier-rementions was taken back: see tests/test_prec45.py);
- diplomats expelled reduce diplomatic relations (161, as the CAMEO codebook's note on 174 says); inspectors,
  monitors and international staff expelled stay 1662;
- to beat someone up is an assault, never a win at the polls;
- an arrest a court or a ruler orders is the legal action (173 asserted), as an arrest warrant issued is;
- forces a side puts on alert or on standby raise its military alert status (152), and are its means, not the
  target.
"""
from __future__ import annotations

import pytest

import newsgraph

PUBLISHED = "2024-06-19"


def _events(text: str) -> list:
    return newsgraph.analyse(text, published=PUBLISHED).events


def _coded(text: str, prefix: str) -> list:
    return [e for e in _events(text) if e.cameo_code.startswith(prefix)]


@pytest.mark.parametrize("text, source, target", [
    ("Latvia expelled three Belarusian diplomats on Tuesday over a smuggling ring.", "LVA", "BLR"),
    ("Three Iranian envoys were expelled from Sweden after the plot came to light.", "SWE", "IRN"),
])
def test_expelled_diplomats_reduce_relations(text, source, target):
    evs = _coded(text, "16")
    assert [e.cameo_code for e in evs] == ["161"]
    assert evs[0].source_code.startswith(source) and evs[0].target_code.startswith(target)


def test_expelled_monitors_are_still_expelled_staff():
    assert [e.cameo_code for e in _coded("The junta expelled the UN election monitors last week.", "16")] == ["1662"]


@pytest.mark.parametrize("text", [
    "Militants of the ruling party beat up two opposition candidates outside a polling station.",
    "A gang of party loyalists beat up the rival candidate's agents at the count.",
])
def test_beating_up_a_candidate_is_an_assault(text):
    assert _coded(text, "182")


def test_beating_a_rival_at_the_polls_is_no_assault():
    assert not _coded("The senator beat two rivals in the primary on Tuesday.", "18")


@pytest.mark.parametrize("text, target", [
    ("A court in Minsk ordered the arrest of the exiled editor.", "the exiled editor"),
    ("The interior minister ordered the arrest of four customs officers.", "four customs officers"),
])
def test_an_ordered_arrest_is_the_legal_action(text, target):
    evs = _coded(text, "173")
    assert evs and evs[0].modality == "asserted" and evs[0].target_text == target


def test_an_arrest_someone_seeks_is_not_yet_made():
    assert all(e.modality != "asserted" for e in _coded("Police said they would seek the arrest of the driver.", "173"))


@pytest.mark.parametrize("text, source", [
    ("Chile put its navy on high alert after the incursion.", "CHL"),
    ("Ecuador placed its border troops on standby on Friday.", "ECU"),
])
def test_forces_put_on_alert(text, source):
    evs = _coded(text, "152")
    assert evs and evs[0].source_code.startswith(source) and evs[0].target_code is None


def test_a_project_put_on_hold_is_no_alert():
    assert not _coded("The ministry put the bridge project on hold.", "15")


@pytest.mark.parametrize("text, code", [
    ("The junta extended the state of emergency in the north by another three months.", "1724"),
    ("Police extended the night curfew in the old town until Sunday.", "1723"),
])
def test_an_emergency_or_curfew_extended_is_imposed_again(text, code):
    assert [e.cameo_code for e in _coded(text, "172")] == [code]


def test_a_deadline_extended_is_no_curfew():
    assert not _coded("The ministry extended the deadline for bids until Friday.", "17")


def test_drones_shot_down_take_no_country_from_the_story():
    evs = _coded("KHARKIV (Reuters) - Ukraine's air defences shot down 35 drones over the region overnight.", "19")
    assert evs and all(e.target_code is None or not e.target_code.startswith("UKR") for e in evs)


def test_the_drones_named_again_are_the_launchers():
    text = "MOSCOW (Reuters) - Russian forces launched 40 drones at Kharkiv. The drones hit two apartment blocks."
    hits = [e for e in _coded(text, "19") if e.cue == "hit"]
    assert hits and hits[0].source_code.startswith("RUS")


@pytest.mark.parametrize("text", [
    "MANILA (AP) - The suspect was deported from Indonesia on Tuesday.",
    "MANILA (AP) - Police said the fugitive was extradited from Japan on Friday.",
])
def test_a_person_sent_away_from_a_country_is_not_of_it(text):
    evs = [e for e in _events(text) if e.cameo_code in ("174", "063")]
    assert evs and all(e.target_code is None or e.target_code[:3] not in ("IDN", "JPN") for e in evs)


def test_a_person_arrested_in_a_country_still_takes_it():
    evs = _coded("Police in Lagos arrested three suspects on Monday.", "173")
    assert evs and evs[0].target_code.startswith("NGA")


@pytest.mark.parametrize("text, holder", [
    ("The State Department called for the release of two Danes detained in Iran.", "IRN"),
    ("Two aid workers were detained by Ethiopian police on Monday. Their charity called for their release.", "ETH"),
])
def test_a_call_for_a_release_is_made_to_the_holder(text, holder):
    calls = [e for e in _events(text) if e.cameo_root in ("02", "10")]
    assert calls and calls[-1].target_code is not None and calls[-1].target_code.startswith(holder)


def test_a_call_for_a_release_with_no_holder_keeps_its_target():
    calls = [e for e in _events("The family called on the kidnappers to release their son.") if e.cameo_root == "02"]
    assert calls and calls[0].target_text == "the kidnappers"


def test_an_envoy_ordered_out_is_expelled_and_one_ordered_to_explain_is_not():
    assert [e.cameo_code for e in _coded("Lima ordered the Bolivian ambassador to leave within 72 hours.", "16")] == ["161"]
    told = _events("The foreign minister ordered the Bolivian ambassador to explain the remarks.")
    assert not [e for e in told if e.cameo_root == "16"] and [e for e in told if e.cameo_code == "100"]
