"""Readers: paths (files, directories, '-') -> raw documents with metadata, or a Skip saying why not.

Formats by extension (a .gz suffix is dropped; gzip itself is recognised by content): .txt/.text/.md/
none = plain text with optional front matter, .html/.htm/.xhtml = web page (trafilatura), .jsonl/.ndjson
= one JSON object per line, .json = object or list of objects, .csv/.tsv = one article per row,
.warc/.arc = web archive (each HTML page),
.rss/.atom (or .xml holding a feed) = RSS/Atom feed (each entry). Records use the keys text, title,
url, published, source (common aliases accepted, see FIELD_ALIASES). In a directory, files of other
types are reported as unsupported (or binary); named explicitly, they are read as plain text.
Cleaning and the article checks happen later (batch.py).

Every read has a budget (IngestOptions, defaults in settings.py): gzip is decompressed as a capped
stream (compressed.py), files read whole and JSON Lines lines are read up to their limit and no
further, HTML pages are checked before extraction. In a directory, only regular files inside it are
read: a symbolic link leading out of it is a Skip unless `follow_symlinks`; so is a directory that
cannot be listed, a named pipe or a device.
"""
from __future__ import annotations

import csv
import io
import itertools
import json
import os
import stat
import sys
import zlib
from dataclasses import dataclass, field
from typing import IO, Iterable, Iterator, Union

from newsgraph.ingest.checks import check_html
from newsgraph.ingest.compressed import CHUNK, InputTooLarge, is_gzip, open_input, read_capped
from newsgraph.ingest.decode import BinaryContent, decode_bytes, sniff_binary
from newsgraph.ingest.feeds import FeedError, looks_like_feed, parse_feed
from newsgraph.ingest.frontmatter import split_front_matter
from newsgraph.ingest.htmlpage import ExtractionFailed, PageMarks, PageOverBudget, extract_page, looks_like_html
from newsgraph.ingest.skips import IngestOptions, Note, Skip
from newsgraph.ingest.warc import iter_warc_pages, looks_like_warc
from newsgraph.ingest.text_headline import text_headline

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
    page_marks: PageMarks = field(default_factory=PageMarks)   # the page's bylines, dateline element, lead paragraph, copyright (HTML)


Item = Union[RawDoc, Skip, Note]   # a Note reports something about an input that is not an article


def iter_raw(paths: Iterable[str], *, stdin: StdinLike = None,
             options: IngestOptions | None = None) -> Iterator[Item]:
    """Every raw document (or Skip) found under `paths`, in order; '-' reads standard input."""
    opts = options or IngestOptions()
    for p in paths:
        p = str(p)
        if p == "-":
            yield from _never_silent(read_stdin(stdin, opts), STDIN)
        elif os.path.isdir(p):
            for f in walk_dir(p, follow_symlinks=opts.follow_symlinks):
                if isinstance(f, str) and _is_database_file(f, opts.database):
                    yield Skip(f, "the database this ingest writes to (or its write-ahead log): not read",
                               "unsupported")
                elif isinstance(f, str):
                    yield from _never_silent(read_path(f, opts, in_dir=True), f)
                else:
                    yield f
        elif os.path.exists(p):
            yield from _never_silent(read_path(p, opts), p)
        else:
            yield Skip(p, "no such file or directory", "missing")


def _is_database_file(path: str, database: str | None) -> bool:
    """`path` is the database being written or one of its side files (DuckDB's "x.duckdb.wal"), which a
    database kept inside the input directory would otherwise offer as a binary input."""
    if not database:
        return False
    real, db = os.path.realpath(path), os.path.realpath(database)
    return real == db or (real.startswith(db + ".") and "/" not in real[len(db):])


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


HIDDEN_NOTE = "hidden (name starts with '.'): not read; name it on the command line to read it"


def walk_dir(root: str, follow_symlinks: bool = False) -> Iterator[Union[str, Skip, Note]]:
    """Files under `root`, recursively, sorted by name; hidden files and directories (".git", ".DS_Store")
    are not read, each with a Note saying so (a hidden directory's contents are not listed).

    Yields a path per regular file to read, and a Skip for what is not read: a directory that cannot be
    listed, a named pipe, device or socket, a broken link, and -- unless `follow_symlinks` -- a link that
    leads out of `root` (reading it would read a file the user never named). A link to a file inside
    `root` is read; a link to a directory inside it is not entered (its files are read at their own
    path; a Note says so). With `follow_symlinks`, every link is followed, each directory once."""
    real_root = os.path.realpath(root)
    unreadable: list[Skip] = []
    seen: set[str] = set()

    def on_error(exc: OSError) -> None:
        unreadable.append(Skip(exc.filename or root, f"directory not read: {exc.strerror or exc}", "unreadable"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error, followlinks=follow_symlinks):
        yield from unreadable
        unreadable.clear()
        if follow_symlinks:
            real = os.path.realpath(dirpath)
            if real in seen:             # a link loop, or a second link to one directory
                dirnames[:] = []
                yield Note(dirpath, "directory already read through another link")
                continue
            seen.add(real)
        for name in sorted(n for n in (*dirnames, *filenames) if n.startswith(".")):
            yield Note(os.path.join(dirpath, name), HIDDEN_NOTE)     # not read; a directory not entered
        keep = []
        for name in sorted(n for n in dirnames if not n.startswith(".")):
            path = os.path.join(dirpath, name)
            if not follow_symlinks and os.path.islink(path):
                skip = _outside_link(path, real_root)
                yield skip or Note(path, "link to a directory inside the tree: its files are read at their own path")
                continue
            keep.append(name)
        dirnames[:] = keep
        for name in sorted(n for n in filenames if not n.startswith(".")):
            path = os.path.join(dirpath, name)
            if not follow_symlinks and os.path.islink(path):
                skip = _outside_link(path, real_root)
                if skip is not None:
                    yield skip
                    continue
            try:
                mode = os.stat(path).st_mode
            except OSError as exc:
                reason = "broken symbolic link" if os.path.islink(path) else f"cannot read: {exc.strerror or exc}"
                yield Skip(path, reason, "unreadable")
                continue
            if not stat.S_ISREG(mode):
                yield Skip(path, "not a regular file (named pipe, device or socket)", "unsupported")
                continue
            yield path
    yield from unreadable


def _outside_link(path: str, real_root: str) -> Skip | None:
    """A Skip for a symbolic link whose target is outside `real_root` (or missing), else None."""
    target = os.path.realpath(path)
    if not os.path.exists(target):
        return Skip(path, "broken symbolic link", "unreadable")
    if os.path.commonpath([target, real_root]) != real_root:
        return Skip(path, f"symbolic link to {target}, outside {real_root}: not read "
                          "(pass --follow-symlinks to read it)", "symlink")
    return None


def file_format(path: str) -> tuple[str | None, bool, str]:
    """(format or None, gzipped?, extension) from the file name."""
    name = os.path.basename(path).lower()
    gz = name.endswith(".gz")
    if gz:
        name = name[:-3]
    ext = os.path.splitext(name)[1]
    return FORMATS.get(ext), gz, ext


def read_path(path: str, opts: IngestOptions, in_dir: bool = False) -> Iterator[Item]:
    """One file -> its documents. Gzip is recognised by its content and decompressed as a capped stream.
    JSON Lines and WARC are streamed (each line/page within its limit, the file of any size); other files
    are read whole up to `max_file_bytes` (plain text up to 4 bytes per allowed character, HTML up to
    `max_html_bytes`): a larger file is skipped with the limit, never read on or cut short."""
    fmt, _, ext = file_format(path)
    try:
        with open(path, "rb") as raw:
            stream = open_input(raw, gzipped=is_gzip(raw), max_bytes=opts.max_expanded_bytes,
                                max_ratio=opts.max_expand_ratio)
            if fmt == "jsonl":
                yield from read_jsonl_stream(stream, path, opts)
                return
            if fmt == "warc":
                head = stream.peek(12)[:12]
                if not head:
                    yield Skip(path, "empty", "empty")
                elif not looks_like_warc(head):
                    yield Skip(path, "not a WARC/ARC file (no WARC header)", "malformed")
                else:
                    yield from read_warc(stream, path, opts)
                return
            if fmt == "html":
                data = read_capped(stream, opts.max_html_bytes, "of HTML", "NEWSGRAPH_MAX_HTML_BYTES")
            elif fmt == "text":
                data = read_capped(stream, min(opts.max_file_bytes, 4 * opts.max_chars), "of text",
                                   f"{opts.max_chars:,} characters, NEWSGRAPH_MAX_TEXT_CHARS")
            else:
                data = read_capped(stream, opts.max_file_bytes, "in the file", "NEWSGRAPH_MAX_FILE_BYTES")
    except InputTooLarge as exc:
        yield Skip(path, str(exc), "too-large")
        return
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
    yield from _READERS[fmt](data, path, opts)


def _decode(data: bytes, origin: str, notes: list[str]) -> str | Skip:
    try:
        dec = decode_bytes(data)
    except BinaryContent:
        return Skip(origin, "binary file", "binary")
    if dec.guessed:
        notes.append(f"not valid UTF-8; decoded as {dec.encoding}")
    elif dec.replaced:
        plural = "" if dec.replaced == 1 else "s"
        notes.append(f"mostly valid UTF-8: {dec.replaced} invalid byte sequence{plural} replaced with U+FFFD")
    return dec.text


def read_text_bytes(data: bytes, origin: str, opts: IngestOptions) -> Iterator[Item]:
    notes: list[str] = []
    text = _decode(data, origin, notes)
    if isinstance(text, Skip):
        yield text
        return
    yield from read_text(text, origin, notes, opts)


def read_text(text: str, origin: str, notes: list[str] | None = None,
              opts: IngestOptions | None = None) -> Iterator[Item]:
    """Plain text with optional front matter; a text file that is really an HTML page goes to HTML."""
    notes = list(notes or [])
    if looks_like_html(text):
        yield from read_html(text, origin, notes, opts=opts)
        return
    meta, body, problems = split_front_matter(text)
    title = meta.get("title") or text_headline(body)    # a headline on the first line is the title (session 36b)
    yield RawDoc(body, origin, title, meta.get("url"), meta.get("source"), meta.get("published"),
                 notes + problems, author=meta.get("author"))


def read_html_bytes(data: bytes, origin: str, opts: IngestOptions) -> Iterator[Item]:
    if sniff_binary(data):
        yield Skip(origin, "binary file", "binary")
        return
    yield from read_html(data, origin, [], opts=opts)


def read_html(html: bytes | str, origin: str, notes: list[str], url: str | None = None,
              opts: IngestOptions | None = None) -> Iterator[Item]:
    """An HTML page -> its article (RawDoc), or a Skip: over budget (checked before extraction), empty,
    or no article text found."""
    opts = opts or IngestOptions()
    over = check_html(origin, html, opts)
    if over is not None:
        yield over
        return
    try:
        page = extract_page(html, url=url, max_children=opts.max_html_children)
    except PageOverBudget as exc:
        yield Skip(origin, str(exc), "too-large")
        return
    except ExtractionFailed as exc:
        if not (html.strip() if isinstance(html, (str, bytes)) else html):
            yield Skip(origin, "empty", "empty")
        else:
            yield Skip(origin, str(exc), "extraction")
        return
    yield RawDoc(page.text, origin, page.title, page.url, page.sitename, page.date, notes, page.captions,
                 author=page.author, published_source=page.date_source, removed=page.removed,
                 page_marks=page.page_marks)


def read_warc(stream: IO[bytes], base: str, opts: IngestOptions | None = None) -> Iterator[Item]:
    """Each HTML page archived in a WARC file, read like an HTML file (origin "file.warc#N"); a page
    over `max_html_bytes` is skipped without being read whole."""
    opts = opts or IngestOptions()
    note = None
    for item in iter_warc_pages(stream, base, max_page_bytes=opts.max_html_bytes):
        if isinstance(item, Skip):
            yield item
        elif isinstance(item, str):
            note = item
        else:
            origin, html, url = item
            for doc in read_html(html, origin, [], url=url, opts=opts):
                if isinstance(doc, RawDoc) and not doc.url:
                    doc.url = url
                yield doc
    if note:                     # about the file itself: nothing was lost, just not articles
        yield Note(base, note)


def read_feed_bytes(data: bytes, origin: str, opts: IngestOptions | None = None) -> Iterator[Item]:
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


def read_jsonl_stream(stream: IO[bytes], base: str, opts: IngestOptions) -> Iterator[Item]:
    """JSON Lines from a binary stream, one line at a time: a line longer than `max_line_bytes` is
    skipped (and read past in chunks, never held whole); the others go to `read_jsonl_line`."""
    limit = opts.max_line_bytes
    for n in itertools.count(1):
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit:
            while line and not line.endswith(b"\n"):     # the rest of the long line
                line = stream.readline(CHUNK)
            yield Skip(f"{base}:{n}", f"line {n} too long: more than {limit:,} bytes "
                                      "(limit NEWSGRAPH_MAX_LINE_BYTES); skipped", "too-large")
            continue
        yield from read_jsonl_line(line, n, base, opts)


def read_jsonl_lines(lines: Iterable[bytes | str], base: str,
                     opts: IngestOptions | None = None) -> Iterator[Item]:
    """One JSON object per line; a bad line is a Skip naming its line number, the rest go on."""
    for n, raw in enumerate(lines, start=1):
        yield from read_jsonl_line(raw, n, base, opts)


def read_jsonl_line(raw: bytes | str, n: int, base: str, opts: IngestOptions | None = None) -> Iterator[Item]:
    """Line `n` of a JSON Lines input -> its record's RawDoc, or a Skip (binary, malformed, not an object)."""
    origin = f"{base}:{n}"
    notes: list[str] = []
    if isinstance(raw, bytes):
        if b"\x00" in raw:
            yield Skip(origin, f"binary data on line {n}", "binary")
            return
        line = _decode(raw, origin, notes)
        if isinstance(line, Skip):
            yield line
            return
    else:
        line = raw
    line = line.strip().lstrip("\ufeff")
    if not line:
        return
    try:
        obj = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        what = f"{exc.msg} (column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
        yield Skip(origin, f"malformed JSON on line {n}: {what}", "malformed")
        return
    if not isinstance(obj, dict):
        yield Skip(origin, f"line {n} is not a JSON object ({type(obj).__name__})", "malformed")
        return
    yield from read_record(obj, origin, notes, opts)


def read_json_bytes(data: bytes, origin: str, opts: IngestOptions) -> Iterator[Item]:
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
    except RecursionError:
        yield Skip(origin, "malformed JSON: nested too deeply", "malformed")
        return
    except json.JSONDecodeError as exc:
        if "\n{" in text:        # JSON Lines saved as .json
            yield from read_jsonl_lines(text.splitlines(), origin, opts)
        else:
            yield Skip(origin, f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})", "malformed")
        return
    if isinstance(obj, dict):
        for key in ("articles", "items", "data", "records"):
            if isinstance(obj.get(key), list):
                obj = obj[key]
                break
    if isinstance(obj, dict):
        yield from read_record(obj, origin, notes, opts)
    elif isinstance(obj, list):
        for i, rec in enumerate(obj):
            if isinstance(rec, dict):
                yield from read_record(rec, f"{origin}[{i}]", notes, opts)
            else:
                yield Skip(f"{origin}[{i}]", f"item {i} is not a JSON object", "malformed")
    else:
        yield Skip(origin, f"JSON holds a {type(obj).__name__}, not articles", "malformed")


# what a JSON value that is not a string is, in the words of the JSON a user wrote (not Python's type names)
_JSON_KINDS = {int: "a number", float: "a number", bool: "true or false", dict: "an object",
               list: "an array that is not all strings"}


def read_record(rec: dict, origin: str, notes: list[str] | None = None,
                opts: IngestOptions | None = None) -> Iterator[Item]:
    """A JSON object or CSV row -> RawDoc (HTML in an 'html' field is extracted, within its budget)."""
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
        for item in read_html(got["html"], origin, notes, url=meta["url"], opts=opts):
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
        yield Skip(origin, f"text field is {_JSON_KINDS.get(type(text), 'not text')}, not a string", "malformed")
        return
    yield RawDoc(text, origin, meta["title"], meta["url"], meta["source"], got["published"], notes,
                 author=meta["author"])


def read_csv_bytes(data: bytes, origin: str, opts: IngestOptions | None = None,
                   delimiter: str = ",") -> Iterator[Item]:
    notes: list[str] = []
    text = _decode(data, origin, notes)
    if isinstance(text, Skip):
        yield text
        return
    yield from read_csv_text(text, origin, delimiter, notes, opts)


MAX_BAD_CSV_ROWS = 100      # after this many malformed rows the rest of a CSV file is not read


def read_csv_text(text: str, origin: str, delimiter: str = ",", notes: list[str] | None = None,
                  opts: IngestOptions | None = None) -> Iterator[Item]:
    """One article per row; the header names the columns (text, title, url, published, source).

    A row whose fields do not fit the header (more non-empty fields, or fewer) is skipped with its
    reason, never stored cut short. A malformed row that spans several lines (an unbalanced quote
    swallows the lines after it) is skipped as its first line only, and reading starts again on the next
    line, so the good rows after it are not lost."""
    if not text.strip():
        yield Skip(origin, "empty", "empty")
        return
    _raise_csv_field_limit()
    delimiter = _pick_delimiter(text, delimiter)
    lines = io.StringIO(text, newline="").readlines()
    try:
        header = [h.strip().lower() for h in next(csv.reader(lines[:1], delimiter=delimiter))]
    except (csv.Error, StopIteration) as exc:
        yield Skip(origin, f"malformed CSV header: {exc}", "malformed")
        return
    if not any(h in FIELD_ALIASES["text"] + FIELD_ALIASES["html"] for h in header):
        yield Skip(origin, f"CSV has no text column (columns: {', '.join(header)[:200]})", "no-text")
        return
    errors = 0
    pos = 1                                   # index in `lines` where the current reader started
    while pos < len(lines):
        reader = csv.reader(itertools.islice(lines, pos, None), delimiter=delimiter)
        restart = None
        while True:
            first = reader.line_num           # lines of `lines[pos:]` consumed before this row
            try:
                row = next(reader)
                problem = _row_problem(row, len(header))
            except StopIteration:
                return
            except csv.Error as exc:
                row, problem = [], str(exc)
            line_no = pos + first + 1          # 1-based line number of the row's first line
            if problem is None:
                if any(cell.strip() for cell in row):
                    yield from read_record(dict(zip(header, row)), f"{origin}:{line_no}", notes, opts)
                continue
            errors += 1
            yield Skip(f"{origin}:{line_no}", f"malformed CSV row at line {line_no}: {problem}", "malformed")
            if errors >= MAX_BAD_CSV_ROWS:
                yield Skip(origin, f"{MAX_BAD_CSV_ROWS} malformed CSV rows; rest of file not read", "malformed")
                return
            if reader.line_num - first > 1:    # it swallowed the lines after it: read them again
                restart = pos + first + 1
                break
        pos = restart


def _row_problem(row: list[str], n_header: int) -> str | None:
    """Why a CSV row does not fit a header of `n_header` columns, or None (extra empty cells are fine)."""
    if not any(cell.strip() for cell in row):
        return None
    if len(row) > n_header and any(cell.strip() for cell in row[n_header:]):
        return f"{len(row)} fields, the header has {n_header} (an unquoted delimiter?)"
    if len(row) < n_header:
        return f"{len(row)} field{'s' if len(row) != 1 else ''}, the header has {n_header}"
    return None


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


def read_stdin(stdin: StdinLike = None, opts: IngestOptions | None = None) -> Iterator[Item]:
    """'-': text with optional front matter, or JSON Lines / HTML / RSS / WARC (maybe gzipped) when it
    looks like that. Read with the same budgets as a file: gzip as a capped stream, JSON Lines and WARC
    streamed, anything else up to `max_file_bytes`."""
    opts = opts or IngestOptions()
    src = sys.stdin if stdin is None else stdin
    if src is None:                  # no standard input at all (detached process)
        yield Skip(STDIN, "no standard input", "unreadable")
        return
    if isinstance(src, str):
        src = io.BytesIO(src.encode("utf-8"))
    elif isinstance(src, bytes):
        src = io.BytesIO(src)
    raw = getattr(src, "buffer", None) or src
    gz = False
    try:
        if isinstance(raw, io.TextIOBase):           # a text stream without bytes underneath (StringIO)
            raw = io.BytesIO(raw.read(opts.max_file_bytes + 1).encode("utf-8"))
        stream = raw if hasattr(raw, "peek") else io.BufferedReader(raw, CHUNK)
        gz = is_gzip(stream)
        stream = open_input(stream, gzipped=gz, max_bytes=opts.max_expanded_bytes, max_ratio=opts.max_expand_ratio)
        head = stream.peek(CHUNK)[:CHUNK]
        if looks_like_warc(head[:12]):
            yield from read_warc(stream, STDIN, opts)
            return
        first = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0].strip()
        if first.startswith(b"{") and (first.endswith(b"}") or b"\n" not in head):
            yield from read_jsonl_stream(stream, STDIN, opts)
            return
        data = read_capped(stream, opts.max_file_bytes, "on standard input", "NEWSGRAPH_MAX_FILE_BYTES")
    except InputTooLarge as exc:
        yield Skip(STDIN, f"standard input {exc}", "too-large")
        return
    except (OSError, ValueError, EOFError, zlib.error) as exc:
        yield Skip(STDIN, f"cannot read{' gzipped' if gz else ''} standard input: {exc}", "unreadable")
        return
    notes: list[str] = []
    text = _decode(data, STDIN, notes)
    if isinstance(text, Skip):
        yield text
        return
    if text.lstrip().startswith("<") and not looks_like_html(text) and looks_like_feed(text):
        yield from read_feed_bytes(data, STDIN, opts)
    else:
        yield from read_text(text, STDIN, notes, opts)


_READERS = {
    "text": read_text_bytes,
    "html": read_html_bytes,
    "json": read_json_bytes,
    "csv": read_csv_bytes,
    "tsv": lambda data, origin, opts: read_csv_bytes(data, origin, opts, delimiter="\t"),
    "feed": read_feed_bytes,
}
