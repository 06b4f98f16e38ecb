"""Event coding, session 22 (issue 11, branch stmt22): statements (01) and appeals (02) missed on real news, and
false ones -- an appeal to a person named by name from someone whose title reads as business, people encouraged to
act (tried and withdrawn: see docs/EVALUATION.md), a quote's attribution "she continued", a press conference held, a newspaper's own report, an invited guest.

Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed).
"""
from __future__ import annotations

import pytest

from test_events import _events, _has


def _asserted(text, root):
    return [e for e in _has(_events(text), root=root) if e.modality == "asserted"]


@pytest.mark.parametrize("text, source, target", [
    # the director's title reads as business (a firm's advice to the public is no appeal), but a person named by
    # name is no public
    ("Okafor communications director Marta Lind spoke to reporters on Friday. "
     "Lind called on Tomas Berg to stop blaming the nurses and apologize.",
     "Lind", "Berg"),
])
def test_appeals_are_coded(text, source, target):
    evs = _asserted(text, "02")
    assert evs, text
    assert source in (evs[0].source_text or "") and target in (evs[0].target_text or ""), \
        (text, [(e.cameo_code, e.source_text, e.target_text, e.rule_id) for e in evs])


@pytest.mark.parametrize("text", [
    "The coach encouraged the young swimmers.",                     # cheering, nothing asked
    "The union encouraged investment in the port.",
    "Campus guards removed the candidate because she was not one of the invited members of the audience.",
    "The bank urged its customers to change their passwords.",     # a firm's advice to the public (kept)
])
def test_no_appeal(text):
    assert not _asserted(text, "02"), (text, [(e.cameo_code, e.rule_id) for e in _events(text)])


def test_a_continued_quote_is_a_statement():
    text = ('"We cannot wait any longer," the mayor said on Monday. '
            '"Maybe the council can help us now," she continued.')
    evs = _asserted(text, "01")
    assert [e.cue for e in evs] == ["said", "continued"], [(e.cue, e.rule_id) for e in evs]
    assert not _asserted("The talks continued on Tuesday.", "01")
    assert [e.cue for e in _asserted("Prices continued to rise in March, the ministry said.", "01")] == ["said"]


@pytest.mark.parametrize("text, code", [
    ("The governor held a news conference in Austin on Monday.", "010"),
    ("The port authority gave a press briefing on Friday.", "010"),
])
def test_a_press_conference_held_is_a_statement(text, code):
    evs = _asserted(text, "01")
    assert [e.cameo_code for e in evs] == [code], (text, [(e.cameo_code, e.rule_id) for e in _events(text)])
    assert evs[0].rule_id == "N01-press-conference"


def test_a_conference_with_partners_stays_a_meeting():
    evs = _events("The minister convened a conference with the union leaders.")
    assert not _has(evs, root="01") and _has(evs, root="04")


@pytest.mark.parametrize("text", [
    "The New York Post reports that the senator avoided the hospital on Sunday.",
    "The Daily Beast reported that the museum had sold the painting.",
])
def test_a_newspapers_own_report_is_no_statement(text):
    assert not _asserted(text, "01"), (text, [(e.cameo_code, e.source_text, e.rule_id) for e in _events(text)])


def test_a_statement_told_to_a_newspaper_takes_it_as_target():
    evs = _asserted("The senator told The Huffington Post on Thursday that the bill would pass.", "01")
    assert evs and "Huffington Post" in (evs[0].target_text or "")


@pytest.mark.parametrize("speaker", ["county coroner", "tax commissioner", "school superintendent", "state treasurer",
                                     "city comptroller", "state epidemiologist", "assemblywoman", "alderman"])
def test_officials_of_local_government_are_speakers(speaker):
    text = f"The {speaker} said on Monday that the bridge would stay closed until spring."
    evs = _asserted(text, "01")
    assert evs and speaker.split()[-1] in (evs[0].source_text or ""), (text, [(e.cameo_code, e.source_text) for e in evs])


def test_principal_as_an_adjective_is_no_speaker():
    evs = _events("The principal reason for the delay was money, the harbour board said.")
    assert not [e for e in evs if "principal" in (e.source_text or "")]


@pytest.mark.parametrize("text, code", [
    ("The mayor isn't saying whether the pier will reopen.", "011"),
    ("The port director is not saying if the pier will reopen.", "011"),
])
def test_a_refusal_that_goes_on_is_011(text, code):
    assert [e.cameo_code for e in _asserted(text, "01")] == [code], text


@pytest.mark.parametrize("text", [
    "The children were not saying much at dinner.",
    "The harbour pilots did not say whether the pier will reopen.",
])
def test_no_refusal(text):
    assert not [e for e in _asserted(text, "01") if e.cameo_code == "011"], text


def test_an_appeal_made_from_a_platform_was_made():
    evs = _events("The senator went on radio to criticize the mayor and urge voters to read the audit.")
    assert [e.modality for e in _has(evs, root="02")] == ["asserted"]
    assert [e.modality for e in _has(evs, root="11")] == ["asserted"]
    evs = _events("The senator went to Ohio to meet the mayor and urge voters to back him.")
    assert [e.modality for e in _has(evs, root="02")] == ["planned"]
