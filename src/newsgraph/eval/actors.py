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
ACTOR_STAGES = ("geo", "actors")      # the actors stage reads the places the geo stage found
PRONOUNS = {"he", "she", "him", "her", "his", "hers", "they", "them", "their", "i", "we", "it",
            "himself", "herself", "themselves"}


def _split(code: str | None) -> tuple[str, str]:
    code = (code or "").strip()
    return (code[:3] or "---"), code[3:6]


def _actor_code(actor: Any) -> str:
    """CAMEO code with "---" for a missing country (Actor.code drops it); an NGO's code as it is ("NGOHRIAMN":
    its type stands in the country slot, records.NO_COUNTRY_TYPES)."""
    from newsgraph.records import NO_COUNTRY_TYPES

    if not actor.country and (actor.sector or "")[:3] in NO_COUNTRY_TYPES:
        return actor.sector
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

    actors_only = Pipeline(stage_names=ACTOR_STAGES)
    try:
        full = Pipeline()
    except Exception:  # another stage still under construction must not sink this suite
        full = None
    return actors_only, full


def _sentence_codes(analysis, start: int, end: int) -> list[str]:
    ids = {m.actor_id for m in analysis.mentions if m.actor_id and m.start < end and start < m.end}
    return sorted({_actor_code(a) for a in analysis.actors if a.id in ids})


def _event_codes(analysis) -> list[str]:
    """The source/target codes of the coded events, "---" for a missing country. Read from the event's
    actors: an event's own code drops the missing country ("LEG" for a Congress of unknown country),
    which must not be read as a country "LEG"."""
    out = set()
    for e in analysis.events:
        for actor_id, code in ((e.source_actor_id, e.source_code), (e.target_actor_id, e.target_code)):
            actor = analysis.actor(actor_id) if actor_id else None
            if actor is not None:
                out.add(_actor_code(actor))
            elif code:
                out.add(code if len(code) >= 3 else "---" + code)
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
    pipe = Pipeline() if use_full else Pipeline(stage_names=ACTOR_STAGES)
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


# ------------------------------------------------------------------------------ actors/realnews-slots
# Every gold actor slot of the real-news gold, scored against the actors the actors stage resolved in
# that sentence (independent of what the event coder finds); see `score_slots`.

def _words(text: str) -> list[str]:
    out = []
    for w in text.lower().replace("\u2019", "'").split():
        w = w.strip(".,;:!?\"'()[]{}\u201c\u201d")
        if w.endswith("'s"):
            w = w[:-2]
        if w:
            out.append(w)
    return out


def _same_word(a: str, b: str) -> bool:
    """Equal, or one is the other plus a plural -s/-es ("protester"/"protesters")."""
    return a == b or a.rstrip("s") == b.rstrip("s") and abs(len(a) - len(b)) <= 2


def _has_words(hint: list[str], words: list[str]) -> bool:
    return bool(hint) and all(any(_same_word(h, w) for w in words) for h in hint)


def _actor_names(actor) -> list[list[str]]:
    """Word lists an actor answers to: its name, aliases and role, and for a country or an IGO the
    knowledge base's names for it ("us" names the United States)."""
    from newsgraph.actors.kb import load_kb

    names = [actor.name, *(actor.aliases or []), actor.role or ""]
    kb = load_kb()
    if actor.kind == "COUNTRY" and actor.country in kb.countries:
        c = kb.countries[actor.country]
        names += [c.name, *c.aliases, *c.demonyms]
    elif actor.country == "IGO":
        names += [n for o in kb.orgs.values() if o.code == actor.code for n in (o.name, *o.aliases)]
    return [_words(n) for n in names if n]


def slot_actor(analysis, span: tuple[int, int], hint: str | None):
    """The actor the gold slot names, found by its hint word among the sentence's mentions: the first
    mention (in text order) whose words contain the hint's words, else the first whose actor answers
    to them by name, alias or role ("he" resolved to Julian Assange for the hint "assange"; "Mr. Trump"
    whose role is President for the hint "president"). None when no mention fits."""
    if not hint:
        return None
    want = _words(hint)
    ments = sorted((m for m in analysis.mentions if m.actor_id and span[0] <= m.start < span[1]),
                   key=lambda m: (m.start, -m.end))
    actors = [(m, analysis.actor(m.actor_id)) for m in ments]
    for m, actor in actors:
        if actor is not None and _has_words(want, _words(m.text)):
            return actor
    for m, actor in actors:
        if actor is not None and any(_has_words(want, words) for words in _actor_names(actor)):
            return actor
    return None


def score_slots(results, modalities: frozenset[str] | None = None) -> dict[str, Any]:
    """Country accuracy over every gold actor slot with a hint and a known country.

    A slot is found when `slot_actor` finds an actor for its hint in the located sentence; it is
    correct when that actor's country (``IGO`` for organisations) equals the gold country. Slots not
    found count as wrong in ``accuracy`` (the system did not give the actor a country there);
    ``found_accuracy`` is over found slots only. Events of every modality count unless `modalities`
    names some (an actor is resolved the same way whatever the event's modality). Gold slots without a country ("never guess") that are
    found give ``invented``: the share to which the system gave a country anyway."""
    n = {"source": 0, "target": 0}
    ok = {"source": 0, "target": 0}
    found = {"source": 0, "target": 0}
    no_country = invented = 0
    misses = []
    for res in results:
        if res.span is None or res.analysis is None:
            golds = [e for e in res.gold.events if modalities is None or e.get("modality", "asserted") in modalities]
            for e in golds:
                for side in ("source", "target"):
                    if e.get(f"{side}_country") and e.get(f"{side}_hint"):
                        n[side] += 1
            continue
        for e in res.gold.events:
            if modalities is not None and e.get("modality", "asserted") not in modalities:
                continue
            for side in ("source", "target"):
                want, hint = e.get(f"{side}_country"), e.get(f"{side}_hint")
                if not hint:
                    continue
                actor = slot_actor(res.analysis, res.span, hint)
                got = (actor.country or "---") if actor is not None else None
                if not want:
                    if actor is not None:
                        no_country += 1
                        invented += got != "---"
                        if got != "---":
                            misses.append({"doc": res.gold.doc, "n": res.gold.n, "side": side, "hint": hint,
                                           "gold": None, "got": got, "actor": actor.name,
                                           "source": actor.country_source})
                    continue
                n[side] += 1
                found[side] += actor is not None
                ok[side] += got == want
                if got != want:
                    misses.append({"doc": res.gold.doc, "n": res.gold.n, "side": side, "hint": hint,
                                   "gold": want, "got": got,
                                   "actor": actor.name if actor is not None else None,
                                   "source": actor.country_source if actor is not None else None})
    total = n["source"] + n["target"]
    n_found = found["source"] + found["target"]
    right = ok["source"] + ok["target"]
    return {"accuracy": right / total if total else 0.0, "slots": dict(n), "found": n_found / total if total else 0.0,
            "found_accuracy": right / n_found if n_found else 0.0,
            "source_accuracy": ok["source"] / n["source"] if n["source"] else 0.0,
            "target_accuracy": ok["target"] / n["target"] if n["target"] else 0.0,
            "invented": invented / no_country if no_country else 0.0, "no_country_slots": no_country,
            "misses": misses}


@eval_suites.register("actors/realnews-slots")
def realnews_slots(data_dir: Path, options: dict) -> EvalResult:
    """Every gold actor slot of the real-news gold (not only those of events the coder found)."""
    from newsgraph.eval.realnews import collect

    results, modalities, info = collect(data_dir, options)
    s = score_slots(results, modalities if options.get("modalities") else None)
    if not options.get("modalities"):
        info["modalities"] = ["all"]
    acc, misses = s.pop("accuracy"), s.pop("misses")
    return EvalResult("actors/realnews-slots", sum(s["slots"].values()), acc, s["found"], acc,
                      extra={**info, **s}, misses=misses,
                      headline={"country accuracy": acc, "share of slots with an actor found": s["found"]})
