"""Actor-resolution evaluation suites: "actors/petrarch2-gsr" and "actors/ggt-speakers".

actors/petrarch2-gsr
    Gold: ../shared/eval/petrarch2/petrarch2_gsr_validation.jsonl (real sentences with CAMEO
    source/target codes). Every gold event contributes two *actor slots* (source, target); slots
    whose gold value is literal text (wrapped in double quotes) are skipped. A gold code is split
    into its country part ``code[:3]`` ("---" = no country; "IGO" for organisations) and its
    sector part ``code[3:6]`` (empty when the gold names the state itself, e.g. "RUS").

    The system's candidate codes for the sentence are
      * mode "events": the source/target codes of the events the events stage coded in that
        sentence (used when the events stage produced any event on the suite), and
      * mode "sentence": the codes of every actor with a mention in the sentence (always reported;
        it measures resolution alone, independent of the event coder).
    A system code is split the same way (an actor without a country counts as "---").

    country_acc = share of slots whose gold country part is not "---" for which some candidate has
                  that country part;
    sector_acc  = share of slots with a non-empty gold sector part for which some candidate has the
                  same country part (any, when gold says "---") *and* that sector part;
    exact_acc   = share of all slots for which some candidate equals the gold code cut to 6 chars.
    The headline precision/recall/f1 fields carry (country_acc, sector_acc, exact_acc) of the mode
    in use so the harness can print them; the per-mode figures are in ``extra``.

actors/ggt-speakers
    Gold: ../shared/eval/quotes/ggt/ggt_quotes.jsonl. For every gold quote with a located speaker
    span ("Lonechild", "she", "the minister"), the actor that coreference assigns to that span
    (any token of the span) is compared with the gold ``reference`` (canonical full name).
    strict = names equal (case-insensitive); lenient = equal or same last token (the rule of
    ../shared/tools/score_quotes.py). Pronoun speakers are reported separately. When the quotes
    stage fills ``analysis.quotes``, ``quotes_speaker_acc`` additionally gives the share of gold
    quotes matched by a predicted quote (overlap >= 0.3 of the longer span) whose speaker_name
    matches the reference by the lenient rule.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Iterable

from newsgraph.eval import EvalResult
from newsgraph.registry import eval_suites

GSR_FILE = Path("petrarch2") / "petrarch2_gsr_validation.jsonl"
GGT_FILE = Path("quotes") / "ggt" / "ggt_quotes.jsonl"
PRONOUNS = {"he", "she", "him", "her", "his", "hers", "they", "them", "their", "i", "we", "it",
            "himself", "herself", "themselves"}


def _split(code: str | None) -> tuple[str, str]:
    code = (code or "").strip()
    return (code[:3] or "---"), code[3:6]


def _actor_code(actor: Any) -> str:
    """CAMEO code with "---" for a missing country (Actor.code drops it)."""
    return f"{actor.country or '---'}{actor.sector or ''}"


def _parse_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _article(text: str, ident: str, published: dt.date | None):
    from newsgraph.records import Article

    return Article(id=Article.make_id(text, ident), text=text, published=published, origin=ident)


def _pipelines():
    """(actors-only pipeline, full pipeline or None when a later stage cannot be loaded)."""
    from newsgraph.pipeline import Pipeline

    actors_only = Pipeline(stage_names=("actors",))
    try:
        full = Pipeline()
    except Exception:  # another stage still under construction must not sink this suite
        full = None
    return actors_only, full


def _sentence_codes(analysis, start: int, end: int) -> list[str]:
    ids = {m.actor_id for m in analysis.mentions if m.actor_id and m.start < end and start < m.end}
    return sorted({_actor_code(a) for a in analysis.actors if a.id in ids})


def _event_codes(analysis) -> list[str]:
    out = set()
    for e in analysis.events:
        for c in (e.source_code, e.target_code):
            if c:
                out.add(c if len(c) >= 3 else "---" + c)
    return sorted(out)


def _score_slots(slots: list[tuple[str, list[str]]]) -> dict[str, Any]:
    n_country = n_sector = ok_country = ok_sector = ok_exact = 0
    for gold, cands in slots:
        gc, gs = _split(gold)
        parts = [_split(c) for c in cands]
        if gc != "---":
            n_country += 1
            ok_country += any(pc == gc for pc, _ in parts)
        if gs:
            n_sector += 1
            ok_sector += any((gc == "---" or pc == gc) and ps == gs for pc, ps in parts)
        ok_exact += any(c[:6] == gold[:6] for c in cands)
    return {"slots": len(slots), "country_slots": n_country, "sector_slots": n_sector,
            "country_acc": ok_country / n_country if n_country else 0.0,
            "sector_acc": ok_sector / n_sector if n_sector else 0.0,
            "exact_acc": ok_exact / len(slots) if slots else 0.0}


@eval_suites.register("actors/petrarch2-gsr")
def petrarch2_gsr(data_dir: Path, options: dict) -> EvalResult:
    records = [json.loads(line) for line in (data_dir / GSR_FILE).read_text(encoding="utf-8").splitlines()
               if line.strip()]
    actors_only, full = _pipelines()
    sent_slots: list[tuple[str, list[str]]] = []
    event_slots: list[tuple[str, list[str]]] = []
    misses: list[dict[str, Any]] = []
    n_events = 0
    for rec in records:
        text = rec.get("text") or ""
        gold = [(g, role) for ev in rec.get("expected", []) for role, g in
                (("source", ev.get("source")), ("target", ev.get("target")))
                if g and not g.startswith('"')]
        if not text.strip() or not gold:
            continue
        article = _article(text, rec["id"], _parse_date(rec.get("date")))
        analysis = actors_only.analyse(article)
        scodes = _sentence_codes(analysis, 0, len(text))
        ecodes: list[str] = []
        if full is not None:
            try:
                fa = full.analyse(article)
                ecodes = _event_codes(fa)
                n_events += len(fa.events)
            except Exception:  # a stage under construction: fall back to sentence mode
                ecodes = []
        for g, role in gold:
            sent_slots.append((g, scodes))
            event_slots.append((g, ecodes))
            gc, gs = _split(g)
            if not any(c[:6] == g[:6] for c in scodes):
                misses.append({"id": rec["id"], "role": role, "gold": g, "sentence_codes": scodes,
                               "event_codes": ecodes, "text": text[:160]})
    sent = _score_slots(sent_slots)
    ev = _score_slots(event_slots)
    mode = "events" if n_events else "sentence"
    head = ev if n_events else sent
    extra = {"mode": mode, "country_acc": head["country_acc"], "sector_acc": head["sector_acc"],
             "exact_acc": head["exact_acc"], "sentence": sent, "events": ev, "n_events_coded": n_events}
    return EvalResult(suite="actors/petrarch2-gsr", n=len(sent_slots), precision=head["country_acc"],
                      recall=head["sector_acc"], f1=head["exact_acc"], extra=extra, misses=misses,
                      headline={"country accuracy": head["country_acc"], "sector accuracy": head["sector_acc"],
                                "code accuracy": head["exact_acc"]})


def _name_match(pred: str | None, reference: str, lenient: bool) -> bool:
    if not pred or not reference:
        return False
    p, r = pred.strip().lower(), reference.strip().lower()
    if p == r:
        return True
    if lenient:
        pt, rt = p.split(), r.split()
        return bool(pt and rt and pt[-1] == rt[-1])
    return False


def _span_actor_names(analysis, start: int, end: int) -> str | None:
    """Name of the actor(s) the span resolves to (a group gives 'A and B')."""
    from newsgraph.actors import actors_for_span

    actors = actors_for_span(analysis, start, end)
    if not actors:
        return None
    if len(actors) == 1:
        # a span naming several people ("Tore Sohlberg and Lehla Abreder"): every person named in it
        names = []
        for m in analysis.mentions:
            a = analysis.actor(m.actor_id)
            if a is not None and a.kind == "PERSON" and start <= m.start and m.end <= end and a not in names:
                names.append(a)
        if len(names) > 1:
            actors = names
    return " and ".join(a.name for a in actors)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    longest = max(a[1] - a[0], b[1] - b[0], 1)
    return inter / longest


def _iter_ggt(path: Path) -> Iterable[dict]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


@eval_suites.register("actors/ggt-speakers")
def ggt_speakers(data_dir: Path, options: dict) -> EvalResult:
    from newsgraph.pipeline import Pipeline

    limit = int(options.get("limit", 0) or 0)
    use_full = str(options.get("full", "0")) not in ("0", "", "false")
    pipe = Pipeline() if use_full else Pipeline(stage_names=("actors",))
    n = strict = lenient = n_pron = pron_ok = 0
    q_n = q_ok = 0
    misses: list[dict[str, Any]] = []
    for i, rec in enumerate(_iter_ggt(data_dir / GGT_FILE)):
        if limit and i >= limit:
            break
        text = rec["text"]
        analysis = pipe.analyse(_article(text, rec["id"], None))
        for q in rec["quotes"]:
            span, ref = q.get("speaker_span"), q.get("reference") or ""
            if span and ref:
                name = _span_actor_names(analysis, span[0], span[1])
                n += 1
                ok_s, ok_l = _name_match(name, ref, False), _name_match(name, ref, True)
                strict += ok_s
                lenient += ok_l
                if q.get("speaker", "").strip().lower() in PRONOUNS:
                    n_pron += 1
                    pron_ok += ok_l
                if not ok_l:
                    misses.append({"id": rec["id"], "speaker": q.get("speaker"), "reference": ref,
                                   "resolved": name})
            if analysis.quotes and q.get("quote_span") and ref:
                qs = tuple(q["quote_span"])
                best = max(analysis.quotes, key=lambda p: _overlap(qs, (p.start, p.end)))
                if _overlap(qs, (best.start, best.end)) >= 0.3:
                    q_n += 1
                    q_ok += _name_match(best.speaker_name, ref, True)
    extra = {"strict_acc": strict / n if n else 0.0, "lenient_acc": lenient / n if n else 0.0,
             "pronoun_speakers": n_pron, "pronoun_acc": pron_ok / n_pron if n_pron else 0.0}
    if q_n:
        extra.update({"quotes_matched": q_n, "quotes_speaker_acc": q_ok / q_n})
    return EvalResult(suite="actors/ggt-speakers", n=n, precision=extra["strict_acc"],
                      recall=extra["lenient_acc"], f1=extra["pronoun_acc"], extra=extra, misses=misses,
                      headline={"strict accuracy": extra["strict_acc"], "lenient accuracy": extra["lenient_acc"],
                                "pronoun accuracy": extra["pronoun_acc"]})
