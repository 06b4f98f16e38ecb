"""The actor knowledge base: reviewable CSV files in newsgraph/data/kb/, loaded once per process.

Every file has an `id` column and a `source` column (where the facts come from); lines starting
with '#' are comments. `load_kb()` checks each entry against the file's schema and raises
`DataFileError("countries.csv:17: ...")` naming the file and line of the first bad entry, so a
reviewer can fix the data without reading code.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from newsgraph.datafile import DataFileError, package_data, read_rows

KB_DIR = package_data("kb")

# Country slots that are not ISO 3166 codes but are valid in CAMEO codes.
NON_STATE_COUNTRY = {"IGO", "NGO", "IMG", "MNC", "XKX"}
# The Phoenix country actors were built from CountryInfo.140130 (Phoenix.Countries.actors.txt's header):
# what they say about offices is not known after this day.
PHOENIX_AS_OF = dt.date(2014, 1, 30)
_CODE_RE = re.compile(r"^[A-Z]{3}[A-Z0-9]{0,12}$")


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]


@dataclass(frozen=True)
class Metonym:
    id: str
    text: str
    iso3: str
    sector: str
    kind: str          # capital | seat


@dataclass(frozen=True)
class Org:
    id: str
    name: str
    code: str
    aliases: tuple[str, ...]
    # codes in force over a period (org_terms.csv): (from, to or None, code), e.g. the Taliban govern from 2021
    terms: tuple[tuple[dt.date, dt.date | None, str], ...] = ()

    def code_on(self, day: dt.date | None) -> str:
        """The organisation's code on a day: a dated term's when one covers it (round35), else its own."""
        if day is not None:
            for start, end, code in self.terms:
                if start <= day and (end is None or day <= end):
                    return code
        return self.code


@dataclass(frozen=True)
class Role:
    title: str
    sector: str
    strong: bool
    head: bool
    gender: str | None


@dataclass(frozen=True)
class Term:
    term: str
    sector: str | None
    use: str           # group | facility | modifier | place
    plural: bool


@dataclass(frozen=True)
class Office:
    """One term of office of a person (one row of leaders.csv)."""

    id: str
    name: str
    aliases: tuple[str, ...]
    code: str
    role: str
    start: dt.date
    end: dt.date | None
    gender: str | None

    @property
    def country(self) -> str:
        return self.code[:3]

    @property
    def sector(self) -> str | None:
        return self.code[3:] or None

    def active(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)

    def held_on(self, day: dt.date | None) -> bool:
        """In office on `day`; with no day, in office today (no end)."""
        return self.end is None if day is None else self.active(day)


@dataclass(frozen=True)
class DatedCode:
    """One code of a Phoenix actor: a default (no dates) or valid from `start` to `end` (inclusive,
    either side open)."""

    code: str | None      # None for the dictionaries' null code "---"
    start: dt.date | None = None
    end: dt.date | None = None
    default: bool = True

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class NamedActor:
    """A named actor of the PETRARCH2/Phoenix dictionaries (data/kb/phoenix/): a person, an institution
    or an armed group, with its codes over time. `source` is the dictionary file and line."""

    id: str
    name: str
    aliases: tuple[str, ...]
    codes: tuple[DatedCode, ...]
    source: str

    @property
    def dated(self) -> bool:
        """Dated codes mean a person's career (office holders); undated ones an institution or group."""
        return any(not c.default for c in self.codes)

    def code_on(self, day: dt.date | None, person: bool = True) -> tuple[str | None, bool]:
        """(CAMEO code on `day`, whether the dictionary knows it for that day). The dictionaries stop at
        PHOENIX_AS_OF: after it a person keeps the country of their last known code but no sector
        (an office they held then may have ended since); an organisation keeps its code."""
        if not self.dated:
            return next((c.code for c in self.codes), None), True
        if not person:
            when = day or PHOENIX_AS_OF
            hits = [c.code for c in self.codes if not c.default and c.covers(when)]
            return (hits or [c.code for c in self.codes])[0], True
        when = day or PHOENIX_AS_OF
        if when > PHOENIX_AS_OF:
            code, _ = self.code_on(PHOENIX_AS_OF)
            if code is None or code[:3] in NON_STATE_COUNTRY:
                return None, False
            return code[:3], False
        for c in self.codes:
            if not c.default and c.covers(when):
                return c.code, True
        return next((c.code for c in self.codes if c.default), None), True


@dataclass(frozen=True)
class Agent:
    """A generic agent noun of the Phoenix agents dictionary ("dairy farmer" -> AGR)."""

    term: str
    sector: str
    plural: str | None    # explicit plural, None when the dictionary says there is none


@dataclass
class KB:
    countries: dict[str, Country] = field(default_factory=dict)
    metonyms: dict[str, Metonym] = field(default_factory=dict)       # id -> entry
    orgs: dict[str, Org] = field(default_factory=dict)               # id -> entry
    # names of an entry of `orgs` used only where the recogniser calls them an organisation ("Amazon": the
    # river and the forest otherwise); written "[Amazon]" among the aliases
    org_only: dict[str, str] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)             # title -> role
    terms: dict[str, Term] = field(default_factory=dict)             # group nouns
    modifiers: dict[str, str] = field(default_factory=dict)          # modifier -> sector
    place_heads: frozenset[str] = frozenset()
    country_nouns: frozenset[str] = frozenset()                      # "the country", "the nation"
    org_nouns: frozenset[str] = frozenset()                          # "the agency", "the team"
    topic_heads: frozenset[str] = frozenset()                        # "a China expert": topic, not nationality
    thing_names: frozenset[str] = frozenset()                        # "COVID-19": a name that is no actor
    outlet_words: frozenset[str] = frozenset()                       # "Tribune", "News": an outlet's name
    legal_forms: frozenset[str] = frozenset()                        # "Inc", "AG": a company's legal form
    document_nouns: frozenset[str] = frozenset()                     # "the statement said": no person
    sectors: dict[str, str] = field(default_factory=dict)            # code -> name
    sector_labels: dict[str, str] = field(default_factory=dict)      # code -> short label ("media")
    offices: list[Office] = field(default_factory=list)
    given_gender: dict[str, str] = field(default_factory=dict)       # lower given name -> m/f
    honorifics: dict[str, str | None] = field(default_factory=dict)  # "mr." -> "m", "dr." -> None
    office_of: dict[str, str] = field(default_factory=dict)          # title -> office ("home secretary")
    speech_verbs: frozenset[str] = frozenset()                       # lemmas of verbs of saying
    national_bodies: frozenset[str] = frozenset()                    # "congress", "the army": one per state
    sovereign: dict[str, str] = field(default_factory=dict)         # territory ISO3 -> its state ("HKG" -> "CHN")
    named: Mapping[str, NamedActor] = field(default_factory=dict)    # Phoenix actors by id (phoenix.py)
    agents: dict[str, Agent] = field(default_factory=dict)           # Phoenix agent nouns by term
    # indexes
    named_by_alias: dict[str, list[str]] = field(default_factory=dict)   # norm alias -> NamedActor ids
    country_by_name: dict[str, str] = field(default_factory=dict)   # lower name -> iso3
    country_by_demonym: dict[str, str] = field(default_factory=dict)
    # adjectives of regions ("Victorian", "Bavarian") -> ISO3 of the region's country (region_demonyms.csv)
    region_demonyms: dict[str, str] = field(default_factory=dict)
    # a demonym several countries share ("korean") -> the countries it may mean (countries.csv
    # shared_demonyms, and the countries whose own demonym ends in it: "North Korean"; session 18)
    shared_demonyms: dict[str, frozenset[str]] = field(default_factory=dict)
    offices_by_alias: dict[str, list[Office]] = field(default_factory=dict)

    def country_name(self, iso3: str | None) -> str | None:
        c = self.countries.get(iso3 or "")
        return c.name if c else None

    def demonym(self, iso3: str | None) -> str | None:
        c = self.countries.get(iso3 or "")
        return c.demonyms[0] if c and c.demonyms else None

    def is_legal_form(self, word: str) -> bool:
        """"LLC", "Inc.", "Corporation": a company's legal form, which names a company wherever it ends a name."""
        return word.lower().strip(".") in self.legal_forms

    def country_named(self, text: str) -> str | None:
        """ISO3 for a country's name only (any case, with or without 'the'), not its demonym."""
        return self.country_by_name.get(_norm(text))

    def lookup_country(self, text: str) -> str | None:
        """ISO3 for a country name or demonym (any case, with or without 'the', trailing 's)."""
        t = _norm(text)
        return self.country_by_name.get(t) or self.country_by_demonym.get(t)

    def offices_for(self, name: str) -> list[Office]:
        return self.offices_by_alias.get(_norm(name), [])

    def named_for(self, name: str) -> list[NamedActor]:
        """Phoenix actors that answer to a name (any case, with or without 'the'); a dictionary line that repeats
        another's name with the same codes ("International Labour Organization" twice) counts once."""
        out: list[NamedActor] = []
        for i in self.named_by_alias.get(_norm(name), ()):
            actor = self.named[i]
            if not any(o.codes == actor.codes for o in out):
                out.append(actor)
        return out

    def heads_of(self, iso3: str, day: dt.date | None) -> list[Office]:
        """Heads of state/government of a country in office on `day` (today's when None)."""
        return [o for o in self.offices if o.country == iso3 and self.is_head_role(o.role) and o.held_on(day)]

    def office(self, title: str | None) -> str:
        """The common name of the office a title names ("home secretary" -> "interior minister")."""
        t = (title or "").lower()
        return self.office_of.get(t, t)

    def holders_of(self, iso3: str, role: str | None, day: dt.date | None) -> list[Office]:
        """Who held a titled office ("foreign minister") of a country on `day` (today's when None)."""
        want = self.office(role)
        return [o for o in self.offices if o.country == iso3 and self.office(o.role) == want and o.held_on(day)]

    def is_head_role(self, role: str | None) -> bool:
        r = self.roles.get((role or "").lower())
        return bool(r and r.head)




def _norm(text: str) -> str:
    t = " ".join(text.replace("\u2019", "'").split()).lower()
    if t.startswith("the "):
        t = t[4:]
    if t.endswith("'s"):
        t = t[:-2]
    return t


# ------------------------------------------------------------------------------------- table reading
def _rows(path: Path, columns: tuple[str, ...]):
    """(line number, row) of a KB table: every entry names its `source`; see newsgraph.datafile."""
    return read_rows(path, ("source",), optional=columns)


def _require(path: Path, lineno: int, row: dict, col: str, check: Callable[[str], bool] | None = None,
             what: str = "") -> str:
    value = row.get(col, "")
    if not value:
        raise DataFileError(path, lineno, f"entry {row['id']!r}: empty {col}")
    if check is not None and not check(value):
        raise DataFileError(path, lineno, f"entry {row['id']!r}: bad {col} {value!r}{' (' + what + ')' if what else ''}")
    return value


def _date(path: Path, lineno: int, row: dict, col: str, optional: bool) -> dt.date | None:
    value = row.get(col, "")
    if not value and optional:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DataFileError(path, lineno, f"entry {row['id']!r}: bad date in {col}: {value!r} (want YYYY-MM-DD)") from None


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def _iso3_set() -> set[str]:
    import pycountry

    return {c.alpha_3 for c in pycountry.countries} | NON_STATE_COUNTRY


# ------------------------------------------------------------------------------------------- loading
def load_kb_from(kb_dir: Path) -> KB:
    """Read and check every KB file in `kb_dir` (uncached; see `load_kb`)."""
    kb = KB()
    isos = _iso3_set()

    p = kb_dir / "sectors.csv"
    for ln, row in _rows(p, ("id", "code", "name", "label", "source")):
        code = _require(p, ln, row, "code", lambda v: bool(re.fullmatch(r"[A-Z]{3}", v)), "three capitals")
        kb.sectors[code] = _require(p, ln, row, "name")
        kb.sector_labels[code] = _require(p, ln, row, "label")

    def sector_ok(v: str) -> bool:
        return v in kb.sectors

    p = kb_dir / "countries.csv"
    shared: dict[str, set[str]] = {}
    for ln, row in _rows(p, ("id", "iso3", "name", "aliases", "demonyms", "shared_demonyms", "source")):
        iso = _require(p, ln, row, "iso3", lambda v: v in isos, "not an ISO 3166-1 alpha-3 code")
        c = Country(iso, _require(p, ln, row, "name"), _split(row["aliases"]), _split(row["demonyms"]))
        kb.countries[iso] = c
        for n in (c.name,) + c.aliases:
            kb.country_by_name.setdefault(_norm(n), iso)
        for d in c.demonyms:
            kb.country_by_demonym.setdefault(_norm(d), iso)
        for d in _split(row.get("shared_demonyms", "")):
            shared.setdefault(_norm(d), set()).add(iso)
    for word, owners in shared.items():
        owners |= {c.iso3 for c in kb.countries.values() if any(_norm(d).endswith(" " + word) for d in c.demonyms)}
        kb.shared_demonyms[word] = frozenset(owners)

    p = kb_dir / "region_demonyms.csv"
    if p.exists():        # optional file (older KB directories lack it)
        for ln, row in _rows(p, ("id", "demonym", "iso3", "region", "source")):
            iso = _require(p, ln, row, "iso3", lambda v: v in isos, "not an ISO 3166-1 alpha-3 code")
            d = _norm(_require(p, ln, row, "demonym"))
            if d not in kb.country_by_demonym:        # a country's own demonym wins
                kb.region_demonyms[d] = iso

    p = kb_dir / "metonyms.csv"
    for ln, row in _rows(p, ("id", "text", "iso3", "sector", "kind", "source")):
        kb.metonyms[row["id"]] = Metonym(
            row["id"], _require(p, ln, row, "text"),
            _require(p, ln, row, "iso3", lambda v: v in isos, "not an ISO 3166-1 alpha-3 code"),
            _require(p, ln, row, "sector", sector_ok, "not in sectors.csv"),
            _require(p, ln, row, "kind", lambda v: v in ("capital", "seat"), "capital or seat"))

    # international organisations, news organisations, central banks and national agencies, large companies
    # (media.csv, agencies.csv and companies.csv are optional: older KB directories lack them)
    for p in (kb_dir / "igos.csv", kb_dir / "media.csv", kb_dir / "agencies.csv", kb_dir / "companies.csv"):
        if not p.exists() and p.name != "igos.csv":
            continue
        for ln, row in _rows(p, ("id", "name", "code", "aliases", "source")):
            code = _require(p, ln, row, "code", lambda v: bool(_CODE_RE.match(v.removeprefix("---"))),
                            "CAMEO-style capitals")
            if code.startswith("---") and p.name in ("media.csv", "igos.csv"):
                pass      # an outlet or a federation of no one country ("---MED", "---NGO"): not the story's either
            elif code[:3] not in isos:
                raise DataFileError(p, ln, f"entry {row['id']!r}: code {code!r} does not start with a country/IGO code")
            if row["id"] in kb.orgs:
                raise DataFileError(p, ln, f"entry {row['id']!r}: id used twice")
            aliases = _split(row["aliases"])
            for a in aliases:
                if a.startswith("[") or a.endswith("]"):
                    _org_only_alias(kb, p, ln, row["id"], a)
            kb.orgs[row["id"]] = Org(row["id"], _require(p, ln, row, "name"), code,
                                     tuple(a for a in aliases if not a.startswith("[")))

    # dated codes of organisations (optional file): a group that came to govern ("the Taliban" from 2021-08-15)
    p = kb_dir / "org_terms.csv"
    if p.exists():
        for ln, row in _rows(p, ("id", "org", "code", "from", "to", "source")):
            org_id = _require(p, ln, row, "org", lambda v: v in kb.orgs, "not an id of igos.csv, media.csv, agencies.csv "
                              "or companies.csv")
            code = _require(p, ln, row, "code", lambda v: bool(_CODE_RE.match(v)) and v[:3] in isos,
                            "CAMEO-style capitals starting with a country/IGO code")
            start, end = _date(p, ln, row, "from", False), _date(p, ln, row, "to", True)
            org = kb.orgs[org_id]
            kb.orgs[org_id] = replace(org, terms=tuple(sorted(org.terms + ((start, end, code),),
                                                              key=lambda t: t[0])))

    p = kb_dir / "roles.csv"
    for ln, row in _rows(p, ("id", "title", "sector", "strength", "head", "gender", "source")):
        title = _require(p, ln, row, "title").lower()
        kb.roles[title] = Role(
            title, _require(p, ln, row, "sector", sector_ok, "not in sectors.csv"),
            _require(p, ln, row, "strength", lambda v: v in ("strong", "weak"), "strong or weak") == "strong",
            _require(p, ln, row, "head", lambda v: v in ("yes", "no"), "yes or no") == "yes",
            _gender(p, ln, row))

    p = kb_dir / "vocab.csv"
    # uses that only list words (no sector): which KB field each one fills
    word_lists: dict[str, set[str]] = {"place": set(), "country": set(), "org": set(), "topic": set(),
                                       "document": set(), "thing": set(), "legal": set(), "outlet": set()}
    for ln, row in _rows(p, ("id", "term", "sector", "use", "number", "source")):
        term = _require(p, ln, row, "term").lower()
        use = _require(p, ln, row, "use", lambda v: v in ("group", "facility", "modifier", *word_lists),
                       "group, facility, modifier, " + ", ".join(word_lists))
        if use in word_lists:
            word_lists[use].add(term)
            continue
        if use == "facility":
            # an installation of a country, of no sector: an actor only where the text places it
            kb.terms[term] = Term(term, None, "facility", False)
            continue
        sector = _require(p, ln, row, "sector", sector_ok, "not in sectors.csv")
        if use == "modifier":
            kb.modifiers[term] = sector
        else:
            number = _require(p, ln, row, "number", lambda v: v in ("sg", "pl"), "sg or pl")
            kb.terms[term] = Term(term, sector, use, number == "pl")
    kb.place_heads = frozenset(word_lists["place"])
    kb.country_nouns = frozenset(word_lists["country"])
    kb.org_nouns = frozenset(word_lists["org"])
    kb.topic_heads = frozenset(word_lists["topic"])
    kb.document_nouns = frozenset(word_lists["document"])
    kb.thing_names = frozenset(word_lists["thing"])
    kb.legal_forms = frozenset(word_lists["legal"])
    kb.outlet_words = frozenset(word_lists["outlet"])

    p = kb_dir / "given_names.csv"
    for ln, row in _rows(p, ("id", "name", "gender", "source")):
        g = _gender(p, ln, row)
        if g is None:
            raise DataFileError(p, ln, f"entry {row['id']!r}: empty gender")
        kb.given_gender[_require(p, ln, row, "name").lower()] = g

    p = kb_dir / "offices.csv"
    if p.exists():        # optional file (older KB directories lack it)
        for ln, row in _rows(p, ("id", "title", "office", "source")):
            kb.office_of[_require(p, ln, row, "title").lower()] = _require(p, ln, row, "office").lower()

    p = kb_dir / "honorifics.csv"
    for ln, row in _rows(p, ("id", "text", "gender", "source")):
        kb.honorifics[_require(p, ln, row, "text").lower()] = _gender(p, ln, row)

    p = kb_dir / "speech_verbs.csv"
    kb.speech_verbs = frozenset(_require(p, ln, row, "lemma").lower()
                                for ln, row in _rows(p, ("id", "lemma", "source")))

    p = kb_dir / "national_bodies.csv"
    if p.exists():        # optional file (older KB directories lack it)
        kb.national_bodies = frozenset(_norm(_require(p, ln, row, "term"))
                                       for ln, row in _rows(p, ("id", "term", "source")))

    p = kb_dir / "territories.csv"
    if p.exists():        # optional file (older KB directories lack it)
        for ln, row in _rows(p, ("id", "territory", "sovereign", "source")):
            where = _require(p, ln, row, "territory", lambda v: v in isos, "an ISO3 code of countries.csv")
            kb.sovereign[where] = _require(p, ln, row, "sovereign", lambda v: v in isos, "an ISO3 code of countries.csv")

    p = kb_dir / "leaders.csv"
    for ln, row in _rows(p, ("id", "name", "aliases", "code", "role", "start", "end", "gender", "source")):
        code = _require(p, ln, row, "code", lambda v: bool(_CODE_RE.match(v)), "CAMEO-style capitals")
        if code[:3] not in isos:
            raise DataFileError(p, ln, f"entry {row['id']!r}: code {code!r} does not start with a country code")
        start = _date(p, ln, row, "start", optional=False)
        end = _date(p, ln, row, "end", optional=True)
        if end is not None and start is not None and end <= start:
            raise DataFileError(p, ln, f"entry {row['id']!r}: end {end} is not after start {start}")
        o = Office(row["id"], _require(p, ln, row, "name"), _split(row["aliases"]), code,
                   _require(p, ln, row, "role"), start, end, _gender(p, ln, row))  # type: ignore[arg-type]
        kb.offices.append(o)
        for alias in {o.name, *o.aliases}:
            lst = kb.offices_by_alias.setdefault(_norm(alias), [])
            lst.append(o)

    phoenix_dir = kb_dir / "phoenix"
    if phoenix_dir.is_dir():        # optional (a KB directory without the converted dictionaries)
        from newsgraph.actors.phoenix import load_phoenix

        load_phoenix(kb, phoenix_dir, isos)
    return kb


def _gender(path: Path, lineno: int, row: dict) -> str | None:
    g = row.get("gender", "")
    if g not in ("", "m", "f"):
        raise DataFileError(path, lineno, f"entry {row['id']!r}: bad gender {g!r} (m, f or empty)")
    return g or None


def _org_only_alias(kb: KB, path: Path, line: int, org_id: str, alias: str) -> None:
    """A bracketed alias ("[Apple]"): the name only when the text uses it as an organisation. It must be
    one bracketed name, and belong to one entry: a second entry would silently take the first one's name."""
    inner = alias[1:-1].strip() if alias.startswith("[") and alias.endswith("]") else ""
    if not inner or "[" in inner or "]" in inner:
        raise DataFileError(path, line, f"entry {org_id!r}: alias {alias!r} is not one bracketed name")
    key = _norm(inner)
    if kb.org_only.get(key, org_id) != org_id:
        raise DataFileError(path, line, f"entry {org_id!r}: bracketed alias {alias!r} is also {kb.org_only[key]!r}'s")
    kb.org_only[key] = org_id


@functools.lru_cache(maxsize=4)
def load_kb(kb_dir: str | None = None) -> KB:
    """The knowledge base (cached per directory; the package's data/kb by default)."""
    return load_kb_from(Path(kb_dir) if kb_dir else KB_DIR)
