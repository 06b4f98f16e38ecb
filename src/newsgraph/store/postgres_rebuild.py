"""What a PostgreSQL bulk load defers to its end, and the repair of a dead loader redoes: the secondary
indexes (their statements read from schema_postgres.sql), each summary recomputed from the stored events,
and ANALYZE.

Why apart from postgres_backend.py: these are statements on one connection, each under its own advisory
locks, with no state of the backend's; the backend decides when they run (`PostgresBackend.bulk_load`,
`_finish_bulk_load`, `recover_bulk_loads`) and this module how each is done.
"""
from __future__ import annotations

import functools
import re
from contextlib import contextmanager
from typing import Iterator

from newsgraph.store import postgres_gin as gin
from newsgraph.store import postgres_sums as sums
from newsgraph.store.dialect import POSTGRES
from newsgraph.store.schema import _PG_SCHEMA_LOCK


_CREATE_INDEX = re.compile(r"CREATE INDEX IF NOT EXISTS (\w+) ON (\w+)", re.I)
_PARTIAL_INDEX = re.compile(r"\)\s+WHERE\s", re.I)
# Indexes a bulk load keeps: ingest looks articles up by content hash while it loads (a few per article).
_KEPT_WHILE_LOADING = ("articles",)
_INDEX_LOCK_CLASS = 7_411_963    # advisory lock (this, hashtext(name)): that index is being built
_REBUILD_LOCK_CLASS = 7_411_964  # advisory lock (this, hashtext(table)): that summary is being rebuilt
# Summaries rebuilt from the events grouped by their raw columns first (summaries.add_sql `pregroup`): their
# events repeat days, places and scores; the actor pairs and country-days are about one group per event.
PREGROUPED = ("sum_days", "sum_place_countries", "sum_places")
# Summaries grouped by sorting when rebuilt (`summary_settings`): about one group per event (an actor pair;
# a country, day, modality and QuadClass), so a hash table of every group would be sorted again for the
# ORDER BY anyway.
_SORT_GROUPED = ("sum_pairs", "sum_country_days")
MAINTENANCE_MEM = "512MB"       # per index-building session of a bulk load (and the GIN pending-list cleaner's)
# The tables a bulk load fills most, analysed one statement each (the two connections share them out);
# then the rest of the database in one statement (`analyze_others`).
ANALYZED_FIRST = ("evidence_index", "events", "mentions", "articles", "sum_pairs", "sum_country_days")


def lock_summaries(cur, tables) -> None:
    """For a transaction that recomputes these summary tables: one rebuild of a table at a time (two
    loaders ending together would otherwise both delete its old rows and both add theirs: doubled; the
    table locks in one order, so rebuilds of several tables cannot deadlock), then event writes held
    off until the commit (SHARE on events; index builds, which take SHARE too, go on)."""
    for table in sorted(tables):
        cur.execute("SELECT pg_advisory_xact_lock(%s, hashtext(%s))", [_REBUILD_LOCK_CLASS, table])
    cur.execute("LOCK TABLE events IN SHARE MODE")


def summary_settings(cur, tables) -> None:
    """Settings for a transaction that recomputes these summary tables from all events (measured at
    1 M events, where the large tables have about one group per event or two):
    - 512 MB of work_mem: the groupings in memory, not on disk (a third faster);
    - no parallel workers and no JIT: a partial aggregate per worker of groups that hardly repeat is
      the work twice (sum_country_days: 1.4 M partial rows from 2 M finalised again, each worker's
      250 MB hash table in fresh memory), JIT compiled for 0.2 s per statement and process, and the
      end of a load already keeps two connections busy;
    - the tables in _SORT_GROUPED grouped by sorting (the sort their ORDER BY needs anyway) instead
      of a hash table of every group sorted afterwards.
    sum_pairs at 1 M, server CPU in two rounds: 8.0 / 4.8 s before, 4.6 / 3.5 s with both.
    sum_country_days gained nothing from sorting while it summed numerics per row (6.3-7.2 s at 1 M).
    Summed in integer millionths (`rebuild_summary`), the sort of its groups (an event counts once per
    actor country: 1.6 groups per event on the bench) is most of its cost, and grouping by that one sort
    takes about a fifth of the statement's CPU off (EVALUATION, session 41, branch pg45)."""
    cur.execute("SELECT set_config('work_mem', '512MB', true), set_config('jit', 'off', true), "
                "set_config('max_parallel_workers_per_gather', '0', true)"
                + (", set_config('enable_hashagg', 'off', true)" if set(tables) <= set(_SORT_GROUPED) else ""))


def analyze_others(con) -> str:
    """ANALYZE of every table of the schema but those in ANALYZED_FIRST."""
    rows = con.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                       "AND NOT (tablename = ANY(%s)) ORDER BY 1", [list(ANALYZED_FIRST)]).fetchall()
    return "ANALYZE " + ", ".join(r[0] for r in rows) if rows else "SELECT 1"


@functools.lru_cache(maxsize=1)
def index_statements() -> dict[str, str]:
    """Index name -> its CREATE INDEX statement, for every index schema_postgres.sql creates."""
    from newsgraph.store.schema import _read, _statements

    out = {}
    for stmt in _statements(_read(POSTGRES.schema_file)):
        m = _CREATE_INDEX.match(stmt)
        if m:
            out[m.group(1)] = stmt
    return out


def secondary_indexes() -> list[str]:
    """The indexes a bulk load defers: those schema_postgres.sql creates (the primary keys are not among
    them), except on the tables in _KEPT_WHILE_LOADING, the full-text index (filled beside the load,
    postgres_gin) and the partial indexes: those hold the few unresolved or undated events, so kept
    they cost the load a test per row on the server's idle core, where built at the end each read the
    whole events table (0.25-0.4 s of server CPU each at 1 M events, three of them, session 13)."""
    return [name for name, stmt in index_statements().items()
            if _CREATE_INDEX.match(stmt).group(2) not in _KEPT_WHILE_LOADING and name != gin.INDEX
            and not _PARTIAL_INDEX.search(stmt)]


@contextmanager
def schema_lock(con) -> Iterator[None]:
    """The schema's advisory lock (schema.py) for this session: index changes take turns."""
    con.execute("SELECT pg_advisory_lock(%s)", [_PG_SCHEMA_LOCK])
    try:
        yield
    finally:
        con.execute("SELECT pg_advisory_unlock(%s)", [_PG_SCHEMA_LOCK])


def create_index(con, name: str) -> None:
    """One deferred index, from its statement in schema_postgres.sql. The schema's advisory lock is
    taken shared (an open's ensure_schema, which creates every index, waits; this loader's other
    connection may build another index meanwhile) and the index's own lock exclusively (another
    loader ending at the same moment never races on this name)."""
    con.execute("SELECT pg_advisory_lock_shared(%s), pg_advisory_lock(%s, hashtext(%s))",
                [_PG_SCHEMA_LOCK, _INDEX_LOCK_CLASS, name])
    try:
        con.execute(index_statements()[name])
    finally:
        con.execute("SELECT pg_advisory_unlock(%s, hashtext(%s)), pg_advisory_unlock_shared(%s)",
                    [_INDEX_LOCK_CLASS, name, _PG_SCHEMA_LOCK])


def rebuild_summary(con, summary, load_sums: sums.LoadSummaries | None = None) -> None:
    """Recompute one summary table from the stored events, in its own transaction: event writes are
    held off (SHARE on events: they wait for every rebuild running; index builds do not) and so is
    another rebuild of the same table (an advisory lock per table). A writer that gets in after this
    commit adds its own events' counts as usual. A table grouped straight from the events (not
    pregrouped: about a group per event) sums the Goldstein scores in integer millionths when that is
    exact for the stored scores (summaries.MICRO_EXACT_SQL, checked under the lock: no event comes in
    before the commit). With a sole loader's `load_sums` the table is grouped by the client and copied
    in when those columns are usable (postgres_sums: the same rows in the same order)."""
    from newsgraph.store import summaries

    pregroup = summary.table in PREGROUPED
    with con.transaction(), con.cursor() as cur:
        lock_summaries(cur, [summary.table])
        if (load_sums is not None and summary.table in sums.BUILDERS and load_sums.usable(cur)
                and (summary.table not in sums.UPPER_KEYED or load_sums.ascii_upper)):
            grouped = sums.BUILDERS[summary.table](load_sums.table())
            if grouped is not None:
                cur.execute(f"DELETE FROM {summary.table}")
                sums.copy_in(cur, summary.table, grouped)
                return
        summary_settings(cur, [summary.table])
        micro = not pregroup and bool(cur.execute(summaries.MICRO_EXACT_SQL).fetchone()[0])
        cur.execute(f"DELETE FROM {summary.table}")
        cur.execute(summaries.add_sql(summary, "events", 1, empty=True, pregroup=pregroup, micro=micro))
