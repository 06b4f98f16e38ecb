"""Byline lines that name a desk, the place the writer filed from or their beat, for `dateline.split_lead`.

Lines many papers print above the story which `byline.byline_line` does not read:

  * a desk's credit alone ("Staff Reports", "HT Correspondent") or with the place it files from ("Staff
    Reporter, Lagos", "Our Correspondent | Peshawar", "Bureau Report, Karachi"): a credit line that names no
    author (`desk_line`); the place is no dateline (a place in a byline line is none, session 30);
  * a British paper's "<name> in <place>" ("Jane Roe in Manchester", "By Jane Roe in Athens", "Jane Roe in
    Madrid and John Doe", "... and agencies"): the names are the authors, the places no dateline
    (`filed_byline`);
  * a British paper's name and beat without a comma, the scrape having joined the two lines ("Jane Roe
    Transport correspondent", "Jane Roe Deputy political editor"): the name is the author (`beat_byline`);
  * a writer's job title alone on the line under their name ("Jane Roe" / "Staff Writer", "Senior Health
    Reporter"): `role_line` tells the title's line; split_lead takes the name above it (round46, session 44).

The place must be a well-known place's own name (`byline.filing_place`), so "Rome in chaos as ..." and a
kicker "Dhaka in brief" are no bylines; every name must be a person's full name and open with no title of
one holder, so a subhead "Macron in Berlin" or "Pope Francis in Lisbon" is none either. A beat is a
capitalised word, maybe words in lower case, then a job title of byline_words.csv in lower case: a headline
in title case ("Biden Picks New Defense Secretary") does not end so (round41).
"""
from __future__ import annotations

import re

from newsgraph.ingest.byline import BylineParse, byline_words, filing_place, only_credits, parse_byline
from newsgraph.ingest.dateline_scraped import one_word_titles

_DESK_LINE = re.compile(r"^[A-Z][\w.'’\- ]{0,40}$")
_PLACE_NAME = r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}"
# "Staff Reporter, Lagos", "Our Correspondent | Peshawar": the credit, a comma or bar, the place
_DESK_AND_PLACE = re.compile(rf"^(?P<desk>[^,|]{{2,40}}?)\s*[,|]\s*(?P<place>{_PLACE_NAME})$")
# " in Manchester" after a name, closing the line or a part of it
_IN_PLACE = re.compile(rf"\s+in\s+(?P<place>{_PLACE_NAME})(?=\s*(?:,|;|&|\band\b|$))")
_BY = re.compile(r"^(?:By|BY)\s+")
_AGENCIES = re.compile(r"\s*(?:,|\band\b)\s+agencies$")     # the Guardian's "... and agencies"


def desk_line(line: str) -> bool:
    """ "Staff Reports", "F.P. Report", "HT Correspondent": a short credit line ending in a desk word, maybe
    followed by the place the desk files from ("Staff Reporter, Lagos")."""
    m = _DESK_AND_PLACE.match(line.strip())
    if m is not None and filing_place(m.group("place")):
        line = m.group("desk")
    if not _DESK_LINE.match(line) or len(line.split()) > 4 or len(line.split()) < 1:
        return False
    last = line.split()[-1].casefold().strip(".")
    return byline_words().get(last) in ("role", "org") and last not in ("news", "times", "post", "daily")


def filed_byline(line: str, sitename: str | None = None) -> BylineParse | None:
    """The authors of "<name> in <place>[, <name> in <place>][ and <name>][ and agencies]", maybe after "By";
    None when no part names a well-known place after "in" or a part is not a person's full name."""
    text = _AGENCIES.sub("", _BY.sub("", line.strip()))
    places = [m.group("place") for m in _IN_PLACE.finditer(text)]
    if not places or len(text.split()) > 14 or not all(filing_place(p) for p in places):
        return None
    names = _IN_PLACE.sub("", text)
    parsed = parse_byline(names, sitename)
    if not 1 <= len(parsed.authors) <= 4 or parsed.agency or not only_credits(names, parsed):
        return None
    if any(len(a.split()) < 2 or a.split()[0].casefold() in one_word_titles() for a in parsed.authors):
        return None          # "Macron in Berlin", "Pope Francis in Lisbon": a visit's subhead
    return parsed


def beat_byline(line: str, sitename: str | None = None) -> BylineParse | None:
    """The author of "<given name> <surname> <Beat> [<words>] <role>" ("Jane Roe Transport correspondent"),
    the role in lower case; None otherwise."""
    words = line.strip().split()
    if not 4 <= len(words) <= 6 or byline_words().get(words[-1]) != "role" or not words[2][:1].isupper():
        return None
    if not all(w.islower() and w.isalpha() for w in words[3:]):
        return None
    name = " ".join(words[:2])
    parsed = parse_byline(name, sitename)
    if parsed.authors != [name] or parsed.agency or words[0].casefold() in one_word_titles() or filing_place(name):
        return None
    return parsed


def role_line(line: str) -> bool:
    """A line that is a job title and nothing else ("Staff Writer", "Senior Political Correspondent", "Health
    reporter"): one to four words of byline_words.csv's roles and beats, the last a role."""
    words = [w.strip(".,").casefold() for w in line.split()]
    vocab = byline_words()
    return (1 <= len(words) <= 4 and vocab.get(words[-1]) == "role"
            and all(vocab.get(w) in ("role", "beat") for w in words))


def top_byline(line: str, sitename: str | None = None) -> BylineParse | None:
    """A byline line of this module's forms (`filed_byline`, `beat_byline`), else None."""
    return filed_byline(line, sitename) or beat_byline(line, sitename)
