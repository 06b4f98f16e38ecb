"""Session 31 (issue 13, branch byline33): a page's extraction depends only on that page. Made-up pages of two
sites (bylines in the body, in a byline element and in the page's metadata, wire and place datelines, a given name
alone after "By", the same furniture on every page of a site) are extracted in several orders in this process and in
a fresh process; every page gives the same fields whatever was read before it. The cached loaders of ingest's word
lists and patterns are not changed by extracting pages. Pages and sentences are our own."""
from __future__ import annotations

import functools
import hashlib
import inspect
import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.ingest import Skip, build_article
from newsgraph.ingest.readers import read_html

STORY = ("The harbour board voted on Tuesday to reopen two ferry landings that a spring storm had closed, "
         "and officials said the first boats would sail again next week.")
MORE = ("Dock workers were told to return on Monday, and the board said it would publish a report on the "
        "storm damage before the summer season begins.")
LAST = ("Ferry passengers will be offered free bus rides between the two landings until the repairs are done, "
        "the board said in a statement.")
ORCHARD = ("Apple growers in the valley said on Friday that a late frost had cut this year's harvest by a third, "
           "and the growers' cooperative asked the province for help with the losses.")
ORCHARD2 = ("The cooperative's chair said most of the damage was to young trees planted over the last two "
            "years, which flower earlier than older ones.")
ORCHARD3 = ("Officials from the farm ministry are to visit the orchards next week, a spokeswoman said, and a "
            "decision on aid is expected before the end of the month.")

HARBOUR = "https://www.bayharbour.example/news/2024/04/{n}/story"
VALLEY = "https://valleyledger.example/local/{n}"


def _page(title: str, body: str, head: str = "", site: str = "Bay Harbour News") -> bytes:
    return (f'<html lang="en"><head><title>{title}</title>{head}'
            f'<meta property="og:site_name" content="{site}">'
            '<meta property="article:published_time" content="2024-04-09T09:00:00+00:00"></head><body>'
            '<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>'
            f'<article><h1>{title}</h1>{body}</article>'
            '<aside class="related"><h3>More stories</h3><p>By Pat Quill: Ferry fares rise in May</p></aside>'
            f'<footer><p>Contact the {site} newsroom</p><p>Copyright 2024 {site}</p></footer>'
            '</body></html>').encode()


def _ps(*paras: str) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


# (origin, url, page): two sites, the same furniture on every page of a site
PAGES = [
    ("h1.html", HARBOUR.format(n=1), _page("Harbour board reopens ferry landings",
                                           _ps("By Jane Doe, Staff Writer", "HALIFAX, Nova Scotia — " + STORY, MORE, LAST))),
    ("h2.html", HARBOUR.format(n=2), _page("Ferry landings to reopen next week",
                                           '<p class="byline">By Tom Roe</p>' + _ps("SEASIDE, Ore. (AP) — " + STORY, MORE, LAST))),
    ("h3.html", HARBOUR.format(n=3), _page("Board reopens landings after storm",
                                           _ps("By Regan", STORY, MORE, LAST))),
    ("h4.html", HARBOUR.format(n=4), _page("Storm-hit ferry landings reopen",
                                           _ps("Jane Doe | Reuters", "LISBON (Reuters) - " + STORY, MORE, LAST))),
    ("v1.html", VALLEY.format(n=1), _page("Frost cuts valley apple harvest",
                                          '<div class="byline">Maria Lopez</div>' + _ps(ORCHARD, ORCHARD2, ORCHARD3),
                                          head='<meta name="author" content="Maria Lopez">', site="Valley Ledger")),
    ("v2.html", VALLEY.format(n=2), _page("Growers ask for frost aid",
                                          _ps("By MARIA LOPEZ and Tom Roe", "KELOWNA, B.C. — " + ORCHARD, ORCHARD2, ORCHARD3),
                                          site="Valley Ledger")),
    ("v3.html", VALLEY.format(n=3), _page("Frost damage to young trees",
                                          _ps("By Ann", ORCHARD, ORCHARD2, ORCHARD3), site="Valley Ledger")),
]


def _fields(origin: str, url: str, page: bytes) -> dict:
    items = list(read_html(page, origin, [], url=url))
    art = items[0] if items else None
    if art is not None and not isinstance(art, Skip):
        art = build_article(art)
    if art is None or isinstance(art, Skip):
        return {"skipped": True}
    return {"dateline_place": art.dateline_place, "agency": art.agency, "authors": list(art.authors),
            "text": art.text, "title": art.title, "source": art.source, "published": str(art.published),
            "id": art.id}


def _extract(order: list[int]) -> dict[str, dict]:
    return {PAGES[i][0]: _fields(*PAGES[i]) for i in order}


def test_the_pages_give_what_they_print():
    got = _extract(list(range(len(PAGES))))
    assert (got["h1.html"]["dateline_place"], got["h1.html"]["authors"]) == ("Halifax", ["Jane Doe"])
    assert (got["h2.html"]["dateline_place"], got["h2.html"]["agency"]) == ("Seaside", "AP")
    assert got["h2.html"]["authors"] == ["Tom Roe"]
    assert got["h4.html"]["agency"] == "Reuters"
    assert got["v1.html"]["authors"] == ["Maria Lopez"]
    assert got["v2.html"]["authors"] == ["Maria Lopez", "Tom Roe"]
    # a given name alone is no byline name, whatever pages named "Regan" or "Ann" before
    assert got["h3.html"]["authors"] == [] and got["v3.html"]["authors"] == []
    assert all("Pat Quill" not in a for f in got.values() for a in f["authors"])


@pytest.mark.parametrize("order", [
    [6, 5, 4, 3, 2, 1, 0],                 # reversed
    [2, 6, 0, 4, 1, 5, 3],                 # mixed sites
    [2, 2, 6, 6, 0, 1, 3, 4, 5],           # a page read twice running
])
def test_the_order_pages_are_read_in_changes_nothing(order):
    first = _extract(list(range(len(PAGES))))
    again = {}
    for i in order:
        origin = PAGES[i][0]
        fields = _fields(*PAGES[i])
        assert again.setdefault(origin, fields) == fields      # the same page read twice gives the same
        assert fields == first[origin], origin


def test_a_fresh_process_gives_the_same_fields(tmp_path):
    pages = tmp_path / "pages.json"
    pages.write_text(json.dumps([[o, u, p.decode()] for o, u, p in PAGES]), encoding="utf-8")
    script = ("import json, sys\n"
              "from tests.test_byline33 import _fields\n"
              "pages = json.load(open(sys.argv[1], encoding='utf-8'))\n"
              "print(json.dumps({o: _fields(o, u, p.encode()) for o, u, p in reversed(pages)}))\n")
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", script, str(pages)], cwd=root, capture_output=True, text=True,
                         check=True)
    fresh = json.loads(out.stdout)
    here = _extract(list(range(len(PAGES))))
    assert fresh == json.loads(json.dumps(here))


def _cached_loaders() -> dict[str, object]:
    """The argument-less cached loaders of newsgraph.ingest (word lists, patterns, rules read from data files)."""
    import newsgraph.ingest as pkg

    out = {}
    for name, mod in list(sys.modules.items()):
        if not name.startswith(pkg.__name__ + ".") or mod is None:
            continue
        for attr, value in list(vars(mod).items()):
            if (isinstance(value, functools._lru_cache_wrapper) and getattr(value, "__module__", "") == name
                    and not inspect.signature(value).parameters):
                out[f"{name}.{attr}"] = value
    return out


def _fingerprint(value: object) -> str:
    try:
        return hashlib.sha1(pickle.dumps(value)).hexdigest()
    except Exception:  # noqa: BLE001 - a compiled pattern or a class without pickling: its repr
        return hashlib.sha1(repr(value).encode()).hexdigest()


def test_extracting_pages_changes_no_cached_word_list():
    _extract(list(range(len(PAGES))))          # every loader filled
    loaders = _cached_loaders()
    assert len(loaders) >= 10
    before = {k: _fingerprint(f()) for k, f in loaders.items()}
    _extract(list(range(len(PAGES)))[::-1])
    after = {k: _fingerprint(f()) for k, f in loaders.items()}
    assert {k for k in before if before[k] != after[k]} == set()
