"""SQL for the read side: filter builders and SELECTs shared by the CLI, the Python API, the REST API
and the exports.

Every builder returns `(sql, params)` with `?` placeholders: user values never enter the SQL text.
Bad filter values raise `QueryError` (a ValueError) with a message fit for an end user.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any, Iterable

MODALITIES = ("asserted", "negated", "planned", "expected", "hypothetical", "feared", "reported")


class QueryError(ValueError):
    """A filter value that cannot be used (malformed date, unknown ordering, negative limit, ...)."""


# ---------------------------------------------------------------- value parsing

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def parse_date_bound(value: Any, name: str, end: bool = False) -> dt.date:
    """`2024-06-19`, `2024-06` or `2024` -> a date; for an upper bound a partial date means its last day."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    m = _PARTIAL_DATE.match(str(value).strip())
    if not m:
        raise QueryError(f"{name}: expected a date like 2024-06-19, 2024-06 or 2024, got {value!r}")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            return dt.date(year, int(month), int(day))
        if month:
            m_ = int(month)
            return dt.date(year, m_, calendar.monthrange(year, m_)[1] if end else 1)
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    except ValueError:
        raise QueryError(f"{name}: not a valid date: {value!r}") from None


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


def _word_regex(text: str) -> str:
    """Case-insensitive match of `text` as a whole word/phrase (RE2 syntax, for regexp_matches)."""
    return r"(?i)(^|[^\w])" + re.escape(text.strip()) + r"($|[^\w])"


def _like(text: str) -> str:
    """ILIKE pattern for a substring, with LIKE wildcards in the user's text escaped (ESCAPE '\\')."""
    return "%" + re.sub(r"([\\%_])", r"\\\1", text) + "%"


def _list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v for v in (s.strip() for s in value.split(",")) if v]
    return [str(v) for v in value]


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


def actor_match(alias: str, spec: str, code_col: str | None = None, id_col: str | None = None,
                text_col: str | None = None) -> tuple[str, list[Any]]:
    """Match an actor by CAMEO code (exact), actor id, or name/alias/surface text as a whole word.

    With `id_col` the name/alias test runs once over the actors table (an IN subquery), not per
    event row, which keeps it fast on large databases; `alias` (the joined actors table) is then
    only needed when there is no id column. `text_col` (the words in the article) is tried for rows
    without a resolved actor.
    """
    spec = str(spec).strip()
    if not spec:
        raise QueryError("actor: empty value")
    rx = _word_regex(spec)
    parts: list[str] = []
    params: list[Any] = []
    if id_col:
        parts.append(f"{id_col} IN (SELECT x.id FROM actors x WHERE x.id = ? OR upper(x.code) = upper(?) "
                     "OR regexp_matches(x.name, ?) "
                     "OR regexp_matches(coalesce(array_to_string(x.aliases, ' | '), ''), ?))")
        params += [spec, spec, rx, rx]
    else:
        parts += [f"regexp_matches(coalesce({alias}.name, ''), ?)",
                  f"regexp_matches(coalesce(array_to_string({alias}.aliases, ' | '), ''), ?)"]
        params += [rx, rx]
    if code_col:
        parts.append(f"upper({code_col}) = upper(?)")
        params.append(spec)
    if text_col:
        cond = f"regexp_matches(coalesce({text_col}, ''), ?)"
        parts.append(f"({id_col} IS NULL AND {cond})" if id_col else cond)
        params.append(rx)
    return " OR ".join(parts), params


# ---------------------------------------------------------------- events

EVENT_FROM = """
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN actors sa ON sa.id = e.source_actor_id
LEFT JOIN actors ta ON ta.id = e.target_actor_id
"""

EVENT_COLUMNS = """
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
substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence,
e.rule_id, e.confidence, e.cluster_id,
a.title AS article_title, a.url AS article_url, a.source AS outlet, a.published
"""

EVENT_ORDER = {
    "date": "e.event_date ASC NULLS LAST, a.published, e.article_id, e.evidence_start, e.id",
    "-date": "e.event_date DESC NULLS LAST, a.published DESC, e.article_id, e.evidence_start, e.id",
    "goldstein": "e.goldstein ASC NULLS LAST, e.id",
    "-goldstein": "e.goldstein DESC NULLS LAST, e.id",
    "confidence": "e.confidence ASC NULLS LAST, e.id",
    "-confidence": "e.confidence DESC NULLS LAST, e.id",
    "code": "e.cameo_code, e.event_date, e.id",
    "article": "e.article_id, e.evidence_start, e.id",
}

EVENT_FILTERS = ("actor", "country", "code", "root", "since", "until", "modality", "quad_class",
                 "plover_type", "article_id", "source", "target", "source_country", "target_country",
                 "country_pair", "place_country", "outlet", "search", "min_confidence", "cluster_id",
                 "event_id", "rule_id")


def event_where(*, actor: str | None = None, country: str | None = None, code: str | None = None,
                root: str | None = None, since: Any = None, until: Any = None,
                modality: str | Iterable[str] | None = "asserted", quad_class: int | None = None,
                plover_type: str | None = None, article_id: str | None = None,
                source: str | None = None, target: str | None = None,
                source_country: str | None = None, target_country: str | None = None,
                country_pair: Iterable[str] | None = None, place_country: str | None = None,
                outlet: str | None = None, search: str | None = None,
                min_confidence: float | None = None, cluster_id: str | None = None,
                event_id: str | None = None, rule_id: str | None = None) -> tuple[str, list[Any]]:
    """WHERE clause over EVENT_FROM (aliases e, a, sa, ta) for the given filters.

    actor/source/target: CAMEO code (RUSGOV), actor id, or a name/alias as a whole word ("Putin").
    country: ISO3 of either side (actor country or code prefix). code: CAMEO code or prefix ("04" = 04x).
    modality: one value, a list, or None for all (default: asserted only).
    """
    w = _Where()
    for side, spec in (("either", actor), ("source", source), ("target", target)):
        if spec is None or spec == "":
            continue
        s_sql, s_par = actor_match("sa", spec, "e.source_code", "e.source_actor_id", "e.source_text")
        t_sql, t_par = actor_match("ta", spec, "e.target_code", "e.target_actor_id", "e.target_text")
        if side == "either":
            w.add(f"({s_sql}) OR ({t_sql})", *s_par, *t_par)
        elif side == "source":
            w.add(s_sql, *s_par)
        else:
            w.add(t_sql, *t_par)
    src_c = "upper(coalesce(sa.country, substr(e.source_code, 1, 3)))"
    tgt_c = "upper(coalesce(ta.country, substr(e.target_code, 1, 3)))"
    if country:
        c = _iso3(country, "country")
        w.add(f"{src_c} = ? OR {tgt_c} = ?", c, c)
    if source_country:
        w.add(f"{src_c} = ?", _iso3(source_country, "source_country"))
    if target_country:
        w.add(f"{tgt_c} = ?", _iso3(target_country, "target_country"))
    if country_pair:
        pair = _list(country_pair)
        if len(pair) != 2:
            raise QueryError(f"country_pair: expected two ISO3 codes, got {country_pair!r}")
        x, y = (_iso3(p, "country_pair") for p in pair)
        w.add(f"({src_c} = ? AND {tgt_c} = ?) OR ({src_c} = ? AND {tgt_c} = ?)", x, y, y, x)
    if code:
        c = str(code).strip()
        if not re.fullmatch(r"\d{1,4}", c):
            raise QueryError(f"code: expected a CAMEO code of 1-4 digits, got {code!r}")
        w.add("e.cameo_code LIKE ?", c + "%")
    if root:
        r = str(root).strip()
        if not re.fullmatch(r"\d{1,2}", r) or not 1 <= int(r) <= 20:
            raise QueryError(f"root: expected a CAMEO root 01-20, got {root!r}")
        w.add("e.cameo_root = ?", r.zfill(2))
    w.date_range("e.event_date", since, until)
    mods = _list(modality)
    if mods and "all" not in mods:
        w.add(f"e.modality IN ({', '.join('?' * len(mods))})", *mods)
    if quad_class is not None and quad_class != "":
        try:
            q = int(quad_class)
        except (TypeError, ValueError):
            q = 0
        if q not in (1, 2, 3, 4):
            raise QueryError(f"quad_class: expected 1-4, got {quad_class!r}")
        w.add("e.quad_class = ?", q)
    if plover_type:
        w.add("upper(e.plover_type) = upper(?)", str(plover_type))
    if article_id:
        w.add("e.article_id = ?", str(article_id))
    if place_country:
        w.add("upper(e.place_country) = ?", _iso3(place_country, "place_country"))
    if outlet:
        w.add("lower(a.source) = lower(?)", str(outlet))
    if search:
        w.add("substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) ILIKE ? ESCAPE '\\'",
              _like(str(search)))
    if min_confidence is not None and min_confidence != "":
        try:
            w.add("e.confidence >= ?", float(min_confidence))
        except (TypeError, ValueError):
            raise QueryError(f"min_confidence: expected a number, got {min_confidence!r}") from None
    if cluster_id:
        w.add("e.cluster_id = ?", str(cluster_id))
    if event_id:
        w.add("e.id = ?", str(event_id))
    if rule_id:
        w.add("e.rule_id = ?", str(rule_id))
    return w.sql(), w.params


def _iso3(value: Any, name: str) -> str:
    v = str(value).strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", v):
        raise QueryError(f"{name}: expected a 3-letter country code (ISO 3166-1 alpha-3), got {value!r}")
    return v


def _page(limit: Any, offset: Any) -> tuple[str, list[Any]]:
    lim, off = check_limit(limit, offset)
    sql, params = "", []
    if lim is not None:
        sql += " LIMIT ?"
        params.append(lim)
    if off:
        sql += " OFFSET ?"
        params.append(off)
    return sql, params


def events_sql(*, limit: Any = None, offset: Any = None, order: str = "date",
               columns: str = EVENT_COLUMNS, joins: str = "", qualify: str = "",
               **filters: Any) -> tuple[str, list[Any]]:
    """SELECT of events with actors and article fields; `columns`/`joins`/`qualify` (a window
    condition without user values) extend it for exports."""
    _check_filters(filters, EVENT_FILTERS)
    if order not in EVENT_ORDER:
        raise QueryError(f"order: expected one of {', '.join(EVENT_ORDER)}, got {order!r}")
    where, params = event_where(**filters)
    page, pparams = _page(limit, offset)
    qual = f" QUALIFY {qualify}" if qualify else ""
    return (f"SELECT {columns} {EVENT_FROM} {joins} {where}{qual} ORDER BY {EVENT_ORDER[order]}{page}",
            params + pparams)


def events_by_ids_sql(event_ids: list[str], article_ids: list[str], order: str = "date") -> tuple[str, list[Any]]:
    """Full event rows for known ids (second step of a page: cheap, touches only those articles)."""
    if order not in EVENT_ORDER:
        raise QueryError(f"order: expected one of {', '.join(EVENT_ORDER)}, got {order!r}")
    return (f"SELECT {EVENT_COLUMNS} "
            "FROM (SELECT * FROM events WHERE id IN (SELECT unnest(?))) e "
            "JOIN (SELECT * FROM articles WHERE id IN (SELECT unnest(?))) a ON a.id = e.article_id "
            "LEFT JOIN actors sa ON sa.id = e.source_actor_id "
            "LEFT JOIN actors ta ON ta.id = e.target_actor_id "
            f"ORDER BY {EVENT_ORDER[order]}"), [list(event_ids), list(article_ids)]


def _check_filters(filters: dict[str, Any], allowed: Iterable[str]) -> None:
    unknown = sorted(set(filters) - set(allowed))
    if unknown:
        raise QueryError(f"unknown filter(s): {', '.join(unknown)}; known: {', '.join(allowed)}")


# ---------------------------------------------------------------- aggregates over events

TIMELINE_INTERVALS = ("day", "week", "month", "year")


def timeline_sql(interval: str = "day", **filters: Any) -> tuple[str, list[Any]]:
    """Events per period and QuadClass with mean Goldstein (aggregated in the database)."""
    if interval not in TIMELINE_INTERVALS:
        raise QueryError(f"interval: expected one of {', '.join(TIMELINE_INTERVALS)}, got {interval!r}")
    _check_filters(filters, EVENT_FILTERS)
    where, params = event_where(**filters)
    where = where + (" AND " if where else "WHERE ") + "e.event_date IS NOT NULL"
    return (f"SELECT CAST(date_trunc('{interval}', e.event_date) AS DATE) AS period, e.quad_class, "
            f"count(*) AS events, avg(e.goldstein) AS goldstein_mean {EVENT_FROM} {where} "
            "GROUP BY ALL ORDER BY period, e.quad_class"), params


def network_sql(limit: Any = 200, **filters: Any) -> tuple[str, list[Any]]:
    """Directed actor-to-actor edges with event counts and mean Goldstein."""
    _check_filters(filters, EVENT_FILTERS)
    where, params = event_where(**filters)
    where = where + (" AND " if where else "WHERE ") + \
        "e.source_actor_id IS NOT NULL AND e.target_actor_id IS NOT NULL"
    page, pparams = _page(limit, 0)
    return (f"SELECT e.source_actor_id, any_value(sa.name) AS source_name, any_value(sa.code) AS source_code, "
            f"e.target_actor_id, any_value(ta.name) AS target_name, any_value(ta.code) AS target_code, "
            f"count(*) AS events, avg(e.goldstein) AS goldstein_mean {EVENT_FROM} {where} "
            f"GROUP BY e.source_actor_id, e.target_actor_id ORDER BY events DESC, source_name, target_name"
            f"{page}"), params + pparams


def places_sql(**filters: Any) -> tuple[str, list[Any]]:
    """Events per event country and per located place (for maps)."""
    _check_filters(filters, EVENT_FILTERS)
    where, params = event_where(**filters)
    where = where + (" AND " if where else "WHERE ") + "e.place_country IS NOT NULL"
    return (f"SELECT e.place_country AS country, e.place_name, avg(e.place_lat) AS lat, avg(e.place_lon) AS lon, "
            f"count(*) AS events, avg(e.goldstein) AS goldstein_mean {EVENT_FROM} {where} "
            "GROUP BY e.place_country, e.place_name ORDER BY events DESC, country, e.place_name"), params


def partners_sql(actor_id: str, limit: Any = 10, **filters: Any) -> tuple[str, list[Any]]:
    """The actors an actor has most events with (either direction), with counts and mean Goldstein."""
    _check_filters(filters, EVENT_FILTERS)
    where, params = event_where(**filters)
    where = where + (" AND " if where else "WHERE ") + "(e.source_actor_id = ? OR e.target_actor_id = ?)"
    page, pparams = _page(limit, 0)
    return (f"SELECT p.id AS actor_id, any_value(p.name) AS name, any_value(p.code) AS code, "
            f"count(*) AS events, avg(e.goldstein) AS goldstein_mean {EVENT_FROM} "
            "JOIN actors p ON p.id = CASE WHEN e.source_actor_id = ? THEN e.target_actor_id "
            f"ELSE e.source_actor_id END {where} GROUP BY p.id ORDER BY events DESC, name{page}"),\
        [actor_id, *params, actor_id, actor_id, *pparams]


# ---------------------------------------------------------------- actors

ACTOR_FILTERS = ("search", "country", "sector", "kind", "code", "actor_id")


def actors_sql(*, limit: Any = None, offset: Any = None, search: str | None = None,
               country: str | None = None, sector: str | None = None, kind: str | None = None,
               code: str | None = None, actor_id: str | None = None) -> tuple[str, list[Any]]:
    """Actors with how often they are mentioned, in how many articles, events (asserted) and quotes."""
    w = _Where()
    if search:
        w.add("ac.name ILIKE ? ESCAPE '\\' OR array_to_string(ac.aliases, ' | ') ILIKE ? ESCAPE '\\'",
              _like(search), _like(search))
    if country:
        w.add("upper(ac.country) = ?", _iso3(country, "country"))
    if sector:
        w.add("upper(ac.sector) = upper(?)", str(sector))
    if kind:
        w.add("upper(ac.kind) = upper(?)", str(kind))
    if code:
        w.add("upper(ac.code) = upper(?)", str(code))
    if actor_id:
        w.add("ac.id = ?", str(actor_id))
    page, pparams = _page(limit, offset)
    sql = f"""
WITH ev AS (
    SELECT actor_id, count(*) AS n FROM (
        SELECT source_actor_id AS actor_id FROM events WHERE modality = 'asserted'
        UNION ALL
        SELECT target_actor_id FROM events WHERE modality = 'asserted') x
    WHERE actor_id IS NOT NULL GROUP BY actor_id),
mn AS (SELECT actor_id, count(*) AS n, count(DISTINCT article_id) AS na
       FROM mentions WHERE actor_id IS NOT NULL GROUP BY actor_id),
qt AS (SELECT speaker_actor_id AS actor_id, count(*) AS n
       FROM quotes WHERE speaker_actor_id IS NOT NULL GROUP BY speaker_actor_id)
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
    return sql, w.params + pparams


# ---------------------------------------------------------------- quotes

QUOTE_FILTERS = ("speaker", "search", "kind", "article_id", "country", "since", "until", "outlet")


def quotes_sql(*, limit: Any = None, offset: Any = None, speaker: str | None = None,
               search: str | None = None, kind: str | None = None, article_id: str | None = None,
               country: str | None = None, since: Any = None, until: Any = None,
               outlet: str | None = None) -> tuple[str, list[Any]]:
    """Quotes with speaker and article. speaker: code, actor id, name/alias, or the speaker's words."""
    w = _Where()
    if speaker:
        s_sql, s_par = actor_match("sp", speaker, "sp.code", "q.speaker_actor_id", "q.speaker_text")
        w.add(s_sql, *s_par)
    if search:
        w.add("q.text ILIKE ? ESCAPE '\\'", _like(str(search)))
    if kind:
        w.add("q.kind = ?", str(kind))
    if article_id:
        w.add("q.article_id = ?", str(article_id))
    if country:
        w.add("upper(sp.country) = ?", _iso3(country, "country"))
    w.date_range("a.published", since, until)
    if outlet:
        w.add("lower(a.source) = lower(?)", str(outlet))
    page, pparams = _page(limit, offset)
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


def articles_sql(*, limit: Any = None, offset: Any = None, outlet: str | None = None,
                 since: Any = None, until: Any = None, search: str | None = None,
                 article_id: str | None = None, with_text: bool = False) -> tuple[str, list[Any]]:
    """Article metadata with event (asserted) and quote counts; the text only when asked for."""
    w = _Where()
    if outlet:
        w.add("lower(a.source) = lower(?)", str(outlet))
    w.date_range("a.published", since, until)
    if search:
        w.add("a.title ILIKE ? ESCAPE '\\' OR a.text ILIKE ? ESCAPE '\\'", _like(search), _like(search))
    if article_id:
        w.add("a.id = ?", str(article_id))
    page, pparams = _page(limit, offset)
    text_cols = "a.text, a.captions, " if with_text else ""
    sql = f"""
SELECT a.id, a.title, a.url, a.source AS outlet, a.published, a.language, {text_cols}
       length(a.text) AS n_chars, a.origin, a.content_hash, a.ingested_at,
       coalesce(ev.n, 0) AS n_events, coalesce(qt.n, 0) AS n_quotes
FROM articles a
LEFT JOIN (SELECT article_id, count(*) AS n FROM events WHERE modality = 'asserted'
           GROUP BY article_id) ev ON ev.article_id = a.id
LEFT JOIN (SELECT article_id, count(*) AS n FROM quotes GROUP BY article_id) qt ON qt.article_id = a.id
{w.sql()}
ORDER BY a.published NULLS LAST, a.source, a.id{page}"""
    return sql, w.params + pparams
