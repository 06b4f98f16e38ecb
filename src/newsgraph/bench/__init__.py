"""Benchmarks: what newsgraph's stages cost on top of bare spaCy parsing.

`run_pipeline_bench` parses the same texts with bare `nlp.pipe` (the model's shipped components:
its own attribute ruler and lemmatizer, `nlp.model.shipped_components`) and with the full
pipeline, in the same process, warm, for N rounds (in each round every batch goes through
both, back to back), and reports words/second for each (best round), their ratio (design
goal >= 0.85) and peak RSS.

The ratio is taken per round and the median is reported, twice: on wall-clock time, and on
this process's CPU time (`time.process_time`). On a machine shared with other jobs the wall
clock also counts the time the process waited for a core, which falls unevenly on the two
sides of a round; CPU time counts only the work done, so the CPU ratio is the steadier one.
"""
from __future__ import annotations

import resource
import statistics
import time
from dataclasses import dataclass, field
from typing import Any, Iterable

from newsgraph.datafile import package_data
from newsgraph.records import Article


@dataclass
class BenchResult:
    articles: int
    words: int
    spacy_words_per_s: float
    pipeline_words_per_s: float
    peak_rss_mb: float
    stage_seconds: dict[str, float] | None = None   # CPU time spent in each stage over the corpus
    parse_seconds: float | None = None               # bare spaCy CPU time of the best round
    wall_ratios: list[float] = field(default_factory=list)   # pipeline/spaCy words/s, per round
    cpu_ratios: list[float] = field(default_factory=list)    # the same on process CPU time

    @property
    def ratio(self) -> float:
        """Median over the rounds of the wall-clock ratio (best rounds' ratio without rounds)."""
        if self.wall_ratios:
            return statistics.median(self.wall_ratios)
        return self.pipeline_words_per_s / self.spacy_words_per_s if self.spacy_words_per_s else 0.0

    @property
    def cpu_ratio(self) -> float:
        """Median over the rounds of the CPU-time ratio (0.0 when not measured)."""
        return statistics.median(self.cpu_ratios) if self.cpu_ratios else 0.0

    def to_dict(self) -> dict:
        return {"articles": self.articles, "words": self.words,
                "spacy_words_per_s": round(self.spacy_words_per_s, 1),
                "pipeline_words_per_s": round(self.pipeline_words_per_s, 1),
                "ratio": round(self.ratio, 3), "cpu_ratio": round(self.cpu_ratio, 3),
                "wall_ratios": [round(r, 3) for r in self.wall_ratios],
                "cpu_ratios": [round(r, 3) for r in self.cpu_ratios],
                "peak_rss_mb": round(self.peak_rss_mb, 1),
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


def time_drain(items: Iterable[Any]) -> tuple[float, float]:
    """(wall, CPU) seconds taken to run a lazy iterator (`nlp.pipe`, `Pipeline.analyse_many`) to its end."""
    w0, c0 = time.perf_counter(), time.process_time()
    for _ in items:
        pass
    return time.perf_counter() - w0, time.process_time() - c0


def time_parse(nlp, texts: list[str], batch_size: int) -> tuple[float, float]:
    """(wall, CPU) seconds of one `nlp.pipe` pass over the texts with the components `nlp` runs now."""
    return time_drain(nlp.pipe(texts, batch_size=batch_size))


def bare_parse(nlp, texts: list[str], batch_size: int) -> tuple[float, float]:
    """The baseline every figure here is measured against, "bare spaCy": one `nlp.pipe` pass over the
    texts with the model's shipped components (its own attribute ruler and lemmatizer, not the tables
    that stand in for them in the pipeline), as spaCy runs when installed. (wall, CPU) seconds."""
    from newsgraph.nlp.model import shipped_components

    with shipped_components(nlp):
        return time_parse(nlp, texts, batch_size)


def stage_cost_ratio(bare_parse_seconds: float, stage_seconds: float) -> float:
    """1 / (1 + stages / bare parse): the throughput ratio the stages alone would leave if the pipeline
    parsed as fast as bare spaCy (steadier than the ratio on a busy machine)."""
    return bare_parse_seconds / (bare_parse_seconds + stage_seconds) if bare_parse_seconds else 0.0


def run_pipeline_bench(articles: list[Article], rounds: int = 3, batch_size: int = 32) -> BenchResult:
    from newsgraph.pipeline import Pipeline

    if not articles:
        raise ValueError("no articles to benchmark")
    pipeline = Pipeline(batch_size=batch_size)
    nlp = pipeline.nlp
    words = sum(len(a.text.split()) for a in articles)

    def time_spacy(chunk: list[Article]) -> tuple[float, float]:
        return bare_parse(nlp, [a.text for a in chunk], batch_size)

    def time_pipeline(chunk: list[Article]) -> tuple[float, float]:
        return time_drain(pipeline.analyse_many(chunk))

    # One batch at a time, bare spaCy and the pipeline on the same batch back to back (which goes
    # first alternates), so a burst of load from other jobs falls on both sides of the ratio.
    chunks = [articles[i:i + batch_size] for i in range(0, len(articles), batch_size)]

    def one_round() -> tuple[tuple[float, float], tuple[float, float]]:
        sw = sc = pw = pc = 0.0
        for k, chunk in enumerate(chunks):
            if k % 2:
                (a, b), (c, d) = time_pipeline(chunk), time_spacy(chunk)
                sw, sc, pw, pc = sw + c, sc + d, pw + a, pc + b
            else:
                (a, b), (c, d) = time_spacy(chunk), time_pipeline(chunk)
                sw, sc, pw, pc = sw + a, sc + b, pw + c, pc + d
        return (sw, sc), (pw, pc)

    one_round()         # warm both paths (lazy loads: KB, gazetteer, patterns)
    spacy_rounds, pipe_rounds = [], []
    for _ in range(max(1, rounds)):
        spacy_t, pipe_t = one_round()
        spacy_rounds.append(spacy_t)
        pipe_rounds.append(pipe_t)
    best_spacy = min(w for w, _ in spacy_rounds)
    best_pipe = min(w for w, _ in pipe_rounds)
    return BenchResult(articles=len(articles), words=words,
                       spacy_words_per_s=words / best_spacy,
                       pipeline_words_per_s=words / best_pipe,
                       peak_rss_mb=peak_rss_mb(),
                       stage_seconds=time_stages(pipeline, articles, batch_size),
                       parse_seconds=min(c for _, c in spacy_rounds),
                       wall_ratios=[s[0] / p[0] for s, p in zip(spacy_rounds, pipe_rounds)],
                       cpu_ratios=[s[1] / p[1] for s, p in zip(spacy_rounds, pipe_rounds)])


def time_stages(pipeline, articles: list[Article], batch_size: int = 32) -> dict[str, float]:
    """CPU seconds spent in each stage over the articles (docs parsed once, outside the timing;
    each doc gets its text from the article, as `Pipeline.analyse_doc` gives it)."""
    from newsgraph.nlp.cache import seed_doc_text
    from newsgraph.records import Analysis

    docs = list(pipeline.nlp.pipe([a.text for a in articles], batch_size=batch_size))
    totals = dict.fromkeys(pipeline.stage_names, 0.0)
    for doc, article in zip(docs, articles):
        seed_doc_text(doc, article.text)
        analysis = Analysis(article=article)
        for name, func in zip(pipeline.stage_names, pipeline.stage_funcs):
            t0 = time.process_time()
            func(doc, analysis)
            totals[name] += time.process_time() - t0
    return totals
