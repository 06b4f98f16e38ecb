"""The PETRARCH2/Phoenix converter (`newsgraph kb import-phoenix`), on small dictionaries written here in the
dictionaries' format, and the actor-slot scorers of the actors evaluation."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsgraph.actors.import_phoenix import convert, parse_date, parse_restriction, readable
from newsgraph.datafile import read_rows

ACTORS = """# a test dictionary
FREEDONIA_  [FRD]
+FREEDONIAN_

RUFUS_FIREFLY_  # CountryInfo.txt
+FIREFLY_
+PRESIDENT_FIREFLY_
\t[FRDELI 320101-330101]
\t[FRDGOV 330101-451231]
\t[FRDELI]

TRENTINO_  # no code of its own: shares the codes that follow
AMBASSADOR_TRENTINO_  # CountryInfo.txt
\t[SYLGOV >950101]

BROKEN_DATES_
\t[FRDGOV 20120505-20110101]
\t[FRDMIL]

FREEDONIA_ARMY_ [FRDMIL]
+FREEDONIAN_ARMY_

LOST_SOUL_
"""

AGENTS = """!PERSON! = MAN, WOMAN
POLICE {} [~COP] # comment
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
CONGRESS!PERSON! [~LEG]
BROKEN [NOT A CODE]
"""


@pytest.fixture()
def dictionaries(tmp_path) -> Path:
    src = tmp_path / "petrarch2"
    src.mkdir()
    (src / "Phoenix.Countries.actors.txt").write_text(ACTORS, encoding="utf-8")
    (src / "Phoenix.International.actors.txt").write_text("GRAND_LEAGUE_ [IGOGRL]\n", encoding="utf-8")
    (src / "Phoenix.MilNonState.actors.txt").write_text("RED_BAND_ [FRDREB]\n+RED_BAND_FIGHTERS_\n", encoding="utf-8")
    (src / "Phoenix.agents.txt").write_text(AGENTS, encoding="utf-8")
    (src / "LICENSE").write_text("The MIT License (MIT)\n\nCopyright (c) test\n", encoding="utf-8")
    return src


def _table(path: Path) -> list[dict]:
    return [row for _, row in read_rows(path)]


def test_dates_and_restrictions():
    assert parse_date("991231") == dt.date(1999, 12, 31)
    assert parse_date("300101") == dt.date(2030, 1, 1)        # PETRARCH: 00-30 are 20xx
    assert parse_date("19411207") == dt.date(1941, 12, 7)
    assert parse_restriction("RUSGOV 991231-080507") == "RUSGOV 1999-12-31..2008-05-07"
    assert parse_restriction("RUSGOV >080508") == "RUSGOV 2008-05-08.."
    assert parse_restriction("HTIOPPMED <061231") == "HTIOPPMED ..2006-12-31"
    assert parse_restriction("RUSELI") == "RUSELI"
    with pytest.raises(ValueError):
        parse_restriction("EGYGOV 20121207-20120802")          # ends before it starts
    assert readable("VLADIMIR_V._PUTIN_") == "Vladimir V. Putin" and readable("AL-SHABAB") == "Al-Shabab"


def test_convert_keeps_source_ids_codes_and_the_licence(dictionaries, tmp_path):
    out = tmp_path / "out"
    report = convert(dictionaries, out)
    rows = {r["name"]: r for r in _table(out / "countries.csv")}
    firefly = rows["Rufus Firefly"]
    assert firefly["id"] == "phx-countries-5" and firefly["source"] == "Phoenix.Countries.actors.txt:5"
    assert firefly["aliases"] == "Firefly|President Firefly"
    assert firefly["codes"] == "FRDELI 1932-01-01..1933-01-01; FRDGOV 1933-01-01..1945-12-31; FRDELI"
    # a primary phrase without codes shares the codes that follow it (TABARI/PETRARCH)
    trentino = rows["Trentino"]
    assert trentino["aliases"] == "Ambassador Trentino" and trentino["codes"] == "SYLGOV 1995-01-01.."
    assert rows["Freedonia Army"]["codes"] == "FRDMIL"
    assert rows["Broken Dates"]["codes"] == "FRDMIL"          # the bad restriction is skipped, and counted
    assert sum(n for reason, n in report.skipped.items() if reason.startswith("unreadable code")) == 1
    assert report.skipped["actor without any code"] == 1       # LOST_SOUL_
    agents = {r["term"]: r for r in _table(out / "agents.csv")}
    assert agents["police"]["plural"] == "-" and agents["police"]["code"] == "~COP"
    assert agents["attorney general"]["plural"] == "attorneys general"
    assert {"congressman", "congresswoman"} <= set(agents)
    assert report.skipped["unreadable agent code"] == 1
    assert "MIT License" in (out / "LICENSE.md").read_text(encoding="utf-8")
    assert "LICENSE.md" in (out / "countries.csv").read_text(encoding="utf-8").splitlines()[2]


def test_cli_import_phoenix(dictionaries, tmp_path):
    from click.testing import CliRunner

    from newsgraph.cli import main

    res = CliRunner().invoke(main, ["kb", "import-phoenix", str(dictionaries), "--out", str(tmp_path / "kb")])
    assert res.exit_code == 0, res.output
    assert "countries: " in res.output and "skipped 1: actor without any code" in res.output
    res = CliRunner().invoke(main, ["kb", "import-phoenix", str(tmp_path)])
    assert res.exit_code != 0 and "missing" in res.output


def test_shipped_tables_keep_their_source_ids_and_notice():
    from newsgraph.actors.kb import KB_DIR, load_kb

    folder = KB_DIR / "phoenix"
    assert "MIT License" in (folder / "LICENSE.md").read_text(encoding="utf-8")
    first = next(iter(_table(folder / "nonstate.csv")))
    assert first["id"].startswith("phx-nonstate-") and first["source"].startswith("Phoenix.MilNonState.actors.txt:")
    kb = load_kb()
    assert len(kb.named) > 20000 and len(kb.agents) > 1000
    assert all(a.source.startswith("Phoenix.") for a in list(kb.named.values())[:100])


# ------------------------------------------------------------------ actor slot scoring
def test_event_codes_keep_a_missing_country_missing():
    from newsgraph.eval.actors import _event_codes
    from newsgraph.records import Actor, Analysis, Article, Event

    an = Analysis(article=Article(id="a", text="x"))
    an.actors += [Actor(id="c", name="Congress", kind="ORG", sector="LEG"),
                  Actor(id="o", name="Barack Obama", country="USA", sector="GOV")]
    an.events.append(Event(id="e", article_id="a", sentence=0, evidence_start=0, evidence_end=1, cameo_code="020",
                           cameo_root="02", rule_id="t", source_actor_id="c", target_actor_id="o",
                           source_code="LEG", target_code="USAGOV"))
    assert _event_codes(an) == ["---LEG", "USAGOV"]


def test_slot_scoring_by_hint_name_and_role():
    from newsgraph.eval.actors import score_slots
    from newsgraph.eval.realnews import GoldSentence, SentenceResult
    from newsgraph.records import Actor, Analysis, Article, Mention

    text = "Police arrested him, Mr. Ruto said."
    an = Analysis(article=Article(id="a", text=text))
    an.actors += [Actor(id="p", name="police", kind="GROUP", country="KEN", sector="COP", country_source="dateline"),
                  Actor(id="r", name="William Ruto", country="KEN", sector="GOV", role="President"),
                  Actor(id="x", name="a man", kind="PERSON", country="USA")]
    an.mentions += [Mention(id="m1", article_id="a", start=0, end=6, text="Police", label="NOMINAL", sentence=0, actor_id="p"),
                    Mention(id="m2", article_id="a", start=16, end=19, text="him", label="PRON", sentence=0, actor_id="x"),
                    Mention(id="m3", article_id="a", start=21, end=29, text="Mr. Ruto", label="PERSON", sentence=0, actor_id="r")]
    gold = GoldSentence("d", "dev", {}, 1, [
        {"code": "173", "source_country": "KEN", "source_hint": "police", "target_country": None,
         "target_hint": "man"},
        {"code": "010", "source_country": "KEN", "source_hint": "president", "target_country": "KEN",
         "target_hint": "protesters"}])
    s = score_slots([SentenceResult(gold, (0, len(text)), analysis=an)])
    # police by its words, the president by role; the protesters are not in the sentence (not found)
    assert s["slots"] == {"source": 2, "target": 1} and s["accuracy"] == 2 / 3 and s["found"] == 2 / 3
    assert s["found_accuracy"] == 1.0
    assert s["invented"] == 1.0 and s["no_country_slots"] == 1      # "a man" got a country gold does not know
