"""Bylines and datelines next to a headline: the page's headline glued before a byline ("Talks resume by Jane
Doe Monday, March 4, 2024 The council ..."), a byline glued to the dateline in the first paragraph ("By Jane Doe
Staff Writer March 5, 2024 SPRINGFIELD -- The ..."), and a record whose text opens with its own headline run into
the story, the dateline read after it -- directly, after a wire's byline and date, without its dash, or after one
promotional sentence. Used by split_lead (dateline.py).
"""
from __future__ import annotations

import re

from newsgraph.ingest import dateline_scraped as scraped
from newsgraph.ingest.blocks import title_variants
from newsgraph.ingest.byline import byline_line, byline_words, BylineParse, only_credits, parse_byline, stamped_byline
from newsgraph.ingest.dateline_patterns import DASH, FULL_DATE, LONG_DASH, PROSE_WORDS
from newsgraph.ingest.dateline_read import Dateline, KnownPlace, all_caps, read_dateline
from newsgraph.ingest.lead_record import Lead, record_removal, take_byline, take_dateline

# the headline's end where a scrape ran it into the story: its mark (or none) and a space ("Council backs the
# budget. SPRINGFIELD —", "Is the budget fair? . SPRINGFIELD —")
_HEADLINE_END = re.compile(r"\s*(?:[.:!?]\s*)?(?:[.:]\s+|\s+)")
_HEADLINE_CHARS = 400        # a scrape's lead-in and the headline after it are this long at most


def after_headline(line: str, lines: list[str | None], i: int, title: str, known: KnownPlace,
                    sitename: str | None, authors: list[str], lead: Lead) -> bool:
    """A record whose text opens with its own headline run into the story ("Council backs the budget.
    SPRINGFIELD — The council ...", "... budget. BY JANE DOE Staff Writer March 5, 2024 SPRINGFIELD -- The
    ..."): the given title (`blocks.title_variants`) tells where the story's first paragraph starts, so its
    dateline is read there as at a paragraph's start (`read_dateline`, or a byline glued to it:
    `glued_byline`), not only in the strong forms a dateline inside a paragraph needs
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
        if len(rest.split()) < PROSE_WORDS:
            return False
        glued = glued_byline(rest, known, sitename)
        if glued is not None:
            byline_text, parsed, dl = glued
            take_byline(parsed, authors, lead)
            record_removal(lead, "byline", byline_text, "byline.after-headline-glued")
            after = rest[len(byline_text):].lstrip()[dl.end:]
            lines[i] = (line[:m.end()] + ". " + after.lstrip()).strip() if after.strip() else line[:m.end()]
            take_dateline(lead, dl, "dateline.after-headline")
            return True
        for read, rule in ((_wire_byline, "byline.after-headline-wire"), (_mailed_byline, "byline.after-headline-stamped")):
            # "... budget. Jane Doe Associated Press March 5, 2009 From The Harbour Herald The council ...": a
            # wire's byline and its date (and the paper that ran it) between the headline and the story;
            # "... budget. Jane Doe jdoe@harbourherald.com March 5, 2009 From HarbourHerald.com The council ...",
            # "... budget. By Jane Doe Staff Writer March 5, 2009 The council ...": the writer's byline, its
            # address or "By", and the date (round46); the story may open with its dateline
            credited = read(rest, sitename)
            if credited is None:
                continue
            n, parsed = credited
            take_byline(parsed, authors, lead)
            record_removal(lead, "byline", rest[:n], rule)
            after = rest[n:]
            dl = _opening_dateline(after, known)
            if dl is not None:
                after = after[dl.end:].lstrip()
                take_dateline(lead, dl, "dateline.after-headline")
            lines[i] = (line[:end.end()] + after).strip()
            return True
        dl = _opening_dateline(rest, known)
        if dl is not None:
            lines[i] = (line[:end.end()] + rest[dl.end:].lstrip()).strip()
            take_dateline(lead, dl, "dateline.after-headline")
            return True
        dl = scraped.caps_without_dash(rest, known)
        if dl is not None:
            # "... budget. WASHINGTON Jane Doe, a senior official, said ...": the dash (or the wire) lost
            lines[i] = (line[:end.end()] + rest[dl.end:].lstrip()).strip()
            take_dateline(lead, dl, "dateline.no-dash")
            return True
        promo = _after_promo(rest, known)
        if promo is not None:
            # "... budget. Jane Doe reports every week from city hall. SPRINGFIELD — The council ...": a
            # promotional line between the headline and the story's dateline; the line stays
            start, dl = promo
            lines[i] = (line[:end.end()] + rest[:start] + rest[start + dl.end:].lstrip()).strip()
            take_dateline(lead, dl, "dateline.after-promo")
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
_WIRE_BYLINE = re.compile(rf"(?P<credit>[A-Z][^\n]{{4,60}}?)\s*,?\s+(?:{FULL_DATE})\s+(?=[A-Z“\"‘'])")
_FROM_PAPER = re.compile(r"From\s+(?:[Tt]he\s+)?")


def _wire_byline(text: str, sitename: str | None) -> tuple[int, BylineParse] | None:
    """(characters taken, the parse) when `text` (what follows a record's headline) opens with a person's
    name and a wire, then the date ("Jane Doe Associated Press March 5, 2009 ..."), maybe with the paper that
    ran the story ("From The Harbour Herald"): the credit must read as names and the wire and nothing else."""
    m = _WIRE_BYLINE.match(text)
    if m is None or len(text[m.end():].split()) < PROSE_WORDS:
        return None
    credit = m.group("credit").strip(" ,")
    parsed = parse_byline(credit, sitename)
    if not parsed.authors or not parsed.agency or not only_credits(credit, parsed):
        return None
    return _paper_end(text, m.end()), parsed


# "Jane Doe jdoe@harbourherald.com March 5, 2009": a name, the writer's address and the date (round46)
_MAILED_BYLINE = re.compile(rf"(?P<credit>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{1,3}})\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
                            rf"\s*,?\s+(?:{FULL_DATE})\s+(?=[A-Z“\"‘'])")


def _mailed_byline(text: str, sitename: str | None) -> tuple[int, BylineParse] | None:
    """(characters taken, the parse) when `text` (what follows a record's headline) opens with a writer's
    byline and the date before the story: a person's name and e-mail address ("Jane Doe jdoe@harbourherald.com
    March 5, 2009"), maybe with the site that ran it ("From HarbourHerald.com"), or "By", the names and a job
    title (`stamped_byline`: "By Jane Doe Staff Writer March 5, 2009 The ..."). The credit must read as one
    person's name and nothing else."""
    m = _MAILED_BYLINE.match(text)
    if m is not None and len(text[m.end():].split()) >= PROSE_WORDS:
        credit = m.group("credit")
        parsed = parse_byline(credit, sitename)
        if len(parsed.authors) == 1 and not parsed.agency and only_credits(credit, parsed):
            return _paper_end(text, m.end()), parsed
        return None
    stamped = stamped_byline(text, sitename, min_story_words=PROSE_WORDS)
    if stamped is not None and stamped[1].authors and not stamped[1].agency:
        return stamped
    return None


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
    if dl is None or not (dl.agency or re.search(rf"(?:{DASH}|{LONG_DASH})$", dl.text)):
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


_GLUED_BY = re.compile(r"^(?:By|BY)\s+\S")
# "JANE DOE, Associated Press WASHINGTON (AP) —": a byline without "By", a name and its wire
_GLUED_NAME_WIRE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3},\s+\S")


def headline_byline(line: str, title: str, sitename: str | None) -> tuple[str, str, BylineParse, str] | None:
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
        stamped = stamped_byline(rest, sitename, lower_by=True, min_story_words=PROSE_WORDS)
        if stamped is not None:
            end, parsed = stamped
            return line[:m.end()], rest[:end], parsed, rest[end:]
        parsed = byline_line(rest, sitename)
        if parsed is not None and parsed.authors:
            return line[:m.end()], rest, parsed, ""
    return None


def glued_byline(line: str, known: KnownPlace, sitename: str | None) -> tuple[str, BylineParse, Dateline] | None:
    """(byline text, its parse, the dateline) when a paragraph opens with a byline ("By ...", or a name and its
    wire: "JANE DOE, Associated Press") and, within its first 150 characters, an upper-case dateline ("NEWARK --", "WASHINGTON (AP) —") followed by the story."""
    by = bool(_GLUED_BY.match(line))
    if not (by or _GLUED_NAME_WIRE.match(line)) or len(line.split()) < PROSE_WORDS:
        return None
    for m in re.finditer(r"(?<=\s)(?=[A-Z])", line[:150]):
        if m.start() < 5:
            continue
        dl = read_dateline(line[m.start():], known)
        if dl is None or dl.place is None or not all_caps(dl.text.split(",")[0].split("(")[0]):
            continue
        parsed = parse_byline(line[:m.start()].strip(), sitename)
        if not parsed.authors and not parsed.agency:
            return None
        if not by and not (parsed.authors and parsed.agency):
            return None       # without "By", only a name with its wire is a byline
        return line[:m.start()].strip(), parsed, dl
    return None
