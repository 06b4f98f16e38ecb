"""Datelines in scraped text whose page layout was lost, for `dateline.split_lead`.

A page sets its dateline apart (its own element, a dash in a span, a caption above it); a scraper that
keeps only the text loses that, and what `dateline.read_dateline` reads as a dateline no longer opens the
paragraph in its usual form. Three forms, each written by scrapes of many outlets:

  * the dash lost after a place in capitals: "SAN ANTONIO Turner Sports analyst ...", "LONDON The Latest
    on ..." (`caps_without_dash`, rule `dateline.no-dash`);
  * the reporter and the place they file from, opening the story: "From Jane Doe, Owerri. The ..."
    (`reporter_and_place`, rule `dateline.reporter`; the name is the byline);
  * a photo caption, standfirst, headline or byline run into the story's first paragraph before its
    dateline: "... Photo by Jane Doe/Outlet. MANILA, Philippines – Ahead of ...", "Could ...? By Jane Doe.
    WASHINGTON, April 5 (Reuters) - ...", "Council backs the budget. Springfield (AFP) – ...", "Council
    backs the budget. CHICAGO — ..." (`inner_dateline`, rule `dateline.after-lead-in`), or before the
    story without a dateline: "... a caption. By Jane Doe/John Roe. The group said ..." (`inner_byline`,
    rule `byline.after-lead-in`).

Each wants more than `read_dateline` does, since the place no longer stands where datelines stand.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from newsgraph.datafile import package_data, read_rows
from newsgraph.ingest.byline import BylineParse, byline_line, byline_words, lead_labels, parse_byline
from newsgraph.ingest.dateline_patterns import PROSE_WORDS
from newsgraph.ingest.dateline_read import (Dateline, KnownPlace, all_caps, given_names, label_or_day, place_case,
                                            place_words, organisation_name, read_dateline)

_CAPS_WORD = r"[A-Z][A-Z'’.\-]*[A-Z.]"
# "SAN ANTONIO Turner ...": one to three words in capitals, then a word in normal case opening the sentence
_CAPS_LEAD = re.compile(rf"^(?P<place>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,2}})\s+(?P<next>[A-Z][a-z]+)\b")
_CITY_POPULATION = 100_000   # a place in capitals without its dash: a city this big (towns' names are people's too)
_FIRST_SENTENCE_WORDS = 6    # "From Jane Doe, Owerri." is this short at most
_NAME = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
_REPORTER = re.compile(rf"^(?:(?:By|From)\s+)?(?P<name>{_NAME}(?:\s+{_NAME}){{1,2}})\s*,\s*"
                       rf"(?P<place>{_NAME}(?:\s+{_NAME})?)\s*[.:]\s+(?=[A-Z“\"‘])")
_LEAD_IN_CHARS = 400         # a caption or standfirst run into the story is this long at most
# where a caption or standfirst ends: a sentence's mark and a space; "By" of an empty byline may follow
# (or a caption's photo credit in parentheses, with or without a space: "... a ferry landing. (Jane Doe/AP)KYIV,
# Ukraine (AP) — ...", session 29: a place in capitals must follow)
_AFTER_SENTENCE = re.compile(r"(?<=[.?!”\"’'])\s+(?:By\s+)?(?=[A-Z]{2}|[A-Z][\w.'’ ]{1,30}\()"
                             r"|(?<=\))\s*(?=[A-Z]{2,}[A-Z .'’-]*[,(])"
                             # a caption's credit with a slash, the name glued to the place or not: "... in
                             # London. REUTERS/Jane DoeLONDON, June 3 (Reuters) - ...", "... Jane Doe/Getty Images
                             # LONDON — ..." (session 29)
                             r"|(?<=[\w)]/)(?P<credit>\s?[A-Z][\w'’-]*?(?:\s+[A-Z][\w'’-]*?){0,3}?)\s*"
                             r"(?=[A-Z]{2,}[A-Z .'’-]*(?:[,(]|\s+[—–]))")
# "... ? By Jane Q. Doe." / "By Jane Doe/John Roe.": a byline sentence closing the lead-in
_BY_SENTENCE = re.compile(r"(?:^|(?<=[.?!”\"’])\s+)By\s+(?P<names>[A-Z][\w'’\-]*\.?(?:(?:\s+|/)[A-Z][\w'’\-]*\.?){1,5})$")


@dataclass(frozen=True)
class Found:
    """A dateline found inside a paragraph: where it starts, the dateline (its `end` counted from `start`) and
    the byline written right before it (or None)."""

    start: int               # where the dateline starts
    lead_in_end: int         # where the caption or standfirst before it ends (an empty "By" between them goes)
    dateline: Dateline
    byline: BylineParse | None = None
    byline_text: str = ""
    credit: bool = False     # the lead-in ends with a photo credit: a caption, set on its own line when cut off


def caps_without_dash(paragraph: str, known: KnownPlace) -> Dateline | None:
    """ "SAN ANTONIO Turner Sports analyst ...", "LONDON The Latest on ...": a city the gazetteer knows (not a
    country or state, whose names open sentences: "JORDAN Henderson"), of 100,000 people or more, in
    capitals, then a paragraph of prose in normal case. A one-word city must be followed by a function word
    ("The", "A", "In") or a person's full name (`_full_name_after`): "PARIS Hilton", "AUSTIN Butler" are a
    tabloid's first word in capitals."""
    m = _CAPS_LEAD.match(paragraph)
    if m is None or len(paragraph.split()) < PROSE_WORDS:
        return None
    place = m.group("place").rstrip(".")
    words = place.split()
    if len(words) == 1 and byline_words().get(m.group("next").casefold()) != "stop" and (
            not _full_name_after(paragraph, m.start("next"), place)):
        return None
    if byline_words().get(words[0].casefold().strip(".,")) == "stop" or label_or_day(place) or (
            not place_words(place)) or organisation_name(place, known):
        return None
    hit = known(place)
    if hit is None or hit.feature in ("country", "admin1") or hit.population < _CITY_POPULATION:
        return None
    return Dateline(m.start("next"), place_case(place), None, None, paragraph[:m.start("next")].strip())


# "WASHINGTON Christopher Doe, a senior ...": a given name, maybe an initial, and a surname, then a comma or a
# word in lower case; "LONDON Pope Francis once ...": a title and one to three names
_FULL_NAME = re.compile(r"(?P<given>[A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?=,|\s+[a-z])")
_TITLED_NAME = re.compile(r"(?P<title>[A-Z][a-z]+)(?:\s+[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?){1,3}(?=,|\s+[a-z])")


@functools.lru_cache(maxsize=1)
def one_word_titles() -> frozenset[str]:
    """The one-word titles of data/kb/roles.csv that name one holder ("pope", "president", "mayor")."""
    return frozenset(row["title"].casefold() for _, row in read_rows(package_data("kb", "roles.csv"),
                                                                    required=("title", "strength"))
                     if " " not in row["title"] and row["strength"] == "strong")


def _full_name_after(paragraph: str, start: int, place: str) -> bool:
    """A one-word city in capitals followed by a person's full name ("WASHINGTON Christopher Doe, a senior
    official, said ...") or a title and a name ("LONDON Pope Francis once again ..."): a wire's dateline whose
    "(Reuters) -" the scrape lost, the story opening with the name (session 22). The name's first word must
    be a given name of data/kb/given_names.csv (or the title one of data/kb/roles.csv), and the city's must
    not be a given name ("AUSTIN Jane Doe" is no form; "PARIS Hilton" opens with no given name)."""
    names = given_names()
    if place.casefold() in names:
        return False
    m = _FULL_NAME.match(paragraph, start)
    if m is not None and m.group("given").casefold() in names:
        return True
    m = _TITLED_NAME.match(paragraph, start)
    return m is not None and m.group("title").casefold() in one_word_titles()


def reporter_and_place(paragraph: str, known: KnownPlace, sitename: str | None = None
                       ) -> tuple[BylineParse, Dateline] | None:
    """ "From Jane Doe, Owerri. The vice chancellor ...", "Jane Doe,Owerri. ...": a short first sentence that
    is a person's name and a town or city the gazetteer knows, then the story: the byline and the dateline
    of papers that print where the reporter files from after their name."""
    m = _REPORTER.match(paragraph)
    if m is None or len(paragraph[:m.end()].split()) > _FIRST_SENTENCE_WORDS or (
            len(paragraph.split()) < PROSE_WORDS):
        return None
    name, place = m.group("name"), m.group("place")
    hit = known(place)
    if hit is None or hit.feature not in ("city", "capital", "admin1") or known(name) is not None:
        return None              # "Port Harcourt, Rivers." is two places, not a name and a place
    parsed = parse_byline(name, sitename)
    if parsed.authors != [name]:
        return None
    dl = Dateline(m.end(), place, None, None, paragraph[m.start("place"):m.end()].strip())
    return parsed, dl


def inner_dateline(paragraph: str, known: KnownPlace, sitename: str | None = None) -> Found | None:
    """A dateline after a caption, standfirst, headline or byline run into the story's first paragraph,
    within its first 400 characters and right after a sentence's end. Only strong forms count there
    (`_strong_inner`): a bare "PLACE –" deep inside a paragraph may be a heading or a name. The sentence
    right before it, when it is "By <name>.", is the byline."""
    for n, m in enumerate(_AFTER_SENTENCE.finditer(paragraph[:_LEAD_IN_CHARS])):
        start = m.end()
        if _TIME_BEFORE.search(paragraph[:m.start()].rstrip()):
            continue         # "Updated 9:15 a.m. ET ...": a time's "a.m." ends no sentence (session 31)
        dl = read_dateline(paragraph[start:], known)
        if dl is None:
            continue
        opens = re.match(r"[A-Z“\"‘']", paragraph[start + dl.end:].lstrip()) is not None
        if not _strong_inner(dl, known, first=n == 0 and opens):
            continue
        before = paragraph[:m.end("credit") if m.group("credit") else m.start()]
        last = _BY_SENTENCE.search(before)
        parsed = parse_byline(last.group("names"), sitename) if last else None
        if parsed is not None and not parsed.authors:
            parsed = None
        lead_in_end = m.end("credit") if m.group("credit") else m.start()
        # (a lead-in closed by a sentence's mark stays joined to the story, as before session 29)
        credit = not re.search(r"[.?!”\"’']$", paragraph[:lead_in_end].rstrip()) and (
            bool(m.group("credit")) or paragraph[:m.start()].endswith(")"))
        return Found(start, lead_in_end, dl, parsed, last.group(0).strip() if parsed is not None else "", credit)
    return None


def _strong_inner(dl: Dateline, known: KnownPlace, first: bool) -> bool:
    """A dateline that may stand inside a paragraph: the place in capitals with its region, date or wire
    ("MANILA, Philippines –", "WASHINGTON, April 5 (Reuters) -"); a place the gazetteer knows with a wire
    in any case ("Springfield (AFP) –", as AFP writes it); a date and a wire without a place ("Dec 29
    (Reuters) -"); or, at the first sentence's end followed by a word in capitals (a headline, caption or
    teaser glued to the story), a bare place in capitals that is a city of 100,000 people or more, not a
    country or state, with a sentence opening after its dash (`first`: "CHICAGO — The council ..."; "JORDAN
    —" and "IOWA —" open headings as often as stories, "BERLIN – the city that ..." is a name)."""
    dated = bool(re.search(r"\d", dl.text))
    if dl.place is None:
        return bool(dl.agency) and dated
    if all_caps(dl.text.split(",")[0].split("(")[0]):
        if dl.region or dl.agency or dated:
            return True
        return first and _big_city(dl.place, known)
    return bool(dl.agency) and known(dl.place) is not None and not organisation_name(dl.place, known)


def _big_city(place: str, known: KnownPlace) -> bool:
    """A name the gazetteer reads as a city or capital of 100,000 people or more ("New York", whose best
    reading is the state, too), not as a country, and that is no label word, day or organisation ("ROME" is
    short, but no acronym)."""
    keys = [w.casefold().strip(".,'’") for w in place.split()]
    if label_or_day(place) or any(byline_words().get(k) or k in lead_labels() for k in keys) or (
            organisation_name(place, known)):
        return False
    hit = known(place)
    return hit is not None and hit.feature != "country" and hit.city_population >= _CITY_POPULATION


# "... a caption. By Jane Doe/John Roe. The group said ...": a sentence that is a byline, then the story
_INNER_BY = re.compile(r"(?<=[.?!”\"’])\s+(?P<by>By\s+[A-Z][^.?!]{2,60}?\.)\s+(?=[A-Z“\"‘])")


def inner_byline(paragraph: str, sitename: str | None = None) -> tuple[str, BylineParse] | None:
    """(its text, the parse) of a byline sentence after a caption or standfirst run into the story's first
    paragraph, within its first 400 characters: the whole sentence must read as a byline (`byline_line`:
    names, a wire, credit words), so "By Monday the talks had failed." is none."""
    for m in _INNER_BY.finditer(paragraph[:_LEAD_IN_CHARS]):
        parsed = byline_line(m.group("by").rstrip("."), sitename)
        if parsed is not None and parsed.authors:
            return m.group("by"), parsed
    return None


# Round 32 (session 31): a page's furniture run into the story's first paragraph with no sentence's end
# between them -- a time stamp ("Updated 10:42 a.m. ET, March 5, 2024"), a reading time ("3 Min Read"), a
# share bar's labels ("Share this story Facebook Twitter Email"), a headline -- or the bar trafilatura sets
# before a layout table's cell ("| PORTLAND, Maine (AP) — ..."): the dateline stands right after it.
_FURNITURE_WORDS = 15        # such a lead-in is this many words at most
_FURNITURE_CHARS = 160
# where a dateline in capitals may start after the lead-in: a space before a word in capitals
_CAPS_START = re.compile(r"(?<=\s)(?=[A-Z][A-Z'’.\-]*[A-Z.](?:[\s,(]|$))")
_TIME_BEFORE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?$|\b[AaPp]\.[Mm]\.$")
_TABLE_BAR = re.compile(r"^[|-]\s+(?=\S)")      # a table cell's bar or a list item's dash


@functools.lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """English function words (data/ingest/stopwords.csv, `en`): a lead-in ending with one ("... talks in") runs
    on into the place, so the place is the sentence's, not a dateline."""
    return frozenset(w for _, row in read_rows(package_data("ingest", "stopwords.csv"), required=("lang", "words"))
                     if row["lang"] == "en" for w in row["words"].lower().split())


def table_bar_dateline(paragraph: str, known: KnownPlace) -> tuple[int, Dateline] | None:
    """(where the dateline starts, the dateline) of a layout table's row whose cell opens with one:
    trafilatura writes "| " before a table cell's text, so the story set in a table opens "| PORTLAND, Maine
    (AP) — ..." (rule `dateline.table-cell`)."""
    m = _TABLE_BAR.match(paragraph)
    if m is None:
        return None
    dl = read_dateline(paragraph[m.end():], known)
    if dl is None or dl.place is None and dl.agency is None:
        return None
    return m.end(), dl


def dateline_after_furniture(paragraph: str, known: KnownPlace) -> tuple[int, Dateline] | None:
    """(where the dateline starts, the dateline) of a strong dateline after a page's furniture or headline run
    into the story's first paragraph without a sentence's end (`inner_dateline` wants one): within the first
    160 characters and 15 words, the place in capitals with its region, date or wire ("PORTLAND, Maine (AP)
    —", as `_strong_inner` asks of a dateline inside a paragraph), a sentence opening after it, and a lead-in
    that neither closes a sentence nor ends with a function word ("... talks in PORTLAND, Maine —" is
    prose). Rule `dateline.after-furniture`."""
    for m in _CAPS_START.finditer(paragraph[:_FURNITURE_CHARS]):
        before = paragraph[:m.start()].strip()
        words = before.split()
        if not words or len(words) > _FURNITURE_WORDS:
            continue
        if re.search(r"[.?!”\"’']\s", re.sub(r"\b[ap]\.m\.", "", before, flags=re.I) + " "):
            continue         # a sentence's end: `inner_dateline`'s case (a time's "a.m." is none)
        if _TIME_BEFORE.search(before):
            continue         # "9:15 a.m. ET": a time's zone, not a place
        last = words[-1].strip(",;:").casefold()
        if last in function_words() or before.endswith((",", ";", ":", "(")):
            continue
        dl = read_dateline(paragraph[m.start():], known)
        if dl is None or dl.place is None:
            continue
        opens = re.match(r"[A-Z“\"‘']", paragraph[m.start() + dl.end:].lstrip()) is not None
        caps = all_caps(dl.text.split(",")[0].split("(")[0])
        if opens and caps and (dl.region or dl.agency or re.search(r"\d", dl.text)):
            return m.start(), dl
        return None          # the first word in capitals decides: a later one is deeper in the story
    return None
