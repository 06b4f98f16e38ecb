"""`newsgraph kb ...`: maintain the actors knowledge base (data/kb/)."""
from __future__ import annotations

from pathlib import Path

import click

from newsgraph.cli.common import main


@main.group("kb")
def kb_group() -> None:
    """Maintain the actors knowledge base."""


@kb_group.command("import-phoenix")
@click.argument("path", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the tables (default: the package's data/kb/phoenix/).")
def import_phoenix_cmd(path: Path, out: Path | None) -> None:
    """Convert the PETRARCH2 / Phoenix dictionaries in PATH into KB tables (with their MIT notice)."""
    from newsgraph.actors.import_phoenix import convert
    from newsgraph.actors.kb import KB_DIR

    target = out or (KB_DIR / "phoenix")
    try:
        report = convert(path, target)
    except FileNotFoundError as err:
        raise click.UsageError(str(err)) from None
    for table, n in sorted(report.written.items()):
        click.echo(f"{table}: {n} rows")
    for reason, n in report.skipped.most_common():
        click.echo(f"skipped {n}: {reason} (e.g. {'; '.join(report.examples[reason])})")
    click.echo(f"written to {target}")
