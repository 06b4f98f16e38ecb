"""The database behind the API and dashboard tests: the bundled sample corpus ingested with the real
`newsgraph ingest` command into a fresh DuckDB file.

While the event coder cannot code events yet (early in the project), `add_fallback_events` adds a dozen
events written by hand against sentences of the sample corpus, so the event endpoints and charts have
something to show; it does nothing once ingest produced events of its own.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "src" / "newsgraph" / "data" / "corpus"

# (corpus file prefix, phrase in the article, cue word in the phrase, source, target, CAMEO code, root,
#  QuadClass, Goldstein, PLOVER type, modality, place (name, ISO3, lat, lon) or None).
# Actors: (name, ISO3 country, sector, kind).
_TUR = ("Recep Tayyip Erdogan", "TUR", "GOV", "PERSON")
_UKR = ("Volodymyr Zelensky", "UKR", "GOV", "PERSON")
_RUS = ("Vladimir Putin", "RUS", "GOV", "PERSON")
_PRK = ("Kim Jong-un", "PRK", "GOV", "PERSON")
_CHN = ("Xi Jinping", "CHN", "GOV", "PERSON")
_USA = ("Joe Biden", "USA", "GOV", "PERSON")
_KOR = ("South Korea", "KOR", None, "COUNTRY")
_IND = ("Narendra Modi", "IND", "GOV", "PERSON")
_HUN = ("Viktor Orban", "HUN", "GOV", "PERSON")
_IRN = ("Iran", "IRN", None, "COUNTRY")
_ISR = ("Israel", "ISR", None, "COUNTRY")
_SRB = ("Aleksandar Vucic", "SRB", "GOV", "PERSON")
_FRA = ("Emmanuel Macron", "FRA", "GOV", "PERSON")

FALLBACK_EVENTS = [
    ("01-", "Zelensky thanked his host", "thanked", _UKR, _TUR, "051", "05", 1, 3.4, "AGREE", "asserted",
     ("Istanbul", "TUR", 41.01, 28.98)),
    ("01-", "offered on Friday to host", "offered", _TUR, _RUS, "036", "03", 1, 4.0, "CONSULT", "asserted",
     ("Istanbul", "TUR", 41.01, 28.98)),
    ("06-", "Iran launches", "launches", _IRN, _ISR, "195", "19", 4, -10.0, "ASSAULT", "asserted",
     ("Israel", "ISR", 31.5, 34.75)),
    ("07-", "Volodymyr Zelensky praised the vote", "praised", _UKR, _USA, "051", "05", 1, 3.4, "AGREE",
     "asserted", ("Washington", "USA", 38.9, -77.04)),
    ("08-", "Emmanuel Macron urged President Xi Jinping", "urged", _FRA, _CHN, "10", "10", 3, -5.0, "REQUEST",
     "asserted", ("Paris", "FRA", 48.86, 2.35)),
    ("09-", "Xi was welcomed by President Aleksandar Vucic", "welcomed", _SRB, _CHN, "042", "04", 1, 1.9,
     "CONSULT", "asserted", ("Belgrade", "SRB", 44.8, 20.47)),
    ("11-", "Xi Jinping signed a joint statement", "signed", _RUS, _CHN, "057", "05", 1, 8.0, "AGREE",
     "asserted", ("Beijing", "CHN", 39.9, 116.4)),
    ("17-", "Kim signed a treaty", "signed", _RUS, _PRK, "057", "05", 1, 8.0, "AGREE", "asserted",
     ("Pyongyang", "PRK", 39.03, 125.75)),
    ("18-", "Putin thanked the North Korean leader", "thanked", _RUS, _PRK, "051", "05", 1, 3.4, "AGREE",
     "asserted", ("Pyongyang", "PRK", 39.03, 125.75)),
    ("19-", "South Korea summoned Russia's ambassador", "summoned", _KOR, _RUS, "1121", "11", 3, -2.0,
     "ACCUSE", "asserted", ("Seoul", "KOR", 37.57, 126.98)),
    ("22-", "Hungary met President Vladimir Putin", "met", _HUN, _RUS, "040", "04", 1, 1.0, "CONSULT",
     "asserted", ("Moscow", "RUS", 55.75, 37.62)),
    ("23-", "Putin thanked Mr", "thanked", _RUS, _IND, "051", "05", 1, 3.4, "AGREE", "asserted",
     ("Moscow", "RUS", 55.75, 37.62)),
    ("24-", "Volodymyr Zelensky criticized the visit", "criticized", _UKR, _IND, "111", "11", 3, -2.0,
     "ACCUSE", "asserted", ("Kyiv", "UKR", 50.45, 30.52)),
    ("27-", "Vladimir Putin accused Kyiv", "accused", _RUS, _UKR, "112", "11", 3, -2.0, "ACCUSE", "asserted",
     ("Moscow", "RUS", 55.75, 37.62)),
    ("28-", "Zelensky also urged India", "urged", _UKR, _IND, "10", "10", 3, -5.0, "REQUEST", "asserted",
     ("Kyiv", "UKR", 50.45, 30.52)),
    ("17-", "North Korea signed an agreement", "signed", _PRK, _RUS, "057", "05", 1, 8.0, "AGREE", "planned",
     None),
]


def build_demo_db(path: Path) -> Path:
    """Ingest the sample corpus with the real CLI into `path` (a new file); add fallback events if needed."""
    from click.testing import CliRunner

    from newsgraph.cli import main

    res = CliRunner().invoke(main, ["ingest", "--db", str(path), str(CORPUS)])
    if res.exception and not isinstance(res.exception, SystemExit):
        raise res.exception
    import duckdb

    con = duckdb.connect(str(path))
    try:
        if con.execute("SELECT count(*) FROM articles").fetchone()[0] == 0:
            raise RuntimeError(f"ingest stored no articles:\n{res.output}")
        if con.execute("SELECT count(*) FROM events").fetchone()[0] == 0:
            add_fallback_events(con)
    finally:
        con.close()
    return path


def _sentence_bounds(text: str, i: int) -> tuple[int, int]:
    start = max(text.rfind(". ", 0, i) + 2 if text.rfind(". ", 0, i) >= 0 else 0, text.rfind("\n", 0, i) + 1)
    ends = [j for j in (text.find(". ", i), text.find("\n", i)) if j >= 0]
    end = min(ends) + 1 if ends else len(text)
    return start, end


def add_fallback_events(con) -> int:
    """Insert FALLBACK_EVENTS (and their actors) through plain SQL; returns how many were added."""
    from newsgraph.records import Actor, Event, stable_id

    files = {p.name[:3]: p for p in CORPUS.iterdir()}
    n = 0
    for prefix, phrase, cue, src, tgt, code, root, quad, gold, plover, modality, place in FALLBACK_EVENTS:
        path = files.get(prefix)
        if path is None:
            continue
        # the stored article whose text contains the phrase (titles differ from file names)
        row = con.execute("SELECT id, text, published FROM articles WHERE contains(text, ?) ORDER BY id LIMIT 1",
                          [phrase]).fetchone()
        if row is None:
            continue
        art_id, text, published = row
        p = text.find(phrase)
        c = p + phrase.find(cue)
        s0, s1 = _sentence_bounds(text, p)
        actor_ids = []
        for name, country, sector, kind in (src, tgt):
            aid = Actor.make_id(name, country)
            con.execute("INSERT OR IGNORE INTO actors (id, name, kind, country, sector, code, role, aliases) "
                        "VALUES (?, ?, ?, ?, ?, ?, NULL, ?)",
                        [aid, name, kind, country, sector, country + (sector or ""), [name]])
            actor_ids.append(aid)
        sentence = text[:s0].count(". ")
        eid = Event.make_id(art_id, sentence, code, actor_ids[0], actor_ids[1], c)
        date = published if isinstance(published, dt.date) else None
        con.execute(
            "INSERT OR IGNORE INTO events (id, article_id, sentence, evidence_start, evidence_end, cameo_code, "
            "cameo_root, quad_class, goldstein, plover_type, rule_id, confidence, source_actor_id, "
            "target_actor_id, source_code, target_code, source_text, target_text, cue, cue_start, cue_end, "
            "modality, date, date_precision, event_date, place_name, place_country, place_lat, place_lon, "
            "cluster_id, global_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?)",
            [eid, art_id, sentence, s0, s1, code, root, quad, gold, plover, "test/fallback", 0.9,
             actor_ids[0], actor_ids[1], src[1] + (src[2] or ""), tgt[1] + (tgt[2] or ""),
             src[0].split()[-1], tgt[0].split()[-1], cue, c, c + len(cue), modality,
             date.isoformat() if date else None, "day" if date else None, date,
             place[0] if place else None, place[1] if place else None, place[2] if place else None,
             place[3] if place else None, stable_id(date, code), int(eid[:15], 16)])
        n += 1
    return n


_DEMO: "Path | None" = None


def demo_db() -> Path:
    """One demo database per test process (shared by the API and dashboard tests), removed at exit."""
    global _DEMO
    if _DEMO is None:
        import atexit
        import shutil
        import tempfile

        tmp = Path(tempfile.mkdtemp(prefix="newsgraph-api-"))
        atexit.register(shutil.rmtree, tmp, ignore_errors=True)
        _DEMO = build_demo_db(tmp / "demo.duckdb")
    return _DEMO
