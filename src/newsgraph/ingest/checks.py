"""Every per-article check of ingest, in one place, in the order they run.

Two families, both returning None (the article goes on) or a `Skip` saying why not:

* content checks, on an HTML page before extraction (`check_html`, run by the readers), on a freshly
  read input (`check_raw`) and on its cleaned article (`check_article`): is this an article we can use,
  within one article's budget? (empty, too large, too many lines or tokens, too short, language).
  `batch.build_article` runs the last two.
* admission checks (`ADMISSION_CHECKS`), run by the ingest service (`service.IngestService`) against the
  store and the current run: is this article new? (already stored, same text stored under another url).
  A new check -- e.g. a budget on articles or characters per run or per request -- is one more function
  `(article, run) -> Skip | None` appended to the service's `checks`; `RunState` holds what the run has
  admitted so far.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from newsgraph.ingest.language import UNDETERMINED
from newsgraph.ingest.skips import IngestOptions, Skip
from newsgraph.records import Article

if TYPE_CHECKING:
    from newsgraph.store import Store


# ------------------------------------------------------------------------- content checks

def check_raw(origin: str, text: str | None, opts: IngestOptions) -> Skip | None:
    """Before cleaning: nothing there, or more than one article's budget (characters, lines, tokens).

    Over budget the text is skipped, not split into sections: a text that long is not one news story
    (a live blog, a transcript, a dump), and its parts would get ids, datelines and duplicates of no
    published article. The reason names the limit and its setting."""
    if not text or not text.strip():
        return Skip(origin, "empty", "empty")
    if len(text) > opts.max_chars:
        return _over(origin, f"{len(text):,} characters", opts.max_chars, "NEWSGRAPH_MAX_TEXT_CHARS")
    lines = text.count("\n") + 1
    if lines > opts.max_lines:
        return _over(origin, f"{lines:,} lines", opts.max_lines, "NEWSGRAPH_MAX_TEXT_LINES")
    tokens = estimate_tokens(text, stop_after=opts.max_tokens)
    if tokens > opts.max_tokens:
        return _over(origin, f"more than {opts.max_tokens:,} words, punctuation marks and line breaks",
                     opts.max_tokens, "NEWSGRAPH_MAX_TEXT_TOKENS")
    return None


_TOKEN = re.compile(r"\w+|[^\w\s]|\n")


def estimate_tokens(text: str, stop_after: int | None = None) -> int:
    """About as many tokens as spaCy makes of `text` (words, punctuation marks, line breaks): parsing time
    and memory grow with tokens, not characters ("a a a" has three times the tokens of "aaaaa")."""
    n = 0
    for n, _ in enumerate(_TOKEN.finditer(text), start=1):
        if stop_after is not None and n > stop_after:
            break
    return n


def _over(origin: str, what: str, limit: int, setting: str) -> Skip:
    return Skip(origin, f"too large for one article: {what} (limit {limit:,}, {setting}); skipped, not split",
                "too-large")


def check_html(origin: str, html: bytes | str, opts: IngestOptions) -> Skip | None:
    """Before extraction: an HTML page over its size or tag budget is skipped (extraction time grows
    faster than the page: a 5 MB page takes tens of seconds, pathological markup minutes)."""
    size = len(html)
    if size > opts.max_html_bytes:
        unit = "bytes" if isinstance(html, bytes) else "characters"
        return Skip(origin, f"HTML page too large: {size:,} {unit} (limit {opts.max_html_bytes:,}, "
                            "NEWSGRAPH_MAX_HTML_BYTES); not extracted", "too-large")
    tags = html.count(b"<" if isinstance(html, bytes) else "<")
    if tags > opts.max_html_tags:
        return Skip(origin, f"HTML page has too many tags: {tags:,} (limit {opts.max_html_tags:,}, "
                            "NEWSGRAPH_MAX_HTML_TAGS); not extracted", "too-large")
    return None


def check_article(origin: str, article: Article, opts: IngestOptions,
                  note: Callable[[str, str], None]) -> Skip | None:
    """After cleaning: enough words left, in a language we analyse."""
    if not article.text:
        return Skip(origin, "empty after removing boilerplate", "empty")
    words = len(article.text.split())
    if words < opts.min_words:
        plural = "" if words == 1 else "s"
        return Skip(origin, f"too short: {words} word{plural} (minimum {opts.min_words})", "too-short")
    lang = article.language
    if lang == UNDETERMINED:
        if not opts.keep_undetermined:
            return Skip(origin, "language could not be determined", "language")
        note(origin, "language could not be determined; kept")
    elif lang not in opts.languages:
        label = "non-English" if opts.languages == frozenset({"en"}) else "language not accepted"
        return Skip(origin, f"{label} (detected: {lang})", "language")
    return None


# ------------------------------------------------------------------------- admission checks

@dataclass
class RunState:
    """What one ingest run has admitted so far, for the admission checks."""

    store: "Store"
    reprocess: bool = False
    ids: set[str] = field(default_factory=set)              # article ids admitted in this run
    hashes: dict[str, str] = field(default_factory=dict)    # content hash -> article id, this run
    chars: int = 0                                           # characters of body text admitted

    def admit(self, article: Article) -> None:
        self.ids.add(article.id)
        if article.content_hash:
            self.hashes.setdefault(article.content_hash, article.id)
        self.chars += len(article.text)


def already_stored(article: Article, run: RunState) -> Skip | None:
    """The same article (same id: same text and url) is stored, or was admitted earlier in this run.
    With `reprocess`, a stored article is analysed again (its records are replaced) -- once per run."""
    if article.id in run.ids or (not run.reprocess and run.store.has_article(article.id)):
        return Skip(_origin(article), "already stored", "unchanged")
    return None


def same_text_stored(article: Article, run: RunState) -> Skip | None:
    """The same text under another url, in this run or in the store: a duplicate of that article."""
    first = run.hashes.get(article.content_hash or "") or run.store.find_content_hash(article.content_hash)
    if first and first != article.id:
        return Skip(_origin(article), f"duplicate of {first}", "duplicate")
    return None


AdmissionCheck = Callable[[Article, RunState], "Skip | None"]
ADMISSION_CHECKS: tuple[AdmissionCheck, ...] = (already_stored, same_text_stored)


def _origin(article: Article) -> str:
    return article.origin or article.url or article.id
