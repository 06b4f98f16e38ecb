"""Raw article text -> clean `Article`: normalised text, boilerplate dropped, captions set aside.

Captions describe a photo, not the news: coding "Putin and Kim walk down red carpeting" as an event
would be wrong, so they go to `Article.captions`. Boilerplate (comment widgets, share bars, newsletter
boxes, cookie banners) is dropped. Patterns: data/ingest/boilerplate.csv.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from newsgraph.ingest.dates import try_parse_published
from newsgraph.ingest.frontmatter import split_front_matter
from newsgraph.ingest.language import UNDETERMINED, detect_language
from newsgraph.ingest.normalise import normalise_text
from newsgraph.ingest.patterns import PatternSet, default_patterns
from newsgraph.records import Article

_BLANK_RUNS = re.compile(r"\n{3,}")
_SPACES = re.compile(r"\s+")


@dataclass
class Cleaned:
    text: str                                   # the body that gets analysed
    captions: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)  # (pattern id, text removed)


def clean_text(text: str, patterns: PatternSet | None = None) -> Cleaned:
    """Normalise `text`, drop boilerplate lines and glued furniture, move caption paragraphs out."""
    pats = patterns or default_patterns()
    body: list[str] = []
    captions: list[str] = []
    removed: list[tuple[str, str]] = []
    for line in normalise_text(text).split("\n"):
        if not line:
            body.append("")
            continue
        line = _cut_glued(line, pats, removed)
        if not line:
            continue
        pid = _boilerplate_id(line, pats)
        if pid:
            removed.append((pid, line))
        elif _is_caption(line, pats):
            captions.append(line)
        else:
            cut = _glued_caption_start(line, pats)
            if cut:
                captions.append(line[cut:])
                line = line[:cut]
            body.append(line)
    out = _BLANK_RUNS.sub("\n\n", "\n".join(body)).strip()
    return Cleaned(out, captions, removed)


def _cut_glued(line: str, pats: PatternSet, removed: list[tuple[str, str]]) -> str:
    changed = True
    while changed and line:
        changed = False
        for p in pats.trailer:
            m = p.regex.search(line)
            if m:
                removed.append((p.id, m.group(0).strip()))
                line, changed = line[:m.start()].rstrip(), True
        for p in pats.leader:
            m = p.regex.search(line)
            if m:
                removed.append((p.id, m.group(0).strip()))
                line, changed = line[m.end():].lstrip(), True
    return line


def _boilerplate_id(line: str, pats: PatternSet) -> str | None:
    if len(line) > 500:            # boilerplate lines are short; prose paragraphs are left alone
        return None
    for p in pats.line:
        if p.regex.fullmatch(line):
            return p.id
    return None


def _is_caption(line: str, pats: PatternSet) -> bool:
    return any(p.regex.search(line) for p in pats.caption) or any(p.regex.search(line) for p in pats.credit)


def _glued_caption_start(line: str, pats: PatternSet) -> int:
    """Offset where a caption cue starts glued to the end of a body sentence, else 0."""
    starts = [m.start() for p in pats.caption if p.glued for m in [p.glued.search(line)] if m]
    return min(starts) if starts else 0


def _one_line(value: object) -> str | None:
    if value is None:
        return None
    s = _SPACES.sub(" ", str(value)).strip()
    return s or None


def _merge(given: list[str] | None, found: list[str]) -> list[str]:
    out = [c for c in (_one_line(x) for x in (given or [])) if c]
    return out + [c for c in found if c not in out]


def make_article(text: str, *, title: str | None = None, url: str | None = None, source: str | None = None,
                 published: dt.date | dt.datetime | str | None = None, origin: str | None = None,
                 captions: list[str] | None = None, patterns: PatternSet | None = None) -> Article:
    """Build the clean `Article` for a raw text (also what `newsgraph.analyse()` uses).

    Sets id (`Article.make_id` of the clean text and url), content_hash, language and ingested_at.
    `captions` found outside the text (HTML <figcaption>) are kept before those found in it.
    A front-matter header in `text` fills metadata the arguments leave out. A `published` value that is
    not a usable date becomes None (readers report it as a note).
    """
    meta, text, _problems = split_front_matter(text or "")   # raw corpus files passed to analyse()
    title = title if title is not None else meta.get("title")
    url = url if url is not None else meta.get("url")
    source = source if source is not None else meta.get("source")
    published = published if published is not None else meta.get("published")
    cleaned = clean_text(text, patterns)
    url = _one_line(url)
    pub, _problem = try_parse_published(published)
    lang = detect_language(cleaned.text).code if cleaned.text else UNDETERMINED
    return Article(
        id=Article.make_id(cleaned.text, url),
        text=cleaned.text,
        title=_one_line(title),
        url=url,
        source=_one_line(source),
        published=pub,
        language=lang,
        captions=_merge(captions, cleaned.captions),
        origin=origin,
        content_hash=Article.make_content_hash(cleaned.text),
        ingested_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    )
