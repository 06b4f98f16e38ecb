"""RSS/Atom feeds: each entry is one article candidate (full `content` when the feed has it, else the
summary, which is often too short and then skipped as such). Parsed from bytes only: never fetched."""
from __future__ import annotations

from dataclasses import dataclass

_BLOCKS = ("p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "figure")


@dataclass
class FeedEntry:
    text: str
    title: str | None
    url: str | None
    published: str | None
    source: str | None
    author: str | None = None


class FeedError(ValueError):
    """Not a readable RSS/Atom feed."""


def looks_like_feed(head: bytes | str) -> bool:
    h = head[:2000].lower() if isinstance(head, str) else head[:2000].lower().decode("latin-1")
    return "<rss" in h or "<feed" in h or "<rdf:rdf" in h


def parse_feed(data: bytes) -> list[FeedEntry]:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries and parsed.get("bozo"):
        raise FeedError(f"not a readable feed: {parsed.get('bozo_exception')}")
    source = parsed.feed.get("title") or None
    out = []
    for e in parsed.entries:
        content = e.get("content") or []
        html = (content[0].get("value") if content else None) or e.get("summary") or ""
        out.append(FeedEntry(text=html_fragment_text(html), title=e.get("title"), url=e.get("link"),
                             published=e.get("published") or e.get("updated"), source=source,
                             author=e.get("author")))
    return out


def html_fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one line per block element."""
    if "<" not in fragment:
        return fragment
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except Exception:  # noqa: BLE001 - broken markup: fall back to the raw text
        return fragment
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    return root.text_content()
