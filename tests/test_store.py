"""Store tests on real databases -- DuckDB files and a throwaway PostgreSQL server (the `db_target`
fixture runs a test on each) -- with Analysis records built by hand (no spaCy needed)."""
from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import duckdb
import pytest

from newsgraph.records import Actor, Analysis, Article, Event, Mention, Place, Quote, TimeRef
from newsgraph.store import SCHEMA_VERSION, QueryError, SchemaError, open_store
from newsgraph.store.export import export_events
from newsgraph.store.gdelt import gdelt_columns

GDELT_SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "gdelt" / "gdelt2_events_schema.csv"

PUTIN = Actor(id=Actor.make_id("Vladimir Putin", "RUS"), name="Vladimir Putin", kind="PERSON", country="RUS",
              sector="GOV", role="President", aliases=["Putin"])
KIM = Actor(id=Actor.make_id("Kim Jong Un", "PRK"), name="Kim Jong Un", kind="PERSON", country="PRK",
            sector="GOV")
XI = Actor(id=Actor.make_id("Xi Jinping", "CHN"), name="Xi Jinping", kind="PERSON", country="CHN", sector="GOV")


def make_analysis(text: str, *, url: str, source: str, published: dt.date, events=(), actors=(),
                  quotes=(), title: str = "t") -> Analysis:
    art = Article(id=Article.make_id(text, url), text=text, title=title, url=url, source=source,
                  published=published, content_hash=Article.make_content_hash(text), origin=url,
                  captions=["Photo: a caption"])
    an = Analysis(article=art, actors=list(actors))
    for ev in events:
        an.events.append(ev(art))
    for q in quotes:
        an.quotes.append(q(art))
    return an


def event(sentence_text: str, code: str, src: Actor | None, tgt: Actor | None, **kw):
    """A factory: the event is built once the article (and its text) exists."""
    def build(art: Article) -> Event:
        start = art.text.index(sentence_text)
        e = Event(id=Event.make_id(art.id, 0, code, src and src.code, tgt and tgt.code, start),
                  article_id=art.id, sentence=kw.pop("sentence", 0), evidence_start=start,
                  evidence_end=start + len(sentence_text), cameo_code=code, rule_id=kw.pop("rule_id", "test.rule"),
                  source_actor_id=src and src.id, target_actor_id=tgt and tgt.id,
                  source_code=src and src.code, target_code=tgt and tgt.code, cameo_root=code[:2], **kw)
        return e
    return build


def corpus() -> list[Analysis]:
    """Three articles: two outlets report the same visit (one cluster), one has other modalities."""
    t1 = "Putin arrived in Pyongyang on Wednesday. Kim Jong Un welcomed him at the airport."
    t2 = "Russia’s President Putin visited Pyongyang — his first trip in 24 years. Crowds lined the streets."
    t3 = "Xi Jinping criticised the United States. Xi may visit Pyongyang next year, officials said."
    visit = dict(date="2024-06-19", place_name="Pyongyang", place_country="PRK", place_lat=39.03,
                 place_lon=125.75, place_geonameid=1871859, goldstein=1.9, plover_type="CONSULT")
    a1 = make_analysis(t1, url="http://a.example/1", source="Alpha", published=dt.date(2024, 6, 19),
                       actors=[PUTIN, KIM],
                       events=[event("Putin arrived in Pyongyang on Wednesday.", "042", PUTIN, KIM, **visit)],
                       quotes=[lambda art: Quote(id="q-" + art.id, article_id=art.id, kind="direct",
                                                 text="We welcome him", start=0, end=5, speaker_actor_id=KIM.id,
                                                 speaker_text="Kim")])
    a1.mentions.append(Mention(id="m-" + a1.article.id, article_id=a1.article.id, start=0, end=5, text="Putin",
                               label="PERSON", sentence=0, actor_id=PUTIN.id))
    a1.places.append(Place(id="p-" + a1.article.id, article_id=a1.article.id, name="Pyongyang", start=16, end=25,
                           sentence=0, resolved_name="Pyongyang", geonameid=1871859, country="PRK", admin1="12",
                           lat=39.03, lon=125.75, feature="city"))
    a1.times.append(TimeRef(id="t-" + a1.article.id, article_id=a1.article.id, text="Wednesday", start=29, end=38,
                            sentence=0, value="2024-06-19", granularity="day"))
    putin2 = Actor(id=PUTIN.id, name="Vladimir Putin", kind="PERSON", country="RUS", sector="GOV",
                   aliases=["Russia’s President Putin"])
    a2 = make_analysis(t2, url="http://b.example/2", source="Beta", published=dt.date(2024, 6, 20),
                       actors=[putin2, KIM],
                       events=[event("Russia’s President Putin visited Pyongyang — his first trip in 24 years.",
                                     "042", putin2, KIM, **visit)])
    usa = Actor(id=Actor.make_id("United States", "USA"), name="United States", kind="COUNTRY", country="USA")
    a3 = make_analysis(t3, url="http://c.example/3", source="Gamma", published=dt.date(2024, 7, 2),
                       actors=[XI, usa],
                       events=[event("Xi Jinping criticised the United States.", "111", XI, usa, goldstein=-2.0,
                                     plover_type="ACCUSE", date="2024-07"),
                               event("Xi may visit Pyongyang next year, officials said.", "042", XI, None,
                                     modality="hypothetical", attribution="officials", date="2025",
                                     sentence=1)])
    return [a1, a2, a3]


@pytest.fixture()
def db(db_target):
    store = open_store(db_target)
    store.write(corpus())
    yield store
    store.close()


def test_rewrite_is_idempotent(db_target):
    store = open_store(db_target)
    first = store.write(corpus())
    assert first.articles == 3 and first.events == 4 and first.quotes == 1
    counts = store.counts()
    assert counts["articles"] == 3 and counts["events"] == 4 and counts["actors"] == 4
    again = store.write(corpus())
    assert again.articles == 0 and again.articles_present == 3 and again.events == 0
    assert store.counts() == counts
    store.close()
    # re-opening the database sees the same data
    store = open_store(db_target)
    store.write(corpus())
    assert store.counts() == counts
    store.close()


def test_newsgraph_open_is_the_store(tmp_path):
    """Like the CLI, newsgraph.open() does not create a missing database unless asked to."""
    import newsgraph

    with pytest.raises(FileNotFoundError, match="no such database"):
        newsgraph.open(tmp_path / "o.duckdb")
    assert not (tmp_path / "o.duckdb").exists()
    with newsgraph.open(tmp_path / "o.duckdb", create=True) as s:
        s.write(corpus()[:1])
    with newsgraph.open(str(tmp_path / "o.duckdb"), read_only=True) as s:
        assert s.counts()["articles"] == 1 and len(s.events()) == 1


def test_actor_aliases_merge_across_articles(db):
    rows = db.actors(search="Putin").rows
    assert len(rows) == 1
    putin = rows[0]
    assert putin["code"] == "RUSGOV" and putin["role"] == "President"
    assert {"Vladimir Putin", "Putin", "Russia’s President Putin"} <= set(putin["aliases"])
    assert putin["n_events"] == 2 and putin["n_mentions"] == 1


def test_cluster_groups_the_same_event_across_articles(db):
    visits = db.events(code="042").rows
    assert len(visits) == 2
    assert visits[0]["cluster_id"] == visits[1]["cluster_id"]
    assert visits[0]["article_id"] != visits[1]["article_id"]
    cl = db.query("SELECT * FROM event_clusters WHERE cluster_id = ?", [visits[0]["cluster_id"]])[0]
    assert (cl["num_mentions"], cl["num_articles"], cl["num_sources"]) == (2, 2, 2)


def test_event_fields_and_evidence(db):
    ev = db.events(source="Putin", outlet="Beta").rows[0]
    # evidence is cut from the article text with Python character offsets (non-ASCII before it)
    assert ev["evidence"] == "Russia’s President Putin visited Pyongyang — his first trip in 24 years."
    assert ev["source_code"] == "RUSGOV" and ev["source_name"] == "Vladimir Putin"
    assert ev["target_code"] == "PRKGOV" and ev["target_name"] == "Kim Jong Un"
    assert ev["date"] == "2024-06-19" and ev["place_name"] == "Pyongyang"
    assert ev["place_lat"] == pytest.approx(39.03) and ev["quad_class"] == 1
    assert ev["rule_id"] == "test.rule" and ev["modality"] == "asserted"


@pytest.mark.parametrize("filters, expected", [
    ({}, 3),                                      # asserted only by default
    ({"modality": None}, 4),
    ({"modality": "hypothetical"}, 1),
    ({"actor": "putin"}, 2),
    ({"actor": "RUSGOV"}, 2),
    ({"actor": "Xi"}, 1),
    ({"actor": "Xi", "modality": None}, 2),
    ({"actor": PUTIN.id}, 2),
    ({"country": "prk"}, 2),
    ({"source_country": "PRK"}, 0),
    ({"target_country": "PRK"}, 2),
    ({"country_pair": ["PRK", "RUS"]}, 2),
    ({"code": "04"}, 2),
    ({"code": "111"}, 1),
    ({"root": "4"}, 2),
    ({"root": "11"}, 1),
    ({"quad_class": 3}, 1),
    ({"plover_type": "consult"}, 2),
    ({"since": "2024-07-01"}, 1),                 # the 2024-07 accusation counts from July 1st
    ({"until": "2024-06"}, 2),                    # partial upper bound: end of June
    ({"since": "2024-06-19", "until": "2024-06-19"}, 2),
    ({"place_country": "PRK"}, 2),
    ({"outlet": "alpha"}, 1),
    ({"search": "criticised"}, 1),
    ({"actor": "x'); DROP TABLE events; --"}, 0),
    ({"search": "%"}, 0),
])
def test_event_filters(db, filters, expected):
    page = db.events(**filters)
    assert len(page) == expected and page.total == expected
    assert db.count_events(**filters) == expected
    assert len(page.to_pandas()) == expected


def test_limit_offset_and_order(db):
    all_rows = db.events(modality=None).rows
    assert [r["event_date"] for r in all_rows] == sorted(r["event_date"] for r in all_rows)
    page = db.events(modality=None, limit=2, offset=1)
    assert [r["id"] for r in page.rows] == [r["id"] for r in all_rows[1:3]]
    assert page.total == 4 and page.truncated
    newest = db.events(modality=None, order="-date", limit=1).rows[0]
    assert newest["event_date"] == "2025-01-01"


@pytest.mark.parametrize("filters", [
    {"since": "yesterday"}, {"until": "2024-13"}, {"country": "Russia"}, {"code": "04a"},
    {"root": "21"}, {"quad_class": 5}, {"limit": -1}, {"offset": "x"}, {"order": "id; DROP"},
    {"bogus": 1}, {"plover_type": "FOO"}, {"country": "XYZ"}, {"place_country": "ABC"}, {"modality": "rumoured"},
    {"country_pair": "RUS"}, {"dyad": "Putin"}, {"min_confidence": 2},
])
def test_bad_filters_raise_query_error(db, filters):
    with pytest.raises(QueryError):
        db.events(**filters)
    assert db.counts()["events"] == 4


def test_quotes_articles_and_article(db):
    qs = db.quotes(speaker="Kim Jong Un").rows
    assert len(qs) == 1 and qs[0]["speaker_name"] == "Kim Jong Un" and qs[0]["speaker_code"] == "PRKGOV"
    assert db.quotes(search="welcome")[0].id == qs[0]["id"]
    assert db.quotes(speaker="Xi") == []
    arts = db.articles().rows
    assert len(arts) == 3 and "text" not in arts[0]
    assert {a["outlet"] for a in db.articles(since="2024-07").rows} == {"Gamma"}
    alpha = db.articles(outlet="Alpha").rows[0]
    assert alpha["n_events"] == 1 and alpha["n_quotes"] == 1
    art = db.article(alpha["id"])
    assert art["text"].startswith("Putin arrived") and art["captions"] == ["Photo: a caption"]
    assert len(art["events"]) == 1 and len(art["quotes"]) == 1
    assert len(art["mentions"]) == 1 and len(art["places"]) == 1 and len(art["times"]) == 1
    assert {a["name"] for a in art["actors"]} == {"Vladimir Putin", "Kim Jong Un"}
    assert db.article("nope") is None
    assert db.has_article(alpha["id"]) and not db.has_article("nope")
    assert db.find_content_hash(Article.make_content_hash(art["text"])) == alpha["id"]


def test_aggregates(db):
    tl = db.timeline(interval="month")
    assert sum(r["total"] for r in tl) == 3 and sum(r["q1"] + r["q3"] for r in tl) == 3
    assert {r["period"] for r in tl} == {"2024-06-01", "2024-07-01"}
    assert db.timeline().meta["interval"] == "day"          # "auto": the span is a few weeks
    edges = db.network()
    top = edges[0]
    assert {top["source"], top["target"]} == {PUTIN.id, KIM.id} and top["events"] == 2
    assert {n["code"] for n in edges.meta["nodes"]} >= {"RUSGOV", "PRKGOV"}
    partners = db.partners(PUTIN.id)
    assert [(p["code"], p["events"]) for p in partners] == [("PRKGOV", 2)]
    places = db.event_map()
    assert places["countries"][0]["country"] == "PRK" and places["countries"][0]["events"] == 2
    assert places["points"][0]["name"] == "Pyongyang" and places["points"][0]["lat"] == pytest.approx(39.03)
    with pytest.raises(QueryError):
        db.timeline(interval="fortnight")


def test_replace_rewrites_an_article(db_target):
    store = open_store(db_target)
    store.write(corpus())
    a3 = corpus()[2]
    a3.events = a3.events[:1]
    stats = store.write([a3], replace=True)
    assert stats.articles == 1 and stats.events == 1
    assert store.counts()["events"] == 3
    from newsgraph.store.search import index_pairs
    assert len({r["event_id"] for r in index_pairs(store)}) == 3
    store.close()


def test_ingest_log_is_keyed_per_item(db_target):
    store = open_store(db_target)
    store.log("a.txt", "id1", "stored")
    store.log("a.txt", "id1", "unchanged", "already stored")
    store.log("b.bin", None, "skipped", "binary file")
    store.log("b.bin", None, "skipped", "binary file")
    rows = {r["origin"]: r for r in store.ingest_log()}
    assert len(rows) == 2 and store.counts()["ingest_log"] == 2
    assert rows["a.txt"]["status"] == "stored"          # "unchanged" does not hide the first store
    assert rows["b.bin"]["reason"] == "binary file"
    store.close()


def test_schema_version_checks(tmp_path):
    path = tmp_path / "v.duckdb"
    open_store(path).close()
    con = duckdb.connect(str(path))
    assert con.execute("SELECT value FROM schema_info WHERE key='schema_version'").fetchall() == [
        (str(SCHEMA_VERSION),)]
    con.execute("UPDATE schema_info SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    con.close()
    with pytest.raises(SchemaError, match="newer"):
        open_store(path)
    with pytest.raises(FileNotFoundError):
        open_store(tmp_path / "missing.duckdb", read_only=True)


def test_read_only_store_can_query_but_not_write(tmp_path):
    path = tmp_path / "ro.duckdb"
    with open_store(path) as s:
        s.write(corpus())
    with open_store(path, read_only=True) as ro:
        assert len(ro.events()) == 3
        with pytest.raises(duckdb.Error):
            ro.write(corpus()[:1], replace=True)


def test_duckdb_checkpoint_threshold_follows_the_setting(tmp_path, monkeypatch):
    """Writers fold DuckDB's log into the file past NEWSGRAPH_DB_CHECKPOINT_MB (bulk loads: not after every
    batch); the data is all there after closing and reopening."""
    monkeypatch.setenv("NEWSGRAPH_DB_CHECKPOINT_MB", "64")
    path = tmp_path / "ck.duckdb"
    with open_store(path) as s:
        s.write(corpus())
        assert s._fetch("SELECT current_setting('checkpoint_threshold')")[0][0] == "64.0 MiB"
    with open_store(path, read_only=True) as ro:
        assert ro.count_events(modality=None) == len([e for a in corpus() for e in a.events])


def test_export_jsonl_parquet(db, tmp_path):
    n = export_events(db, "jsonl", tmp_path / "e.jsonl")
    lines = (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()
    assert n == len(lines) == 3
    rows = [json.loads(ln) for ln in lines]
    assert all(r["modality"] == "asserted" for r in rows)
    visit = next(r for r in rows if r["cameo_code"] == "042")
    assert visit["source_actor"]["name"] == "Vladimir Putin" and visit["target_actor"]["code"] == "PRKGOV"
    assert export_events(db, "jsonl", tmp_path / "all.jsonl", modality=None) == 4

    assert export_events(db, "parquet", tmp_path / "e.parquet", country="CHN") == 1
    got = duckdb.sql(f"SELECT cameo_code, source_code FROM read_parquet('{tmp_path / 'e.parquet'}')").fetchall()
    assert got == [("111", "CHNGOV")]


def test_export_gdelt(db, tmp_path):
    n = export_events(db, "gdelt", tmp_path / "e.tsv")
    lines = (tmp_path / "e.tsv").read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "" and n == len(lines) - 1 == 2      # one row per cluster: the visit, the accusation
    cols = gdelt_columns()
    assert len(cols) == 61
    rows = [dict(zip(cols, ln.split("\t"))) for ln in lines[:-1]]
    assert all(len(ln.split("\t")) == 61 for ln in lines[:-1])
    visit = next(r for r in rows if r["EventCode"] == "042")
    assert visit["SQLDATE"] == "20240619" and visit["MonthYear"] == "202406" and visit["Year"] == "2024"
    assert visit["Actor1Code"] == "RUSGOV" and visit["Actor1Name"] == "VLADIMIR PUTIN"
    assert visit["Actor1CountryCode"] == "RUS" and visit["Actor1Type1Code"] == "GOV"
    assert visit["Actor2CountryCode"] == "PRK" and visit["EventRootCode"] == "04"
    assert visit["EventBaseCode"] == "042" and visit["QuadClass"] == "1" and visit["GoldsteinScale"] == "1.9"
    assert (visit["NumMentions"], visit["NumSources"], visit["NumArticles"]) == ("2", "2", "2")
    assert visit["AvgTone"] == "" and visit["IsRootEvent"] == "1"     # hand-built articles: tone not scored
    assert visit["ActionGeo_CountryCode"] == "KN"            # FIPS 10-4, not ISO
    assert visit["ActionGeo_Type"] == "4" and visit["ActionGeo_FeatureID"] == "1871859"
    assert float(visit["ActionGeo_Lat"]) == pytest.approx(39.03)
    assert visit["SOURCEURL"] == "http://a.example/1" and len(visit["DATEADDED"]) == 14   # first report
    assert int(visit["GLOBALEVENTID"]) > 0
    # stable: a second export gives the same ids
    export_events(db, "gdelt", tmp_path / "again.tsv")
    assert (tmp_path / "again.tsv").read_text(encoding="utf-8") == "\n".join(lines)
    assert export_events(db, "gdelt", tmp_path / "all.tsv", modality=None) == 3
    assert export_events(db, "gdelt", tmp_path / "each.tsv", each_report=True) == 3
    each = [ln.split("\t") for ln in (tmp_path / "each.tsv").read_text(encoding="utf-8").splitlines()]
    assert len({r[0] for r in each}) == 3                      # GLOBALEVENTID unique per record


@pytest.mark.skipif(not GDELT_SCHEMA.exists(), reason="../shared/eval/gdelt not available")
def test_gdelt_columns_match_the_published_schema():
    with open(GDELT_SCHEMA, encoding="utf-8") as f:
        expected = [r["column"] for r in sorted(csv.DictReader(f), key=lambda r: int(r["position"]))]
    assert list(gdelt_columns()) == expected


def test_failed_batch_leaves_nothing_behind(db_target):
    store = open_store(db_target)
    good, bad = corpus()[0], corpus()[2]
    bad.events[0].place_geonameid = "not a number"      # the store cannot put this in a BIGINT column
    with pytest.raises(Exception):
        store.write([good, bad])
    assert store.counts()["articles"] == 0 and store.counts()["events"] == 0
    store.close()


def test_migration_hook_runs_for_an_older_database(tmp_path, monkeypatch):
    from newsgraph.store import schema

    path = tmp_path / "old.duckdb"
    open_store(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE schema_info SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION - 1)])
    con.close()
    ran = []

    def step(c):
        ran.append(True)
        c.execute("CREATE TABLE migrated_marker (x INTEGER)")

    monkeypatch.setitem(schema.MIGRATIONS, SCHEMA_VERSION - 1, step)
    with open_store(path) as s:
        assert ran == [True]
        assert s.query("SELECT value FROM schema_info WHERE key = 'schema_version'")[0]["value"] == str(
            SCHEMA_VERSION)
        assert s.query("SELECT count(*) AS n FROM migrated_marker")[0]["n"] == 0


def test_version_1_database_is_migrated(tmp_path):
    """A database written by schema 1 (clusters not split by modality) is upgraded on a writable open."""
    path = tmp_path / "v1.duckdb"
    with open_store(path) as s:
        s.write(corpus())
    con = duckdb.connect(str(path))
    con.execute("CREATE OR REPLACE VIEW event_clusters AS SELECT e.cluster_id, count(*) AS num_mentions, "
                "count(DISTINCT e.article_id) AS num_articles, 1 AS num_sources FROM events e GROUP BY 1")
    con.execute("UPDATE schema_info SET value = '1' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(SchemaError, match="migrat"):
        open_store(path, read_only=True)
    with open_store(path) as s:
        cols = {r["column_name"] for r in s.query(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'event_clusters'")}
        assert "modality" in cols
        assert export_events(s, "gdelt", tmp_path / "m.tsv") == 2
    with open_store(path, read_only=True) as s:
        assert len(s.events()) == 3


@pytest.mark.parametrize("cls, table", [(Article, "articles"), (Actor, "actors"), (Mention, "mentions"),
                                        (Event, "events"), (Quote, "quotes"), (Place, "places"),
                                        (TimeRef, "times")])
def test_every_record_field_has_a_column(cls, table):
    """A field added to a record must get a column in schema.sql (and a migration), or it is lost."""
    import dataclasses

    with open_store(":memory:") as s:
        cols = {r["column_name"] for r in s.query(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table])}
    missing = sorted({f.name for f in dataclasses.fields(cls)} - cols)
    assert not missing, f"{table} lacks columns for {cls.__name__} fields {missing}"


def test_as_date_shared_by_analyse_ingest_and_store():
    """One coercion for publication dates: ISO strings (time part ignored), dates, datetimes; a bad
    value is named in the error (the store itself stores NULL instead of failing the batch)."""
    from newsgraph.records import as_date
    from newsgraph.store.rows import _date

    assert as_date("2024-06-19T10:00:00Z") == dt.date(2024, 6, 19)
    assert as_date(dt.datetime(2024, 1, 2, 23, 59)) == dt.date(2024, 1, 2)
    assert as_date(None) is None and as_date("") is None
    with pytest.raises(ValueError, match="got 'June 19'"):
        as_date("June 19")
    assert _date("June 19") is None and _date("2024-06-19") == dt.date(2024, 6, 19)


def test_version_2_database_gains_the_v3_columns(tmp_path):
    """A v2 database (no dateline/agency/authors/removed on articles, no country_source on actors) is
    upgraded in place, its rows kept."""
    path = tmp_path / "v2.duckdb"
    with open_store(path) as s:
        s.write(corpus())
        n_articles = s.counts()["articles"]
    con = duckdb.connect(str(path))
    for table, column in (("articles", "published_source"), ("articles", "dateline_place"), ("articles", "agency"),
                          ("articles", "authors"), ("articles", "removed"), ("articles", "tone"), ("articles", "duplicate_of"),
                          ("events", "source_start"), ("events", "target_start"), ("actors", "country_source"),
                          ("actors", "country_confidence")):
        con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    con.execute("UPDATE schema_info SET value = '2' WHERE key = 'schema_version'")
    con.close()
    with open_store(path) as s:
        cols = {r["column_name"] for r in s.query(
            "SELECT column_name FROM information_schema.columns WHERE table_name IN ('articles', 'actors', 'events')")}
        assert {"dateline_place", "agency", "authors", "removed", "tone", "source_start", "country_source",
                "country_confidence"} <= cols
        assert s.counts()["articles"] == n_articles
        s.write(corpus())            # and it can be written to as a v3 database


def test_query_df_gives_a_data_frame_on_both_backends(db):
    """Store.query_df (the Python API's DataFrame read) works on both backends with bound values;
    on DuckDB it called a cursor method duckdb 2 no longer has."""
    df = db.query_df("SELECT id, cameo_code FROM events WHERE cameo_code LIKE ? ORDER BY id", ["0%"])
    rows = db.query("SELECT id, cameo_code FROM events WHERE cameo_code LIKE ? ORDER BY id", ["0%"])
    assert len(df) == len(rows) > 0
    assert list(df["id"]) == [r["id"] for r in rows]
