"""The pieces behind issue 16's input budgets, one by one: capped gzip streams, standard input, decoding
of mostly-UTF-8 bytes, CSV rows that do not fit, directory walks (links, unreadable directories, pipes),
the per-article budgets and the sentence-length cap."""
from __future__ import annotations

import gzip
import io
import json
import os
import zlib
from pathlib import Path

import pytest

from fixtures.hostile.make_corpus import STORY, story
from newsgraph.ingest import IngestOptions, Note, Skip
from newsgraph.ingest.checks import check_raw, estimate_tokens
from newsgraph.ingest.compressed import GzipStream, InputTooLarge
from newsgraph.ingest.decode import decode_bytes
from newsgraph.ingest.readers import RawDoc, iter_raw, read_csv_text, read_stdin, walk_dir

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "src" / "newsgraph" / "data" / "corpus"


def gz_stream(data: bytes, **caps) -> GzipStream:
    caps = {"max_bytes": 10**9, "max_ratio": 10**6, **caps}
    return GzipStream(io.BytesIO(data), **caps)


# --------------------------------------------------------------------------- gzip as a capped stream

def test_gzip_stream_reads_all_members():
    data = gzip.compress(b"first member\n") + gzip.compress(b"second member\n") + b"\0" * 16
    assert io.BufferedReader(gz_stream(data)).read() == b"first member\nsecond member\n"


def test_gzip_stream_stops_at_the_expanded_size():
    stream = io.BufferedReader(gz_stream(gzip.compress(os.urandom(300_000)), max_bytes=100_000))
    with pytest.raises(InputTooLarge, match="NEWSGRAPH_MAX_EXPANDED_BYTES"):
        stream.read()


def test_gzip_stream_stops_at_the_ratio_long_before_the_end():
    bomb = gzip.compress(b"\0" * 50_000_000, 9)
    raw = io.BytesIO(bomb)
    stream = GzipStream(raw, max_bytes=10**12, max_ratio=100)
    with pytest.raises(InputTooLarge, match="expands more than 100x"):
        io.BufferedReader(stream).read()
    assert stream.bytes_out < 3_000_000 and raw.tell() < len(bomb)


def test_gzip_stream_truncated_and_corrupt():
    with pytest.raises(EOFError):
        io.BufferedReader(gz_stream(gzip.compress(STORY.encode())[:-20])).read()
    with pytest.raises(zlib.error):
        io.BufferedReader(gz_stream(b"\x1f\x8b\x08\x00" + b"garbage" * 20)).read()


# --------------------------------------------------------------------------- standard input

def skips_and_docs(items):
    items = list(items)
    return ([i for i in items if isinstance(i, Skip)], [i for i in items if isinstance(i, RawDoc)])


def test_gzipped_stdin_bomb_is_a_skip_not_gigabytes():
    skips, docs = skips_and_docs(read_stdin(gzip.compress(b"\0" * 40_000_000, 9)))
    assert not docs and skips[0].kind == "too-large" and "expands more than" in skips[0].reason


def test_stdin_jsonl_is_streamed_line_by_line_within_the_line_limit():
    lines = [json.dumps({"text": story("pearl")}), json.dumps({"text": "y" * 5_000}), json.dumps({"text": story("ruby")})]
    data = gzip.compress(("\n".join(lines) + "\n").encode())
    skips, docs = skips_and_docs(read_stdin(data, IngestOptions(max_line_bytes=1_000)))
    assert [d.origin for d in docs] == ["<stdin>:1", "<stdin>:3"]
    assert [(s.origin, s.kind) for s in skips] == [("<stdin>:2", "too-large")]
    assert "NEWSGRAPH_MAX_LINE_BYTES" in skips[0].reason


def test_stdin_over_the_file_limit_is_skipped():
    skips, docs = skips_and_docs(read_stdin(("word " * 50_000).encode(), IngestOptions(max_file_bytes=10_000)))
    assert not docs and skips[0].kind == "too-large" and "standard input" in skips[0].reason


# --------------------------------------------------------------------------- decoding

def test_a_few_bad_bytes_are_replaced_not_a_reason_to_guess_latin1():
    text = "Talks — “hard” but ‘useful’ — resumed; it’s the third round — so far."
    data = text.encode("utf-8")
    data = data[:10] + b"\xff" + data[10:30] + b"\xc3" + data[30:]
    dec = decode_bytes(data)
    assert dec.encoding == "utf-8" and dec.replaced == 2 and not dec.guessed
    assert "“hard”" in dec.text and "â€" not in dec.text


def test_legacy_charsets_are_still_recognised():
    assert decode_bytes("Le café était fermé à Noël.".encode("cp1252")).encoding == "cp1252"
    assert decode_bytes("Curly “quotes” only in cp1252".encode("cp1252")).encoding == "cp1252"
    assert decode_bytes("Президент заявил во вторник".encode("cp1251")).encoding == "cp1251"


# --------------------------------------------------------------------------- CSV rows

def test_csv_row_that_does_not_fit_the_header_is_skipped_not_cut():
    text = ("text,title\n"
            f'"{STORY}",Good\n'
            f"{STORY},Cut\n"                       # unquoted commas: more fields than the header
            "only one field\n"
            f'"{STORY}",Also good,\n')             # an extra empty cell loses nothing
    items = list(read_csv_text(text, "f.csv"))
    docs = [i for i in items if isinstance(i, RawDoc)]
    skips = [i for i in items if isinstance(i, Skip)]
    assert [d.origin for d in docs] == ["f.csv:2", "f.csv:5"] and all(d.text == STORY for d in docs)
    assert [s.origin for s in skips] == ["f.csv:3", "f.csv:4"]
    assert "fields, the header has 2" in skips[0].reason and "1 field," in skips[1].reason


def test_an_unbalanced_quote_does_not_swallow_the_rows_after_it():
    text = ("text,title\n"
            '"the quote opens here and never closes,Bad\n'
            f'"{story("opal")}",Opal\n'
            f'"{story("agate")}",Agate\n')
    items = list(read_csv_text(text, "q.csv"))
    docs = [i for i in items if isinstance(i, RawDoc)]
    assert [d.title for d in docs] == ["Opal", "Agate"]
    assert [i.origin for i in items if isinstance(i, Skip)] == ["q.csv:2"]


# --------------------------------------------------------------------------- directories

def test_links_inside_the_tree_are_read_links_out_are_not(tmp_path):
    tree, outside = tmp_path / "tree", tmp_path / "outside"
    (tree / "sub").mkdir(parents=True)
    outside.mkdir()
    (tree / "sub" / "a.txt").write_text(story("a"), encoding="utf-8")
    (outside / "b.txt").write_text(story("b"), encoding="utf-8")
    os.symlink(tree / "sub" / "a.txt", tree / "inside-link.txt")
    os.symlink(tree / "sub", tree / "inside-dir")
    os.symlink(outside / "b.txt", tree / "out-link.txt")
    os.symlink(tree, tree / "sub" / "loop")
    got = list(walk_dir(str(tree)))
    paths = sorted(os.path.basename(g) for g in got if isinstance(g, str))
    assert paths == ["a.txt", "inside-link.txt"]
    skips = {os.path.basename(g.origin): g for g in got if isinstance(g, Skip)}
    assert set(skips) == {"out-link.txt"} and skips["out-link.txt"].kind == "symlink"
    assert {os.path.basename(g.origin) for g in got if isinstance(g, Note)} == {"inside-dir", "loop"}
    # followed: everything, each directory once (the loop ends)
    followed = [g for g in walk_dir(str(tree), follow_symlinks=True) if isinstance(g, str)]
    assert any(g.endswith("out-link.txt") for g in followed) and len(followed) == len(set(followed))


def test_unreadable_subdirectory_is_a_skip(tmp_path, monkeypatch):
    from test_hostile_inputs import make_unreadable

    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(story("a"), encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(story("b"), encoding="utf-8")
    make_unreadable(tmp_path / "locked", monkeypatch)
    try:
        got = list(walk_dir(str(tmp_path)))
    finally:
        (tmp_path / "locked").chmod(0o755)
    skips = [g for g in got if isinstance(g, Skip)]
    assert [(os.path.basename(s.origin), s.kind) for s in skips] == [("locked", "unreadable")]
    assert "directory not read" in skips[0].reason
    assert [os.path.basename(g) for g in got if isinstance(g, str)] == ["a.txt"]


def test_a_named_pipe_in_a_directory_is_not_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    items = list(iter_raw([str(tmp_path)]))       # would block forever if it were opened
    assert [(i.kind, "regular file" in i.reason) for i in items] == [("unsupported", True)]


# --------------------------------------------------------------------------- per-article budgets

def test_article_budgets_name_their_limit_and_setting():
    opts = IngestOptions(max_chars=1_000, max_lines=10, max_tokens=50)
    assert check_raw("a", "w" * 1_001, opts).reason.endswith("(limit 1,000, NEWSGRAPH_MAX_TEXT_CHARS); skipped, not split")
    assert "11 lines" in check_raw("a", "w\n" * 10 + "w", opts).reason
    assert "NEWSGRAPH_MAX_TEXT_TOKENS" in check_raw("a", "a, " * 26, opts).reason
    assert check_raw("a", "a, " * 24, opts) is None


def test_token_estimate_is_close_to_spacy(nlp):
    for text in (STORY, "a, b, c; d. e!", "one\ntwo\n\nthree", story("x")):
        n_spacy = len(nlp.tokenizer(text))
        assert abs(estimate_tokens(text) - n_spacy) <= max(2, n_spacy // 10), text


# --------------------------------------------------------------------------- the sentence-length cap

def test_sentence_cap_leaves_punctuated_text_as_the_parser_splits_it(nlp):
    from newsgraph.nlp.sentence_cap import COMPONENT

    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    with_cap = [[s.start_char for s in d.sents] for d in nlp.pipe(texts)]
    with nlp.select_pipes(disable=[COMPONENT]):
        without = [[s.start_char for s in d.sents] for d in nlp.pipe(texts)]
    assert with_cap == without


def test_sentence_cap_bounds_runs_without_punctuation(nlp):
    from newsgraph.settings import get_settings

    cap = get_settings().max_sentence_tokens
    run_on = " and ".join(["the minister met the union leaders"] * 400)
    lines = "\n".join(["harbour pay talks resume"] * 400)
    for text in (run_on, lines):
        doc = nlp(text)
        assert max(len(s) for s in doc.sents) <= cap
    # where the run has line breaks, the cut falls after one
    doc = nlp(lines)
    assert all(s.start == 0 or doc[s.start - 1].is_space for s in doc.sents)


def test_hidden_files_and_directories_are_not_read_but_noted(tmp_path):
    (tmp_path / "a.txt").write_text(story("a"), encoding="utf-8")
    (tmp_path / ".draft.txt").write_text(story("draft"), encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    got = list(walk_dir(str(tmp_path)))
    assert [os.path.basename(g) for g in got if isinstance(g, str)] == ["a.txt"]
    notes = {os.path.basename(g.origin): g.message for g in got if isinstance(g, Note)}
    assert set(notes) == {".draft.txt", ".git"}                 # the directory once, not its contents
    assert all("hidden" in m for m in notes.values())
