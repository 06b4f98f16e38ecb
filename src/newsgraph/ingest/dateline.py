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
    without parentheses ("Hong Kong CNN —"), place and wire between bars ("GENEVA | AFP | ...") -> `dateline_place`
    (+ region) and the agency; an outlet credit alone
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
a name opening with "The" unless a known place comes with a region, date or wire, or in capitals with an outlet's
credit ("THE HAGUE, Netherlands (AP) —" and "THE HAGUE (Harbor Daily) —" are ones, "THE LATEST —" and "The Hague —"
are not); a place and a colon before a word in lower case ("LONDON: up 4 percent", a list's item); a weekday or a word for a day ("MONDAY, March 4 (HealthDay
News) --", "TODAY —"); a headline that opens with a bare place ("Mumbai: Board to reopen ferry landings" above
the story).

This module holds `split_lead` (the top of the body, line by line), the dateline forms of scraped text it tries
there (`_scraped_dateline`, with dateline_scraped.py) and `article_dateline`; the parts it reads live in their own
modules, none of which imports this one:
  dateline_patterns.py    the written forms of a dateline (regular expressions)
  dateline_read.py        read_dateline: does a paragraph open with a dateline, and what does it give
  headline_datelines.py   bylines and datelines next to a headline run into the story
  page_marks.py           what the HTML page prints around the story (PageMarks), and what is taken from it
  closing_credits.py      agency credits closing the body (split_credits)
  lead_record.py          Lead, the record of what was taken off, and how things are taken
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from newsgraph.ingest import dateline_scraped as scraped
from newsgraph.ingest.byline import (agency_of, barred_byline, byline_line, byline_words, BylineParse, dateline_agency,
                                     find_agency, outlet_acronyms, parse_byline, place_by_name, stamp_line,
                                     stamped_byline)
from newsgraph.ingest.byline_filed import desk_line, role_line, top_byline
from newsgraph.ingest.closing_credits import only_agency_words
# (split_credits is imported from here by tests/test_date31.py and tests/test_ingest_lead.py: re-exported for them)
from newsgraph.ingest.closing_credits import split_credits  # noqa: F401  (re-export)
from newsgraph.ingest.dateline_patterns import (CAPITALISED_WORD, DATELINE, LEAD_DATE, LONG_DASH, PLACE_LINE_REGION,
                                                PROSE_WORDS)
from newsgraph.ingest.dateline_read import (Dateline, KnownPlace, gazetteer_place, label_or_day, organisation_name,
                                            place_case, place_line, place_words, read_dateline, written_region)
from newsgraph.ingest.headline_datelines import after_headline, glued_byline, headline_byline
from newsgraph.ingest.lead_record import Lead, record_removal, take_byline, take_dateline
from newsgraph.ingest.page_marks import NO_PAGE_MARKS, PageMarks, dateline_element, page_bylines

_DATELINE_LINES = 5          # the dateline is sought in the first lines left after bylines (title, standfirst, story)
_OWN_LINE_LINES = 3          # a place alone on its line is a dateline only this near the top (deeper: a subheading)
LEAD_LINES = 8              # how far down the top lines are searched for bylines and the dateline


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
    for i in lead_line_indexes(lines):
        line = (lines[i] or "").strip()
        if not line:
            continue
        headed = headline_byline(line, title, sitename) if title else None
        if headed is not None:
            # "Talks resume by Jane Doe Monday, March 4, 2024 The council ...": a page that set its headline,
            # byline and story in one block; the headline goes, the byline is read, the story stays
            headline, byline_text, parsed, rest = headed
            take_byline(parsed, authors, lead)
            record_removal(lead, "headline", headline, "headline.glued-byline")
            record_removal(lead, "byline", byline_text, "byline.after-headline")
            lines[i] = rest or None
            line = rest.strip()
            if not line:
                continue
        wire_by = _by_wire(line)
        if wire_by is not None:
            # "By AFP The ministry said ...": "By" and a wire's name glued to the story (session 22)
            end, agency = wire_by
            lead.agency = lead.agency or agency
            record_removal(lead, "byline", line[:end], "byline.by-wire")
            lines[i] = line = line[end:]
        stamped = stamped_byline(line, sitename, min_story_words=PROSE_WORDS, bare=True)
        if stamped is not None and glued_byline(line, known, sitename) is None:
            # "By Jane Doe Monday, March 4, 2024 The council ...": the byline and its time stamp opening the story
            end, parsed = stamped
            take_byline(parsed, authors, lead)
            record_removal(lead, "byline", line[:end], "byline.stamped")
            lines[i] = line = line[end:]
        barred = barred_byline(line, sitename, min_story_words=PROSE_WORDS) if stamped is None else None
        if barred is not None:
            # "By Jane Doe | The council ...": the byline set apart by a bar, glued to the story
            end, parsed = barred
            take_byline(parsed, authors, lead)
            record_removal(lead, "byline", line[:end], "byline.barred")
            lines[i] = line = line[end:]
        glued = glued_byline(line, known, sitename)
        if glued is not None:
            # "By Jane Doe Staff Writer March 5, 2024 SPRINGFIELD -- The ...": byline and dateline in the story's
            # first paragraph (a page that set the byline inline)
            byline_text, parsed, dl = glued
            take_byline(parsed, authors, lead)
            record_removal(lead, "byline", byline_text, "byline.glued")
            lines[i] = lines[i].lstrip()[len(byline_text):].lstrip()[dl.end:]
            take_dateline(lead, dl, "dateline.paragraph")
            break
        if role_line(line) and _name_above(lines, prev, i, sitename, authors, lead):
            record_removal(lead, "byline", line, "byline.role-line")
            lines[i] = None       # "Jane Doe" on its line, "Staff Writer" on the next (round46)
            continue
        parsed = byline_line(line, sitename, named=True) or top_byline(line, sitename)
        if parsed is not None or desk_line(line):
            if parsed is not None and parsed.agency and not parsed.authors and prev is not None and (
                    not any((lines[j] or "").strip() for j in range(prev + 1, i))):
                name = _name_line(lines[prev] or "", sitename)
                if name is not None:
                    # "Jane Doe" on its line, "Associated Press" on the next: the byline set on two lines
                    take_byline(name, authors, lead)
                    record_removal(lead, "byline", lines[prev] or "", "byline.name-line")
                    lines[prev], prev = None, None
            if parsed is not None:
                take_byline(parsed, authors, lead)
            record_removal(lead, "byline", line, "byline.line" if parsed is not None else "byline.desk")
            lines[i] = None
            continue
        if stamp_line(line) and _name_above(lines, prev, i, sitename, authors, lead):
            continue              # "Jane Doe" on its line, "Published 9:05 a.m. ET March 4, 2024" on the next
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
            if opening is not None and len((lines[story] or "").split()) >= PROSE_WORDS:
                # "Hong Kong" / "CNN" / "— The ...": place, outlet and the dash set on three lines (session 30)
                take_dateline(lead, replace(above, agency=dateline_agency(line), text=f"{above.text} {line} "
                                             f"{opening.group(0).strip()}"), "dateline.three-lines")
                lines[prev] = lines[i] = None
                lines[story] = (lines[story] or "")[opening.end():]
                break
        if dl is not None:
            _name_above(lines, prev, i, sitename, authors, lead)
            lines[i] = lines[i][dl.end:] or None     # a dateline alone on its line goes with it
            take_dateline(lead, dl, "dateline.paragraph")
            break
        if title and after_headline(line, lines, i, title, known, sitename, authors, lead):
            break
        if _scraped_dateline(line, lines, i, known, sitename, authors, lead):
            break
        own = place_line(lines[prev] or "", known) if prev is not None else None
        if own is None and prev is not None and _DASH_OPENING.match(line):
            own = _place_above_outlet(lines[prev] or "", known)   # "Singapore" / "- The ...": the dash makes it one
        if len(line.split()) >= PROSE_WORDS and own is not None and seen <= _OWN_LINE_LINES:
            take_dateline(lead, own, "dateline.own-line")
            lines[prev] = None
            opening = _DASH_OPENING.match(lines[i] or "")
            if opening is not None:
                lines[i] = (lines[i] or "")[opening.end():]   # "LONDON" / "- The ...": the dateline's dash goes too
            break
        if seen >= _DATELINE_LINES:
            break                 # datelines open the story's first paragraph (after a title or standfirst)
        prev = i
    page_bylines(author, page, sitename, authors, lead)
    if lead.dateline_place is None:
        dateline_element(page, known, lead)
        story = _next_kept(lines, -1) if lead.dateline_place is not None else None
        opening = _DASH_OPENING.match(lines[story] or "") if story is not None else None
        if opening is not None:
            # "— The council ...": the page's dateline element went with trafilatura's furniture, its dash stayed
            lines[story] = (lines[story] or "")[opening.end():]
    lead.authors = authors
    lead.text = "\n".join(ln for ln in lines if ln is not None).strip()
    return lead


def lead_line_indexes(lines: list[str | None]) -> list[int]:
    """The indexes of the top lines `split_lead` reads: the first LEAD_LINES lines that hold text. Counted in
    lines with text, so a body whose paragraphs are set apart by blank lines is read as deep as one set line
    by line (a plain-text story under its headline, "ABSTRACT.", a summary and "FULL TEXT." opens its fifth
    paragraph with the dateline; session 37)."""
    out: list[int] = []
    for i, line in enumerate(lines):
        if len(out) == LEAD_LINES:
            break
        if (line or "").strip():
            out.append(i)
    return out


# a story line opening with the dateline's dash, the place (and outlet) set on the lines above (session 30)
_DASH_OPENING = re.compile(rf"^\s*(?:{LONG_DASH}|-)\s+(?=[A-Z“\"‘'])")


def _outlet_alone(line: str) -> bool:
    """ "CNN", "Reuters", "The Associated Press": a line that is only an outlet's initials (byline_words.csv
    `acronym` rows) or a wire's name."""
    line = line.strip()
    if not line or len(line) > 40:
        return False
    return line in outlet_acronyms() or (bool(agency_of(line)) and only_agency_words(line))


def _place_above_outlet(line: str, known: KnownPlace) -> Dateline | None:
    """A place alone on the line above an outlet's credit ("Hong Kong" over "CNN"): a place `place_line`
    takes, or any place of the gazetteer's written as a name of one to three words (the outlet below makes
    the form a dateline's, as a wire's parentheses do), not an organisation's name, a label or a day."""
    own = place_line(line, known)
    if own is not None:
        return own
    line = line.strip()
    if not re.fullmatch(rf"{CAPITALISED_WORD}(?:\s+{CAPITALISED_WORD}){{0,2}}", line) or len(line) > 30:
        return None
    if organisation_name(line, known) or label_or_day(line) or not place_words(line) or known(line) is None:
        return None
    return Dateline(len(line), place_case(line), None, None, line)


def _next_kept(lines: list[str | None], i: int) -> int | None:
    """The index of the next non-empty line after `i`, else None."""
    for j in range(i + 1, len(lines)):
        if (lines[j] or "").strip():
            return j
    return None


def _by_wire(line: str) -> tuple[int, str] | None:
    """(characters taken, the agency) when a paragraph of prose opens with "By" and a wire's name and nothing
    else before the story's first word in capitals ("By AFP The ministry said ...", "By The Associated Press
    Police said ..."): the longest run of one to four words that names wires only (`only_agency_words`)."""
    if not re.match(r"(?:By|BY)\s", line):
        return None
    words = list(re.finditer(r"\S+", line))
    for k in range(min(4, len(words) - 2), 0, -1):
        credit = line[words[1].start():words[k].end()]
        story = words[k + 1:]
        if len(story) >= PROSE_WORDS and re.match(r"[A-Z“\"‘']", story[0].group(0)) and (
                only_agency_words(credit)):
            return story[0].start(), find_agency(credit)
    return None


def _scraped_dateline(line: str, lines: list[str | None], i: int, known: KnownPlace, sitename: str | None,
                      authors: list[str], lead: Lead) -> bool:
    """The forms of `dateline_scraped` (a scrape lost the dateline's dash or its paragraph break), tried on the
    stripped `line` (lines[i]) when `read_dateline` found none: taken off it, True when one was found."""
    bar = scraped.table_bar_dateline(line, known)
    if bar is not None:
        # "| PORTLAND, Maine (AP) — ...": the story set in a layout table's cell (session 31)
        start, dl = bar
        lines[i] = line[start + dl.end:]
        take_dateline(lead, dl, "dateline.table-cell")
        return True
    dl = scraped.caps_without_dash(line, known)
    if dl is not None:
        lines[i] = line[dl.end:]
        take_dateline(lead, dl, "dateline.no-dash")
        return True
    reporter = scraped.reporter_and_place(line, known, sitename)
    if reporter is not None:
        parsed, dl = reporter
        take_byline(parsed, authors, lead)
        record_removal(lead, "byline", line[:line.index(dl.text)], "byline.reporter")
        lines[i] = line[dl.end:]
        take_dateline(lead, dl, "dateline.reporter")
        return True
    prose = len(line.split()) >= PROSE_WORDS
    found = scraped.inner_dateline(line, known, sitename) if prose else None
    if found is None and prose:
        furniture = scraped.dateline_after_furniture(line, known)
        if furniture is not None:
            # "Updated 10:42 a.m. ET, March 5, 2024 PORTLAND, Maine (AP) — ...": a time stamp, reading time or
            # headline run into the first paragraph without a sentence's end (session 31); it stays on its own line
            start, dl = furniture
            lines[i] = (line[:start].rstrip() + "\n" + line[start + dl.end:].lstrip()).strip()
            take_dateline(lead, dl, "dateline.after-furniture")
            return True
    if found is None:
        byline = scraped.inner_byline(line, sitename) if prose and not authors else None
        if byline is not None:
            text, parsed = byline
            take_byline(parsed, authors, lead)
            record_removal(lead, "byline", text, "byline.after-lead-in")
            lines[i] = line.replace(" " + text, "", 1)
        return False
    cut = found.lead_in_end
    if found.byline is not None:
        take_byline(found.byline, authors, lead)
        record_removal(lead, "byline", found.byline_text, "byline.before-dateline")
        cut = line.rindex(found.byline_text, 0, found.start)
    # the lead-in stays (a caption's or standfirst's words); the byline and the dateline go
    # (a caption closed by its photo credit goes on its own line: cleaning moves it out, session 29)
    glue = "\n" if found.credit and found.byline is None else " "
    lines[i] = (line[:cut].rstrip() + glue + line[found.start + found.dateline.end:]).strip()
    take_dateline(lead, found.dateline, "dateline.after-lead-in")
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
    if len(rest.split()) >= PROSE_WORDS or _SENTENCE_END.search(rest) or (
            byline_words().get(rest.split()[-1].casefold()) == "stop" if rest else True):
        return False
    after = next(((ln or "").strip() for ln in lines[i + 1:] if (ln or "").strip()), "")
    return len(after.split()) >= PROSE_WORDS and bool(re.match(r"[A-Z“\"‘']", after))


def _name_above(lines: list[str | None], prev: int | None, i: int, sitename: str | None, authors: list[str],
                lead: Lead) -> bool:
    """Take the line right above line `i` as the byline when it is one person's name alone (`_name_line`) and
    line `i` opens with the dateline or is the byline's time stamp or the writer's job title: "Jane Doe" /
    "LAGOS — The ..." is how many papers set a byline without "By" (round40, session 38; the title, round46).
    True when taken."""
    if prev is None or any((lines[j] or "").strip() for j in range(prev + 1, i)):
        return False
    name = _name_line(lines[prev] or "", sitename)
    if name is None or place_by_name(name.authors[0]):
        return False
    take_byline(name, authors, lead)
    record_removal(lead, "byline", lines[prev] or "", "byline.name-above")
    lines[prev] = None
    return True


def _name_line(line: str, sitename: str | None) -> BylineParse | None:
    """A line that is one person's name and nothing else ("Jane Doe", "JANE DOE"; two or three words), read as
    a byline only right above a wire's credit line: a headline this short and set so is rare."""
    words = line.split()
    if not 2 <= len(words) <= 3 or re.search(r"[^\w\s.'’-]", line):
        return None
    parsed = parse_byline(line, sitename)
    one = len(parsed.authors) == 1 and not parsed.agency
    return parsed if one and parsed.authors[0].casefold() == " ".join(words).casefold() else None


def article_dateline(article) -> tuple[str | None, str | None]:
    """(place, region) of an article's dateline: `Article.dateline_place` and the region written with it
    ("Calif." in "HAYWARD, Calif. (AP) —"), read back from the dateline recorded in `Article.removed`."""
    place = getattr(article, "dateline_place", None)
    if not place:
        return None, None
    for rec in getattr(article, "removed", None) or []:
        if rec.get("kind") == "dateline" and rec.get("rule") in ("dateline.own-line", "dateline.element"):
            m = PLACE_LINE_REGION.fullmatch(rec.get("text", ""))
            if m and place_case(m.group("place")) == place:
                return place, m.group("region")
        if rec.get("kind") == "dateline" and rec.get("rule") != "dateline.own-line":
            text = rec.get("text", "")
            lead_date = LEAD_DATE.match(text)
            m = DATELINE.match(text[lead_date.end() if lead_date else 0:] + " X")
            if m and written_region(m) and place_case(m.group("place")) == place:
                return place, written_region(m)
    return place, None


