"""GDELT 2.0 exports: the Event table with AvgTone and the actors' places, the Mentions table beside it
(ids that join, offsets that point at the words), and output paths that cannot be written.

Hand-built analyses pin the mapping exactly; the demo database (the sample corpus through the real
pipeline) checks the same invariants on what the pipeline produces today.
"""
from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.records import Actor, Analysis, Article, Event, Place
from newsgraph.store import open_store
from newsgraph.store.export import ExportError, export_events
from newsgraph.store.gdelt import gdelt_columns, mention_columns

SHARED_GDELT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "gdelt"

LEE = Actor(id=Actor.make_id("Lee Min-ho", "KOR"), name="Lee Min-ho", kind="PERSON", country="KOR", sector="GOV")
SATO = Actor(id=Actor.make_id("Sato Kenji", "JPN"), name="Sato Kenji", kind="PERSON", country="JPN", sector="GOV")
NOVAK = Actor(id=Actor.make_id("Anna Novak", "CZE"), name="Anna Novak", kind="PERSON", country="CZE", sector="GOV")
UN = Actor(id=Actor.make_id("United Nations", None), name="United Nations", kind="ORG", country=None, sector="IGOUNO")


def _article(text: str, url: str | None, source: str, published: dt.date, tone: float | None) -> Article:
    return Article(id=Article.make_id(text, url), text=text, title="t", url=url, source=source,
                   published=published, tone=tone, origin=url or "local/file.txt")


def _event(art: Article, sentence: str, cue: str, src: Actor, src_words: str, tgt: Actor, tgt_words: str,
           code: str, sent_no: int = 0, confidence: float = 0.8) -> Event:
    start = art.text.index(sentence)
    cue_start = art.text.index(cue, start)
    return Event(id=Event.make_id(art.id, sent_no, code, src.code, tgt.code, cue_start), article_id=art.id,
                 sentence=sent_no, evidence_start=start, evidence_end=start + len(sentence), cameo_code=code,
                 cameo_root=code[:2], rule_id="test.rule", source_actor_id=src.id, target_actor_id=tgt.id,
                 source_code=src.code, target_code=tgt.code, source_text=src_words, target_text=tgt_words,
                 source_start=art.text.index(src_words, start), target_start=art.text.index(tgt_words, start),
                 cue=cue, cue_start=cue_start, cue_end=cue_start + len(cue), date="2024-03-05",
                 confidence=confidence, goldstein=1.0)


def _place(art: Article, name: str, sentence: int, country: str, feature: str, lat: float, lon: float,
           gid: int, role: str = "place") -> Place:
    start = art.text.index(name)
    return Place(id=f"p-{art.id}-{start}", article_id=art.id, name=name, start=start, end=start + len(name),
                 sentence=sentence, resolved_name=name, geonameid=gid, country=country, lat=lat, lon=lon,
                 feature=feature, role=role)


def hand_analyses() -> list[Analysis]:
    """Two outlets report one meeting (one cluster, two mentions); a third article has another event."""
    t1 = "In Seoul, President Lee met Prime Minister Sato on Tuesday. The talks were warm and friendly."
    t2 = "Tokyo officials said Mr. Sato praised the agreement. Earlier, Lee met Sato for two hours."
    t3 = "The United Nations criticised Anna Novak over the disastrous, deadly raid."
    a1 = Analysis(article=_article(t1, "https://www.alpha.example/a", "Alpha", dt.date(2024, 3, 5), 4.5),
                  actors=[LEE, SATO])
    a1.events.append(_event(a1.article, "In Seoul, President Lee met Prime Minister Sato on Tuesday.", "met",
                            LEE, "President Lee", SATO, "Prime Minister Sato", "036"))
    a1.places.append(_place(a1.article, "Seoul", 0, "KOR", "capital", 37.566, 126.978, 1835848))
    a2 = Analysis(article=_article(t2, None, "Beta", dt.date(2024, 3, 6), -1.5), actors=[LEE, SATO])
    a2.events.append(_event(a2.article, "Earlier, Lee met Sato for two hours.", "met", LEE, "Lee", SATO, "Sato",
                            "036", sent_no=1, confidence=0.6))
    a2.places.append(_place(a2.article, "Tokyo", 0, "JPN", "capital", 35.69, 139.69, 1850147, role="metonym"))
    a3 = Analysis(article=_article(t3, "http://gamma.example/3", "Gamma", dt.date(2024, 3, 7), -12.0),
                  actors=[UN, NOVAK])
    a3.events.append(_event(a3.article, t3, "criticised", UN, "The United Nations", NOVAK, "Anna Novak", "111"))
    return [a1, a2, a3]


@pytest.fixture()
def hand_db(tmp_path):
    with open_store(tmp_path / "hand.duckdb") as s:
        s.write(hand_analyses())
        yield s


def read_tsv(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""
    rows = [ln.split("\t") for ln in lines[:-1]]
    assert all(len(r) == len(columns) for r in rows), {len(r) for r in rows}
    return [dict(zip(columns, r)) for r in rows]


def test_mentions_beside_events_join_and_point_at_the_words(hand_db, tmp_path):
    n = export_events(hand_db, "gdelt", tmp_path / "e.tsv", mentions=tmp_path / "m.tsv")
    events = read_tsv(tmp_path / "e.tsv", gdelt_columns())
    mentions = read_tsv(tmp_path / "m.tsv", mention_columns())
    assert n == len(events) == 2 and len(mentions) == 3
    by_id = {e["GLOBALEVENTID"]: e for e in events}
    assert len(by_id) == 2 and {m["GLOBALEVENTID"] for m in mentions} == set(by_id)
    per_event = Counter(m["GLOBALEVENTID"] for m in mentions)
    assert all(per_event[i] == int(e["NumMentions"]) for i, e in by_id.items())
    # the article and the words behind each mention, keyed by document length and sentence
    expected = {(len(a.article.text), e.sentence + 1): (a.article.text, e) for a in hand_analyses() for e in a.events}
    meeting = next(e for e in events if e["EventCode"] == "036")
    for m in mentions:
        assert m["EventTimeDate"] == by_id[m["GLOBALEVENTID"]]["DATEADDED"]
        text, ev = expected[(int(m["MentionDocLen"]), int(m["SentenceID"]))]
        assert by_id[m["GLOBALEVENTID"]]["EventCode"] == ev.cameo_code
        assert text[int(m["Actor1CharOffset"]):].startswith(ev.source_text)
        assert text[int(m["Actor2CharOffset"]):].startswith(ev.target_text)
        assert text[int(m["ActionCharOffset"]):].startswith(ev.cue)
    first, second = sorted((m for m in mentions if m["GLOBALEVENTID"] == meeting["GLOBALEVENTID"]),
                           key=lambda m: m["SentenceID"])
    assert (first["MentionType"], first["MentionSourceName"]) == ("1", "alpha.example")
    assert first["MentionIdentifier"] == "https://www.alpha.example/a" and first["SentenceID"] == "1"
    assert (second["MentionType"], second["MentionSourceName"]) == ("2", "Beta")   # no url: a citation
    assert second["MentionIdentifier"].startswith("Beta, t, 2024-03-06") and second["SentenceID"] == "2"
    assert (first["Confidence"], second["Confidence"]) == ("80", "60")
    assert (first["MentionDocTone"], second["MentionDocTone"]) == ("4.5", "-1.5")
    assert all(m["InRawText"] == "1" and m["MentionDocTranslationInfo"] == m["Extras"] == "" for m in mentions)


def test_avg_tone_is_the_mean_document_tone_of_the_cluster(hand_db, tmp_path):
    export_events(hand_db, "gdelt", tmp_path / "e.tsv")
    events = {e["EventCode"]: e for e in read_tsv(tmp_path / "e.tsv", gdelt_columns())}
    assert float(events["036"]["AvgTone"]) == pytest.approx((4.5 - 1.5) / 2)
    assert float(events["111"]["AvgTone"]) == -12.0
    assert all(-100 <= float(e["AvgTone"]) <= 100 for e in events.values())


def test_actor_geo_is_the_actors_place_in_the_article_else_their_country(hand_db, tmp_path):
    export_events(hand_db, "gdelt", tmp_path / "e.tsv", each_report=True)
    rows = read_tsv(tmp_path / "e.tsv", gdelt_columns())
    first = next(r for r in rows if r["EventCode"] == "036" and r["SOURCEURL"].startswith("https"))
    # Lee (KOR): Seoul, named in the event's sentence; Sato (JPN): no Japanese place in that article
    assert (first["Actor1Geo_Type"], first["Actor1Geo_FullName"]) == ("4", "Seoul, South Korea")
    assert (first["Actor1Geo_CountryCode"], first["Actor1Geo_FeatureID"]) == ("KS", "1835848")
    assert float(first["Actor1Geo_Lat"]) == pytest.approx(37.566)
    assert (first["Actor2Geo_Type"], first["Actor2Geo_FullName"], first["Actor2Geo_CountryCode"]) == \
        ("1", "Japan", "JA")
    assert first["Actor2Geo_Lat"] and first["Actor2Geo_FeatureID"] == ""
    # in the second report "Tokyo officials said" (a metonym) places Sato in Tokyo
    second = next(r for r in rows if r["EventCode"] == "036" and r is not first)
    assert (second["Actor2Geo_Type"], second["Actor2Geo_FullName"]) == ("4", "Tokyo, Japan")
    # an actor without a country (the UN) has no place; Novak's country is used for her
    un = next(r for r in rows if r["EventCode"] == "111")
    assert all(un[c] == "" for c in gdelt_columns() if c.startswith("Actor1Geo_"))
    assert (un["Actor2Geo_Type"], un["Actor2Geo_CountryCode"]) == ("1", "EZ")


def test_each_report_mentions_carry_their_own_event_ids(hand_db, tmp_path):
    export_events(hand_db, "gdelt", tmp_path / "e.tsv", mentions=tmp_path / "m.tsv", each_report=True)
    events = read_tsv(tmp_path / "e.tsv", gdelt_columns())
    mentions = read_tsv(tmp_path / "m.tsv", mention_columns())
    assert len(events) == len(mentions) == 3
    assert sorted(e["GLOBALEVENTID"] for e in events) == sorted(m["GLOBALEVENTID"] for m in mentions)


def test_header_rows_and_the_published_column_order(hand_db, tmp_path):
    export_events(hand_db, "gdelt", tmp_path / "e.tsv", mentions=tmp_path / "m.tsv", header=True)
    assert (tmp_path / "m.tsv").read_text(encoding="utf-8").split("\n")[0].split("\t") == list(mention_columns())
    assert len(mention_columns()) == 16 and mention_columns()[13] == "MentionDocTone"
    schema = SHARED_GDELT / "gdelt2_events_schema.csv"
    if schema.exists():
        with open(schema, encoding="utf-8") as f:
            published = {r["column"]: r["type"] for r in csv.DictReader(f)}
        from newsgraph.datafile import package_data, read_rows
        ours = {r["column"]: r["type"] for _, r in read_rows(package_data("gdelt", "gdelt2_event_columns.csv"))}
        assert ours == published


def test_demo_corpus_exports_join_and_point_at_the_words(demo_db, tmp_path):
    """The sample corpus through the real pipeline: counts, joins, offsets and tone."""
    with open_store(demo_db, read_only=True) as store:
        n = export_events(store, "gdelt", tmp_path / "e.tsv", mentions=tmp_path / "m.tsv")
        n_clusters = store.query("SELECT count(DISTINCT cluster_id) AS n FROM events "
                                 "WHERE modality = 'asserted'")[0]["n"]
        n_records = store.count_events()
        texts = {r["id"]: r["text"] for r in store.query("SELECT id, text FROM articles")}
        tones = [r["tone"] for r in store.query("SELECT tone FROM articles")]
    events = read_tsv(tmp_path / "e.tsv", gdelt_columns())
    mentions = read_tsv(tmp_path / "m.tsv", mention_columns())
    assert n == len(events) == n_clusters > 0
    assert len(mentions) == n_records
    ids = {e["GLOBALEVENTID"] for e in events}
    assert len(ids) == len(events) and {m["GLOBALEVENTID"] for m in mentions} == ids
    per_event = Counter(m["GLOBALEVENTID"] for m in mentions)
    assert all(per_event[e["GLOBALEVENTID"]] == int(e["NumMentions"]) for e in events)
    assert all(t is not None and -100 <= t <= 100 for t in tones)          # the tone stage ran
    assert all(-100 <= float(e["AvgTone"]) <= 100 for e in events)
    assert all(-100 <= float(m["MentionDocTone"]) <= 100 for m in mentions)
    # the Mentions rows come in the order of `events` (date, article, offset): pair them up
    with open_store(demo_db, read_only=True) as store:
        recs = store.events().rows
        starts = {r["id"]: r for r in store.query("SELECT id, source_start, target_start FROM events")}
    assert len(recs) == len(mentions)
    for m, rec in zip(mentions, recs):
        text = texts[rec["article_id"]]
        assert int(m["MentionDocLen"]) == len(text) and int(m["SentenceID"]) == rec["sentence"] + 1
        assert m["ActionCharOffset"] == ("" if rec["cue_start"] is None else str(rec["cue_start"]))
        if rec["cue_start"] is not None:
            assert text[rec["cue_start"]:].startswith(rec["cue"].split()[0])     # "received ... Zelensky"
        for col, key, words in (("Actor1CharOffset", "source_start", rec["source_text"]),
                                ("Actor2CharOffset", "target_start", rec["target_text"])):
            off = starts[rec["id"]][key]
            assert m[col] == ("" if off is None else str(off))
            if off is not None:              # filled by the coder where it knows the actor's words
                assert words and text[off:].startswith(words.split()[0]), (col, words)
    assert sum(1 for m in mentions if m["ActionCharOffset"]) > len(mentions) / 2


# ------------------------------------------------------------------ output paths


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("where", ["under_a_file", "missing_dir", "a_directory", "proc"])
def test_unwritable_output_is_one_line_and_creates_nothing(hand_db, tmp_path, where):
    db = hand_db.path
    (tmp_path / "plain.txt").write_text("x", encoding="utf-8")
    out = {"under_a_file": tmp_path / "plain.txt" / "e.tsv", "missing_dir": tmp_path / "new" / "sub" / "e.tsv",
           "a_directory": tmp_path, "proc": Path("/proc/newsgraph-export-test.tsv")}[where]
    if where == "proc" and not Path("/proc").is_dir():
        pytest.skip("no /proc here")
    hand_db.close()
    before = sorted(p.name for p in tmp_path.rglob("*"))
    for fmt in ("gdelt", "jsonl", "parquet"):
        r = run("export", "--db", db, "--format", fmt, "--out", str(out))
        assert r.exit_code == 1, r.output
        lines = r.output.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: cannot write") and "Traceback" not in r.output
    assert not (tmp_path / "new").exists()
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_mentions_path_is_checked_before_anything_is_written(hand_db, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        export_events(hand_db, "gdelt", tmp_path / "e.tsv", mentions=tmp_path / "nowhere" / "m.tsv")
    assert not (tmp_path / "e.tsv").exists()
    r = run("export", "--db", hand_db.path, "--format", "jsonl", "--out", str(tmp_path / "e.jsonl"),
            "--mentions", str(tmp_path / "m.tsv"))
    assert r.exit_code == 2 and "--mentions goes with --format gdelt" in r.output


def test_cli_writes_both_gdelt_tables(hand_db, tmp_path):
    db = hand_db.path
    hand_db.close()
    r = run("export", "--db", db, "--format", "gdelt", "--out", str(tmp_path / "e.tsv"),
            "--mentions", str(tmp_path / "m.tsv"))
    assert r.exit_code == 0, r.output
    assert "2 events written" in r.output and "mentions written" in r.output
    assert len(read_tsv(tmp_path / "m.tsv", mention_columns())) == 3
