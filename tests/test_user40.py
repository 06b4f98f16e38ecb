"""Session 36b (branch user40): what a demanding new user met, ingesting plain text, corpora, a page and a feed and
reading them back through the CLI, the API and the dashboard -- a plain-text article's headline line as its
title, a caption closed by a bare agency credit ("(AFP Photo)"), and a second titled name the parse hung on the
first one's title. Our own texts only."""
from __future__ import annotations

import newsgraph
from newsgraph.ingest import make_article
from newsgraph.ingest.readers import read_text
from newsgraph.ingest.text_headline import text_headline

LEAD = ("LIMA, Peru (AP) — The port authority closed two piers on Tuesday after a crane fell during a storm, "
        "officials said.")
BODY = "\n\nRepairs will take at least a month, the authority said in a statement."


def _raw(text: str):
    items = list(read_text(text, "mine.txt"))
    assert len(items) == 1
    return items[0]


# ------------------------------------------------------------------ a plain text's headline line is its title

def test_a_first_line_without_a_stop_is_the_title():
    raw = _raw("Storm shuts two piers in Callao\n\n" + LEAD + BODY)
    assert raw.title == "Storm shuts two piers in Callao"
    assert raw.text.startswith("Storm shuts two piers")      # the line stays in the body, as a record's does


def test_a_headline_with_a_stop_before_a_dateline_is_the_title():
    assert _raw("Storm shuts two piers in Callao.\n\n" + LEAD + BODY).title == "Storm shuts two piers in Callao"


def test_a_headline_before_a_byline_is_the_title():
    assert _raw("Storm shuts two piers in Callao.\n\nBy Ana Ruiz and Tom Hale\n\n" + LEAD + BODY).title \
        == "Storm shuts two piers in Callao"


def test_a_one_line_lead_is_no_title():
    text = ("The port authority closed two piers on Tuesday after a crane fell, officials said.\n\n"
            "Repairs will take at least a month.")
    assert _raw(text).title is None


def test_no_title_from_a_dateline_a_byline_or_a_single_paragraph():
    assert text_headline(LEAD + BODY) is None
    assert text_headline("By Ana Ruiz\n\n" + LEAD) is None
    assert text_headline("Storm shuts two piers in Callao") is None         # nothing after it
    assert text_headline("Storm shuts two piers and\n\nthe port") is None    # a line cut short, not a headline
    assert text_headline("Storm shuts two piers\nin Callao\n\n" + LEAD) is None   # a wrapped paragraph


def test_front_matter_title_wins():
    raw = _raw("---\ntitle: Piers closed\n---\nStorm shuts two piers in Callao\n\n" + LEAD + BODY)
    assert raw.title == "Piers closed"


# ------------------------------------------------------------------ a caption closed by a bare agency credit

def test_a_paragraph_closed_by_a_bare_agency_photo_credit_is_a_caption():
    text = (LEAD + "\n\nA woman walks past the closed gates of the port on Tuesday. (AFP Photo)" + BODY)
    art = make_article(text)
    assert "walks past" not in art.text
    assert any("walks past" in c for c in art.captions)


def test_a_story_paragraph_ending_with_an_agency_name_stays():
    text = LEAD + "\n\nThe authority confirmed the closure to a reporter (AFP)." + BODY
    assert "confirmed the closure" in make_article(text).text


# ------------------------------------------------------------------ two titled names joined by "and"

def _actor_of(analysis, name: str):
    return next(a for a in analysis.actors if a.name.split()[-1] == name)


def test_the_second_titled_name_keeps_its_own_country():
    a = newsgraph.analyse("Kenya's President William Ruto and Tanzania's President Samia Suluhu Hassan signed a "
                          "trade agreement on Tuesday. Hassan said her government would open two border posts.",
                          published="2024-05-08")
    hassan = _actor_of(a, "Hassan")
    assert (hassan.country or "") != "KEN", (hassan.name, hassan.code)
    assert all(not (q.text.startswith("her government") and (q.speaker_code or "").startswith("KEN"))
               for q in a.quotes if hasattr(q, "speaker_code"))


def test_one_title_with_its_name_stays_as_it_was():
    a = newsgraph.analyse("Peru's president, Ana Quispe, visited the port on Tuesday.", published="2024-05-08")
    assert _actor_of(a, "Quispe").country == "PER"


# ------------------------------------------------------------------ the "auto" timeline leaves out strays only

def _dated_store(tmp_path, dates):
    import datetime as dt
    from test_store import PUTIN, KIM, event, make_analysis
    from newsgraph.store import open_store

    analyses = []
    for i, day in enumerate(dates):
        text = f"Putin met Kim in Pyongyang, report {i}."
        analyses.append(make_analysis(text, url=f"http://u.example/{i}", source="Alpha",
                                      published=dt.date.fromisoformat(day), actors=[PUTIN, KIM],
                                      events=[event(text, "042", PUTIN, KIM, date=day)]))
    store = open_store(str(tmp_path / "t.duckdb"))
    store.write(analyses)
    return store


def test_a_few_far_off_dates_are_left_out_as_strays(tmp_path):
    store = _dated_store(tmp_path, [f"2024-05-{d:02d}" for d in range(1, 29)] + ["2031-01-01"])
    meta = store.timeline("auto").meta
    assert meta["window"] is not None and meta["outside"]["after"] == 1
    store.close()


def test_many_far_off_dates_are_periods_not_strays(tmp_path):
    # a small corpus of two stories months apart: every event is shown
    store = _dated_store(tmp_path, [f"2024-05-{d:02d}" for d in range(1, 21)] + ["2024-09-03"] * 3
                         + ["2024-01-10"] * 2)
    res = store.timeline("auto")
    assert res.meta["window"] is None and res.meta["outside"] == {"before": 0, "after": 0}
    assert sum(p["total"] for p in res.rows) == 25
    store.close()


# ------------------------------------------------------------------ a surname the recogniser cut off

def test_a_surname_tagged_as_a_place_stays_the_persons():
    a = newsgraph.analyse("Peruvian Foreign Minister Ana Cecilia Gervasi accused Mexico of meddling in Peru's "
                          "affairs.", published="2024-05-08")
    names = {ac.name: ac for ac in a.actors}
    assert "Ana Cecilia Gervasi" in names and names["Ana Cecilia Gervasi"].country == "PER", sorted(names)
    assert [e.source_code for e in a.events if e.cameo_code == "112"] == ["PERGOV"], \
        [(e.source_code, e.cameo_code, e.target_code) for e in a.events]


# ------------------------------------------------------------------ "both sides" are no reporter and no victims

def test_both_sides_are_not_the_reporting_source_nor_the_people_killed():
    from test_events import _events
    evs = _events("Tanks shelled a market in the border town on Friday, killing at least nine people, medics said. "
                  "Turkey urged both sides to hold their fire.")
    urged = [e for e in evs if e.cameo_root == "02" and (e.source_code or "").startswith("TUR")]
    assert urged and not any((e.target_code or "").endswith(("HLH", "CVL", "MED")) for e in urged), \
        [(e.source_code, e.cameo_code, e.target_code) for e in evs]


def test_two_sides_of_a_clash_are_still_found():
    from test_events import _events, _has
    evs = _events("Armenia and Azerbaijan exchanged fire on the border on Tuesday, officials said. "
                  "Russia urged the two sides to return to talks.")
    assert _has(evs, root="02", src="RUS", tgt="ARM") and _has(evs, root="02", src="RUS", tgt="AZE"), \
        [(e.source_code, e.cameo_code, e.target_code) for e in evs]
