"""Agency credits closing a body: "— AFP", "(With inputs from PTI)", "With files from The Canadian Press",
"Source: Xinhua", an Indian wire's desk codes ("PTI AB CD", "srs/vd"), one glued to the last sentence ("... on
Monday. PTI", not a photo caption's credit) and Reuters' "(Reporting by A; Editing by B)" lines: `split_credits`
takes them off and gives the agency they name.
"""
from __future__ import annotations

import re

from newsgraph.ingest.byline import agency_names_removed, agency_of, find_agency, story_words
from newsgraph.ingest.dateline_patterns import DASH
from newsgraph.ingest.lead_record import Lead, record_removal

# Closing credits: "— AFP", "(Reuters)", "(With inputs from PTI)", "With files from The Canadian Press",
# "Source: Xinhua", and Reuters' "(Reporting by A; Editing by B)".
_CREDIT_LINE = re.compile(r"^\(?\s*(?:[-–—]\s*)*(?:(?:with )?(?:inputs|input|reporting|additional reporting|files|a report|reports)"
                          r"(?: from| by)?\s+|source\s*:\s*|courtesy\s*:?\s*)?(?P<who>[^()]{2,60}?)\s*\)?[.]?$", re.I)
_GLUED_CREDIT = re.compile(r"(?<=[.!?”\"’])\s*(?:[-–—]{1,2}\s*)?\(?(?P<who>[A-Z][A-Za-z]{1,15}(?:[ /][A-Z][A-Za-z]{1,15})?)\)?\s*$")
# Indian wires close their copy with the desk's initials: "PTI ABC XYZ", or "-- IANS" and a line "abc/xyz".
_WIRE_CODES = re.compile(r"^(?P<who>[-–—\s]*[A-Z]{2,5})(?:\s+[A-Z]{2,3}){1,4}$")
_DESK_CODES = re.compile(r"^[a-z]{2,4}(?:/[a-z]{1,4}){1,3}/?$|^[a-z]{2,4}/$")
_REPORTING_BY = re.compile(r"^\(?\s*(?:additional\s+)?reporting by\b.{0,300}(?:editing by|writing by).{0,200}$", re.I)


def split_credits(text: str) -> tuple[str, str | None, list[dict[str, str]]]:
    """(body, agency, removed): agency credit lines closing a cleaned body ("— AFP", "(With inputs from
    PTI)", "Source: Xinhua"), one glued to the last sentence ("... on Monday. PTI"), and Reuters'
    "(Reporting by A; Editing by B)" lines are taken off; the agency they name is returned."""
    lines: list[str | None] = list(text.split("\n"))
    holder = Lead(text)
    _closing_credits(lines, holder)
    body = "\n".join(ln for ln in lines if ln is not None).rstrip()
    return body, holder.agency, holder.removed


def _closing_credits(lines: list, lead: Lead) -> None:
    """Agency credits and "Reporting by ...; Editing by ..." lines at the end of the body."""
    for i in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
        line = lines[i]
        if line is None or not line.strip():
            continue
        s = line.strip()
        if _REPORTING_BY.match(s):
            record_removal(lead, "credit", s, "credit.reporting")
            lines[i] = None
            continue
        if _DESK_CODES.match(s) and i > 0 and _wire_credit(lines[i - 1] or ""):
            record_removal(lead, "credit", s, "credit.desk-codes")    # "srs/vd" under "-- IANS": the desk's initials
            lines[i] = None
            continue
        s = _wire_credit(s) or s
        m = _CREDIT_LINE.match(s)
        ag = find_agency(m.group("who")) if m and len(s) <= 60 else None
        if ag and only_agency_words(m.group("who")):
            lead.agency = lead.agency or ag
            record_removal(lead, "credit", line.strip(), "credit.agency")
            lines[i] = None
            continue
        m = _GLUED_CREDIT.search(s)
        if m and find_agency(m.group("who")) and only_agency_words(m.group("who")) and not (
                _bare_credit(m.group(0)) and _caption_sentence(s[:m.start()])):
            lead.agency = lead.agency or find_agency(m.group("who"))
            record_removal(lead, "credit", m.group(0), "credit.glued")
            lines[i] = line[:line.rindex(m.group(0).strip())].rstrip()
        break


_CAPTION_WORDS = 35         # a photo's caption is one short sentence


def _bare_credit(credit: str) -> bool:
    """ " AFP": a wire's name glued after the full stop with no dash and no parentheses (a caption's credit
    is printed so; a story's closing credit often takes a dash: "... on Monday. — AFP")."""
    return not re.search(rf"{DASH}|\(", credit)


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


def only_agency_words(who: str) -> bool:
    """`who` names wires and nothing else ("PTI", "AFP and Reuters", "The Associated Press")."""
    rest = agency_names_removed(who)       # names of several words ("Associated Press") go whole
    rest = re.sub(r"(?i)\b(?:and|agencies|agency|news|wires?|with|inputs?|from|the)\b|[,&/]", " ", rest)
    return bool(find_agency(who)) and not rest.split()
