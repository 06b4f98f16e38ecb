"""Find quoted stretches of text from quotation marks alone (no parse needed).

`find_quoted_spans` reads raw text; `quoted_token_stretches` pairs the quotation-mark tokens of a parsed
sentence or paragraph (the events stage's quoted titles, the actors resolver's in-quote mask).

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

from typing import Callable, Collection, Sequence

from newsgraph.quotes.lexicon import QuoteMark, quote_marks

_OPENERS = frozenset("([{\u2014\u2013-/\"\u201c")          # a single mark may open right after these (or a blank)
_OPEN_BEFORE = _OPENERS | set(" \t\n\u00a0")


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


# straight and curly double marks close each other's quotes: scraped and re-typed copy mixes them ("He said it
# was over,” she said; session 50)
_MIXED_DOUBLES = ("\"", "\u201d")
_MIXED_OPENERS = {"\"": "\"", "\u201c": "\u201d"}     # opening mark -> its closing one


def _closing_at(text: str, i: int, mark: QuoteMark) -> bool:
    if not _match(text, i, mark.close):
        return mark.close in _MIXED_DOUBLES and text[i] in _MIXED_DOUBLES and text[i] != mark.close \
            and _closes_word(text, i)
    if mark.kind == "single":
        nxt = text[i + len(mark.close)] if i + len(mark.close) < len(text) else " "
        if nxt.isalnum():   # an apostrophe inside a word: don’t, North’s
            return False
    return True


def _closes_word(text: str, i: int) -> bool:
    """A mark of the other style closes a quote only glued to the end of a word or a punctuation mark
    (`now."`, `law,”`), never before a word (where it would open the next quote)."""
    return i > 0 and not text[i - 1].isspace() and (i + 1 >= len(text) or not text[i + 1].isalnum())


def _opens_word(text: str, i: int) -> bool:
    """A mark right before a word, after a blank or a bracket: it opens a quote."""
    return (i == 0 or text[i - 1] in _OPEN_BEFORE) and i + 1 < len(text) and text[i + 1].isalnum()


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
    nested: str | None = None    # the closing mark of a quote inside the open one, typed in the other style
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
                if nested is not None:
                    # inside a quote within the quote, typed in the other style ("He called it “a farce” twice,")
                    if text[i] == nested and _closes_word(text, i):
                        nested = None
                    i += 1
                    continue
                if open_mark.close in _MIXED_DOUBLES and text[i] in _MIXED_OPENERS \
                        and text[i] != open_mark.open and _opens_word(text, i):
                    nested = _MIXED_OPENERS[text[i]]
                    i += 1
                    continue
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
        nested = None
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


SINGLE_MARKS = frozenset({"'", "\u2018", "\u2019"})    # quotation marks that double as apostrophes


def quoted_token_stretches(texts: Sequence[str], start: int, end: int, spaced: Callable[[int], bool] | None = None,
                           *, marks: Collection[str] | None = None, directed: bool = False,
                           open_to_end: bool = False) -> list[tuple[int, int]]:
    """(opening, closing) indices of the quoted stretches among the tokens `texts[start:end]`, in order.

    The marks are the tokens spaCy reads as quotation marks (`Token.is_quote`), or those in `marks`; double
    marks (all but the single ones) pair in turn, or, `directed`, the curly ones by their direction: an
    opening mark inside a stretch (a paragraph of a quote reopening it) and a closing one outside any are
    passed over. A single mark opens only at the
    start of a word (a blank, a bracket, a dash or `start` before it, a letter right after it) and closes
    only at the end of one (glued to the word before it), so the apostrophes of "the players' union",
    "the '90s" or "goin' home" never pair with the marks of a title; a single mark left open inside double
    marks ends with them. `spaced(i)` tells whether token i is followed by a blank; without it single
    marks are not read. With `open_to_end`, a double mark left open runs to `end` (the stretch (i, end))."""
    from spacy.lang.lex_attrs import is_quote

    is_mark = is_quote if marks is None else marks.__contains__
    out: list[tuple[int, int]] = []
    double = single = None
    for i in range(start, end):
        text = texts[i]
        if not is_mark(text):
            continue
        if text not in SINGLE_MARKS:
            if directed and text in ("\u201c", "\u201d") and (double is None) == (text == "\u201d"):
                continue
            if double is None:
                double = i
            else:
                out.append((double, i))
                if single is not None and single > double:
                    single = None
                double = None
            continue
        if spaced is None:
            continue
        before = i == start or spaced(i - 1) or texts[i - 1] in _OPENERS
        after = i + 1 < end and not spaced(i) and texts[i + 1][:1].isalpha()
        if single is not None and not before:
            out.append((single, i))
            single = None
        elif single is None and before and after:
            single = i
    if open_to_end and double is not None:
        out.append((double, end))
    return sorted(out)


def quote_mask(texts: Sequence[str], marks: Collection[str]) -> bytearray:
    """1 for each token inside double quotation marks (the marks themselves 0), from `quoted_token_stretches`
    with curly marks read by their direction, paragraph by paragraph: a mark left open runs on (news quotes
    of several paragraphs close only at the last) to a blank line (a whitespace token with two line breaks)."""
    mask = bytearray(len(texts))
    breaks = [i for i, text in enumerate(texts) if text.count("\n") > 1 and not text.strip()]
    start = 0
    for end in breaks + [len(texts)]:
        for opening, closing in quoted_token_stretches(texts, start, end, marks=marks, directed=True, open_to_end=True):
            mask[opening + 1:closing] = b"\x01" * (closing - opening - 1)
        start = end + 1
    for i, text in enumerate(texts):
        if text in marks:
            mask[i] = 0
    return mask
