"""`newsgraph bench` runs (structure of its result only: timings are never asserted in tests)."""
from __future__ import annotations

from newsgraph.bench import run_pipeline_bench, sample_articles
from newsgraph.pipeline import DEFAULT_STAGES


def test_bench_times_every_round_and_stage_on_small_batches():
    articles = sample_articles()[:3]
    res = run_pipeline_bench(articles, rounds=2, batch_size=2)   # two batches: both orders are run
    assert res.articles == 3 and res.words == sum(len(a.text.split()) for a in articles)
    assert len(res.wall_ratios) == len(res.cpu_ratios) == 2
    assert all(r > 0 for r in res.wall_ratios + res.cpu_ratios)
    assert list(res.stage_seconds) == list(DEFAULT_STAGES)
    d = res.to_dict()
    assert d["ratio"] == round(res.ratio, 3) and d["cpu_ratio"] == round(res.cpu_ratio, 3)
