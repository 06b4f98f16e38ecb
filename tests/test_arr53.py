"""Session 49 (issue 11, branch arr53): arrests, charges and protests as real papers print them, read on real pages
outside every gold set -- the charged or the arrested named by a past participle on the subject of the sentence ("A
man charged with arson appeared in court"), and what must stay quiet: such a participle with a time of its own or an
earlier-adverb, and a task one is "charged with".
Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------- the subject's participle (subject-custody-participle)

def test_the_subject_charged_with_a_crime_is_charged():
    evs = _events("A dock clerk charged with arson appeared in court in Leeds on Monday.")
    hits = [e for e in _has(evs, code="115") if e.target_text and "clerk" in e.target_text]
    assert hits and all(e.modality == "asserted" for e in hits), _pairs(evs)


def test_a_headline_subject_charged_with_a_crime_is_charged():
    evs = _events("Bus driver charged with fraud fled to Portugal, police say")
    hits = [e for e in _has(evs, code="115") if e.target_text and "driver" in e.target_text]
    assert hits, _pairs(evs)


def test_the_subject_arrested_for_a_crime_is_arrested():
    evs = _events("A plumber arrested for drunk driving was released on bail on Tuesday.")
    hits = [e for e in _has(evs, code="173") if e.target_text and "plumber" in e.target_text]
    assert hits, _pairs(evs)


def test_the_subject_indicted_in_a_scheme_is_charged():
    evs = _events("A banker indicted in the pension scheme pleaded not guilty in Denver.")
    assert [e for e in _has(evs, code="115") if e.target_text and "banker" in e.target_text], _pairs(evs)


def test_a_dated_or_earlier_charge_on_the_subject_stays_background():
    evs = _events("A baker charged with arson in 2004 was cleared on Monday.")
    assert not _has(evs, code="115"), _pairs(evs)
    evs = _events("A teacher once arrested for theft won the town's lottery.")
    assert not _has(evs, code="173"), _pairs(evs)


def test_a_participle_on_an_object_stays_as_it_was():
    evs = _events("The mayor praised a nurse arrested for protesting in 1989.")
    assert not _has(evs, code="173"), _pairs(evs)


# ------------------------------------------------------- a task one is charged with (SE-charged-with-task-arr53)

def test_a_task_charged_is_no_charge():
    evs = _events("The new envoy, charged with the task of reopening the port, arrived on Monday.")
    assert not _has(evs, code="115"), _pairs(evs)
    evs = _events("The deputy was charged with the oversight of the prisons.")
    assert not _has(evs, code="115"), _pairs(evs)


def test_a_crime_charged_is_still_a_charge():
    evs = _events("The guard was charged with the murder of an inmate.")
    assert _has(evs, code="115"), _pairs(evs)


def test_one_charged_named_in_an_of_phrase_is_charged():
    evs = _events("Police have yet to release the name of a teenager charged with the stabbing of a cook in Galway.")
    assert [e for e in _has(evs, code="115") if e.target_text and "teenager" in e.target_text], _pairs(evs)


def test_a_dated_arrest_in_an_of_phrase_stays_background():
    evs = _events("The daughter of a baker arrested for fraud in 1998 opened a shop on Monday.")
    assert not _has(evs, code="173"), _pairs(evs)


# ------------------------------------------------------- a dotted abbreviation closing a paragraph (nlp/paragraphs)

def test_a_paragraph_ending_in_a_dotted_abbreviation_ends_its_sentence():
    evs = _events("Deputies arrested a nurse accused of fraud in Halifax, N.S.\n"
                  "Federal agents took Ann Pike, 34, into custody at a motel on Monday, a spokesman said.")
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
    evs = _events("Police arrested a nurse in Stroud, Ontario on Sunday.")
    hits = _has(evs, code="173")
    assert hits and hits[0].source_code.startswith("CAN") and hits[0].target_code.startswith("CAN"), _pairs(evs)


def test_a_known_town_in_its_region_and_a_place_in_a_country_keep_their_own():
    evs = _events("Police arrested a nurse in Athens, Georgia on Sunday.")
    assert _has(evs, code="173", src="USA"), _pairs(evs)
    evs = _events("Police arrested a nurse in Nuuk, Denmark on Sunday.")
    assert _has(evs, code="173", src="GRL"), _pairs(evs)
