"""The read queries that list things, for both backends: events, actors, quotes, articles, event
highlights, the dashboard's metadata and the export reads; and the event filters as SQL (`event_where`),
which aggregates.py (counts, timeline, network, map, actor profiles) builds on.

The CLI, the Python API (`Store` methods), the REST API and the exports all get their SQL here or in
aggregates.py, so a filter means the same everywhere. Each builder takes the `Dialect` first and returns
`(sql, params)` with `?` placeholders: user values never enter the SQL text. The event filters are declared
once in `filters.py`; bad values raise `QueryError` (a ValueError) with a message fit for an end user.
"""
from __future__ import annotations

import re
from typing import Any

from newsgraph.records import NO_COUNTRY_TYPES
from newsgraph.store import search
from newsgraph.store.dialect import DUCKDB, Dialect
# (check_names is used by store.py as Q.check_names)
from newsgraph.store.filters import (EVENT_FILTER_NAMES, MODALITIES, QueryError, check_names, parse_country,
                                     parse_date_bound, parse_filters)

__all__ = ["QueryError", "MODALITIES", "EVENT_FILTER_NAMES"]

Sql = tuple[str, list[Any]]


# ---------------------------------------------------------------- paging

def check_limit(limit: Any, offset: Any) -> tuple[int | None, int]:
    def as_int(v: Any, name: str) -> int:
        try:
            n = int(v)
        except (TypeError, ValueError):
            raise QueryError(f"{name} must be an integer, got {v!r}") from None
        if n < 0:
            raise QueryError(f"{name} must not be negative, got {n}")
        return n
    return (None if limit is None else as_int(limit, "limit")), (0 if offset is None else as_int(offset, "offset"))


def page_sql(limit: Any, offset: Any) -> Sql:
    lim, off = check_limit(limit, offset)
    sql, params = "", []
    if lim is not None:
        sql += " LIMIT ?"
        params.append(lim)
    if off:
        sql += " OFFSET ?"
        params.append(off)
    return sql, params


def count_sql(query: Sql) -> Sql:
    """How many rows a listing query returns without paging."""
    sql, params = query
    return f"SELECT count(*) AS n FROM ({sql}) t", params


class _Where:
    """Accumulates AND-ed clauses and their parameters."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return ("WHERE " + " AND ".join(f"({c})" for c in self.clauses)) if self.clauses else ""

    def date_range(self, column: str, since: Any, until: Any) -> None:
        """`column` within [since, until]; a partial `until` (2024-06) means its last day."""
        if since is not None and since != "":
            self.add(f"{column} >= ?", parse_date_bound(since, "since"))
        if until is not None and until != "":
            self.add(f"{column} <= ?", parse_date_bound(until, "until", end=True))


# ---------------------------------------------------------------- actors in filters

_ACTOR_ID = re.compile(r"^[0-9a-f]{16}$")   # Actor.make_id: 16 hex digits


def _word_regex(text: str) -> str:
    """Case-insensitive match of `text` as a whole word/phrase (RE2 and PostgreSQL ARE syntax)."""
    return r"(?i)(^|[^\w])" + re.escape(text.strip()) + r"($|[^\w])"


def _names_actor(d: Dialect, spec: str) -> Sql:
    """WHERE over actors `x`: the actor's CAMEO code is `spec` (any case), or its name or an alias has it
    as a whole word."""
    rx = _word_regex(spec)
    like = search.like_pattern(spec)
    aliases = "coalesce(array_to_string(x.aliases, ' | '), '')"
    return (f"upper(x.code) = upper(?) OR {_words(d, 'x.name')} OR {_words(d, aliases)}",
            [spec, like, rx, like, rx])


def _words(d: Dialect, col: str) -> str:
    """`col` has the next two parameters' text as a whole word: a case-insensitive substring test first
    (cheap), the word regex only on what passes."""
    return f"({col} ILIKE ? ESCAPE '\\' AND {d.regex_match(col)})"


def actor_ids_sql(d: Dialect, spec: str) -> Sql | None:
    """The ids of the actors a filter value names by code, name or alias (what `actor_match` looks up in
    the actors table), or None when the value is an actor id (matched as it is)."""
    spec = str(spec).strip()
    if not spec or _ACTOR_ID.match(spec):
        return None
    where, params = _names_actor(d, spec)
    return f"SELECT x.id FROM actors x WHERE {where} ORDER BY x.id", params


# Up to this many resolved actor ids are compared as a list of values on each event row; more are
# joined as a list parameter (d.in_list).
_INLINE_IDS = 64


def actor_match(d: Dialect, spec: str, id_col: str, code_col: str | None = None,
                text_col: str | None = None, ids: list[str] | None = None) -> Sql:
    """Match an actor by actor id, CAMEO code (exact, any case), or name/alias/surface text as a whole word.

    An actor id (16 hex digits, what the dashboard sends) is matched by equality only, which stays cheap
    on a large table; otherwise the name/alias test runs once over the actors table (an IN subquery),
    not per event row -- or not at all when the caller looked the actors up already (`ids`: what
    `actor_ids_sql` returned for `spec`; one small query per request instead of one per side and
    statement, and a plain comparison on each event row instead of a join). `text_col` (the words in
    the article) is tried for rows without a resolved actor. The whole-word regex runs only on values
    that contain the words at all (a case-insensitive substring test, several times cheaper): a pure
    speed-up, except for letters whose case folding differs between ILIKE and regex (e.g. the long s),
    which nobody types into a name filter.
    """
    spec = str(spec).strip()
    if not spec:
        raise QueryError("actor: empty value")
    if _ACTOR_ID.match(spec):
        return f"{id_col} = ?", [spec]
    rx = _word_regex(spec)
    like = search.like_pattern(spec)
    parts: list[str] = []
    params: list[Any] = []
    if ids is None:
        names, params = _names_actor(d, spec)
        parts.append(d.in_subquery(id_col, f"SELECT x.id FROM actors x WHERE {names}"))
    elif len(ids) > _INLINE_IDS:
        parts.append(d.in_list(id_col))
        params.append(list(ids))
    elif ids:
        parts.append(f"{id_col} IN ({', '.join('?' * len(ids))})")
        params += ids
    if code_col:
        parts.append(f"{code_col} = ?")          # codes are stored in upper case
        params.append(spec.upper())
    if text_col:
        text = f"coalesce({text_col}, '')"
        parts.append(f"({id_col} IS NULL AND {_words(d, text)})")
        params += [like, rx]
    return " OR ".join(parts) if parts else "FALSE", params


def actor_specs(filters: dict[str, Any]) -> list[str]:
    """The actor values of the event filters (actor, source, target, dyad), as parse_filters gives them,
    that name actors by code, name or alias (those `actor_ids_sql` looks up)."""
    f = parse_filters(filters)
    specs = [f[k] for k in ("actor", "source", "target") if k in f] + list(f.get("dyad", ()))
    return [s for s in dict.fromkeys(specs) if not _ACTOR_ID.match(s)]


# ---------------------------------------------------------------- events

EVENT_FROM = """
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN actors sa ON sa.id = e.source_actor_id
LEFT JOIN actors ta ON ta.id = e.target_actor_id
"""

EVIDENCE = search.evidence_sql()

EVENT_COLUMNS = f"""
e.id, e.global_id, e.article_id, e.sentence,
e.date, e.event_date, e.date_precision,
e.source_actor_id, e.source_code, coalesce(sa.name, e.source_text) AS source_name, e.source_text,
sa.country AS source_country, sa.kind AS source_kind,
e.target_actor_id, e.target_code, coalesce(ta.name, e.target_text) AS target_name, e.target_text,
ta.country AS target_country, ta.kind AS target_kind,
e.cameo_code, e.cameo_root, e.quad_class, e.goldstein, e.plover_type, e.plover_mode,
e.cue, e.cue_start, e.cue_end, e.modality, e.attribution,
e.place_name, e.place_geonameid, e.place_country, e.place_lat, e.place_lon,
e.evidence_start, e.evidence_end,
{EVIDENCE} AS evidence,
e.rule_id, e.confidence, e.cluster_id,
a.title AS article_title, a.url AS article_url, a.source AS outlet, a.published
"""

# Orders use event columns only, so a page of ids never needs the articles table.
EVENT_ORDER = {
    "date": "e.event_date ASC NULLS LAST, e.article_id, e.evidence_start, e.id",
    "-date": "e.event_date DESC NULLS LAST, e.article_id, e.evidence_start, e.id",
    "goldstein": "e.goldstein ASC NULLS LAST, e.id",
    "-goldstein": "e.goldstein DESC NULLS LAST, e.id",
    "confidence": "e.confidence ASC NULLS LAST, e.id",
    "-confidence": "e.confidence DESC NULLS LAST, e.id",
    "code": "e.cameo_code, e.event_date, e.id",
    "article": "e.article_id, e.evidence_start, e.id",
}

EVENT_FILTERS = EVENT_FILTER_NAMES       # the names; the declarations are filters.EVENT_FILTERS



def _country(side: str, iso3: str) -> Sql:
    """The `side` actor's country is `iso3`: its CAMEO code starts with it (RUSGOV), as GDELT's
    Actor1CountryCode reads it. A prefix test on the event row, no join: cheap on a large table."""
    return f"e.{side}_code LIKE ?", [iso3 + "%"]


def _side(d: Dialect, side: str, spec: str, actor_ids: dict[str, list[str]] | None = None) -> Sql:
    """One side of an event is the actor `spec` (through its id column, code and words; no join)."""
    return actor_match(d, spec, f"e.{side}_actor_id", f"e.{side}_code", f"e.{side}_text",
                       ids=(actor_ids or {}).get(spec))


# Filters that compare one column with their (already checked) value.
_ONE_VALUE_CLAUSES = {
    "root": "e.cameo_root = ?", "quad_class": "e.quad_class = ?", "plover_type": "upper(e.plover_type) = ?",
    "article_id": "e.article_id = ?", "place_country": "upper(e.place_country) = ?",
    "outlet": "lower(a.source) = lower(?)", "min_confidence": "e.confidence >= ?", "cluster_id": "e.cluster_id = ?",
    "event_id": "e.id = ?", "rule_id": "e.rule_id = ?",
}


def event_where(d: Dialect = DUCKDB, extra: str | None = None, probe_search: bool = False,
                actor_ids: dict[str, list[str]] | None = None, **filters: Any) -> Sql:
    """WHERE clause over EVENT_FROM (aliases e, a, sa, ta) for the given filters (filters.EVENT_FILTERS),
    plus an optional extra condition without user values. `probe_search`: a search looked up in the
    index event by event (search.search_clause, for a page of a search with many matches). `actor_ids`:
    the actor filter values already looked up in the actors table (`resolve_actors`), value -> ids; the
    others are looked up in the SQL."""
    f = parse_filters(filters)
    w = _Where()
    if "actor" in f:
        s_sql, s_par = _side(d, "source", f["actor"], actor_ids)
        t_sql, t_par = _side(d, "target", f["actor"], actor_ids)
        w.add(f"({s_sql}) OR ({t_sql})", *s_par, *t_par)
    for side in ("source", "target"):
        if side in f:
            sql, par = _side(d, side, f[side], actor_ids)
            w.add(sql, *par)
    if "dyad" in f:
        x, y = f["dyad"]
        ways = []
        params: list[Any] = []
        for a_, b_ in ((x, y), (y, x)):
            s_sql, s_par = _side(d, "source", a_, actor_ids)
            t_sql, t_par = _side(d, "target", b_, actor_ids)
            ways.append(f"(({s_sql}) AND ({t_sql}))")
            params += s_par + t_par
        w.add(" OR ".join(ways), *params)
    if "country" in f:
        (s_sql, s_par), (t_sql, t_par) = _country("source", f["country"]), _country("target", f["country"])
        w.add(f"{s_sql} OR {t_sql}", *s_par, *t_par)
    for side in ("source", "target"):
        if f"{side}_country" in f:
            sql, par = _country(side, f[f"{side}_country"])
            w.add(sql, *par)
    if "country_pair" in f:
        x, y = f["country_pair"]
        (sx, px), (ty, py) = _country("source", x), _country("target", y)
        (sy, qy), (tx_, qx) = _country("source", y), _country("target", x)
        w.add(f"({sx} AND {ty}) OR ({sy} AND {tx_})", *px, *py, *qy, *qx)
    if "code" in f:
        w.add("e.cameo_code LIKE ?", f["code"] + "%")
    w.date_range("e.event_date", f.get("since"), f.get("until"))
    if f["modality"] is not None:
        w.add(f"e.modality IN ({', '.join('?' * len(f['modality']))})", *f["modality"])
    for name, clause in _ONE_VALUE_CLAUSES.items():
        if name in f:
            w.add(clause, f[name])
    if "search" in f:
        sql, par = search.search_clause(d, f["search"], probe=probe_search, also=search.filters_in_index(f))
        w.add(sql, *par)
    if extra:
        w.add(extra)
    return w.sql(), w.params


def event_from(*sql: str) -> str:
    """EVENT_FROM with only the joins the given SQL fragments use (aliases a, sa, ta), so counts and
    aggregates over a big events table do not pay for joins they do not need."""
    text = " ".join(sql)
    out = ["FROM events e"]
    if re.search(r"\ba\.", text):
        out.append("JOIN articles a ON a.id = e.article_id")
    if re.search(r"\bsa\.", text):
        out.append("LEFT JOIN actors sa ON sa.id = e.source_actor_id")
    if re.search(r"\bta\.", text):
        out.append("LEFT JOIN actors ta ON ta.id = e.target_actor_id")
    return "\n".join(out)


def _order(order: str) -> str:
    if order not in EVENT_ORDER:
        raise QueryError(f"order: expected one of {', '.join(EVENT_ORDER)}, got {order!r}")
    return EVENT_ORDER[order]


def events_sql(d: Dialect = DUCKDB, *, limit: Any = None, offset: Any = None, order: str = "date",
               columns: str = EVENT_COLUMNS, joins: str = "", qualify: str = "",
               actor_ids: dict[str, list[str]] | None = None, **filters: Any) -> Sql:
    """SELECT of events with actors and article fields, in `order`.

    For exports: `columns`/`joins` extend the row, and `qualify` (a condition over window functions,
    without user values, e.g. "the first report of its cluster") keeps only some rows; the extra
    `_ng_keep`/`_ng_pos` columns it needs are dropped by `Store.iter_query`.
    """
    ordering = _order(order)
    where, params = event_where(d, actor_ids=actor_ids, **filters)
    page, pparams = page_sql(limit, offset)
    if qualify:
        inner = (f"SELECT {columns}, ({qualify}) AS _ng_keep, row_number() OVER (ORDER BY {ordering}) AS _ng_pos "
                 f"{EVENT_FROM} {joins} {where}")
        return f"SELECT * FROM ({inner}) q WHERE _ng_keep ORDER BY _ng_pos{page}", params + pparams
    return f"SELECT {columns} {EVENT_FROM} {joins} {where} ORDER BY {ordering}{page}", params + pparams


def event_ids_sql(d: Dialect, *, limit: Any, offset: Any = None, order: str = "date",
                  probe_search: bool = False, actor_ids: dict[str, list[str]] | None = None,
                  **filters: Any) -> Sql:
    """The ids of one page of events in order, with the fewest joins (no text touched).

    DuckDB applies a condition on one column while it scans (reading the other columns only for the
    rows that pass), but not an OR over several columns, such as either actor's id or code: then it
    reads the page's id and order columns of every row before filtering. For those filters
    (`_OR_FILTERS`) the matching rows are found first by rowid (reading only the filter's columns), and
    the page reads the other columns of just those rows (half the time at 1 M events). With an actor
    filter, which no summary can count, the same rows also give the total, as a third column
    `_ng_total` (one scan instead of a second one for `count_events_sql`)."""
    ordering = _order(order)
    where, params = event_where(d, probe_search=probe_search, actor_ids=actor_ids, **filters)
    page, pparams = page_sql(limit, offset)
    used = set(parse_filters(filters))
    if not d.is_postgres and _OR_FILTERS & used:
        total = ", (SELECT count(*) FROM m) AS _ng_total" if _ACTOR_FILTERS & used else ""
        return (f"WITH m AS MATERIALIZED (SELECT e.rowid AS r {event_from(where)} {where}) "
                f"SELECT e.id, e.article_id{total} FROM events e WHERE e.rowid IN (SELECT r FROM m) "
                f"ORDER BY {ordering}{page}", params + pparams)
    return (f"SELECT e.id, e.article_id {event_from(where, ordering)} {where} ORDER BY {ordering}{page}",
            params + pparams)


# Filters whose condition is an OR over several event columns, and those of them naming actors
# (event_ids_sql).
_ACTOR_FILTERS = frozenset({"actor", "source", "target", "dyad"})
_OR_FILTERS = _ACTOR_FILTERS | {"country", "country_pair"}


def events_by_ids_sql(d: Dialect, event_ids: list[str], article_ids: list[str], order: str = "date") -> Sql:
    """Full event rows for known ids (second step of a page: cheap, touches only those articles)."""
    # MATERIALIZED: look the few rows up first, then join (DuckDB otherwise scans the text of every article)
    return (f"WITH e AS MATERIALIZED (SELECT * FROM events WHERE {d.in_list('id')}), "
            f"a AS MATERIALIZED (SELECT * FROM articles WHERE {d.in_list('id')}) "
            f"SELECT {EVENT_COLUMNS} FROM e JOIN a ON a.id = e.article_id "
            "LEFT JOIN actors sa ON sa.id = e.source_actor_id "
            "LEFT JOIN actors ta ON ta.id = e.target_actor_id "
            f"ORDER BY {_order(order)}"), [list(event_ids), list(article_ids)]


def event_spans_sql(table: str, columns: str, by_actor: bool = False) -> str:
    """Spans of `table` (mentions, times, places) inside [start, end) of an article; params: article,
    (the actor, for mentions `by_actor`), start, end."""
    actor = " AND actor_id = ?" if by_actor else ""
    return (f'SELECT {columns} FROM {table} WHERE article_id = ?{actor} AND start >= ? AND "end" <= ? '
            "ORDER BY start, id")


# ---------------------------------------------------------------- actors

ACTOR_FILTERS = ("search", "country", "sector", "kind", "code", "actor_id")


def actors_by_ids_sql(d: Dialect, ids: list[str]) -> Sql:
    return (f"SELECT id, name, code, kind, country, sector FROM actors WHERE {d.in_list('id')} ORDER BY name, id",
            [list(ids)])


def actors_sql(d: Dialect = DUCKDB, *, limit: Any = None, offset: Any = None, search: str | None = None,
               country: str | None = None, sector: str | None = None, kind: str | None = None,
               code: str | None = None, actor_id: str | None = None) -> Sql:
    """Actors with how often they are mentioned, in how many articles, events (asserted) and quotes."""
    w = _Where()
    if search:
        w.add("ac.name ILIKE ? ESCAPE '\\' OR array_to_string(ac.aliases, ' | ') ILIKE ? ESCAPE '\\'",
              search_like(search), search_like(search))
    if country:
        iso = parse_country(country, "country")
        if iso in NO_COUNTRY_TYPES:
            # an NGO's record has no country and its type leads its sector ("NGOHRIAMN"); a row stored before
            # session 12 has the country "NGO": either is what the code's first slot says, as for events
            w.add("(upper(ac.country) = ? OR upper(ac.sector) LIKE ?)", iso, iso + "%")
        else:
            w.add("upper(ac.country) = ?", iso)
    if sector:
        if str(sector).upper() in NO_COUNTRY_TYPES:
            # "--sector NGO": the type leads an NGO's sector ("NGOHRIAMN"); a row stored before session 12 holds
            # it as the country instead
            w.add("(upper(ac.sector) LIKE ? OR upper(ac.country) = ?)", str(sector).upper() + "%",
                  str(sector).upper())
        else:
            w.add("upper(ac.sector) = upper(?)", str(sector))
    if kind:
        w.add("upper(ac.kind) = upper(?)", str(kind))
    if code:
        w.add("upper(ac.code) = upper(?)", str(code))
    if actor_id:
        w.add("ac.id = ?", str(actor_id))
    page, pparams = page_sql(limit, offset)
    # Counts only for the actors this page can show: the id filter goes into each count when given.
    only = "AND actor_id = ?" if actor_id else ""
    only_params = [str(actor_id)] * 3 if actor_id else []
    sql = f"""
WITH ev AS (
    SELECT actor_id, count(*) AS n FROM (
        SELECT source_actor_id AS actor_id FROM events WHERE modality = 'asserted'
        UNION ALL
        SELECT target_actor_id FROM events WHERE modality = 'asserted') x
    WHERE actor_id IS NOT NULL {only} GROUP BY actor_id),
mn AS (SELECT actor_id, count(*) AS n, count(DISTINCT article_id) AS na
       FROM mentions WHERE actor_id IS NOT NULL {only} GROUP BY actor_id),
qt AS (SELECT speaker_actor_id AS actor_id, count(*) AS n
       FROM quotes WHERE speaker_actor_id IS NOT NULL {only.replace('actor_id', 'speaker_actor_id')}
       GROUP BY speaker_actor_id)
SELECT ac.id, ac.name, ac.code, ac.kind, ac.country, ac.sector, ac.role, ac.aliases,
       ac.country_source, ac.country_confidence,
       coalesce(mn.n, 0) AS n_mentions, coalesce(mn.na, 0) AS n_articles,
       coalesce(ev.n, 0) AS n_events, coalesce(qt.n, 0) AS n_quotes
FROM actors ac
LEFT JOIN ev ON ev.actor_id = ac.id
LEFT JOIN mn ON mn.actor_id = ac.id
LEFT JOIN qt ON qt.actor_id = ac.id
{w.sql()}
ORDER BY n_mentions DESC, n_events DESC, ac.name, ac.id{page}"""
    return sql, only_params + w.params + pparams


def search_like(text: str) -> str:
    return search.like_pattern(str(text))


# ---------------------------------------------------------------- quotes

QUOTE_FILTERS = ("speaker", "search", "kind", "article_id", "country", "since", "until", "outlet")


def quotes_sql(d: Dialect = DUCKDB, *, limit: Any = None, offset: Any = None, speaker: str | None = None,
               search: str | None = None, kind: str | None = None, article_id: str | None = None,
               country: str | None = None, since: Any = None, until: Any = None,
               outlet: str | None = None) -> Sql:
    """Quotes with speaker and article. speaker: code, actor id, name/alias, or the speaker's words."""
    w = _Where()
    if speaker:
        sql, par = actor_match(d, speaker, "q.speaker_actor_id", "sp.code", "q.speaker_text")
        w.add(sql, *par)
    if search:
        w.add("q.text ILIKE ? ESCAPE '\\'", search_like(search))
    if kind:
        w.add("q.kind = ?", str(kind))
    if article_id:
        w.add("q.article_id = ?", str(article_id))
    if country:
        w.add("upper(sp.country) = ?", parse_country(country, "country"))
    w.date_range("a.published", since, until)
    if outlet:
        w.add("lower(a.source) = lower(?)", str(outlet))
    page, pparams = page_sql(limit, offset)
    sql = f"""
SELECT q.id, q.article_id, q.kind, q.text, q.start, q."end", q.sentence,
       q.speaker_actor_id, coalesce(sp.name, q.speaker_name, q.speaker_text) AS speaker_name,
       q.speaker_text, sp.code AS speaker_code, sp.country AS speaker_country,
       q.cue, q.addressee_actor_id, q.addressee_text, q.attribution, q.event_ids,
       a.title AS article_title, a.url AS article_url, a.source AS outlet, a.published
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN actors sp ON sp.id = q.speaker_actor_id
{w.sql()}
ORDER BY a.published NULLS LAST, q.article_id, q.start, q.id{page}"""
    return sql, w.params + pparams


# ---------------------------------------------------------------- articles

ARTICLE_FILTERS = ("outlet", "since", "until", "search", "article_id")


def articles_sql(d: Dialect = DUCKDB, *, limit: Any = None, offset: Any = None, outlet: str | None = None,
                 since: Any = None, until: Any = None, search: str | None = None,
                 article_id: str | None = None, with_text: bool = False) -> Sql:
    """Article metadata with event (asserted) and quote counts; the text only when asked for."""
    w = _Where()
    if outlet:
        w.add("lower(a.source) = lower(?)", str(outlet))
    w.date_range("a.published", since, until)
    if search:
        w.add("a.title ILIKE ? ESCAPE '\\' OR a.text ILIKE ? ESCAPE '\\'", search_like(search), search_like(search))
    if article_id:
        w.add("a.id = ?", str(article_id))
    page, pparams = page_sql(limit, offset)
    text_cols = "a.text, a.captions, " if with_text else ""
    sql = f"""
SELECT a.id, a.title, a.url, a.source AS outlet, a.published, a.language, {text_cols}
       length(a.text) AS n_chars, a.origin, a.content_hash, a.ingested_at,
       a.published_source, a.dateline_place, a.agency, a.authors, a.tone,
       coalesce(ev.n, 0) AS n_events, coalesce(qt.n, 0) AS n_quotes
FROM articles a
LEFT JOIN (SELECT article_id, count(*) AS n FROM events WHERE modality = 'asserted'
           GROUP BY article_id) ev ON ev.article_id = a.id
LEFT JOIN (SELECT article_id, count(*) AS n FROM quotes GROUP BY article_id) qt ON qt.article_id = a.id
{w.sql()}
ORDER BY a.published NULLS LAST, a.source, a.id{page}"""
    return sql, w.params + pparams


def article_records_sql(table: str) -> str:
    """All rows of one child table (mentions, places, times) for an article; param: article id."""
    if table not in ("mentions", "places", "times"):
        raise QueryError(f"no article records in {table!r}")
    return f"SELECT * FROM {table} WHERE article_id = ? ORDER BY start, id"


ARTICLE_ACTORS_SQL = (
    "SELECT * FROM actors WHERE id IN (SELECT actor_id FROM mentions WHERE article_id = ? "
    "UNION SELECT source_actor_id FROM events WHERE article_id = ? "
    "UNION SELECT target_actor_id FROM events WHERE article_id = ? "
    "UNION SELECT speaker_actor_id FROM quotes WHERE article_id = ?) ORDER BY name, id")


# ---------------------------------------------------------------- metadata and the ingest log

META_SQL = {
    "event_dates": "SELECT min(event_date) AS first, max(event_date) AS last FROM events WHERE modality = 'asserted'",
    "published": "SELECT min(published) AS first, max(published) AS last FROM articles",
    "outlets": "SELECT source AS outlet, count(*) AS articles FROM articles WHERE source IS NOT NULL "
               "GROUP BY source ORDER BY articles DESC, outlet LIMIT 200",
    "cameo_roots": "SELECT cameo_root AS root, count(*) AS events FROM events WHERE cameo_root IS NOT NULL "
                   "GROUP BY cameo_root ORDER BY root",
    "plover_types": "SELECT plover_type, count(*) AS events FROM events WHERE plover_type IS NOT NULL "
                    "GROUP BY plover_type ORDER BY plover_type",
}


def ingest_log_sql(status: str | None = None, limit: Any = None) -> Sql:
    sql, params = "SELECT origin, article_id, status, reason, logged_at FROM ingest_log", []
    if status:
        sql += " WHERE status = ?"
        params.append(status)
    page, pparams = page_sql(limit, 0)
    return sql + " ORDER BY logged_at, origin" + page, params + pparams

