"""The country of a city or region named next to a role ("the mayor of Nablus" -> PSE), read from the
geo gazetteer (newsgraph.geo.gazetteer, public lookup only).

Role and sector nominals take the country of the place they belong to. Country names are already
known to the actors KB; this module covers the rest: cities, regions, states. A name can denote places
in several countries ("Paris", "Toronto"), so the choice is conservative:
  * a candidate country the document itself mentions wins (the article's context);
  * else the most populous candidate, only when it is a capital/admin region or clearly larger
    (POP_MARGIN times) than the largest candidate of any other country;
  * else None.
Lookups are cached per name; the gazetteer is loaded only when a nominal needs it.
"""
from __future__ import annotations

import functools

POP_MARGIN = 10          # the winner must be this many times larger than the best other country's place
MIN_POPULATION = 5000    # villages are too ambiguous to code a country from
CAPITAL_MARGIN = 20      # a dateline's capital outweighs a namesake town of the story's countries this many times


@functools.lru_cache(maxsize=1)
def _gazetteer():
    try:
        from newsgraph.geo.gazetteer import load_gazetteer

        return load_gazetteer()
    except Exception:     # the geo package is optional for actor resolution
        return None


@functools.lru_cache(maxsize=8192)
def place_candidates(name: str) -> tuple[tuple[str, int, str], ...]:
    """(ISO3, population, feature) of the best place per country for a name (main names only)."""
    gaz = _gazetteer()
    if gaz is None or not name.strip():
        return ()
    best: dict[str, tuple[int, str]] = {}
    for entry, main in gaz.lookup(name):
        iso3 = entry.country3
        if not main or not iso3 or entry.feature in ("continent", "country"):
            continue
        if iso3 not in best or entry.population > best[iso3][0]:
            best[iso3] = (entry.population, entry.feature)
    return tuple(sorted(((c, p, f) for c, (p, f) in best.items()), key=lambda x: -x[1]))


def place_country(name: str, context: frozenset[str] | set[str] = frozenset()) -> str | None:
    """ISO3 of the country a city/region name belongs to, or None when it is unclear."""
    cands = place_candidates(" ".join(name.split()))
    if not cands:
        return None
    in_context = [c for c in cands if c[0] in context]
    if in_context:
        return in_context[0][0]
    top = cands[0]
    if top[1] < MIN_POPULATION and top[2] not in ("capital", "admin1"):
        return None
    rest = max((c[1] for c in cands[1:]), default=0)
    if top[2] in ("capital", "admin1") and (not rest or top[1] >= rest) or top[1] >= POP_MARGIN * max(rest, 1):
        return top[0]
    return None


def dateline_country_of(name: str, context: frozenset[str] | set[str] = frozenset()) -> str | None:
    """ISO3 of a dateline's place: a world capital written bare ("LONDON (Reuters) -") is that capital even
    when the story names a country with a small namesake town (a US firm in the story does not make it London,
    Kentucky); a capital only a few times larger than the namesake ("ATHENS" in a Georgia paper) is left to
    the story's countries, as for any place (`place_country`)."""
    cands = place_candidates(" ".join(name.split()))
    if cands and cands[0][2] == "capital":
        rival = max((pop for iso, pop, _ in cands[1:] if iso in context), default=0)
        if cands[0][1] >= CAPITAL_MARGIN * max(rival, 1):
            return cands[0][0]
    return place_country(name, context)


def region_country(name: str, context: frozenset[str] | set[str] = frozenset()) -> str | None:
    """ISO3 of a region, capital or sizeable city of that name (`place_country`), when the name is no
    village: for names the recogniser did not call places, where a hamlet that shares a surname is no
    evidence."""
    iso = place_country(name, context)
    if iso is None:
        return None
    pop, feature = next((p, f) for c, p, f in place_candidates(" ".join(name.split())) if c == iso)
    return iso if feature in ("admin1", "capital") or pop >= 10 * MIN_POPULATION else None


def large_place_country(name: str, context: frozenset[str] | set[str] = frozenset()) -> str | None:
    """ISO3 of a region, capital or sizeable city of that name (`region_country`), where a place of a
    country the document names wins only when it is not dwarfed (POP_MARGIN) by the largest one: the
    "University of Melbourne" of a story that names the US is Australia's, not Florida's small Melbourne."""
    cands = place_candidates(" ".join(name.split()))
    if not cands:
        return None
    mentioned = [c for c in cands if c[0] in context and c[1] * POP_MARGIN >= cands[0][1]]
    return region_country(name, {mentioned[0][0]} if mentioned else frozenset())


@functools.lru_cache(maxsize=4096)
def is_capital_name(name: str) -> bool:
    """Whether any country's capital bears that name ("Washington", "Victoria"): such a name said bare may be the
    seat of a government rather than a region (ctry31)."""
    gaz = _gazetteer()
    if gaz is None or not name.strip():
        return False
    return any(main and entry.feature == "capital" for entry, main in gaz.lookup(" ".join(name.split())))
