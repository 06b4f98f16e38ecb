"""Benchmark: what the stages cost relative to bare parsing, steady enough to compare two branches
on a machine shared with other jobs.

    .venv/bin/python benchmarks/bench_stage_cost.py [PATH ...] [--passes 5]

Other jobs only ever add time, so each side is the minimum over several passes of process CPU time:
bare spaCy's parse (`newsgraph.bench.bare_parse`: the model's shipped components, the baseline of
`newsgraph bench`), the pipeline's own parse (with the tables that stand in for the model's attribute
ruler and lemmatizer, nlp/model.py), and the stages (every stage on freshly parsed docs, the quickest
whole pass). Prints the stages' share of the bare parse per stage, the stage-cost ratio
1 / (1 + stages/bare parse) (`newsgraph.bench.stage_cost_ratio`, the figure `newsgraph bench` prints),
and bare / (pipeline parse + stages), which is what `newsgraph bench`'s throughput ratio tends to when
load is even. Run it on two checkouts one after the other, twice, to compare them. A benchmark, not a test.
"""
from __future__ import annotations

import argparse
import json

import newsgraph
from newsgraph.bench import bare_parse, sample_articles, stage_cost_ratio, time_parse, time_stages
from newsgraph.pipeline import Pipeline


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
    parse = bare = float("inf")
    for _ in range(max(1, args.passes)):
        parse = min(parse, time_parse(pipeline.nlp, texts, pipeline.batch_size)[1])   # the pipeline's own components
        bare = min(bare, bare_parse(pipeline.nlp, texts, pipeline.batch_size)[1])
    passes = [time_stages(pipeline, articles, pipeline.batch_size) for _ in range(max(1, args.passes))]
    best = min(passes, key=lambda p: sum(p.values()))
    stages = sum(best.values())
    print(json.dumps({
        "checkout": newsgraph.__file__.rsplit("/src/", 1)[0], "articles": len(articles),
        "passes": len(passes), "bare_parse_cpu_s": round(bare, 3), "stages_cpu_s": round(stages, 3),
        "stage_cost_ratio": round(stage_cost_ratio(bare, stages), 3),
        "pipeline_parse_cpu_s": round(parse, 3),
        "ratio_to_bare_parse": round(bare / (parse + stages), 3),
        "stage_pct_of_bare_parse": {k: round(100 * v / bare, 1) for k, v in best.items()},
        "pass_stage_pct": [round(100 * sum(p.values()) / bare, 1) for p in passes],
    }, indent=2))


if __name__ == "__main__":
    main()
