"""Dateline and byline suite: what ingest splits off the top of real articles.

  extraction/datelines   data/gold/datelines.jsonl (labels only; data/gold/README.md): 347 real
                         English pages under ../shared/eval/extraction, each labelled by hand with the
                         dateline place of its first paragraph, the news agency of its dateline or
                         byline and the byline's authors.

Each page goes through newsgraph's own ingest, as a user's page would (`readers.read_html` with the
page's url from its benchmark's gold file, then `batch.build_article`); a page ingest skips predicts
nothing. Scored fields: `Article.dateline_place`, `Article.agency`, `Article.authors`.

Matching: values are compared after Unicode NFKD, dropping diacritics and every character that is not
a letter or digit, and case-folding ("St. Catherine" = "ST CATHERINE", "DeKalb" = "Dekalb",
"Trevor J Mitchell" = "Trevor J. Mitchell"). Dateline place and agency are one value per page (or
none): same value -> TP; a predicted value that differs from the gold one (or where gold has none)
-> FP; a gold value not predicted (missed, or predicted differently) -> FN, so a wrong value counts
as one FP and one FN. Authors are a multiset per page: TP = names in both, FP = predicted only,
FN = gold only. P = TP/(TP+FP), R = TP/(TP+FN), F1 = 2TP/(2TP+FP+FN), micro-summed over pages.
The headline figure (`f1`) is the dateline place F1; `agency_*` and `authors_*` are the others.

Options: -o part=dev|test|all|dev2|heldout2|...|dev10|heldout10 (default dev: rules are tuned on dev; the test half is reported
only, so its misses are not listed), -o limit=N. `all` is dev + test of datelines.jsonl. Two pools of
another kind (session 15), news texts under ../shared/eval/geo each fed to ingest as a user's JSON record
(title, url, text) would be: `dev2`, a dev-only pool (data/gold/datelines_gwn.jsonl, the 200 GeoWebNews
texts), and `heldout2`, held out like the test half (data/gold/datelines_trnews.jsonl, the 118 TR-News texts).
Two pools of plain-text files (session 17), US political news of seven outlets from PolNeAR under
../shared/eval/quotes/polnear, each file fed to ingest as a user's .txt file would be (its headline is its first
line): `dev3`, a dev-only pool (data/gold/datelines_polnear_train.jsonl, 346 train texts), and `heldout3`, held out
(data/gold/datelines_polnear_dev.jsonl, the 84 dev texts).
A mixed pool (session 21, data/gold/datelines_pool4.jsonl): the English pages of the three extraction sets that no
other dateline file holds (fed as pages, like datelines.jsonl's) and every 4th LGL article under ../shared/eval/geo
(fed as JSON records, like dev2's), split by the hash rule into `dev4` (tuned on) and `heldout4` (held out). It
labels dateline place and agency only: a line without an `authors` key is not scored for authors.
A second LGL pool (session 22, data/gold/datelines_pool5.jsonl): 152 more LGL articles, split the same way into
`dev5` (tuned on) and `heldout5` (held out).
A pool of wire copy, broadcast transcripts and Wikinews (session 29, data/gold/datelines_pool6.jsonl): the TimeBank and
AQUAINT texts of TempEval-3 (../shared/eval/time/tempeval3/TBAQ-cleaned, a .tml file's <TEXT> without its tags), the
MEANTIME English texts (../shared/eval/time/meantime-en, tokens joined back: first sentence the title) and the GeoVirus
paragraphs (../shared/eval/geo/geovirus), each fed as a JSON record; split the same way into `dev6` and `heldout6`.
A pool of Canadian news texts (session 30, data/gold/datelines_pool7.jsonl): the 98 raw texts of the Gender Gap Tracker
quote set (../shared/eval/quotes/ggt/rawtext; CBC, CTV, Global, HuffPost Canada, National Post, Globe and Mail, Star),
each fed as a JSON record with no title (its url from ggt_quotes.jsonl); split the same way into `dev7` and `heldout7`.
A pool of texts no other file held (session 37, data/gold/datelines_pool8.jsonl): the 84 PolNeAR test texts (fed as
.txt files, like dev3's), the 20 TempEval-3 platinum texts (.tml, like dev6's) and 60 more LGL articles (N % 4 == 1);
split the same way into `dev8` and `heldout8`.
The last LGL articles (session 44, data/gold/datelines_pool9.jsonl): the 229 no other file held (N % 4 == 3 from 23,
N % 4 == 1 from 241), fed as `dev4`'s, labelled with authors too; split the same way into `dev9` and `heldout9`.
The last PolNeAR texts (session 45, data/gold/datelines_pool10.jsonl): the 494 train texts `dev3`'s rule left out and
the 4 annotator-training texts, fed as .txt files like `dev3`'s, labelled with authors; split into `dev10` and
`heldout10`.
"""
from __future__ import annotations

import gzip
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from newsgraph.datafile import package_data, read_jsonl
from newsgraph.eval import EvalResult
from newsgraph.registry import eval_suites

FIELDS = ("dateline_place", "agency", "authors")


def match_key(value: str | None) -> str:
    """The form values are compared in (see the module docstring)."""
    if not value:
        return ""
    s = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in s if ch.isalnum() and not unicodedata.combining(ch)).casefold()


# pools of news texts beside datelines.jsonl's pages: part -> file (data/gold/README.md)
TEXT_POOLS = {"dev2": "datelines_gwn.jsonl", "heldout2": "datelines_trnews.jsonl",
              "dev3": "datelines_polnear_train.jsonl", "heldout3": "datelines_polnear_dev.jsonl"}
# a mixed pool of pages and text records, both parts in one file (data/gold/README.md)
MIXED_POOLS = {"dev4": "datelines_pool4.jsonl", "heldout4": "datelines_pool4.jsonl",
               "dev5": "datelines_pool5.jsonl", "heldout5": "datelines_pool5.jsonl",
               "dev6": "datelines_pool6.jsonl", "heldout6": "datelines_pool6.jsonl",
               "dev7": "datelines_pool7.jsonl", "heldout7": "datelines_pool7.jsonl",
               "dev8": "datelines_pool8.jsonl", "heldout8": "datelines_pool8.jsonl",
               "dev9": "datelines_pool9.jsonl", "heldout9": "datelines_pool9.jsonl",
               "dev10": "datelines_pool10.jsonl", "heldout10": "datelines_pool10.jsonl"}
PARTS = ("dev", "test", "all", *TEXT_POOLS, *MIXED_POOLS)
HIDDEN = ("test", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
          "heldout8", "heldout9", "heldout10")      # reported, not read: their misses are not listed


def load_gold(part: str = "dev") -> list[dict[str, Any]]:
    if part in TEXT_POOLS:
        return [obj for _, obj in read_jsonl(package_data("gold", TEXT_POOLS[part]))]
    if part in MIXED_POOLS:
        return [obj for _, obj in read_jsonl(package_data("gold", MIXED_POOLS[part])) if obj["part"] == part]
    rows = [obj for _, obj in read_jsonl(package_data("gold", "datelines.jsonl"))]
    return [r for r in rows if part == "all" or r["part"] == part]


def _text_records(data_dir: Path, docs: list[str]) -> dict[str, dict[str, str]]:
    """'geo/<set>/<file>.xml#N' -> the N-th <article>'s {title, url, text} (GeoWebNews' and TR-News' layout)."""
    import xml.etree.ElementTree as ET

    out: dict[str, dict[str, str]] = {}
    files: dict[str, list] = {}
    for doc in docs:
        path, _, n = doc.partition("#")
        arts = files.setdefault(path, list(ET.parse(data_dir / path).getroot()))
        a = arts[int(n)]
        url = (a.findtext("link") or a.findtext("url") or a.findtext("source") or "").strip()
        out[doc] = {"title": (a.findtext("title") or "").strip(), "url": url, "text": a.findtext("text") or ""}
    return out


def _ggt_record(data_dir: Path, doc: str) -> dict[str, str]:
    """A GGT raw text ('quotes/ggt/rawtext/<id>.txt') -> {title, url, text}: no title, its url from ggt_quotes.jsonl."""
    import json

    ident = Path(doc).stem
    url = ""
    with open(data_dir / "quotes/ggt/ggt_quotes.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if f'"{ident}"' in line:
                obj = json.loads(line)
                if obj.get("id") == ident:
                    url = obj.get("url") or ""
                    break
    return {"title": "", "url": url, "text": (data_dir / doc).read_text(encoding="utf-8")}


def _tml_record(path: Path) -> dict[str, str]:
    """A TimeML file (TimeBank, AQUAINT) -> {title, url, text}: its <TEXT> with the annotation tags dropped."""
    import html
    import re

    raw = path.read_text(encoding="utf-8")
    m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    text = html.unescape(re.sub(r"<[^>]+>", "", m.group(1) if m else "")).strip()
    return {"title": "", "url": "", "text": text}


_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "%", "'s", "n't", "''", "'"}


def _meantime_record(path: Path) -> dict[str, str]:
    """A MEANTIME file -> {title, url, text}: its tokens joined back, sentence 0 the title, the date line a paragraph."""
    import xml.etree.ElementTree as ET

    root = ET.parse(path).getroot()
    sents: dict[int, list[str]] = {}
    for tok in root.iter("token"):
        sents.setdefault(int(tok.get("sentence") or 0), []).append(tok.text or "")

    def join(toks: list[str]) -> str:
        out = ""
        for t in toks:
            glue = not out or t in _NO_SPACE_BEFORE or out.endswith(("(", "$", "``"))
            out += t if glue else " " + t
        return out.replace("``", '"').replace("''", '"')

    keys = sorted(sents)
    title = join(sents[keys[0]]) if keys else ""
    date = join(sents[keys[1]]) if len(keys) > 1 else ""
    body = " ".join(join(sents[k]) for k in keys[2:])
    return {"title": title, "url": root.get("url") or "", "text": f"{date}\n\n{body}".strip()}


def predict_records(data_dir: Path, docs: list[str]) -> dict[str, dict[str, Any]]:
    """As `predict`, for the pools of `TEXT_POOLS`: an XML set's article as a JSON record, a .txt file as itself."""
    from newsgraph.ingest import Skip, build_article
    from newsgraph.ingest.readers import read_record, read_text

    records = _text_records(data_dir, [d for d in docs if "#" in d])
    for doc in docs:
        if doc.endswith(".tml"):
            records[doc] = _tml_record(data_dir / doc)
        elif doc.startswith("time/meantime"):
            records[doc] = _meantime_record(data_dir / doc)
        elif doc.startswith("quotes/ggt/"):
            records[doc] = _ggt_record(data_dir, doc)
    out: dict[str, dict[str, Any]] = {}
    for doc in docs:
        items = list(read_record(records[doc], doc) if doc in records
                     else read_text((data_dir / doc).read_text(encoding="utf-8"), doc))
        art = items[0] if items else None
        if art is not None and not isinstance(art, Skip):
            art = build_article(art)
        out[doc] = _fields(art)
    return out


def _fields(art: Any) -> dict[str, Any]:
    """The scored fields of a built article; {"skipped": reason} when ingest skipped it."""
    from newsgraph.ingest import Skip

    if art is None or isinstance(art, Skip):
        return {"skipped": getattr(art, "reason", "nothing read")}
    return {"dateline_place": art.dateline_place, "agency": art.agency, "authors": list(art.authors)}


def predict(extraction_dir: Path, docs: list[str]) -> dict[str, dict[str, Any]]:
    """doc -> {"dateline_place", "agency", "authors"} as ingest finds them ({} when ingest skips it)."""
    from newsgraph.eval.realnews import page_urls
    from newsgraph.ingest import Skip, build_article
    from newsgraph.ingest.readers import read_html

    urls = page_urls(extraction_dir)
    out: dict[str, dict[str, Any]] = {}
    for doc in docs:
        html = gzip.decompress((extraction_dir / doc).read_bytes())
        items = [i for i in read_html(html, doc, [], url=urls.get(doc))]
        art = items[0] if items else None
        if art is not None and not isinstance(art, Skip):
            art = build_article(art)
        out[doc] = _fields(art)
    return out


def score_single(gold: str | None, pred: str | None) -> Counter:
    g, p = match_key(gold), match_key(pred)
    c = Counter(tp=0, fp=0, fn=0)
    if g and p and g == p:
        c["tp"] += 1
    else:
        c["fp"] += bool(p)
        c["fn"] += bool(g)
    return c


def score_multi(gold: list[str], pred: list[str]) -> Counter:
    g = Counter(match_key(x) for x in gold if match_key(x))
    p = Counter(match_key(x) for x in pred if match_key(x))
    return Counter(tp=sum((g & p).values()), fp=sum((p - g).values()), fn=sum((g - p).values()))


def prf(c: Counter) -> tuple[float, float, float]:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * tp / (2 * tp + fp + fn) if tp else 0.0)


@eval_suites.register("extraction/datelines")
def datelines_suite(data_dir: Path, options: dict[str, Any]) -> EvalResult:
    part = options.get("part", "dev")
    if part not in PARTS:
        raise KeyError(f"part must be one of {', '.join(PARTS)}, not {part!r}")
    gold = load_gold(part)
    limit = options.get("limit")
    if limit not in (None, ""):
        gold = gold[:int(limit)]
    docs = [g["doc"] for g in gold]
    if part in MIXED_POOLS:
        recs = [d for d in docs if "#" in d or d.startswith(("time/", "quotes/"))]
        preds = {**predict_records(Path(data_dir), recs),
                 **predict(Path(data_dir) / "extraction", [d for d in docs if d not in set(recs)])}
    else:
        preds = (predict_records(Path(data_dir), docs) if part in TEXT_POOLS
                 else predict(Path(data_dir) / "extraction", docs))
    totals = {f: Counter(tp=0, fp=0, fn=0) for f in FIELDS}
    misses = []
    for g in gold:
        p = preds[g["doc"]]
        page = {"dateline_place": score_single(g.get("dateline_place"), p.get("dateline_place")),
                "agency": score_single(g.get("agency"), p.get("agency")),
                "authors": (score_multi(g.get("authors") or [], p.get("authors") or []) if "authors" in g
                            else Counter(tp=0, fp=0, fn=0))}
        for f in FIELDS:
            totals[f].update(page[f])
        if any(page[f]["fp"] or page[f]["fn"] for f in FIELDS):
            misses.append({"doc": g["doc"], **{f"gold_{f}": g.get(f) for f in FIELDS},
                           **{f"found_{f}": p.get(f) for f in FIELDS}, **({"skipped": p["skipped"]}
                                                                          if "skipped" in p else {})})
    extra: dict[str, Any] = {"part": part}
    for f in FIELDS:
        fp_, fr_, ff_ = prf(totals[f])
        name = "place" if f == "dateline_place" else f
        extra.update({f"{name}_precision": fp_, f"{name}_recall": fr_, f"{name}_f1": ff_,
                      f"{name}_counts": dict(totals[f])})
    extra["skipped_pages"] = sum("skipped" in p for p in preds.values())
    if part in HIDDEN:
        extra["misses_hidden"] = f"{len(misses)} pages with an error (the {part} part is reported, not read)"
        misses = []
    p_, r_, f_ = prf(totals["dateline_place"])
    return EvalResult("extraction/datelines", len(gold), p_, r_, f_, extra=extra, misses=misses)
