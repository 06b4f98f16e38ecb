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
"""
from __future__ import annotations

import re

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


def label_off(text: str) -> str:
    """ "Author: Jane Roe" -> "By Jane Roe"; any other text as it was."""
    return _NAMES_LABEL.sub("By ", text, count=1)


def source_off(text: str) -> str:
    """ "Source: AFP" -> "AFP"; any other text as it was."""
    return _SOURCE_LABEL.sub("", text, count=1)


def edited_names(text: str) -> set[str]:
    """The case-folded names a byline's text credits as its editors ("Edited by: John Doe" -> {"john doe"})."""
    return {" ".join(m.group("names").split()).strip(" .").casefold() for m in _EDITED.finditer(text)}
