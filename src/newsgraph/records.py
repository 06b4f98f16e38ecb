"""Core records: plain dataclasses that every stage produces and the store persists.

They are deliberately dumb containers. Each record serialises to a flat dict
(`to_dict`) so the store, the exports and the JSON CLI output share one shape.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

from newsgraph.products import StageContext


def stable_id(*parts: Any, length: int = 16) -> str:
    """A short deterministic id from the given parts (same input, same id, on every machine)."""
    h = hashlib.sha1("\x1f".join(["" if p is None else str(p) for p in parts]).encode("utf-8"))
    return h.hexdigest()[:length]


def as_date(value: dt.date | dt.datetime | str | None) -> dt.date | None:
    """A day from a date, a datetime or an ISO string ("2024-06-19", "2024-06-19T10:00"); None or ""
    gives None; anything else raises ValueError. (Loose formats: `newsgraph.ingest.dates`.)"""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValueError(f"expected a date like 2024-06-19, got {value!r}") from None


class Record:
    """Mixin: dict conversion used by the store, exports and `--json` output."""

    def to_dict(self) -> dict[str, Any]:
        out = {}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            v = getattr(self, f.name)
            if isinstance(v, (dt.date, dt.datetime)):
                v = v.isoformat()
            out[f.name] = v
        return out


@dataclass
class Article(Record):
    """One cleaned news article, ready for analysis."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None          # outlet name
    published: dt.date | None = None   # publication date; None when unknown
    published_source: str | None = None  # where the date came from: given | metadata | url | text
    language: str = "en"
    captions: list[str] = field(default_factory=list)
    dateline_place: str | None = None  # "Hanoi" from "HANOI, Vietnam (AP) --", split off the body
    agency: str | None = None          # news agency named in the dateline or byline (AP, Reuters, ...)
    authors: list[str] = field(default_factory=list)
    removed: list[dict[str, str]] = field(default_factory=list)  # blocks dropped by cleaning: {kind, text}
    tone: float | None = None          # document tone, -100..100 (GDELT's AvgTone scale); None = not scored
    duplicate_of: str | None = None    # id of the stored article this one is a near-copy of (syndication, update)
    origin: str | None = None          # where it was read from (path, path:line, "<stdin>")
    content_hash: str | None = None    # hash of the normalised text alone (duplicate detection)
    ingested_at: str | None = None

    @staticmethod
    def make_id(text: str, url: str | None) -> str:
        """Stable article id: hash of the whitespace-normalised text and the url."""
        norm = " ".join(text.split())
        return stable_id(norm, (url or "").strip())

    @staticmethod
    def make_content_hash(text: str) -> str:
        return stable_id(" ".join(text.split()).lower(), length=20)


# CAMEO first-slot codes of a kind of body rather than a state: an actor record of that kind has no country,
# and its sector starts with the kind ("NGOHRIAMN"), so that its code stays the CAMEO code (actors/stage.py)
NO_COUNTRY_TYPES = frozenset({"NGO"})
# sectors of armed bodies: forces, police, intelligence, rebels, insurgents (INS, round 12), unidentified gunmen
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "COP", "SPY", "INS"})
# sectors of a state's own bodies: a title held in one ("CDC director", "FSB officer") is that state's
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


def sector_type(sector: str | None) -> str:
    """The kind of body a record's sector names: "NGO" for "NGOHRIAMN" (an NGO's type leads its sector), else
    the sector itself ("" for none)."""
    sector = sector or ""
    return sector[:3] if sector[:3] in NO_COUNTRY_TYPES else sector


@dataclass
class Actor(Record):
    """A canonical actor (person, country, organisation, group), shared across articles.

    `code` is the CAMEO-style actor code: country + sector (e.g. RUSGOV, PRK, USAMIL, IGOUNO). An NGO has no
    country and its type leads its sector (NGOHRIAMN: NO_COUNTRY_TYPES, `sector_type`).
    """

    id: str
    name: str
    kind: str = "PERSON"               # PERSON | COUNTRY | ORG | GROUP
    country: str | None = None         # ISO 3166-1 alpha-3
    sector: str | None = None          # GOV, MIL, MED, ... (CAMEO sector / agent code)
    role: str | None = None            # title or role, e.g. "President"
    country_source: str | None = None  # how the country was found: name | title | apposition | dateline | story ...
    country_confidence: float | None = None
    aliases: list[str] = field(default_factory=list)

    @property
    def code(self) -> str:
        return f"{self.country or ''}{self.sector or ''}" or "---"

    @staticmethod
    def make_id(name: str, country: str | None) -> str:
        return stable_id(" ".join(name.lower().split()), country or "")

    def to_dict(self) -> dict[str, Any]:
        d = super().to_dict()
        d["code"] = self.code
        return d


@dataclass
class Mention(Record):
    """A stretch of text that refers to an actor (name, title, pronoun, nominal)."""

    id: str
    article_id: str
    start: int
    end: int
    text: str
    label: str                         # spaCy entity label or PRON / NOMINAL / TITLE
    sentence: int
    actor_id: str | None = None
    kind: str = "name"                 # name | nominal | pronoun | metonym


@dataclass
class Place(Record):
    """A place mention resolved (where possible) to a gazetteer entry."""

    id: str
    article_id: str
    name: str                          # surface text
    start: int
    end: int
    sentence: int = -1
    resolved_name: str | None = None
    geonameid: int | None = None
    country: str | None = None         # ISO alpha-3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None         # city | country | admin1 | landmark | ...
    role: str = "place"                # place | dateline | metonym


@dataclass
class TimeRef(Record):
    """A time expression normalised TIMEX3-style against the publication date."""

    id: str
    article_id: str
    text: str
    start: int
    end: int
    sentence: int = -1
    value: str | None = None           # 2024-06-19, 2023, 200X, P25Y, XXXX-WXX-3 ...
    type: str = "DATE"                 # DATE | TIME | DURATION | SET
    granularity: str | None = None     # day | month | year | decade | ...
    mod: str | None = None             # EARLY | LATE | MID | APPROX | ...


@dataclass
class Event(Record):
    """Who did what to whom: one coded event with the evidence that produced it."""

    id: str
    article_id: str
    sentence: int
    evidence_start: int                # char span of the evidence sentence in the article text
    evidence_end: int
    cameo_code: str                    # 3-4 digit CAMEO code, e.g. "057"
    rule_id: str                       # pattern id or model id that produced it
    source_actor_id: str | None = None
    target_actor_id: str | None = None
    source_code: str | None = None     # CAMEO actor codes, denormalised for queries/exports
    target_code: str | None = None
    source_text: str | None = None
    target_text: str | None = None
    source_start: int | None = None    # char offset of the source / target actor's words in the article
    target_start: int | None = None
    cameo_root: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    plover_type: str | None = None
    plover_mode: str | None = None
    cue: str | None = None             # the trigger word(s)
    cue_start: int | None = None
    cue_end: int | None = None
    modality: str = "asserted"         # asserted | negated | planned | expected | hypothetical | feared | reported
    attribution: str | None = None     # who says so ("Russian state media")
    date: str | None = None            # ISO value (may be partial: 2024, 2024-06)
    date_precision: str | None = None  # day | month | year | unknown
    place_name: str | None = None
    place_geonameid: int | None = None
    place_country: str | None = None
    place_lat: float | None = None
    place_lon: float | None = None
    confidence: float = 0.5

    @staticmethod
    def make_id(article_id: str, sentence: int, code: str, source: str | None, target: str | None,
                cue_start: int | None) -> str:
        return stable_id(article_id, sentence, code, source, target, cue_start)


@dataclass
class Quote(Record):
    """Words attributed to a speaker: direct, indirect or mixed (partial)."""

    id: str
    article_id: str
    kind: str                          # direct | indirect | mixed
    text: str
    start: int
    end: int
    sentence: int = -1
    speaker_actor_id: str | None = None
    speaker_text: str | None = None
    speaker_name: str | None = None    # canonical name of the resolved speaker
    cue: str | None = None             # reporting verb
    addressee_actor_id: str | None = None
    addressee_text: str | None = None
    attribution: str | None = None     # "according to Russian state media"
    event_ids: list[str] = field(default_factory=list)


@dataclass
class Analysis(Record):
    """Everything newsgraph found in one article. Stages append to the lists in order."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)
    # What stages hand later stages (token -> actor index, quote cues, main place); typed, never
    # serialised. See newsgraph/products.py.
    context: StageContext = field(default_factory=StageContext, repr=False)

    def actor(self, actor_id: str | None) -> Actor | None:
        if actor_id is None:
            return None
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "mentions": [m.to_dict() for m in self.mentions],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "places": [p.to_dict() for p in self.places],
            "times": [t.to_dict() for t in self.times],
        }
