"""Near-duplicate suite: are syndicated copies linked to their original, and different stories kept apart?

  extraction/near-duplicates   a syndication set built at run time from the real pages under
                               ../shared/eval/extraction (nothing of it is stored in the repository)

The set. Every real page that ingest keeps as an article (`eval.real_pages`) is an original ("base").
From each base, five copies are generated, each with another outlet name, url and headline, and each
cleaned by ingest's own `make_article` as a fetched page would be:
  reheadlined  the same body under another outlet's headline, with a credit line at the end
  edited       about 3 % of the words replaced by other words of the story, one later paragraph dropped
  trimmed      only the first 60-85 % of the paragraphs (syndication cuts stories from the bottom)
  updated      a new paragraph (from a different story) inserted in the first half, 1 % of words edited
  syndicated   all of reheadlined, edited and trimmed (70-90 %) at once
The negatives are the bases themselves: different real stories, among them different outlets' stories
on the same topic and pages of one site sharing its boilerplate (`same_topic_pairs` counts base pairs
whose word-frequency cosine is at least 0.3; `hardest_negative` is the highest Jaccard similarity of
the shingle sets of two bases).

Scoring. The articles are checked in the order ingest would meet them: all bases, then the copies,
each against everything before it (`NearDuplicateIndex.check_and_add`, the service's own lookup).
A base with exactly the text of an earlier one is left out (the content hash catches it). A link is
right when a copy is linked to its own base. Precision = right links / links made (a base linked to
anything, or a copy to another story, is a false link); recall = right links / copies.

Halves: pages are split as in the other extraction suites (`page_part`); the threshold and shingle
size were chosen on dev. Options: -o part=dev|test|all (default all), -o limit=N (pages read),
-o threshold=J, -o shingle=N, -o perm=N (override the settings).
"""
from __future__ import annotations

import math
import random
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable

from newsgraph.eval import EvalResult, prf
from newsgraph.registry import eval_suites

COPY_KINDS = ("reheadlined", "edited", "trimmed", "updated", "syndicated")
SAME_TOPIC_COSINE = 0.3
_WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True)
class Copy:
    kind: str
    base_id: str
    article: Any            # newsgraph.records.Article


def make_copies(base, others: list, seed: str) -> list[Copy]:
    """The five generated copies of one base article (deterministic for a given seed)."""
    rng = random.Random(seed)
    paras = [p for p in base.text.split("\n") if p.strip()]
    outlet = f"Syndicate Wire {rng.randrange(100, 999)}"
    donor = rng.choice(others) if others else base
    donor_paras = [p for p in donor.text.split("\n") if len(p.split()) >= 12] or [donor.text]

    def trim(ps: list[str], lo: float, hi: float) -> list[str]:
        keep = max(1, math.ceil(len(ps) * rng.uniform(lo, hi)))
        return ps[:keep]

    def edit(ps: list[str], rate: float, drop: bool) -> list[str]:
        vocab = _WORD.findall(base.text) or ["news"]
        out = [" ".join(rng.choice(vocab) if rng.random() < rate else w for w in p.split()) for p in ps]
        if drop and len(out) > 3:
            del out[rng.randrange(2, len(out))]
        return out

    def reheadline(ps: list[str]) -> list[str]:
        return [*ps, f"This story was first published by {base.source or 'another outlet'} and is republished "
                     f"by {outlet} under a content-sharing agreement."]

    def insert(ps: list[str]) -> list[str]:
        at = rng.randrange(0, max(1, len(ps) // 2) + 1)
        return [*ps[:at], rng.choice(donor_paras), *ps[at:]]

    recipes: dict[str, Callable[[list[str]], list[str]]] = {
        "reheadlined": reheadline,
        "edited": lambda ps: edit(ps, 0.03, drop=True),
        "trimmed": lambda ps: trim(ps, 0.6, 0.85),
        "updated": lambda ps: edit(insert(ps), 0.01, drop=False),
        "syndicated": lambda ps: reheadline(trim(edit(ps, 0.03, drop=True), 0.7, 0.9)),
    }
    from newsgraph.ingest.clean import make_article

    copies = []
    for kind in COPY_KINDS:
        text = "\n".join(recipes[kind](list(paras)))
        title = f"{(base.title or 'Story').split(' | ')[0]} ({outlet})"
        art = make_article(text, title=title, url=f"https://copy.example/{kind}/{base.id}", source=outlet,
                           published=base.published, origin=f"{kind}:{base.origin}")
        copies.append(Copy(kind, base.id, art))
    return copies


def same_topic_pairs(texts: list[str], cosine: float = SAME_TOPIC_COSINE) -> int:
    """Pairs of texts whose tf-idf word vectors have a cosine of at least `cosine`."""
    docs = [Counter(w.lower() for w in _WORD.findall(t)) for t in texts]
    df = Counter(w for d in docs for w in d)
    n = len(docs)
    vecs = []
    for d in docs:
        v = {w: c * math.log(n / df[w]) for w, c in d.items() if df[w] < n}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({w: x / norm for w, x in v.items()})
    pairs = 0
    for i in range(n):
        for j in range(i + 1, n):
            a, b = (vecs[i], vecs[j]) if len(vecs[i]) < len(vecs[j]) else (vecs[j], vecs[i])
            if sum(x * b.get(w, 0.0) for w, x in a.items()) >= cosine:
                pairs += 1
    return pairs


def hardest_negative(texts: list[str], size: int) -> float:
    """The highest Jaccard similarity between the shingle sets of two different texts."""
    from newsgraph.ingest.near_duplicates import shingles

    sets = [shingles(t, size) for t in texts]
    best = 0.0
    for i in range(len(sets)):
        for j in range(i + 1, len(sets)):
            inter = len(sets[i] & sets[j])
            if inter:
                best = max(best, inter / len(sets[i] | sets[j]))
    return best


@eval_suites.register("extraction/near-duplicates")
def near_duplicates_suite(data_dir: Path, options: dict[str, Any]) -> EvalResult:
    from newsgraph.eval.real_pages import real_pages
    from newsgraph.ingest.near_duplicates import NearDuplicateIndex, NearDuplicateOptions

    part = options.get("part", "all")
    limit = int(options["limit"]) if options.get("limit") not in (None, "") else None
    opts = NearDuplicateOptions.from_settings()
    overrides = {k: (float(v) if k == "threshold" else int(v)) for k, v in options.items()
                 if k in ("threshold", "shingle", "perm")}
    opts = replace(opts, **overrides)

    bases, seen_hashes, exact = [], set(), 0
    for page in real_pages(data_dir, part, limit):
        if page.article.content_hash in seen_hashes:
            exact += 1
            continue
        seen_hashes.add(page.article.content_hash)
        bases.append(page.article)
    copies = []
    for i, base in enumerate(bases):
        others = bases[:i] + bases[i + 1:]
        copies.extend(make_copies(base, others, seed=base.id))

    index = NearDuplicateIndex(opts)
    tp = n_pred = 0
    by_kind: Counter = Counter()
    misses = []
    for base in bases:
        match = index.check_and_add(base.id, base.text)
        if match is not None:
            n_pred += 1
            misses.append({"kind": "base linked", "article": base.origin, "linked_to": match.original,
                           "similarity": match.similarity})
    for copy in copies:
        match = index.check_and_add(copy.article.id, copy.article.text)
        if match is not None:
            n_pred += 1
        if match is not None and match.original == copy.base_id:
            tp += 1
            by_kind[copy.kind] += 1
        else:
            misses.append({"kind": copy.kind, "article": copy.article.origin,
                           "linked_to": match.original if match else None,
                           "similarity": match.similarity if match else None})
    p, r, f = prf(tp, n_pred, len(copies))
    per_kind = {k: round(by_kind[k] / len(bases), 3) if bases else 0.0 for k in COPY_KINDS}
    return EvalResult("extraction/near-duplicates", len(bases) + len(copies), p, r, f,
                      extra={"part": part, "bases": len(bases), "copies": len(copies), "links": n_pred,
                             "exact_duplicates_left_out": exact, "recall_by_kind": per_kind,
                             "threshold": opts.threshold, "shingle": opts.shingle, "perm": opts.perm,
                             "same_topic_pairs": same_topic_pairs([b.text for b in bases]),
                             "hardest_negative": round(hardest_negative([b.text for b in bases], opts.shingle), 3)},
                      misses=misses)
