"""`newsgraph bench` runs (structure of its result only: timings are never asserted in tests)."""
from __future__ import annotations

from newsgraph.bench import bare_parse as _BARE_PARSE
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


def _spy_bare_parse(monkeypatch, module, seen: list[tuple[str, ...]]) -> None:
    """Record, for each bare parse `module` runs, which components were enabled while spaCy parsed."""
    from spacy.language import Language

    real_pipe, active = Language.pipe, []

    def pipe(self, *a, **k):
        if active:
            seen.append(tuple(self.pipe_names))
        return real_pipe(self, *a, **k)

    def spy(nlp, texts, batch_size):
        active.append(True)
        try:
            return _BARE_PARSE(nlp, texts, batch_size)
        finally:
            active.pop()
    monkeypatch.setattr(Language, "pipe", pipe)
    monkeypatch.setattr(module, "bare_parse", spy)


def test_the_cli_and_the_stage_cost_script_share_one_bare_parse(monkeypatch, capsys):
    """`newsgraph bench` and benchmarks/bench_stage_cost.py measure against the same baseline: the model's
    shipped components (never the tables the pipeline runs in their place), and the same stage-cost ratio."""
    import importlib.util
    import json
    import sys
    from pathlib import Path

    import newsgraph.bench as bench
    from newsgraph.nlp import attribute_table, lemma_table
    from newsgraph.nlp.model import STOCK_RULER

    assert bench.stage_cost_ratio(4.0, 1.0) == 0.8 and bench.stage_cost_ratio(0.0, 1.0) == 0.0
    articles = sample_articles()[:2]
    cli_seen: list[tuple[str, ...]] = []
    _spy_bare_parse(monkeypatch, bench, cli_seen)
    run_pipeline_bench(articles, rounds=1, batch_size=2)

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_stage_cost.py"
    spec = importlib.util.spec_from_file_location("bench_stage_cost", path)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    script_seen: list[tuple[str, ...]] = []
    _spy_bare_parse(monkeypatch, script, script_seen)
    monkeypatch.setattr(script, "sample_articles", lambda paths: articles)
    own_parses: list[tuple[str, ...]] = []        # the pipeline's own parse: the shared timer, its own components
    monkeypatch.setattr(script, "time_parse",
                        lambda nlp, *a: own_parses.append(tuple(nlp.pipe_names)) or bench.time_parse(nlp, *a))
    ratios: list[float] = []
    monkeypatch.setattr(script, "stage_cost_ratio", lambda *a: ratios.append(bench.stage_cost_ratio(*a)) or ratios[-1])
    monkeypatch.setattr(sys, "argv", ["bench_stage_cost.py", "--passes", "1"])
    script.main()
    out = json.loads(capsys.readouterr().out)

    assert cli_seen and script_seen
    for names in cli_seen + script_seen:
        assert STOCK_RULER in names and lemma_table.STOCK in names
        assert attribute_table.COMPONENT not in names and lemma_table.COMPONENT not in names
    assert len(own_parses) == 1 and attribute_table.COMPONENT in own_parses[0] and STOCK_RULER not in own_parses[0]
    # the printed ratio is the shared definition's
    assert len(ratios) == 1 and out["stage_cost_ratio"] == round(ratios[0], 3)
