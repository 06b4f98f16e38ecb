"""Time suites: TIMEX3 extent and normalisation against TempEval-3 and MEANTIME.

  time/tempeval3        te3-platinum (20 docs, 138 TIMEX3): the reported test figures
  time/tempeval3-train  TBAQ-cleaned (TimeBank + AQUAINT, 256 docs): the development set
  time/meantime         MEANTIME English (120 Wikinews docs, token-level CAT XML)

Scoring (`score_timexes`) follows the metric described in ../shared/tools/score_time.py:
spans trimmed of surrounding whitespace; strict = identical spans; relaxed = overlapping spans
paired one-to-one per document, greedily by overlap length (ties: earlier gold, then earlier
prediction); value/type F1 count relaxed pairs with equal value/type (strip + upper-case);
everything micro-averaged. Options: -o pred=PATH writes the predictions as JSONL in that
scorer's input format; -o no_parse=1 skips spaCy (tense then comes from the words only).
"""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from newsgraph.eval import EvalResult
from newsgraph.registry import eval_suites


@dataclass
class GoldDoc:
    id: str
    text: str
    dct: str | None
    timexes: list[dict[str, Any]] = field(default_factory=list)   # start, end, type, value
    exclude: list[tuple[int, int]] = field(default_factory=list)  # spans not scored (in-text DCT)


# ------------------------------------------------------------------ readers

def _collect(el: ET.Element, buf: list[str], timexes: list[dict]) -> None:
    """Depth-first text of `el` (tags dropped), noting where each TIMEX3 starts and ends."""
    begin = sum(map(len, buf))
    if el.text:
        buf.append(el.text)
    for child in el:
        _collect(child, buf, timexes)
        if child.tail:
            buf.append(child.tail)
    if el.tag == "TIMEX3":
        timexes.append({"start": begin, "end": sum(map(len, buf)),
                        "type": el.get("type") or "", "value": el.get("value") or ""})


def read_tml(path: Path) -> GoldDoc:
    """A TimeML file: the <TEXT> content as the document text, its TIMEX3s, and the DCT."""
    root = ET.parse(path).getroot()
    text_el = root.find("TEXT")
    buf: list[str] = []
    timexes: list[dict] = []
    if text_el is not None:
        _collect(text_el, buf, timexes)      # <TEXT> is no TIMEX3, so only its content is collected
    dct_el = root.find("DCT/TIMEX3")
    doc_id = (root.findtext("DOCID") or path.name.split(".")[0]).strip()
    timexes.sort(key=lambda t: (t["start"], t["end"]))
    return GoldDoc(doc_id, "".join(buf), dct_el.get("value") if dct_el is not None else None,
                   timexes)


MEANTIME_LAST_SENTENCE = 5   # sentence 0 = title, 1 = dateline, 2-5 = first four sentences


def read_meantime(path: Path) -> GoldDoc:
    """A MEANTIME CAT file: tokens joined by spaces (sentences by newlines) as the text.

    MEANTIME annotates only the title, the dateline and the first four sentences (no markable
    of any kind lies beyond sentence 5), so the text is cut there. The creation-time TIMEX3 (the
    dateline tokens) gives the DCT and is not scored, nor are predictions overlapping it;
    TIMEX3s without token anchors (37 empty 'implicit' times) are not text and are skipped.
    """
    root = ET.parse(path).getroot()
    parts: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    pos, last_sent = 0, None
    for tok in root.iter("token"):
        sent = tok.get("sentence")
        if int(sent or 0) > MEANTIME_LAST_SENTENCE:
            break
        if parts:
            sep = "\n" if sent != last_sent else " "
            parts.append(sep)
            pos += 1
        word = tok.text or ""
        spans[tok.get("t_id")] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
        last_sent = sent
    doc = GoldDoc(root.get("doc_id") or path.stem, "".join(parts), None)
    markables = root.find("Markables")
    for tx in (markables.iter("TIMEX3") if markables is not None else []):
        anchors = [spans[a.get("t_id")] for a in tx.findall("token_anchor")
                   if a.get("t_id") in spans]
        if tx.get("functionInDocument") == "CREATION_TIME":
            value = tx.get("value") or ""
            dmy = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value)   # one file writes DD-MM-YYYY
            doc.dct = f"{dmy[3]}-{dmy[2]}-{dmy[1]}" if dmy else (value or doc.dct)
            if anchors:
                doc.exclude.append((min(s for s, _ in anchors), max(e for _, e in anchors)))
            continue
        if not anchors:
            continue
        doc.timexes.append({"start": min(s for s, _ in anchors), "end": max(e for _, e in anchors),
                            "type": tx.get("type") or "", "value": tx.get("value") or ""})
    doc.timexes.sort(key=lambda t: (t["start"], t["end"]))
    return doc


def tempeval3_docs(data_dir: Path,
                   split: str = "platinum") -> tuple[list[GoldDoc], dict[str, GoldDoc]]:
    """(system inputs, gold by id). Platinum inputs are the .TE3input files (text + DCT only)."""
    base = data_dir / "time" / "tempeval3"
    if split == "platinum":
        gold = {d.id: d for d in map(read_tml, sorted((base / "te3-platinum").glob("*.tml")))}
        inputs = [read_tml(p) for p in sorted((base / "te3-platinum-input").glob("*.TE3input"))]
        for d in inputs:
            d.timexes = []
        return inputs, gold
    files = sorted((base / "TBAQ-cleaned").glob("*/*.tml"))
    gold = {d.id: d for d in map(read_tml, files)}
    inputs = [GoldDoc(d.id, d.text, d.dct) for d in gold.values()]
    return inputs, gold


def meantime_docs(data_dir: Path) -> tuple[list[GoldDoc], dict[str, GoldDoc]]:
    files = sorted((data_dir / "time" / "meantime-en" / "intra-doc_annotation").glob("*/*.xml"))
    gold = {d.id: d for d in map(read_meantime, files)}
    inputs = [GoldDoc(d.id, d.text, d.dct, [], list(d.exclude)) for d in gold.values()]
    return inputs, gold


# ------------------------------------------------------------------ system

def predict(docs: Iterable[GoldDoc], parse: bool = True) -> dict[str, list[dict]]:
    """newsgraph's time expressions for each document, keyed by document id."""
    from newsgraph.time import find_times

    docs = list(docs)
    parsed: Iterable[Any]
    if parse:
        from newsgraph.nlp import load_nlp

        parsed = load_nlp().pipe((d.text for d in docs), batch_size=16)
    else:
        parsed = (None for _ in docs)
    out: dict[str, list[dict]] = {}
    for d, sdoc in zip(docs, parsed):
        preds = []
        for x in find_times(d.text, d.dct, sdoc):
            if any(x.start < e and s < x.end for s, e in d.exclude):
                continue
            preds.append({"start": x.start, "end": x.end, "value": x.value, "type": x.type,
                          "text": x.text, "rule": x.rule})
        out[d.id] = preds
    return out


# ------------------------------------------------------------------ scoring

def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = max(start, 0), min(end, len(text))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _same(a: Any, b: Any) -> bool:
    return str(a or "").strip().upper() == str(b or "").strip().upper()


def _pair_relaxed(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> dict[int, int]:
    """gold index -> pred index: overlapping spans, largest overlap first, one-to-one."""
    options = []
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(pred):
            overlap = min(ge, pe) - max(gs, ps)
            if overlap > 0:
                options.append((overlap, gi, pi))
    options.sort(key=lambda o: (-o[0], o[1], o[2]))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in options:
        if gi not in pairs and pi not in used:
            pairs[gi] = pi
            used.add(pi)
    return pairs


def _ratio(x: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = x / n_pred if n_pred else 0.0
    r = x / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def score_timexes(gold_docs: dict[str, GoldDoc], preds: dict[str, list[dict]]) -> dict[str, Any]:
    """Extent (strict/relaxed), value and type figures over all gold documents."""
    counts = dict(gold=0, pred=0, strict=0, relaxed=0, value=0, type=0)
    by_type: dict[str, list[int]] = {}
    misses: list[dict] = []
    for doc_id, doc in gold_docs.items():
        text = doc.text
        g_spans = [_strip_span(text, g["start"], g["end"]) for g in doc.timexes]
        p_items = []
        for p in preds.get(doc_id, []):
            s, e = _strip_span(text, int(p["start"]), int(p["end"]))
            if e > s:
                p_items.append((s, e, p))
        p_spans = [(s, e) for s, e, _ in p_items]
        counts["gold"] += len(g_spans)
        counts["pred"] += len(p_spans)
        counts["strict"] += len(set(g_spans) & set(p_spans))
        pairs = _pair_relaxed(g_spans, p_spans)
        counts["relaxed"] += len(pairs)
        for gi, g in enumerate(doc.timexes):
            row = by_type.setdefault(g["type"], [0, 0, 0])
            row[0] += 1
            pi = pairs.get(gi)
            gs, ge = g_spans[gi]
            if pi is None:
                misses.append({"doc": doc_id, "gold": text[gs:ge], "gold_value": g["value"],
                               "pred": None})
                continue
            p = p_items[pi][2]
            v_ok, t_ok = _same(p.get("value"), g["value"]), _same(p.get("type"), g["type"])
            counts["value"] += v_ok
            counts["type"] += t_ok
            row[1] += 1
            row[2] += v_ok
            if not v_ok:
                ps, pe = p_spans[pi]
                misses.append({"doc": doc_id, "gold": text[gs:ge], "gold_value": g["value"],
                               "pred": text[ps:pe], "pred_value": p.get("value"),
                               "rule": p.get("rule")})
        matched = set(pairs.values())
        for pi, (s, e, p) in enumerate(p_items):
            if pi not in matched:
                misses.append({"doc": doc_id, "spurious": text[s:e], "pred_value": p.get("value"),
                               "rule": p.get("rule")})
    res: dict[str, Any] = {"n_docs": len(gold_docs), "n_gold": counts["gold"],
                           "n_pred": counts["pred"], "n_strict": counts["strict"],
                           "n_relaxed": counts["relaxed"], "n_value_ok": counts["value"]}
    for name in ("strict", "relaxed", "value", "type"):
        for k, v in _ratio(counts[name], counts["pred"], counts["gold"]).items():
            res[f"{name}_{k}"] = v
    n_rel = counts["relaxed"]
    res["value_accuracy"] = round(counts["value"] / n_rel, 4) if n_rel else None
    res["type_accuracy"] = round(counts["type"] / n_rel, 4) if n_rel else None
    res["by_gold_type"] = {t: {"n": n, "relaxed_r": round(r / n, 4), "value_r": round(v / n, 4)}
                           for t, (n, r, v) in sorted(by_type.items(), key=lambda kv: -kv[1][0])}
    res["misses"] = misses
    return res


# ------------------------------------------------------------------ suites

def write_predictions(path: str | Path, preds: dict[str, list[dict]]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for doc_id, items in preds.items():
            fh.write(json.dumps({"id": doc_id, "timexes": [
                {k: p[k] for k in ("start", "end", "value", "type")} for p in items]},
                ensure_ascii=False) + "\n")


def _run(name: str, inputs: list[GoldDoc], gold: dict[str, GoldDoc], options: dict) -> EvalResult:
    preds = predict(inputs, parse=str(options.get("no_parse", "0")) in ("0", "", "false"))
    if options.get("pred"):
        write_predictions(options["pred"], preds)
    res = score_timexes(gold, preds)
    misses = res.pop("misses")
    return EvalResult(suite=name, n=res["n_gold"], precision=res["relaxed_p"],
                      recall=res["relaxed_r"], f1=res["relaxed_f1"], extra=res, misses=misses)


@eval_suites.register("time/tempeval3")
def tempeval3(data_dir: Path, options: dict) -> EvalResult:
    """TempEval-3 platinum test set: extent P/R/F1 (headline: relaxed) and value F1."""
    inputs, gold = tempeval3_docs(data_dir, "platinum")
    return _run("time/tempeval3", inputs, gold, options)


@eval_suites.register("time/tempeval3-train")
def tempeval3_train(data_dir: Path, options: dict) -> EvalResult:
    """TimeBank + AQUAINT (TBAQ-cleaned): the development set the rules were written against."""
    inputs, gold = tempeval3_docs(data_dir, "train")
    return _run("time/tempeval3-train", inputs, gold, options)


@eval_suites.register("time/meantime")
def meantime(data_dir: Path, options: dict) -> EvalResult:
    """MEANTIME English: extent and value F1 on 120 Wikinews articles."""
    inputs, gold = meantime_docs(data_dir)
    return _run("time/meantime", inputs, gold, options)
