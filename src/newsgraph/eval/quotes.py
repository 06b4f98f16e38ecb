"""Quote evaluation: suites quotes/ggt, quotes/polnear, quotes/textacy.

The gold sets live in ../shared/eval/quotes (read at run time). The metric is the one of the
reference scorer ../shared/tools/score_quotes.py, reimplemented here from its description:
  * spans are trimmed of blanks and quotation marks at both ends;
  * a prediction matches a gold quote when overlap / max(len_gold, len_pred) >= t (t = 0.3, 0.8),
    one-to-one, greedy by descending overlap ratio (ties: larger overlap, then gold, then prediction order);
  * speaker accuracy = share of 0.3-matched pairs (gold with a speaker) whose predicted speaker equals
    the gold one ignoring case and punctuation, or ends with the same word;
  * subsets "quoted" / "direct" (gold quotes with a quotation mark / made only of quoted segments);
    predictions matched to gold outside a subset are ignored there.
PolNeAR is also broken down by the gold's type (direct / indirect / mixed) in the same way.

Predictions: ggt uses the canonical name of the resolved speaker; polnear and textacy the speaker's
surface text (their gold speakers are surface mentions). The textacy cases test *direct* quotation
extraction, so only direct quotes are submitted there.
"""
from __future__ import annotations

import collections
import json
import string
from pathlib import Path
from typing import Any, Callable, Iterable

from newsgraph.eval import EvalResult
from newsgraph.registry import eval_suites

THRESHOLDS = (0.3, 0.8)
TRIM = frozenset(string.whitespace) | frozenset("\"'`\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a")
_DOUBLE = "\"\u201c\u201d\u201e\u201f\u00ab\u00bb"
_OPENERS = ("\"", "\u201c", "\u201e", "\u201f", "\u00ab", "\u00bb", "''", "``", "\u2018\u2018", "\u2019\u2019")
_SPEAKER_PUNCT = string.punctuation + "\u2018\u2019\u201c\u201d"


# ---------------------------------------------------------------------------------------------- gold
def _gold(text: str, spans: list, reference: str | None, gtype: str | None = None) -> dict:
    segs = [text[s:e] for s, e in spans]
    joined = " ".join(segs)
    stripped = [t.strip() for t in segs if t.strip()]
    return {"spans": [tuple(x) for x in spans], "reference": reference or "",
            "quoted": any(c in joined for c in _DOUBLE) or "''" in joined or "``" in joined,
            "direct": bool(stripped) and all(t.startswith(_OPENERS) for t in stripped),
            "type": gtype}


def _jsonl(path: Path) -> Iterable[dict]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def load_gold(suite: str, root: Path, split: str = "test") -> tuple[list[dict], collections.Counter]:
    """Gold articles [{"id", "text", "quotes"}] for suite ggt | polnear | textacy."""
    root = Path(root)
    notes: collections.Counter = collections.Counter()
    arts: list[dict] = []
    if suite == "ggt":
        for d in _jsonl(root / "ggt" / "ggt_quotes.jsonl"):
            qs = []
            for q in d["quotes"]:
                if not q.get("quote_span"):
                    notes["gold_skipped_no_span"] += 1
                    continue
                qs.append(_gold(d["text"], [q["quote_span"]], q.get("reference") or q.get("speaker")))
            arts.append({"id": d["id"], "text": d["text"], "quotes": qs})
    elif suite == "polnear":
        chosen: dict[str, dict] = {}
        for d in _jsonl(root / "polnear" / "polnear.jsonl"):
            if d["split"] != split:
                continue
            prev = chosen.get(d["article"])
            if prev is not None:
                notes["polnear_extra_annotator_files_ignored"] += 1
                if d["annotator"] >= prev["annotator"]:
                    continue
            chosen[d["article"]] = d
        for art in sorted(chosen):
            d = chosen[art]
            qs = []
            for q in d["quotes"]:
                if not q.get("quote_spans"):
                    notes["gold_skipped_no_span"] += 1
                    continue
                qs.append(_gold(d["text"], sorted(q["quote_spans"]), q.get("speaker"), q.get("type")))
            arts.append({"id": art, "text": d["text"], "quotes": qs})
    elif suite == "textacy":
        for d in _jsonl(root / "textacy_cases" / "textacy_direct_quotations.jsonl"):
            qs, pos = [], 0
            for q in d["quotes"]:
                s = d["text"].find(q["quote"], pos)
                if s < 0:
                    s = d["text"].find(q["quote"])
                if s < 0:
                    notes["gold_skipped_no_span"] += 1
                    continue
                pos = s + len(q["quote"])
                qs.append(_gold(d["text"], [(s, pos)], q.get("reference") or q.get("speaker")))
            arts.append({"id": d["id"], "text": d["text"], "quotes": qs})
    else:
        raise KeyError(f"unknown quotes suite {suite!r}")
    for a in arts:
        seen, keep = set(), []
        for q in a["quotes"]:
            key = tuple(q["spans"])
            if key in seen:
                notes["gold_duplicates_dropped"] += 1
                continue
            seen.add(key)
            keep.append(q)
        a["quotes"] = keep
    return arts, notes


# ---------------------------------------------------------------------------------------------- scoring
def chars(text: str, spans: Iterable) -> set[int]:
    """Character positions covered by the spans, each trimmed of blanks and quotation marks."""
    out: set[int] = set()
    n = len(text)
    for s, e in spans:
        s, e = max(0, int(s)), min(n, int(e))
        while s < e and text[s] in TRIM:
            s += 1
        while e > s and text[e - 1] in TRIM:
            e -= 1
        out.update(range(s, e))
    return out


def _speaker_words(s: str | None) -> list[str]:
    return [w for w in (x.strip(_SPEAKER_PUNCT) for x in (s or "").lower().split()) if w]


def same_speaker(pred: str | None, gold: str | None) -> bool:
    p, g = _speaker_words(pred), _speaker_words(gold)
    return bool(p and g) and (p == g or p[-1] == g[-1])


def match(gold_sets: list[set], pred_sets: list[set], t: float) -> list[tuple[int, int]]:
    """One-to-one greedy matching by descending overlap ratio."""
    cands = []
    for gi, g in enumerate(gold_sets):
        if not g:
            continue
        for pi, p in enumerate(pred_sets):
            if not p:
                continue
            ov = len(g & p)
            if ov:
                cands.append((ov / max(len(g), len(p)), ov, gi, pi))
    cands.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for ratio, _ov, gi, pi in cands:
        if ratio < t:
            break
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _prf(tp: int, n_gold: int, n_pred: int) -> dict[str, Any]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score(arts: list[dict], preds: dict[str, list[dict]], notes: collections.Counter | None = None,
          by_type: bool = False) -> dict[str, Any]:
    """Figures for predictions {article id: [{"start","end"|"spans","speaker"}]} against gold articles."""
    notes = collections.Counter(notes or {})
    notes["pred_articles_unknown_id"] = len(set(preds) - {a["id"] for a in arts})
    subsets: dict[str, Callable[[dict], bool]] = {
        "all": lambda q: True, "quoted": lambda q: q["quoted"], "direct": lambda q: q["direct"]}
    if by_type:
        for ty in ("direct", "mixed", "indirect"):
            subsets[f"type:{ty}"] = (lambda ty: lambda q: q.get("type") == ty)(ty)
    acc = {k: {"n_gold": 0, "n_pred": 0, "tp": dict.fromkeys(THRESHOLDS, 0),
               "ignored": dict.fromkeys(THRESHOLDS, 0), "spk_n": 0, "spk_ok": 0} for k in subsets}
    for a in arts:
        text, gold = a["text"], a["quotes"]
        if a["id"] not in preds:
            notes["gold_articles_without_pred_line"] += 1
        pred = preds.get(a["id"], [])
        psets = []
        for q in pred:
            spans = q.get("spans") or [(q["start"], q["end"])]
            if any(int(s) < 0 or int(e) > len(text) or int(s) > int(e) for s, e in spans):
                notes["pred_spans_out_of_range"] += 1
            if "text" in q and "spans" not in q and q["text"] != text[int(q["start"]):int(q["end"])]:
                notes["pred_text_differs_from_span"] += 1
            psets.append(chars(text, spans))
        gsets = [chars(text, q["spans"]) for q in gold]
        pairs = {t: match(gsets, psets, t) for t in THRESHOLDS}
        for name, keep in subsets.items():
            A = acc[name]
            A["n_gold"] += sum(1 for q in gold if keep(q))
            A["n_pred"] += len(pred)
            for t in THRESHOLDS:
                for gi, pi in pairs[t]:
                    if not keep(gold[gi]):
                        A["ignored"][t] += 1
                        continue
                    A["tp"][t] += 1
                    if t == 0.3 and gold[gi]["reference"]:
                        A["spk_n"] += 1
                        A["spk_ok"] += same_speaker(str(pred[pi].get("speaker") or ""), gold[gi]["reference"])
    out: dict[str, Any] = {}
    for name in subsets:
        A = acc[name]
        res: dict[str, Any] = {"n_gold": A["n_gold"], "n_pred": A["n_pred"]}
        for t in THRESHOLDS:
            r = _prf(A["tp"][t], A["n_gold"], A["n_pred"] - A["ignored"][t])
            if name != "all":
                r["n_pred_ignored"] = A["ignored"][t]
            res[f"@{t}"] = r
        res["speaker_accuracy"] = round(A["spk_ok"] / A["spk_n"], 4) if A["spk_n"] else None
        res["speaker_n"] = A["spk_n"]
        out[name] = res
    result: dict[str, Any] = {"n_articles": len(arts)}
    result.update(out.pop("all"))
    result["subsets"] = out
    result["notes"] = dict(sorted((k, v) for k, v in notes.items() if v))
    return result


# ---------------------------------------------------------------------------------------------- predicting
# Quotes need only the actors stage before them; the other stages are skipped to save time.
QUOTE_STAGES = ("geo", "actors", "quotes")
_pipeline = None


def quote_pipeline():
    global _pipeline
    if _pipeline is None:
        from newsgraph.pipeline import Pipeline

        _pipeline = Pipeline(stage_names=QUOTE_STAGES)
    return _pipeline


def predict(arts: list[dict], speaker: str = "name", kinds: tuple[str, ...] | None = None) -> dict[str, list[dict]]:
    """Run actors + quotes on the gold texts (as given: offsets must not move)."""
    from newsgraph.records import Article

    articles = (Article(id=a["id"], text=a["text"]) for a in arts)
    out: dict[str, list[dict]] = {}
    for an in quote_pipeline().analyse_many(articles):
        rows = []
        for q in an.quotes:
            if kinds and q.kind not in kinds:
                continue
            spk = (q.speaker_name or q.speaker_text) if speaker == "name" else (q.speaker_text or q.speaker_name)
            rows.append({"start": q.start, "end": q.end, "text": q.text, "speaker": spk or "",
                         "kind": q.kind, "cue": q.cue})
        out[an.article.id] = rows
    return out


def write_predictions(preds: dict[str, list[dict]], path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for aid, qs in preds.items():
            fh.write(json.dumps({"id": aid, "quotes": qs}, ensure_ascii=False) + "\n")


def precision_by_kind(arts: list[dict], preds: dict[str, list[dict]]) -> dict[str, dict]:
    """Per predicted kind (direct / indirect / mixed): how many predictions match a gold quote at 0.3."""
    out: dict[str, dict] = {}
    for a in arts:
        text = a["text"]
        pred = preds.get(a["id"], [])
        pairs = match([chars(text, q["spans"]) for q in a["quotes"]],
                      [chars(text, q.get("spans") or [(q["start"], q["end"])]) for q in pred], 0.3)
        hit = {pi for _, pi in pairs}
        for pi, q in enumerate(pred):
            k = out.setdefault(q.get("kind", "?"), {"n_pred": 0, "tp": 0})
            k["n_pred"] += 1
            k["tp"] += pi in hit
    for k in out.values():
        k["precision"] = round(k["tp"] / k["n_pred"], 4) if k["n_pred"] else 0.0
    return dict(sorted(out.items()))


def _misses(arts: list[dict], preds: dict[str, list[dict]], limit: int = 200) -> list[dict]:
    out = []
    for a in arts:
        text = a["text"]
        pred = preds.get(a["id"], [])
        psets = [chars(text, q.get("spans") or [(q["start"], q["end"])]) for q in pred]
        gsets = [chars(text, q["spans"]) for q in a["quotes"]]
        pairs = match(gsets, psets, 0.3)
        mg, mp = {g for g, _ in pairs}, {p for _, p in pairs}
        for gi, q in enumerate(a["quotes"]):
            if gi not in mg:
                s, e = q["spans"][0][0], q["spans"][-1][1]
                out.append({"id": a["id"], "miss": "fn", "quote": text[s:e][:160], "speaker": q["reference"]})
        for pi, q in enumerate(pred):
            if pi not in mp:
                out.append({"id": a["id"], "miss": "fp", "quote": q.get("text", "")[:160], "speaker": q.get("speaker")})
        for gi, pi in pairs:
            ref = a["quotes"][gi]["reference"]
            if ref and not same_speaker(pred[pi].get("speaker"), ref):
                out.append({"id": a["id"], "miss": "speaker", "quote": pred[pi].get("text", "")[:100],
                            "gold": ref, "pred": pred[pi].get("speaker")})
    return out[:limit]


def _result(name: str, figures: dict[str, Any], misses: list[dict]) -> EvalResult:
    at = figures["@0.3"]
    extra = {k: v for k, v in figures.items() if k not in ("n_gold", "@0.3")}
    extra["@0.3"] = at
    return EvalResult(suite=name, n=figures["n_gold"], precision=at["precision"], recall=at["recall"],
                      f1=at["f1"], extra=extra, misses=misses)


def run_suite(suite: str, data_dir: Path, options: dict) -> tuple[list[dict], dict, dict]:
    root = Path(data_dir) / "quotes"
    arts, notes = load_gold(suite, root, split=options.get("split", "test"))
    if options.get("limit"):
        arts = arts[: int(options["limit"])]
    speaker = "name" if suite == "ggt" else "surface"
    kinds = ("direct",) if suite == "textacy" else None
    preds = predict(arts, speaker=speaker, kinds=kinds)
    if options.get("predictions"):
        write_predictions(preds, options["predictions"])
    figures = score(arts, preds, notes, by_type=(suite == "polnear"))
    figures["by_predicted_kind"] = precision_by_kind(arts, preds)
    return arts, preds, figures


@eval_suites.register("quotes/ggt")
def ggt_suite(data_dir: Path, options: dict) -> EvalResult:
    """Gender Gap Tracker: 98 Canadian articles; speaker scored against the canonical name."""
    arts, preds, figures = run_suite("ggt", data_dir, options)
    return _result("quotes/ggt", figures, _misses(arts, preds))


@eval_suites.register("quotes/polnear")
def polnear_suite(data_dir: Path, options: dict) -> EvalResult:
    """PolNeAR test split (option split=dev|train for development), by gold type."""
    arts, preds, figures = run_suite("polnear", data_dir, options)
    return _result("quotes/polnear", figures, _misses(arts, preds))


def textacy_case_passes(art: dict, pred: list[dict]) -> bool:
    """A case passes when every gold quote is matched at 0.8 with the right speaker and nothing else is predicted."""
    text = art["text"]
    gsets = [chars(text, q["spans"]) for q in art["quotes"]]
    psets = [chars(text, [(q["start"], q["end"])]) for q in pred]
    pairs = match(gsets, psets, 0.8)
    if len(pairs) != len(gsets) or len(psets) != len(gsets):
        return False
    return all(same_speaker(pred[pi].get("speaker"), art["quotes"][gi]["reference"]) for gi, pi in pairs)


@eval_suites.register("quotes/textacy")
def textacy_suite(data_dir: Path, options: dict) -> EvalResult:
    """textacy's 7 direct-quotation unit cases; each must pass."""
    arts, preds, figures = run_suite("textacy", data_dir, options)
    cases = {a["id"]: textacy_case_passes(a, preds.get(a["id"], [])) for a in arts}
    figures["cases_passed"] = sum(cases.values())
    figures["cases"] = cases
    misses = [{"id": a["id"], "text": a["text"], "pred": preds.get(a["id"], [])} for a in arts if not cases[a["id"]]]
    return _result("quotes/textacy", figures, misses)
