"""What an HTML page prints around the story (`PageMarks`: byline and credit elements, the dateline element,
the first paragraph and the element above it, copyright notices) and what split_lead takes from it: the authors and
agency of the page's byline metadata and elements (not the publisher), and the dateline of the page's own element or
first paragraph when the body has none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newsgraph.ingest.byline import (BylineParse, agency_of, byline_line, byline_words, lead_labels, name_particles,
                                     only_credits, parse_byline, same_agency_as_site)
from newsgraph.ingest.byline_labels import edited_names
from newsgraph.ingest.dateline_patterns import CAPITALISED_WORD
from newsgraph.ingest.dateline_read import Dateline, KnownPlace, city_place, place_case, place_line, read_dateline
from newsgraph.ingest.lead_record import Lead, name_key, take_byline, take_dateline


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


def page_bylines(author: str | None, page: PageMarks, sitename: str | None,
                  authors: list[str], lead: Lead) -> None:
    """Authors and agency from the page around the body. The metadata byline comes first; a byline
    element adds the co-authors the metadata left out when it names one of the metadata's authors
    (sidebars carry other articles' bylines, so an element naming none of them adds nobody). Credit
    elements ("JIJI", "Associated Press") give an agency only when they are nothing but its name."""
    meta = parse_byline(author, sitename) if author else BylineParse([])
    # the publisher is no author, nor a name the page's byline credits as its editor (round42)
    editors = {name for kind, text in page.bylines if not kind.startswith("listed-") for name in edited_names(text)}
    meta = BylineParse([a for a in meta.authors if not _publisher(a, page, sitename) and a.casefold() not in editors],
                       meta.agency)
    take_byline(meta, authors, lead, first=True)
    if not meta.authors and not authors:
        _element_authors(page, sitename, authors, lead)
    known = {name_key(a) for a in meta.authors}     # "J R Roe" in the metadata is the element's "J.R. Roe"
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
        found = {name_key(a) for a in parsed.authors}
        if parsed.authors and found & known:
            take_byline(parsed, authors, lead)
            known |= found


def _element_authors(page: PageMarks, sitename: str | None, authors: list[str], lead: Lead) -> None:
    """The page's first own byline element that reads as a byline ("By Jane Roe, CNN", "By Jane Roe on Monday,
    March 4, 2024", "Jane Roe" in a byline element) gives the authors when neither the metadata nor the body's
    top lines named anyone: the page prints its byline where trafilatura's metadata did not look (round46).
    Bylines in boxes of other stories, and a name the page credits as its editor, do not count."""
    editors = {name for kind, text in page.bylines if not kind.startswith("listed-") for name in edited_names(text)}
    for kind, text in page.bylines:
        if kind != "byline":
            continue
        parsed = byline_line(text, sitename, named=True)
        if parsed is None:
            plain = parse_byline(text, sitename)
            few = 1 <= len(plain.authors) <= 3 and len(text.split()) <= 4 * len(plain.authors)
            parsed = plain if few and only_credits(text, plain) else None
        if parsed is not None and parsed.authors:
            names = [a for a in parsed.authors if a.casefold() not in editors]
            take_byline(BylineParse(names, parsed.agency), authors, lead)
            return
    name = _first_name_signed(page)
    if name and name.casefold() not in editors:
        take_byline(BylineParse([name]), authors, lead)


# "by Marisol", "Written by Marisol", "By Tove on 4 March, 2024 | 12 Comments": a byline element signed with one
# capitalised word (a blog theme's byline; the name-and-surname rules want two words)
_BY_ONE_NAME = re.compile(r"^(?:(?:[Ww]ritten|[Pp]osted)\s+)?(?:by|By|BY)\s*(?P<name>[A-ZÀ-Þ][a-zß-ÿ'’-]+)"
                          r"(?:\s+on\s.*|\s*[|·•,].*)?$")


def _first_name_signed(page: PageMarks) -> str | None:
    """A writer who signs with a first name only: one byline element reads "by <Name>" and another is "<Name>"
    alone (the theme's byline and its author link), the name no byline word, label or wire ("by admin", "by Staff",
    "by Reuters" are none). Round47 (session 45)."""
    own = [text for kind, text in page.bylines if kind == "byline"]
    for text in own:
        m = _BY_ONE_NAME.match(text)
        if not m:
            continue
        name = m.group("name")
        key = name.casefold()
        if byline_words().get(key) or key in lead_labels() or agency_of(name) or key in name_particles():
            continue
        if any(other.strip() == name for other in own):
            return name
    return None


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


def dateline_element(page: PageMarks, known: KnownPlace, lead: Lead) -> None:
    """The place (and wire) of the page's first dateline element ("KOBE –", "WASHINGTON (AP)") when the
    body's first paragraph had none: the page set the dateline apart and trafilatura left it out. Sites
    also give date stamps that class ("Updated Nov 19, 9:41 AM"): only a text that reads as a dateline
    counts."""
    found = _element_dateline(page.dateline, known, own=True) if page.dateline else None
    if found is not None:
        take_dateline(lead, found, "dateline.element")
    else:
        _lead_paragraph_dateline(page, known, lead)


def _element_dateline(text: str, known: KnownPlace, own: bool = False) -> Dateline | None:
    """A dateline element's text read as a whole dateline ("WASHINGTON (AP)") or as a place line ("KOBE").
    In the page's `own` dateline element a city whose best reading is the region named for it counts too
    ("ISTANBUL", "LAGOS": `city_place`), which a place line alone does not take (round41)."""
    dl = read_dateline(text + "\nX", known)
    if dl is not None and dl.place and dl.end >= len(text.rstrip()):
        return replace(dl, text=text.strip())
    found = place_line(text, known)
    name = text.strip()
    if found is None and own and re.fullmatch(rf"{CAPITALISED_WORD}(?:\s+{CAPITALISED_WORD}){{0,2}}", name) and (
            city_place(name, known)):
        found = Dateline(len(name), place_case(name), None, None, name)
    return found


def _lead_paragraph_dateline(page: PageMarks, known: KnownPlace, lead: Lead) -> None:
    """The dateline opening the page's first story paragraph (`htmlpage.lead_paragraph`), when the body
    had none: trafilatura's text can lose a first paragraph set apart from the rest."""
    dl = read_dateline(page.lead, known) if page.lead else None
    if dl is not None and dl.place:
        take_dateline(lead, dl, "dateline.page-paragraph")
        return
    above = _element_dateline(page.lead_above, known) if page.lead_above else None
    if above is not None and above.place and dl is None:
        # "<div class="article-meta">PORTLAND, Maine</div>" right above the story's first paragraph: a dateline
        # element trafilatura dropped with the page's furniture, read as a whole dateline or place line (session 31)
        take_dateline(lead, above, "dateline.page-above-paragraph")
