"""`newsgraph eval TASK [--suite S]`: score the system against the gold sets."""
from __future__ import annotations

import json
import sys

import click

from newsgraph.cli.common import main


@main.command("eval")
@click.argument("task")
@click.option("--suite", default=None, help="Gold suite (default: the task's main suite).")
@click.option("--data", "data_dir", default=None, type=click.Path(file_okay=False),
              help="Gold data root (default: ../shared/eval).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--misses", default=10, show_default=True, help="How many misses to print.")
@click.option("--option", "-o", "opts", multiple=True, metavar="KEY=VALUE",
              help="Suite-specific option (repeatable), e.g. -o gold_spans=1.")
def eval_cmd(task: str, suite: str | None, data_dir: str | None, as_json: bool, misses: int,
             opts: tuple[str, ...]) -> None:
    """Score TASK (events, actors, quotes, time, geo) and print precision/recall/F1."""
    from newsgraph import eval as harness

    bad = [o for o in opts if "=" not in o]
    if bad:
        raise click.BadParameter(f"expected KEY=VALUE, got {bad[0]!r}", param_hint="'--option'")
    options = dict(o.split("=", 1) for o in opts)
    try:
        result = harness.run(task, suite, data_dir, options)
    except (KeyError, FileNotFoundError) as exc:
        raise click.ClickException(_message(exc))
    if as_json:
        d = result.to_json()
        d["misses"] = d["misses"][:misses] if misses >= 0 else d["misses"]
        json.dump(d, sys.stdout, ensure_ascii=False, default=str)
        sys.stdout.write("\n")
    else:
        click.echo(harness.format_result(result, max_misses=misses))


def _message(exc: KeyError | FileNotFoundError) -> str:
    """The error's own words: str() of a KeyError is its repr, of an OSError carries "[Errno N]"."""
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.strerror}: {exc.filename}"
    return str(exc.args[0]) if exc.args else type(exc).__name__
