"""`newsgraph events | actors | quotes | articles | article ID`: query the database.

A readable table by default, `--json` for a JSON list. The filters map one-to-one onto the
`Store` query methods (newsgraph/store/queries.py), which the REST API uses too.
"""
from __future__ import annotations

import json
import shutil
from typing import Any, Callable, Iterable

import click

from newsgraph.cli.common import db_option, main, resolve_db

Column = tuple[str, Callable[[dict[str, Any]], Any], int]   # header, value getter, max width


def _open(db_path: str | None):
    from newsgraph.store import SchemaError, open_store

    db = resolve_db(db_path)
    try:
        return open_store(db, read_only=True)
    except FileNotFoundError:
        raise click.ClickException(f"{db}: no such database (run `newsgraph ingest` first, or pass --db)")
    except SchemaError as exc:
        raise click.ClickException(str(exc))


def _run(db_path: str | None, method: str, **kwargs: Any) -> Any:
    from newsgraph.store import QueryError

    store = _open(db_path)
    try:
        return getattr(store, method)(**kwargs)
    except QueryError as exc:
        raise click.UsageError(str(exc))
    finally:
        store.close()


def _list(db_path: str | None, method: str, limit: int, offset: int, filters: dict[str, Any]) -> Any:
    """A paged listing (actors, quotes, articles) with the filters the user actually gave."""
    given = {k: v for k, v in filters.items() if v is not None}
    return _run(db_path, method, limit=limit or None, offset=offset, **given)


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


def _output(rows: list[dict[str, Any]], as_json: bool, columns: list[Column], what: str) -> None:
    if as_json:
        _emit_json(rows)
        return
    if not rows:
        click.echo(f"no {what} found")
        return
    click.echo(format_table(rows, columns))
    click.echo(f"({len(rows)} {what})")


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
    ("code", lambda r: r.get("cameo_code"), 4),
    ("plover", lambda r: r.get("plover_type"), 10),
    ("target", lambda r: _side(r, "target"), 28),
    ("modality", lambda r: r.get("modality"), 9),
    ("place", _place, 26),
    ("rule", lambda r: r.get("rule_id"), 18),
]


def _filter_options(f):
    """Filters shared by `events` and `export`."""
    opts = [
        click.option("--actor", metavar="NAME_OR_CODE", help="Source or target: code (RUSGOV), id or name."),
        click.option("--source-actor", "source", metavar="NAME_OR_CODE", help="Source actor only."),
        click.option("--target-actor", "target", metavar="NAME_OR_CODE", help="Target actor only."),
        click.option("--country", metavar="ISO3", help="Either side's country (e.g. RUS)."),
        click.option("--code", metavar="CAMEO", help="CAMEO event code or prefix (e.g. 057, 04)."),
        click.option("--root", metavar="NN", help="CAMEO root code 01-20."),
        click.option("--quad-class", type=click.IntRange(1, 4), help="QuadClass 1-4."),
        click.option("--plover", "plover_type", metavar="TYPE", help="PLOVER event type (e.g. CONSULT)."),
        click.option("--since", metavar="DATE", help="Events on or after DATE (2024-06-19, 2024-06, 2024)."),
        click.option("--until", metavar="DATE", help="Events on or before DATE (a partial date: its end)."),
        click.option("--outlet", metavar="NAME", help="Articles from this outlet only."),
        click.option("--article", "article_id", metavar="ID", help="Events of one article."),
        click.option("--modality", default="asserted", show_default=True,
                     help="Modality (comma-separated list allowed)."),
        click.option("--all-modalities", is_flag=True,
                     help="Include negated, planned, hypothetical, reported ... events."),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


def event_filters(kw: dict[str, Any]) -> dict[str, Any]:
    """Turn the shared click options into `Store.events` filters."""
    out = {k: kw.pop(k) for k in ("actor", "source", "target", "country", "code", "root", "quad_class",
                                  "plover_type", "since", "until", "outlet", "article_id")}
    modality, all_mod = kw.pop("modality"), kw.pop("all_modalities")
    from newsgraph.store.queries import MODALITIES

    wanted = [m.strip() for m in (modality or "").split(",") if m.strip()]
    bad = [m for m in wanted if m not in MODALITIES and m != "all"]
    if bad:
        raise click.BadParameter(f"{', '.join(bad)} (choose from {', '.join(MODALITIES)}, all)",
                                 param_hint="--modality")
    out["modality"] = None if all_mod or "all" in wanted else modality
    return {k: v for k, v in out.items() if v is not None or k == "modality"}


def _list_options(f):
    """--limit, --offset, --json and --db, taken by every listing command."""
    for opt in reversed([
        click.option("--limit", default=50, show_default=True, type=click.IntRange(min=0), help="0 = all."),
        click.option("--offset", default=0, type=click.IntRange(min=0)),
        click.option("--json", "as_json", is_flag=True),
        db_option,
    ]):
        f = opt(f)
    return f


@main.command("events")
@_filter_options
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=0),
              help="At most this many events (0 = all).")
@click.option("--offset", default=0, type=click.IntRange(min=0))
@click.option("--order", default="date", show_default=True,
              type=click.Choice(["date", "-date", "goldstein", "-goldstein", "confidence", "-confidence"]))
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of events.")
@click.option("--evidence", is_flag=True, help="Show the evidence sentence under each event.")
@db_option
def events_cmd(db_path: str | None, limit: int, offset: int, order: str, as_json: bool, evidence: bool,
               **kw: Any) -> None:
    """Coded events (asserted only unless --modality/--all-modalities), oldest first."""
    rows = _run(db_path, "events", limit=limit or None, offset=offset, order=order, **event_filters(kw))
    if as_json or not evidence:
        _output(rows, as_json, EVENT_COLUMNS, "events")
        return
    if not rows:
        click.echo("no events found")
        return
    lines = format_table(rows, EVENT_COLUMNS).splitlines()
    click.echo("\n".join(lines[:2]))
    for line, r in zip(lines[2:], rows):
        click.echo(line)
        click.echo(f"    \u201c{' '.join((r.get('evidence') or '').split())}\u201d")
    click.echo(f"({len(rows)} events)")


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
        ("code", lambda r: r.get("code"), 9),
        ("name", lambda r: r.get("name"), 30),
        ("kind", lambda r: r.get("kind"), 7),
        ("country via", lambda r: r.get("country_source"), 11),
        ("role", lambda r: r.get("role"), 20),
        ("mentions", lambda r: r.get("n_mentions"), 8),
        ("articles", lambda r: r.get("n_articles"), 8),
        ("events", lambda r: r.get("n_events"), 6),
        ("quotes", lambda r: r.get("n_quotes"), 6),
        ("aliases", lambda r: r.get("aliases"), 40),
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
        ("published", lambda r: r.get("published"), 10),
        ("speaker", lambda r: r.get("speaker_name") or r.get("speaker_text"), 24),
        ("code", lambda r: r.get("speaker_code"), 9),
        ("kind", lambda r: r.get("kind"), 8),
        ("cue", lambda r: r.get("cue"), 10),
        ("quote", lambda r: r.get("text"), _evidence_width() + 20),
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
        ("id", lambda r: r.get("id"), 16),
        ("published", lambda r: r.get("published"), 10),
        ("outlet", lambda r: r.get("outlet"), 18),
        ("events", lambda r: r.get("n_events"), 6),
        ("quotes", lambda r: r.get("n_quotes"), 6),
        ("title", lambda r: r.get("title"), 70),
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
              type=click.Choice(["day", "week", "month", "year"]))
@_filter_options
@click.option("--json", "as_json", is_flag=True, help="Print rows of (period, quad_class, events, goldstein).")
@db_option
def timeline_cmd(db_path: str | None, interval: str, as_json: bool, **kw: Any) -> None:
    """Events per period: counts by QuadClass (verbal/material cooperation/conflict), mean Goldstein."""
    rows = _run(db_path, "timeline", interval=interval, **event_filters(kw))
    if as_json:
        _emit_json(rows)
        return
    periods: dict[str, dict[str, Any]] = {}
    for r in rows:
        p = periods.setdefault(r["period"], {"period": r["period"], 1: 0, 2: 0, 3: 0, 4: 0, "n": 0, "g": 0.0,
                                             "gn": 0})
        if r["quad_class"] in (1, 2, 3, 4):
            p[r["quad_class"]] += r["events"]
        p["n"] += r["events"]
        if r["goldstein_mean"] is not None:
            p["g"] += r["goldstein_mean"] * r["events"]
            p["gn"] += r["events"]
    out = list(periods.values())
    _output(out, False, [
        ("period", lambda r: r["period"], 10),
        ("verbal coop", lambda r: r[1], 11),
        ("material coop", lambda r: r[2], 13),
        ("verbal conflict", lambda r: r[3], 15),
        ("material conflict", lambda r: r[4], 17),
        ("events", lambda r: r["n"], 6),
        ("goldstein", lambda r: f"{r['g'] / r['gn']:+.2f}" if r["gn"] else "", 9),
    ], "periods")
