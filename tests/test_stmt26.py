"""Event coding, session 26 (issue 11, branch stmt26): statements (01) missed on real news -- "as X put it",
"in what X called Y", an opinion or assessment given, and "the statement said" after "In a statement, X
announced ...".

Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed).
"""
from __future__ import annotations

import pytest

import newsgraph
from test_events import _events
from test_stmt25 import _asserted, _show     # session 25's readers: asserted events of a root; a text's events


def _speakers(text, root="01"):
    a = newsgraph.analyse(text, published="2024-06-19")
    out = []
    for e in a.events:
        if e.cameo_root == root and e.modality == "asserted":
            actor = a.actor(e.source_actor_id) if e.source_actor_id else None
            out.append((e.rule_id, actor.name if actor else None))
    return out


@pytest.mark.parametrize("text, speaker", [
    ("The levy, as the finance minister put it, was \"a tax on hope.\"", "minister"),
    ("The mayor says the budget is fine. That is because, as he puts it, \"the city has never spent so little.\"",
     "mayor"),
])
def test_as_someone_put_it_is_their_statement(text, speaker):
    names = [name for rule, name in _speakers(text) if rule.startswith("S-put-it")]
    assert names and speaker in (names[0] or "").lower(), (names, _show(text))


@pytest.mark.parametrize("text", [
    "The clerk put it on the shelf before lunch.",
    "As she put the files away, the phone rang.",
])
def test_other_uses_of_put_say_nothing(text):
    assert not [e for e in _events(text) if e.rule_id.startswith("S-put-it")], _show(text)


def test_in_what_they_called_is_a_naming_statement():
    text = "The strike, in what union leaders called a fight for survival, entered its third week."
    evs = _asserted(text, "01")
    assert evs and "union leaders" in (evs[0].source_text or ""), _show(text)


def test_what_in_a_question_names_nothing():
    text = "Nobody knew what the villagers called the old mill."
    assert not _asserted(text, "01"), _show(text)


@pytest.mark.parametrize("text", [
    "The mayor offered his opinion on who should lead the police.",
    "The governor expressed the view that the dam was safe.",
    "The minister gave his assessment of the talks on Sunday.",
])
def test_an_opinion_given_is_a_statement(text):
    evs = _asserted(text, "01")
    assert evs and evs[0].cameo_code == "010", _show(text)


def test_a_view_a_hotel_offers_is_no_statement():
    text = "The new hotel offers a view of the harbour."
    assert not _asserted(text, "01"), _show(text)


def test_the_statement_said_after_in_a_statement_is_the_speakers():
    text = ("In a statement, the governor announced that she was appointing a new police chief. "
            "\"The chief will start in May,\" the statement said.")
    speakers = _speakers(text)
    assert len(speakers) == 2 and all(name and "governor" in name for _, name in speakers), (speakers, _show(text))


@pytest.mark.parametrize("text", [
    "The senators dropped the \"poison pill\" provisions added by the House last week.",
    "Residents tore down the \"keep out\" notices posted by the council overnight.",
])
def test_a_thing_added_or_posted_is_no_statement(text):
    assert not _asserted(text, "01"), _show(text)


def test_a_remark_added_after_a_quote_is_still_one():
    text = "\"The bridge is safe,\" the mayor said on Monday, and added that repairs would start in June."
    assert _asserted(text, "01"), _show(text)


@pytest.mark.parametrize("text, code", [
    ("The clerk pleaded guilty to theft.", "015"),
    ("The former mayor pleaded not guilty to fraud charges on Tuesday.", "016"),
    ("The two brothers have pleaded innocent to the arson charges.", "016"),
])
def test_a_plea_is_a_statement_of_responsibility(text, code):
    evs = _asserted(text, "01")
    assert [e.cameo_code for e in evs] == [code], _show(text)


@pytest.mark.parametrize("text", [
    "The clerk is expected to plead guilty to theft.",
    "The driver did not plead guilty.",
])
def test_a_plea_not_entered_states_nothing(text):
    assert not _asserted(text, "01"), _show(text)


def test_pleading_with_a_court_stays_an_appeal():
    text = "The parents pleaded with the court for mercy."
    assert _asserted(text, "02") and not _asserted(text, "01"), _show(text)


@pytest.mark.parametrize("text", [
    "The minister owned up to the error in the budget.",
    "The mayor acknowledged his involvement in the scandal.",
])
def test_responsibility_owned_up_to(text):
    evs = _asserted(text, "01")
    assert evs and evs[0].cameo_code == "015", _show(text)


@pytest.mark.parametrize("text", [
    "The family owns a shop up the road.",
    "The family owns land up to the river.",
])
def test_owning_things_is_no_admission(text):
    assert not _asserted(text, "01"), _show(text)


@pytest.mark.parametrize("text", [
    "The board said on Monday that the merger would cost more than expected.",
    "The striker told reporters that the team had lost its nerve.",
    "The couple said in a statement that they would sell the farm.",
])
def test_speaker_nouns_speak(text):
    evs = _asserted(text, "01")
    assert evs and evs[0].source_text, _show(text)


def test_a_pair_of_shoes_says_nothing():
    text = "A pair of shoes was found near the gate on Sunday."
    assert not _asserted(text, "01"), _show(text)


def _misparsed_opener():
    """"As part of his deal, Tomas Brenner, 52, said that he lied.", parsed as the small model parses such a
    sentence now and then: the name an apposition of the opening phrase's noun, "said" with no subject."""
    from spacy.tokens import Doc
    from newsgraph.nlp.model import load_nlp
    words = ["As", "part", "of", "his", "deal", ",", "Tomas", "Brenner", ",", "52", ",", "said", "that", "he", "lied",
             "."]
    heads = [11, 0, 1, 4, 2, 4, 7, 4, 7, 7, 7, 11, 14, 14, 11, 11]
    deps = ["prep", "pobj", "prep", "poss", "pobj", "punct", "compound", "appos", "punct", "appos", "punct", "ROOT",
            "mark", "nsubj", "ccomp", "punct"]
    tags = ["IN", "NN", "IN", "PRP$", "NN", ",", "NNP", "NNP", ",", "CD", ",", "VBD", "IN", "PRP", "VBD", "."]
    return Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, tags=tags)


def test_a_name_hung_on_the_opening_phrase_speaks():
    from newsgraph.events import misread_reports
    doc = _misparsed_opener()
    speaker = misread_reports.opener_apposition_speaker(doc[11])
    assert speaker is not None and speaker.text == "Brenner"


def test_a_verb_with_a_subject_keeps_it():
    from spacy.tokens import Doc
    from newsgraph.events import misread_reports
    from newsgraph.nlp.model import load_nlp
    words = ["As", "expected", ",", "the", "mayor", "said", "that", "he", "lied", "."]
    heads = [1, 5, 5, 4, 5, 5, 8, 8, 5, 5]
    deps = ["mark", "advcl", "punct", "det", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct"]
    tags = ["IN", "VBN", ",", "DT", "NN", "VBD", "IN", "PRP", "VBD", "."]
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert misread_reports.opener_apposition_speaker(doc[5]) is None


@pytest.mark.parametrize("text", [
    "The radio reported that the coast road was closed.",
    "The paper said the harbour master had resigned.",
])
def test_an_unnamed_outlet_relays_the_news(text):
    assert not _asserted(text, "01"), _show(text)


def test_one_who_speaks_to_the_paper_still_speaks():
    text = "The mayor told the paper that she had resigned."
    assert _asserted(text, "01"), _show(text)
