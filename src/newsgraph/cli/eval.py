"""`newsgraph eval TASK [--suite S]`: score the system against the gold sets."""
from __future__ import annotations

import json
import sys

import click

from newsgraph.cli.common import main


class EvalCommand(click.Command):
    """`eval --help` ends with every task and its suites, read from the suite registry (so a new suite
    shows up without editing this text)."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from newsgraph import eval as harness

        rows = []
        for task, suites in harness.suites_by_task().items():
            default = harness.DEFAULT_SUITE.get(task)
            names = [f"{s} (default)" if s == default else s for s in suites]
            rows.append((task, ", ".join(names)))
        with formatter.section("Tasks and their suites (--suite)"):
            formatter.write_dl(rows)
        super().format_epilog(ctx, formatter)


@main.command("eval", cls=EvalCommand)
@click.argument("task")
@click.option("--suite", default=None, help="Gold suite (default: the task's main suite, listed below).")
@click.option("--data", "data_dir", default=None, type=click.Path(file_okay=False),
              help="Gold data root (default: ../shared/eval).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--misses", default=10, show_default=True, help="How many misses to print.")
@click.option("--option", "-o", "opts", multiple=True, metavar="KEY=VALUE",
              help="Suite-specific option (repeatable), e.g. -o gold_spans=1.")
def eval_cmd(task: str, suite: str | None, data_dir: str | None, as_json: bool, misses: int,
             opts: tuple[str, ...]) -> None:
    """Score TASK against the public gold sets and print its figures: precision/recall/F1, or the
    suite's own measures (accuracies for actors, acc@161 km for geo with -o gold_spans=1)."""
    from newsgraph import eval as harness
    from newsgraph.registry import RegistryError

    bad = [o for o in opts if "=" not in o]
    if bad:
        raise click.BadParameter(f"expected KEY=VALUE, got {bad[0]!r}", param_hint="'--option'")
    options = dict(o.split("=", 1) for o in opts)
    tasks = harness.suites_by_task()
    if task not in tasks:
        raise click.ClickException(f"unknown eval task {task!r} (tasks: {', '.join(tasks)})")
    if suite is not None and suite not in tasks[task]:
        raise click.ClickException(f"unknown eval suite {suite!r} for {task} (suites: {', '.join(tasks[task])})")
    try:
        result = harness.run(task, suite, data_dir, options)
    except (KeyError, FileNotFoundError, RegistryError) as exc:
        raise click.ClickException(_message(exc))
    if as_json:
        d = result.to_json()
        d["misses"] = d["misses"][:misses] if misses >= 0 else d["misses"]
        json.dump(d, sys.stdout, ensure_ascii=False, default=str)
        sys.stdout.write("\n")
    else:
        click.echo(harness.format_result(result, max_misses=misses))


def _message(exc: Exception) -> str:
    """The error's own words: str() of a KeyError is its repr, of an OSError carries "[Errno N]"."""
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.strerror}: {exc.filename}"
    return str(exc.args[0]) if exc.args else type(exc).__name__
