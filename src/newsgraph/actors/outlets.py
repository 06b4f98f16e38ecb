"""The outlet that publishes the article: whom "told the newspaper", "in an interview with this paper" name
when the article named no outlet before (session 21).

The gold's convention C4 makes a named outlet the target of a statement told to it; the same outlet named
"the newspaper" by its own page is as well known to a reader: it is the page's publisher. Its name is the page's
site name, else the name data/kb/outlet_sites.csv gives the page's domain, else the domain. Its country, in
order: the knowledge base's row for that outlet (media.csv, by site name or domain), the country of the domain's
country-code suffix (outlet_sites.csv: ".co.uk", ".ng"), else the story's country as for any outlet the text does
not place (actors/context.py); with none of these, no country (`country_source` says which).
"""
from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from newsgraph.actors.entities import COUNTRY_CONFIDENCE
from newsgraph.actors.kb import _norm, load_kb
from newsgraph.datafile import package_data, read_rows
from newsgraph.records import Actor, Analysis


@lru_cache(maxsize=1)
def _sites() -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """(domain -> (name, code), suffix -> iso3) from outlet_sites.csv."""
    kb = load_kb()
    domains: dict[str, tuple[str, str]] = {}
    suffixes: dict[str, str] = {}
    for _, row in read_rows(package_data("kb", "outlet_sites.csv"), ("id", "site", "source"),
                           optional=("outlet", "name", "code")):
        site = row["site"].strip().lower()
        if site.startswith("."):
            suffixes[site] = row["code"].strip()
        elif row["outlet"].strip():
            org = kb.orgs[row["outlet"].strip()]
            domains[site] = (org.name, org.code)
        else:
            domains[site] = (row["name"].strip(), row["code"].strip())
    return domains, suffixes


def _host(url: str | None) -> str:
    try:
        host = (urlsplit(url).hostname or "") if url else ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")


def host_label(url: str | None) -> str:
    """The first label of a page's registrable address, lower case ("thelocal" for www.thelocal.it)."""
    host = _host(url)
    return host.split(".")[0] if host else ""


def _kb_outlet(name: str) -> tuple[str, str] | None:
    """(name, code) of the media.csv outlet named `name` (its name or an alias), or None."""
    kb = load_kb()
    key = _norm(name).removeprefix("the ")
    for org in kb.orgs.values():
        if not org.code.endswith("MED"):
            continue
        if key in {_norm(n).removeprefix("the ") for n in (org.name, *org.aliases)}:
            return org.name, org.code
    return None


def publisher(analysis: Analysis) -> Actor | None:
    """The publishing outlet as an actor (sector MED), added to `analysis.actors` if new; None when the page
    gives neither a site name nor an address."""
    art = analysis.article
    host = _host(art.url)
    domains, suffixes = _sites()
    name, code, source = (art.source or "").strip(), None, None
    known = _kb_outlet(name) if name else None
    if known is None and host:
        parts = host.split(".")
        known = next((domains[".".join(parts[i:])] for i in range(len(parts) - 1)
                      if ".".join(parts[i:]) in domains), None)
    if known is not None:
        name, code, source = known[0], known[1], "kb"
    if not name:
        name = host
    if not name:
        return None
    country = code[:3] if code and not code.startswith("---") else None
    confidence = COUNTRY_CONFIDENCE["kb"] if country else None
    if country is None and code is None and host:
        parts = host.split(".")
        country = next((suffixes[s] for s in ("." + ".".join(parts[-2:]), "." + parts[-1]) if s in suffixes), None)
        source, confidence = ("site", COUNTRY_CONFIDENCE["title"]) if country else (None, None)
    story = analysis.context.story_countries
    if country is None and code is None and story is not None and story.iso:
        country, source, confidence = story.iso, story.source, story.confidence
    actor_id = Actor.make_id(name, country)
    found = analysis.actor(actor_id)
    if found is not None:
        return found
    actor = Actor(id=actor_id, name=name, kind="ORG", country=country, sector="MED",
                  country_source=source if country else None, country_confidence=confidence, aliases=[])
    analysis.actors.append(actor)
    return actor
