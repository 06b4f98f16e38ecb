"""Extraction suites: how well ingest turns a web page into article text and a publication date.

  extraction/zyte   Zyte article-extraction-benchmark (181 pages, gold article body).
  extraction/dates  htmldate MediaCloud 2020 (200 news pages, gold publication day).
  extraction/trafilatura  trafilatura's evaluation set (990 pages, mostly German): snippets that must /
                    must not be in the main text.

Zyte scoring (the benchmark's own metric, re-implemented here): text -> tokens (regex \\w+, case
kept) -> multiset of 4-token shingles (a text shorter than 4 tokens is one shingle). Per page,
tp = sum of min(gold, predicted) counts, fp / fn = the excess on either side, and (tp, fp, fn)
are divided by their sum so every page weighs the same. Precision = mean over pages with
tp+fp > 0 of tp/(tp+fp), recall = mean over pages with tp+fn > 0 of tp/(tp+fn) (a page with
fp = fn = 0 scores 1 on both); F1 = 2PR/(P+R) of the two means. "accuracy" = share of pages whose
token sequence equals the gold one. The prediction is the body newsgraph stores: trafilatura's
text after ingest cleaning (boilerplate dropped, captions moved out). "trafilatura_*" figures
score the text before cleaning, to show what cleaning adds or costs.

Dates scoring (htmldate's): exact day; same day -> TP, another day -> FP, none -> FN;
P = TP/(TP+FP), R = TP/(TP+FN), F1 = 2TP/(2TP+FP+FN); accuracy counts a missing date on a page
without gold date as correct.

Trafilatura-set scoring (its own): whitespace-normalised substring test; a `with` snippet found = TP,
missing = FN; a `without` snippet found = FP; micro-summed; F1 = 2TP/(2TP+FP+FN). Like the zyte suite it
scores the cleaned body and, as "trafilatura_*", the text before cleaning.

Options: -o limit=N (first N pages, for a quick look); -o favor=precision|balanced|recall (trafilatura's
trade-off, default: ingest's `DEFAULT_FAVOR`).
"""
from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path
from statistics import mean
from typing import Any

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
    """(raw trafilatura text, cleaned body, metadata) the way ingest reads a page; '' when nothing found."""
    from newsgraph.ingest.clean import clean_text
    from newsgraph.ingest.htmlpage import DEFAULT_FAVOR, ExtractionFailed, extract_page

    try:
        page = extract_page(html, url=url, favor=favor or DEFAULT_FAVOR)
    except ExtractionFailed as exc:
        return "", "", {"error": str(exc)}
    return page.text, clean_text(page.text).text, {"date": page.date, "title": page.title}


def _limit(options: dict[str, Any]) -> int | None:
    v = options.get("limit")
    return int(v) if v not in (None, "") else None


@eval_suites.register("extraction/zyte")
def zyte_suite(data_dir: Path, options: dict[str, Any]) -> EvalResult:
    root = Path(data_dir) / "extraction" / "article-extraction-benchmark"
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(gold)[:_limit(options)]
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
    from newsgraph.ingest.dates import try_parse_published

    root = Path(data_dir) / "extraction" / "htmldate-mediacloud2020"
    rows = [json.loads(line) for line in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()][:_limit(options)]
    tp = fp = fn = tn = 0
    misses = []
    for row in rows:
        html = gzip.decompress((root / row["html_path"]).read_bytes())
        _, _, meta = extract_for_eval(html, row.get("url"), options.get("favor"))
        found, _ = try_parse_published(meta.get("date"))
        pred = found.isoformat() if found else None
        gold = row.get("date")
        if pred is None:
            tn += gold is None
            fn += gold is not None
        elif pred == gold:
            tp += 1
        else:
            fp += 1
        if pred != gold:
            misses.append({"url": row.get("url"), "gold": gold, "predicted": pred})
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return EvalResult("extraction/dates", len(rows), p, r, f,
                      extra={"accuracy": (tp + tn) / len(rows) if rows else 0.0, "tp": tp, "fp": fp, "fn": fn,
                             "tn": tn}, misses=misses)


@eval_suites.register("extraction/trafilatura")
def trafilatura_suite(data_dir: Path, options: dict[str, Any]) -> EvalResult:
    root = Path(data_dir) / "extraction" / "trafilatura-evaldata"
    rows = [json.loads(line) for line in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()][:_limit(options)]
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
