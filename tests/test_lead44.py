"""Session 44 (lead): kinds read on wire-style articles of the lead's own, each checked on sentences written for
these tests.

- a past verb the parser joins to a reported infinitive or gerund is the speaker's next act (nlp/tense_conjuncts.py);
- a verb of answering coded as a deed through its with-phrase says nothing besides (convention answered-in-kind);
- an act done to achieve an act of the same root is one act, whatever the root (convention purpose-same-acts);
- ties, aid or cooperation one reconsiders are not done anew (modality row M-reconsider-lead46);
- a bare count that is a clause's subject ("Thousands rallied") is a crowd of the story's people
  (actors/nominal_phrases.bare_crowd_count);
- a foreign state's embassy or consulate named after a locative preposition does not make the sentence happen in
  that state (actors/sentence_countries.sentence_places).
"""
from __future__ import annotations

import pytest

import newsgraph
from newsgraph.nlp.model import load_nlp
from newsgraph.nlp.tense_conjuncts import saying_verb_of

PUBLISHED = "2024-06-19"


def _events(text: str) -> list:
    return newsgraph.analyse(text, published=PUBLISHED).events


@pytest.mark.parametrize("text, verb, code, source", [
    ("The mayor said the town needed to rebuild and blamed the provincial government for the delay.",
     "blamed", "112", "The mayor"),
    ("A district officer said aid was slow to arrive and accused the relief agency of favouring the capital.",
     "accused", "112", "A district officer"),
    ("The governor said the port was struggling to cope and appealed to the navy for help.",
     "appealed", "02", "The governor"),
])
def test_past_conjunct_of_a_reported_infinitive_is_the_speakers(text, verb, code, source):
    doc = load_nlp()(text)
    tok = next(t for t in doc if t.text == verb)
    assert tok.head.lower_ == "said"
    evs = [e for e in _events(text) if e.cue == verb]
    assert evs and all(e.cameo_code.startswith(code) and e.source_text == source for e in evs)


@pytest.mark.parametrize("text, verb", [
    ("The council wants to close the depot and hire new drivers.", "hire"),        # an infinitive, not a past
    ("The mayor said the town was poor and the governor blamed the province.", "blamed"),   # a subject of its own
    ("The engineers hoped to finish the bridge and opened the road early.", "opened"),      # no verb of saying
    ("Doctors said the wound did not appear deliberate and most likely came from the crash.", "came"),   # under "did"
])
def test_other_conjuncts_are_left_as_parsed(text, verb):
    doc = load_nlp()(text)
    tok = next(t for t in doc if t.text == verb)
    assert saying_verb_of(tok) is None


def test_an_answer_in_kind_is_no_statement():
    text = "Stones were thrown at the patrol, and the troops, who responded with rubber bullets, arrested four youths."
    evs = _events(text)
    assert any(e.cameo_code == "175" and e.cue == "responded" for e in evs)
    assert not any(e.cameo_root == "01" for e in evs)


def test_an_answer_in_words_is_still_a_statement():
    evs = _events("The ministry responded that the inspectors' report was false.")
    assert any(e.cameo_root == "01" and e.cue == "responded" for e in evs)


@pytest.mark.parametrize("text, target_country", [
    ("Chile summoned Peru's ambassador to protest the detention of two fishermen.", "PER"),
    ("Estonia summoned the Russian envoy to protest the jamming of flights over the border.", "RUS"),
])
def test_a_summons_to_protest_is_one_complaint_to_the_envoys_state(text, target_country):
    complaints = [e for e in _events(text) if e.cameo_root == "11"]
    assert len(complaints) == 1
    assert complaints[0].cameo_code == "114" and (complaints[0].target_code or "").startswith(target_country)


def test_a_purpose_of_another_root_stays_its_own_event():
    evs = _events("Finland summoned the Belarusian envoy to express concern over the crossings.")
    assert {e.cameo_code for e in evs} >= {"114", "012"}


@pytest.mark.parametrize("text", [
    "Lithuania said it was reconsidering its military cooperation with Minsk.",
    "The lender said it would reassess its loans to the junta after the vote.",
])
def test_reconsidered_ties_are_not_done_anew(text):
    coop = [e for e in _events(text) if e.cameo_root in ("03", "04", "05", "06", "07")]
    assert all(e.modality == "hypothetical" for e in coop)


@pytest.mark.parametrize("text, count", [
    ("YEREVAN, Armenia — Thousands rallied outside the government building on Friday against the border deal.",
     "Thousands"),
    ("YEREVAN, Armenia — Tens of thousands marched through the capital on Friday against the border deal.",
     "Tens of thousands"),
])
def test_a_bare_count_as_subject_is_a_crowd_of_the_story(text, count):
    protests = [e for e in _events(text) if e.cameo_root == "14"]
    assert protests and protests[0].source_text == count and protests[0].source_code == "ARMCVL"


@pytest.mark.parametrize("text", [
    "Burglars took thousands of dollars from the parish safe.",
    "The campaign spent thousands on posters in Yerevan.",
])
def test_a_count_of_things_is_no_actor(text):
    analysis = newsgraph.analyse(text, published=PUBLISHED)
    assert not any(m.text.lower().startswith("thousands") and m.actor_id for m in analysis.mentions)


@pytest.mark.parametrize("text, crowd, country", [
    ("TBILISI, Georgia — Hundreds of students protested outside the U.S. embassy on Sunday.", "Hundreds", "GEO"),
    ("Pensioners gathered outside the Chinese embassy in Vilnius to protest the trade curbs.", "Pensioners", "LTU"),
])
def test_a_crowd_outside_a_foreign_mission_is_of_where_it_stands(text, crowd, country):
    protests = [e for e in _events(text) if e.cameo_root == "14" and e.source_text == crowd]
    assert protests and (protests[0].source_code or "").startswith(country)


@pytest.mark.parametrize("text, target", [
    ("Hundreds gathered in Halifax to show their support for the striking dockers.", "the striking dockers"),
    ("The senator toured the valley to voice his support for the laid-off miners.", "the laid-off miners"),
])
def test_ones_own_support_is_for_the_side_its_for_phrase_names(text, target):
    # merge mend: coop48's owned-plans reads a plan's possessor as the side backed; a possessive pronoun is the
    # doer's own stance, whose for-phrase is the side
    support = [e for e in _events(text) if e.cameo_root == "05"]
    assert support and support[0].target_text == target


def test_ties_kept_are_still_coded():
    evs = _events("Lithuania and Poland signed a military cooperation agreement in Vilnius on Monday.")
    assert any(e.cameo_root in ("05", "06") and e.modality == "asserted" for e in evs)


def test_a_by_line_inside_a_link_signs_the_story_linked_to():
    # merge mend: dl48's "By"-led byline elements; a ticker of linked headlines prints each one's wire
    from lxml import html as lxml_html

    from newsgraph.ingest.htmlpage import byline_elements

    tree = lxml_html.fromstring(
        '<html><body><div class="ticker"><a href="/other-story"><span>Dockers strike at two ports</span>'
        '<ul><li>By <span>WIRE DESK</span></li></ul></a></div>'
        '<article><h1>Harbour fees rise</h1><p>By Odile Marchal</p><p>Story.</p></article></body></html>')
    assert byline_elements(tree) == [("byline", "By Odile Marchal")]


def test_a_gallery_of_captions_run_together_is_still_captions():
    # merge mend: dl48's word cap took a long paragraph of four glued captions for a story
    from newsgraph.ingest.patterns import is_caption

    one = 'This image released by the studio shows Ada Roe and Ben Poe in a scene from "The Long Harbour." '
    run = " ".join(one + f"( Jo Doe{i} / AP )" for i in range(5))
    assert len(run.split()) > 120 and is_caption(run)
    story = "Ministers met in Lusaka on Monday to discuss the drought and the seed prices. " * 10
    assert not is_caption(story + "Farmers wait for seed at a depot. (AP Photo/Jo Roe)")
