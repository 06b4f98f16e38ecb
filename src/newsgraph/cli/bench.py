"""`newsgraph bench`: pipeline throughput against bare spaCy; `bench gazetteer`: load cost."""
from __future__ import annotations

import json

import click

from newsgraph.cli.common import main


@main.group("bench", invoke_without_command=True)
@click.option("--input", "inputs", multiple=True, type=click.Path(exists=True),
              help="Corpus to run on (default: the bundled sample corpus). Repeatable.")
@click.option("--rounds", default=5, show_default=True,
              help="Timed rounds, alternating bare spaCy and the pipeline; the ratio is their median.")
@click.option("--repeat-corpus", default=4, show_default=True,
              help="Repeat the corpus this many times so the timing is not too short.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def bench(ctx: click.Context, inputs: tuple[str, ...], rounds: int, repeat_corpus: int,
          as_json: bool) -> None:
    """Full pipeline vs bare spaCy nlp.pipe on the same texts: words/s, ratio, peak RSS.

    The ratio is the median over the rounds, on wall-clock and on CPU time (steadier when other
    jobs share the machine); the per-stage breakdown is CPU time on docs parsed beforehand."""
    if ctx.invoked_subcommand is not None:
        return
    from newsgraph.bench import run_pipeline_bench, sample_articles

    articles = sample_articles(inputs) * max(1, repeat_corpus)
    res = run_pipeline_bench(articles, rounds=rounds)
    if as_json:
        click.echo(json.dumps(res.to_dict()))
        return
    click.echo(f"articles          {res.articles}  ({res.words} words)")
    click.echo(f"bare spaCy        {res.spacy_words_per_s:,.0f} words/s")
    click.echo(f"newsgraph         {res.pipeline_words_per_s:,.0f} words/s")
    click.echo(f"ratio             {res.ratio:.3f}  (wall clock, median of {len(res.wall_ratios)} rounds; "
               f"design goal >= 0.85)")
    click.echo(f"CPU-time ratio    {res.cpu_ratio:.3f}  (rounds: {', '.join(f'{r:.3f}' for r in res.cpu_ratios)})")
    click.echo(f"peak RSS          {res.peak_rss_mb:,.0f} MB")
    if res.stage_seconds:
        parse = res.parse_seconds or 0.0
        stages = sum(res.stage_seconds.values())
        if parse:
            # steadier than the throughput ratio on a busy machine: stage time measured
            # separately on pre-parsed docs, relative to the bare parse
            click.echo(f"stage-cost ratio  {1 / (1 + stages / parse):.3f}  (= 1 / (1 + stages/parse))")
        click.echo(f"CPU time per stage (bare parse {parse:.2f} s)")
        for name, secs in res.stage_seconds.items():
            share = f"{100 * secs / parse:5.1f} % of parse" if parse else ""
            click.echo(f"  {name:<15} {secs:7.3f} s  {share}")


@bench.command("gazetteer")
@click.option("--json", "as_json", is_flag=True)
def bench_gazetteer_cmd(as_json: bool) -> None:
    """Gazetteer load time and memory (first build is cached on disk)."""
    from newsgraph.geo.gazetteer import bench_gazetteer

    res = bench_gazetteer()
    if as_json:
        click.echo(json.dumps(res))
    else:
        for k, v in res.items():
            click.echo(f"{k:<24} {v}")
