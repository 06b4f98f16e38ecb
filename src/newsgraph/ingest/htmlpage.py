"""HTML page -> main text and metadata via trafilatura (comments, menus and ads left out)."""
from __future__ import annotations

from dataclasses import dataclass


class ExtractionFailed(ValueError):
    """trafilatura found no main text (not an article page, or HTML too broken to read)."""


@dataclass
class PageText:
    text: str
    title: str | None = None
    date: str | None = None      # ISO date string as trafilatura/htmldate found it
    url: str | None = None
    sitename: str | None = None


def extract_page(html: bytes | str, url: str | None = None) -> PageText:
    """Main text, title, date, canonical url and site name of an HTML page."""
    import trafilatura  # slow import; only paid when HTML is actually read

    try:
        doc = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True)
    except Exception as exc:  # noqa: BLE001 - trafilatura/lxml raise many kinds on broken markup
        raise ExtractionFailed(f"HTML could not be parsed ({type(exc).__name__}: {exc})") from None
    if doc is None:
        raise ExtractionFailed("no article text found in HTML")
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    text = get("text") or ""
    if not text.strip():
        raise ExtractionFailed("no article text found in HTML")
    title = get("title")
    return PageText(text=drop_title_line(text, title), title=title, date=get("date"), url=get("url") or url,
                    sitename=get("sitename"))


def drop_title_line(text: str, title: str | None) -> str:
    """Drop the headline when the page repeats it as the first line of the body (it is kept in `title`)."""
    if not title:
        return text
    first, _, rest = text.lstrip().partition("\n")
    if " ".join(first.split()).casefold() == " ".join(title.split()).casefold() and rest.strip():
        return rest
    return text


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or (head.startswith("<?xml") and "<html" in head)
