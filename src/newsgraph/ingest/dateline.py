"""Datelines and bylines split off the start of an article body, before it is parsed.

"HANOI, Vietnam (AP) — The defense secretary accused ..." parses with HANOI as the subject and the
event is lost; the dateline is the story's place, not part of the sentence. `split_lead` takes from
the top of a cleaned body:

  * byline lines ("By Jane Doe, Staff Writer", "Jane Doe | Reuters", "Staff Reports") -> authors; a byline
    and its time stamp opening the story ("By Jane Doe Monday, March 4, 2024 The council ..."), and the
    page's headline glued before a byline ("Talks resume by Jane Doe Monday, March 4, 2024 The ...");
  * the dateline that opens the first paragraph: "HANOI, Vietnam (AP) —", "LONDON (Reuters) -",
    "NEW DELHI:", "Dekalb, Ill. —", "PARIS, April 8 —", "London (CNN)It", "(DENVER) —", a press
    release's "CHICAGO, IL – November 5, 2024 –" or "CHICAGO, IL (November 5, 2024) –", a date in
    another language ("MADRID, 12 jun (EFE).-"), a wire without parentheses ("TOKYO, June 12 Kyodo -")
    or before the dateline ("(ANSA) - ROME, JUN 12 -"), or a place alone on the line before it ("Pittsburgh",
    "ZUG, SWITZERLAND"), an underscore glued to the wire's parentheses ("CANBERRA, Australia (AP)_"), an outlet
    without parentheses ("Hong Kong CNN —") -> `dateline_place` (+ region) and the agency; an outlet credit alone
    ("(EFE).-", "(CNN) —", "KVELLER via JTA —", a wire's "Nov 19 (Reuters) -") is split off the same
    way, without a place; a page's own dateline element when the body has none; in scraped text that lost
    the page's layout, the forms of `dateline_scraped` ("SAN ANTONIO Turner Sports ...", "From Jane Doe,
    Owerri. ...", a caption run into the paragraph before "MANILA, Philippines – ..."); after a record's own
    headline run into the story, the dateline there, after a wire's byline and date ("<headline>. Jane Doe
    Associated Press March 3, 2009 ...") or after one promotional sentence ("<headline>. Jane Doe reports
    every week from city hall. KEARNEY — ...");
  * agency credit lines closing the body ("— AFP", "(With inputs from PTI)", "With files from The
    Canadian Press", "PTI AB CD", "Reporting by ...; Editing by ...") -> the agency;
and merges the page's byline metadata (`byline.parse_byline`). What it takes off is recorded in
`removed` ({"kind": "dateline" | "byline" | "credit", "text", "rule"}), so the body keeps every other
character: the first sentence simply starts after the dateline.

A dateline place must look like one: an upper-case place known to the gazetteer, or one written with
a region, a date or an outlet in parentheses; a place in normal case must be known to the gazetteer.
Dashes a scrape changed count as the dash: three hyphens ("KEARNEY --- The ...") and a closing quote mark between
spaces ("KEARNEY ” The ..."); a press wire's name may come with the release's date in its parentheses
("TORONTO, ONTARIO--(Marketwire - March 3, 2009) -").
Not datelines: a label's word that some hamlet is also called, before a colon ("LOOK:"); a heading in
capitals whose "region" is a clause; a notice's surname glued to its dash ("DOE--Jane"); a label or a
section's heading before a dash ("DEVELOPING —", "POLICE BLOTTER —"); an acronym the gazetteer lacks ("FBI —");
an organisation's one-word name, though some town is called so ("NATO —", "UN —"; a country is a place: "U.S. —");
a name opening with "The" unless a known place comes with a region, date or wire ("THE HAGUE, Netherlands (AP) —"
is one, "THE LATEST —" and "The Hague —" are not); a weekday or a word for a day ("MONDAY, March 4 (HealthDay
News) --", "TODAY —"); a headline that opens with a bare place ("Mumbai: Board to reopen ferry landings" above
the story).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from typing import Callable

from newsgraph.datafile import package_data, read_rows
from newsgraph.ingest.byline import (BylineParse, same_agency_as_site, agency_of, agency_names_removed, barred_byline,
                                     byline_line, byline_words, dateline_agency, find_agency, lead_labels, parse_byline,
                                     stamped_byline)
from newsgraph.ingest.byline import only_credits, outlet_acronyms, story_words
from newsgraph.ingest.blocks import title_variants

# Place names are written with any Latin letter ("SÃO PAULO", "BOGOTÁ", "Montréal"): an upper-case
# first letter from Latin-1 and Latin Extended-A/B, then letters of any script.
_UPPER = "".join(ch for ch in map(chr, range(0x41, 0x250)) if ch.isupper())
_WORD = rf"[{_UPPER}](?:[^\W\d_]|[.'’]|-(?=[^\W\d_]))*"     # a hyphen inside a name, not a dash after it
# lower-case particles inside a place's name: "Rio de Janeiro", "Dar es Salaam", "Port of Spain"
_PARTICLE = r"(?:de|del|la|las|los|el|al|es|of|da|do|dos|das|di|du|des|le|les|am|upon|on|sur|van|von|der|den)"
_PLACE_WORDS = rf"{_WORD}(?:\s+(?:{_WORD}|{_PARTICLE})){{0,3}}"
# "WASHINGTON/LONDON (Reuters) -", "TIJUANA & SAN DIEGO, March 29 --": a story filed from several places;
# the first one is the dateline's (joined by "&", all of them in capitals: `_plausible`).
_PLACE = rf"(?P<place>{_PLACE_WORDS})(?P<joined>(?:\s*/\s*{_PLACE_WORDS}|\s+&\s+{_PLACE_WORDS}){{0,3}})"
# "NEW DELHI [India], Jan 5 (ANI):": the region in square brackets after the place (or in parentheses
# before the wire's).
_BRACKET = (r"(?:\s*\[(?P<bracket>[^\[\]\n]{2,30})\]"
            # "Nagpur (India) (AFP) -": AFP writes the country in parentheses, before the wire's own
            r"|\s*\((?P<bracket2>[A-Z][^()\n]{1,30})\)(?=\s*\([^()\n]{1,60}\)))?")
# a country's name may hold lower-case connectors: "Democratic Republic of the Congo", "Trinidad and Tobago"
_REGION = rf"(?P<region>{_WORD}(?:\s+(?:(?:of|the|and)\s+)*{_WORD}){{0,3}})"


def _foreign_months() -> str:
    """An alternation of the month names of data/ingest/dateline_months.csv, longest first."""
    names = {n.strip().casefold() for _, row in read_rows(package_data("ingest", "dateline_months.csv"),
                                                          required=("names",))
             for n in row["names"].split("|") if n.strip()}
    return "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))


# a month in English or (data/ingest/dateline_months.csv) another language, in any case: "Jun", "JUNE",
# "12 jun", "12 juin", "12 GIU"
_MONTH = (r"(?i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
          rf"|(?:{_foreign_months()})(?![^\W\d_])\.?)")
_MONTH_WORD = re.compile(r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                         r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# "June 12", "12 June 2024", "12 de junio de 2024"; a day alone before the wire's parentheses ("MADRID, 12
# (EUROPA PRESS) -": Spanish wires leave the month out)
_DATE = (rf"(?P<date>{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?|{_DAY}\s+(?:de\s+)?{_MONTH}(?:,?\s+(?:de\s+)?\d{{4}})?"
         rf"|\d{{1,2}}(?=\s*\())")
# (AP), /TASS/, a press wire's "/PRNewswire-USNewswire/" or "/ ACCESSWIRE /"
_PAREN = r"(?:\((?P<paren>[^()\n]{1,60})\)|\.?\s*/\s?(?P<slash>[A-Za-z][A-Za-z\- ]{1,40}?)\s?/\.?)"
# dashes: em, en, double hyphen, hyphen, figure dash, horizontal bar, and the Unicode hyphen and minus sign
# some pages set instead ("CHICAGO (AP) − The ..."); a scrape that decoded the page's dash wrongly leaves the
# replacement character in its place ("BEIRUT (AP) \ufffd A ...")
_DASH = r"(?:—|–|---|--|-|\u2010|\u2011|\u2012|\u2015|\u2212|\ufffd)"
# the long dashes after a dateline's place: also three hyphens ("KEARNEY --- The ...", session 22), a closing
# quote mark between spaces, where a scrape turned the page's dash into one ("KEARNEY ” The ..."), and the bullet
# some papers set instead of a dash ("KEARNEY • The ...")
_LONG_DASH = r"(?:—|–|-{2,3}|\u2015|(?<=\s)[”•](?=\s))"
# "CHICAGO, IL – November 19, 2019 – The ...", "... / ACCESSWIRE / November 19, 2019 / The ...": press
# releases set the date after the place's separator, closed by one of its own; it belongs to the dateline.
_FULL_DATE = rf"(?:{_MONTH}\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+{_MONTH},?\s+\d{{4}})"      # a day, month and year, either order
_TRAILING_DATE = re.compile(rf"{_FULL_DATE}\s*(?:{_DASH}|:|/)\s+"
                            rf"(?=[A-Z“\"‘'])")
# "KYIV (AP) _ The": a spaced underscore stands for the dash in plain-text wire copy.
# "ABU DHABI // The ...": two slashes between spaces, a Gulf paper's form (session 30)
_SEP = rf"(?:\s*(?:{_DASH}|:|\.\s*{_DASH})\s+|\s+_\s+|\s+//\s+(?=[A-Z“\"‘'])|\s+[”•]\s+(?=[A-Z“\"‘'])|\s*(?:—|–|--|:)(?=[A-Z“\"‘']))"

DATELINE = re.compile(
    # "TOKYO, June 12 Kyodo -", "ACCRA, June 12, GNA -": a wire's name after the date, without parentheses
    rf"^{_PLACE}{_BRACKET}(?:\s*,\s*{_REGION})??(?:\s*,{{1,2}}\s*{_DATE}(?:,?\s+(?P<bare>[A-Z][A-Za-z]{{1,14}})(?=\s*{_DASH}))?)?"
    # "SAN FRANCISCO--(BUSINESS WIRE)--": press wires set their name between two dashes
    # after a wire's parentheses a hyphen glued to the story is its dash too: "LONDON (Reuters) -The ..."
    # (a spaced underscore ending the dateline's own line is its dash too: "NAIROBI, Kenya (AP) _" then a blank
    # line, plain-text wire copy of the 1990s; session 24)
    # an underscore glued to the wire's parentheses is its dash too: "CANBERRA, Australia (AP)_ The ..." (session 29)
    rf"(?:(?:\s*{_DASH}(?=\s*\())?\s*{_PAREN}(?:{_SEP}|(?<=[)/])_\s+(?=[A-Z“\"‘'])|\s+[\"”]\s+|\s*{_DASH}?(?=[A-Z“\"‘])|\s*(?:{_DASH}|:|(?<=\s)_)?\s*$)"
    rf"|{_SEP}|\s*(?:{_DASH}|:)\s*$|\s+_\s*$)")
# "Ludhiana, March 4" on its own line above the story, or with the story's capital after it and no separator:
# the place and the day of a paper that prints its dateline so (session 30)
# a page may print the time after the year ("NEW DELHI, March 5, 2024 10:42 IST", session 31)
_STAMP_TIME = r"(?:,?\s+\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4}\b)?)"
PLACE_DATE = re.compile(rf"^(?P<place>{_PLACE_WORDS})\s*,\s*(?P<date>{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}}{_STAMP_TIME}?)?|{_DAY}\s+{_MONTH}"
                        rf"(?:,?\s+\d{{4}}{_STAMP_TIME}?)?)(?:\s*$|\s+(?=[A-Z“\"‘]))")
# "SALINA, Kan. Strong winds ...": the dash lost (a page that set it in its own element); an upper-case
# place and its state or country, then the sentence's capital.
NO_SEPARATOR = re.compile(rf"^(?P<place>{_PLACE_WORDS})\s*,\s*(?P<region>{_WORD}(?:\s+{_WORD})?)\s+(?=[A-Z“\"‘])")
OUTLET_ONLY = re.compile(r"^\((?P<paren>[^()\n]{1,60})\)" rf"\s*(?:{_DASH}|\.\s*{_DASH}|:)?\s*(?=[A-Z“\"‘])")
# "Nov 19 (Reuters) - U.S. stocks ...": a wire's story without a place, the date standing for it.
DATE_OUTLET = re.compile(rf"^{_DATE}\s*\((?P<paren>[^()\n]{{1,40}})\)\s*(?:{_DASH}|:)\s*"
                         rf"(?=[A-Z“\"‘'0-9])")
# "(NEW YORK) — ...": a place in parentheses, then a dash (an outlet's "(CNN) —" is told apart by the gazetteer)
PAREN_PLACE = re.compile(rf"^\((?P<place>{_PLACE_WORDS})\)\s*(?:—|–|--|\u2015)\s+(?=[A-Z“\"‘])")
# "Hong Kong CNN — ...", "WASHINGTON CNN —": a place, an outlet's initials or a wire's name without parentheses,
# then a long dash (session 29; the outlet must be one: `read_dateline`)
PLACE_OUTLET = re.compile(rf"^(?P<place>{_PLACE_WORDS}?)\s+(?P<outlet>[A-Z][A-Za-z]{{1,14}})\s*{_LONG_DASH}\s*(?=[A-Z“\"‘])")
BARE_OUTLET = re.compile(rf"^(?P<outlet>[A-Z]{{2,6}})\s*{_LONG_DASH}\s*(?=[A-Z“\"‘])")
VIA_AGENCY = re.compile(rf"^(?P<outlet>[A-Z][\w.'’ ]{{0,40}}?)\s+via\s+(?P<via>[A-Z][\w.\- ]{{1,30}}?)\s*{_DASH}\s+")
_PROSE_WORDS = 12            # a line with at least this many words is prose (a place line may precede it)
_DATELINE_LINES = 5          # the dateline is sought in the first lines left after bylines (title, standfirst, story)
_OWN_LINE_LINES = 3          # a place alone on its line is a dateline only this near the top (deeper: a subheading)
LEAD_LINES = 8              # how far down the top lines are searched for bylines and the dateline
_DESK_LINE = re.compile(r"^[A-Z][\w.'’\- ]{0,40}$")

# Closing credits: "— AFP", "(Reuters)", "(With inputs from PTI)", "With files from The Canadian Press",
# "Source: Xinhua", and Reuters' "(Reporting by A; Editing by B)".
_CREDIT_LINE = re.compile(r"^\(?\s*(?:[-–—]\s*)*(?:(?:with )?(?:inputs|input|reporting|additional reporting|files|a report|reports)"
                          r"(?: from| by)?\s+|source\s*:\s*|courtesy\s*:?\s*)?(?P<who>[^()]{2,60}?)\s*\)?[.]?$", re.I)
_GLUED_CREDIT = re.compile(r"(?<=[.!?”\"’])\s*(?:[-–—]{1,2}\s*)?\(?(?P<who>[A-Z][A-Za-z]{1,15}(?:[ /][A-Z][A-Za-z]{1,15})?)\)?\s*$")
# Indian wires close their copy with the desk's initials: "PTI ABC XYZ", or "-- IANS" and a line "abc/xyz".
_WIRE_CODES = re.compile(r"^(?P<who>[-–—\s]*[A-Z]{2,5})(?:\s+[A-Z]{2,3}){1,4}$")
_DESK_CODES = re.compile(r"^[a-z]{2,4}(?:/[a-z]{1,4}){1,3}/?$|^[a-z]{2,4}/$")
_REPORTING_BY = re.compile(r"^\(?\s*(?:additional\s+)?reporting by\b.{0,300}(?:editing by|writing by).{0,200}$", re.I)

KnownPlace = Callable[[str], "PlaceHit | None"]


@dataclass(frozen=True)
class PlaceHit:
    """What the gazetteer knows of a name: its best feature and population, and the population of its
    biggest city or capital reading ("New York" is best read as the state, and is also a city of millions)."""

    feature: str
    population: int
    city_population: int = 0


@dataclass
class Lead:
    """A body with its dateline and byline taken off, and what was found there."""

    text: str
    dateline_place: str | None = None
    dateline_region: str | None = None
    agency: str | None = None
    authors: list[str] = field(default_factory=list)
    removed: list[dict[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Dateline:
    """A dateline read from the start of a paragraph."""

    end: int                 # characters taken off the paragraph
    place: str | None
    region: str | None
    agency: str | None
    text: str                # the dateline as written ("HANOI, Vietnam (AP) —")


@dataclass(frozen=True)
class PageMarks:
    """What the page prints around the story, which trafilatura's text may lack, for `split_lead`:
    each kind in its own field, so the bylines hold names (people's or a wire's) and nothing else."""

    bylines: tuple[tuple[str, str], ...] = ()   # ("byline" | "credit", text) of byline and credit elements, in page order
    #                                             ("listed-byline" | "listed-credit": in a box of other stories)
    dateline: str | None = None                 # the page's first dateline element ("KOBE –")
    lead: str | None = None                     # the story's first paragraph as the page has it (`lead_paragraph`)
    lead_above: str | None = None               # the short element right above that paragraph (`lead_above`, session 31)
    copyright: tuple[str, ...] = ()             # the page's copyright notices (`copyright_notices`)


NO_PAGE_MARKS = PageMarks()      # text that is not an HTML page: nothing around the story


def split_lead(text: str, *, author: str | None = None, page: PageMarks = NO_PAGE_MARKS,
               sitename: str | None = None, known_place: KnownPlace | None = None,
               is_furniture: Callable[[str], bool] | None = None, title: str | None = None) -> Lead:
    """Take byline lines and the dateline off the top of a normalised body (see module doc); merge the
    authors and agency of the page's byline metadata (`author`) and byline elements (`page.bylines`);
    without a dateline in the body, the page's dateline element or first story paragraph gives it (`page`).
    `is_furniture(line)` tells lines cleaning will drop (share bars, captions), which are passed over.
    `title` is the page's headline: a line opening with it and a byline is headline and byline in one block."""
    known = known_place or gazetteer_place
    lines: list[str | None] = list(text.split("\n"))
    lead = Lead(text)
    authors: list[str] = []
    prev: int | None = None                    # the last kept line above the current one
    seen = 0                                   # kept lines looked at for a dateline
    for i in range(min(len(lines), LEAD_LINES)):
        line = (lines[i] or "").strip()
        if not line:
            continue
        headed = _headline_byline(line, title, sitename) if title else None
        if headed is not None:
            # "Talks resume by Jane Doe Monday, March 4, 2024 The council ...": a page that set its headline,
            # byline and story in one block; the headline goes, the byline is read, the story stays
            headline, byline_text, parsed, rest = headed
            _take(parsed, authors, lead)
            _remove(lead, "headline", headline, "headline.glued-byline")
            _remove(lead, "byline", byline_text, "byline.after-headline")
            lines[i] = rest or None
            line = rest.strip()
            if not line:
                continue
        wire_by = _by_wire(line)
        if wire_by is not None:
            # "By AFP The ministry said ...": "By" and a wire's name glued to the story (session 22)
            end, agency = wire_by
            lead.agency = lead.agency or agency
            _remove(lead, "byline", line[:end], "byline.by-wire")
            lines[i] = line = line[end:]
        stamped = stamped_byline(line, sitename, min_story_words=_PROSE_WORDS, bare=True)
        if stamped is not None and _glued_byline(line, known, sitename) is None:
            # "By Jane Doe Monday, March 4, 2024 The council ...": the byline and its time stamp opening the story
            end, parsed = stamped
            _take(parsed, authors, lead)
            _remove(lead, "byline", line[:end], "byline.stamped")
            lines[i] = line = line[end:]
        barred = barred_byline(line, sitename, min_story_words=_PROSE_WORDS) if stamped is None else None
        if barred is not None:
            # "By Jane Doe | The council ...": the byline set apart by a bar, glued to the story
            end, parsed = barred
            _take(parsed, authors, lead)
            _remove(lead, "byline", line[:end], "byline.barred")
            lines[i] = line = line[end:]
        glued = _glued_byline(line, known, sitename)
        if glued is not None:
            # "By Jane Doe Staff Writer March 5, 2024 SPRINGFIELD -- The ...": byline and dateline in the story's
            # first paragraph (a page that set the byline inline)
            byline_text, parsed, dl = glued
            _take(parsed, authors, lead)
            _remove(lead, "byline", byline_text, "byline.glued")
            lines[i] = lines[i].lstrip()[len(byline_text):].lstrip()[dl.end:]
            _take_dateline(lead, dl, "dateline.paragraph")
            break
        parsed = byline_line(line, sitename)
        if parsed is not None or _is_desk_line(line):
            if parsed is not None and parsed.agency and not parsed.authors and prev is not None and (
                    not any((lines[j] or "").strip() for j in range(prev + 1, i))):
                name = _name_line(lines[prev] or "", sitename)
                if name is not None:
                    # "Jane Doe" on its line, "Associated Press" on the next: the byline set on two lines
                    _take(name, authors, lead)
                    _remove(lead, "byline", lines[prev] or "", "byline.name-line")
                    lines[prev], prev = None, None
            if parsed is not None:
                _take(parsed, authors, lead)
            _remove(lead, "byline", line, "byline.line" if parsed is not None else "byline.desk")
            lines[i] = None
            continue
        if is_furniture is not None and is_furniture(line):
            continue              # share bars, ad labels, captions, time stamps: not the story's lines
        seen += 1
        dl = read_dateline(lines[i], known)
        if dl is not None and dl.end < len(lines[i].rstrip()) and (len(line.split()) <= 4 or _heading(dl, lines, i)):
            dl = None             # a short line that opens with a place is a title or label, not a dateline
        above = _place_above_outlet(lines[prev] or "", known) if prev is not None and seen <= _OWN_LINE_LINES + 1 else None
        if dl is not None and dl.place is None and dl.agency is None and above is not None and _outlet_alone(
                dl.text.rstrip(" -–—\u2015")):
            # "Hong Kong" on its line, then "CNN — The ...": the place above the outlet's own credit (session 30)
            dl = replace(dl, place=above.place, region=above.region, text=f"{above.text} {dl.text}")
            lines[prev] = None
        if dl is None and above is not None and _outlet_alone(line):
            story = _next_kept(lines, i)
            opening = _DASH_OPENING.match(lines[story] or "") if story is not None else None
            if opening is not None and len((lines[story] or "").split()) >= _PROSE_WORDS:
                # "Hong Kong" / "CNN" / "— The ...": place, outlet and the dash set on three lines (session 30)
                _take_dateline(lead, replace(above, agency=dateline_agency(line), text=f"{above.text} {line} "
                                             f"{opening.group(0).strip()}"), "dateline.three-lines")
                lines[prev] = lines[i] = None
                lines[story] = (lines[story] or "")[opening.end():]
                break
        if dl is not None:
            lines[i] = lines[i][dl.end:] or None     # a dateline alone on its line goes with it
            _take_dateline(lead, dl, "dateline.paragraph")
            break
        if title and _after_headline(line, lines, i, title, known, sitename, authors, lead):
            break
        if _scraped_dateline(line, lines, i, known, sitename, authors, lead):
            break
        own = _place_line(lines[prev] or "", known) if prev is not None else None
        if own is None and prev is not None and _DASH_OPENING.match(line):
            own = _place_above_outlet(lines[prev] or "", known)   # "Singapore" / "- The ...": the dash makes it one
        if len(line.split()) >= _PROSE_WORDS and own is not None and seen <= _OWN_LINE_LINES:
            _take_dateline(lead, own, "dateline.own-line")
            lines[prev] = None
            opening = _DASH_OPENING.match(lines[i] or "")
            if opening is not None:
                lines[i] = (lines[i] or "")[opening.end():]   # "LONDON" / "- The ...": the dateline's dash goes too
            break
        if seen >= _DATELINE_LINES:
            break                 # datelines open the story's first paragraph (after a title or standfirst)
        prev = i
    _page_bylines(author, page, sitename, authors, lead)
    if lead.dateline_place is None:
        _dateline_element(page, known, lead)
        story = _next_kept(lines, -1) if lead.dateline_place is not None else None
        opening = _DASH_OPENING.match(lines[story] or "") if story is not None else None
        if opening is not None:
            # "— The council ...": the page's dateline element went with trafilatura's furniture, its dash stayed
            lines[story] = (lines[story] or "")[opening.end():]
    lead.authors = authors
    lead.text = "\n".join(ln for ln in lines if ln is not None).strip()
    return lead


# a story line opening with the dateline's dash, the place (and outlet) set on the lines above (session 30)
_DASH_OPENING = re.compile(rf"^\s*(?:{_LONG_DASH}|-)\s+(?=[A-Z“\"‘'])")


def _outlet_alone(line: str) -> bool:
    """ "CNN", "Reuters", "The Associated Press": a line that is only an outlet's initials (byline_words.csv
    `acronym` rows) or a wire's name."""
    line = line.strip()
    if not line or len(line) > 40:
        return False
    return line in outlet_acronyms() or (bool(agency_of(line)) and _only_agency_words(line))


def _place_above_outlet(line: str, known: KnownPlace) -> Dateline | None:
    """A place alone on the line above an outlet's credit ("Hong Kong" over "CNN"): a place `_place_line`
    takes, or any place of the gazetteer's written as a name of one to three words (the outlet below makes
    the form a dateline's, as a wire's parentheses do), not an organisation's name, a label or a day."""
    own = _place_line(line, known)
    if own is not None:
        return own
    line = line.strip()
    if not re.fullmatch(rf"{_WORD}(?:\s+{_WORD}){{0,2}}", line) or len(line) > 30:
        return None
    if organisation_name(line, known) or _label_or_day(line) or not _place_words(line) or known(line) is None:
        return None
    return Dateline(len(line), _place_case(line), None, None, line)


def _next_kept(lines: list[str | None], i: int) -> int | None:
    """The index of the next non-empty line after `i`, else None."""
    for j in range(i + 1, len(lines)):
        if (lines[j] or "").strip():
            return j
    return None


def _by_wire(line: str) -> tuple[int, str] | None:
    """(characters taken, the agency) when a paragraph of prose opens with "By" and a wire's name and nothing
    else before the story's first word in capitals ("By AFP The ministry said ...", "By The Associated Press
    Police said ..."): the longest run of one to four words that names wires only (`_only_agency_words`)."""
    if not re.match(r"(?:By|BY)\s", line):
        return None
    words = list(re.finditer(r"\S+", line))
    for k in range(min(4, len(words) - 2), 0, -1):
        credit = line[words[1].start():words[k].end()]
        story = words[k + 1:]
        if len(story) >= _PROSE_WORDS and re.match(r"[A-Z“\"‘']", story[0].group(0)) and (
                _only_agency_words(credit)):
            return story[0].start(), find_agency(credit)
    return None


# the headline's end where a scrape ran it into the story: its mark (or none) and a space ("Council backs the
# budget. SPRINGFIELD —", "Is the budget fair? . SPRINGFIELD —")
_HEADLINE_END = re.compile(r"\s*(?:[.:!?]\s*)?(?:[.:]\s+|\s+)")
_HEADLINE_CHARS = 400        # a scrape's lead-in and the headline after it are this long at most


def _after_headline(line: str, lines: list[str | None], i: int, title: str, known: KnownPlace,
                    sitename: str | None, authors: list[str], lead: Lead) -> bool:
    """A record whose text opens with its own headline run into the story ("Council backs the budget.
    SPRINGFIELD — The council ...", "... budget. BY JANE DOE Staff Writer March 5, 2024 SPRINGFIELD -- The
    ..."): the given title (`blocks.title_variants`) tells where the story's first paragraph starts, so its
    dateline is read there as at a paragraph's start (`read_dateline`, or a byline glued to it:
    `_glued_byline`), not only in the strong forms a dateline inside a paragraph needs
    (`dateline_scraped.inner_dateline`). The headline stays; the byline and the dateline go (True)."""
    for variant in _headline_forms(title):
        words = variant.split()
        if len(words) < 2:
            continue
        # the headline opens the text, or follows a short lead-in of the scrape's ("Source: ... Headline: ...")
        m = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w-])").search(line[:_HEADLINE_CHARS])
        end = _HEADLINE_END.match(line, m.end()) if m else None
        if end is None or end.end() >= len(line):
            continue
        rest = line[end.end():]
        if len(rest.split()) < _PROSE_WORDS:
            return False
        glued = _glued_byline(rest, known, sitename)
        if glued is not None:
            byline_text, parsed, dl = glued
            _take(parsed, authors, lead)
            _remove(lead, "byline", byline_text, "byline.after-headline-glued")
            after = rest[len(byline_text):].lstrip()[dl.end:]
            lines[i] = (line[:m.end()] + ". " + after.lstrip()).strip() if after.strip() else line[:m.end()]
            _take_dateline(lead, dl, "dateline.after-headline")
            return True
        wire = _wire_byline(rest, sitename)
        if wire is not None:
            # "... budget. Jane Doe Associated Press March 5, 2009 From The Harbour Herald The council ...": a
            # wire's byline and its date (and the paper that ran it) between the headline and the story
            n, parsed = wire
            _take(parsed, authors, lead)
            _remove(lead, "byline", rest[:n], "byline.after-headline-wire")
            after = rest[n:]
            dl = _opening_dateline(after, known)
            if dl is not None:
                after = after[dl.end:].lstrip()
                _take_dateline(lead, dl, "dateline.after-headline")
            lines[i] = (line[:end.end()] + after).strip()
            return True
        dl = _opening_dateline(rest, known)
        if dl is not None:
            lines[i] = (line[:end.end()] + rest[dl.end:].lstrip()).strip()
            _take_dateline(lead, dl, "dateline.after-headline")
            return True
        from newsgraph.ingest import dateline_scraped as scraped

        dl = scraped.caps_without_dash(rest, known)
        if dl is not None:
            # "... budget. WASHINGTON Jane Doe, a senior official, said ...": the dash (or the wire) lost
            lines[i] = (line[:end.end()] + rest[dl.end:].lstrip()).strip()
            _take_dateline(lead, dl, "dateline.no-dash")
            return True
        promo = _after_promo(rest, known)
        if promo is not None:
            # "... budget. Jane Doe reports every week from city hall. SPRINGFIELD — The council ...": a
            # promotional line between the headline and the story's dateline; the line stays
            start, dl = promo
            lines[i] = (line[:end.end()] + rest[:start] + rest[start + dl.end:].lstrip()).strip()
            _take_dateline(lead, dl, "dateline.after-promo")
            return True
        return False
    return False


def _opening_dateline(text: str, known: KnownPlace) -> Dateline | None:
    """The dateline opening `text` (`read_dateline`) when it names a place and the story opens after it."""
    dl = read_dateline(text, known)
    if dl is None or dl.place is None or not re.match(r"[A-Z“\"‘'0-9]", text[dl.end:].lstrip()):
        return None
    return dl


# "Jane Doe Associated Press March 5, 2009 From The Harbour Herald": a name and a wire, the date, and the paper
_WIRE_BYLINE = re.compile(rf"(?P<credit>[A-Z][^\n]{{4,60}}?)\s*,?\s+(?:{_FULL_DATE})\s+(?=[A-Z“\"‘'])")
_FROM_PAPER = re.compile(r"From\s+(?:[Tt]he\s+)?")


def _wire_byline(text: str, sitename: str | None) -> tuple[int, BylineParse] | None:
    """(characters taken, the parse) when `text` (what follows a record's headline) opens with a person's
    name and a wire, then the date ("Jane Doe Associated Press March 5, 2009 ..."), maybe with the paper that
    ran the story ("From The Harbour Herald"): the credit must read as names and the wire and nothing else."""
    m = _WIRE_BYLINE.match(text)
    if m is None or len(text[m.end():].split()) < _PROSE_WORDS:
        return None
    credit = m.group("credit").strip(" ,")
    parsed = parse_byline(credit, sitename)
    if not parsed.authors or not parsed.agency or not only_credits(credit, parsed):
        return None
    return _paper_end(text, m.end()), parsed


def _paper_end(text: str, start: int) -> int:
    """Where "From <paper>" after a wire's byline ends ("From The Harbour Herald The council ..."): its words
    run to an outlet's word ("Herald", "Times", "harbournews.com") or stop before a function word ("The") opening the
    story; `start` when no "From" follows."""
    m = _FROM_PAPER.match(text, start)
    if m is None:
        return start
    words = list(re.finditer(r"\S+", text[m.end():]))[:5]
    end = None
    for w in words:
        key = w.group(0).strip(".,").casefold()
        if not w.group(0)[0].isupper() or byline_words().get(key) == "stop":
            break
        end = w.end()
        if byline_words().get(key) == "org" or re.search(r"\.(?:com|net|org)$", key):
            break
    if end is None:
        return start
    rest = text[m.end() + end:]
    return m.end() + end + len(rest) - len(rest.lstrip())


# the story's first sentence after a record's headline, when it is a promotional line: this many words at most
_PROMO_WORDS = 25


def _after_promo(text: str, known: KnownPlace) -> tuple[int, Dateline] | None:
    """(where the dateline starts, the dateline) when a record's text, after its headline, holds one short
    sentence and then a dateline set off by a dash (or a wire) and the story ("Jane Doe reports every week from
    city hall. Kearney, Neb. — The council ..."): a promotional line the page set between its
    headline and the story. Only the first sentence is passed over; a place before a colon is no dateline
    there (a label's)."""
    m = re.search(r"(?<=[\w)][.!?])\s+(?=[A-Z“\"‘'])", text[:_HEADLINE_CHARS])
    if m is None or not 4 <= len(text[:m.start()].split()) <= _PROMO_WORDS:
        return None
    dl = _opening_dateline(text[m.end():], known)
    if dl is None or not (dl.agency or re.search(rf"(?:{_DASH}|{_LONG_DASH})$", dl.text)):
        return None
    return m.end(), dl


def _headline_forms(title: str) -> tuple[str, ...]:
    """`blocks.title_variants`, and the headline after a feed's or section's label and its colon ("WIRE USA:
    Council backs the budget" -> "Council backs the budget"), which the story's page prints without it."""
    forms = list(title_variants(title))
    label, colon, rest = title.partition(": ")
    if colon and len(label.split()) <= 3 and len(rest.split()) >= 4:
        forms.append(rest.strip())
    return tuple(dict.fromkeys(forms))


def _scraped_dateline(line: str, lines: list[str | None], i: int, known: KnownPlace, sitename: str | None,
                      authors: list[str], lead: Lead) -> bool:
    """The forms of `dateline_scraped` (a scrape lost the dateline's dash or its paragraph break), tried on the
    stripped `line` (lines[i]) when `read_dateline` found none: taken off it, True when one was found."""
    from newsgraph.ingest import dateline_scraped as scraped

    bar = scraped.table_bar_dateline(line, known)
    if bar is not None:
        # "| PORTLAND, Maine (AP) — ...": the story set in a layout table's cell (session 31)
        start, dl = bar
        lines[i] = line[start + dl.end:]
        _take_dateline(lead, dl, "dateline.table-cell")
        return True
    dl = scraped.caps_without_dash(line, known)
    if dl is not None:
        lines[i] = line[dl.end:]
        _take_dateline(lead, dl, "dateline.no-dash")
        return True
    reporter = scraped.reporter_and_place(line, known, sitename)
    if reporter is not None:
        parsed, dl = reporter
        _take(parsed, authors, lead)
        _remove(lead, "byline", line[:line.index(dl.text)], "byline.reporter")
        lines[i] = line[dl.end:]
        _take_dateline(lead, dl, "dateline.reporter")
        return True
    prose = len(line.split()) >= _PROSE_WORDS
    found = scraped.inner_dateline(line, known, sitename) if prose else None
    if found is None and prose:
        furniture = scraped.dateline_after_furniture(line, known)
        if furniture is not None:
            # "Updated 10:42 a.m. ET, March 5, 2024 PORTLAND, Maine (AP) — ...": a time stamp, reading time or
            # headline run into the first paragraph without a sentence's end (session 31); it stays on its own line
            start, dl = furniture
            lines[i] = (line[:start].rstrip() + "\n" + line[start + dl.end:].lstrip()).strip()
            _take_dateline(lead, dl, "dateline.after-furniture")
            return True
    if found is None:
        byline = scraped.inner_byline(line, sitename) if prose and not authors else None
        if byline is not None:
            text, parsed = byline
            _take(parsed, authors, lead)
            _remove(lead, "byline", text, "byline.after-lead-in")
            lines[i] = line.replace(" " + text, "", 1)
        return False
    cut = found.lead_in_end
    if found.byline is not None:
        _take(found.byline, authors, lead)
        _remove(lead, "byline", found.byline_text, "byline.before-dateline")
        cut = line.rindex(found.byline_text, 0, found.start)
    # the lead-in stays (a caption's or standfirst's words); the byline and the dateline go
    # (a caption closed by its photo credit goes on its own line: cleaning moves it out, session 29)
    glue = "\n" if found.credit and found.byline is None else " "
    lines[i] = (line[:cut].rstrip() + glue + line[found.start + found.dateline.end:]).strip()
    _take_dateline(lead, found.dateline, "dateline.after-lead-in")
    return True


# what ends a paragraph of prose: a sentence's mark, maybe inside a closing quote or parenthesis
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def _heading(dl: Dateline, lines: list[str | None], i: int) -> bool:
    """ "Mumbai: Council to shut three libraries", "Paris — Council votes ..." above the story: a headline
    that opens with a place, not the story's dateline. Only the bare form (a place and its separator) is
    read so: a wire, region or date ("BOSTON (AP) —") makes a dateline whatever follows. The rest of the
    line is short, ends in no sentence's mark nor in a function word, and the next line opens a paragraph of
    prose: a sentence cut by the page's links ("KOCHI: A nurse who had been caring for" / "flood victims" /
    "fell ill ...") goes on in its next line."""
    if dl.agency or dl.region or re.search(r"[\d(/\[]", dl.text):
        return False
    rest = (lines[i] or "")[dl.end:].strip()
    if len(rest.split()) >= _PROSE_WORDS or _SENTENCE_END.search(rest) or (
            byline_words().get(rest.split()[-1].casefold()) == "stop" if rest else True):
        return False
    after = next(((ln or "").strip() for ln in lines[i + 1:] if (ln or "").strip()), "")
    return len(after.split()) >= _PROSE_WORDS and bool(re.match(r"[A-Z“\"‘']", after))


_GLUED_BY = re.compile(r"^(?:By|BY)\s+\S")
# "JANE DOE, Associated Press WASHINGTON (AP) —": a byline without "By", a name and its wire
_GLUED_NAME_WIRE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3},\s+\S")


def _headline_byline(line: str, title: str, sitename: str | None) -> tuple[str, str, BylineParse, str] | None:
    """(headline, byline, its parse, the rest of the line) when `line` opens with the page's headline
    (`blocks.title_variants`; table cells' bars before it passed over) and a byline follows it: alone
    ("Talks resume By Jane Doe") or with its time stamp and the story ("Talks resume by Jane Doe Monday,
    March 4, 2024 The council ..."). A lower-case "by" counts only here, after the headline."""
    head = re.match(r"[|\s]*", line).end()
    for variant in title_variants(title):
        words = variant.split()
        if len(words) < 2:
            continue
        m = re.compile(r"\s+".join(map(re.escape, words)) + r"\s+(?=(?:by|By|BY)\s)").match(line, head)
        if m is None:
            continue
        rest = line[m.end():]
        stamped = stamped_byline(rest, sitename, lower_by=True, min_story_words=_PROSE_WORDS)
        if stamped is not None:
            end, parsed = stamped
            return line[:m.end()], rest[:end], parsed, rest[end:]
        parsed = byline_line(rest, sitename)
        if parsed is not None and parsed.authors:
            return line[:m.end()], rest, parsed, ""
    return None


def _name_line(line: str, sitename: str | None) -> BylineParse | None:
    """A line that is one person's name and nothing else ("Jane Doe", "JANE DOE"; two or three words), read as
    a byline only right above a wire's credit line: a headline this short and set so is rare."""
    words = line.split()
    if not 2 <= len(words) <= 3 or re.search(r"[^\w\s.'’-]", line):
        return None
    parsed = parse_byline(line, sitename)
    one = len(parsed.authors) == 1 and not parsed.agency
    return parsed if one and parsed.authors[0].casefold() == " ".join(words).casefold() else None


def _glued_byline(line: str, known: KnownPlace, sitename: str | None) -> tuple[str, BylineParse, Dateline] | None:
    """(byline text, its parse, the dateline) when a paragraph opens with a byline ("By ...", or a name and its
    wire: "JANE DOE, Associated Press") and, within its first 150 characters, an upper-case dateline ("NEWARK --", "WASHINGTON (AP) —") followed by the story."""
    by = bool(_GLUED_BY.match(line))
    if not (by or _GLUED_NAME_WIRE.match(line)) or len(line.split()) < _PROSE_WORDS:
        return None
    for m in re.finditer(r"(?<=\s)(?=[A-Z])", line[:150]):
        if m.start() < 5:
            continue
        dl = read_dateline(line[m.start():], known)
        if dl is None or dl.place is None or not _all_caps(dl.text.split(",")[0].split("(")[0]):
            continue
        parsed = parse_byline(line[:m.start()].strip(), sitename)
        if not parsed.authors and not parsed.agency:
            return None
        if not by and not (parsed.authors and parsed.agency):
            return None       # without "By", only a name with its wire is a byline
        return line[:m.start()].strip(), parsed, dl
    return None


def article_dateline(article) -> tuple[str | None, str | None]:
    """(place, region) of an article's dateline: `Article.dateline_place` and the region written with it
    ("Calif." in "HAYWARD, Calif. (AP) —"), read back from the dateline recorded in `Article.removed`."""
    place = getattr(article, "dateline_place", None)
    if not place:
        return None, None
    for rec in getattr(article, "removed", None) or []:
        if rec.get("kind") == "dateline" and rec.get("rule") in ("dateline.own-line", "dateline.element"):
            m = _PLACE_LINE_REGION.fullmatch(rec.get("text", ""))
            if m and _place_case(m.group("place")) == place:
                return place, m.group("region")
        if rec.get("kind") == "dateline" and rec.get("rule") != "dateline.own-line":
            text = rec.get("text", "")
            lead_date = _LEAD_DATE.match(text)
            m = DATELINE.match(text[lead_date.end() if lead_date else 0:] + " X")
            if m and _region(m) and _place_case(m.group("place")) == place:
                return place, _region(m)
    return place, None


def _page_bylines(author: str | None, page: PageMarks, sitename: str | None,
                  authors: list[str], lead: Lead) -> None:
    """Authors and agency from the page around the body. The metadata byline comes first; a byline
    element adds the co-authors the metadata left out when it names one of the metadata's authors
    (sidebars carry other articles' bylines, so an element naming none of them adds nobody). Credit
    elements ("JIJI", "Associated Press") give an agency only when they are nothing but its name."""
    meta = parse_byline(author, sitename) if author else BylineParse([])
    meta = BylineParse([a for a in meta.authors if not _publisher(a, page, sitename)], meta.agency)
    _take(meta, authors, lead, first=True)
    known = {a.casefold() for a in meta.authors}
    for kind, text in page.bylines:
        listed = kind.startswith("listed-")       # in a box of other stories: their wire is not this page's (session 31)
        kind = kind.removeprefix("listed-")
        if kind == "credit":
            if listed:
                continue
            ag = agency_of(text)
            if ag and not lead.agency and not same_agency_as_site(ag, sitename):
                lead.agency = ag
            continue
        parsed = parse_byline(text, sitename)
        if parsed.agency and not lead.agency and not listed:
            lead.agency = parsed.agency
        found = {a.casefold() for a in parsed.authors}
        if parsed.authors and found & known:
            _take(parsed, authors, lead)
            known |= found


def _publisher(name: str, page: PageMarks, sitename: str | None) -> bool:
    """A metadata "author" that is the publisher: the page's copyright notice names it ("Copyright (c)
    Condé Nast 2019") and the page's byline elements name other people, not it. (A blogger who owns the
    copyright of the blog and signs its posts stays an author.)"""
    owners = " ".join(page.copyright)
    if not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", owners, re.I):
        return False
    signed = {a.casefold() for kind, text in page.bylines if kind in ("byline", "listed-byline")
              for a in parse_byline(text, sitename).authors}
    return bool(signed) and name.casefold() not in signed


def _dateline_element(page: PageMarks, known: KnownPlace, lead: Lead) -> None:
    """The place (and wire) of the page's first dateline element ("KOBE –", "WASHINGTON (AP)") when the
    body's first paragraph had none: the page set the dateline apart and trafilatura left it out. Sites
    also give date stamps that class ("Updated Nov 19, 9:41 AM"): only a text that reads as a dateline
    counts."""
    found = _element_dateline(page.dateline, known) if page.dateline else None
    if found is not None:
        _take_dateline(lead, found, "dateline.element")
    else:
        _lead_paragraph_dateline(page, known, lead)


def _element_dateline(text: str, known: KnownPlace) -> Dateline | None:
    """A dateline element's text read as a whole dateline ("WASHINGTON (AP)") or as a place line ("KOBE")."""
    dl = read_dateline(text + "\nX", known)
    if dl is not None and dl.place and dl.end >= len(text.rstrip()):
        return replace(dl, text=text.strip())
    return _place_line(text, known)


def _lead_paragraph_dateline(page: PageMarks, known: KnownPlace, lead: Lead) -> None:
    """The dateline opening the page's first story paragraph (`htmlpage.lead_paragraph`), when the body
    had none: trafilatura's text can lose a first paragraph set apart from the rest."""
    dl = read_dateline(page.lead, known) if page.lead else None
    if dl is not None and dl.place:
        _take_dateline(lead, dl, "dateline.page-paragraph")
        return
    above = _element_dateline(page.lead_above, known) if page.lead_above else None
    if above is not None and above.place and dl is None:
        # "<div class="article-meta">PORTLAND, Maine</div>" right above the story's first paragraph: a dateline
        # element trafilatura dropped with the page's furniture, read as a whole dateline or place line (session 31)
        _take_dateline(lead, above, "dateline.page-above-paragraph")


def split_credits(text: str) -> tuple[str, str | None, list[dict[str, str]]]:
    """(body, agency, removed): agency credit lines closing a cleaned body ("— AFP", "(With inputs from
    PTI)", "Source: Xinhua"), one glued to the last sentence ("... on Monday. PTI"), and Reuters'
    "(Reporting by A; Editing by B)" lines are taken off; the agency they name is returned."""
    lines: list[str | None] = list(text.split("\n"))
    holder = Lead(text)
    _closing_credits(lines, holder)
    body = "\n".join(ln for ln in lines if ln is not None).rstrip()
    return body, holder.agency, holder.removed


def read_dateline(paragraph: str, known_place: KnownPlace | None = None) -> Dateline | None:
    """The dateline opening `paragraph`, or None (see the module doc for what counts as one)."""
    known = known_place or gazetteer_place
    head = paragraph[:160]
    m = PLACE_OUTLET.match(head)
    if m and (m.group("outlet") in outlet_acronyms() or find_agency(m.group("outlet"))) and (
            known(m.group("place")) is not None and not organisation_name(m.group("place"), known)):
        # "Hong Kong CNN — ...": a known place and an outlet's name without parentheses, then a long dash
        return Dateline(m.end(), _place_case(_final_dot_off(m.group("place"))), None,
                        dateline_agency(m.group("outlet")), head[:m.end()].strip())
    m = DATELINE.match(head)
    if m and _plausible(m, known):
        place = m.group("place")
        end = m.end()
        rest = head[end:]
        gap = len(rest) - len(rest.lstrip())
        trailing = _TRAILING_DATE.match(rest[gap:]) if not m.group("date") else None
        if trailing:
            end += gap + trailing.end()
        place, region = _state_after_place(_final_dot_off(place), _region(m))
        agency = (dateline_agency(m.group("paren") or m.group("slash") or m.group("bracket") or m.group("bare"))
                  or agency_of(m.group("region")))
        wire = _DASHED_WIRE.match(head, end) if m.group("date") and not agency else None
        if wire and dateline_agency(wire.group("wire")):
            # "LONDON, June 12 — Reuters — The ...": the wire's name set between dashes after the date
            agency, end = dateline_agency(wire.group("wire")), wire.end()
        return Dateline(end, _place_case(place), region, agency, head[:end].strip())
    m = _LEAD_DATE.match(head)
    if m:
        # "March 4, 2024 — SPRINGFIELD, Ill. — ...": the release's or page's date set before the dateline
        dl = read_dateline(head[m.end():], known)
        if dl is not None and dl.place and (dl.region or dl.agency or _all_caps(dl.text.split(",")[0].split("(")[0])):
            return replace(dl, end=m.end() + dl.end, text=head[:m.end() + dl.end].strip())
    m = NO_SEPARATOR.match(head)
    if m and _all_caps(m.group("place")) and (known(m.group("place")) is not None) and (
            not organisation_name(m.group("place"), known)):
        region, end = m.group("region"), m.end()
        if not _region_known(region, known) and " " in region:
            # "CALAMBA CITY, Laguna Mayor Jane Doe ...": a one-word region, the sentence opening with a title
            region = region.split()[0]
            end = m.start("region") + len(region) + 1
        if _region_known(region, known):
            return Dateline(end, _place_case(m.group("place")), region, None, head[:end].strip())
    m = PAREN_PLACE.match(head)
    if m and not find_agency(m.group("place")) and known(m.group("place")) is not None and (
            not organisation_name(m.group("place"), known)):
        # "(NEW YORK) — Police ...", "(Red Oak) -- The ...": a broadcaster's dateline, the place in parentheses
        return Dateline(m.end(), _place_case(m.group("place")), None, None, head[:m.end()].strip())
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
            not _label_or_day(m.group("place"))) and _place_words(m.group("place")) and (
            not m.group("place").split()[0].casefold() == "the") and (
            not re.search(r"\d[:.]\d{2}", m.group("date")) or _all_caps(m.group("place"))
            or _place_line(m.group("place"), known) is not None):
        # "Ludhiana, March 4" then the story: a known place and the day, no separator (session 30); with the
        # time after the year, a place in capitals or a city (session 31: "Meeting, March 5, 2024 10:00 AM" is a notice)
        return Dateline(m.end(), _place_case(m.group("place")), None, None, head[:m.end()].strip())
    m = BARE_OUTLET.match(head)
    if m and (m.group("outlet") in outlet_acronyms() or dateline_agency(m.group("outlet"))):
        # "CNN — ...": an outlet's initials alone before a long dash, as "(CNN) —"
        return Dateline(m.end(), None, None, dateline_agency(m.group("outlet")), head[:m.end()].strip())
    return None


# what follows a dated dateline's dash when the wire's name comes next, closed by its own dash
_DASHED_WIRE = re.compile(rf"(?P<wire>[A-Z][A-Za-z]{{1,14}})\s*{_DASH}\s+(?=[A-Z“\"‘'])")
# a full date opening the paragraph before the dateline, maybe closed by a dash, comma or bar; a wire's page may
# set the time after it between slashes ("March 4, 2024 / 3:22 PM / SPRINGFIELD (Reuters) - ...")
_LEAD_DATE = re.compile(rf"^(?:{_FULL_DATE})(?:\s*/\s*\d{{1,2}}:\d{{2}}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{{2,4}})?\s*(?=/))?"
                        rf"\s*(?:(?:{_DASH}|,|\||/)\s*)?(?=[A-Z])")
# "LOS ANGELES, CA (June 12, 2024) —": press releases put the release's date in the parentheses
_PAREN_DATE = re.compile(rf"\s*{_FULL_DATE}\s*")


def _plausible(m: re.Match, known: KnownPlace) -> bool:
    place = m.group("place")
    # "PLEASANTON, Calif.--( )--": a press wire's name the scrape emptied (a logo or a link) is no outlet
    outlet = (m.group("paren") or m.group("slash") or "").strip() or None
    dated = bool(m.group("paren") and _PAREN_DATE.fullmatch(m.group("paren")))
    if "&" in m.group("joined") and not _all_caps(place + m.group("joined")):
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
            organisation_name(place, known)) or _label_or_day(place):
        return False
    if m.group("region") and not _region_plausible(m.group("region"), known):
        return False         # "A HEADING IN CAPITALS, BUT ANOTHER CLAUSE –", "JANE DOE, Associated Press WASHINGTON"
    hit = known(place)
    caps = place.replace(" ", "").replace("-", "").replace(".", "").replace("'", "").replace("’", "").isupper()
    # a region ("Calif."), a date ("Nov. 19") or a wire's name ("(AP)", "/TASS/", "Moscow, SANA -") make
    # the form a dateline
    strong = bool(_region(m) or m.group("date") or dated or (outlet and dateline_agency(outlet)) or agency_of(m.group("region")))
    if the_place and not strong:
        return False         # "The Hague — ...", "THE HAGUE (Harbor Daily) —": "The" opens headings and sentences too
    after = m.group(0)[m.end("place"):]
    long_dash = bool(re.match(rf"\s*{_LONG_DASH}", after))
    if caps:
        if hit is not None and not (strong or outlet) and _label_word(place, hit, after):
            return False     # "LOOK: ...", "BOOM: ...": a word that is also some hamlet's name, and a colon
        # "UNITED NATIONS (KXAN) —": an upper-case name, an outlet and a dash is a dateline's form too;
        # "HARWINTON — Former ...": so is a small town the gazetteer does not know, set off by a long
        # dash and a space, unless its words are a label's ("BREAKING —", "EDITOR'S NOTE —"); a surname
        # glued to the dash is a notice's heading ("DOE--Jane, 98, of ...")
        spaced = bool(re.match(rf"\s*{_LONG_DASH}(?:\s|$)", m.string[m.end("place"):m.end() + 1]))
        return (hit is not None or strong or bool(outlet and re.search(_DASH, after))
                or (long_dash and spaced and not outlet and _place_words(place)))
    if hit is None:
        # "Thiruvananthapuram, Jan 5 (IANS) -": a place the gazetteer lacks, written with the date
        # (without it, "Jane Doe (Reuters) -" is a byline's form)
        return bool(m.group("date"))
    if strong or outlet or long_dash:
        return True         # "Goose Creek — A man ...": a known place and a long dash
    # "Kigali: Four young people ..." -- a normal-case name and a separator: a well-known place only; before a
    # colon, a town as in capitals ("Kendrapara: ...", session 30), unless its word is a label's or a byline's
    if after.lstrip().startswith(":") and len(words) == 1 and hit.feature in ("city", "capital") and (
            hit.population >= _COLON_PLACE_POPULATION and _place_words(place)) and _prose_after(m.string[m.end():]):
        return True
    return hit.feature in ("capital", "country", "admin1") or hit.population >= 100_000


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


def _label_or_day(place: str) -> bool:
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


_STATE_CODE = re.compile(r"\s+(?P<state>(?:[A-Z]\.){2,3})$")


def _state_after_place(place: str, region: str | None) -> tuple[str, str | None]:
    """ "WASHINGTON D.C." -> ("WASHINGTON", "D.C."): a state's dotted code written without its comma is
    the region, not part of the place's name."""
    m = _STATE_CODE.search(place)
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


def _place_words(place: str) -> bool:
    """No word of `place` is a byline word or a label ("BREAKING", "UPDATE", "STAFF", "THE"), and `place`
    is not one short word (an organisation's acronym: the gazetteer knows the towns with names this short)."""
    words, labels = byline_words(), lead_labels()
    keys = [w.casefold().strip(".,'’") for w in re.split(r"[\s/]+", place)]
    if len(keys) == 1 and sum(ch.isalpha() for ch in place) <= _ACRONYM_LETTERS:
        return False
    return len(place) >= 3 and not any(words.get(k) or k in labels for k in keys)


# a press wire's name and the release's full date in one pair of parentheses ("Marketwire - Jan. 5, 2009")
_WIRE_AND_DATE = re.compile(rf"(?P<name>[A-Za-z][A-Za-z .&]{{1,30}}?)\s*(?:{_DASH}|,)\s*{_FULL_DATE}")


def _outlet_like(text: str) -> bool:
    """ "AP", "CNN Business", "9News", "Reuters Breakingviews": a name in the parentheses (a wire's may
    come with a date, and so may a press wire's: "Marketwire - Jan. 5, 2009"), not a score ("1-0"), a date ("21. November 2022") or a word's part ("(Elektro-)")."""
    text = text.strip()
    if find_agency(text):
        return True          # "(UrduPoint News / Sputnik - 29th April, 2020)": a wire, with the date
    dated = _WIRE_AND_DATE.fullmatch(text)
    if dated:
        text = dated.group("name")   # "(Marketwire - March 3, 2009)": a press wire's name and the release's date
    return (bool(re.search(r"[^\W\d_]{2}", text)) and not re.search(r"\d{4}|-$", text)
            and not _MONTH_WORD.search(text))


def _region(m: re.Match) -> str | None:
    """The region written with the place: after a comma ("Calif.") or in brackets ("[India]")."""
    bracket = m.group("bracket") or m.group("bracket2")
    if bracket and agency_of(bracket):
        bracket = None       # "PARIS [AFP] —": the brackets hold the wire, not a region
    region = m.group("region")
    if region and agency_of(region):
        region = None        # "Moscow, SANA -": the wire's name where the region goes
    region = region or bracket
    return region.strip() if region else None


_PLACE_LINE_REGION = re.compile(rf"(?P<place>{_WORD}(?:\s+{_WORD}){{0,2}})\s*,\s*"
                                rf"(?P<region>{_WORD}(?:\s+{_WORD}){{0,2}})")


def _place_line(line: str, known: KnownPlace) -> Dateline | None:
    """The dateline set on its own line above the story (the whole line, no agency): a city's name alone
    ("Pittsburgh"), or a place in capitals with its country or state ("ZUG, SWITZERLAND", the form of
    press releases); else None."""
    line = line.strip()
    if not line or len(line) > 40:
        return None
    if re.fullmatch(rf"{_WORD}(?:\s+{_WORD}){{0,2}}", line):
        if len(line) > 30 or organisation_name(line, known):
            return None
        hit = known(line)
        big_city = hit is not None and hit.feature in ("city", "capital") and hit.population >= 50_000
        return Dateline(len(line), _place_case(line), None, None, line) if big_city else None
    m = _PLACE_LINE_REGION.fullmatch(line)
    if m is None or not _all_caps(m.group("place")):
        return None
    region = known(m.group("region"))
    if region is None or region.feature not in ("country", "admin1"):
        return None
    return Dateline(len(line), _place_case(m.group("place")), m.group("region"), None, line)


def _all_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _is_desk_line(line: str) -> bool:
    """ "Staff Reports", "F.P. Report", "HT Correspondent": a short credit line ending in a desk word."""
    if not _DESK_LINE.match(line) or len(line.split()) > 4 or len(line.split()) < 1:
        return False
    last = line.split()[-1].casefold().strip(".")
    return byline_words().get(last) in ("role", "org") and last not in ("news", "times", "post", "daily")


def _closing_credits(lines: list, lead: Lead) -> None:
    """Agency credits and "Reporting by ...; Editing by ..." lines at the end of the body."""
    for i in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
        line = lines[i]
        if line is None or not line.strip():
            continue
        s = line.strip()
        if _REPORTING_BY.match(s):
            _remove(lead, "credit", s, "credit.reporting")
            lines[i] = None
            continue
        if _DESK_CODES.match(s) and i > 0 and _wire_credit(lines[i - 1] or ""):
            _remove(lead, "credit", s, "credit.desk-codes")    # "srs/vd" under "-- IANS": the desk's initials
            lines[i] = None
            continue
        s = _wire_credit(s) or s
        m = _CREDIT_LINE.match(s)
        ag = find_agency(m.group("who")) if m and len(s) <= 60 else None
        if ag and _only_agency_words(m.group("who")):
            lead.agency = lead.agency or ag
            _remove(lead, "credit", line.strip(), "credit.agency")
            lines[i] = None
            continue
        m = _GLUED_CREDIT.search(s)
        if m and find_agency(m.group("who")) and _only_agency_words(m.group("who")) and not (
                _bare_credit(m.group(0)) and _caption_sentence(s[:m.start()])):
            lead.agency = lead.agency or find_agency(m.group("who"))
            _remove(lead, "credit", m.group(0), "credit.glued")
            lines[i] = line[:line.rindex(m.group(0).strip())].rstrip()
        break


_CAPTION_WORDS = 35         # a photo's caption is one short sentence


def _bare_credit(credit: str) -> bool:
    """ " AFP": a wire's name glued after the full stop with no dash and no parentheses (a caption's credit
    is printed so; a story's closing credit often takes a dash: "... on Monday. — AFP")."""
    return not re.search(rf"{_DASH}|\(", credit)


def _caption_sentence(text: str) -> bool:
    """ "Villagers wade through a flooded street on Monday.": a photo's caption, not a story's last sentence --
    one short sentence, no quotation, and none of the reporting verbs and past or future auxiliaries of a
    story's sentence (byline_words.csv `story` rows: "said", "was", "has", "will"). Session 30."""
    text = text.strip()
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if not words or len(words) > _CAPTION_WORDS or re.search(r"[“”\"]", text):
        return False
    if re.search(r"[.!?]\s+[A-Z]", text.rstrip(" .")):
        return False               # two sentences (or an abbreviation: left to the credit rule, as before)
    if re.search(r"(?i)\b(?:is|are|am)\s+(?!seen\b|shown\b|pictured\b)\w+ing\b", text):
        return False               # "Police are investigating the case.": a story's progressive
    verbs = story_words()
    return not any(w.casefold() in verbs for w in words)


def _wire_credit(line: str) -> str | None:
    """The wire's name of a closing "PTI ABC XYZ" or "-- IANS" line (its desk codes dropped), else None."""
    s = line.strip()
    m = _WIRE_CODES.match(s)
    who = m.group("who") if m else s.strip(" -–—")
    return who.strip(" -–—") if agency_of(who) else None


def _only_agency_words(who: str) -> bool:
    """`who` names wires and nothing else ("PTI", "AFP and Reuters", "The Associated Press")."""
    rest = agency_names_removed(who)       # names of several words ("Associated Press") go whole
    rest = re.sub(r"(?i)\b(?:and|agencies|agency|news|wires?|with|inputs?|from|the)\b|[,&/]", " ", rest)
    return bool(find_agency(who)) and not rest.split()


def _take(parsed: BylineParse, authors: list[str], lead: Lead, first: bool = False) -> None:
    have = {a.casefold().replace(".", "") for a in authors}
    new = [a for a in parsed.authors if a.casefold().replace(".", "") not in have]
    authors[:] = (new + authors) if first else (authors + new)
    if parsed.agency and not lead.agency:
        lead.agency = parsed.agency


def _take_dateline(lead: Lead, dl: Dateline, rule: str) -> None:
    """The story's dateline found: its place and region (and agency, unless a byline gave one) onto the
    lead, its words (`dl.text`) recorded as removed by `rule`."""
    lead.dateline_place, lead.dateline_region = dl.place, dl.region
    lead.agency = lead.agency or dl.agency
    _remove(lead, "dateline", dl.text, rule)


def _remove(lead: Lead, kind: str, text: str, rule: str) -> None:
    lead.removed.append({"kind": kind, "text": text.strip(), "rule": rule})


def _place_case(place: str) -> str:
    """ "NEW DELHI" -> "New Delhi", "SOUTHWEST MIAMI-DADE" -> "Southwest Miami-Dade"; normal case kept."""
    if _all_caps(place):
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
