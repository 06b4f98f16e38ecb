"""events/framing.py: an act named in a quoted title is no event, however many apostrophes the sentence
has. A possessive ("the players'"), a decade ("the '90s") or an elision ("rock 'n' roll", "goin'") is
no quotation mark, so it must not pair with the marks of a title (our own sentences)."""
from __future__ import annotations

import pytest

import newsgraph
from newsgraph.events.framing import _customers, quoted_stretches


def _stretches(nlp, text: str) -> list[str]:
    doc = nlp(text)
    sent = next(doc.sents)
    return [doc[a + 1:b].text for a, b in quoted_stretches(sent)]


@pytest.mark.parametrize("text, want", [
    ("His film 'The Killing Of A Mayor' opened in Paris.", ["The Killing Of A Mayor"]),
    ("The players' coach showed the film 'The Killing Of A Mayor' in Paris.", ["The Killing Of A Mayor"]),
    ("A '90s band played the song 'The Bombing Of The Bridge' in Lyon.", ["The Bombing Of The Bridge"]),
    ("Fans of rock 'n' roll watched 'The Siege Of The Mill' on Sunday.", ["n", "The Siege Of The Mill"]),
    ("They were goin' home when the show 'Raid On The Harbour' began.", ["Raid On The Harbour"]),
    ('The critic said "the film \'Night Raid\' is long" on Friday.', ["the film 'Night Raid' is long", "Night Raid"]),
    ("The workers' union and the drivers' union met on Monday.", []),
    ("The remake ('Siege Of The Mill') opened on Friday.", ["Siege Of The Mill"]),
])
def test_apostrophes_are_no_quotation_marks(nlp, text, want):
    assert _stretches(nlp, text) == want


@pytest.mark.parametrize("text", [
    "The director showed his film 'The Killing Of A Mayor' in Paris on Sunday.",
    "The players' director showed his film 'The Killing Of A Mayor' in Paris on Sunday.",
    "The '90s director showed his film 'The Killing Of A Mayor' in Paris on Sunday.",
    "The players' director showed his film 'The Assassination Of A Mayor' in Paris on Sunday.",
])
def test_a_title_after_a_lone_apostrophe_is_still_a_title(text):
    events = newsgraph.analyse(text, published="2024-06-19").events
    assert not [e for e in events if e.cameo_root in ("18", "19")], [(e.cameo_code, e.cue) for e in events]


def test_an_act_outside_the_title_is_still_coded():
    events = newsgraph.analyse("The players' coach said police arrested the director of the film 'Quiet Days' "
                               "in Paris on Sunday.", published="2024-06-19").events
    assert [e for e in events if e.cameo_root == "17" and e.cue == "arrested"]


def test_the_kinds_of_customers_are_built_once():
    assert _customers() is _customers()
    assert {"people", "driver"} <= _customers()
