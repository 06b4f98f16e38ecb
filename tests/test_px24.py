"""Session 24 (issue 11, branch px24): PETRARCH2's verb dictionary as a guarded fallback for verbs our rows lack.

The converter (events/import_petrarch_verbs.py) turns the dictionary's verb blocks into petrarch_verbs.csv, each
row with its source line; the coder tries a row only when no verbs.csv row codes the verb, and codes it only with
a doer and a side the actors stage resolves (rule id PX-<block>-<lemma>, confidence below the top band). Every
sentence here is written for these tests (none is taken from a gold set, a real article or the seed).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.datafile import package_data, read_rows
from newsgraph.events.coder import CoderOptions
from newsgraph.events.import_petrarch_verbs import convert, own_lemmas
from newsgraph.events.patterns import fallback_index, pattern_index
from newsgraph.pipeline import Pipeline
from newsgraph.records import Article

from test_events import _events

DICTIONARY = Path(__file__).resolve().parents[2] / "shared" / "knowledge" / "petrarch2" / "CAMEO.2.0.txt"


def _px(text: str):
    return [e for e in _events(text) if (e.rule_id or "").startswith("PX-")]


# ------------------------------------------------------------------ the data file

def test_every_row_names_its_source_line_and_no_own_verb():
    own = pattern_index("verb")
    for _, r in read_rows(package_data("patterns", "petrarch_verbs.csv"), ("verb", "cameo", "block", "source")):
        assert r["id"] == f"PX-{r['block']}-{r['verb']}" + (f"-{r['prep']}" if r["prep"] else "")
        assert r["source"].startswith("CAMEO.2.0.txt:")
        assert r["prep"] or r["verb"] not in own
        assert "02" <= r["cameo"][:2] <= "20" and r["cameo"][:2] != "03"


def test_the_licence_ships_beside_the_lexicon():
    assert "MIT License" in package_data("patterns", "petrarch_verbs.LICENSE.md").read_text()


def test_reviewed_exclusions_are_not_in_the_index():
    index = fallback_index()
    for lemma in ("beat", "overtake", "dominate", "hammer", "hurt", "campaign", "engage"):
        assert lemma not in index


@pytest.mark.skipif(not DICTIONARY.exists(), reason="the shared PETRARCH2 dictionary is not here")
def test_the_converter_reproduces_the_shipped_file(tmp_path):
    out = tmp_path / "px.csv"
    report = convert(DICTIONARY, out)
    assert report["written"] > 100 and report["skipped: reviewed exclusion"] > 0
    assert out.read_text() == package_data("patterns", "petrarch_verbs.csv").read_text()
    assert "slander" not in own_lemmas()


# ------------------------------------------------------------------ the coder

def test_a_fallback_verb_is_coded_with_its_row_id():
    evs = _px("Senator Adaeze Okonkwo slandered Governor Peter Lindqvist at a fundraiser on Monday.")
    assert [(e.cameo_code, e.rule_id) for e in evs] == [("111", "PX-DENIGRATE-slander")]
    assert evs[0].confidence < 0.6


def test_a_fallback_verb_in_the_passive_with_its_agent():
    evs = _px("The mayor of Tampere was humiliated by the regional governor in a council vote.")
    assert [e.cameo_code for e in evs] == ["110"]


def test_a_fallback_verb_through_its_preposition():
    # ("disagreed with" was this test's example until session 27 gave "disagree" a row of its own,
    # V11-disagree-with-crit28, which the fallback then leaves alone)
    evs = _px("The finance minister publicly remonstrated with the central bank governor on Tuesday.")
    assert [(e.cameo_code, e.rule_id) for e in evs] == [("111", "PX-DENOUNCE-remonstrate")]
    # ("jeered at" was the second example until session 48 gave "jeer" a row of its own, V14-heckle-arr52)
    evs = _px("The farmers' union wrangled with the agriculture ministry over subsidies on Tuesday.")
    assert [(e.cameo_code, e.target_text) for e in evs] == [("110", "the agriculture ministry")]


def test_an_excluded_sense_is_not_coded():
    assert not _px("The Chiefs beat the Ravens by six points on Sunday.")
    assert not _px("The scandal hurt Governor Lindqvist in the polls.")
    assert not _px("Okonkwo dominated her rivals in the televised debate.")


def test_a_thing_object_is_not_coded():
    assert not _px("The committee scrutinized the new budget for three weeks.")
    assert not _px("The senator sponsored a bill on rural broadband.")


def test_no_doer_no_fallback_event():
    assert not _px("Three farmers were slaughtered near the river on Friday.")


def test_the_fallback_can_be_switched_off():
    text = "Senator Adaeze Okonkwo slandered Governor Peter Lindqvist at a fundraiser on Monday."
    pipe = Pipeline(options={"events": CoderOptions(petrarch_fallback=False)})
    art = Article(id=Article.make_id(text, "t"), text=text, published=None, url=None)
    events = pipe.analyse(art).events
    assert not [e for e in events if (e.rule_id or "").startswith("PX-")]


def test_a_gerund_with_no_subject_of_its_own_is_not_coded():
    assert not _px("Governor Lindqvist said he understood disagreeing with Senator Okonkwo on taxes.")
