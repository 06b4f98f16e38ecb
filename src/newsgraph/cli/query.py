"""`newsgraph events | actors | quotes | articles | article ID | timeline`: query the database.

A readable table by default, `--json` for JSON (listings: {"total", "total_exact", "limit", "offset",
"items"}; total_exact is false when a search's total was counted up to a cap: "more than" total).
The event filter options are generated from the one declaration, `newsgraph.store.filters.EVENT_FILTERS`,
which the REST API's parameters come from too; the queries are the `Store` methods (store/queries.py).
"""
from __future__ import annotations

import json
import shutil
from typing import Any, Callable, Iterable

import click

from newsgraph.cli.common import db_option, main, open_db
from newsgraph.store.filters import EVENT_FILTERS

Column = tuple[str, Callable[[dict[str, Any]], Any], int]   # header, value getter, max width


def col(header: str, key: str, width: int) -> Column:
    """A column showing one field of the row as it is."""
    return header, lambda r: r.get(key), width


def _open(db_path: str | None):
    """The database, read-only (kept for cli/export.py)."""
    return open_db(db_path, read_only=True)


def _run(db_path: str | None, method: str | Callable[..., Any], **kwargs: Any) -> Any:
    """Call a Store method (or a function of the store); a bad filter value is a usage error (exit 2)."""
    from newsgraph.store import QueryError

    store = _open(db_path)
    try:
        result = method(store, **kwargs) if callable(method) else getattr(store, method)(**kwargs)
        if hasattr(result, "total"):
            result.total     # counted while the database is open
        return result
    except QueryError as exc:
        raise click.UsageError(str(exc))
    finally:
        store.close()


def _emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _cell(v: Any, width: int) -> str:
    if v is None:
        s = ""
    elif isinstance(v, float):
        s = f"{v:g}"
    elif isinstance(v, (list, tuple)):
        s = ", ".join(map(str, v))
    else:
        s = " ".join(str(v).split())
    return s if len(s) <= width else s[: max(1, width - 1)] + "…"


def format_table(rows: list[dict[str, Any]], columns: Iterable[Column]) -> str:
    """Fixed-width text table; long cells are cut with an ellipsis to fit their column's width."""
    columns = list(columns)
    cells = [[_cell(get(r), w) for _, get, w in columns] for r in rows]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, (h, _, _) in enumerate(columns)]
    lines = ["  ".join(h.ljust(widths[i]) for i, (h, _, _) in enumerate(columns)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c[i].ljust(widths[i]) for i in range(len(columns))).rstrip() for c in cells]
    return "\n".join(lines)


def count_line(shown: int, total: int, offset: int, what: str) -> str:
    """'(15 events)', or 'showing 50 of 195 events (--limit 0 for all)' when the listing is cut; a total
    counted up to a cap (a search with many matches, `AtLeast`) is 'more than 10,000'."""
    from newsgraph.store.results import AtLeast

    capped = isinstance(total, AtLeast)
    of = f"more than {total:,}" if capped else f"{total}"
    if shown + offset >= total and not offset and not capped:
        return f"({total} {what})"
    if not shown:
        return f"(none of {of} {what} at offset {offset})"
    span = f"{offset + 1}-{offset + shown}" if offset else f"{shown}"
    return f"showing {span} of {of} {what} (--limit 0 for all)"


def _output(results, as_json: bool, columns: list[Column], what: str) -> None:
    """A listing: JSON with the total, or a table with a line saying how many of how many."""
    if as_json:
        _emit_json(results.listing())
        return
    if not len(results):
        click.echo(f"no {what} found" + (f" (offset {results.offset} is past the {results.total})"
                                          if results.total else ""))
        return
    click.echo(format_table(results.rows, columns))
    click.echo(count_line(len(results), results.total, results.offset, what))


def _side(r: dict[str, Any], side: str) -> str:
    code, name = r.get(f"{side}_code"), r.get(f"{side}_name")
    if code and name:
        return f"{code} ({name})"
    return code or name or ""


def _place(r: dict[str, Any]) -> str:
    if not r.get("place_name"):
        return ""
    if r.get("place_lat") is not None:
        return f"{r['place_name']} ({r['place_lat']:.2f},{r['place_lon']:.2f})"
    return r["place_name"]


def _evidence_width() -> int:
    return max(30, shutil.get_terminal_size((160, 24)).columns - 120)


EVENT_COLUMNS: list[Column] = [
    ("date", lambda r: r.get("date") or r.get("event_date"), 10),
    ("source", lambda r: _side(r, "source"), 28),
    col("code", "cameo_code", 4),
    col("plover", "plover_type", 10),
    ("target", lambda r: _side(r, "target"), 28),
    col("modality", "modality", 9),
    ("place", _place, 26),
    col("rule", "rule_id", 18),
]


def event_filter_options(f):
    """The event filters as click options, one per `EventFilter` (used by events, timeline, export)."""
    opts = [click.option(ef.cli_flag, ef.name, metavar=ef.metavar, default=None, help=ef.help)
            for ef in EVENT_FILTERS]
    opts.append(click.option("--all-modalities", is_flag=True,
                             help="Every modality (negated, planned, hypothetical, reported, ...): --modality all."))
    for opt in reversed(opts):
        f = opt(f)
    return f


_filter_options = event_filter_options          # the name cli/export.py imports


def event_filters(kw: dict[str, Any]) -> dict[str, Any]:
    """Take the event filter options out of a command's keyword arguments, as `Store.events` filters
    (values are checked there: a bad one is a usage error)."""
    out = {ef.name: kw.pop(ef.name) for ef in EVENT_FILTERS}
    if kw.pop("all_modalities", False):
        out["modality"] = "all"
    return {k: v for k, v in out.items() if v is not None}


def _list_options(f):
    """--limit, --offset, --json and --db, taken by every listing command."""
    for opt in reversed([
        click.option("--limit", default=50, show_default=True, type=click.IntRange(min=0), help="0 = all."),
        click.option("--offset", default=0, type=click.IntRange(min=0)),
        click.option("--json", "as_json", is_flag=True, help='Print {"total", "total_exact", "limit", "offset", "items"}.'),
        db_option,
    ]):
        f = opt(f)
    return f


def _list(db_path: str | None, method: str, limit: int, offset: int, filters: dict[str, Any]) -> Any:
    """A paged listing with the filters the user actually gave."""
    given = {k: v for k, v in filters.items() if v is not None}
    return _run(db_path, method, limit=limit or None, offset=offset, **given)


@main.command("events")
@event_filter_options
@click.option("--order", default="date", show_default=True,
              type=click.Choice(["date", "-date", "goldstein", "-goldstein", "confidence", "-confidence"]))
@click.option("--evidence", is_flag=True, help="Show the evidence sentence under each event.")
@_list_options
def events_cmd(db_path: str | None, limit: int, offset: int, order: str, as_json: bool, evidence: bool,
               **kw: Any) -> None:
    """Coded events (asserted only unless --modality/--all-modalities), oldest first."""
    res = _run(db_path, "events", limit=limit or None, offset=offset, order=order, **event_filters(kw))
    if as_json or not evidence or not len(res):
        _output(res, as_json, EVENT_COLUMNS, "events")
        return
    lines = format_table(res.rows, EVENT_COLUMNS).splitlines()
    click.echo("\n".join(lines[:2]))
    for line, r in zip(lines[2:], res.rows):
        click.echo(line)
        click.echo(f"    \u201c{' '.join((r.get('evidence') or '').split())}\u201d")
    click.echo(count_line(len(res), res.total, offset, "events"))


@main.command("actors")
@click.option("--search", metavar="TEXT", help="Name or alias contains TEXT.")
@click.option("--country", metavar="ISO3")
@click.option("--sector", metavar="CODE", help="CAMEO sector (GOV, MIL, MED, ...).")
@click.option("--kind", type=click.Choice(["PERSON", "COUNTRY", "ORG", "GROUP"], case_sensitive=False))
@_list_options
def actors_cmd(db_path: str | None, limit: int, offset: int, as_json: bool, **filters: Any) -> None:
    """Canonical actors with their codes, how their country was found (country_source, country_confidence),
    aliases and how often they appear."""
    rows = _list(db_path, "actors", limit, offset, filters)
    _output(rows, as_json, [
        col("code", "code", 9),
        col("name", "name", 30),
        col("kind", "kind", 7),
        col("country via", "country_source", 11),
        col("role", "role", 20),
        col("mentions", "n_mentions", 8),
        col("articles", "n_articles", 8),
        col("events", "n_events", 6),
        col("quotes", "n_quotes", 6),
        col("aliases", "aliases", 40),
    ], "actors")


@main.command("quotes")
@click.option("--speaker", metavar="NAME_OR_CODE", help="Speaker: code, id, name or alias.")
@click.option("--search", metavar="TEXT", help="Quote text contains TEXT.")
@click.option("--kind", type=click.Choice(["direct", "indirect", "mixed"]))
@click.option("--country", metavar="ISO3", help="Speaker's country.")
@click.option("--since", metavar="DATE", help="Articles published on or after DATE.")
@click.option("--until", metavar="DATE", help="Articles published on or before DATE.")
@click.option("--article", "article_id", metavar="ID")
@_list_options
def quotes_cmd(db_path: str | None, limit: int, offset: int, as_json: bool, **filters: Any) -> None:
    """Direct, indirect and mixed quotes with their speakers."""
    rows = _list(db_path, "quotes", limit, offset, filters)
    _output(rows, as_json, [
        col("published", "published", 10),
        ("speaker", lambda r: r.get("speaker_name") or r.get("speaker_text"), 24),
        col("code", "speaker_code", 9),
        col("kind", "kind", 8),
        col("cue", "cue", 10),
        col("quote", "text", _evidence_width() + 20),
    ], "quotes")


@main.command("articles")
@click.option("--outlet", metavar="NAME")
@click.option("--since", metavar="DATE", help="Published on or after DATE.")
@click.option("--until", metavar="DATE", help="Published on or before DATE.")
@click.option("--search", metavar="TEXT", help="Title or text contains TEXT.")
@_list_options
def articles_cmd(db_path: str | None, limit: int, offset: int, as_json: bool, **filters: Any) -> None:
    """Stored articles with their event and quote counts."""
    rows = _list(db_path, "articles", limit, offset, filters)
    _output(rows, as_json, [
        col("id", "id", 16),
        col("published", "published", 10),
        col("outlet", "outlet", 18),
        col("events", "n_events", 6),
        col("quotes", "n_quotes", 6),
        col("title", "title", 70),
    ], "articles")


@main.command("article")
@click.argument("article_id")
@click.option("--json", "as_json", is_flag=True)
@db_option
def article_cmd(db_path: str | None, article_id: str, as_json: bool) -> None:
    """One article: metadata, text, captions, and its events, quotes, places and times."""
    art = _run(db_path, "article", article_id=article_id)
    if art is None:
        raise click.ClickException(f"no article with id {article_id}")
    if as_json:
        _emit_json(art)
        return
    click.echo(f"{art['title'] or '(no title)'}\n{art['outlet'] or ''}  {art['published'] or ''}  "
               f"{art['url'] or ''}\n")
    click.echo(art["text"])
    for c in art.get("captions") or []:
        click.echo(f"[caption] {c}")
    click.echo("")
    if art["events"]:
        click.echo(format_table(art["events"], EVENT_COLUMNS))
    for q in art["quotes"]:
        click.echo(f"- {q.get('speaker_name') or q.get('speaker_text') or '?'} ({q['kind']}): {q['text']}")




@main.command("timeline")
@click.option("--interval", default="month", show_default=True,
              type=click.Choice(["auto", "day", "week", "month", "year"]))
@event_filter_options
@click.option("--json", "as_json", is_flag=True,
              help='Print {"interval", "window", "outside", "quad_classes", "periods": [{period, total, q1..q4, '
                   'goldstein_mean}], "imprecise": [events dated coarser than the interval: {date, precision, period, '
                   'total, q1..q4}]}, as GET /api/timeline does.')
@db_option
def timeline_cmd(db_path: str | None, interval: str, as_json: bool, **kw: Any) -> None:
    """Events per period: counts by QuadClass (verbal/material cooperation/conflict), mean Goldstein."""
    from newsgraph.timeline import timeline_answer

    answer = _run(db_path, timeline_answer, interval=interval, **event_filters(kw))
    if as_json:
        _emit_json(answer)
        return
    periods, imprecise = answer["periods"], answer["imprecise"]
    if not periods:
        click.echo("no periods found")
        return
    click.echo(format_table(periods, [
        col("period", "period", 10),
        col("verbal coop", "q1", 11),
        col("material coop", "q2", 13),
        col("verbal conflict", "q3", 15),
        col("material conflict", "q4", 17),
        col("events", "total", 6),
        ("goldstein", lambda r: f"{r['goldstein_mean']:+.2f}" if r["goldstein_mean"] is not None else "", 9),
    ]))
    line = f"({len(periods)} periods, by {answer['interval']})"
    outside = answer.get("outside") or {}
    if answer.get("window"):
        line += (f"; {outside.get('before', 0) + outside.get('after', 0)} events with far-off dates left out "
                 f"(use --since/--until)")
    if imprecise:
        n = sum(r["total"] for r in imprecise)
        line += (f"; {n} event{'s' if n != 1 else ''} dated only to "
                 f"{' or '.join(sorted({'a ' + r['precision'] for r in imprecise}))} left out "
                 f"(a coarser --interval places them)")
    click.echo(line)
