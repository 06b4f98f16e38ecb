"""Extraction suites: how well ingest turns a web page into article text and a publication date.

  extraction/zyte   Zyte article-extraction-benchmark (181 pages, gold article body).
  extraction/dates  htmldate MediaCloud 2020 (200 news pages, gold publication day).
  extraction/trafilatura  trafilatura's evaluation set (990 pages, mostly German): snippets that must /
                    must not be in the main text.
  extraction/trafilatura-dates  the same set's publication days: the 851 pages with a date annotation
                    (728 days, 123 annotated as having none), scored as the dates suite.

Zyte scoring (the benchmark's own metric, re-implemented here): text -> tokens (regex \\w+, case
kept) -> multiset of 4-token shingles (a text shorter than 4 tokens is one shingle). Per page,
tp = sum of min(gold, predicted) counts, fp / fn = the excess on either side, and (tp, fp, fn)
are divided by their sum so every page weighs the same. Precision = mean over pages with
tp+fp > 0 of tp/(tp+fp), recall = mean over pages with tp+fn > 0 of tp/(tp+fn) (a page with
fp = fn = 0 scores 1 on both); F1 = 2PR/(P+R) of the two means. "accuracy" = share of pages whose
token sequence equals the gold one. The prediction is the body newsgraph stores (`extract_for_eval`:
structural boilerplate, dateline and byline, boilerplate lines and captions taken out). Note that the
benchmark's bodies keep datelines, which newsgraph moves to `Article.dateline_place`. "trafilatura_*"
figures score trafilatura's text alone (its headline line dropped), in the same run.

Dates scoring (htmldate's): exact day; same day -> TP, another day -> FP, none -> FN;
P = TP/(TP+FP), R = TP/(TP+FN), F1 = 2TP/(2TP+FP+FN); accuracy counts a missing date on a page
without gold date as correct. The prediction is `Article.published` as ingest sets it from the page
(`ingest/pubdate.py`: metadata, url, then text; `sources` counts which); `trafilatura_accuracy` is
trafilatura's own date and `htmldate_accuracy` htmldate's own (`find_date`, extensive search, original
date) scored the same way, in the same run. The trafilatura-dates suite scores its set's date labels the
same way (a page annotated "" has no day; pages without the annotation are left out), a second measure
of the same code on other pages (mostly German and other European news, blogs, institutions).

Trafilatura-set scoring (its own): whitespace-normalised substring test; a `with` snippet found = TP,
missing = FN; a `without` snippet found = FP; micro-summed; F1 = 2TP/(2TP+FP+FN). Like the zyte suite it
scores the cleaned body and, as "trafilatura_*", the text before cleaning.

Halves: these sets have no dev/test split of their own. Rules were developed on the pages whose
`sha1(doc)` ends in an even hex digit (`doc` = the page's path under ../shared/eval/extraction, as in
data/gold/README.md) and the other half was only scored: `-o part=dev|test` scores one half, `all` (the
default) the whole set; docs/EVALUATION.md reports all three.

Options: -o part=dev|test|all; -o limit=N (first N pages, for a quick look); -o favor=precision|balanced|recall
(trafilatura's trade-off, default: ingest's `DEFAULT_FAVOR`).
"""
from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections import Counter
from pathlib import Path
from statistics import mean
from typing import Any

from newsgraph.datafile import read_jsonl
from newsgraph.eval import EvalResult
from newsgraph.registry import eval_suites

_TOKEN = re.compile(r"\w+")
SHINGLE = 4


def tokens(text: str | None) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(text: str | None, n: int = SHINGLE) -> Counter:
    toks = tokens(text)
    return Counter(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i:i + n])


def page_counts(gold: str, pred: str) -> tuple[float, float, float]:
    """(tp, fp, fn) over 4-token shingles, normalised to sum 1 (all 0 when both texts are empty)."""
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def _page_precision(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else tp / (tp + fp)


def _page_recall(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else tp / (tp + fn)


def aggregate(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Benchmark P, R, F1 from per-page normalised (tp, fp, fn)."""
    ps = [_page_precision(*c) for c in counts if c[0] + c[1] > 0]
    rs = [_page_recall(*c) for c in counts if c[0] + c[2] > 0]
    p = mean(ps) if ps else 0.0
    r = mean(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def extract_for_eval(html: bytes, url: str | None, favor: str | None = None) -> tuple[str, str, dict[str, Any]]:
    """(trafilatura's text alone, the body newsgraph stores, metadata) for one page; '' when nothing found.

    The stored body is what ingest makes of the page (`readers.read_html`, then `clean.make_article`:
    structural boilerplate, datelines and bylines, boilerplate lines, captions), without ingest's
    article checks (language, length), so every page is scored."""
    from newsgraph.ingest.clean import make_article
    from newsgraph.ingest.htmlpage import DEFAULT_FAVOR, ExtractionFailed, extract_page

    try:
        page = extract_page(html, url=url, favor=favor or DEFAULT_FAVOR)
    except ExtractionFailed as exc:
        return "", "", {"error": str(exc)}
    art = make_article(page.text, title=page.title, url=page.url, source=page.sitename, author=page.author,
                       page_marks=page.page_marks, removed=page.removed, published=page.date,
                       published_source=page.date_source)
    return page.trafilatura_text, art.text, {"date": page.date, "date_source": page.date_source,
                                             "trafilatura_date": page.trafilatura_date,
                                             "title": page.title, "article": art}


def _limit(options: dict[str, Any]) -> int | None:
    v = options.get("limit")
    return int(v) if v not in (None, "") else None


def page_part(doc: str) -> str:
    """"dev" when sha1 of the page's path under extraction/ ends in an even hex digit, else "test"."""
    return "dev" if int(hashlib.sha1(doc.encode("utf-8")).hexdigest()[-1], 16) % 2 == 0 else "test"


def _in_part(doc: str, options: dict[str, Any]) -> bool:
    part = options.get("part", "all")
    if part not in ("dev", "test", "all"):
        raise KeyError(f"part must be dev, test or all, not {part!r}")
    return part == "all" or page_part(doc) == part


def _gold_rows(root: Path, options: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of a page set's gold.jsonl (one per page, `html_path` under `root`) in the part asked
    for (`-o part=dev|test|all`), the first `-o limit=N` of them."""
    rows = [row for _, row in read_jsonl(root / "gold.jsonl")]
    return [r for r in rows if _in_part(f"{root.name}/{r['html_path']}", options)][:_limit(options)]


@eval_suites.register("extraction/zyte")
def zyte_suite(data_dir: Path, options: dict[str, Any]) -> EvalResult:
    root = Path(data_dir) / "extraction" / "article-extraction-benchmark"
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    keys = [k for k in sorted(gold) if _in_part(f"article-extraction-benchmark/html/{k}.html.gz", options)]
    keys = keys[:_limit(options)]
    ours, raw, per_page, failed, exact = [], [], [], 0, 0
    for key in keys:
        body_gold = gold[key].get("articleBody", "")
        html = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
        raw_text, body, meta = extract_for_eval(html, gold[key].get("url"), options.get("favor"))
        failed += "error" in meta
        c = page_counts(body_gold, body)
        ours.append(c)
        raw.append(page_counts(body_gold, raw_text))
        exact += tokens(body_gold) == tokens(body)
        per_page.append({"id": key, "url": gold[key].get("url"), "precision": round(_page_precision(*c), 3)
                         if c[0] + c[1] else 0.0, "recall": round(_page_recall(*c), 3) if c[0] + c[2] else 0.0,
                         **({"error": meta["error"]} if "error" in meta else {})})
    p, r, f = aggregate(ours)
    rp, rr, rf = aggregate(raw)
    per_page.sort(key=lambda m: m["precision"] + m["recall"])
    return EvalResult("extraction/zyte", len(keys), p, r, f,
                      extra={"accuracy": exact / len(keys) if keys else 0.0, "no_text": failed,
                             "trafilatura_precision": rp, "trafilatura_recall": rr, "trafilatura_f1": rf},
                      misses=[m for m in per_page if m["precision"] + m["recall"] < 1.8])


@eval_suites.register("extraction/dates")
def dates_suite(data_dir: Path, options: dict[str, Any]) -> EvalResult:
    root = Path(data_dir) / "extraction" / "htmldate-mediacloud2020"
    return _score_dates("extraction/dates", root, _gold_rows(root, options), options)


@eval_suites.register("extraction/trafilatura-dates")
def trafilatura_dates_suite(data_dir: Path, options: dict[str, Any]) -> EvalResult:
    """The publication day on trafilatura's set: its 851 pages with a date annotation (\"\" = none)."""
    root = Path(data_dir) / "extraction" / "trafilatura-evaldata"
    rows = [dict(r, date=r["date"] or None, url=r["url"] if str(r["url"]).startswith("http") else None)
            for r in _gold_rows(root, dict(options, limit=None)) if "date" in r]
    return _score_dates("extraction/trafilatura-dates", root, rows[:_limit(options)], options, hide_test=True)


def _score_dates(name: str, root: Path, rows: list[dict[str, Any]], options: dict[str, Any],
                 hide_test: bool = False) -> EvalResult:
    """Exact-day scores of `Article.published` on `rows` (each: html_path, url, date or None), with
    trafilatura's and htmldate's own days scored the same way in the same run. With `hide_test`, the
    misses of the test half's pages are counted, not listed (that half is scored, never read)."""
    from newsgraph.ingest.dates import try_parse_published

    tp = fp = fn = tn = 0
    sources: Counter = Counter()
    alone = 0                  # pages where trafilatura's own date is right (a missing one where gold has none)
    by_htmldate = 0            # ... where htmldate's own (extensive search, original date) is right
    misses = []
    hidden = 0
    for row in rows:
        html = gzip.decompress((root / row["html_path"]).read_bytes())
        _, _, meta = extract_for_eval(html, row.get("url"), options.get("favor"))
        found, _ = try_parse_published(meta.get("date"))
        pred = found.isoformat() if found else None
        sources[meta.get("date_source") or "none"] += 1
        traf, _ = try_parse_published(meta.get("trafilatura_date"))
        alone += (traf.isoformat() if traf else None) == row.get("date")
        by_htmldate += htmldate_day(html, row.get("url")) == row.get("date")
        gold = row.get("date")
        if pred is None:
            tn += gold is None
            fn += gold is not None
        elif pred == gold:
            tp += 1
        else:
            fp += 1
        if pred != gold and hide_test and page_part(f"{root.name}/{row['html_path']}") == "test":
            hidden += 1
        elif pred != gold:
            misses.append({"url": row.get("url"), "page": row["html_path"], "gold": gold, "predicted": pred,
                           "source": meta.get("date_source")})
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return EvalResult(name, len(rows), p, r, f,
                      extra={"accuracy": (tp + tn) / len(rows) if rows else 0.0, "tp": tp, "fp": fp, "fn": fn,
                             "tn": tn, "sources": dict(sources), "part": options.get("part", "all"),
                             "trafilatura_accuracy": alone / len(rows) if rows else 0.0,
                             "htmldate_accuracy": by_htmldate / len(rows) if rows else 0.0,
                             **({"misses_hidden": f"{hidden} test-half pages (scored, not read)"} if hidden else {})},
                      misses=misses)


def htmldate_day(html: bytes, url: str | None) -> str | None:
    """htmldate's own answer for a page (extensive search, original publication date), for comparison."""
    from htmldate import find_date

    try:
        return find_date(html, url=url, extensive_search=True, original_date=True)
    except Exception:  # noqa: BLE001 - htmldate raises on odd markup
        return None


@eval_suites.register("extraction/trafilatura")
def trafilatura_suite(data_dir: Path, options: dict[str, Any]) -> EvalResult:
    root = Path(data_dir) / "extraction" / "trafilatura-evaldata"
    rows = _gold_rows(root, options)
    ours = Counter()
    raw = Counter()
    misses = []
    for row in rows:
        url = row["url"] if str(row.get("url", "")).startswith("http") else None
        html = gzip.decompress((root / row["html_path"]).read_bytes())
        raw_text, body, _ = extract_for_eval(html, url, options.get("favor"))
        for counts, text in ((ours, body), (raw, raw_text)):
            page = snippet_counts(text, row.get("with", []), row.get("without", []))
            counts.update(page)
            if counts is ours and (page["fn"] or page["fp"]):
                misses.append({"url": row["url"], **page})
    p, r, f = _snippet_prf(ours)
    rp, rr, rf = _snippet_prf(raw)
    total = sum(ours.values())
    return EvalResult("extraction/trafilatura", len(rows), p, r, f,
                      extra={"accuracy": (ours["tp"] + ours["tn"]) / total if total else 0.0, **dict(ours),
                             "trafilatura_precision": rp, "trafilatura_recall": rr, "trafilatura_f1": rf},
                      misses=misses)


def _norm(text: str) -> str:
    return " ".join(text.split())


def snippet_counts(text: str, must: list[str], must_not: list[str]) -> Counter:
    """tp/fn over snippets that must be in `text`, fp/tn over snippets that must not."""
    t = _norm(text)
    c = Counter(tp=0, fn=0, fp=0, tn=0)
    for s in must:
        c["tp" if _norm(s) in t else "fn"] += 1
    for s in must_not:
        c["fp" if _norm(s) in t else "tn"] += 1
    return c


def _snippet_prf(c: Counter) -> tuple[float, float, float]:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * tp / (2 * tp + fp + fn) if tp else 0.0)
