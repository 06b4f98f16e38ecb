"""Readers: paths (files, directories, '-') -> raw documents with metadata, or a Skip saying why not.

Formats by extension (optionally .gz): .txt/.text/.md/none = plain text with optional front matter,
.html/.htm/.xhtml = web page (trafilatura), .jsonl/.ndjson = one JSON object per line, .json = object or
list of objects, .csv/.tsv = one article per row, .warc/.arc = web archive (each HTML page),
.rss/.atom (or .xml holding a feed) = RSS/Atom feed (each entry). Records use the keys text, title,
url, published, source (common aliases accepted, see FIELD_ALIASES). In a directory, files of other
types are reported as unsupported (or binary); named explicitly, they are read as plain text.
Cleaning and the article checks happen later (batch.py).
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import os
import sys
import zlib
from dataclasses import dataclass, field
from typing import IO, Iterable, Iterator, Union

from newsgraph.ingest.decode import BinaryContent, decode_bytes, sniff_binary
from newsgraph.ingest.feeds import FeedError, looks_like_feed, parse_feed
from newsgraph.ingest.frontmatter import split_front_matter
from newsgraph.ingest.htmlpage import ExtractionFailed, extract_page, looks_like_html
from newsgraph.ingest.skips import IngestOptions, Note, Skip
from newsgraph.ingest.warc import iter_warc_pages, looks_like_warc

TEXT_EXTS = {"", ".txt", ".text", ".md"}
FORMATS = {**{e: "text" for e in TEXT_EXTS}, ".html": "html", ".htm": "html", ".xhtml": "html",
           ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".tsv": "tsv",
           ".warc": "warc", ".arc": "warc", ".rss": "feed", ".atom": "feed", ".xml": "xml"}

# Record keys (lower-cased) -> article field. The first key present wins.
FIELD_ALIASES = {
    "text": ("text", "body", "content", "article", "articlebody", "article_body", "full_text", "maintext"),
    "html": ("html", "raw_html", "page_html"),
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url", "source_url"),
    "published": ("published", "date", "published_at", "publish_date", "pubdate", "date_publish",
                  "datetime", "timestamp"),
    "source": ("source", "outlet", "publisher", "sitename", "site_name", "site", "domain"),
    "author": ("author", "authors", "byline", "creator", "writer"),
}
STDIN = "<stdin>"
StdinLike = Union[str, bytes, IO[str], IO[bytes], None]


@dataclass
class RawDoc:
    """Text plus whatever metadata the input carried; `notes` are kept-but-noteworthy facts."""

    text: str
    origin: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: object = None
    notes: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)   # captions found outside the text (HTML figcaptions)
    author: str | None = None                            # byline metadata ("A; B")
    published_source: str | None = None                  # where `published` came from (metadata | url | text)
    removed: list[dict[str, str]] = field(default_factory=list)   # blocks the reader dropped (HTML structure)
    bylines: list[tuple[str, str]] = field(default_factory=list)  # the page's byline elements ("byline"|"credit", text)


Item = Union[RawDoc, Skip, Note]   # a Note reports something about an input that is not an article


def iter_raw(paths: Iterable[str], *, stdin: StdinLike = None,
             options: IngestOptions | None = None) -> Iterator[Item]:
    """Every raw document (or Skip) found under `paths`, in order; '-' reads standard input."""
    opts = options or IngestOptions()
    for p in paths:
        p = str(p)
        if p == "-":
            yield from _never_silent(read_stdin(stdin), STDIN)
        elif os.path.isdir(p):
            for f in walk_dir(p):
                yield from _never_silent(read_path(f, opts, in_dir=True), f)
        elif os.path.exists(p):
            yield from _never_silent(read_path(p, opts), p)
        else:
            yield Skip(p, "no such file or directory", "missing")


def _never_silent(items: Iterator[Item], path: str) -> Iterator[Item]:
    """Pass items through. A file that produced neither a document nor a Skip gets one ("no articles");
    an unexpected error inside a reader (third-party parsers raise anything on odd input) ends that file
    with a Skip instead of ending the whole batch."""
    produced = False
    try:
        for item in items:
            produced = produced or not isinstance(item, Note)
            yield item
    except Exception as exc:  # noqa: BLE001 - the safety net: bad input must never crash the batch
        yield Skip(path, f"could not read the rest of the file: {type(exc).__name__}: {exc}", "unreadable")
        return
    if not produced:
        yield Skip(path, "no articles found (empty file or no records)", "empty")


def walk_dir(root: str) -> Iterator[str]:
    """Files under `root`, recursively, sorted by name; hidden files and directories are ignored."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield os.path.join(dirpath, name)


def file_format(path: str) -> tuple[str | None, bool, str]:
    """(format or None, gzipped?, extension) from the file name."""
    name = os.path.basename(path).lower()
    gz = name.endswith(".gz")
    if gz:
        name = name[:-3]
    ext = os.path.splitext(name)[1]
    return FORMATS.get(ext), gz, ext


def read_path(path: str, opts: IngestOptions, in_dir: bool = False) -> Iterator[Item]:
    """One file -> its documents. JSONL and WARC are streamed (no size limit); other files are read
    whole, so files over `max_file_bytes` (or plain text over 4 bytes per allowed character) are skipped."""
    fmt, gz, ext = file_format(path)
    try:
        size = os.path.getsize(path)
        if fmt not in ("jsonl", "warc") and size > opts.max_file_bytes:
            yield Skip(path, f"too large: {size:,} bytes (limit {opts.max_file_bytes:,})", "too-large")
            return
        if fmt == "text" and not gz and size > 4 * opts.max_chars:   # UTF-8: at most 4 bytes a character
            yield Skip(path, f"too large: {size:,} bytes (limit {opts.max_chars:,} characters)", "too-large")
            return
        if fmt == "jsonl":       # streamed line by line: corpora can be big
            with (gzip.open(path, "rb") if gz else open(path, "rb")) as fh:
                yield from read_jsonl_lines(fh, path)
            return
        if fmt == "warc":        # streamed record by record; warcio handles the gzip members itself
            with open(path, "rb") as fh:
                head = fh.read(12)
            if head.startswith(b"\x1f\x8b"):   # by content, not name: warcio reads either
                with gzip.open(path, "rb") as fh:
                    head = fh.read(12)
            if not head:
                yield Skip(path, "empty", "empty")
                return
            if not looks_like_warc(head):
                yield Skip(path, "not a WARC/ARC file (no WARC header)", "malformed")
                return
            with open(path, "rb") as fh:
                yield from read_warc(fh, path)
            return
        with open(path, "rb") as fh:
            data = fh.read()
        if gz:
            data = _gunzip(data, opts.max_file_bytes * 10)
    except (OSError, EOFError, zlib.error) as exc:
        yield Skip(path, f"cannot read: {exc}", "unreadable")
        return
    if fmt is None:
        if sniff_binary(data):
            yield Skip(path, "binary file", "binary")
            return
        if in_dir:               # a stray file in a corpus directory: say so rather than guess
            yield Skip(path, f"unsupported file type '{ext}'", "unsupported")
            return
        fmt = "text"             # named explicitly: read it as plain text
    if fmt == "xml":             # .xml: only feeds are articles
        if not looks_like_feed(data):
            yield Skip(path, "XML file that is not an RSS/Atom feed", "unsupported")
            return
        fmt = "feed"
    yield from _READERS[fmt](data, path)


def _gunzip(data: bytes, limit: int) -> bytes:
    """Decompress all gzip members (WARC files are many), refusing more than `limit` bytes of output."""
    out = bytearray()
    while data and data.strip(b"\x00"):
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out += d.decompress(data, limit - len(out) + 1)
        if len(out) > limit or d.unconsumed_tail:
            raise OSError(f"decompressed size over {limit:,} bytes")
        if not d.eof:
            raise EOFError("truncated gzip file")
        data = d.unused_data
    return bytes(out)


def _decode(data: bytes, origin: str, notes: list[str]) -> str | Skip:
    try:
        dec = decode_bytes(data)
    except BinaryContent:
        return Skip(origin, "binary file", "binary")
    if dec.guessed:
        notes.append(f"not valid UTF-8; decoded as {dec.encoding}")
    return dec.text


def read_text_bytes(data: bytes, origin: str) -> Iterator[Item]:
    notes: list[str] = []
    text = _decode(data, origin, notes)
    if isinstance(text, Skip):
        yield text
        return
    yield from read_text(text, origin, notes)


def read_text(text: str, origin: str, notes: list[str] | None = None) -> Iterator[Item]:
    """Plain text with optional front matter; a text file that is really an HTML page goes to HTML."""
    notes = list(notes or [])
    if looks_like_html(text):
        yield from read_html(text, origin, notes)
        return
    meta, body, problems = split_front_matter(text)
    yield RawDoc(body, origin, meta.get("title"), meta.get("url"), meta.get("source"), meta.get("published"),
                 notes + problems, author=meta.get("author"))


def read_html_bytes(data: bytes, origin: str) -> Iterator[Item]:
    if sniff_binary(data):
        yield Skip(origin, "binary file", "binary")
        return
    yield from read_html(data, origin, [])


def read_html(html: bytes | str, origin: str, notes: list[str], url: str | None = None) -> Iterator[Item]:
    try:
        page = extract_page(html, url=url)
    except ExtractionFailed as exc:
        if not (html.strip() if isinstance(html, (str, bytes)) else html):
            yield Skip(origin, "empty", "empty")
        else:
            yield Skip(origin, str(exc), "extraction")
        return
    yield RawDoc(page.text, origin, page.title, page.url, page.sitename, page.date, notes, page.captions,
                 author=page.author, published_source=page.date_source, removed=page.removed,
                 bylines=page.bylines)


def read_warc(stream: IO[bytes], base: str) -> Iterator[Item]:
    """Each HTML page archived in a WARC file, read like an HTML file (origin "file.warc#N")."""
    note = None
    for item in iter_warc_pages(stream, base):
        if isinstance(item, Skip):
            yield item
        elif isinstance(item, str):
            note = item
        else:
            origin, html, url = item
            for doc in read_html(html, origin, [], url=url):
                if isinstance(doc, RawDoc) and not doc.url:
                    doc.url = url
                yield doc
    if note:                     # about the file itself: nothing was lost, just not articles
        yield Note(base, note)


def read_feed_bytes(data: bytes, origin: str) -> Iterator[Item]:
    """Each entry of an RSS/Atom feed (origin "feed.xml#N")."""
    try:
        entries = parse_feed(data)
    except FeedError as exc:
        yield Skip(origin, str(exc), "malformed")
        return
    if not entries:
        yield Skip(origin, "feed has no entries", "empty")
    for i, e in enumerate(entries, start=1):
        yield RawDoc(e.text, f"{origin}#{i}", e.title, e.url, e.source, e.published, author=e.author,
                     published_source="metadata")


def read_jsonl_lines(lines: Iterable[bytes | str], base: str) -> Iterator[Item]:
    """One JSON object per line; a bad line is a Skip naming its line number, the rest go on."""
    for n, raw in enumerate(lines, start=1):
        origin = f"{base}:{n}"
        notes: list[str] = []
        if isinstance(raw, bytes):
            if b"\x00" in raw:
                yield Skip(origin, f"binary data on line {n}", "binary")
                continue
            line = _decode(raw, origin, notes)
            if isinstance(line, Skip):
                yield line
                continue
        else:
            line = raw
        line = line.strip().lstrip("\ufeff")
        if not line:
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skip(origin, f"malformed JSON on line {n}: {exc.msg} (column {exc.colno})", "malformed")
            continue
        if not isinstance(obj, dict):
            yield Skip(origin, f"line {n} is not a JSON object ({type(obj).__name__})", "malformed")
            continue
        yield from read_record(obj, origin, notes)


def read_json_bytes(data: bytes, origin: str) -> Iterator[Item]:
    notes: list[str] = []
    text = _decode(data, origin, notes)
    if isinstance(text, Skip):
        yield text
        return
    if not text.strip():
        yield Skip(origin, "empty", "empty")
        return
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        if "\n{" in text:        # JSON Lines saved as .json
            yield from read_jsonl_lines(text.splitlines(), origin)
        else:
            yield Skip(origin, f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})", "malformed")
        return
    if isinstance(obj, dict):
        for key in ("articles", "items", "data", "records"):
            if isinstance(obj.get(key), list):
                obj = obj[key]
                break
    if isinstance(obj, dict):
        yield from read_record(obj, origin, notes)
    elif isinstance(obj, list):
        for i, rec in enumerate(obj):
            if isinstance(rec, dict):
                yield from read_record(rec, f"{origin}[{i}]", notes)
            else:
                yield Skip(f"{origin}[{i}]", f"item {i} is not a JSON object", "malformed")
    else:
        yield Skip(origin, f"JSON holds a {type(obj).__name__}, not articles", "malformed")


def read_record(rec: dict, origin: str, notes: list[str] | None = None) -> Iterator[Item]:
    """A JSON object or CSV row -> RawDoc (HTML in an 'html' field is extracted)."""
    notes = list(notes or [])
    low = {str(k).strip().lower(): v for k, v in rec.items() if k is not None}
    got = {f: next((low[k] for k in keys if low.get(k) not in (None, "")), None) for f, keys in FIELD_ALIASES.items()}
    meta = {f: (None if got[f] is None else str(got[f]).strip() or None) for f in ("title", "url", "source")}
    author = got["author"]
    if isinstance(author, list):
        author = "; ".join(str(a) for a in author if a)
    meta["author"] = str(author).strip() or None if author is not None else None
    text = got["text"]
    if isinstance(text, list) and all(isinstance(x, str) for x in text):
        text = "\n\n".join(text)      # paragraphs given as a list
    if text is None and isinstance(got["html"], str):
        for item in read_html(got["html"], origin, notes, url=meta["url"]):
            if isinstance(item, RawDoc):
                item.title = meta["title"] or item.title
                item.url = meta["url"] or item.url
                item.source = meta["source"] or item.source
                if got["published"] not in (None, ""):
                    item.published, item.published_source = got["published"], None
                item.author = meta["author"] or item.author
            yield item
        return
    if text is None:
        if any(isinstance(low.get(k), str) for k in FIELD_ALIASES["text"]):
            yield Skip(origin, "empty", "empty")          # a text field holding nothing
        else:
            yield Skip(origin, f"no text field (keys: {', '.join(sorted(low)[:12])})", "no-text")
        return
    if not isinstance(text, str):
        yield Skip(origin, f"text field is a {type(text).__name__}, not a string", "malformed")
        return
    yield RawDoc(text, origin, meta["title"], meta["url"], meta["source"], got["published"], notes,
                 author=meta["author"])


def read_csv_bytes(data: bytes, origin: str, delimiter: str = ",") -> Iterator[Item]:
    notes: list[str] = []
    text = _decode(data, origin, notes)
    if isinstance(text, Skip):
        yield text
        return
    yield from read_csv_text(text, origin, delimiter, notes)


def read_csv_text(text: str, origin: str, delimiter: str = ",", notes: list[str] | None = None) -> Iterator[Item]:
    """One article per row; the header names the columns (text, title, url, published, source)."""
    if not text.strip():
        yield Skip(origin, "empty", "empty")
        return
    _raise_csv_field_limit()
    delimiter = _pick_delimiter(text, delimiter)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except (csv.Error, StopIteration) as exc:
        yield Skip(origin, f"malformed CSV header: {exc}", "malformed")
        return
    if not any(h in FIELD_ALIASES["text"] + FIELD_ALIASES["html"] for h in header):
        yield Skip(origin, f"CSV has no text column (columns: {', '.join(header)[:200]})", "no-text")
        return
    errors = 0
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            errors += 1
            yield Skip(f"{origin}:{start}", f"malformed CSV row at line {start}: {exc}", "malformed")
            if errors >= 100:
                yield Skip(origin, "too many malformed CSV rows; rest of file not read", "malformed")
                return
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            notes_row = [f"row has {len(row)} fields, header has {len(header)}"]
        else:
            notes_row = []
        yield from read_record(dict(zip(header, row)), f"{origin}:{start}", (notes or []) + notes_row)


def _pick_delimiter(text: str, default: str) -> str:
    """The delimiter that turns the header line into the most known column names (Excel in many
    locales writes ';')."""
    header = text.lstrip("\ufeff").split("\n", 1)[0].lower()
    known = {k for keys in FIELD_ALIASES.values() for k in keys}

    def score(d: str) -> int:
        return sum(1 for h in header.split(d) if h.strip().strip('"') in known)

    return max([default] + [d for d in (",", ";", "\t", "|") if d != default], key=score)


_csv_limit_raised = False


def _raise_csv_field_limit() -> None:
    """Article bodies exceed csv's default 128 KiB field limit; raise it once."""
    global _csv_limit_raised
    if not _csv_limit_raised:
        csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
        _csv_limit_raised = True


def read_stdin(stdin: StdinLike = None) -> Iterator[Item]:
    """'-': text with optional front matter, or JSON Lines / HTML / RSS / WARC (maybe gzipped) when it
    looks like that."""
    src = sys.stdin if stdin is None else stdin
    if src is None:                  # no standard input at all (detached process)
        yield Skip(STDIN, "no standard input", "unreadable")
        return
    try:
        if isinstance(src, (str, bytes)):
            data = src
        else:
            buf = getattr(src, "buffer", None)
            data = buf.read() if buf is not None else src.read()
    except (OSError, ValueError) as exc:
        yield Skip(STDIN, f"cannot read standard input: {exc}", "unreadable")
        return
    notes: list[str] = []
    if isinstance(data, bytes) and data.startswith(b"\x1f\x8b"):
        try:
            data = _gunzip(data, 10 * 2**30)
        except (OSError, EOFError, zlib.error) as exc:
            yield Skip(STDIN, f"cannot read gzipped standard input: {exc}", "unreadable")
            return
    if isinstance(data, bytes) and looks_like_warc(data[:12]):
        yield from read_warc(io.BytesIO(data), STDIN)
        return
    if isinstance(data, bytes):
        text = _decode(data, STDIN, notes)
        if isinstance(text, Skip):
            yield text
            return
    else:
        text = data
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    if text.lstrip().startswith("<") and not looks_like_html(text) and looks_like_feed(text):
        yield from read_feed_bytes(text.encode("utf-8"), STDIN)
    elif first.startswith("{") and first.endswith("}"):
        yield from read_jsonl_lines(text.splitlines(), STDIN)
    else:
        yield from read_text(text, STDIN, notes)


_READERS = {
    "text": read_text_bytes,
    "html": read_html_bytes,
    "json": read_json_bytes,
    "csv": read_csv_bytes,
    "tsv": lambda data, origin: read_csv_bytes(data, origin, delimiter="\t"),
    "feed": read_feed_bytes,
}
