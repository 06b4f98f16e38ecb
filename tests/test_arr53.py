"""Session 49 (issue 11, branch arr53): arrests, charges and protests as real papers print them, read on real pages
outside every gold set -- the charged or the arrested named by a past participle on the subject of the sentence ("A
man charged with arson appeared in court"), a paragraph ending in a dotted abbreviation ("... Halifax, N.S.") whose
next paragraph tells an arrest, a town the gazetteer lacks written in its region ("Cheltenham, Ontario"); and what
must stay quiet: such a participle with a time of its own or an earlier-adverb, a task one is "charged with", a
wrapped line after "U.S.", a place written in a country.
Our own sentences only."""
from __future__ import annotations

import pytest

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------- the subject's participle (subject-custody-participle)

@pytest.mark.parametrize("text,code,who", [
    ("A dock clerk charged with arson appeared in court in Leeds on Monday.", "115", "clerk"),
    ("Bus driver charged with fraud fled to Portugal, police say", "115", "driver"),
    ("A plumber arrested for drunk driving was released on bail on Tuesday.", "173", "plumber"),
    ("A banker indicted in the pension scheme pleaded not guilty in Denver.", "115", "banker"),
    ("Police have yet to release the name of a teenager charged with the stabbing of a cook in Galway.", "115",
     "teenager"),
])
def test_one_charged_or_arrested_named_by_a_participle_is_charged_or_arrested(text, code, who):
    evs = _events(text)
    hits = [e for e in _has(evs, code=code) if e.target_text and who in e.target_text]
    assert hits and all(e.modality == "asserted" for e in hits), _pairs(evs)


@pytest.mark.parametrize("text,code", [
    ("A baker charged with arson in 2004 was cleared on Monday.", "115"),
    ("A teacher once arrested for theft won the town's lottery.", "173"),
    ("The mayor praised a nurse arrested for protesting in 1989.", "173"),
    ("The daughter of a baker arrested for fraud in 1998 opened a shop on Monday.", "173"),
])
def test_a_dated_earlier_or_object_participle_stays_background(text, code):
    evs = _events(text)
    assert not _has(evs, code=code), _pairs(evs)


# ------------------------------------------------------- a task one is charged with (SE-charged-with-task-arr53)

@pytest.mark.parametrize("text,charged", [
    ("The new envoy, charged with the task of reopening the port, arrived on Monday.", False),
    ("The deputy was charged with the oversight of the prisons.", False),
    ("The guard was charged with the murder of an inmate.", True),
])
def test_a_task_charged_is_no_charge_and_a_crime_is(text, charged):
    evs = _events(text)
    assert bool(_has(evs, code="115")) == charged, _pairs(evs)


# ------------------------------------------------------- a dotted abbreviation closing a paragraph (nlp/paragraphs)

def test_a_paragraph_ending_in_a_dotted_abbreviation_ends_its_sentence():
    evs = _events("Deputies arrested a nurse accused of fraud in Halifax, N.S.\n"
                  "Deputies took Ann Pike, 34, into custody at a motel on Monday, a spokesman said.")
    hits = [e for e in _has(evs, code="173") if e.target_text and "Pike" in e.target_text]
    assert hits and hits[0].sentence == 1, _pairs(evs)


def test_an_indented_wrapped_line_after_an_abbreviation_is_not_cut_by_the_breaks():
    from newsgraph.nlp.model import load_nlp
    from newsgraph.nlp.paragraphs import ParagraphBreaks
    nlp = load_nlp()
    lead = "Talks on the grain corridor opened in Rome on Monday morning, and later that day "
    doc = ParagraphBreaks()(nlp.make_doc(lead + "the envoy met the U.S.\n            Ambassador at the embassy."))
    assert not [t for t in doc if t.text == "Ambassador" and t.is_sent_start]
    doc = ParagraphBreaks()(nlp.make_doc(lead + "the envoy flew in from Halifax, N.S.\nThe talks went on."))
    assert [t for t in doc if t.text == "The" and t.i > 0 and t.is_sent_start]
    doc = ParagraphBreaks()(nlp.make_doc(lead + "the new deal was backed by Sen.\nJohn Pike."))
    assert not [t for t in doc if t.text == "John" and t.is_sent_start]


# ------------------------------------------------------- a town outside the region it is written in (geo/resolve)

def test_a_town_the_gazetteer_lacks_takes_the_region_it_is_written_in():
    evs = _events("Police arrested a nurse in Cheltenham, Ontario on Sunday.")
    hits = _has(evs, code="173")
    assert hits and hits[0].source_code.startswith("CAN") and hits[0].target_code.startswith("CAN"), _pairs(evs)


def test_a_known_town_in_its_region_and_a_place_in_a_country_keep_their_own():
    evs = _events("Police arrested a nurse in Athens, Georgia on Sunday.")
    assert _has(evs, code="173", src="USA"), _pairs(evs)
    evs = _events("Police arrested a nurse in Nuuk, Denmark on Sunday.")
    assert _has(evs, code="173", src="GRL"), _pairs(evs)
