"""Geo: gazetteer, toponym resolution, the geo stage, and the geo evaluation's scorer."""
from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.eval import default_data_dir

REPO = Path(__file__).resolve().parents[1]
REF_SCORER = REPO.parent / "shared" / "tools" / "score_geo.py"
GEO_DATA = default_data_dir() / "geo"


def km(lat1, lon1, lat2, lon2):
    from newsgraph.geo.resolve import haversine_km
    return haversine_km(lat1, lon1, lat2, lon2)


@pytest.fixture(scope="module")
def gaz():
    from newsgraph.geo.gazetteer import load_gazetteer
    return load_gazetteer()


def resolve_names(text, names, gaz):
    """Resolve the first occurrence of each name in text; returns {name: GeoEntry|None}."""
    from newsgraph.geo.toponyms import resolve_spans
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return {n: t.entry for n, t in zip(names, resolve_spans(text, spans, gaz))}


# ----------------------------------------------------------------------------- gazetteer
def test_aliases_resolve_to_countries(gaz):
    for alias, iso2 in [("U.S.", "US"), ("US", "US"), ("America", "US"), ("Britain", "GB"),
                        ("UK", "GB"), ("the Netherlands", "NL"), ("Burma", "MM")]:
        hits = [e for e, _ in gaz.lookup(alias) if e.feature == "country"]
        assert hits and hits[0].country == iso2, alias


def test_lookup_is_exact_not_substring(gaz):
    names = {e.name for e, _ in gaz.lookup("Washington")}
    assert "Fayetteville" not in names
    assert "Washington" in names
    assert gaz.lookup("Washingtonville") != gaz.lookup("Washington")


def test_us_states_countries_and_demonyms(gaz):
    texas = [e for e, _ in gaz.lookup("Texas") if e.feature == "admin1"]
    assert texas and texas[0].country == "US" and texas[0].admin1 == "TX"
    assert km(texas[0].lat, texas[0].lon, 31.25, -99.25) < 161      # centre of the state
    assert gaz.demonym("Turkish").country == "TR"
    assert gaz.demonym("Israelis").country == "IL"
    assert gaz.capital("KP").name == "Pyongyang"
    kp = gaz.country("KP")
    assert kp.country3 == "PRK" and 37 < kp.lat < 43


def test_cache_reload_does_not_rebuild(gaz, monkeypatch):
    from newsgraph.geo import gazetteer as g
    assert g.cache_path().exists()
    before = [(e.geonameid, e.lat) for e, _ in g.load_gazetteer().lookup("Springfield")]

    def no_build():
        raise AssertionError("gazetteer was rebuilt although the cache is valid")

    monkeypatch.setattr(g, "build_data", no_build)
    g.load_gazetteer.cache_clear()
    try:
        again = g.load_gazetteer()
        assert [(e.geonameid, e.lat) for e, _ in again.lookup("Springfield")] == before
        assert len(again) == len(gaz)
    finally:
        g.load_gazetteer.cache_clear()


def test_cache_key_changes_with_data(tmp_path, monkeypatch):
    from newsgraph.geo import gazetteer as g
    key = g.cache_key()
    assert key == g.cache_key()
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    assert g.cache_path().parent == tmp_path


def test_bad_data_row_names_file_and_line(tmp_path):
    from newsgraph.geo.data import load_table
    (tmp_path / "country_points.csv").write_text(
        "id,iso2,lat,lon,source\ncp-a,AA,1.0,2.0,x\ncp-b,BB,north,2.0,x\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"country_points.csv:3"):
        load_table("country_points.csv", data_dir=tmp_path)
    (tmp_path / "aliases.csv").write_text(
        "id,alias,kind,target,source\nx,Foo,planet,US,y\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"aliases.csv:2"):
        load_table("aliases.csv", data_dir=tmp_path)


def test_shipped_data_files_load():
    from newsgraph.geo.data import SCHEMAS, load_table
    for name in SCHEMAS:
        assert load_table(name), name


# ----------------------------------------------------------------------------- ranking
def test_washington_with_us_context_is_dc(gaz):
    text = "The United States warned on Monday. Officials in Washington said talks would resume."
    e = resolve_names(text, ["United States", "Washington"], gaz)["Washington"]
    assert e.country == "US" and e.admin1 == "DC"
    assert km(e.lat, e.lon, 38.895, -77.036) < 20


def test_paris_is_france_without_context(gaz):
    e = resolve_names("Talks opened in Paris on Tuesday.", ["Paris"], gaz)["Paris"]
    assert e.country == "FR"


def test_local_context_picks_local_town(gaz):
    text = ("Lamar County deputies said the crash happened west of Paris, Texas. "
            "Paris police and Texas troopers are investigating.")
    e = resolve_names(text, ["Paris", "Texas"], gaz)["Paris"]
    assert e.country == "US" and e.admin1 == "TX"


def test_container_comma_pattern(gaz):
    text = "He grew up in Springfield, Ill., and moved away."
    e = resolve_names(text, ["Springfield", "Ill."], gaz)["Springfield"]
    assert e.admin1 == "IL"


def test_unknown_name_falls_back_to_earlier_city(gaz):
    text = "Crowds gathered in Pyongyang. Later they marched to Kim Il-sung Square."
    e = resolve_names(text, ["Pyongyang", "Kim Il-sung Square"], gaz)["Kim Il-sung Square"]
    assert e is not None and e.name == "Pyongyang"


# ----------------------------------------------------------------------------- the stage
def _places(analysis, name):
    return [p for p in analysis.places if p.name == name]


def test_seed_pyongyang_within_50km(seed_analysis):
    pys = _places(seed_analysis, "Pyongyang")
    assert pys
    for p in pys:
        assert km(p.lat, p.lon, 39.03, 125.75) < 50
        assert p.country == "PRK"
        assert seed_analysis.article.text[p.start:p.end] == "Pyongyang"


def test_seed_washington_is_not_an_event_place(seed_analysis):
    from newsgraph.geo.stage import place_for_sentence
    ws = _places(seed_analysis, "Washington")
    assert ws and all(p.role == "metonym" for p in ws)
    for p in ws:
        where = place_for_sentence(seed_analysis, p.sentence)
        assert where is None or where.name != "Washington"
    for ev in seed_analysis.events:
        assert ev.place_name != "Washington"


def test_seed_norths_capital_and_square(seed_analysis):
    cap = [p for p in seed_analysis.places if "capital" in p.name and "North" in p.name]
    assert cap and cap[0].resolved_name == "Pyongyang"
    sq = _places(seed_analysis, "Kim Il-sung Square")
    assert sq and sq[0].resolved_name == "Pyongyang" and sq[0].feature == "landmark"
    assert km(sq[0].lat, sq[0].lon, 39.03, 125.75) < 50


def test_seed_events_located_in_pyongyang(seed_analysis):
    from newsgraph.geo.stage import main_place
    main = main_place(seed_analysis)
    assert main is not None and main.resolved_name == "Pyongyang"


def test_dateline_and_metonyms(pipeline):
    from newsgraph.records import Article
    text = ("KYIV, Ukraine (AP) — Moscow said on Friday it would respond. "
            "Ukrainian troops held the line near Kharkiv.")
    a = pipeline.analyse(Article(id="t1", text=text))
    roles = {p.name: p.role for p in a.places}
    assert roles.get("KYIV") == "dateline"
    assert roles.get("Moscow") == "metonym"
    assert roles.get("Kharkiv") == "place"
    kh = _places(a, "Kharkiv")[0]
    assert kh.country == "UKR" and kh.sentence == 1


def test_dateline_split_off_by_ingest_is_the_story_place(pipeline):
    """Through ingest the dateline leaves the text (Article.dateline_place); geo still makes it the
    article's place (role "dateline", empty span, no sentence) and the main place, resolved in its region."""
    from newsgraph.ingest import make_article
    art = make_article("SPRINGFIELD, Ill. (AP) — Police arrested two men on Monday after a fire at a warehouse, "
                       "and the mayor criticized the fire department.")
    assert art.dateline_place == "Springfield" and art.text.startswith("Police arrested")
    a = pipeline.analyse(art)
    dl = [p for p in a.places if p.role == "dateline"]
    assert len(dl) == 1 and (dl[0].start, dl[0].end, dl[0].sentence) == (0, 0, -1)
    assert (dl[0].country, dl[0].admin1) == ("USA", "IL")           # Springfield, Illinois, not Missouri
    assert a.context.main_place is dl[0]
    assert a.events and all(e.place_name == "Springfield" for e in a.events)   # the arrest happened there


# ----------------------------------------------------------------------------- evaluation
needs_gold = pytest.mark.skipif(not GEO_DATA.is_dir(), reason="../shared/eval/geo not available")


@needs_gold
@pytest.mark.parametrize("suite", ["lgl", "geowebnews", "trnews", "geovirus"])
def test_each_geo_suite_scores_its_own_gold(suite):
    from newsgraph.eval import run
    from newsgraph.eval.geo import load_gold

    res = run("geo", suite, default_data_dir(), {"limit": 1, "gold_spans": 1})
    first = load_gold(suite, default_data_dir())[0][0]
    assert res.suite == f"geo/{suite}" and res.n == len(first["gold"])


@needs_gold
def test_gold_loading_repairs_offsets():
    from newsgraph.eval.geo import load_gold
    docs, dropped = load_gold("trnews", default_data_dir())
    assert sum(len(d["gold"]) for d in docs) == 1275 and dropped == 0
    for d in docs:
        for g in d["gold"]:
            assert d["text"][g["start"]:g["end"]] == g["name"]
    docs, dropped = load_gold("geovirus", default_data_dir())
    assert sum(len(d["gold"]) for d in docs) == 2170
    docs, dropped = load_gold("geowebnews", default_data_dir())
    assert dropped == 2


def _perturbed_predictions(docs, preds):
    """Predictions with the awkward cases the scorer must handle: shifted spans, a span that
    covers two gold toponyms, country given as ISO3/name, missing coordinates, unknown doc id."""
    out = {k: [dict(p) for p in v] for k, v in preds.items()}
    for i, d in enumerate(docs[:12]):
        ps = out.setdefault(d["id"], [])
        if len(d["gold"]) >= 2:
            g0, g1 = d["gold"][0], d["gold"][1]
            ps.append({"start": g0["start"], "end": g1["end"], "lat": g1["lat"] + 2.0,
                       "lon": g1["lon"], "country": "United States"})
        if ps:
            ps[0]["start"] += 1
            ps[0]["country"] = "USA" if i % 2 else ps[0].get("country")
        ps.append({"start": 0, "end": 3, "lat": None, "lon": 0.0})
    out["no-such-doc"] = [{"start": 0, "end": 4, "lat": 1.0, "lon": 1.0}]
    return out


@needs_gold
@pytest.mark.skipif(not REF_SCORER.exists(), reason="reference scorer not available")
@pytest.mark.parametrize("suite", ["lgl", "trnews", "geowebnews", "geovirus"])
def test_scorer_matches_reference(suite, tmp_path):
    from newsgraph.eval.geo import load_gold, predict_gold_spans, score, write_predictions
    docs, dropped = load_gold(suite, default_data_dir())
    subset = docs[:25]
    preds = _perturbed_predictions(subset, predict_gold_spans(subset))
    pred_file = tmp_path / "pred.jsonl"
    write_predictions(preds, pred_file)
    with open(pred_file, encoding="utf-8") as fh:       # what the reference reads
        reread = {}
        for line in fh:
            obj = json.loads(line)
            reread.setdefault(obj["id"], []).extend(obj["places"])
    ours, _ = score(suite, docs, dropped, reread)
    out = subprocess.run([sys.executable, str(REF_SCORER), suite, str(pred_file),
                          "--data-root", str(GEO_DATA)], capture_output=True, text=True, check=True)
    ref = json.loads(out.stdout)
    assert ours == ref
    assert ref["n_matched"] > 0 and ref["acc_161km"] is not None


@needs_gold
def test_gold_span_resolution_quality():
    """A floor under the resolution accuracy on a slice of each suite (regression guard)."""
    from newsgraph.eval import run
    for suite, floor in (("trnews", 0.75), ("geowebnews", 0.7)):
        r = run("geo", suite, options={"gold_spans": "1", "limit": "30"})
        assert r.extra["acc_161km"] >= floor, (suite, r.extra["acc_161km"])
        assert not math.isnan(r.extra["mean_error_km"])


def test_embedded_place_and_area_fallback(gaz):
    from newsgraph.geo.resolve import candidates_for
    uc = candidates_for(gaz, "University of California")
    assert uc and uc[0][0].feature == "admin1" and uc[0][0].admin1 == "CA"
    emb = candidates_for(gaz, "Russian Embassy")
    assert emb and emb[0][0].country == "RU"
    text = "Deputies in Alexandria, La., said Rapides Parish roads were closed."
    e = resolve_names(text, ["Alexandria", "La.", "Rapides Parish"], gaz)
    assert e["Alexandria"].admin1 == "LA"
    assert e["Rapides Parish"] is not None and e["Rapides Parish"].admin1 == "LA"


# ----------------------------------------------------------------------------- city vs state, counties
def test_new_york_is_the_city_unless_the_text_says_state(gaz):
    e = resolve_names("She grew up in New York and moved to Boston.", ["New York", "Boston"], gaz)
    assert e["New York"].feature == "city" and km(e["New York"].lat, e["New York"].lon, 40.71, -74.0) < 30
    e = resolve_names("Officials in upstate New York said roads were closed.", ["New York"], gaz)
    assert e["New York"].feature == "admin1" and e["New York"].admin1 == "NY"
    text = "Cases were reported in Ohio, New York and Texas."
    e = resolve_names(text, ["Ohio", "New York", "Texas"], gaz)
    assert e["New York"].feature == "admin1"
    text = "The girl was from Buffalo, New York."
    e = resolve_names(text, ["Buffalo", "New York"], gaz)
    assert e["New York"].feature == "admin1" and e["Buffalo"].admin1 == "NY"


def test_us_and_british_counties_have_points(gaz):
    cuy = [e for e, _ in gaz.lookup("Cuyahoga County") if e.feature == "admin2"]
    assert cuy and cuy[0].admin1 == "OH" and km(cuy[0].lat, cuy[0].lon, 41.48, -81.68) < 60
    assert cuy[0].population > 500_000
    text = "Races are held at Brands Hatch, Kent, and at Snetterton, Norfolk, in England."
    e = resolve_names(text, ["Kent", "Norfolk", "England"], gaz)
    assert e["Kent"].country == "GB" and km(e["Kent"].lat, e["Kent"].lon, 51.2, 0.7) < 80
    assert e["Norfolk"].country == "GB"


def test_big_city_outweighs_small_namesake_in_context(gaz):
    text = ("HOUSTON (AP) - The Rockets beat San Antonio in Texas on Sunday "
            "and face Portland on Tuesday.")
    e = resolve_names(text, ["HOUSTON", "San Antonio", "Texas", "Portland"], gaz)
    assert e["Portland"].admin1 == "OR"
    assert e["San Antonio"].admin1 == "TX"


def test_obscure_namesake_far_from_story_falls_back(gaz):
    text = ("Residents of Centreville, Va., and Gainesville, Va., shop at Stonewall "
            "and eat near Lake Manassas.")
    e = resolve_names(text, ["Centreville", "Va.", "Gainesville", "Stonewall", "Lake Manassas"], gaz)
    assert e["Stonewall"].admin1 == "VA" and e["Lake Manassas"].admin1 == "VA"


def test_landmarks_initialisms_and_demonyms(gaz):
    text = "Aides in the West Wing of the White House watched Broadway shows."
    e = resolve_names(text, ["West Wing", "White House", "Broadway"], gaz)
    assert e["White House"].admin1 == "DC" and e["West Wing"].admin1 == "DC"
    assert km(e["Broadway"].lat, e["Broadway"].lon, 40.71, -74.0) < 30
    text = "Trinidad and Tobago hosted the talks; T&T officials said SA was invited."
    e = resolve_names(text, ["Trinidad and Tobago", "T&T"], gaz)
    assert e["T&T"].country == "TT"
    assert gaz.demonym("English").name == "England" and gaz.demonym("Maltese").country == "MT"
    e = resolve_names("The Borno State government said.", ["Borno State"], gaz)
    assert e["Borno State"].country == "NG" and e["Borno State"].feature == "admin1"
    e = resolve_names("The Marine Energy Wales conference met in Wales.", ["Wales"], gaz)
    assert e["Wales"].feature == "admin1" and e["Wales"].admin1 == "WLS"


def test_places_inside_organisation_names(nlp, pipeline):
    from newsgraph.geo.gazetteer import load_gazetteer
    from newsgraph.geo.toponyms import find_toponyms
    from newsgraph.records import Article
    text = "The New York Times reported that the Bank of Canada raised rates, the Canadian Press said."
    tops = {t.text: t for t in find_toponyms(nlp(text), load_gazetteer(), text)}
    assert tops["New York"].kind == "inner" and tops["New York"].entry.feature == "city"
    assert tops["Canada"].kind == "inner" and tops["Canada"].entry.country == "CA"
    assert tops["Canadian"].kind == "demonym"
    a = pipeline.analyse(Article(id="t-inner", text=text))
    assert not [p for p in a.places if p.name in ("New York", "Canada", "Canadian")]


def test_planets_in_a_space_story_are_not_towns(nlp):
    """celestial.csv: in an article about space, "Jupiter" is the planet, not Jupiter, Florida; a body name
    with a container written after it ("Mars, Pa.") is still the town, and without space words it is a town."""
    from newsgraph.geo.gazetteer import load_gazetteer
    from newsgraph.geo.toponyms import find_toponyms
    gaz = load_gazetteer()

    def names(text):
        return {t.text: t for t in find_toponyms(nlp(text), gaz, text) if t.entry is not None}

    space = ("The probe will fly past Jupiter and study its moon Europa, the agency said in Houston. "
             "A school in Mars, Pennsylvania, watched the launch.")
    found = names(space)
    assert "Jupiter" not in found and "Europa" not in found
    assert found["Houston"].entry.country == "US"
    assert found["Mars"].entry.country == "US" and found["Mars"].entry.admin1 == "PA"
    town = names("Police in Jupiter, Florida, arrested a man on Tuesday.")
    assert town["Jupiter"].entry.country == "US" and town["Jupiter"].entry.admin1 == "FL"
    # a police probe is no space probe: the bare town name stays a place
    probe = names("Police in Jupiter opened a probe into the shooting of a man on Tuesday.")
    assert probe["Jupiter"].entry.country == "US"


def test_a_large_city_the_recogniser_tags_person_is_a_place_after_in():
    """The small model tags the city PERSON in these sentences; after "in" (or "in the port city of") a city of
    over 100,000 is where the arrest happened, and the implied police are that country's."""
    from newsgraph.nlp.model import load_nlp
    from newsgraph.pipeline import analyse
    for text in ("A teacher was arrested in the port city of Izmir on Friday.",
                 "The pastor was detained in Izmir last year."):
        assert [e.label_ for e in load_nlp()(text).ents if e.text == "Izmir"] == ["PERSON"]   # the case
        a = analyse(text, "2019-05-02")
        assert [(p.name, p.country) for p in a.places] == [("Izmir", "TUR")]
        assert any(e.cameo_code == "173" and e.source_code == "TURCOP" for e in a.events)
    # a person of that name is no place
    assert not analyse("Izmir Kaya met the mayor on Friday.", "2019-05-02").places


def test_the_surname_of_a_person_named_before_is_no_small_place():
    """One word that ends a longer PERSON name elsewhere in the text is that person again ("Tomas Cullman ...
    Cullman, an Ohio native"), unless it follows a locative preposition."""
    from newsgraph.geo.toponyms import _located_by_preposition, _person_surnames, _surname_of_person
    from newsgraph.nlp.model import load_nlp
    doc = load_nlp()("Officials met engineer Tomas Cullman. Cullman, an Ohio native, has been held since June. "
                     "His sister lives in Cullman.")
    second, third = [doc[i:i + 1] for i, t in enumerate(doc) if t.text == "Cullman" and doc[i - 1].text != "Tomas"]
    assert _surname_of_person(second, _person_surnames(doc)) and not _located_by_preposition(second)
    assert _located_by_preposition(third)
    ohio = next(doc[t.i:t.i + 1] for t in doc if t.text == "Ohio")
    assert not _surname_of_person(ohio, _person_surnames(doc))


def test_one_name_one_sense_a_city_tagged_person_once_is_still_the_city():
    """The recogniser tags the second "Tabriz" PERSON; the text calls the same name a place before, so it is
    the place again, and no person named Tabriz enters the actors."""
    from newsgraph.pipeline import analyse
    a = analyse("A blast hit a bakery in Tabriz on Sunday. The noise carried across most streets of Tabriz, "
                "the fire service said.", "2019-05-02")
    assert [(p.name, p.country) for p in a.places] == [("Tabriz", "IRN"), ("Tabriz", "IRN")]
    assert not [x for x in a.actors if x.name == "Tabriz"]
