"""Session 50 (issue 11, branch arr54): arrests, charges and seizures on a random sample of real-news sentences --
a dumped page's "TITLE: <headline> LINK: <url>" first line (the headline is read as one and coded, the labels and
the link are no words of it), and what must stay as it was: a line that only mentions a title or a link, a headline
with no labels.
Our own sentences only."""
from __future__ import annotations

import pytest

from newsgraph.ingest.clean import make_article
from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------- a TITLE: ... LINK: ... first line (lb.title.link-arr54)

def test_title_link_line_becomes_the_headline():
    art = make_article("TITLE: Baker charged with arson in Dayton LINK: http://example.com/news/baker-charged\n"
                       "A 41-year-old man was arrested on Monday after a fire at his shop.")
    assert art.text.split("\n")[0] == "Baker charged with arson in Dayton"
    assert "LINK" not in art.text and "TITLE" not in art.text
    assert any(r["rule"] == "lb.title.link-arr54" for r in art.removed)


@pytest.mark.parametrize("text,code,who", [
    ("TITLE: Ohio man charged with arson after bakery fire LINK: http://example.com/ohio-man-charged\n"
     "A 41-year-old man was arrested on Monday after police say he set fire to his own shop.", "115", "man"),
    ("TITLE: Two plumbers indicted in pension fraud scheme LINK: https://example.com/a/b\n"
     "A grand jury in Denver returned the indictment on Friday.", "115", "plumbers"),
    ("TITLE: Florida teacher arrested on theft charges LINK: http://example.com/teacher\n"
     "The woman was released on bail on Tuesday.", "173", "teacher"),
])
def test_a_labelled_headline_is_coded(text, code, who):
    evs = [e for e in _events(text) if e.sentence == 0]
    hits = [e for e in _has(evs, code=code) if e.target_text and who in e.target_text]
    assert hits, _pairs(evs)


@pytest.mark.parametrize("line", [
    "TITLE: LINK: http://example.com/empty",                    # no headline to keep
    "The TITLE: of the film was shown beside a LINK: to the trailer.",   # not a whole labelled line
    "Title: Ohio man charged with arson LINK: http://example.com/x",    # labels in the dump's capitals only
])
def test_other_lines_with_the_labels_are_left_as_they_are(line):
    art = make_article(line + "\nPolice said the fire caused no injuries.")
    assert art.text.split("\n")[0] == line
    assert not any(r["rule"] == "lb.title.link-arr54" for r in art.removed)


def test_a_headline_without_labels_is_unchanged():
    text = "Ohio man charged with arson after bakery fire\nA 41-year-old man was arrested on Monday."
    art = make_article(text)
    assert art.text == text
    assert not any(r["rule"] == "lb.title.link-arr54" for r in art.removed)


# ------------------------------------------- an idea seized on or upon (PREPOSITIONAL_ACTIVE_VERBS, SE-seized-upon)

@pytest.mark.parametrize("text", [
    "Critics and rival senators seized upon the governor's radio interview, in which he doubted the auditors.",
    "Anti-war delegates seized on glimmers of hope.",
    "Republicans pounced on the leaked memo.",
    "The remark was immediately seized upon by rival candidates.",
    "The chairman was seizing on the letter the director sent to lawmakers.",
    "The rival camp seized upon the governor's slip.",                          # parsed as a participle on "camp"
    "Reporters and angry voters seized upon Mr. Gale's remarks at the fair.",
])
def test_an_idea_seized_on_is_no_seizure_or_abduction(text):
    evs = _events(text)
    assert not [e for e in evs if e.cameo_code in ("171", "181", "173")], _pairs(evs)


@pytest.mark.parametrize("text,code", [
    ("Two rifles were seized on Monday.", "171"),
    ("Weapons seized on Tuesday in raid on farm", "171"),
    ("Police seized on Friday a truck loaded with stolen copper.", "171"),
    ("Gunmen seized two engineers on the road to the mine.", "181"),
])
def test_things_and_people_seized_stay_seized(text, code):
    evs = _events(text)
    assert _has(evs, code=code), _pairs(evs)
