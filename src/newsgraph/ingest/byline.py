"""Bylines and news agencies: who wrote an article and which wire it came from.

Authors come from the page's byline metadata (trafilatura's `author`, "A; B; Staff Writer") and from
byline lines at the top of the body ("By Jane Doe and John Roe, Staff Writers", "Jane Doe | Reuters").
A byline part is a person's name when, after its trailing job titles, desks and time stamps are cut
("Tom Roe News reporter" -> "Tom Roe"), it is two to five capitalised words with none of those words
left (data/ingest/byline_words.csv). Names in capitals, whole or the surname only, are title-cased ("JANE
DOE", "Jane DOE" -> "Jane Doe"); an outlet's initials or a station's call letters after a given name ("Maria
ABC", "Maria KTLA") are no surname. Agencies are the wire services of data/ingest/agencies.csv, stored in
their short form ("Associated Press" -> "AP").
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from newsgraph.datafile import DataFileError, package_data, read_rows
from newsgraph.ingest.byline_labels import label_off, photo_credit, source_off


@dataclass(frozen=True)
class Agency:
    id: str
    short: str
    names: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def agencies() -> tuple[Agency, ...]:
    rows = read_rows(package_data("ingest", "agencies.csv"), required=("short", "names"))
    return tuple(Agency(r["id"], r["short"], tuple(n.strip() for n in r["names"].split("|") if n.strip()))
                 for _, r in rows)


@functools.lru_cache(maxsize=1)
def _agency_pattern() -> tuple[re.Pattern, dict[str, str]]:
    """One regex for every agency name; long names match in any case, short ones (AP, AA) exactly."""
    by_name: dict[str, str] = {}
    alts = []
    for ag in agencies():
        for name in ag.names:
            by_name[name.casefold()] = ag.short
            esc = re.escape(name)
            alts.append((len(name), esc if len(name) <= 4 else f"(?i:{esc})"))
    alts.sort(key=lambda x: -x[0])          # longest first: "Associated Press of Pakistan" before "Associated Press"
    return re.compile(r"(?<![\w-])(?:" + "|".join(a for _, a in alts) + r")(?![\w-])"), by_name


def find_agency(text: str | None) -> str | None:
    """The short form of the first agency named in `text` ("(UrduPoint News / Sputnik)" -> "Sputnik")."""
    if not text:
        return None
    pattern, by_name = _agency_pattern()
    m = pattern.search(text)
    if m:
        return by_name[m.group(0).casefold()]
    # a joint credit of two wires joined by a hyphen ("AFP-JIJI"), which the name boundaries above pass
    # over so that "AP-style" or a "Reuters-Ipsos" poll name no wire: the first wire
    for m in _JOINT_CREDIT.finditer(text):
        if _joint_credit(m):
            return by_name[m.group(1).casefold()]
    return None


def _joint_credit(m: re.Match) -> bool:
    by_name = _agency_pattern()[1]
    return all(part.casefold() in by_name and part[0].isupper() for part in m.groups())


_JOINT_CREDIT = re.compile(r"(?<![\w-])([^\W\d_]{2,12})-([^\W\d_]{2,12})(?![\w-])")


@functools.lru_cache(maxsize=1)
def _dateline_forms() -> dict[str, str]:
    """form -> agency short form (data/ingest/agency_dateline_forms.csv); every agency must be in agencies.csv."""
    shorts = {a.short for a in agencies()}
    out: dict[str, str] = {}
    for lineno, row in read_rows(package_data("ingest", "agency_dateline_forms.csv"), required=("form", "agency")):
        if row["agency"] not in shorts:
            raise DataFileError(package_data("ingest", "agency_dateline_forms.csv"), lineno,
                                f"agency {row['agency']!r} is not a short form of agencies.csv")
        out[row["form"]] = row["agency"]
    return out


def dateline_agency(text: str | None) -> str | None:
    """The agency a dateline's parentheses name: any agency name (`find_agency`), or a short form that is
    a common acronym elsewhere ("APP", "MTI") when it is all the parentheses hold."""
    return find_agency(text) or (_dateline_forms().get(text.strip()) if text else None)


def agency_names_removed(text: str) -> str:
    """`text` with every agency name in it blanked out ("Associated Press" as one name, not two words;
    a joint credit "AFP-JIJI" as one)."""
    text = _JOINT_CREDIT.sub(lambda m: " " if _joint_credit(m) else m.group(0), text)
    return _agency_pattern()[0].sub(" ", text)


def agency_of(text: str | None) -> str | None:
    """The agency when `text` is nothing but an agency's name ("The Associated Press" -> "AP", "Ap").
    Case is ignored: `text` is a byline part, not prose."""
    if not text:
        return None
    _, by_name = _agency_pattern()
    key = " ".join(text.strip(" .,;:-–—()").split())
    m = _JOINT_CREDIT.fullmatch(key)
    if m and _joint_credit(m):
        return by_name[m.group(1).casefold()]          # "AFP-JIJI": the first wire of a joint credit
    return by_name.get(key.casefold())


def same_agency_as_site(agency: str, sitename: str | None) -> bool:
    """A credit to the site's own agency (Reuters on reuters.com, Sputnik on "SputnikInt")."""
    site = re.sub(r"\W", "", sitename or "").casefold()
    if not site:
        return False
    ag = next((a for a in agencies() if a.short == agency), None)
    names = (agency,) + (ag.names if ag else ())
    return any(len(n) > 2 and re.sub(r"\W", "", n).casefold() in site for n in names)


@functools.lru_cache(maxsize=None)
def _words_of_kind(kind: str) -> tuple[str, ...]:
    """The words of every byline_words.csv row of one kind, in file order (the file is read once per kind)."""
    return tuple(w for _, row in read_rows(package_data("ingest", "byline_words.csv"), required=("kind", "words"))
                 if row["kind"] == kind for w in row["words"].split())


# kinds of byline_words.csv rows that are not words of a byline's credit (each has its own reader below)
_NOT_CREDIT_KINDS = ("label", "acronym", "particle", "story", "names_label", "by_opener")


@functools.lru_cache(maxsize=1)
def byline_words() -> dict[str, str]:
    """word -> kind (role | org | time | stop | beat). The label, acronym and particle rows are not byline
    words (see `lead_labels`, `outlet_acronyms`, `name_particles`)."""
    out: dict[str, str] = {}
    for _, row in read_rows(package_data("ingest", "byline_words.csv"), required=("kind", "words")):
        if row["kind"] in _NOT_CREDIT_KINDS:
            continue
        for w in row["words"].split():
            out.setdefault(w.casefold(), row["kind"])
    return out


@functools.lru_cache(maxsize=1)
def lead_labels() -> frozenset[str]:
    """Words written in capitals before a dash at the top of a story that are a label, not a dateline's
    place ("BREAKING —", "EXCLUSIVE —"): the "label" rows of byline_words.csv."""
    return frozenset(w.casefold() for w in _words_of_kind("label"))


@functools.lru_cache(maxsize=1)
def outlet_acronyms() -> frozenset[str]:
    """Broadcasters' and outlets' initials as printed after a byline's name (the "acronym" rows of
    byline_words.csv), in capitals."""
    return frozenset(_words_of_kind("acronym"))


@functools.lru_cache(maxsize=1)
def story_words() -> frozenset[str]:
    """Reporting verbs and past or future auxiliaries a story's sentence holds and a photo caption does not
    (the "story" rows of byline_words.csv; session 30)."""
    return frozenset(w.casefold() for w in _words_of_kind("story"))


@functools.lru_cache(maxsize=1)
def name_particles() -> frozenset[str]:
    """Lower-case words inside a person's name ("van", "de", "bin"): the "particle" rows of byline_words.csv."""
    return frozenset(w.casefold() for w in _words_of_kind("particle"))


# US broadcasters' call letters, K or W and two or three more capitals ("KTLA", "WFAA"),
# told from a surname in capitals by a second letter no English name starts with after K or W ("KNOX", "KWAN",
# "WRAY" and "WHYTE" are names; "KING" or "WOOD" cannot be told apart and stay names)
_CALL_LETTERS = re.compile(r"^(?:K[^AEIOUYHLNRW\W\d_]|W[^AEIOUYHR\W\d_])[A-Z]{1,2}$")


def _outlet_initials(word: str) -> bool:
    """`word` (in capitals) is an outlet's initials or a station's call letters, not a surname."""
    return word in outlet_acronyms() or bool(_CALL_LETTERS.match(word))


_INITIAL = re.compile(r"^[A-Z]\.$")     # "A. B. Mensah": an initial, never the stop word "a" (round46)
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÞĀ-ſ][\w'’.\-]*|[A-Z]\.)$")
# parts of a byline: names, a wire, a title -- set apart by ";", "|", ",", "/", a spaced dash ("Jane Doe - Reuters")
# or a spaced middle dot or bullet ("Jane Doe · CBC News", round41), or joined by "and", "&", "with", "for"
# ("AND" in a byline set in capitals: "BY JANE DOE AND JOHN ROE", round46)
_SPLIT_PARTS = re.compile(r"\s*(?:;|\||,|/|\s[-–—·•]+\s|\b(?:and|AND)\b|&|\bwith\b|\s(?:for|For)\s)\s*")
_BY = re.compile(r"^(?:by|written by|reported by|words by|story by|posted by|von|por|par)\s+", re.I)


# an e-mail address anywhere in a byline: never part of a name
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass
class BylineParse:
    authors: list[str]
    agency: str | None = None


def parse_byline(text: str | None, sitename: str | None = None) -> BylineParse:
    """Authors and agency in a byline string ("LISA DOE; JOHN ROE Associated Press", "By A and B, Staff").

    An agency credit on the agency's own site (a Reuters byline on reuters.com) is the outlet, not a
    wire credit: with `sitename` naming the same agency it is not returned.
    """
    out = BylineParse([])
    if not text:
        return out
    site_words = _site_words(sitename)
    text = _EMAIL.sub(" ", text)     # "By Jane Doe jdoe@harbourherald.com March 5": the writer's address (round46)
    text = _BY.sub("", " ".join(_unglue(label_off(text)).split()))
    for part in _SPLIT_PARTS.split(text):
        part = part.strip(" .:-–—()")
        if not part or photo_credit(part):
            continue         # "Photos: John Doe": the pictures' credit, not the story's (round46)
        part = _BY.sub("", part)
        agency = agency_of(part) or _agency_with_role(part) or _wire_desk(part)
        name, tail_agency = (None, None) if agency else _person_name(part, site_words)
        agency = agency or tail_agency
        if agency and out.agency is None and not same_agency_as_site(agency, sitename):
            out.agency = agency
        if name and filing_place(name):
            name = None      # "Written by Jane Roe | New Delhi | ...": the place the writer filed from (round40)
        if name and name.casefold() not in {a.casefold() for a in out.authors}:
            out.authors.append(name)
    return out


def place_by_name(text: str, alias: bool = False) -> list:
    """The gazetteer's places whose own name is `text` (an alias does not count: the gazetteer files "Li Wei"
    under Lévis and "Liu Yang" under Guankou, and a byline's names are people's; with `alias` it does). Names
    in capitals are looked up title-cased."""
    from newsgraph.geo.gazetteer import load_gazetteer

    name = " ".join(text.split())
    return [e for e, main in load_gazetteer().lookup(name.title() if name.isupper() else name) if main or alias]


def filing_place(text: str) -> bool:
    """`text` is a well-known place's own name ("New Delhi", "LAGOS", "Abuja"): a capital, a country, a
    first-level region or a city of 100,000 people, as bylines print the place the writer filed from
    ("By Jane Roe, Lagos", "Jane Roe | New Delhi | Updated ..."); a small town sharing a person's name
    does not count (round40, session 38). A name closed by "City", which no person bears, may be the
    gazetteer's other name for the city ("Quebec City" for Québec, round41)."""
    return any(e.feature in ("capital", "country", "admin1") or (e.population or 0) >= 100_000
               for e in place_by_name(text, alias=text.split()[-1:] == ["City"]))


def _unglue(text: str) -> str:
    """ "Ramsey KhalifehPublished Nov 8" -> "Ramsey Khalifeh Published Nov 8": page bylines glue a name
    to the time stamp after it; a capitalised byline word (time stamp, weekday, month) starts anew."""
    return _GLUED_WORD.sub(lambda m: m.group(1) + " " + m.group(2) if byline_words().get(m.group(2).casefold())
                           else m.group(0), text)


_GLUED_WORD = re.compile(r"([a-z])([A-Z][a-z]+)\b")


def _agency_with_role(part: str) -> str | None:
    """"AP Sports Writer", "AP National Political Writer", "Reuters staff": an agency, then a job title."""
    words = part.split()
    if len(words) < 2 or byline_words().get(words[-1].casefold().strip(".,")) != "role":
        return None
    for k in range(min(4, len(words) - 1), 0, -1):
        ag = agency_of(" ".join(words[:k]))
        if ag:
            return ag
    return None


def _person_name(part: str, site_words: set[str]) -> tuple[str | None, str | None]:
    """(the person's name in a byline part, an agency named after it), e.g. "ERIC ROE Associated Press"
    -> ("Eric Roe", "AP"); "Tom Roe News reporter" -> ("Tom Roe", None). None when the part is not a
    person's name: an outlet or desk ("NJ Advance Media", "Metro Desk") has a desk word at its end
    with no job title after it."""
    words = part.split()
    agency = None
    for i, w in enumerate(words):     # a date or time, or "The <outlet>", ends the name: "Mike Roe 2019-11-18",
        if any(ch.isdigit() for ch in w) or (i >= 2 and w in ("The", "THE")):   # "ANN ROE The Daily Bugle"
            agency = agency_of(" ".join(words[i:]))       # "Jane Roe The Associated Press": a wire's name
            words = words[:i]
            break
    vocab = byline_words()
    while len(words) > 2 and vocab.get(words[0].strip(".,:").casefold()) == "role":
        words = words[1:]    # "Contributor Jane Roe", "Staff Reporter Jane Roe": a label or title before the name (round42)
    saw_role = False
    while words:             # cut trailing agencies, job titles, desks, dates and the site's own name
        for k in range(min(4, len(words) - 1), 0, -1):
            ag = agency_of(" ".join(words[-k:]))
            if ag:
                agency = agency or ag
                del words[-k:]
                break
        else:
            last = words[-1].strip(".,").casefold()
            kind = vocab.get(last)
            if kind == "org" and not saw_role:
                return None, agency
            if kind in ("role", "org", "time") or last in site_words or any(ch.isdigit() for ch in last):
                saw_role = saw_role or kind == "role"
                words.pop()
                continue
            break
    if saw_role:
        words = _caps_name_before_outlet(words)
    if not 2 <= len(words) <= 5:
        return None, agency
    if any(vocab.get(w.strip(".,").casefold()) in ("role", "org", "stop") and not _INITIAL.match(w) for w in words):
        return None, agency
    if not all(_NAME_TOKEN.match(w) or w.casefold() in name_particles() or _particle_joined(w) for w in words):
        return None, agency
    if not _NAME_TOKEN.match(words[0]) or len(words[-1].strip(".")) < 2:
        return None, agency
    acronyms = [w for w in words if len(w) > 1 and w.isupper() and not w.endswith(".")]
    if acronyms and any(any(ch.islower() for ch in w) for w in words) and not _surname_in_capitals(words):
        return None, agency      # "NJ Advance", "CNN Business": an outlet, not a person
    name = " ".join(words)
    if name.isupper() or _surname_in_capitals(words):       # "JANE DOE" and "Jane DOE" -> "Jane Doe"
        name = " ".join(_title_word(w) if w.isupper() else w for w in words)
    return name, agency


def _particle_joined(word: str) -> bool:
    """ "al-Rashid", "el-Sayed", "bin-Talal": a name particle joined by a hyphen to a capitalised name, as Arabic
    names are printed in bylines ("By Ahmed al-Rashid"); the particle alone is already allowed (round47)."""
    head, dash, tail = word.partition("-")
    return bool(dash) and head.casefold() in name_particles() and bool(_NAME_TOKEN.match(tail))


def _caps_name_before_outlet(words: list[str]) -> list[str]:
    """ "JANE DOE Herald Reporter" (the role already cut): a name set in capitals, then the outlet's name in
    normal case before the job title -- the capitals are the name, the rest the paper's ("Herald", "Daily
    News"). Only with a job title after it, and only a run of two or three words in capitals."""
    caps = 0
    while caps < len(words) and len(words[caps]) > 1 and words[caps].isupper() and words[caps].isalpha():
        caps += 1
    tail = words[caps:]
    if 2 <= caps <= 3 and 1 <= len(tail) <= 3 and all(w[:1].isupper() and not w.isupper() for w in tail):
        return words[:caps]
    return words


def _surname_in_capitals(words: list[str]) -> bool:
    """ "Jane DOE", "Marie-Claire DE VRIES": a given name, then the surname in capitals, as French and
    wire copy print it -- not "Tom Roe CNN" (a name and an outlet's acronym) nor a desk and its outlet's
    initials ("Redacción EC", "Forschung WBF": initials are short or have no vowel)."""
    return (len(words) in (2, 3) and not words[0].isupper() and words[0][:1].isupper()
            and all(w.isupper() for w in words[1:])
            and len(words[-1]) >= 3 and bool(re.search(r"[AEIOUYÀ-ÖØ-Ý]", words[-1]))
            and not _outlet_initials(words[-1]))          # "Maria ABC", "Maria KTLA": a name and an outlet


def _title_word(word: str) -> str:
    """ "MCDONALD" -> "Mcdonald", "O'NEIL" -> "O'Neil", "J." stays."""
    return re.sub(r"[A-Za-zÀ-ÿ]+", lambda m: m.group(0).capitalize(), word)


# "Jane Roe's Blog", "Jane Roe’s notebook": a personal site named after its owner, whose name is then no outlet's
_OWNER = re.compile(r"^\s*(?P<owner>[^\W\d_][\w.' -]{1,60}?)['’]s\b")


def _site_words(sitename: str | None) -> set[str]:
    """The case-folded words of the site's name, cut from a byline's end as the outlet's ("Jane Roe, Harbour
    Herald"), less the owner's name of a personal site ("Jane Roe's Blog": Jane Roe signs its posts; round47)."""
    words = {w.casefold() for w in re.findall(r"\w+", sitename or "")}
    m = _OWNER.match(sitename or "")
    if m:
        words -= {w.casefold() for w in re.findall(r"\w+", m.group("owner"))}
    return words


# A byline line at the top of the body: "By Jane Doe", "By JANE DOE and JOHN ROE, Staff Writers",
# "By Jane Doe, August 14, 2020 2:30 pm", "Jane Doe | Reuters", "Jane Doe, AP Sports Writer".
_BYLINE_LINE = re.compile(r"^(?:(?:Story|Written|Reported|Words|Posted|STORY|WRITTEN|REPORTED|POSTED)\s+(?:by|BY)|By|BY|by)"
                          r"\s+\S.{0,150}$")
# "Jane Doe, Associated Press Published 3:00 p.m. ET Nov. 19, 2019 | Updated ...": the time stamps a page
# prints on its byline's line are no part of the credit
_STAMP_TAIL = re.compile(r"\s*[|,·•–—-]?\s*\b(?:Published|Updated|Posted|Last [Uu]pdated|First [Pp]ublished|PUBLISHED|"
                         r"UPDATED|POSTED|on(?=\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
                         r"Nov|Dec)[a-z]*\.?[\s,]))\b(?!\s+(?:by|BY)\b)\s*:?(?=.*\d).*$")
# ("By Jane Doe on Monday, March 4th, 2024 at 11:04 a.m.": "on" and a weekday or month open the stamp too, round46)
# "By Jane Doe | jdoe@harbourherald.com", "JANE DOE jdoe@harbourherald.com": the writer's address closing the
# byline (round40, session 38)
_EMAIL_TAIL = re.compile(r"\s*[|,·•–—-]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")
# "Jane Doe | 11 Jan 2019 | 4 min", "By Jane Doe · 6 min read", "By Jane Doe | Reading time: 5 minutes": the reading
# time a page prints on its byline's line is no part of the credit, as a time stamp is not (round47, session 45)
_READ_TIME_TAIL = re.compile(r"\s*[|,·•–—-]?\s*(?:(?i:reading\s+time|read\s+time)\s*:?\s*)?"
                             r"\d{1,3}[\s-]?(?i:mins?|minutes?)\.?(?:\s+(?i:read|reading|to\s+read))?\s*$")
# "PTI | New Delhi", "IANS | Updated: ...": a wire's name, then the place it filed from or its time stamp
_AGENCY_BAR_PLACE = re.compile(r"^(?P<credit>[^|]{2,40}?)\s*\|\s*(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*$")
# "..., Special to the Harbour Herald", "| For The Valley Ledger": a freelancer's credit to the outlet, whose
# name may hold any words
_OUTLET_CREDIT = re.compile(r"(?:\s*[,|]\s*(?:[Ss]pecial\s+)?(?:to|for|To|For)|\s+(?:for|For))\s+(?:[Tt]he\s+)?[A-Z][\w.'’&-]*"
                            r"(?:\s+(?:(?:and|of)\s+)?[A-Z][\w.'’&-]*){0,4}\s*$")     # "The Globe and Mail" (round40)
_NAME_BAR_AGENCY = re.compile(r"^(?P<names>[^|,]{3,80})\s*[|,]\s*(?P<credit>[^|]{2,60})$")
# "By Jane Doe, CNN", "By Jane Doe | NPR": the outlet's acronym closing a byline (an outlet, not a wire)
_OUTLET_ACRONYM = re.compile(r"\s*(?:[,|/]|\s[-–—])\s*[A-Z]{2,5}\s*$")


def byline_line(line: str, sitename: str | None = None, named: bool = False) -> BylineParse | None:
    """The parse of a line that is a byline, else None. Prose that starts with "By" ("By Tuesday the
    talks had failed.") is no byline: every part must be a name, an agency or a role/date credit. With
    `named` (the body's top lines under a known headline), a name without "By" closed by an outlet, a place
    or a stamp counts too (`_named_credit`); a text's first line may be its headline in title case ("Trump
    Wins Indiana - CNN"), so readers looking for a headline leave it off."""
    line = label_off(line.strip())
    if len(line) > 160:
        return None          # a paragraph, whatever a "Published ... 2020" in it would leave once cut
    credit = _EMAIL_TAIL.sub("", _STAMP_TAIL.sub("", _READ_TIME_TAIL.sub("", line)))
    marked = len(credit) < len(line)      # a time stamp or address cut off: a name alone is then a byline
    line = credit
    if not line or line.endswith(("?", "!", "-", "—", "–", ":")):
        return None          # "NEW YORK (AP) --" alone on its line is a dateline, not a name and its wire
    if _BYLINE_LINE.match(line):
        parsed = parse_byline(line, sitename)
        # "By Jane Doe, Associated Press"; a wire's byline without a person: "By AFP", "By Reuters Staff"
        if (parsed.authors or parsed.agency) and only_credits(_outlet_off(_BY.sub("", line)), parsed):
            return parsed
        return None
    agency = _agency_only(source_off(line))
    if agency:
        return BylineParse([], agency)         # "Associated Press", "AP", "Reuters Staff", "Source: AFP" alone on the line
    credit = _named_credit(line, sitename, marked) if named else None
    if credit is not None:
        return credit
    m = _AGENCY_BAR_PLACE.match(line)
    if m and (agency := _agency_only(m.group("credit"))):
        return BylineParse([], agency)
    m = _NAME_BAR_AGENCY.match(line)
    if m:
        credit = m.group("credit")
        ag = agency_of(credit) or _agency_with_role(credit)
        parsed = parse_byline(line, sitename)
        if parsed.authors and (ag or all(byline_words().get(w.casefold().strip(".,")) in ("role", "org")
                                         for w in credit.split())) and only_credits(line, parsed):
            return parsed
        if _desk_credit(credit):
            # "Jane Doe, Morning Show producer", "Jane Doe, Global News": a programme's, desk's or outlet's
            # name, then the person's job title or the outlet's own word -- no wire, so no agency
            named = parse_byline(m.group("names"), sitename)
            if named.authors and not named.agency and only_credits(m.group("names"), named):
                return named
    if len(line.split()) <= 8 and not re.search(r"[|,;:/]", line):
        # "JANE DOE Associated Press", "Jane Doe Agence France-Presse": a name and its wire with no mark between
        # them -- the name in capitals or the wire's full name, so a headline ("Mayor Thanks AP") is not one;
        # a slash between them is a photo credit's form ("JANE DOE/REUTERS", "REUTERS/JANE DOE": the
        # photographer and the picture's agency), not the story's byline
        parsed = parse_byline(line, sitename)
        name_caps = any(a.upper() in line for a in parsed.authors)
        if parsed.authors and parsed.agency and (name_caps or _wire_in_full(line)) and only_credits(line, parsed):
            return parsed
    return None


_STAMP_NUMBER = re.compile(r"^(?:\d{1,2}(?::\d{2})?|(?:19|20)\d{2}|[ap]\.?m\.?)[,.]?$", re.I)
_YEAR = re.compile(r"^(?:19|20)\d{2}[,.]?$")
_OPENS_PROSE = re.compile(r"^[A-Z“\"‘']")


def stamped_byline(line: str, sitename: str | None = None, lower_by: bool = False,
                   min_story_words: int = 12, bare: bool = False) -> tuple[int, BylineParse] | None:
    """(characters taken, the parse) when a paragraph opens with a byline and its time stamp glued to the
    story ("By Jane Doe Monday, March 4, 2024 The harbour council voted ..."): "By", the credit, then a run
    of date words that holds a year, then prose. Every word of the credit must be a name, a wire or a
    byline word; "by" in lower case only where the caller knows a headline stood before it (`lower_by`).
    With `bare`, a credit without "By" counts when it is one person's name and the outlet after a comma
    ("Jane Doe, The Harbour Herald March 4, 2024 2:36 pm. The ..."), the form scrapes of syndicated
    copy print; the story may then open with the outlet's credit ("(Harbour News) -- The ...")."""
    m = re.match(r"(?:By|BY)\s+" if not lower_by else r"(?:By|BY|by)\s+", line)
    if not m and bare:
        m = _BARE_CREDIT.match(line)
    if not m:
        return None
    by = bool(m.group(0))
    words = list(re.finditer(r"\S+", line[m.end():]))
    vocab = byline_words()
    stamp = [vocab.get(w.group(0).strip(".,").casefold()) == "time" or bool(_STAMP_NUMBER.match(w.group(0)))
             for w in words]
    start = next((i for i in range(1, min(len(words), 8 if by else 10)) if stamp[i]), None)
    if start is None:
        return None
    end = start
    while end < len(words) and stamp[end]:
        end += 1
    story = words[end:]
    opens = _OPENS_PROSE if by else _OPENS_PROSE_OR_CREDIT
    if not any(_YEAR.match(w.group(0)) for w in words[start:end]) or len(story) < min_story_words or (
            not opens.match(story[0].group(0))):
        return None
    credit = line[m.end():m.end() + words[start].start()].strip(" ,|·•–—-")
    if not by:
        name, _, outlet = credit.partition(",")
        parsed = parse_byline(name, sitename)
        if len(parsed.authors) != 1 or parsed.agency or not _OUTLET_NAME.fullmatch(outlet.strip()) or (
                not only_credits(name, parsed)):
            return None
        return m.end() + story[0].start(), parsed
    parsed = parse_byline(credit, sitename)
    if not parsed.authors or not only_credits(_outlet_off(credit), parsed):
        return None
    return m.end() + story[0].start(), parsed


# "Jane Doe, The Harbour Herald ...": a name of two to four words and a comma (for `stamped_byline(bare=True)`)
_BARE_CREDIT = re.compile(r"(?=[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3},\s+\S)")
_OUTLET_NAME = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}")
_OPENS_PROSE_OR_CREDIT = re.compile(r"^[A-Z“\"‘'(]")


def barred_byline(line: str, sitename: str | None = None, min_story_words: int = 12) -> tuple[int, BylineParse] | None:
    """(characters taken, the parse) when a paragraph opens with "By <names> |" and the story follows on the
    same line ("By Jane Doe | The harbour council voted ..."): a byline set apart by a bar, glued to the story."""
    m = _BARRED.match(line)
    if m is None or len(line[m.end():].split()) < min_story_words:
        return None
    credit = m.group("credit")
    parsed = parse_byline(credit, sitename)
    if not parsed.authors or not only_credits(_outlet_off(credit), parsed):
        return None
    return m.end(), parsed


_BARRED = re.compile(r"(?:By|BY)\s+(?P<credit>[^|\n]{3,60}?)\s*\|\s+(?=[A-Z“\"‘'])")


def _desk_credit(credit: str) -> bool:
    """A credit that is a programme's, desk's or outlet's capitalised name closed by a job title or an outlet
    word ("Morning Show producer", "City Desk reporter", "Global News"): two to five words."""
    words = credit.split()
    vocab = byline_words()
    return (2 <= len(words) <= 5 and vocab.get(words[-1].casefold().strip(".,")) in ("role", "org")
            and all(w[:1].isupper() or vocab.get(w.casefold().strip(".,")) in ("role", "org") for w in words[:-1]))


def _outlet_off(text: str) -> str:
    """A byline without the outlet credit closing it ("..., Special to the Harbour Herald", "..., CNN"),
    unless that acronym names a wire (then it is the byline's agency); also without the outlet's name
    ("..., Harbour Chronicle", "| The Harbour Post": capitalised words closed by an outlet word), the place
    the writer filed from ("..., Lagos") or a date ("..., Jan 3, 2024, 10:15 IST") set after a comma or bar
    (round40, session 38)."""
    text = _OUTLET_CREDIT.sub("", text)
    m = _OUTLET_ACRONYM.search(text)
    text = text[:m.start()] if m and not agency_of(m.group(0).strip(" ,|/-–—")) else text
    while (m := _LAST_PART.search(text)) and m.start() > 0:
        tail = m.group("tail").strip()
        if agency_of(tail) or not (_desk_credit(tail) or tail in outlet_acronyms() or filing_place(tail)
                                   or _stamp_part(tail)):
            break
        text = text[:m.start()]
    return text


def _stamp_part(part: str) -> bool:
    """A byline part that is a date or time only ("Jan 3", "2024", "10:15 IST"): each word a month, day or
    stamp word of byline_words.csv or holding a digit, one of them a date's or clock's (not "40": "Jane Doe,
    40." is a name and an age, as lists of victims print them)."""
    words = [w.strip(".,") for w in part.split()]
    dated = [byline_words().get(w.casefold()) == "time" or bool(_YEAR.match(w) or re.fullmatch(r"\d{1,2}[:.]\d{2}", w))
             for w in words]
    return any(dated) and all(d or any(ch.isdigit() for ch in w) for w, d in zip(words, dated))


_LAST_PART = re.compile(r"\s*[,|]\s*(?P<tail>[^,|]+)$")


def stamp_line(line: str) -> bool:
    """A line that is only a page's time stamp ("Published 9:05 a.m. ET March 4, 2024", "Updated: Jan 5, 2024")."""
    return _STAMP_TAIL.fullmatch(line.strip()) is not None


def _named_credit(line: str, sitename: str | None, marked: bool) -> BylineParse | None:
    """A line without "By" that is a person's name and what closes a byline: an outlet's name or initials, a
    freelancer's "Special to ...", the place filed from ("Jane Doe, Harbour Chronicle", "Jane Doe | TNN",
    "Jane Doe, Lagos"), or, when `marked`, nothing (the time stamp or address cut off it: "Jane Doe
    Published March 4, 2024"). One to three names, no wire, none of them a place's (round40, session 38).
    ("Jane Doe in Lagos", a British paper's form, is not read: "Boris Johnson in Brussels" is a headline's.)"""
    names = _outlet_off(line)
    if (names == line and not marked) or (names != line and not re.match(r"\s*[,|]", line[len(names):])):
        return None          # the credit set off by a comma or bar: "Major Firms Pull Support For The Fair" is a headline
    parsed = parse_byline(names, sitename)
    if 1 <= len(parsed.authors) <= 3 and not parsed.agency and only_credits(names, parsed) and (
            not re.search(r"[|;:]", names)) and not any(place_by_name(a) for a in parsed.authors):
        return parsed        # ("Los Altos, California" on its line is a place, not a name and its region)
    return None


def _wire_in_full(text: str) -> bool:
    """`text` names a wire by a name of several words ("Associated Press", "Press Trust of India")."""
    m = _agency_pattern()[0].search(text)
    return bool(m and len(m.group(0).split()) > 1)


def _agency_only(line: str) -> str | None:
    """The agency of a line that is only its name, with desk or role words after it ("Reuters Staff")."""
    words = line.strip(" .,;:-–—").split()
    if len(words) > 6:
        return None
    while words:
        if agency_of(" ".join(words)):
            return agency_of(" ".join(words))
        if byline_words().get(words[-1].casefold().strip(".,")) not in ("role", "org"):
            return None
        words.pop()
    return None


def _wire_desk(part: str) -> str | None:
    """ "AFP News", "Reuters Sports Desk": a wire and its desk's words (round42); not an outlet's section that is
    a label ("Bloomberg Opinion", "Reuters Analysis": a column, no wire copy)."""
    return None if any(w.casefold() in lead_labels() for w in part.split()[1:]) else _agency_only(part)


def only_credits(text: str, parsed: BylineParse) -> bool:
    """Every word of `text` belongs to a found name, an agency name, or the byline vocabulary."""
    known = {w.strip(".,").casefold() for a in parsed.authors for w in a.split()}   # "R." as the text's "R."
    vocab = byline_words()
    text = agency_names_removed(text)                 # "Associated Press": a name of several words
    for w in re.findall(r"[\w'’.\-]+", text):
        k = w.strip(".,").casefold()
        if not re.search(r"\w", k) or k in known or vocab.get(k) or k in name_particles() or any(ch.isdigit() for ch in k):
            continue
        if agency_of(w) or find_agency(w):
            continue
        return False
    return True
