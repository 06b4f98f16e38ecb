"""Find quoted stretches of text from quotation marks alone (no parse needed).

News conventions handled here:
  * straight and curly marks (the pairs come from data/quotes/quote_marks.json);
  * a quote never runs past its paragraph, unless the next paragraph reopens the mark
    (news style for multi-paragraph quotes: each paragraph reopens, only the last closes);
  * an unbalanced mark is bounded by its paragraph, so it cannot swallow the article;
  * a closing curly mark at the start of a word opens a quote (a common typesetting slip);
  * U+2019 inside or at the start of a word is an apostrophe (don’t, the North’s, ’90s), and single
    marks are ignored inside a double-quoted stretch.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from newsgraph.quotes.lexicon import QuoteMark, quote_marks

_OPEN_BEFORE = set(" \t\n([{\u2014\u2013-/\u00a0\"\u201c")


@dataclass
class QuotedSpan:
    """A stretch between quotation marks. [start, end) includes the marks when present."""

    start: int
    end: int
    kind: str            # double | single
    closed: bool         # False when bounded by the paragraph end (unbalanced mark)
    paragraphs: int = 1  # > 1 for a multi-paragraph quote

    def inner(self, text: str) -> tuple[int, int]:
        """The span without the marks and surrounding blanks."""
        s, e = self.start, self.end
        trim = set(" \t\n\"'`\u201c\u201d\u201e\u201f\u2018\u2019\u00ab\u00bb")
        while s < e and text[s] in trim:
            s += 1
        while e > s and text[e - 1] in trim:
            e -= 1
        return s, e


def paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each non-blank line; news paragraphs are lines."""
    out, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _match(text: str, i: int, s: str) -> bool:
    return text.startswith(s, i)


def _opening_at(text: str, i: int, marks: tuple[QuoteMark, ...]) -> QuoteMark | None:
    for m in marks:
        if not _match(text, i, m.open):
            continue
        if m.kind == "single":
            prev = text[i - 1] if i > 0 else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            # ‘ opens only at a word start and not before a year/decade (‘90s).
            if prev not in _OPEN_BEFORE or not nxt.isalpha():
                continue
        return m
    # typesetting slip: a closing mark at a word start ( ”Anxiety is a scalar” ) opens a quote
    if text[i] == "\u201d" and (i == 0 or text[i - 1] in _OPEN_BEFORE) and i + 1 < len(text) and text[i + 1].isalnum():
        return next((m for m in marks if m.close == "\u201d"), None)
    return None


def _closing_at(text: str, i: int, mark: QuoteMark) -> bool:
    if not _match(text, i, mark.close):
        return False
    if mark.kind == "single":
        nxt = text[i + len(mark.close)] if i + len(mark.close) < len(text) else " "
        if nxt.isalnum():   # an apostrophe inside a word: don’t, North’s
            return False
    return True


@functools.lru_cache(maxsize=4)
def _first_chars(marks: tuple[QuoteMark, ...]) -> re.Pattern:
    chars = {m.open[0] for m in marks} | {m.close[0] for m in marks} | {"\u201d"}
    return re.compile("[" + re.escape("".join(sorted(chars))) + "]")


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """All quoted stretches, in text order; never raises on unbalanced marks."""
    marks = tuple(sorted(quote_marks(), key=lambda m: -len(m.open)))
    first_chars = _first_chars(marks)
    paras = paragraphs(text)
    spans: list[QuotedSpan] = []
    open_mark: QuoteMark | None = None
    open_at = 0
    n_paras = 1
    skip_until = -1      # position after a reopening mark to skip at paragraph start
    for pi, (ps, pe) in enumerate(paras):
        i = ps
        if skip_until > ps:
            i = skip_until
        while i < pe:
            # jump to the next character that can begin a mark (most of the text cannot)
            m_next = first_chars.search(text, i, pe)
            if m_next is None:
                break
            i = m_next.start()
            if open_mark is None:
                m = _opening_at(text, i, marks)
                if m is not None:
                    open_mark, open_at, n_paras = m, i, 1
                    i += len(m.open)
                    continue
            else:
                if _closing_at(text, i, open_mark):
                    spans.append(QuotedSpan(open_at, i + len(open_mark.close), open_mark.kind, True, n_paras))
                    i += len(open_mark.close)
                    open_mark = None
                    continue
                # the same asymmetric opener again: the earlier mark was never closed
                if open_mark.open != open_mark.close and _match(text, i, open_mark.open) \
                        and open_mark.kind == "double":
                    spans.append(QuotedSpan(open_at, i, open_mark.kind, False, n_paras))
                    open_at, n_paras = i, 1
                    i += len(open_mark.open)
                    continue
            i += 1
        skip_until = -1
        if open_mark is None:
            continue
        # Paragraph ended inside a quote: continue only if the next paragraph reopens it.
        nxt = paras[pi + 1] if pi + 1 < len(paras) else None
        if nxt is not None and open_mark.kind == "double":
            j = nxt[0]
            while j < nxt[1] and text[j] in " \t\u00a0":
                j += 1
            reopen = next((m for m in marks if m.kind == "double" and _match(text, j, m.open)), None)
            if reopen is not None:
                n_paras += 1
                skip_until = j + len(reopen.open)
                open_mark = reopen if reopen.open == open_mark.open else open_mark
                continue
        end = pe
        while end > open_at and text[end - 1] in " \t\r":
            end -= 1
        spans.append(QuotedSpan(open_at, end, open_mark.kind, False, n_paras))
        open_mark = None
    return [s for s in spans if any(c.isalnum() for c in text[s.start:s.end])]
