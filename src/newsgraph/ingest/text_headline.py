"""The headline of a plain-text article: its first line, set apart by a blank line (session 36b, user40).

A `.txt` file (or stdin) has no title field unless it has front matter, but most people who save a story as
text put its headline on the first line ("Kenya and Tanzania sign border trade pact", a blank line, then the
story). That line is the article's title, as a JSON record's `title` field or an HTML page's headline is.
The line stays in the body, as a record's text that opens with its own headline keeps it
(`headline_datelines.after_headline`), so what is coded does not change; only `Article.title` is filled.

A first line is the headline when it is a paragraph of its own of at most HEADLINE_MAX_WORDS words, not a
byline or a dateline, and either ends without a closing stop or a function word ("... sign border trade pact";
the next paragraph opening with a capital or a quotation mark) or is followed by
a byline or a dateline ("Israeli airstrikes hit Gaza as talks stall." / "GAZA CITY (AFP) — ..."). A one-line
lead that ends in a stop ("Police arrested 40 protesters on Saturday, witnesses said.") is not a headline.
"""
from __future__ import annotations

import re

from newsgraph.ingest.byline import byline_line
from newsgraph.ingest.dateline_scraped import function_words
from newsgraph.ingest.dateline_read import read_dateline

HEADLINE_MAX_WORDS = 20
HEADLINE_MAX_CHARS = 200
_CLOSED = re.compile(r"[.!?…]['\"’”)\]]*$")
_OPEN_END = re.compile(r"[,:;(\[-]$|[—–]$")
_LETTER = re.compile(r"[^\W\d_]")


def _paragraphs(text: str, n: int) -> list[str]:
    """The first `n` paragraphs (blocks split by blank lines), stripped."""
    out: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text.strip()):
        block = block.strip()
        if block:
            out.append(block)
            if len(out) == n:
                break
    return out


def text_headline(text: str) -> str | None:
    """The headline on the first line of a plain text, or None (see the module doc)."""
    paras = _paragraphs(text, 3)
    if len(paras) < 2:
        return None
    first = paras[0]
    if "\n" in first or len(first) > HEADLINE_MAX_CHARS or not _LETTER.search(first):
        return None
    words = first.split()
    if not 2 <= len(words) <= HEADLINE_MAX_WORDS or _OPEN_END.search(first):
        return None
    if byline_line(first) is not None or read_dateline(first) is not None:
        return None
    nxt = paras[1].split("\n", 1)[0]
    if not _CLOSED.search(first):
        # a line cut short ("... two piers and") leads on into the next; a headline's story opens a sentence
        if words[-1].lower() in function_words() or not nxt[:1].isupper() and not nxt[:1] in "\"“‘'":
            return None
        return first
    if byline_line(nxt) is not None or read_dateline(nxt) is not None:
        return first.rstrip(".")
    return None
