"""The project writes its own sentences: no rule example, code comment or test may repeat a sentence of a gold
set (the event, quote, time and geo suites), of the seed article or of a real page the gold sets point into (the guide's standard; a rule written
around one gold sentence is overfitting, and a copied sentence is how it shows). The check looks for runs of
eight words shared by a repository line and those texts, read at run time from ../shared. Names of
organisations in the knowledge base are facts and are not checked; a handful of stock newspaper phrases that any
writer would produce are allowed by name below."""
from __future__ import annotations

import gzip
import html
import json
import re
from pathlib import Path

import pytest

from newsgraph.eval import default_data_dir

RUN = 8
ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "newsgraph"
# whole stock phrases (any run of RUN words inside one of them is allowed)
STOCK_PHRASES = (
    "did not respond to a request for comment",
    "cookies to improve your experience by continuing to",
    "said in an email to the associated press",
)
# knowledge-base tables of names and codes (facts with their sources) and the sample corpus (our own articles)
NOT_CHECKED = ("data/kb/", "data/ontology/", "data/corpus/", "data/geo/", "data/gold/")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _runs(words: list[str]) -> set[str]:
    return {" ".join(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


def _page_text(path: Path) -> str:
    raw = (gzip.open(path) if path.suffix == ".gz" else open(path, "rb")).read().decode("utf-8", "ignore")
    raw = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", raw)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def _reference_texts(shared: Path):
    """(name, text) of every text the project must not repeat."""
    seed = shared.parent / "examples" / "seed_article.txt"
    if seed.is_file():
        yield "seed article", seed.read_text(errors="ignore")
    for pattern in ("petrarch2/*.jsonl", "plover/*.jsonl", "quotes/*/*.jsonl"):
        for f in sorted(shared.glob(pattern)):
            for line in f.open(errors="ignore"):
                try:
                    yield f.name, " ".join(s for s in _strings(json.loads(line)) if len(s.split()) >= RUN)
                except ValueError:
                    continue
    for pattern in ("quotes/ggt/rawtext/*", "quotes/polnear/*/text/*.txt"):
        for f in sorted(shared.glob(pattern)):
            yield f.name, f.read_text(errors="ignore")
    for f in sorted(shared.glob("time/**/*.tml")) + sorted(shared.glob("time/meantime-en/**/*.xml")) \
            + sorted(shared.glob("geo/*/*.xml")):
        yield f.name, html.unescape(re.sub(r"<[^>]+>", " ", f.read_text(errors="ignore")))
    pages = set()
    for gold in sorted((PACKAGE / "data" / "gold").glob("*.jsonl")):
        for line in gold.open():
            pages.add(json.loads(line)["doc"])
    for doc in sorted(pages):
        page = shared / "extraction" / doc
        if page.is_file():
            yield doc, _page_text(page)


def _repository_lines():
    files = [p for p in PACKAGE.rglob("*") if p.suffix in (".py", ".csv", ".md")
             and not any(part in p.relative_to(PACKAGE).as_posix() for part in NOT_CHECKED)]
    files += sorted((ROOT / "tests").glob("*.py"))
    for f in sorted(files):
        for n, line in enumerate(f.open(errors="ignore"), 1):
            yield f"{f.relative_to(ROOT)}:{n}", line


def test_no_sentence_of_a_gold_set_or_page_is_repeated():
    shared = default_data_dir()
    if not (shared / "petrarch2").is_dir():
        pytest.skip("../shared/eval is not available")
    allowed = set().union(*(_runs(_words(p)) for p in STOCK_PHRASES))
    reference: dict[str, str] = {}
    for name, text in _reference_texts(shared):
        for run in _runs(_words(text)):
            reference.setdefault(run, name)
    copied = []
    for where, line in _repository_lines():
        for run in _runs(_words(line)) - allowed:
            if run in reference and not run.replace(" ", "").isdigit():
                copied.append(f"{where}: '{run}' ({reference[run]})")
                break
    assert not copied, "lines that repeat a gold or seed sentence:\n" + "\n".join(copied)
