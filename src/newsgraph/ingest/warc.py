"""WARC (web archive) files, e.g. news crawls: each archived HTML page is one article candidate.

Only HTTP 200 `response` records (and `resource` records) with an HTML content type are read; the
other records of a crawl (requests, metadata, images, scripts, redirects) are counted in one note.
"""
from __future__ import annotations

from typing import IO, Iterator

from newsgraph.ingest.skips import Skip

HTML_TYPES = ("text/html", "application/xhtml+xml")


def looks_like_warc(head: bytes) -> bool:
    """First bytes (after any gzip) of a WARC ("WARC/1.0") or ARC ("filedesc://") file."""
    return head.startswith((b"WARC/", b"filedesc://"))


def iter_warc_pages(stream: IO[bytes], base: str, max_page_bytes: int | None = None,
                    ) -> Iterator[tuple[str, bytes, str | None] | Skip | str]:
    """Yield (origin, html bytes, url) per HTML page, a Skip for unreadable records and for pages over
    `max_page_bytes` (read no further than that), and finally a note string with the number of records
    that are not pages. `stream` may be gzipped."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:  # pragma: no cover - warcio is a declared dependency
        yield Skip(base, "reading WARC files needs the 'warcio' package", "unsupported")
        return
    other = 0
    n = 0
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            n += 1
            origin = f"{base}#{n}"
            if record.rec_type not in ("response", "resource"):
                other += 1
                continue
            if record.rec_type == "response":
                http = record.http_headers
                status = http.get_statuscode() if http else None
                ctype = (http.get_header("Content-Type") or "") if http else ""
                if status != "200":
                    other += 1
                    continue
            else:
                ctype = record.rec_headers.get_header("Content-Type") or ""
            if not ctype.lower().split(";")[0].strip() in HTML_TYPES:
                other += 1
                continue
            try:
                body = record.content_stream().read(-1 if max_page_bytes is None else max_page_bytes + 1)
            except Exception as exc:  # noqa: BLE001 - corrupt chunked/compressed payloads
                yield Skip(origin, f"unreadable WARC record: {type(exc).__name__}: {exc}", "unreadable")
                continue
            if max_page_bytes is not None and len(body) > max_page_bytes:
                yield Skip(origin, f"HTML page too large: more than {max_page_bytes:,} bytes "
                                   "(limit NEWSGRAPH_MAX_HTML_BYTES); not extracted", "too-large")
                continue
            yield origin, body, record.rec_headers.get_header("WARC-Target-URI")
    except ArchiveLoadFailed as exc:
        yield Skip(base if n == 0 else f"{base}#{n + 1}", f"not a readable WARC file: {exc}", "malformed")
    except Exception as exc:  # noqa: BLE001 - warcio raises anything on a corrupt record; the rest is lost
        yield Skip(f"{base}#{n + 1}", f"malformed WARC record ({type(exc).__name__}: {exc}); rest of file not read",
                   "malformed")
    if other:
        yield f"{other} WARC record(s) that are not HTML pages ignored (requests, metadata, media, redirects)"
