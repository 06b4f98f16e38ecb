"""Boilerplate and photo-caption patterns (data/ingest/boilerplate.csv), compiled once.

Kinds: `line` (drop the whole line), `trailer` / `leader` (cut furniture glued to the end / start of a
line), `caption` (a paragraph starting with this cue is a caption), `credit` (a paragraph ending with
this photo credit is a caption), `box` (a related-links box's heading inside a table row: a layout table
flattened into one line holds the story and, after its last sentence, the box; the row is cut there),
`credit_tail` (a photo credit closing a caption that the other kinds leave in the text, "... in Dhaka on Sunday.
(Photo: Reuters)": the caption is coded as text, its credit is no actor; the actors stage masks the group `credit`,
session 39 head43), `label` (a whole line that wraps its text in furniture labels, "TITLE: <headline> LINK: <url>":
the line is replaced by the pattern's group `keep`, so the headline stays a line of its own and is coded as one;
session 50 arr54).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsgraph.datafile import DataFileError, package_data, read_rows

KINDS = ("line", "trailer", "leader", "caption", "credit", "box", "credit_tail", "label")

# Furniture glued to a line counts only right after sentence punctuation ("...Square.Add new comment")
# or right before a capitalised word ("AdvertisementPresident ..."), so prose is never cut mid-sentence.
_TRAILER = r"(?<=[.!?…\"”’)\]])\s*(?:{})\s*$"
_LEADER = r"^\s*(?:{})\s*(?=[A-Z\"“‘])"
# A box heading in a table row ("| ...the story's last sentence. Top stories The House voted ... |"): right
# after a sentence's end, before a capitalised word; the box runs to the end of the row.
_BOX = r"^\|.*?(?<=[.!?…\"”’)\]])\s+(?P<box>(?:{})\s+[A-Z\"“‘].*?)\s*\|?\s*$"
# A credit after a caption's last sentence, closing its line (the credit's words are the group `credit`).
_CREDIT_TAIL = r"(?<=[.!?])\s+(?P<credit>{})\s*$"
# A caption cue glued (no space) after a sentence of body text, starting with a capital.
_GLUED_CAPTION = r"(?<=[.!?…\"”’)\]])(?=[A-Z])(?:{})"


@dataclass(frozen=True)
class Pattern:
    id: str
    kind: str
    regex: re.Pattern
    note: str = ""
    glued: re.Pattern | None = None    # captions: the cue glued to the end of a sentence ("...Square.In a photo")


@dataclass(frozen=True)
class PatternSet:
    line: tuple[Pattern, ...]
    trailer: tuple[Pattern, ...]
    leader: tuple[Pattern, ...]
    caption: tuple[Pattern, ...]
    credit: tuple[Pattern, ...]
    box: tuple[Pattern, ...] = ()
    credit_tail: tuple[Pattern, ...] = ()
    label: tuple[Pattern, ...] = ()


def load_patterns(path: str | Path | None = None) -> PatternSet:
    """Load and compile a pattern file; a bad entry raises DataFileError naming file and line."""
    path = Path(path) if path else package_data("ingest", "boilerplate.csv")
    groups: dict[str, list[Pattern]] = {k: [] for k in KINDS}
    for lineno, row in read_rows(path, required=("kind", "pattern")):
        kind = row["kind"]
        if kind not in groups:
            raise DataFileError(path, lineno, f"unknown kind {kind!r} (expected one of {', '.join(KINDS)})")
        flags = row.get("flags", "")
        if set(flags) - {"i"}:
            raise DataFileError(path, lineno, f"unknown flags {flags!r} (only 'i' is allowed)")
        re_flags = re.IGNORECASE if "i" in flags else 0
        src = row["pattern"]
        if kind == "trailer":
            src = _TRAILER.format(src)
        elif kind == "leader":
            src = _LEADER.format(src)
        elif kind == "box":
            src = _BOX.format(src)
        elif kind == "caption":
            src = r"^(?:{})".format(src)
        elif kind == "credit":
            src = r"(?:{})\s*$".format(src)
        elif kind == "credit_tail":
            src = _CREDIT_TAIL.format(src)
        elif kind == "label":
            src = r"^\s*(?:{})\s*$".format(src)
        try:
            regex = re.compile(src, re_flags)
        except re.error as exc:
            raise DataFileError(path, lineno, f"bad regular expression in {row['id']!r}: {exc}") from None
        if kind == "label" and "keep" not in regex.groupindex:
            raise DataFileError(path, lineno, f"label pattern {row['id']!r} needs a group (?P<keep>...)")
        glued = re.compile(_GLUED_CAPTION.format(row["pattern"]), re_flags) if kind == "caption" else None
        groups[kind].append(Pattern(row["id"], kind, regex, row.get("note", ""), glued))
    return PatternSet(**{k: tuple(v) for k, v in groups.items()})


@lru_cache(maxsize=1)
def default_patterns() -> PatternSet:
    return load_patterns()


# a caption is a few sentences: a paragraph longer than this is a story, even one a scrape ran into the caption
# under its photo ("... contributed to this report. This is an undated photo ... (AP Photo/...)"; round46)
CAPTION_MAX_WORDS = 120


def is_caption(line: str, pats: PatternSet | None = None) -> bool:
    """A photo caption: the paragraph opens with a caption cue or closes with a photo credit, and is no longer
    than a caption is (`CAPTION_MAX_WORDS`): a whole story run into one paragraph with its photo's caption at
    its end stays the story."""
    pats = pats or default_patterns()
    if len(line.split()) > CAPTION_MAX_WORDS:
        return _caption_run(line, pats)
    return any(p.regex.search(line) for p in pats.caption) or any(p.regex.search(line) for p in pats.credit)


# where a scrape runs a gallery's captions into one paragraph, each ends with its credit in brackets
_AFTER_BRACKET = re.compile(r"(?<=\))\s+")


def _caption_run(line: str, pats: PatternSet) -> bool:
    """A long paragraph that is a gallery's captions run together ("This image released by the studio shows ...
    ( Jo Roe / AP ) This image released by the studio shows ... ( Jo Roe / AP )"): two or more pieces, each
    ending after a bracket and each a caption of its own (session 44 lead, at merge: the word cap above alone
    took such a run for a story)."""
    pieces = [p for p in _AFTER_BRACKET.split(line) if p.strip()]
    return len(pieces) >= 2 and all(len(p.split()) <= CAPTION_MAX_WORDS and is_caption(p, pats) for p in pieces)
