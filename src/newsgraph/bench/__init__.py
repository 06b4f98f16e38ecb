"""Benchmarks: what newsgraph's stages cost on top of bare spaCy parsing.

`run_pipeline_bench` parses the same texts with bare `nlp.pipe` and with the full
pipeline, in the same process, warm, alternating and keeping the best of N rounds, and
reports words/second for each, their ratio (design goal >= 0.85) and peak RSS.
"""
from __future__ import annotations

import resource
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from newsgraph.datafile import package_data
from newsgraph.records import Article


@dataclass
class BenchResult:
    articles: int
    words: int
    spacy_words_per_s: float
    pipeline_words_per_s: float
    peak_rss_mb: float
    stage_seconds: dict[str, float] | None = None   # time spent in each stage over the corpus
    parse_seconds: float | None = None               # bare spaCy time of the best round

    @property
    def ratio(self) -> float:
        return self.pipeline_words_per_s / self.spacy_words_per_s if self.spacy_words_per_s else 0.0

    def to_dict(self) -> dict:
        return {"articles": self.articles, "words": self.words,
                "spacy_words_per_s": round(self.spacy_words_per_s, 1),
                "pipeline_words_per_s": round(self.pipeline_words_per_s, 1),
                "ratio": round(self.ratio, 3), "peak_rss_mb": round(self.peak_rss_mb, 1),
                "parse_seconds": round(self.parse_seconds or 0.0, 3),
                "stage_seconds": {k: round(v, 3) for k, v in (self.stage_seconds or {}).items()}}


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def sample_articles(paths: Iterable[str] | None = None) -> list[Article]:
    """Articles to benchmark on: the given inputs, else the bundled sample corpus."""
    from newsgraph.ingest import iter_articles

    if not paths:
        paths = [str(package_data("corpus"))]
    return [a for a in iter_articles(list(paths)) if isinstance(a, Article)]


def run_pipeline_bench(articles: list[Article], rounds: int = 3, batch_size: int = 32) -> BenchResult:
    from newsgraph.pipeline import Pipeline

    if not articles:
        raise ValueError("no articles to benchmark")
    pipeline = Pipeline(batch_size=batch_size)
    nlp = pipeline.nlp
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)

    def time_spacy() -> float:
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass
        return time.perf_counter() - t0

    def time_pipeline() -> float:
        t0 = time.perf_counter()
        for _ in pipeline.analyse_many(articles):
            pass
        return time.perf_counter() - t0

    # Warm both paths once (lazy loads: KB, gazetteer, patterns), then alternate rounds.
    time_spacy()
    time_pipeline()
    best_spacy = best_pipe = float("inf")
    for _ in range(max(1, rounds)):
        best_spacy = min(best_spacy, time_spacy())
        best_pipe = min(best_pipe, time_pipeline())
    return BenchResult(articles=len(articles), words=words,
                       spacy_words_per_s=words / best_spacy,
                       pipeline_words_per_s=words / best_pipe,
                       peak_rss_mb=peak_rss_mb(),
                       stage_seconds=time_stages(pipeline, articles, batch_size),
                       parse_seconds=best_spacy)


def time_stages(pipeline, articles: list[Article], batch_size: int = 32) -> dict[str, float]:
    """Seconds spent in each stage over the articles (docs parsed once, outside the timing)."""
    from newsgraph.records import Analysis

    docs = list(pipeline.nlp.pipe([a.text for a in articles], batch_size=batch_size))
    totals = dict.fromkeys(pipeline.stage_names, 0.0)
    for doc, article in zip(docs, articles):
        analysis = Analysis(article=article)
        for name, func in zip(pipeline.stage_names, pipeline.stage_funcs):
            t0 = time.perf_counter()
            func(doc, analysis)
            totals[name] += time.perf_counter() - t0
    return totals
