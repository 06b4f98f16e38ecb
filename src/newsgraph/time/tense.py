"""Tense of the clause a time expression sits in: decides which 'Wednesday' or 'October' is meant.

With a parsed spaCy Doc we read the governing verb and its auxiliaries; without one (plain text)
we look for future markers in the same sentence. 'past' is the news default.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from newsgraph.time.anchor import FUTURE, PAST, PRESENT
from newsgraph.nlp.cache import children

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "ll"}
_MODALS = {"would", "might", "may", "should", "must", "'d"}     # 'could' is often past ability
# Heads whose infinitive complement happens later ('is scheduled to visit Friday',
# 'planned to leave on Thursday', 'agreed to meet Monday').
_PLAN_HEADS = {"plan", "schedule", "expect", "intend", "hope", "want", "aim", "set", "prepare",
               "agree", "decide", "promise", "vow", "pledge", "propose", "due", "seek",
               "threaten", "ask", "call", "urge", "order", "invite", "likely", "going"}
# Verbs whose own time adjunct is a target in the future ('postponed until Tuesday',
# 'scheduled the vote for Friday'); plain planning verbs only when not themselves past.
_TARGETING = {"postpone", "delay", "reschedule", "schedule", "adjourn"}
_PLANNING = {"plan", "intend", "expect", "propose", "prepare"}
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


def _token_at(doc: Doc, char: int, text_len: int):
    """The token containing (or first after) character `char`."""
    span = doc.char_span(char, min(char + 1, text_len), alignment_mode="expand")
    if span is not None and len(span):
        return span[0]
    return doc[-1] if len(doc) else None


def tense_in_doc(doc: Doc, start: int, end: int, text: str | None = None) -> str:
    """Tense of the verb governing the expression, from the dependency parse.

    `text` is doc.text, passed in because spaCy rebuilds that string on every access."""
    text = doc.text if text is None else text
    tok = _token_at(doc, start, len(text))
    if tok is None:
        return PAST
    # climb to the nearest verb (the expression is usually an adjunct of it)
    verb = tok
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return tense_in_text(text, start, end)
    if verb.lemma_ in _TARGETING:
        return FUTURE
    own = _clause_tense(verb)
    if verb.lemma_ in _PLANNING and own != PAST:
        return FUTURE
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))
    if infinitive and verb.head.i != verb.i:
        head = verb.head
        head_tense = _clause_tense(head)
        if any(a.lower_ == "had" for a in children(head) if a.dep_.startswith("aux")):
            return PAST                       # 'had been due to expire Friday'
        if head.lemma_ in _PLAN_HEADS or head_tense != PAST:
            return FUTURE
        return PAST                           # 'tried to leave on Monday'
    return own or PRESENT


def _clause_tense(v) -> str | None:
    auxes = [c for c in children(v) if c.dep_ in ("aux", "auxpass")]
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
