"""Benchmark: what the stages cost relative to bare parsing, steady enough to compare two branches
on a machine shared with other jobs.

    .venv/bin/python benchmarks/bench_stage_cost.py [PATH ...] [--passes 5]

Other jobs only ever add time, so each side is the minimum over several passes of process CPU time:
the pipeline's parse (`nlp.pipe` over the corpus, with the tables that stand in for the model's
attribute ruler and lemmatizer, nlp/model.py), the same parse with the model's shipped components
(bare spaCy's), and the stages (every stage on freshly parsed docs, the quickest whole pass). Prints
the stages' share of the parse per stage, the stage-cost ratio 1 / (1 + stages/parse), and
shipped / (parse + stages), which is what `newsgraph bench`'s throughput ratio tends to when load is
even. Run it on two checkouts one after the other, twice, to compare them. A benchmark, not a test.
"""
from __future__ import annotations

import argparse
import json
import time

import newsgraph
from newsgraph.bench import sample_articles, time_stages
from newsgraph.nlp.model import shipped_components
from newsgraph.pipeline import Pipeline


def parse_cpu(pipeline: Pipeline, texts: list[str]) -> float:
    """Process CPU seconds of one `nlp.pipe` pass over the texts."""
    t0 = time.process_time()
    for _ in pipeline.nlp.pipe(texts, batch_size=pipeline.batch_size):
        pass
    return time.process_time() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", help="inputs (default: bundled sample corpus)")
    ap.add_argument("--passes", type=int, default=5)
    args = ap.parse_args()
    articles = sample_articles(args.paths)
    pipeline = Pipeline()
    texts = [a.text for a in articles]
    for _ in pipeline.analyse_many(articles):     # warm: lazy loads, then the GC freeze
        pass
    parse = shipped = float("inf")
    for _ in range(max(1, args.passes)):
        parse = min(parse, parse_cpu(pipeline, texts))
        with shipped_components(pipeline.nlp):
            shipped = min(shipped, parse_cpu(pipeline, texts))
    passes = [time_stages(pipeline, articles, pipeline.batch_size) for _ in range(max(1, args.passes))]
    best = min(passes, key=lambda p: sum(p.values()))
    stages = sum(best.values())
    print(json.dumps({
        "checkout": newsgraph.__file__.rsplit("/src/", 1)[0], "articles": len(articles),
        "passes": len(passes), "parse_cpu_s": round(parse, 3), "stages_cpu_s": round(stages, 3),
        "stage_cost_ratio": round(parse / (parse + stages), 3),
        "shipped_parse_cpu_s": round(shipped, 3),
        "ratio_to_shipped_parse": round(shipped / (parse + stages), 3),
        "stage_pct_of_parse": {k: round(100 * v / parse, 1) for k, v in best.items()},
        "pass_stage_pct": [round(100 * sum(p.values()) / parse, 1) for p in passes],
    }, indent=2))


if __name__ == "__main__":
    main()
