"""Byline labels: a word and a colon that site templates print before a byline's names ("By: Jane Roe",
"Author: Jane Roe", "Contributors: Jane Roe and John Doe", "Written by: Jane Roe") or before the story's wire
("Source: AFP"). `label_off` turns a names label into the "By " that byline.parse_byline and byline.byline_line
read; `source_off` takes a "Source:" label off, for a line that is then nothing but a wire's name (a source
named so may also be a person quoted or a document, so it never gives an author); `edited_names` reads the names
a byline credits as its editors ("Reported by: Jane Roe, Edited by: John Doe"), which a page's metadata lists beside
the writers once the labels are gone ("Jane Roe; John Doe"). Round42 (session 40).
`photo_credit` tells a byline's part that credits the pictures, not the story ("Words: Jane Roe | Photos: John Doe",
"By Jane Roe; Photography by John Doe", and in a page's metadata, where the colon is gone, "Photos John Doe"): its
name is the photographer's, no author, and a wire named there gave the picture, not the story. Round46 (session 44).
A names label or a word opening a byline before "by" that byline_words.csv lists ("BYLINE: Jane Roe." as a news
database's export keeps it, "Co-authored by Jane Roe.", "Compiled by Jane Roe") is turned into "By " too. Round47
(session 45).
"""
from __future__ import annotations

import functools
import re

from newsgraph.datafile import package_data, read_rows

_NAMES_LABEL = re.compile(r"^(?:by|written by|reported by|words|text|authors?|contributors?|reporters?|writers?)\s*:\s*(?=\S)",
                          re.I)
_SOURCE_LABEL = re.compile(r"^sources?\s*:\s*(?=\S)", re.I)
# "Edited by: John Doe", "Editor: John Doe", "Editing by John Doe": up to the next part of the byline
_EDITED = re.compile(r"\b(?:edited\s+by|editing\s+by|editor)\s*:?\s*(?P<names>[^|;,\n]+)", re.I)


# "Photos: John Doe", "Photo by John Doe", "Photography John Doe", "Pictures and video: John Doe" (a byline's part)
_PHOTO_CREDIT = re.compile(r"^(?i:photos?|photographs?|photography|pictures?|images?|video|graphics?|illustrations?)"
                           r"(?i:\s+and\s+(?:video|graphics?))?(?:\s*:|\s+(?i:by)\s|\s+(?=[A-Z]))")


def photo_credit(part: str) -> bool:
    """A byline's part crediting the pictures ("Photos: John Doe", "Photo by John Doe", "Photos John Doe")."""
    return bool(_PHOTO_CREDIT.match(part.strip()))


@functools.lru_cache(maxsize=1)
def _listed_openers() -> tuple[re.Pattern | None, re.Pattern | None]:
    """The names labels and the openers before "by" of byline_words.csv ("names_label", "by_opener" rows)."""
    words: dict[str, list[str]] = {"names_label": [], "by_opener": []}
    for _, row in read_rows(package_data("ingest", "byline_words.csv"), required=("kind", "words")):
        if row["kind"] in words:
            words[row["kind"]].extend(row["words"].split())

    def alternatives(ws: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(set(ws), key=len, reverse=True))

    label = (re.compile(rf"^(?:{alternatives(words['names_label'])})\s*:\s*(?=\S)", re.I)
             if words["names_label"] else None)
    verb = (re.compile(rf"^(?:{alternatives(words['by_opener'])})\s+by\s+(?=\S)", re.I) if words["by_opener"] else None)
    return label, verb


def label_off(text: str) -> str:
    """ "Author: Jane Roe" -> "By Jane Roe" (and "BYLINE: Jane Roe", "Co-authored by Jane Roe"); any other text
    as it was."""
    out = _NAMES_LABEL.sub("By ", text, count=1)
    if out != text:
        return out
    label, verb = _listed_openers()
    for pattern in (label, verb):
        if pattern is not None:
            out = pattern.sub("By ", text, count=1)
            if out != text:
                return out
    return text


def source_off(text: str) -> str:
    """ "Source: AFP" -> "AFP"; any other text as it was."""
    return _SOURCE_LABEL.sub("", text, count=1)


def edited_names(text: str) -> set[str]:
    """The case-folded names a byline's text credits as its editors ("Edited by: John Doe" -> {"john doe"})."""
    return {" ".join(m.group("names").split()).strip(" .").casefold() for m in _EDITED.finditer(text)}
