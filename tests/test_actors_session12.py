"""Actors, session 12 (issue 12, branch actors12): a dateline in a territory of the state whose body the text
names, the pronoun subject of a denial, NGOs' CAMEO type, voices quoted for their view, US congressional leaders
with dated roles, a reason phrase after a nominal, and the story country's evidence. Every text here is written
for these tests."""
from __future__ import annotations

import shutil

import pytest
from test_actors_context import at, pipe, run  # noqa: F401  (pipe: the shared geo + actors pipeline fixture)

from newsgraph.actors.kb import KB_DIR, load_kb_from
from newsgraph.datafile import DataFileError


# ------------------------------------------------------------------ a territory's dateline
def test_a_hong_kong_dateline_does_not_make_a_chinese_ministry_hong_kongs(pipe):
    a = run(pipe, "China's foreign ministry said on Monday it opposed the new bill. The ministry urged "
                  "restraint. Police arrested ten protesters near the harbour.", dateline="Hong Kong")
    assert at(a, "The ministry").code == "CHNGOV"
    assert at(a, "Police").country == "HKG"            # the city's own police are still the dateline's


def test_a_foreign_dateline_still_keeps_generic_officials_from_an_embassy(pipe):
    a = run(pipe, "China's embassy said it had lodged a protest. Officials said talks would go on. "
                  "The officials met again on Monday.", dateline="Tokyo")
    assert at(a, "Officials").country == "JPN"


def test_territories_name_known_countries(tmp_path):
    kb_dir = tmp_path / "kb"
    shutil.copytree(KB_DIR, kb_dir)
    assert load_kb_from(kb_dir).sovereign["HKG"] == "CHN"
    with open(kb_dir / "territories.csv", "a", encoding="utf-8") as fh:
        fh.write("territory-bad,HKG,XXQ,test\n")
    with pytest.raises(DataFileError, match="sovereign"):
        load_kb_from(kb_dir)


# ------------------------------------------------------------------ who denies
def test_they_who_deny_are_the_accused_not_the_accusers(pipe):
    a = run(pipe, "Police detained two activists on Sunday. They denied the charges.")
    assert at(a, "They").name == "two activists"
    a = run(pipe, "Soldiers arrested three students at a rally. They denied the allegations, a lawyer said.")
    assert at(a, "They").name == "three students"


def test_they_who_only_speak_still_take_up_the_subject(pipe):
    a = run(pipe, "Police detained two activists on Sunday. They said the men were held in a cell.")
    assert at(a, "They").name == "Police"
    a = run(pipe, "The governor met two union leaders on Monday. They rejected the plan.")
    assert at(a, "They").name == "two union leaders"          # no accusation: the nearest plural as before


# ------------------------------------------------------------------ NGOs
def test_an_ngo_has_no_country_but_its_type_as_sector(pipe):
    a = run(pipe, "Amnesty International said the verdict was unfair and called for a retrial.")
    e = at(a, "Amnesty International")
    # the type leads the sector, and the code stays the KB's CAMEO code (review12: "NGO" alone lost the
    # known group and changed the code of events stored before)
    assert (e.country, e.sector, e.code) == (None, "NGOHRIAMN", "NGOHRIAMN")


# ------------------------------------------------------------------ voices quoted for their view
def test_unplaced_experts_analysts_and_sources_take_no_story_country(pipe):
    a = run(pipe, "Prince Harry met the Queen on Monday. The palace said the talks went well. One legal "
                  "expert said the prince faced a hard choice. Analysts said the family would survive. "
                  "Sources said the meeting was tense.", dateline="London")
    for words in ("One legal expert", "Analysts", "Sources"):
        assert at(a, words).country is None, words
    assert at(a, "the prince").country == "GBR"           # an office of the story still takes it


def test_a_placed_analyst_keeps_the_country_the_text_gives(pipe):
    a = run(pipe, "Prince Harry met the Queen on Monday. A British analyst said the talks went well.",
            dateline="London")
    assert at(a, "A British analyst").country == "GBR"


# ------------------------------------------------------------------ US congressional leaders, dated
@pytest.mark.parametrize("day,name,code,role", [
    ("2020-05-01", "Nancy Pelosi", "USALEG", "Speaker of the House"),
    ("2024-05-01", "Nancy Pelosi", "USALEG", "Representative"),
    ("2022-05-01", "Chuck Schumer", "USALEG", "Senate Majority Leader"),
    ("2025-06-01", "Chuck Schumer", "USALEG", "Senate Minority Leader"),
    ("2025-06-01", "John Thune", "USALEG", "Senate Majority Leader"),
    ("2023-05-01", "Kevin McCarthy", "USALEG", "Speaker of the House"),
    ("2024-05-01", "Kevin McCarthy", "USAELI", "former Representative"),
    ("2024-05-01", "Mike Johnson", "USALEG", "Speaker of the House"),
    ("2020-05-01", "Mitch McConnell", "USALEG", "Senate Majority Leader"),
])
def test_congressional_leaders_hold_their_role_of_the_day(pipe, day, name, code, role):
    a = run(pipe, f"{name} said on Tuesday that the vote would be held next week.", published=day)
    e = at(a, name)
    assert (e.code, e.role) == (code, role)


def test_a_leaders_whole_name_the_recogniser_calls_an_organisation_is_the_person(pipe):
    a = run(pipe, "The bill passed. Hakeem Jeffries agreed with the Speaker.", published="2024-05-01")
    assert at(a, "Hakeem Jeffries").code == "USALEG"


# ------------------------------------------------------------------ a reason is no description
def test_a_reason_phrase_is_not_part_of_a_groups_name(pipe):
    a = run(pipe, "A wildfire burned 500 homes in northern California on Monday. Governor Gavin Newsom thanked "
                  "firefighters for their work.", dateline="Sacramento")
    assert at(a, "firefighters").name == "firefighters"
    a = run(pipe, "Workers for the company went on strike in Ohio on Monday.")
    assert at(a, "Workers for the company").name == "Workers for the company"


# ------------------------------------------------------------------ the story country's evidence
def test_a_much_quoted_foreign_voice_does_not_move_the_story_abroad(pipe):
    a = run(pipe, "Kenyan police fired tear gas at protesters in Nakuru on Tuesday. British analyst Tom Reed said "
                  "the unrest would spread. Reed said the government had lost control. Reed said more protests "
                  "were planned. The interior minister ordered an inquiry.")
    assert at(a, "Tom Reed").country == "GBR"
    assert at(a, "The interior minister").code == "KENGOV"      # was no country: three "Reed said" outweighed
    assert at(a, "the government").code == "KENGOV"             # the police's act and the town


def test_voices_are_told_from_actors(pipe):
    from newsgraph.actors.context import _voice
    from newsgraph.actors.document import DocView
    from newsgraph.actors.entities import Ment
    from newsgraph.actors.kb import load_kb

    doc = pipe.nlp("Reed said the talks failed. According to Lee, police arrested Kim.")
    view = DocView(doc, load_kb(), None)

    def ment(word):
        i = next(t.i for t in doc if t.text == word)
        return Ment(i, i + 1, i, "name", "PERSON", [])
    assert _voice(view, ment("Reed")) and _voice(view, ment("Lee"))
    assert not _voice(view, ment("police")) and not _voice(view, ment("Kim"))
