"""Event-coding evaluation suites: "events/petrarch2-gsr" and "events/plover".

Both run the real pipeline (actors, time, geo and quotes stages, then the event coder) over each
gold sentence, with the record's date as the publication date. Gold data are read at run time
from ../shared/eval; nothing is copied into the repository.

events/petrarch2-gsr
    Gold: petrarch2/petrarch2_gsr_validation.jsonl, all 78 records (see its SOURCE.md). Records
    whose status is not "events" (noevents, error:*, unlabeled) have no gold triple; the one record
    without text keeps its gold triple, which then counts as missed.
    Scoring unit: the triple (source country, target country, CAMEO root).
      * country of a gold actor code = its first 3 characters ("USAGOV" -> "USA", "IGOUNO" -> "IGO",
        "---REB" -> "---"); an empty code is "---". "---" is an ordinary value: it matches only a
        predicted actor without a country (no wildcard).
      * country of a predicted actor = Actor.country ("---" when None); a missing source or target
        actor is "---", except a target taken from the event's place (protests, force posture),
        whose country is the first 3 characters of target_code.
      * root = first two digits of the CAMEO code.
      * counted events: modality in {asserted, planned, expected} by default. PETRARCH-2 has no
        modality layer, and this gold codes scheduled and intended actions ("will supply arms" ->
        072, "is scheduled to attend" -> 044) as events, while negated, hypothetical, feared and
        merely claimed ("The rebels claimed that the army had shelled the town" -> 01, not 19) events are
        never coded as the action. `-o modalities=asserted` scores asserted events only (also
        given in the extras as precision/recall/f1_asserted).
      * matching is per sentence, as multisets: tp = sum over triples of min(gold count, predicted
        count); fp/fn are the unmatched remainders. precision = tp/predicted, recall = tp/gold.
    Statements: the coder runs without its statement coder (statements.py, `-o statements=1` turns it
      on). This gold follows PETRARCH-2, which codes what a sentence reports, not its attribution: every
      one of its 80 triples has a source and a target, none is a plain statement, and "X said Y attacked
      Z" is coded as the attack. A statement of its own ("..., the army said" -> 010 army) can therefore
      only be counted wrong here; the real-news suite, coded after the CAMEO codebook, counts statements.
    Options: `patterns=base` codes with the first ("base") pattern set only (patterns and coding
    conventions added after looking at evaluation misses are dropped); `patterns=base,tuned` keeps
    the rounds listed (data/patterns/conventions.csv tags conventions the same way);
    `modalities=a,b,...` as above.

events/plover
    Gold: plover/plover_gsr_cameo_examples.jsonl, 322 CAMEO-manual sentences with one PLOVER
    event each (label = `code_v2`, the 16 current PLOVER types; see its SOURCE.md).
    Prediction: the PLOVER type of the sentence's main coded event = the non-negated event whose
    cue token is highest in the dependency tree (fewest ancestors), ties broken by asserted
    modality, then confidence.
    Because this suite scores the event type, not the actors, the coder runs here without the
    dyad requirement (events are kept when source or target actors are unresolved);
    `-o strict=1` uses the production settings instead.
    accuracy = correct / 322 (a sentence without prediction counts as wrong). The headline fields
    are precision = correct / sentences with a prediction, recall = accuracy, and their F1.
    Rules are not trained, so all 322 sentences are held out.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from newsgraph.eval import EvalResult, prf
from newsgraph.registry import eval_suites

GSR_FILE = Path("petrarch2") / "petrarch2_gsr_validation.jsonl"
PLOVER_FILE = Path("plover") / "plover_gsr_cameo_examples.jsonl"
DEFAULT_MODALITIES = frozenset({"asserted", "planned", "expected"})


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        return None


def _flag(options: dict[str, Any], name: str, default: str = "0") -> bool:
    return str(options.get(name, default)).lower() in ("1", "true", "yes")


def _coder_options(options: dict[str, Any], *, relaxed: bool = False, statements: bool = True):
    from newsgraph.events.coder import CoderOptions

    since = None
    value = str(options.get("patterns", "all")).lower()
    if value != "all":       # "base", or a comma list of rounds such as "base,tuned"
        since = frozenset(v.strip() for v in value.split(",") if v.strip())
    statements = _flag(options, "statements", "1" if statements else "0")
    fallback = _flag(options, "fallback", "1")      # -o fallback=0: without the PETRARCH2 verb rows (session 24)
    if relaxed and not _flag(options, "strict"):
        return CoderOptions(require_source=False, require_target=False, since=since, statements=statements,
                            petrarch_fallback=fallback)
    return CoderOptions(since=since, statements=statements, petrarch_fallback=fallback)


def code_texts(records: Iterable[dict[str, Any]], coder_options) -> list[tuple[Any, Any, list]]:
    """(doc, analysis, events) for each record's text, through the whole pipeline with the events
    stage configured by `coder_options`."""
    from newsgraph.pipeline import Pipeline
    from newsgraph.records import Article

    pipe = Pipeline(options={"events": coder_options})
    articles = [Article(id=Article.make_id(r.get("text") or "", r["id"]), text=r.get("text") or "",
                        published=_date(r.get("date")), url=None) for r in records]
    return [(doc, analysis, analysis.events) for doc, analysis in pipe.analyse_with_docs(articles)]


# ------------------------------------------------------------------ petrarch2-gsr

def _gold_country(code: str | None) -> str:
    code = (code or "").strip()
    return code[:3] if code else "---"


def _pred_country(analysis, actor_id: str | None, code: str | None = None) -> str:
    actor = analysis.actor(actor_id)
    if actor is not None:
        return (actor.country or "---")[:3]
    return code[:3] if code else "---"      # a target taken from the event's place


def _gold_triples(rec: dict[str, Any]) -> list[tuple[str, str, str]]:
    if rec.get("status") != "events":
        return []
    return [(_gold_country(e.get("source")), _gold_country(e.get("target")), str(e["code"])[:2])
            for e in rec.get("expected", [])]


def score_triples(gold: list[tuple], pred: list[tuple]) -> tuple[int, Counter, Counter]:
    """Multiset match of one sentence: (tp, missed gold triples, spurious predicted triples)."""
    g, p = Counter(gold), Counter(pred)
    tp = sum((g & p).values())
    return tp, g - p, p - g


@eval_suites.register("events/petrarch2-gsr")
def petrarch2_gsr(data_dir: Path, options: dict[str, Any]) -> EvalResult:
    records = _read_jsonl(Path(data_dir) / GSR_FILE)
    mods = options.get("modalities")
    modalities = frozenset(str(mods).split(",")) if mods else DEFAULT_MODALITIES
    coded = code_texts(records, _coder_options(options, statements=False))
    totals = {"tp": 0, "pred": 0, "gold": 0}
    asserted = {"tp": 0, "pred": 0}
    misses: list[dict[str, Any]] = []
    for rec, (_doc, analysis, events) in zip(records, coded):
        gold = _gold_triples(rec)
        triples = [(_pred_country(analysis, e.source_actor_id),
                    _pred_country(analysis, e.target_actor_id, e.target_code),
                    e.cameo_root, e) for e in events]
        pred = [t[:3] for t in triples if t[3].modality in modalities]
        tp, missed, spurious = score_triples(gold, pred)
        totals["tp"] += tp
        totals["pred"] += len(pred)
        totals["gold"] += len(gold)
        pred_a = [t[:3] for t in triples if t[3].modality == "asserted"]
        asserted["tp"] += score_triples(gold, pred_a)[0]
        asserted["pred"] += len(pred_a)
        if missed or spurious:
            misses.append({
                "id": rec["id"], "text": rec.get("text", ""),
                "missed": ["/".join(t) for t in missed.elements()],
                "spurious": ["/".join(t) for t in spurious.elements()],
                "coded": [f"{e.source_code or '-'}>{e.target_code or '-'} {e.cameo_code} {e.modality} "
                          f"{e.rule_id}" for e in events],
            })
    p, r, f = prf(totals["tp"], totals["pred"], totals["gold"])
    pa, ra, fa = prf(asserted["tp"], asserted["pred"], totals["gold"])
    extra = {"tp": totals["tp"], "n_pred": totals["pred"], "n_gold": totals["gold"],
             "modalities": ",".join(sorted(modalities)),
             "patterns": str(options.get("patterns", "all")).lower(),
             "statements": _flag(options, "statements"),
             "precision_asserted": round(pa, 4), "recall_asserted": round(ra, 4), "f1_asserted": round(fa, 4)}
    return EvalResult(suite="events/petrarch2-gsr", n=len(records), precision=p, recall=r, f1=f,
                      extra=extra, misses=misses)


# ------------------------------------------------------------------ plover

def _depth(doc, char: int | None) -> int:
    if char is None:
        return 99
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return 99
    tok, depth = span[0], 0
    while tok.head.i != tok.i and depth < 50:
        tok, depth = tok.head, depth + 1
    return depth


def main_plover_type(doc, events: list) -> Any | None:
    """The main event of a sentence for PLOVER scoring (see the module docstring)."""
    cands = [e for e in events if e.plover_type and e.modality != "negated"]
    if not cands:
        return None
    return min(cands, key=lambda e: (_depth(doc, e.cue_start), e.modality != "asserted", -e.confidence,
                                     e.cue_start or 0))


@eval_suites.register("events/plover")
def plover(data_dir: Path, options: dict[str, Any]) -> EvalResult:
    records = _read_jsonl(Path(data_dir) / PLOVER_FILE)
    coded = code_texts(records, _coder_options(options, relaxed=True))
    correct = predicted = 0
    per_type: dict[str, Counter] = {}
    confusion: Counter = Counter()
    misses: list[dict[str, Any]] = []
    for rec, (doc, _analysis, events) in zip(records, coded):
        gold = rec["expected"][0]["code_v2"]
        main = main_plover_type(doc, events)
        guess = main.plover_type if main else None
        stats = per_type.setdefault(gold, Counter())
        stats["n"] += 1
        if guess:
            predicted += 1
        if guess == gold:
            correct += 1
            stats["correct"] += 1
        else:
            confusion[f"{gold}->{guess or 'none'}"] += 1
            misses.append({"id": rec["id"], "text": rec["text"], "gold": gold, "predicted": guess,
                           "rule": main.rule_id if main else None, "cue": main.cue if main else None})
    n = len(records)
    precision = correct / predicted if predicted else 0.0
    recall = correct / n if n else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    extra = {"accuracy": round(recall, 4), "coverage": round(predicted / n, 4) if n else 0.0,
             "correct": correct,
             "patterns": str(options.get("patterns", "all")).lower(),
             "per_type_accuracy": {k: round(v["correct"] / v["n"], 3) for k, v in sorted(per_type.items())},
             "top_confusions": dict(confusion.most_common(12))}
    return EvalResult(suite="events/plover", n=n, precision=precision, recall=recall, f1=f1,
                      extra=extra, misses=misses)
