"""Datelines, reading one: `read_dateline` tells whether a paragraph opens with a dateline and what it gives
(place, region, wire), trying the forms of dateline_patterns.py in turn; a form must also be plausible (`_plausible`:
a place the gazetteer knows, or one written with a region, a date or a wire; not a label, a weekday, an organisation's
one-word name or a heading in capitals). `place_line` reads a place set on its own line, `gazetteer_place` is the
gazetteer's reading of a name. Used by split_lead (dateline.py), the page's elements (page_marks.py), headlines run
into the story (headline_datelines.py) and scraped text (dateline_scraped.py).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Callable

from newsgraph.datafile import package_data, read_rows
from newsgraph.ingest.byline import agency_of, byline_words, dateline_agency, find_agency, lead_labels, outlet_acronyms
from newsgraph.ingest.dateline_patterns import (BARE_OUTLET, CAPITALISED_WORD, CREDIT_PARTS, DASH, DASHED_WIRE, DATELINE,
                                                DATE_OUTLET, LEAD_DATE, LONG_DASH, MONTH_WORD, NO_SEPARATOR, OUTLET_ONLY, PAREN_DATE,
                                                PAREN_PLACE, PLACE_BARS, PLACE_DATE, PLACE_LINE_REGION, PLACE_OUTLET,
                                                PLACE_PERIOD,
                                                STATE_CODE, TRAILING_DATE, VIA_AGENCY, WIRE_AND_DATE)

KnownPlace = Callable[[str], "PlaceHit | None"]


@dataclass(frozen=True)
class PlaceHit:
    """What the gazetteer knows of a name: its best feature and population, and the population of its
    biggest city or capital reading ("New York" is best read as the state, and is also a city of millions)."""

    feature: str
    population: int
    city_population: int = 0


@dataclass(frozen=True)
class Dateline:
    """A dateline read from the start of a paragraph."""

    end: int                 # characters taken off the paragraph
    place: str | None
    region: str | None
    agency: str | None
    text: str                # the dateline as written ("HANOI, Vietnam (AP) —")


def read_dateline(paragraph: str, known_place: KnownPlace | None = None) -> Dateline | None:
    """The dateline opening `paragraph`, or None (see the module doc for what counts as one)."""
    known = known_place or gazetteer_place
    head = paragraph[:160]
    m = PLACE_OUTLET.match(head)
    if m and (m.group("outlet") in outlet_acronyms() or find_agency(m.group("outlet"))) and (
            known(m.group("place")) is not None and not organisation_name(m.group("place"), known)):
        # "Hong Kong CNN — ...": a known place and an outlet's name without parentheses, then a long dash
        return Dateline(m.end(), place_case(_final_dot_off(m.group("place"))), None,
                        dateline_agency(m.group("outlet")), head[:m.end()].strip())
    m = PLACE_BARS.match(head)
    if m and dateline_agency(m.group("outlet")) and known(m.group("place")) is not None and (
            not organisation_name(m.group("place"), known)):
        # "GENEVA | AFP | ...": a known place and a wire's name, each closed by a bar (session 37)
        return Dateline(m.end(), place_case(_final_dot_off(m.group("place"))), m.group("region"),
                        dateline_agency(m.group("outlet")), head[:m.end()].strip())
    m = DATELINE.match(head)
    if m and _plausible(m, known):
        place = m.group("place")
        end = m.end()
        rest = head[end:]
        gap = len(rest) - len(rest.lstrip())
        trailing = TRAILING_DATE.match(rest[gap:]) if not m.group("date") else None
        if trailing:
            end += gap + trailing.end()
        place, region = _state_after_place(_final_dot_off(place), written_region(m))
        agency = (dateline_agency(m.group("paren") or m.group("slash") or m.group("bracket") or m.group("bare"))
                  or agency_of(m.group("region")) or _dated_credit_wire(m.group("paren")))
        wire = DASHED_WIRE.match(head, end) if m.group("date") and not agency else None
        if wire and dateline_agency(wire.group("wire")):
            # "LONDON, June 12 — Reuters — The ...": the wire's name set between dashes after the date
            agency, end = dateline_agency(wire.group("wire")), wire.end()
        return Dateline(end, place_case(place), region, agency, head[:end].strip())
    m = LEAD_DATE.match(head)
    if m:
        # "March 4, 2024 — SPRINGFIELD, Ill. — ...": the release's or page's date set before the dateline
        dl = read_dateline(head[m.end():], known)
        if dl is not None and dl.place and (dl.region or dl.agency or all_caps(dl.text.split(",")[0].split("(")[0])):
            return replace(dl, end=m.end() + dl.end, text=head[:m.end() + dl.end].strip())
    m = NO_SEPARATOR.match(head)
    if m and all_caps(m.group("place")) and (known(m.group("place")) is not None) and (
            not organisation_name(m.group("place"), known)):
        region, end = m.group("region"), m.end()
        if not _region_known(region, known) and " " in region:
            # "CALAMBA CITY, Laguna Mayor Jane Doe ...": a one-word region, the sentence opening with a title
            region = region.split()[0]
            end = m.start("region") + len(region) + 1
        if _region_known(region, known):
            return Dateline(end, place_case(m.group("place")), region, None, head[:end].strip())
    m = PAREN_PLACE.match(head)
    if m and _paren_place(m.group("place"), known):
        # "(NEW YORK) — Police ...", "(Red Oak) -- The ...": a broadcaster's dateline, the place in parentheses
        return Dateline(m.end(), place_case(m.group("place")), None, None, head[:m.end()].strip())
    m = OUTLET_ONLY.match(head)
    if m and len(m.group("paren").split()) <= 4 and _outlet_like(m.group("paren")):
        agency = dateline_agency(m.group("paren"))
        # "(ANSA) - ROME, JUN 12 - Italy's ...": the wire's credit first, then the dateline
        inner = DATELINE.match(head[m.end():])
        if agency and inner and _plausible(inner, known) and not (inner.group("paren") or inner.group("slash")):
            dl = read_dateline(head[m.end():], known)
            if dl is not None and dl.place:
                end = m.end() + dl.end
                return Dateline(end, dl.place, dl.region, agency, head[:end].strip())
        return Dateline(m.end(), None, None, agency, head[:m.end()].strip())
    m = DATE_OUTLET.match(head)
    if m and dateline_agency(m.group("paren")):
        return Dateline(m.end(), None, None, dateline_agency(m.group("paren")), head[:m.end()].strip())
    m = VIA_AGENCY.match(head)
    if m and find_agency(m.group("via")):
        return Dateline(m.end(), None, None, find_agency(m.group("via")), head[:m.end()].strip())
    m = PLACE_DATE.match(head)
    if m and known(m.group("place")) is not None and not organisation_name(m.group("place"), known) and (
            not label_or_day(m.group("place"))) and place_words(m.group("place")) and (
            not m.group("place").split()[0].casefold() == "the") and (
            not re.search(r"\d[:.]\d{2}", m.group("date")) or all_caps(m.group("place"))
            or place_line(m.group("place"), known) is not None):
        # "Ludhiana, March 4" then the story: a known place and the day, no separator (session 30); with the
        # time after the year, a place in capitals or a city (session 31: "Meeting, March 5, 2024 10:00 AM" is a notice)
        return Dateline(m.end(), place_case(m.group("place")), None, None, head[:m.end()].strip())
    m = PLACE_PERIOD.match(head)
    if m and city_place(m.group("place"), known) and _prose_after(paragraph[m.end():]):
        # "Kampala. The government will ...": a city and a full stop, then the story (round40, session 38)
        return Dateline(m.end(), place_case(m.group("place")), None, None, head[:m.end()].strip())
    m = BARE_OUTLET.match(head)
    if m and (m.group("outlet") in outlet_acronyms() or dateline_agency(m.group("outlet"))):
        # "CNN — ...": an outlet's initials alone before a long dash, as "(CNN) —"
        return Dateline(m.end(), None, None, dateline_agency(m.group("outlet")), head[:m.end()].strip())
    return None


def _paren_place(place: str, known: KnownPlace) -> bool:
    """ "(NEW YORK) —", "(Red Oak) --": the place in a broadcaster's parentheses is a known place's name, not a
    wire's short form ("(RNS) —", "(IPS) —": Religion News Service and Inter Press Service, though the
    gazetteer knows a town so called -- `dateline_agency`), nor an outlet's name opening with "The" ("(The
    Hill) —") unless the gazetteer knows it as a big place ("(The Hague)", `_the_place`), nor an
    organisation's (round42)."""
    if dateline_agency(place) or known(place) is None or organisation_name(place, known):
        return False
    return place.split()[0].casefold() != "the" or _the_place(place, known)


def _dated_credit_wire(paren: str | None) -> str | None:
    """The wire a portal's dated credit names first: "(APP - Point News - 5th Mar, 2020)" -> "APP" (round42)."""
    dated = WIRE_AND_DATE.fullmatch(paren.strip()) if paren else None
    return dateline_agency(CREDIT_PARTS.split(dated.group("name"))[0]) if dated else None


def _plausible(m: re.Match, known: KnownPlace) -> bool:
    place = m.group("place")
    # "PLEASANTON, Calif.--( )--": a press wire's name the scrape emptied (a logo or a link) is no outlet
    outlet = (m.group("paren") or m.group("slash") or "").strip() or None
    dated = bool(m.group("paren") and PAREN_DATE.fullmatch(m.group("paren")))
    if "&" in m.group("joined") and not all_caps(place + m.group("joined")):
        return False         # "Johnson & Johnson (Reuters) -" is a firm; joined places are set in capitals
    if dated:
        outlet = None        # the release's date, not an outlet: it makes the form a dateline as a date does
    if len(place) > 40 or (outlet and not _outlet_like(outlet)):
        return False         # "Palm Bay (1-0):" is a score line, "Der (Elektro-)Roller" a word, not a dateline
    if m.group("bare") and not dateline_agency(m.group("bare")):
        return False         # a word after the date that names no wire
    words = place.split()
    the_place = _the_place(place, known, m.group("region"))
    if (byline_words().get(words[0].casefold().strip(".,")) == "stop" and not the_place) or (
            organisation_name(place, known)) or label_or_day(place):
        return False
    if m.group("region") and not _region_plausible(m.group("region"), known):
        return False         # "A HEADING IN CAPITALS, BUT ANOTHER CLAUSE –", "JANE DOE, Associated Press WASHINGTON"
    hit = known(place)
    caps = place.replace(" ", "").replace("-", "").replace(".", "").replace("'", "").replace("’", "").isupper()
    # a region ("Calif."), a date ("Nov. 19") or a wire's name ("(AP)", "/TASS/", "Moscow, SANA -") make
    # the form a dateline
    strong = bool(written_region(m) or m.group("date") or dated or (outlet and dateline_agency(outlet)) or agency_of(m.group("region")))
    if the_place and not (strong or (outlet and caps)):
        # "The Hague — ...": "The" opens headings and sentences too; in capitals with an outlet's credit, as
        # "UNITED NATIONS (KXAN) —", the form is a dateline's ("THE HAGUE (Harbor Daily) —", session 37)
        return False
    after = m.group(0)[m.end("place"):]
    long_dash = bool(re.match(rf"\s*{LONG_DASH}", after))
    if caps:
        if hit is not None and not (strong or outlet) and _label_word(place, hit, after):
            return False     # "LOOK: ...", "BOOM: ...": a word that is also some hamlet's name, and a colon
        # "UNITED NATIONS (KXAN) —": an upper-case name, an outlet and a dash is a dateline's form too;
        # "HARWINTON — Former ...": so is a small town the gazetteer does not know, set off by a long
        # dash and a space, unless its words are a label's ("BREAKING —", "EDITOR'S NOTE —"); a surname
        # glued to the dash is a notice's heading ("DOE--Jane, 98, of ...")
        spaced = bool(re.match(rf"\s*{LONG_DASH}(?:\s|$)", m.string[m.end("place"):m.end() + 1]))
        return (hit is not None or strong or bool(outlet and re.search(DASH, after))
                or (long_dash and spaced and not outlet and place_words(place) and not _person_in_capitals(place)))
    if hit is None:
        # "Thiruvananthapuram, Jan 5 (IANS) -": a place the gazetteer lacks, written with the date
        # (without it, "Jane Doe (Reuters) -" is a byline's form)
        return bool(m.group("date"))
    if strong or outlet or long_dash:
        return True         # "Goose Creek — A man ...": a known place and a long dash
    # "Kigali: Four young people ..." -- a normal-case name and a separator: a well-known place only; before a
    # colon, a town as in capitals ("Kendrapara: ...", session 30), unless its word is a label's or a byline's
    if after.lstrip().startswith(":") and len(words) == 1 and hit.feature in ("city", "capital") and (
            hit.population >= _COLON_PLACE_POPULATION and place_words(place)) and _prose_after(m.string[m.end():]):
        return True
    return hit.feature in ("capital", "country", "admin1") or hit.population >= 100_000


def _person_in_capitals(place: str) -> bool:
    """ "JOHN SMITH — The veteran anchor ...": two or three unknown words in capitals opening with a given name
    (data/kb/given_names.csv) are a person's name set as an obituary's or a profile's heading, not a small town's
    dateline ("HARWINTON —", "GOOSE CREEK —"; round42)."""
    words = place.split()
    return 2 <= len(words) <= 3 and words[0].casefold() in given_names()


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given names of data/kb/given_names.csv, case-folded."""
    return frozenset(row["name"].casefold() for _, row in read_rows(package_data("kb", "given_names.csv"),
                                                                   required=("name",)))


def city_place(place: str, known: KnownPlace) -> bool:
    """A name the gazetteer reads as a city or capital of `_COLON_PLACE_POPULATION` people, also when its best
    reading is the region named for it ("Dar es Salaam", "Istanbul", "Lagos"), never a country ("Kenya. The ..."
    is a fragment's form); no label, day or organisation. A place a full stop may close as a dateline, and a
    dateline element's place (round41)."""
    hit = known(place)
    return hit is not None and hit.feature != "country" and hit.city_population >= _COLON_PLACE_POPULATION and (
        place_words(place)) and (
        not label_or_day(place)) and not organisation_name(place, known)


_COLON_PROSE_WORDS = 15     # a town's dateline before a colon opens a paragraph of prose, not a headline


def _prose_after(rest: str) -> bool:
    """The words after a "<Town>:" are a paragraph's prose, not a headline's quote ("Rubio: I Still Believe
    ...", "Clinton: I support ..." -- a speaker's name that some town bears): at least `_COLON_PROSE_WORDS`
    words, most of them not capitalised, not opening with a first-person pronoun (session 30)."""
    words = rest.split()
    if len(words) < _COLON_PROSE_WORDS or words[0] in ("I", "We", "I'm", "I’m", "We're", "We’re"):
        return False
    capitals = sum(1 for w in words if w[:1].isupper())
    return capitals * 2 < len(words)


def label_or_day(place: str) -> bool:
    """ "MONDAY, March 4 (HealthDay News) --", "TODAY —", "UPDATE, 3 p.m. —": a one-word "place" that is a
    weekday, a month, a word for a day ("today", "tonight") or a label is no dateline, though some hamlet
    the gazetteer knows may be so called (byline_words.csv: kinds time and label)."""
    words = place.split()
    key = words[0].casefold().strip(".,'’")
    return len(words) == 1 and (byline_words().get(key) == "time" or key in lead_labels())


def _the_place(place: str, known: KnownPlace, region: str | None = None) -> bool:
    """ "THE HAGUE, Netherlands (AP) —", "THE WOODLANDS, Texas —": a place whose name opens with "The", known
    so to the gazetteer as a country or a place of 100,000 people or more (`_plausible` also wants a region,
    a date or a wire with it); a smaller place the gazetteer knows when its state or province is written
    with it ("THE PAS, Man. —", "THE VILLAGES, Fla. (AP) —"). Other openings with "The" are a heading's or an
    outlet's ("THE LATEST —")."""
    if place.split()[0].casefold() != "the":
        return False
    hit = known(place)
    if hit is not None and region and _region_known(region, known) and (
            known(region) is None or known(region).feature != "country"):
        return True
    return hit is not None and (hit.feature == "country" or hit.population >= 100_000)


def organisation_name(place: str, known: KnownPlace) -> bool:
    """ "NATO", "UN", "EU", "HAMAS", "UNICEF": a one-word name the knowledge base lists as an organisation
    (data/kb/igos.csv) is no dateline place, though the gazetteer may know a town of that name ("Nato", a
    hamlet); a country's name stays a place ("U.S."). An organisation's full name can be one: wires date
    stories from the UN's seat as "UNITED NATIONS (AP) —"."""
    if len(place.split()) != 1 or place.casefold() not in _organisation_names():
        return False
    hit = known(place)
    return hit is None or hit.feature != "country"


@functools.lru_cache(maxsize=1)
def _organisation_names() -> frozenset[str]:
    """The one-word names and aliases of data/kb/igos.csv, case-folded."""
    names = set()
    for _, row in read_rows(package_data("kb", "igos.csv"), required=("name",), optional=("aliases",)):
        names.update(n for n in [row["name"], *(row.get("aliases") or "").split("|")] if len(n.split()) == 1)
    return frozenset(n.casefold() for n in names)


def _final_dot_off(place: str) -> str:
    """ "Washington.-" -> "Washington": Spanish-language wires close the place with ".-"; the dot of a
    short abbreviation stays ("Ft.", "D.C.")."""
    last = place.split()[-1]
    return place[:-1] if last.endswith(".") and last[:-1].isalpha() and len(last) > 4 else place


def _state_after_place(place: str, region: str | None) -> tuple[str, str | None]:
    """ "WASHINGTON D.C." -> ("WASHINGTON", "D.C."): a state's dotted code written without its comma is
    the region, not part of the place's name."""
    m = STATE_CODE.search(place)
    if m is None or region:
        return place, region
    return place[:m.start()], m.group("state")


def _region_plausible(region: str, known: KnownPlace) -> bool:
    """What follows the place's comma can be its region: a wire's name ("SANA"), a state or country the
    gazetteer knows, or a short name ("Calif.", "Wisc.", "N.B."); not a clause of three or more unknown
    words ("BUT ECONOMY FAVORS TRUMP") nor a wire's name with more words ("Associated Press WASHINGTON":
    a byline running into the dateline)."""
    if agency_of(region):
        return True
    if find_agency(region):
        return False
    if re.search(r"\s(?:of|the|and)\s", region):
        # a name with connectors is a country's when the gazetteer knows it or its last word
        last = known(region.split()[-1])
        return _region_known(region, known) or (last is not None and last.feature in ("country", "admin1"))
    return len(region.split()) <= 2 or _region_known(region, known)


# A one-word place in capitals before a colon that is a small place only: a label's word ("LOOK:") that
# some hamlet is also called. Datelines written this way name towns and cities ("BHUBANESWAR:").
_COLON_PLACE_POPULATION = 20_000


def _label_word(place: str, hit: PlaceHit, after: str) -> bool:
    return (len(place.split()) == 1 and after.lstrip().startswith(":") and hit.feature not in
            ("capital", "country", "admin1") and hit.population < _COLON_PLACE_POPULATION)


def _region_known(region: str, known: KnownPlace) -> bool:
    """A state or country ("Texas", "Kenya"), or a state's abbreviation with its dot ("Kan.", "N.Y.")."""
    if re.fullmatch(r"(?:[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2,3})", region):
        return True
    hit = known(region)
    return hit is not None and hit.feature in ("country", "admin1")


_ACRONYM_LETTERS = 4        # "FBI —", "NASA —": one unknown word this short in capitals is an acronym, not a town


def place_words(place: str) -> bool:
    """No word of `place` is a byline word or a label ("BREAKING", "UPDATE", "STAFF", "THE"), and `place`
    is not one short word (an organisation's acronym: the gazetteer knows the towns with names this short)."""
    words, labels = byline_words(), lead_labels()
    keys = [w.casefold().strip(".,'’") for w in re.split(r"[\s/]+", place)]
    if len(keys) == 1 and sum(ch.isalpha() for ch in place) <= _ACRONYM_LETTERS:
        return False
    return len(place) >= 3 and not any(words.get(k) or k in labels for k in keys)


def _outlet_like(text: str) -> bool:
    """ "AP", "CNN Business", "9News", "Reuters Breakingviews": a name in the parentheses (a wire's may
    come with a date, and so may a press wire's: "Marketwire - Jan. 5, 2009"), not a score ("1-0"), a date ("21. November 2022") or a word's part ("(Elektro-)")."""
    text = text.strip()
    if find_agency(text):
        return True          # "(UrduPoint News / Sputnik - 29th April, 2020)": a wire, with the date
    dated = WIRE_AND_DATE.fullmatch(text)
    if dated:
        text = dated.group("name")   # "(Marketwire - March 3, 2009)": a press wire's name and the release's date
    return (bool(re.search(r"[^\W\d_]{2}", text)) and not re.search(r"\d{4}|-$", text)
            and not MONTH_WORD.search(text))


def written_region(m: re.Match) -> str | None:
    """The region written with the place: after a comma ("Calif.") or in brackets ("[India]")."""
    bracket = m.group("bracket") or m.group("bracket2")
    if bracket and agency_of(bracket):
        bracket = None       # "PARIS [AFP] —": the brackets hold the wire, not a region
    region = m.group("region")
    if region and agency_of(region):
        region = None        # "Moscow, SANA -": the wire's name where the region goes
    region = region or bracket
    return region.strip() if region else None


def place_line(line: str, known: KnownPlace) -> Dateline | None:
    """The dateline set on its own line above the story (the whole line, no agency): a city's name alone
    ("Pittsburgh"), or a place in capitals with its country or state ("ZUG, SWITZERLAND", the form of
    press releases); else None."""
    line = line.strip()
    if not line or len(line) > 40:
        return None
    if re.fullmatch(rf"{CAPITALISED_WORD}(?:\s+{CAPITALISED_WORD}){{0,2}}", line):
        if len(line) > 30 or organisation_name(line, known):
            return None
        hit = known(line)
        big_city = hit is not None and (hit.feature in ("city", "capital") and hit.population >= 50_000 or (
            _region_of_its_city(line, hit)))
        return Dateline(len(line), place_case(line), None, None, line) if big_city else None
    m = PLACE_LINE_REGION.fullmatch(line)
    if m is None or not all_caps(m.group("place")):
        return None
    region = known(m.group("region"))
    if region is None or region.feature not in ("country", "admin1"):
        return None
    return Dateline(len(line), place_case(m.group("place")), m.group("region"), None, line)


def _region_of_its_city(name: str, hit: PlaceHit) -> bool:
    """ "NEW YORK", "LAGOS", "ISTANBUL": a state or province named for its city, which holds a fifth or more of
    its people -- a city's dateline on its own line (round42). A region whose namesake is some other, smaller
    town ("Florida", "Ontario") is a section's label there, and a country is never read so."""
    return hit.feature == "admin1" and hit.city_population >= 50_000 and hit.city_population * 5 >= hit.population and (
        place_words(name))


def all_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def place_case(place: str) -> str:
    """ "NEW DELHI" -> "New Delhi", "SOUTHWEST MIAMI-DADE" -> "Southwest Miami-Dade"; normal case kept."""
    if all_caps(place):
        # "ST. JOHN'S" -> "St. John's": a possessive's s stays small; "N'DJAMENA" -> "N'Djamena"
        cased = re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), place)
        cased = re.sub(r"(?<=[^\W\d_]{2})(['’])S\b", r"\1s", cased)
        # "COEUR D'ALENE" -> "Coeur d'Alene": the elided French particle inside a name stays small; so do
        # particles between hyphens ("PORT-AU-PRINCE" -> "Port-au-Prince"); "MCALLEN" -> "McAllen"
        cased = re.sub(r"(?<=\s)D(?=['’][^\W\d_])", "d", cased)
        cased = re.sub(r"(?<=-)(Au|Aux|En|De|Du|Des|La|Le|Les|Sur|Upon|On|Sous)(?=-)", lambda m: m.group(0).lower(), cased)
        cased = re.sub(r"\bMc([a-z])", lambda m: "Mc" + m.group(1).upper(), cased)
        # "PORT OF SPAIN" -> "Port of Spain": connectors inside the name stay small (not "Los", "Des":
        # "East Los Angeles", "West Des Moines")
        return re.sub(r"(?<=\s)(Of|The|And|De|Del|Da|Do|Dos|Das|Es|Upon|On|Am|Sur)(?=\s)",
                      lambda m: m.group(0).lower(), cased)
    return place


@functools.lru_cache(maxsize=4096)
def gazetteer_place(name: str) -> PlaceHit | None:
    """The gazetteer's best reading of a name (the one with the most people), or None."""
    from newsgraph.geo.gazetteer import load_gazetteer

    hits = load_gazetteer().lookup(name)
    if not hits:
        return None
    rank = {"country": 3, "capital": 2, "admin1": 1}
    best = max((e for e, _ in hits), key=lambda e: (rank.get(e.feature, 0), e.population or 0))
    city = max((e.population or 0 for e, _ in hits if e.feature in ("city", "capital")), default=0)
    return PlaceHit(best.feature, best.population or 0, city)
