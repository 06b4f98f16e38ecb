"""Read the converted PETRARCH2/Phoenix tables (data/kb/phoenix/, written by import_phoenix.py) into
the knowledge base.

What is kept, and why:
  * named actors (people with dated codes, institutions, armed groups) of the three actor tables,
    except the country and territory entries of the countries table (countries.csv and the geo
    gazetteer cover places) and any actor that shares a name with a curated entry (leaders.csv,
    igos.csv, countries.csv, metonyms.csv win: they are checked and up to date);
  * codes whose country part is a known ISO 3166 code or IGO/NGO/IMG/MNC (regional codes are dropped);
  * aliases that name someone: an alias made only of common words ("Secretary Of State", "Senate",
    "Intelligence Community") could be any country's, so it is dropped -- unless it is an intergovernmental
    body's full name of three or more content words ("Food And Agriculture Organization");
  * a company ("MNC..." code) listed under its legal name ("Siemens Ag", "Intel Corporation", "Home Depot
    Inc") also answers to the name without the legal form where the recogniser reads it as an organisation
    (a one-word short name is often a surname: "Hancock"), unless that short name is another entry's, a
    common word, or shared by two companies ("Unilever NV" / "Unilever PLC"), and only for a company with a
    home country ("HSBC Holdings" is "MNC" alone: a story's "HSBC" keeps its context);
  * agent nouns whose code starts with a sector of sectors.csv ("~COP", "~GOVFRM" -> GOV); the
    curated roles.csv and vocab.csv take precedence over them.
Every entry keeps the id of its dictionary line (`NamedActor.source`).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from newsgraph.actors.diskcache import kb_cache_path, load_or_build
from newsgraph.actors.kb import KB, Agent, DatedCode, NamedActor, _norm, _split
from newsgraph.datafile import DataFileError, read_rows, word_list

ACTOR_TABLES = ("countries.csv", "international.csv", "nonstate.csv")
CACHE_VERSION = 3


class NamedActors(Mapping):
    """id -> NamedActor, built on first use from the compact rows (name, aliases, codes, source): a
    process that meets a few dozen Phoenix actors does not build 26,000 objects."""

    def __init__(self, rows: dict[str, list]):
        self._rows = rows
        self._made: dict[str, NamedActor] = {}

    def __getitem__(self, key: str) -> NamedActor:
        actor = self._made.get(key)
        if actor is None:
            name, aliases, codes, source = self._rows[key]
            actor = self._made[key] = NamedActor(key, name, tuple(aliases), _codes(codes), source)
        return actor

    def __iter__(self):
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def _codes(items: list) -> tuple[DatedCode, ...]:
    """DatedCodes from the cached [code, start, end] triples (ISO dates or "")."""
    return tuple(DatedCode(code or None, dt.date.fromisoformat(a) if a else None,
                           dt.date.fromisoformat(b) if b else None, default=not (a or b) and not dated)
                 for code, a, b, dated in items)


def _parse_codes(path: Path, lineno: int, text: str, isos: set[str]) -> list[list]:
    """[code, start, end, dated] of a row's codes column; regional codes ("MEA", "WEU") are dropped."""
    out = []
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        code, _, dates = part.partition(" ")
        if code == "---":
            out.append(["", "", "", False])
            continue
        if code[:3] not in isos:
            continue
        if not dates:
            out.append([code, "", "", False])
            continue
        a, sep, b = dates.partition("..")
        if not sep:
            raise DataFileError(path, lineno, f"bad code {part!r} (want CODE or CODE FROM..TO)")
        try:
            for d in (a, b):
                if d:
                    dt.date.fromisoformat(d)
        except ValueError:
            raise DataFileError(path, lineno, f"bad date in code {part!r} (want YYYY-MM-DD..YYYY-MM-DD)") from None
        out.append([code, a, b, True])
    return out


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


def _named_body(name: str, codes: list[str]) -> bool:
    """An intergovernmental body's full name of three or more content words ("Food And Agriculture Organization",
    "International Labour Organization") names one body even when every word is common; a two-word name
    ("General Assembly", "Security Council") could be any country's and stays out (session 28)."""
    content = [w for w in name.lower().replace("-", " ").split() if w.strip(".,'()") not in STOP_WORDS]
    return len(content) >= 3 and any(c.startswith("IGO") and len(c) > 3 for c in codes)


def _build(kb: KB, folder: Path, isos: set[str]) -> dict:
    """The compact tables kept in the cache: agents, named actors, alias index."""
    agents = []
    path = folder / "agents.csv"
    if path.exists():
        seen = set(kb.roles) | set(kb.terms)
        for ln, row in read_rows(path, ("id", "term", "code", "source"), optional=("plural",)):
            code = row["code"]
            sector = code[1:4] if code.startswith("~") else ""
            term = row["term"].lower()
            if sector in kb.sectors and term not in seen:
                seen.add(term)
                plural = row.get("plural", "")
                agents.append([term, sector, "-" if plural == "-" else plural])
    kb.agents = {t: Agent(t, sec, None if pl == "-" else pl or None) for t, sec, pl in agents}
    curated = set(kb.offices_by_alias) | set(kb.country_by_name) | set(kb.country_by_demonym)
    curated |= {_norm(n) for o in kb.orgs.values() for n in (o.name, *o.aliases)}
    curated |= {_norm(m.text) for m in kb.metonyms.values()}
    generic = _generic_words(kb)
    plain = frozenset(word_list("kb", "PLAIN_WORD_ALIASES"))
    named: dict[str, list] = {}
    by_alias: dict[str, list[str]] = {}
    short_names: dict[str, set[str]] = {}      # a company's name without its legal form -> row ids
    for table in ACTOR_TABLES:
        path = folder / table
        if not path.exists():
            continue
        for ln, row in read_rows(path, ("id", "name", "codes", "source"), optional=("aliases",)):
            codes = _parse_codes(path, ln, row["codes"], isos)
            real = [c[0] for c in codes if c[0]]
            if not real:
                continue
            if table == "countries.csv" and not any(c[3] for c in codes) and all(
                    len(c) == 3 or c[3:6] not in kb.sectors for c in real):
                continue                               # a country or territory entry ("Gibraltar" GBRGIB)
            names = [row["name"], *_split(row.get("aliases", ""))]
            if any(_norm(n) in curated for n in names):
                continue                               # a curated entry knows this actor
            # (nor a common word or given name a group is also called: "Tigers", "Youth", "Amit"; session 31 lead)
            names = [n for n in names if (not _generic(n, generic) or _named_body(n, real))
                     and _norm(n) not in kb.thing_names and _norm(n) not in plain]
            if not names:
                continue
            named[row["id"]] = [names[0], names[1:], codes, row["source"]]
            for n in dict.fromkeys(_norm(n) for n in names):
                by_alias.setdefault(n, []).append(row["id"])
            if any(c.startswith("MNC") and c[3:6] in isos for c in real):     # a company with a home country
                for short in {_without_legal_form(n, kb.legal_forms) for n in names} - {None}:
                    if _norm(short) not in curated and not _generic(short, generic):
                        short_names.setdefault(_norm(short), set()).add(row["id"])
    for norm, ids in short_names.items():
        if norm not in by_alias and len(ids) == 1:
            # looked up only where the recogniser says the name is an organisation (names.py), not matched
            # blindly: "Hancock" is a surname more often than Hancock Holding Company
            by_alias[norm] = list(ids)
    return {"agents": agents, "named": named, "by_alias": by_alias}


def _without_legal_form(name: str, legal_forms: frozenset[str]) -> str | None:
    """"Siemens Ag" -> "Siemens", "Intel Corporation" -> "Intel" (the legal forms of vocab.csv, compared in
    lower case without dots); None when the name ends in no legal form or is nothing else."""
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].lower().replace(".", "") in legal_forms:
        words.pop()
    short = " ".join(words)
    return short if short != " ".join(name.replace(",", " ").split()) and len(short) > 2 else None


def load_phoenix(kb: KB, folder: Path, isos: set[str]) -> None:
    """Add the Phoenix agents and named actors under `folder` to `kb` (after the curated tables).
    The filtered tables are kept on disk (diskcache.py), keyed by every KB file and this module, so a
    process reads them in a fraction of the time parsing the tables takes."""
    path = kb_cache_path("actor-kb", folder.parent, str(CACHE_VERSION), Path(__file__))
    data = load_or_build(path, lambda: _build(kb, folder, isos))
    kb.agents = {t: Agent(t, sec, None if pl == "-" else pl or None) for t, sec, pl in data["agents"]}
    kb.named = NamedActors(data["named"])
    kb.named_by_alias = data["by_alias"]
