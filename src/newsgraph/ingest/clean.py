"""Raw article text -> clean `Article`: normalised text, boilerplate dropped, captions set aside.

Captions describe a photo, not the news: coding "Putin and Kim walk down red carpeting" as an event
would be wrong, so they go to `Article.captions`. Boilerplate (comment widgets, share bars, newsletter
boxes, cookie banners) is dropped. Patterns: data/ingest/boilerplate.csv.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from newsgraph.ingest.closing_credits import split_credits
from newsgraph.ingest.dateline import lead_line_indexes, split_lead
from newsgraph.ingest.page_marks import NO_PAGE_MARKS, PageMarks
from newsgraph.ingest.dates import try_parse_published
from newsgraph.ingest.frontmatter import split_front_matter
from newsgraph.ingest.language import UNDETERMINED, detect_language
from newsgraph.ingest.normalise import normalise_text
from newsgraph.ingest.patterns import PatternSet, default_patterns, is_caption
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
        elif is_caption(line, pats):
            captions.append(line)
        else:
            cut = _glued_caption_start(line, pats)
            if cut:
                captions.append(line[cut:])
                line = line[:cut]
            body.append(line)
    out = _BLANK_RUNS.sub("\n\n", "\n".join(body)).strip()
    return Cleaned(out, captions, removed)


def is_furniture(line: str, pats: PatternSet) -> bool:
    """A line cleaning drops or moves out (boilerplate, caption), other than a byline."""
    pid = _boilerplate_id(line, pats)
    return (pid is not None and pid != "bp.byline") or is_caption(line, pats)


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
        for p in pats.box:
            m = p.regex.search(line)
            if m:
                removed.append((p.id, m.group("box")))
                line, changed = line[:m.start("box")].rstrip() + " |", True
    return line


def _unlabel(text: str, pats: PatternSet) -> tuple[str, list[dict[str, str]]]:
    """Replace each line that wraps its text in furniture labels (kind `label`: "TITLE: <headline> LINK: <url>",
    as dumped news pages print their headline) by the text it wraps, before the top lines are read for a
    dateline: the headline stays a line of its own and is coded as a headline, and the labels and the link
    are no words of its sentence (session 50 arr54). Returns the text and what was cut, as `removed` entries."""
    if not pats.label:
        return text, []
    lines = text.split("\n")
    out: list[dict[str, str]] = []
    for i, line in enumerate(lines):
        for p in pats.label:
            m = p.regex.match(line)
            if m and m.group("keep").strip():
                keep = m.group("keep").strip()
                out.append({"kind": removed_kind(p.id), "text": line.strip(), "rule": p.id})
                lines[i] = keep
                break
    return "\n".join(lines), out


def _cut_top_leaders(text: str, pats: PatternSet) -> tuple[str, list[dict[str, str]]]:
    """Cut the furniture glued to the start of the top lines ("ADVERTISEMENTKYIV, Ukraine (AP) — ...") before
    the dateline is read there, so the label is not read as part of the place (session 29); cleaning would
    cut it later anyway. Returns the text and what was cut, as `removed` entries."""
    lines = text.split("\n")
    out: list[dict[str, str]] = []
    for i in lead_line_indexes(lines):   # (the top lines `split_lead` reads)
        cut: list[tuple[str, str]] = []
        for p in pats.leader:
            m = p.regex.search(lines[i])
            if m and lines[i][m.end():].strip():
                cut.append((p.id, m.group(0).strip()))
                lines[i] = lines[i][m.end():].lstrip()
        out += [{"kind": removed_kind(rule), "text": t, "rule": rule} for rule, t in cut]
    return "\n".join(lines), out


def _boilerplate_id(line: str, pats: PatternSet) -> str | None:
    if len(line) > 500:            # boilerplate lines are short; prose paragraphs are left alone
        return None
    for p in pats.line:
        if p.regex.fullmatch(line):
            return p.id
    return None


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
                 published: dt.date | dt.datetime | str | None = None, published_source: str | None = None,
                 origin: str | None = None, captions: list[str] | None = None, author: str | None = None,
                 page_marks: PageMarks = NO_PAGE_MARKS,
                 removed: list[dict[str, str]] | None = None, patterns: PatternSet | None = None) -> Article:
    """Build the clean `Article` for a raw text (also what `newsgraph.analyse()` uses).

    Bylines and the dateline are split off the top of the text first (`dateline.split_lead`: authors,
    agency, dateline place), then boilerplate lines are dropped and captions moved out (`clean_text`).
    Sets id (`Article.make_id` of the clean text and url), content_hash, language and ingested_at.
    `captions` found outside the text (HTML <figcaption>) are kept before those found in it; `author` is
    the input's byline metadata and `page_marks` what an HTML page prints around the story (bylines, dateline); `removed` what the reader already dropped (HTML blocks), to which the
    blocks cleaning drops are added. A front-matter header in `text` fills metadata the arguments leave
    out. A `published` value that is not a usable date becomes None (readers report it as a note);
    `published_source` says where a date came from (given | metadata | url | text; default "given").
    """
    meta, text, _problems = split_front_matter(text or "")   # raw corpus files passed to analyse()
    title = title if title is not None else meta.get("title")
    url = url if url is not None else meta.get("url")
    source = source if source is not None else meta.get("source")
    published = published if published is not None else meta.get("published")
    author = author if author is not None else meta.get("author")
    pats = patterns or default_patterns()
    text, labels = _unlabel(normalise_text(text), pats)
    text, leaders = _cut_top_leaders(text, pats)
    lead = split_lead(text, author=_one_line(author), page=page_marks,
                      sitename=_one_line(source), is_furniture=lambda line: is_furniture(line, pats),
                      title=_one_line(title))
    cleaned = clean_text(lead.text, patterns)
    body, credit_agency, credits = split_credits(cleaned.text)
    url = _one_line(url)
    pub, _problem = try_parse_published(published)
    lang = detect_language(body).code if body else UNDETERMINED
    dropped = list(removed or []) + labels + leaders + lead.removed + [
        {"kind": removed_kind(rule), "text": t, "rule": rule} for rule, t in cleaned.removed] + credits
    return Article(
        id=Article.make_id(body, url),
        text=body,
        title=_one_line(title),
        url=url,
        source=_one_line(source),
        published=pub,
        published_source=(published_source or "given") if pub else None,
        language=lang,
        captions=_merge(captions, cleaned.captions),
        dateline_place=lead.dateline_place,
        agency=lead.agency or credit_agency,
        authors=lead.authors,
        removed=dropped,
        origin=origin,
        content_hash=Article.make_content_hash(body),
        ingested_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    )


def removed_kind(rule: str) -> str:
    """The kind of block a boilerplate pattern removes, from its id: "bp.share.article" -> "share"."""
    parts = rule.split(".")
    return parts[1] if len(parts) > 1 else rule
