"""Real-news suites: events and their actors on real web pages, against our own hand labels.

  events/realnews   root-level and triple (root + source country + target country) P/R/F1
  actors/realnews   source/target country accuracy of the events the system found

Gold: data/gold/realnews_events_*.jsonl (see data/gold/README.md): sentences of real pages under
../shared/eval/extraction, each located by a key (eval/locate.py), coded by hand before anyone looked at
newsgraph's output. The pages are read at run time; nothing of them is copied here.

How a page is analysed: as a user's page would be -- the HTML goes through newsgraph's ingest (trafilatura,
cleaning, date; the page's url from the benchmark's own gold file) and the default pipeline. A gold
sentence that cannot be found in the extracted text counts its events as missed ("unlocated").

Scoring, per gold sentence (multisets, as in events/petrarch2-gsr):
  * a predicted event belongs to a sentence when its cue (else its evidence start) lies in the
    sentence's span;
  * counted modalities: asserted and reported by default (an event the article reports as having
    happened, itself or through a source -- "officers arrested three men, police said"), on both sides;
    `-o modalities=asserted` counts asserted events only;
  * root = first two digits of the CAMEO code; a country is the actor's ISO3 or "IGO" ("---" when unknown,
    an ordinary value that matches only "---");
  * tp = sum over units of min(gold count, predicted count); precision = tp / predicted, recall = tp / gold.
  The headline (`f1`) is the triple F1; `root_f1` the root-level one.
  Precision by confidence band: each predicted event is matched (highest confidence first) to a gold
  event of its sentence with the same root; a band's precision = matched / events in the band.
  `by_root`: per CAMEO root, gold and predicted counts, matches (the per-sentence multiset minimum) and
  the root's precision and recall. `by_family`: the same per-sentence multiset matching on the event
  families issue 11 checks (FAMILIES: 14 protest, 17 coerce/arrest, 18-20 violence, 03-06 cooperation):
  a predicted 19 matches a gold 18 there, so a family's recall is "the right family found".
  `root_errors`: root-level misses in sentences the system coded nothing in vs beside other roots it
  coded, and false events in sentences with no gold event vs beside gold events, and `confusions`: gold
  root -> predicted root counts where a sentence has exactly one of each left unmatched (aggregates). A report
  beside the scores, not a further score: `-o breakdown=1` prints both as a table instead of as JSON.

actors/realnews: for every predicted event matched at root level to a gold event, each side whose gold
country is known scores 1 when the predicted actor has that country. `precision`/`recall`/`f1` carry the
accuracy over those slots (source and target); extras give each side, and `invented`: the share of
slots with no gold country to which the system gave one; `misses_by_kind` splits each side's wrong slots
into `no_actor` (no actor on that side), `no_country` (an actor, no country) and `other` (another
country), an aggregate a test half may show. `both_sides` is the share of the system's
counted events in the labelled sentences that have a country or IGO code on both sides, over events with
a target (and `both_sides_all` over all of them; `both_sides_acts` over all but root 01 statements, most of
which have no addressee in the text: in the gold itself 41 % of asserted events have a country on both
sides, 74 % of those outside root 01).

Options: -o part=dev|test|all (default dev: tune on dev, report test), -o files=LETTERS (only the gold files
`realnews_events_<letter>.jsonl` named, e.g. `files=h`: a newly labelled batch alone), -o modalities=a,b, -o patterns=ROUNDS
(code with the pattern rounds listed only, as in events/petrarch2-gsr: `base,tuned,round2` is the coder before
issue 11, less the changes that no round tag switches off), -o breakdown=1 (P/R per family and per root as a table).
Only part=dev lists its misses (sentence, gold, predicted); test and all report how many were withheld.
"""
from __future__ import annotations

import gzip
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.datafile import package_data, read_jsonl
from newsgraph.eval import EvalResult, prf
from newsgraph.eval.events import _coder_options, _flag
from newsgraph.eval.locate import SentenceFinder
from newsgraph.registry import eval_suites

GOLD_GLOB = "realnews_events_*.jsonl"
DEFAULT_MODALITIES = frozenset({"asserted", "reported"})
BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01))
# Event families reported by `by_family` (name -> CAMEO roots): the kinds issue 11's checks ask about.
FAMILIES = {"protest 14": ("14",), "coerce/arrest 17": ("17",), "violence 18-20": ("18", "19", "20"),
            "cooperation 03-06": ("03", "04", "05", "06")}


@dataclass
class GoldSentence:
    doc: str
    part: str
    key: dict[str, Any]
    n: int
    events: list[dict[str, Any]]


@dataclass
class SentenceResult:
    gold: GoldSentence
    span: tuple[int, int] | None
    predicted: list[Any] = field(default_factory=list)      # Event records
    analysis: Any = None


def load_gold(part: str = "all", files: str = "") -> list[GoldSentence]:
    """Gold sentences of one part; `files` ("h", "e,f") keeps only the gold files with those letters."""
    wanted = {f"realnews_events_{x.strip()}.jsonl" for x in files.split(",") if x.strip()}
    out = []
    for path in sorted(package_data("gold").glob(GOLD_GLOB)):
        if wanted and path.name not in wanted:
            continue
        for _, obj in read_jsonl(path):
            if part != "all" and obj["part"] != part:
                continue
            out.append(GoldSentence(obj["doc"], obj["part"], obj["sent"], obj.get("n", 0), obj.get("events", [])))
    return out


def page_urls(extraction_dir: Path) -> dict[str, str]:
    """doc path (under extraction/) -> the page's url, from each benchmark's own gold file."""
    urls: dict[str, str] = {}
    zyte = extraction_dir / "article-extraction-benchmark" / "ground-truth.json"
    if zyte.exists():
        for pid, rec in json.loads(zyte.read_text(encoding="utf-8")).items():
            urls[f"article-extraction-benchmark/html/{pid}.html.gz"] = rec.get("url")
    for name in ("htmldate-mediacloud2020", "trafilatura-evaldata"):
        gold = extraction_dir / name / "gold.jsonl"
        if gold.exists():
            for line in gold.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rec = json.loads(line)
                    url = rec.get("url") or ""
                    urls[f"{name}/{rec['html_path']}"] = url if url.startswith("http") else None
    return urls


def analyse_pages(extraction_dir: Path, docs: list[str], coder_options: Any = None) -> dict[str, Any]:
    """doc -> Analysis (or a string saying why the page gave no article), through ingest + pipeline
    (the default one, or with the events stage configured by `coder_options`)."""
    from newsgraph.ingest import Skip, build_article
    from newsgraph.ingest.readers import read_html
    from newsgraph.pipeline import Pipeline, default_pipeline

    urls = page_urls(extraction_dir)
    articles, out = [], {}
    for doc in docs:
        html = gzip.decompress((extraction_dir / doc).read_bytes())
        items = list(read_html(html, doc, [], url=urls.get(doc)))
        item = items[0] if items else Skip(doc, "nothing read", "empty")
        art = item if isinstance(item, Skip) else build_article(item)
        if isinstance(art, Skip):
            out[doc] = f"skipped by ingest: {art.reason}"
        else:
            articles.append(art)
    by_origin = {a.origin: a for a in articles}
    pipe = default_pipeline() if coder_options is None else Pipeline(options={"events": coder_options})
    for analysis in pipe.analyse_many(articles):
        out[analysis.article.origin] = analysis
    assert set(by_origin) <= set(out)
    return out


def _country(analysis, actor_id: str | None) -> str:
    actor = analysis.actor(actor_id) if actor_id else None
    return (actor.country or "---") if actor is not None else "---"


def _gold_country(value: str | None) -> str:
    return value or "---"


def collect(data_dir: Path, options: dict[str, Any]) -> tuple[list[SentenceResult], frozenset[str], dict]:
    part = str(options.get("part", "dev")).lower()
    if part not in ("dev", "test", "all"):
        raise ValueError(f"part must be dev, test or all, not {part!r}")
    mods = options.get("modalities")
    modalities = frozenset(m.strip() for m in str(mods).split(",") if m.strip()) if mods else DEFAULT_MODALITIES
    gold = load_gold(part, str(options.get("files", "")))
    if not gold:
        raise ValueError(f"no gold sentences for part={part} files={options.get('files')!r}")
    docs = sorted({g.doc for g in gold})
    extraction = data_dir / "extraction"
    coder_options = _coder_options(options) if "patterns" in options or "fallback" in options else None
    pages = analyse_pages(extraction, docs, coder_options)
    finders: dict[str, SentenceFinder] = {}
    results = []
    for g in gold:
        analysis = pages.get(g.doc)
        if not hasattr(analysis, "article"):
            results.append(SentenceResult(g, None))
            continue
        finder = finders.get(g.doc) or finders.setdefault(g.doc, SentenceFinder(analysis.article.text))
        span = finder.find(g.key)
        res = SentenceResult(g, span, analysis=analysis)
        if span is not None:
            for ev in analysis.events:
                anchor = ev.cue_start if ev.cue_start is not None else ev.evidence_start
                if span[0] <= anchor < span[1] and ev.modality in modalities:
                    res.predicted.append(ev)
        results.append(res)
    info = {"part": part, "modalities": sorted(modalities), "articles": len(docs),
            "articles_skipped": sorted(d for d, a in pages.items() if not hasattr(a, "article"))}
    return results, modalities, info


def _gold_events(res: SentenceResult, modalities: frozenset[str]) -> list[dict[str, Any]]:
    return [e for e in res.gold.events if e.get("modality", "asserted") in modalities]


def score_events(results: list[SentenceResult], modalities: frozenset[str]) -> dict[str, Any]:
    root_tp = root_pred = root_gold = 0
    tri_tp = tri_pred = tri_gold = 0
    bands = [[0, 0] for _ in BANDS]         # [matched, total] per band
    per_root: dict[str, Counter] = defaultdict(Counter)    # root -> tp / predicted / gold
    per_family: dict[str, Counter] = defaultdict(Counter)  # family name -> tp / predicted / gold
    misses = []
    # where root-level misses and false events fall (an aggregate, no item)
    kinds = Counter(dict.fromkeys(("missed_in_uncoded_sentence", "missed_beside_other_roots",
                                   "false_in_eventless_sentence", "false_beside_gold_events"), 0))
    confusions = Counter()  # (gold root, predicted root) where a sentence has one of each left unmatched
    for res in results:
        gold = _gold_events(res, modalities)
        g_roots = Counter(str(e["code"])[:2] for e in gold)
        g_tri = Counter((str(e["code"])[:2], _gold_country(e.get("source_country")),
                         _gold_country(e.get("target_country"))) for e in gold)
        an = res.analysis
        p_roots = Counter(ev.cameo_root or ev.cameo_code[:2] for ev in res.predicted)
        p_tri = Counter((ev.cameo_root or ev.cameo_code[:2], _country(an, ev.source_actor_id),
                         _country(an, ev.target_actor_id)) for ev in res.predicted)
        for root in set(g_roots) | set(p_roots):
            per_root[root]["tp"] += min(g_roots[root], p_roots[root])
            per_root[root]["predicted"] += p_roots[root]
            per_root[root]["gold"] += g_roots[root]
        for name, roots in FAMILIES.items():
            g_n = sum(g_roots[r] for r in roots)
            p_n = sum(p_roots[r] for r in roots)
            per_family[name]["tp"] += min(g_n, p_n)
            per_family[name]["predicted"] += p_n
            per_family[name]["gold"] += g_n
        missed, spurious = sum((g_roots - p_roots).values()), sum((p_roots - g_roots).values())
        kinds["missed_in_uncoded_sentence" if not p_roots else "missed_beside_other_roots"] += missed
        kinds["false_in_eventless_sentence" if not g_roots else "false_beside_gold_events"] += spurious
        if missed == spurious == 1:
            confusions[f"{next(iter(g_roots - p_roots))}->{next(iter(p_roots - g_roots))}"] += 1
        root_tp += sum((g_roots & p_roots).values())
        root_pred += sum(p_roots.values())
        root_gold += sum(g_roots.values())
        tri_tp += sum((g_tri & p_tri).values())
        tri_pred += sum(p_tri.values())
        tri_gold += sum(g_tri.values())
        left = Counter(g_roots)
        for ev in sorted(res.predicted, key=lambda e: -e.confidence):
            root = ev.cameo_root or ev.cameo_code[:2]
            hit = left[root] > 0
            if hit:
                left[root] -= 1
            b = next(i for i, (lo, hi) in enumerate(BANDS) if lo <= ev.confidence < hi)
            bands[b][0] += hit
            bands[b][1] += 1
        if g_tri != p_tri:
            misses.append({"doc": res.gold.doc, "n": res.gold.n, "located": res.span is not None,
                           "gold": sorted("/".join(t) for t in (g_tri - p_tri).elements()),
                           "spurious": sorted("/".join(t) for t in (p_tri - g_tri).elements()),
                           "rules": sorted({ev.rule_id for ev in res.predicted})})
    rp, rr, rf = prf(root_tp, root_pred, root_gold)
    tp, tr, tf = prf(tri_tp, tri_pred, tri_gold)
    by_band = {f"{lo:.2f}-{min(hi, 1.0):.2f}": {"n": t, "precision": round(m / t, 3) if t else None}
               for (lo, hi), (m, t) in zip(BANDS, bands)}
    by_root = {root: _unit_figures(c) for root, c in sorted(per_root.items())}
    by_family = {name: _unit_figures(per_family[name]) for name in FAMILIES}
    return {"triple": (tp, tr, tf), "root": (rp, rr, rf), "n_gold": tri_gold, "n_pred": tri_pred,
            "precision_by_confidence": by_band, "by_root": by_root, "by_family": by_family,
            "root_errors": {**dict(sorted(kinds.items())), "confusions": dict(confusions.most_common())},
            "misses": misses}


def _unit_figures(c: Counter) -> dict[str, Any]:
    """One root's or family's counts with its precision and recall (None where nothing was counted)."""
    return {"gold": c["gold"], "predicted": c["predicted"], "tp": c["tp"],
            "precision": round(c["tp"] / c["predicted"], 3) if c["predicted"] else None,
            "recall": round(c["tp"] / c["gold"], 3) if c["gold"] else None}


def breakdown_table(by_root: dict[str, dict], by_family: dict[str, dict]) -> str:
    """`-o breakdown=1`: one line per family, then per root -- gold, predicted, matched, P, R."""
    def line(name: str, c: dict) -> str:
        fig = lambda v: "  -  " if v is None else f"{v:.3f}"
        return f"  {name:<18} {c['gold']:>5} {c['predicted']:>5} {c['tp']:>5}  {fig(c['precision'])}  {fig(c['recall'])}"
    head = f"  {'':<18} {'gold':>5} {'pred':>5} {'match':>5}  {'P':<5}  {'R':<5}"
    rows = ["by family:", head] + [line(n, c) for n, c in by_family.items()]
    rows += ["by root:", head] + [line(r, c) for r, c in by_root.items()]
    return "\n".join(rows)


def _reportable_misses(misses: list[dict], info: dict[str, Any]) -> tuple[list[dict], dict[str, Any]]:
    """Items of the test half stay unseen: a developer who reads its misses starts tuning on it.

    Only the dev half lists its misses; the test half (and `all`, which holds it) reports how many there were."""
    if info.get("part") == "dev":
        return misses, {}
    return [], {"misses_withheld": f"{len(misses)} misses of part={info.get('part')} withheld: read dev's, tune on dev"}


@eval_suites.register("events/realnews")
def events_realnews(data_dir: Path, options: dict[str, Any]) -> EvalResult:
    results, modalities, info = collect(data_dir, options)
    s = score_events(results, modalities)
    (p, r, f), (rp, rr, rf) = s["triple"], s["root"]
    located = sum(1 for x in results if x.span is not None)
    extra = {**info, "sentences": len(results), "sentences_located": located,
             "gold_events": s["n_gold"], "predicted_events": s["n_pred"],
             "root_precision": rp, "root_recall": rr, "root_f1": rf,
             "precision_by_confidence": s["precision_by_confidence"], "by_root": s["by_root"],
             "by_family": s["by_family"], "root_errors": s["root_errors"]}
    if _flag(options, "breakdown"):
        extra["breakdown"] = "\n" + breakdown_table(s["by_root"], s["by_family"])
        del extra["by_root"], extra["by_family"]
    misses, note = _reportable_misses(s["misses"], info)
    return EvalResult("events/realnews", len(results), p, r, f, extra={**extra, **note}, misses=misses)


def score_actors(results: list[SentenceResult], modalities: frozenset[str]) -> dict[str, Any]:
    correct = {"source": 0, "target": 0}
    slots = {"source": 0, "target": 0}
    invented = unknown = 0
    wrong_kinds = {"source": Counter(), "target": Counter()}   # a miss: no country found, or another one
    both = both_all = dyadic = total = 0
    acts = both_acts = 0
    misses = []
    for res in results:
        an = res.analysis
        for ev in res.predicted:
            total += 1
            src, tgt = _country(an, ev.source_actor_id), _country(an, ev.target_actor_id)
            both_all += src != "---" and tgt != "---"
            if (ev.cameo_root or ev.cameo_code[:2]) != "01":
                acts += 1
                both_acts += src != "---" and tgt != "---"
            if ev.target_actor_id:
                dyadic += 1
                both += src != "---" and tgt != "---"
        pool = defaultdict(list)
        for e in _gold_events(res, modalities):
            pool[str(e["code"])[:2]].append(e)
        for ev in sorted(res.predicted, key=lambda e: -e.confidence):
            root = ev.cameo_root or ev.cameo_code[:2]
            if not pool[root]:
                continue
            g = pool[root].pop(0)
            for side, actor_id in (("source", ev.source_actor_id), ("target", ev.target_actor_id)):
                want, got = g.get(f"{side}_country"), _country(an, actor_id)
                if want:
                    slots[side] += 1
                    ok = got == want
                    correct[side] += ok
                    if not ok:
                        wrong_kinds[side]["other" if got != "---" else "no_country" if actor_id else "no_actor"] += 1
                        misses.append({"doc": res.gold.doc, "n": res.gold.n, "code": ev.cameo_code,
                                       "side": side, "gold": want, "got": got,
                                       "hint": g.get(f"{side}_hint"),
                                       "text": ev.source_text if side == "source" else ev.target_text})
                else:
                    unknown += 1
                    invented += got != "---"
                    if got != "---":        # listed with the misses: a country the gold could not give
                        misses.append({"doc": res.gold.doc, "n": res.gold.n, "code": ev.cameo_code,
                                       "side": side, "gold": "---", "got": got,
                                       "hint": g.get(f"{side}_hint"),
                                       "text": ev.source_text if side == "source" else ev.target_text})
    n = slots["source"] + slots["target"]
    acc = (correct["source"] + correct["target"]) / n if n else 0.0
    return {"accuracy": acc, "n": n,
            "source_accuracy": correct["source"] / slots["source"] if slots["source"] else 0.0,
            "target_accuracy": correct["target"] / slots["target"] if slots["target"] else 0.0,
            "slots": slots, "misses_by_kind": {side: dict(c) for side, c in wrong_kinds.items()},
            "invented": invented / unknown if unknown else 0.0, "unknown_slots": unknown,
            "both_sides": both / dyadic if dyadic else 0.0, "both_sides_all": both_all / total if total else 0.0,
            "both_sides_acts": both_acts / acts if acts else 0.0,
            "events": total, "misses": misses}


@eval_suites.register("actors/realnews")
def actors_realnews(data_dir: Path, options: dict[str, Any]) -> EvalResult:
    results, modalities, info = collect(data_dir, options)
    s = score_actors(results, modalities)
    acc = s.pop("accuracy")
    misses, note = _reportable_misses(s.pop("misses"), info)
    return EvalResult("actors/realnews", s.pop("n"), acc, acc, acc, extra={**info, **s, **note}, misses=misses,
                      headline={"accuracy": acc, "source accuracy": s["source_accuracy"],
                                "target accuracy": s["target_accuracy"]})
