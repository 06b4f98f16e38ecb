"""Property tests over the readers (txt, html, jsonl, csv, feeds, warc; files and standard input), with
hypothesis: arbitrary bytes never raise out of a reader (the readers are called directly, without the
batch's safety net) and never vanish without a Skip; good records mixed with junk all come out whole.

Examples are derandomized (the same in every run) and bounded in number, so CI time is fixed.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.ingest import IngestOptions, Note, Skip
from newsgraph.ingest.readers import RawDoc, iter_raw, read_csv_text, read_path, read_stdin

SETTINGS = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
SLOW = settings(SETTINGS, max_examples=15)          # trafilatura per example
EXTS = ["txt", "html", "jsonl", "csv", "tsv", "json", "xml", "rss", "warc", "txt.gz", "jsonl.gz", ""]

# Our own sentences, ASCII, so a record's text can be found again whatever the file's charset turns out.
SENTENCES = [
    "The city council approved a new budget for road repairs on Tuesday after a long debate.",
    "Farmers in the valley said the late frost had damaged about a third of the apple blossom.",
    "The museum will reopen its west wing in May once the roof has been repaired, its director said.",
    "Two ferries were held in port on Friday as strong winds swept across the northern coast.",
    "Union leaders and the rail operator agreed to resume talks over pay and working hours next week.",
    "The regional court postponed its ruling on the harbour expansion until the autumn session.",
]
good_texts = st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=4).map(" ".join)
junk_text = st.text(st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters='"'), max_size=120)


def check_items(items) -> list:
    items = list(items)
    assert all(isinstance(i, (RawDoc, Skip, Note)) for i in items)
    for i in items:
        if isinstance(i, Skip):
            assert i.reason and i.kind
    return items


# --------------------------------------------------------------------------- arbitrary bytes

@SETTINGS
@given(data=st.binary(max_size=3_000), ext=st.sampled_from(EXTS))
def test_arbitrary_bytes_never_raise_and_never_vanish(tmp_path_factory, data, ext):
    path = tmp_path_factory.mktemp("any") / (f"input.{ext}" if ext else "input")
    path.write_bytes(data)
    check_items(read_path(str(path), IngestOptions()))                  # no safety net: must not raise
    items = check_items(iter_raw([str(path)]))
    assert any(not isinstance(i, Note) for i in items)                  # an article or a Skip, never nothing


@SETTINGS
@given(data=st.binary(max_size=3_000), gz=st.booleans())
def test_arbitrary_stdin_never_raises(data, gz):
    import gzip

    check_items(read_stdin(gzip.compress(data) if gz else data))


@SETTINGS
@given(prefix=st.sampled_from([b"WARC/1.0\r\n", b"<rss><channel>", b"<?xml version='1.0'?><feed>", b"<html><body>",
                               b'{"text": ', b"text,title\n", b"\x1f\x8b\x08\x00"]), data=st.binary(max_size=2_000),
       ext=st.sampled_from(["warc", "xml", "html", "jsonl", "csv", "txt.gz", "json"]))
def test_plausible_starts_then_garbage_never_raise(tmp_path_factory, prefix, data, ext):
    path = tmp_path_factory.mktemp("half") / f"input.{ext}"
    path.write_bytes(prefix + data)
    check_items(read_path(str(path), IngestOptions()))


# --------------------------------------------------------------------------- good records among junk

def texts_of(items) -> list[str]:
    return [i.text for i in items if isinstance(i, RawDoc)]


@SETTINGS
@given(records=st.lists(st.one_of(good_texts.map(lambda t: ("good", t)),
                                  st.binary(max_size=200).filter(lambda b: b"\n" not in b).map(lambda b: ("junk", b))),
                        max_size=12))
def test_jsonl_keeps_every_good_record_among_junk_lines(tmp_path_factory, records):
    lines = [json.dumps({"text": v}).encode() if k == "good" else v for k, v in records]
    path = tmp_path_factory.mktemp("jl") / "in.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = check_items(read_path(str(path), IngestOptions()))
    docs = {int(i.origin.rsplit(":", 1)[1]): i.text for i in items if isinstance(i, RawDoc)}
    for n, (kind, value) in enumerate(records, start=1):
        if kind == "good":
            assert docs.get(n) == value


@SETTINGS
@given(rows=st.lists(st.one_of(good_texts.map(lambda t: ("good", t)), junk_text.map(lambda t: ("junk", t)),
                               st.tuples(junk_text, junk_text, junk_text).map(lambda t: ("row", t))), max_size=10))
def test_csv_keeps_every_good_row_among_junk_rows(rows):
    """Junk: lines of any text without quote marks (a stray quote makes CSV ambiguous; that case, an
    unbalanced quote, has its own test) and well-quoted rows of any text and width."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["text", "title"])
    for kind, value in rows:
        if kind == "good":
            w.writerow([value, "Title"])
        elif kind == "row":
            w.writerow(value)
        else:
            out.write(value.replace("\n", " ").replace("\r", " ") + "\n")
    items = check_items(read_csv_text(out.getvalue(), "in.csv"))
    found = texts_of(items)
    for kind, value in rows:
        if kind == "good":
            assert value in found


@SETTINGS
@given(entries=st.lists(st.one_of(good_texts.map(lambda t: ("good", t)), junk_text.map(lambda t: ("junk", t))),
                        min_size=1, max_size=8))
def test_feed_keeps_every_good_entry_among_junk_entries(tmp_path_factory, entries):
    items_xml = "".join(f"<item><title>{escape(v[:30])}</title><description>{escape(v)}</description></item>"
                        for _, v in entries)
    path = tmp_path_factory.mktemp("feed") / "feed.rss"
    path.write_text(f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>T</title>"
                    f"{items_xml}</channel></rss>", encoding="utf-8")
    found = texts_of(check_items(read_path(str(path), IngestOptions())))
    for kind, value in entries:
        if kind == "good":
            assert any(value in t for t in found)


def page(text: str) -> bytes:
    paras = "".join(f"<p>{s}</p>" for s in text.split(". "))
    return (f"<html><head><title>News</title></head><body><article>{paras}{paras}</article></body></html>").encode()


@SLOW
@given(records=st.lists(st.one_of(good_texts.map(lambda t: ("good", t)), st.binary(max_size=300).map(lambda b: ("junk", b))),
                        min_size=1, max_size=4), gz=st.booleans())
def test_warc_keeps_every_good_page_among_junk_records(tmp_path_factory, records, gz):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for n, (kind, value) in enumerate(records):
        body = page(value) if kind == "good" else value
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://news.example.test/{n}", "response",
                                                      payload=io.BytesIO(body), http_headers=headers))
    path = tmp_path_factory.mktemp("warc") / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(buf.getvalue())
    found = texts_of(check_items(read_path(str(path), IngestOptions())))
    for kind, value in records:
        if kind == "good":
            first = value.split(". ")[0]
            assert any(first in t for t in found), (first, found)


@SLOW
@given(text=good_texts, junk=st.binary(max_size=200))
def test_html_page_with_junk_after_it_keeps_its_text(tmp_path_factory, text, junk):
    path = tmp_path_factory.mktemp("html") / "page.html"
    path.write_bytes(page(text) + junk)
    items = check_items(read_path(str(path), IngestOptions()))
    first = text.split(". ")[0]
    assert any(first in t for t in texts_of(items)), (items, junk)


@SETTINGS
@given(cuts=st.lists(st.tuples(st.integers(0, 5), st.sampled_from([b"\xff", b"\xfe", b"\xc3", b"\x80", b"\xe2\x80"])),
                     max_size=5))
def test_text_with_a_few_bad_bytes_keeps_every_paragraph(tmp_path_factory, cuts):
    """Up to five invalid bytes between the paragraphs of a UTF-8 article: every paragraph comes out as it
    was (dashes and curly quotes included), not as mojibake."""
    paras = [f"“{s[:-1]}” — it’s the report’s ‘{i}’." for i, s in enumerate(SENTENCES)]
    chunks = [p.encode() for p in paras]
    budget = 5
    for where, bad in cuts:
        if len(bad) <= budget:
            chunks[where] += bad
            budget -= len(bad)
    path = tmp_path_factory.mktemp("txt") / "a.txt"
    path.write_bytes(b"\n\n".join(chunks))
    (doc,) = [i for i in check_items(read_path(str(path), IngestOptions())) if isinstance(i, RawDoc)]
    for p in paras:
        assert p in doc.text
