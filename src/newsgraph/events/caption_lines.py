"""Sentences in a line of page furniture: a photo caption closed by its credit in a raw text (session 44 left48).

Ingest moves a photo's caption out of the story (`article.captions`), but an evaluation's raw text, a pasted page or
a feed item comes as it is: "Riot police detain a protester near the university on Sunday. (Jane Doe/Agency)" is a
line of its own between two paragraphs. The actors stage reads such a line as furniture (actors/document.py
`furniture_line`: a caption or credit of data/ingest/boilerplate.csv, a credit in parentheses closing the line, a link
teaser) and finds no actor in it; the event coder still coded its verbs, so the caption's act came out as an event
with no sides, a second copy of the story's own event or a scene no one reported as news. A sentence that lies
wholly inside such a line is not coded (convention caption-lines). A credit that closes a caption ingest keeps in the
story ("... on Sunday. (Photo: Reuters)") is no such line: there the caption is read, as the actors stage reads it.

A table of figures set as lines is furniture too (convention figure-lines, session 47 lead): "Dead: 14", "Injured:
40", "Votes cast: 12,400" under a heading "FLOOD TOLL:" are a label and a number each, which the parser runs
together into one verbless sentence whose "Injured" a headline reading took for an act of force. A sentence that
lies wholly inside a run of such lines (with the capitalised heading ending in a colon that opens them) is not
coded; the story's own sentences about the same toll are.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from newsgraph.actors.document import furniture_line
from newsgraph.nlp.cache import doc_sents, doc_text

# "Injured: 4,877", "Votes cast: 12,400", "Turnout: 61%": a short label, a colon and a number alone on a line
_FIGURE_LINE = re.compile(r"[A-Z][\w .,'/()&-]{0,48}:\s*[-+]?[$€£]?\d[\d,.]*\s*(?:%|percent|million|billion)?")
_HEADING_LINE = re.compile(r"[A-Z][A-Z .,'&-]{1,40}:")       # "KENYA:", "FLOOD TOLL:" over the figures


def figure_lines(lines: list[str]) -> list[bool]:
    """Which lines (stripped) are a figure of a table set as text, or the capitalised heading right above one."""
    figures = [bool(_FIGURE_LINE.fullmatch(line)) for line in lines]
    return [figures[i] or bool(_HEADING_LINE.fullmatch(line) and i + 1 < len(lines) and figures[i + 1])
            for i, line in enumerate(lines)]


def furniture_sentences(doc: Doc, figures: bool = False) -> frozenset[int]:
    """Indices of the sentences of `doc` that lie wholly inside a line of page furniture (with `figures`, or inside a
    run of lines of a table of figures)."""
    text = doc_text(doc)
    if "\n" not in text.strip():
        return frozenset()          # one line: a cleaned story or a single sentence, never a caption line
    spans, pos = [], 0
    lines = text.split("\n")
    in_table = figure_lines([line.strip() for line in lines]) if figures else [False] * len(lines)
    run_start = None
    for line, tabled in zip(lines, in_table):
        if furniture_line(line.strip()):
            spans.append((pos, pos + len(line)))
        if tabled and run_start is None:
            run_start = pos
        elif not tabled and run_start is not None:
            spans.append((run_start, pos - 1))
            run_start = None
        pos += len(line) + 1
    if run_start is not None:
        spans.append((run_start, pos - 1))
    if not spans:
        return frozenset()
    ends = [sent.start_char + len(text[sent.start_char:sent.end_char].rstrip()) for sent in doc_sents(doc)]
    return frozenset(i for i, sent in enumerate(doc_sents(doc))
                     if any(lo <= sent.start_char and ends[i] <= hi for lo, hi in spans))
