"""Event coding, session 25 (issue 11, branch stmt25): statements (01) missed on real news and their speakers --
a "he/she said" taken up by an organisation named as a modifier of the speaker's title, the "by" doer of a
passive taken for the speaker of the active verb joined to it, an act told in the speaker's own relative clause
that hid the statement, "went on to say" / "took to Twitter to say", "was quoted as saying", and responsibility
owned up to (CAMEO 015).

Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed).
"""
from __future__ import annotations

import pytest

import newsgraph
from test_events import _events, _has


def _asserted(text, root):
    return [e for e in _has(_events(text), root=root) if e.modality == "asserted"]


def _show(text):
    return [(e.cameo_code, e.source_text, e.target_text, e.cue, e.rule_id) for e in _events(text)]


def _speaker_names(text, root="01"):
    a = newsgraph.analyse(text, published="2024-06-19")
    out = []
    for e in a.events:
        if e.cameo_root == root and e.modality == "asserted":
            actor = a.actor(e.source_actor_id) if e.source_actor_id else None
            out.append(actor.name if actor else None)
    return out


def test_pronoun_speaker_is_the_person_not_the_firm_before_the_title():
    text = ("Notes on the vote.\n\n\"People are worried about the plan,\" said Acme Polling researcher Lucy Hart.\n\n"
            "Later, she said, many voters are unhappy with the plan.")
    names = _speaker_names(text)
    assert names and all(n == "Lucy Hart" for n in names), (names, _show(text))


@pytest.mark.parametrize("text, speaker", [
    ("Singer Maria Ruiz was booed by fans of the governor after telling the crowd that they were wrong.",
     "Maria Ruiz"),
    ("Singer Maria Ruiz was asked about the vote and said she had no regrets.", "Maria Ruiz"),
    ("Singer Maria Ruiz was greeted by the mayor and said the city had been kind to her.", "Maria Ruiz"),
    ("Senator Ron Tate was quoted as saying that the plan was dead.", "Ron Tate"),
    ("Maria Ruiz was quoted by a local paper as saying that the plan was dead.", "Maria Ruiz"),
])
def test_the_one_a_passive_acts_on_speaks(text, speaker):
    # (judge28: "telling the crowd that they were wrong" is a criticism, 111, of whom "they" takes up; the
    # speaker is still the point)
    names = _speaker_names(text) + _speaker_names(text, "11")
    assert speaker in names, (names, _show(text))


def test_the_one_quoted_speaks_in_the_active():
    text = "The police quoted the driver as saying that he had fallen asleep at the wheel."
    evs = _asserted(text, "01")
    assert evs and "driver" in (evs[0].source_text or ""), _show(text)


def test_quote_speaker_of_a_verb_joined_to_a_passive():
    a = newsgraph.analyse("Singer Maria Ruiz was joined on stage by Senator Bob Kane and joked, "
                          "\"You are all far too serious tonight.\"", published="2024-06-19")
    assert any(q.speaker_name == "Maria Ruiz" for q in a.quotes), [(q.text, q.speaker_name) for q in a.quotes]


def test_an_act_in_the_speakers_relative_clause_does_not_hide_the_statement():
    text = ("\"If the mayor resigns, she would run for the seat,\" said Tom Wells, a former party chair who is "
            "supporting the councillor.")
    assert _asserted(text, "01"), _show(text)


@pytest.mark.parametrize("text, source", [
    ("The governor went on to say that the state would appeal the ruling.", "governor"),
    ("The mayor took to the radio to say that the bridge would reopen.", "mayor"),
    ("Senator Ron Tate took to Twitter to say the count had been rigged.", "Ron Tate"),
])
def test_lead_in_statements(text, source):
    evs = [e for e in _asserted(text, "01") if e.rule_id.startswith("S-")]
    assert evs and source in (evs[0].source_text or ""), _show(text)


@pytest.mark.parametrize("text", [
    "The mayor will go on to say that the park is closed.",
    "The mayor wants to say that the park is closed.",
    "The mayor did not go on to say that the park was closed.",
])
def test_no_lead_in_statement(text):
    assert not _asserted(text, "01"), _show(text)


@pytest.mark.parametrize("text, source", [
    ("The ferry company took responsibility for the delays on Monday.", "company"),
    ("The minister took full responsibility for the failures of the agency.", "minister"),
    ("The airline accepted the blame for the lost luggage.", "airline"),
    ("The bank admitted wrongdoing in the sale of the bonds.", "bank"),
    ("The police chief acknowledged mistakes in the search.", "chief"),
    ("The former aide confessed to leaking the budget papers.", "aide"),
])
def test_responsibility_owned_up_to(text, source):
    evs = [e for e in _asserted(text, "01") if e.cameo_code == "015"]
    assert evs and source in (evs[0].source_text or ""), _show(text)


@pytest.mark.parametrize("text", [
    "Local troops took over responsibility for the bridge in the spring.",
    "Nobody has taken responsibility for the fire.",
])
def test_no_responsibility_claimed(text):
    assert not [e for e in _asserted(text, "01") if e.cameo_code == "015"], _show(text)


def test_unease_voiced_is_pessimistic():
    text = "Traders voiced unease about the new levy on Friday."
    assert [e for e in _asserted(text, "01") if e.cameo_code == "012"], _show(text)


def test_a_passive_pair_keeps_its_patient_as_speaker():
    text = ("Singer Maria Ruiz was booed and shouted down by fans of the governor after telling the crowd that "
            "they were wrong.")
    # (judge28: a criticism, 111, of whom "they" takes up; the speaker is still the point)
    assert "Maria Ruiz" in _speaker_names(text) + _speaker_names(text, "11"), _show(text)


@pytest.mark.parametrize("text, source", [
    ("The senator raised the possibility that the vote would be put off.", "senator"),
    ("Walter Briggs, a former aide, floated the notion that the two rivals should share a ticket.", "Walter Briggs"),
])
def test_a_possibility_put_forward_is_a_statement(text, source):
    evs = _asserted(text, "01")
    assert evs and source in (evs[0].source_text or ""), _show(text)


def test_thank_god_is_no_praise():
    text = "Singer Maria Ruiz responded, \"Thank God they can fix it later.\""
    assert not _asserted(text, "05") and _asserted(text, "01"), _show(text)


def test_an_act_said_not_to_be_done_leaves_the_statement():
    text = "Senator Dan Hill said he is not ready to endorse Mayor Kate Brown."
    assert _asserted(text, "01"), _show(text)
    refusal = "Senator Dan Hill said he would not back Mayor Kate Brown."
    assert _asserted(refusal, "12") and not _asserted(refusal, "01"), _show(refusal)
