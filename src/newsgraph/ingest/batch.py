"""iter_articles: inputs -> clean Articles, with every rejected input reported as a Skip.

Order of checks per document: empty -> too large -> clean -> too short -> language -> duplicate.
Metadata given on the command line (`published`, `source`) fills only what an input lacks.
"""
from __future__ import annotations

import datetime as dt
import logging
from typing import Callable, Iterable, Iterator, Union

from newsgraph.ingest.clean import make_article
from newsgraph.ingest.dates import BadDate, parse_published, try_parse_published
from newsgraph.ingest.checks import check_article, check_raw
from newsgraph.ingest.readers import RawDoc, StdinLike, iter_raw
from newsgraph.ingest.skips import IngestOptions, Note, Skip
from newsgraph.records import Article

log = logging.getLogger("newsgraph.ingest")


def iter_articles(paths: list[str], *, published: dt.date | str | None = None, source: str | None = None,
                  stdin: StdinLike = None, options: IngestOptions | None = None,
                  on_note: Callable[[Note], None] | None = None) -> Iterator[Union[Article, Skip]]:
    """Yield an Article or a Skip for every input found under `paths` ('-' = standard input).

    `published`/`source` apply to inputs that lack them. A bad `published` argument raises ValueError
    (it is a usage error); a bad date inside an input only produces a Note. Notes (guessed encodings,
    ignored dates, ...) go to `on_note` and to the "newsgraph.ingest" logger.
    """
    opts = options or IngestOptions()
    try:
        default_published = parse_published(published)
    except BadDate as exc:
        raise ValueError(f"--published: {exc}") from None
    yield from build_items(iter_raw(paths, stdin=stdin, options=opts), published=default_published,
                           source=source, options=opts, on_note=on_note)


def build_items(raw_items: Iterable[Union[RawDoc, Skip, Note]], *, published: dt.date | None = None,
                source: str | None = None, options: IngestOptions | None = None,
                on_note: Callable[[Note], None] | None = None) -> Iterator[Union[Article, Skip]]:
    """Raw documents (and the readers' Skips and Notes) -> Articles and Skips, in order.

    A document whose cleaning raises is a Skip ("could not clean"), never the end of the batch; with
    `options.dedup`, a second article with the same text is a Skip ("duplicate of ...").
    """
    opts = options or IngestOptions()
    seen: dict[str, str] = {}    # content_hash -> article id (first seen in this batch)

    def note(origin: str, message: str) -> None:
        n = Note(origin, message)
        log.info("%s", n)
        if on_note is not None:
            on_note(n)

    for item in raw_items:
        if isinstance(item, Skip):
            yield item
            continue
        if isinstance(item, Note):
            note(item.origin, item.message)
            continue
        try:
            result = build_article(item, default_published=published, default_source=source,
                                   options=opts, note=note)
        except Exception as exc:  # noqa: BLE001 - a bug on one odd document must not end the batch
            log.exception("cleaning failed for %s", item.origin)
            yield Skip(item.origin, f"could not clean: {type(exc).__name__}: {exc}", "error")
            continue
        if isinstance(result, Article) and opts.dedup:
            first = seen.get(result.content_hash or "")
            if first is not None:
                yield Skip(result.origin or item.origin, f"duplicate of {first}", "duplicate")
                continue
            seen[result.content_hash or ""] = result.id
        yield result


def build_article(raw: RawDoc, *, default_published: dt.date | None = None, default_source: str | None = None,
                  options: IngestOptions | None = None,
                  note: Callable[[str, str], None] | None = None) -> Union[Article, Skip]:
    """One raw document -> Article, or Skip with the reason it is not an article we can use
    (the content checks of `checks.py`, before and after cleaning)."""
    opts = options or IngestOptions()
    note = note or (lambda origin, msg: log.info("%s: %s", origin, msg))
    for msg in raw.notes:
        note(raw.origin, msg)
    problem = check_raw(raw.origin, raw.text, opts)
    if problem is not None:
        return problem
    pub, bad = try_parse_published(raw.published)
    if bad:
        note(raw.origin, f"published value ignored ({bad})")
    article = make_article(raw.text, title=raw.title, url=raw.url, source=raw.source or default_source,
                           published=pub or default_published,
                           published_source=(raw.published_source or "given") if pub else "given",
                           origin=raw.origin, captions=raw.captions, author=raw.author, page_marks=raw.page_marks,
                           removed=raw.removed)
    return check_article(raw.origin, article, opts, note) or article
