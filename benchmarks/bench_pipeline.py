"""Benchmark: newsgraph's full pipeline against bare spaCy on the same texts, same process.

    .venv/bin/python benchmarks/bench_pipeline.py [PATH ...] [--rounds 5] [--repeat-corpus 4]

Prints words/s for bare spaCy and for newsgraph, their ratio (design goal >= 0.85: all
that newsgraph adds costs at most 15 % over parsing) and peak RSS. A benchmark, not a test.
"""
from __future__ import annotations

import argparse
import json

from newsgraph.bench import run_pipeline_bench, sample_articles


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", help="inputs (default: bundled sample corpus)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--repeat-corpus", type=int, default=4)
    args = ap.parse_args()
    articles = sample_articles(args.paths) * max(1, args.repeat_corpus)
    res = run_pipeline_bench(articles, rounds=args.rounds)
    print(json.dumps(res.to_dict(), indent=2))


if __name__ == "__main__":
    main()
