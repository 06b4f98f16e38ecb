"""Read the converted PETRARCH2/Phoenix tables (data/kb/phoenix/, written by import_phoenix.py) into
the knowledge base.

What is kept, and why:
  * named actors (people with dated codes, institutions, armed groups) of the three actor tables,
    except the country and territory entries of the countries table (countries.csv and the geo
    gazetteer cover places) and any actor that shares a name with a curated entry (leaders.csv,
    igos.csv, countries.csv, metonyms.csv win: they are checked and up to date);
  * codes whose country part is a known ISO 3166 code or IGO/NGO/IMG/MNC (regional codes are dropped);
  * aliases that name someone: an alias made only of common words ("Secretary Of State", "Senate",
    "Intelligence Community") could be any country's, so it is dropped;
  * agent nouns whose code starts with a sector of sectors.csv ("~COP", "~GOVFRM" -> GOV); the
    curated roles.csv and vocab.csv take precedence over them.
Every entry keeps the id of its dictionary line (`NamedActor.source`).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from newsgraph.actors.kb import KB, Agent, DatedCode, NamedActor, _norm, _split
from newsgraph.datafile import DataFileError, read_rows

ACTOR_TABLES = ("countries.csv", "international.csv", "nonstate.csv")


def _codes(path: Path, lineno: int, text: str, isos: set[str]) -> tuple[DatedCode, ...]:
    out = []
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        code, _, dates = part.partition(" ")
        if code == "---":
            out.append(DatedCode(None))
            continue
        if code[:3] not in isos:
            continue                                   # a regional code ("MEA", "WEU"): no country
        if not dates:
            out.append(DatedCode(code))
            continue
        a, sep, b = dates.partition("..")
        try:
            start = dt.date.fromisoformat(a) if a else None
            end = dt.date.fromisoformat(b) if b else None
        except ValueError:
            raise DataFileError(path, lineno, f"bad date in code {part!r} (want YYYY-MM-DD..YYYY-MM-DD)") from None
        if not sep:
            raise DataFileError(path, lineno, f"bad code {part!r} (want CODE or CODE FROM..TO)")
        out.append(DatedCode(code, start, end, default=False))
    return tuple(out)


def _generic_words(kb: KB) -> frozenset[str]:
    words = set(STOP_WORDS)
    for term in (*kb.roles, *kb.terms, *kb.modifiers, *kb.agents, *kb.national_bodies, *kb.country_nouns,
                 *kb.org_nouns, *kb.place_heads):
        words.update(term.split())
    words.update({"national", "federal", "state", "united", "central", "international", "general", "council",
                  "community", "law", "enforcement", "republic", "democratic", "people", "peoples",
                  "house", "representatives", "assembly", "chamber", "office", "bureau", "affairs"})
    return frozenset(words)


def _generic(alias: str, generic: frozenset[str]) -> bool:
    words = [w.strip(".,'()").lower() for w in alias.replace("-", " ").split()]
    return all(w in generic or not w for w in words)


def load_phoenix(kb: KB, folder: Path, isos: set[str]) -> None:
    """Add the Phoenix agents and named actors under `folder` to `kb` (after the curated tables)."""
    path = folder / "agents.csv"
    if path.exists():
        for ln, row in read_rows(path, ("id", "term", "code", "source"), optional=("plural",)):
            code = row["code"]
            sector = code[1:4] if code.startswith("~") else ""
            term = row["term"].lower()
            if sector in kb.sectors and term not in kb.roles and term not in kb.terms and term not in kb.agents:
                plural = row.get("plural", "")
                kb.agents[term] = Agent(term, sector, None if plural == "-" else plural or None)
    curated = set(kb.offices_by_alias) | set(kb.country_by_name) | set(kb.country_by_demonym)
    curated |= {_norm(n) for o in kb.orgs.values() for n in (o.name, *o.aliases)}
    curated |= {_norm(m.text) for m in kb.metonyms.values()}
    generic = _generic_words(kb)
    for table in ACTOR_TABLES:
        path = folder / table
        if not path.exists():
            continue
        for ln, row in read_rows(path, ("id", "name", "codes", "source"), optional=("aliases",)):
            codes = _codes(path, ln, row["codes"], isos)
            real = [c.code for c in codes if c.code]
            if not real:
                continue
            if table == "countries.csv" and not any(not c.default for c in codes) and all(
                    len(c) == 3 or c[3:6] not in kb.sectors for c in real):
                continue                               # a country or territory entry ("Gibraltar" GBRGIB)
            names = [row["name"], *_split(row.get("aliases", ""))]
            if any(_norm(n) in curated for n in names):
                continue                               # a curated entry knows this actor
            names = [n for n in names if not _generic(n, generic)]
            if not names:
                continue
            actor = NamedActor(row["id"], names[0], tuple(names[1:]), codes, row["source"])
            kb.named[actor.id] = actor
            for n in dict.fromkeys(_norm(n) for n in names):
                kb.named_by_alias.setdefault(n, []).append(actor.id)
