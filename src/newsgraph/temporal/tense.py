"""Tense of the clause a time expression sits in: decides which 'Wednesday' or 'October' is meant.

With a parsed spaCy Doc we read the governing verb and its auxiliaries; without one (plain text)
we look for future markers in the same sentence. 'past' is the news default.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from newsgraph.temporal.anchor import FUTURE, PAST, PRESENT

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "ll"}
_MODALS = {"would", "could", "might", "may", "should", "must", "'d"}
# Verbs whose time adjunct or infinitive complement names a time after the utterance
# ('planned a rally on Saturday', 'postponed until Tuesday', 'is scheduled to visit Friday').
_PLANNING = {"plan", "schedule", "expect", "intend", "hope", "want", "aim", "set", "prepare",
             "agree", "decide", "promise", "vow", "pledge", "propose", "postpone", "delay",
             "reschedule", "due", "threaten", "seek", "ask", "call", "urge", "order", "invite"}
_FUTURE_WORDS = re.compile(
    r"\b(?:will|shall|won't|'ll|going\s+to|is\s+to|are\s+to|scheduled\s+to|expected\s+to|due\s+to"
    r"|set\s+to|plans?\s+to|planned\s+for|scheduled\s+for|to\s+be\s+held)\b", re.IGNORECASE)
_PAST_WORDS = re.compile(
    r"\b(?:was|were|had|did|said|ago|fell|rose|met|told|took|made|came|went|began|won|lost|held"
    r"|left|saw|gave|got|found|became|brought|thought|sent|spent|paid|led|fought|sold|struck|grew"
    r"|knew|ran|stood|wrote|chose|drove|flew|fled|shot|broke|built|caught|felt|kept|meant|sought"
    r"|spoke|taught|threw|understood|wore|hid|bought|ate|drew)\b|\b\w+ed\b", re.IGNORECASE)
_SENT_END = re.compile(r"[.!?]\s+(?=[A-Z\"“])|\n")


def tense_in_text(text: str, start: int, end: int) -> str:
    """Heuristic tense from the words of the surrounding sentence (no parse available)."""
    lo = max(0, start - 200)
    left = text[lo:start]
    cuts = list(_SENT_END.finditer(left))
    if cuts:
        left = left[cuts[-1].end():]
    right = text[end:end + 200]
    m = _SENT_END.search(right)
    if m:
        right = right[:m.start()]
    window = left + " " + right
    if _FUTURE_WORDS.search(window):
        return FUTURE
    if _PAST_WORDS.search(window):
        return PAST
    return PRESENT


def _token_at(doc: Doc, char: int):
    """The token containing (or first after) character `char`."""
    span = doc.char_span(char, min(char + 1, len(doc.text)), alignment_mode="expand")
    if span is not None and len(span):
        return span[0]
    return doc[-1] if len(doc) else None


def tense_in_doc(doc: Doc, start: int, end: int) -> str:
    """Tense of the verb governing the expression, from the dependency parse."""
    tok = _token_at(doc, start)
    if tok is None:
        return PAST
    # climb to the nearest verb (the expression is usually an adjunct of it)
    verb = tok
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return tense_in_text(doc.text, start, end)
    if verb.lemma_ in _PLANNING:
        return FUTURE
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if infinitive and verb.head is not verb:
        # 'is scheduled to visit on Friday', 'planned to leave on Thursday': a later time,
        # unless the head is a plain past ('tried to leave on Monday')
        head = verb.head
        if head.lemma_ in _PLANNING or _clause_tense(head) != PAST:
            return FUTURE
        return PAST
    return _clause_tense(verb) or PRESENT


def _clause_tense(v) -> str | None:
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if v.lower_ in _FUTURE_AUX or any(a.lower_ in _FUTURE_AUX for a in auxes):
        return FUTURE
    if any(a.lower_ in _MODALS for a in auxes):
        perfect = any(a.lemma_ == "have" for a in auxes)
        return PAST if perfect else FUTURE     # 'would meet Tuesday' / 'might have met'
    if v.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return PAST
    if v.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return PAST
    if v.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes):
        return FUTURE   # 'is meeting on Friday'
    if v.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return PRESENT
    return None
