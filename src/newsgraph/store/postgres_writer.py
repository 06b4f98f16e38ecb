"""Statements inside one PostgreSQL write transaction (`PostgresWriter`): bulk inserts through COPY
(straight into the tables during a bulk load, else staged and then INSERT ... ON CONFLICT), the evidence
index's rows with their keys built in the client, and the actors merged in SQL under the row lock.

Why apart from postgres_backend.py: the backend owns connections, transactions and the bulk load's
lifecycle; this is what one transaction writes and the binary and CSV encodings that COPY takes.
"""
from __future__ import annotations

import functools
import io
import operator
import re
import struct
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from newsgraph.store import rows as R
from newsgraph.store.dialect import POSTGRES, to_pyformat

if TYPE_CHECKING:
    from newsgraph.store import postgres_sums as sums


_COPY_CHUNK = 4096           # rows per CSV chunk of a bulk COPY (`PostgresWriter._copy_direct`)
# information_schema data types a binary COPY writes (psycopg's type names for `Copy.set_types`)
_BINARY_TYPES = {"character varying": "varchar", "text": "text", "integer": "int4", "bigint": "int8",
                 "double precision": "float8", "date": "date", "boolean": "bool",
                 "timestamp without time zone": "timestamp"}


def _pg_arrow_type(data_type: str):
    """The Arrow type for an information_schema data_type (the staging of bulk inserts)."""
    import pyarrow as pa

    return {"integer": pa.int32(), "bigint": pa.int64(), "double precision": pa.float64(), "date": pa.date32(),
            "timestamp without time zone": pa.timestamp("us"), "boolean": pa.bool_()}.get(data_type, pa.string())


def _csv(rows: list[dict[str, Any]], cols: list[tuple[str, str]]) -> memoryview:
    """The rows as CSV for COPY, written by Arrow in C++ (nulls unquoted and empty, strings quoted)."""
    import pyarrow.csv as pcsv

    data = R.arrow_table(rows, [(n, _pg_arrow_type(typ)) for n, typ in cols])
    sink = io.BytesIO()
    pcsv.write_csv(data, sink, pcsv.WriteOptions(include_header=False))
    return sink.getbuffer()


def _pg_text_array(items: list[str | None]) -> str:
    """A PostgreSQL text[] literal, every element quoted (an unquoted NULL would be a null). Lists
    without a null, quote or backslash (the words of the evidence index) are joined in one C call."""
    try:
        plain = "".join(items)                   # TypeError for a null (or any non-string) element
    except TypeError:
        plain = '"'
    if '"' not in plain and "\\" not in plain:
        return '{"' + '","'.join(items) + '"}' if items else "{}"
    return "{" + ",".join("NULL" if t is None else '"' + str(t).replace("\\", "\\\\").replace('"', '\\"') + '"'
                          for t in items) + "}"


def _token_chunks(modality: str | None, source_code: str | None, target_code: str | None) -> tuple[int, bytes]:
    """How many filter tokens an event has (search.filter_tokens) and their keys as elements of a binary
    int8[] (`_key_chunks`). Cached per token, not per event: a load repeats a few modalities and a few
    hundred countries, while their triples hardly repeat (every third event missed a cache of 8,192 triples)."""
    n, out = 1, _modality_chunk(modality)
    if source_code is not None:
        n, out = n + 1, out + _country_chunk(source_code[:3])
    if target_code is not None:
        n, out = n + 1, out + _country_chunk(target_code[:3])
    return n, out


@functools.lru_cache(maxsize=1024)
def _modality_chunk(modality: str | None) -> bytes:
    from newsgraph.store.search import modality_token

    return _key_chunks([modality_token(modality)])


@functools.lru_cache(maxsize=4096)
def _country_chunk(iso3: str) -> bytes:
    from newsgraph.store.search import country_token

    return _key_chunks([country_token(iso3)])


_KEY_CHUNK: dict[str, bytes] = {}   # word -> its key (search.term_id) as an int8[] element, for the words seen lately
_KEY_CHUNK_MAX = 1_000_000          # emptied when it holds this many (a load's vocabulary mostly repeats)
# PostgreSQL's binary array (array_send): dimensions, has-nulls flag, element type (int8), length, lower bound
_INT8_ARRAY_HEAD = struct.Struct(">iiIii")
_INT8_OID = 20


def _key_chunks(words: list[str]) -> bytes:
    """The index keys of `words` (search.term_id) as the elements of a binary int8[] (each a length
    and 8 bytes). A word's element is computed once, then looked up: a load's words repeat."""
    chunks = _KEY_CHUNK
    try:
        return b"".join([chunks[w] for w in words])
    except KeyError:
        from newsgraph.store.search import term_id

        if len(chunks) >= _KEY_CHUNK_MAX:
            chunks.clear()
        out = []
        for w in words:
            # the elements are kept here, not read back from the cache, which another writer's thread
            # may empty meanwhile (then a word just computed would be missing: KeyError)
            c = chunks.get(w)
            if c is None:
                c = chunks[w] = b"\x00\x00\x00\x08" + term_id(w).to_bytes(8, "big", signed=True)
            out.append(c)
        return b"".join(out)


def _int8_array(n: int, elements: bytes) -> bytes:
    """A one-dimensional int8[] without nulls in PostgreSQL's binary format, from `n` elements' bytes."""
    return _INT8_ARRAY_HEAD.pack(1, 0, _INT8_OID, n, 1) + elements


# a statement that changes the events table other than through PostgresWriter.insert
_CHANGES_EVENTS = re.compile(r"\b(?:DELETE\s+FROM|UPDATE|INSERT\s+INTO)\s+events\b", re.I)


def _kept(rows: Iterable[Any], keep: Callable[[Any], None]) -> Iterator[Any]:
    """`rows`, each also handed to `keep` as it goes by."""
    for r in rows:
        keep(r)
        yield r


class PostgresWriter:
    """Statements inside one PostgreSQL transaction."""

    dialect = POSTGRES
    takes_event_tuples = True   # Store.write hands the events over as rows.EventTuples

    def __init__(self, cur, summaries_deferred: bool = False, sums: "sums.BatchColumns | None" = None):
        self.cur = cur
        # inside a sole bulk load: the summary columns of the events this transaction copies (postgres_sums)
        self.sums = sums
        # inside a bulk load that recomputes the summaries at its end: writes leave them alone, and rows
        # are copied straight into their tables (`_copy_direct`)
        self.summaries_deferred = summaries_deferred
        self._columns: dict[str, list[tuple[str, str]]] = {}
        self._staging: set[str] = set()
        self._copied_events: dict[str, dict[str, Any]] = {}   # event rows copied straight in (their tokens)

    def execute(self, sql: str, params: list[Any] | tuple = ()) -> list[tuple]:
        if self.sums is not None and _CHANGES_EVENTS.search(sql):
            self.sums.invalid = True         # events not copied by `insert`: the summaries from the server
        self.cur.execute(to_pyformat(sql), list(params))
        return self.cur.fetchall() if self.cur.description else []

    def columns(self, table: str) -> list[tuple[str, str]]:
        if table not in self._columns:
            self.cur.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = %s AND table_schema = current_schema() ORDER BY ordinal_position", [table])
            self._columns[table] = [(r[0], r[1]) for r in self.cur.fetchall()]
        return self._columns[table]

    def _stage(self, table: str, rows: list[dict[str, Any]], cols: list[tuple[str, str]] | None = None) -> str:
        """COPY the rows into a temporary table shaped like `table` (emptied at commit), or with the
        given (name, data type) columns."""
        tmp = f"_ng_stage_{table}"
        if tmp not in self._staging:
            shape = ", ".join(f"{n} {t}" for n, t in cols) if cols else f"LIKE {table}"
            self.cur.execute(f"CREATE TEMP TABLE IF NOT EXISTS {tmp} ({shape}) ON COMMIT DELETE ROWS")
            self._staging.add(tmp)
        self.cur.execute(f"TRUNCATE {tmp}")
        cols = cols or self.columns(table)
        names = [n for n, _ in cols]
        quoted = ", ".join(f'"{n}"' for n in names)
        if any(typ == "ARRAY" for _, typ in cols):          # lists: psycopg writes PostgreSQL's array syntax
            with self.cur.copy(f"COPY {tmp} ({quoted}) FROM STDIN") as copy:
                for r in rows:
                    copy.write_row([r.get(n) for n in names])
            return tmp
        with self.cur.copy(f"COPY {tmp} ({quoted}) FROM STDIN (FORMAT csv)") as copy:
            copy.write(_csv(rows, cols))
        return tmp

    def _copy_direct(self, table: str, rows: list[Any], cols: list[tuple[str, str]],
                     convert: Callable[[list[Any]], list[dict[str, Any]]] | None = None) -> bool:
        """COPY the rows straight into `table` (no staging table, no INSERT ... SELECT) inside a savepoint.
        For a bulk load into a fresh database, where a row is seldom stored already: when one is (another
        loader stored the same article first), the primary key refuses the COPY, the savepoint is rolled
        back and False returned, and the caller takes the staged ON CONFLICT path for the whole batch.

        The rows go out in chunks of _COPY_CHUNK, each turned into CSV (after `convert`, if given, makes
        the chunk's row dicts) while the server stores the chunk before it: the client's Python and the
        server's COPY run at the same time instead of one after the other. Tables of plain scalar columns
        (events, mentions) go in PostgreSQL's binary format instead, row by row through psycopg's C
        writer, which streams as it goes: half the client's time of the CSV way, and no text for the
        server to parse."""
        quoted = ", ".join(f'"{n}"' for n, _ in cols)
        if convert is None and all(typ in _BINARY_TYPES for _, typ in cols):
            names = [n for n, _ in cols]
            values = operator.itemgetter(*names) if len(names) > 1 else (lambda r: (r[names[0]],))

            def tuples() -> Iterator[Any]:
                for r in rows:
                    try:
                        yield values(r)
                    except KeyError:                          # a missing key is a NULL
                        yield [r.get(n) for n in names]

            return self._copy_binary(table, cols, tuples())
        lists = [n for n, typ in cols if typ == "ARRAY"]
        if lists:          # lists travel as array literals in a text field
            cols = [(n, "text" if typ == "ARRAY" else typ) for n, typ in cols]

        def write_csv(copy) -> None:
            for i in range(0, len(rows), _COPY_CHUNK):
                part = rows[i:i + _COPY_CHUNK]
                if convert is not None:
                    part = convert(part)
                if lists:
                    part = [{**r, **{n: None if r.get(n) is None else _pg_text_array(r[n]) for n in lists}}
                            for r in part]
                copy.write(_csv(part, cols))

        return self._copy_in(f"COPY {table} ({quoted}) FROM STDIN (FORMAT csv)", write_csv)

    def _copy_binary(self, table: str, cols: list[tuple[str, str]], rows: Iterable[Any]) -> bool:
        """`_copy_direct`'s binary way: each row a sequence of the `cols` values, in their order."""
        quoted = ", ".join(f'"{n}"' for n, _ in cols)

        def write_binary(copy) -> None:
            copy.set_types([_BINARY_TYPES[typ] for _, typ in cols])
            for r in rows:
                copy.write_row(r)

        return self._copy_in(f"COPY {table} ({quoted}) FROM STDIN (FORMAT binary)", write_binary)

    def _copy_in(self, sql: str, write: Callable[[Any], None]) -> bool:
        """Run a COPY ... FROM STDIN fed by `write(copy)` inside a savepoint; False if a primary key
        refused a row (the savepoint rolled back)."""
        try:
            with self.cur.connection.transaction():              # a savepoint
                with self.cur.copy(sql) as copy:
                    write(copy)
        except self._unique_violation():
            return False
        return True

    def _unique_violation(self):
        from psycopg.errors import UniqueViolation

        return UniqueViolation

    def insert(self, table: str, rows: list[dict[str, Any]], on_conflict: str = "nothing",
               key: str = "id", then: Callable[[str], None] | None = None) -> int:
        """Bulk insert (COPY, then INSERT ... ON CONFLICT); returns how many rows were inserted or updated.
        `then(name)` runs afterwards with the name of a table holding just the rows this call inserted
        (not those another writer stored first)."""
        if not rows:
            return 0
        cols = self.columns(table)
        direct = self.summaries_deferred and then is None and on_conflict in ("nothing", "none", "new")
        if isinstance(rows, R.EventTuples):
            names = rows.columns([n for n, _ in cols]) if direct else None
            if names is not None:
                types = dict(cols)
                copied: list[tuple] = []
                tuples = rows.tuples(names) if self.sums is None else _kept(rows.tuples(names), copied.append)
                if self._copy_binary(table, [(n, types[n]) for n in names], tuples):
                    # the records' own field dicts: insert_terms reads their modality and actor codes
                    self._copied_events.update((e.id, vars(e)) for e, _ in rows.events)
                    if self.sums is not None:
                        self.sums.add(names, copied)
                    return len(rows)
                direct = False                    # a key refused a row: the staged ON CONFLICT path
            rows = rows.dicts()
        if table == "events" and self.sums is not None:
            self.sums.invalid = True              # events stored another way: the summaries from the server
        if direct and self._copy_direct(table, rows, cols):
            if table == "events":
                self._copied_events.update((r["id"], r) for r in rows)
            return len(rows)
        tmp = self._stage(table, rows)
        names = [n for n, _ in cols]
        conflict = {"nothing": " ON CONFLICT DO NOTHING", "none": " ON CONFLICT DO NOTHING",
                    "new": " ON CONFLICT DO NOTHING",
                    "update": f" ON CONFLICT ({key}) DO UPDATE SET "
                              + ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != key)}[on_conflict]
        if then is None:
            self.cur.execute(f"INSERT INTO {table} SELECT * FROM {tmp}{conflict}")
            return self.cur.rowcount
        self.cur.execute(f"WITH ins AS (INSERT INTO {table} SELECT * FROM {tmp}{conflict} RETURNING {key}) "
                         f"DELETE FROM {tmp} s WHERE NOT EXISTS (SELECT 1 FROM ins WHERE ins.{key} = s.{key})")
        n = self.execute(f"SELECT count(*) FROM {tmp}")[0][0]
        then(tmp)
        return n

    def insert_terms(self, rows: list[tuple[str, str]]) -> None:
        """The evidence index from (event id, evidence sentence) pairs of stored events: one (event id,
        keys, evidence) row per event in `evidence_index`, the keys (search.term_id) GIN-indexed: those
        of the distinct words (split in Python, search.event_terms) and of the event's modality and actor
        countries (search.FILTER_IDS_SQL, read from its row), which let a filtered search be counted there."""
        from newsgraph.store.search import FILTER_IDS_SQL, event_terms, term_ids

        if not rows:                # the pairs come through search.indexed_evidence: none without a sentence
            return
        copied = self._copied_events
        if copied and all(eid in copied for eid, _ in rows):
            # the events were copied straight in: their words and filter tokens from the same rows, in
            # Python, streamed in PostgreSQL's binary format while the server stores what came before
            # (the keys as a binary int8[] the server reads without parsing text)
            def write_index(copy) -> None:
                copy.set_types(["varchar", "bytea", "text"])        # bytea: the int8[] travels as built
                for eid, words, text in event_terms(rows):
                    e = copied[eid]
                    n, tokens = _token_chunks(e.get("modality"), e.get("source_code"), e.get("target_code"))
                    copy.write_row((eid, _int8_array(len(words) + n, _key_chunks(words) + tokens), text))

            if self._copy_in("COPY evidence_index (event_id, terms, evidence) FROM STDIN (FORMAT binary)",
                             write_index):
                return
        rows = event_terms(rows)
        # each event's word keys travel as one bigint[] literal in a CSV field
        tmp = self._stage("_ng_terms", [{"event_id": eid, "words": "{" + ",".join(str(k) for k in term_ids(words)) + "}",
                                         "evidence": text} for eid, words, text in rows],
                          [("event_id", "character varying"), ("words", "text"), ("evidence", "text")])
        # the events this transaction staged (a hash join), else (a migration) the stored ones by key
        events = "_ng_stage_events" if "_ng_stage_events" in self._staging else "events"
        self.cur.execute("INSERT INTO evidence_index (event_id, terms, evidence) "
                         f"SELECT t.event_id, CAST(t.words AS BIGINT[]) || {FILTER_IDS_SQL}, t.evidence "
                         f"FROM {tmp} t JOIN {events} e ON e.id = t.event_id ON CONFLICT DO NOTHING")

    def merge_actors(self, batch: dict[str, dict[str, Any]]) -> tuple[int, int]:
        """Upsert actors in one statement, each stored row merged with the batch's by the rules of
        `rows.merge_actor_rows` (the same row whatever order the articles came in), under the row lock:
        text fields the non-empty and then smallest value (code-point order: COLLATE "C"), the country
        with its source and confidence from the row with the better `rows.country_key`, the aliases the
        name and then the union sorted, the code recomputed (country + sector, or ---)."""
        tmp = self._stage("actors", list(batch.values()))
        merged = {f: (f'coalesce(least(nullif(t.{f}, \'\') COLLATE "C", nullif(excluded.{f}, \'\') COLLATE "C"), '
                      f"CASE WHEN t.{f} IS NOT DISTINCT FROM excluded.{f} THEN t.{f} END)")
                  for f in ("name", "kind", "sector", "role")}
        take_new = f"{_country_key_sql('excluded')} < {_country_key_sql('t')}"
        merged["country"] = f"CASE WHEN {take_new} THEN nullif(excluded.country, '') ELSE nullif(t.country, '') END"
        merged["country_source"] = (f"CASE WHEN {take_new} THEN nullif(excluded.country_source, '') "
                                    "ELSE nullif(t.country_source, '') END")
        merged["country_confidence"] = (f"CASE WHEN {take_new} THEN excluded.country_confidence "
                                        "ELSE t.country_confidence END")
        name = merged["name"]
        merged["aliases"] = (f"array_remove(ARRAY[nullif({name}, '')]::varchar[], NULL) || ARRAY(SELECT d.x FROM (SELECT DISTINCT u.x FROM "
                             "unnest(coalesce(t.aliases, ARRAY[]::varchar[]) || coalesce(excluded.aliases, "
                             f"ARRAY[]::varchar[])) AS u(x) WHERE u.x IS NOT NULL AND u.x <> '' AND u.x <> {name}) d "
                             'ORDER BY d.x COLLATE "C")')
        merged["code"] = (f"coalesce(nullif(coalesce({merged['country']}, '') || coalesce({merged['sector']}, ''), ''), "
                          "'---')")
        fields = list(merged)
        sets = ", ".join(f"{f} = {merged[f]}" for f in fields)
        changed = (f"({', '.join('t.' + f for f in fields)}) IS DISTINCT FROM ({', '.join(merged[f] for f in fields)})")
        self.cur.execute(f"INSERT INTO actors AS t SELECT * FROM {tmp} ON CONFLICT (id) DO UPDATE SET {sets} "
                         f"WHERE {changed} RETURNING (xmax = 0)")
        flags = [r[0] for r in self.cur.fetchall()]
        return sum(flags), len(flags) - sum(flags)


def _country_key_sql(row: str) -> str:
    """`rows.country_key` of the actor row `row` (t or excluded) as an SQL row value: the smaller is kept."""
    ranks = ", ".join(f"'{k}'" for k in R.COUNTRY_SOURCE_RANK)
    n = len(R.COUNTRY_SOURCE_RANK)
    source = f"nullif({row}.country_source, '')"
    return (f"(nullif({row}.country, '') IS NULL, {row}.country_confidence IS NULL, "
            f"-coalesce({row}.country_confidence, 0), "
            f"coalesce(array_position(ARRAY[{ranks}]::varchar[], {source}), "
            f"CASE WHEN {source} IS NULL THEN {n + 2} ELSE {n + 1} END), "
            f"coalesce({source}, '') COLLATE \"C\", coalesce(nullif({row}.country, ''), '') COLLATE \"C\")")
