"""The summaries of a PostgreSQL sole bulk load grouped by the client in Arrow and numpy and copied in.

Why: on the bench corpus `sum_country_days` and `sum_pairs` hold about one group per event (1.6 M and 1 M
rows at 1 M events), so rebuilding them at the end of a bulk load (`postgres_rebuild.rebuild_summary`:
INSERT ... SELECT ... GROUP BY ... ORDER BY over every stored event) is a sort of every event and an
insert of as many rows through PostgreSQL's executor: 7-9 of the server's CPU-seconds at 1 M, the end's
longest jobs. The client already holds each event's values (it copies them in, `rows.EventTuples`), so it
keeps the few columns these two tables read, per committed batch, as Arrow arrays, and at the end of the
load groups and sorts them (numpy and Arrow's C++: about a CPU-second at 1 M) and copies the groups in as
CSV: the server parses rows instead of grouping events. The three smaller summaries (sum_days,
sum_places, sum_place_countries: 3-4 server CPU-seconds at 1 M) go the same way; their keys repeat
PostgreSQL's upper() (ASCII letters only under character type C, the only case taken here) and its
numeric rounding of coordinates (`_round3`, per distinct value).

When: only for a **sole loader** (postgres_keys: the gate held for the whole load, events empty at its
start), so every stored event is one this client copied in a committed batch; and only while every
event of the load went through that copy (`invalid` otherwise: a staged insert, a delete or an update of
events in the load). At the end the counts are checked once more against the stored events, and the
database must order text byte-wise (collation C or POSIX, libc provider: what Arrow's sort and
comparisons do) and the Goldstein scores must be exact in millionths (summaries.MICRO_EXACT_SQL).
Otherwise (and for sum_places when a coordinate is not finite) the server rebuilds from the events as
before. The rows are the
SQL rebuild's, in the same heap order (its ORDER BY): tests/test_pg52.py compares the two.
"""
from __future__ import annotations

import operator
import threading
from typing import Any

# the events' columns the summaries read (summaries.SUMMARIES)
COLUMNS = ("event_date", "modality", "quad_class", "goldstein", "source_code", "target_code",
           "source_actor_id", "target_actor_id", "cameo_root", "place_name", "place_country", "place_lat",
           "place_lon")
# a load of more events keeps no columns (about 70 bytes an event) and the server rebuilds the summaries
MAX_EVENTS = 5_000_000
_CHUNK = 200_000          # rows per CSV chunk of the COPY (the server parses one while the next is written)


def _types():
    import pyarrow as pa

    return {"event_date": pa.date32(), "modality": pa.string(), "quad_class": pa.int32(),
            "goldstein": pa.float64(), "source_code": pa.string(), "target_code": pa.string(),
            "source_actor_id": pa.string(), "target_actor_id": pa.string(), "cameo_root": pa.string(),
            "place_name": pa.string(), "place_country": pa.string(), "place_lat": pa.float64(),
            "place_lon": pa.float64()}


class LoadSummaries:
    """The summary columns of a sole bulk load's committed events: each writer transaction gathers its
    own (`batch`), added here when it commits (`commit`), so a rolled-back batch counts nowhere."""

    def __init__(self):
        self._batches: list[Any] = []
        self._lock = threading.Lock()
        self.events = 0
        self.invalid = False
        self._usable: bool | None = None
        self.ascii_upper = False        # the database's upper() changes ASCII letters only (character type C)

    def batch(self) -> "BatchColumns":
        return BatchColumns(self)

    def commit(self, batch: "BatchColumns") -> None:
        with self._lock:
            self._batches.extend(batch.tables)
            self.events += batch.events
            self.invalid = self.invalid or batch.invalid or self.events > MAX_EVENTS
            if self.invalid:
                self._batches = []            # the server rebuilds: the columns are not needed

    def table(self):
        """Every committed event's COLUMNS as one Arrow table."""
        import pyarrow as pa

        types = _types()
        with self._lock:
            if not self._batches:
                return pa.table({c: pa.array([], types[c]) for c in COLUMNS})
            return pa.concat_tables(self._batches)

    def usable(self, con) -> bool:
        """Whether these columns stand for every stored event and the database compares text as Arrow
        does (see the module's docstring); `con` holds off event writes (the caller's lock)."""
        with self._lock:
            if self._usable is None:
                self._usable = self._check(con)
            return self._usable

    def _check(self, con) -> bool:
        from newsgraph.store import summaries

        if self.invalid:
            return False
        collate, ctype, provider = con.execute(
            "SELECT d.datcollate, d.datctype, to_jsonb(d) ->> 'datlocprovider' FROM pg_database d "
            "WHERE d.datname = current_database()").fetchone()
        if collate not in ("C", "POSIX") or provider not in (None, "c"):
            return False
        self.ascii_upper = ctype in ("C", "POSIX")
        if con.execute("SELECT count(*) FROM events").fetchone()[0] != self.events:
            return False
        return bool(con.execute(summaries.MICRO_EXACT_SQL).fetchone()[0])


class BatchColumns:
    """One writer transaction's share: the event tuples it copied in, reduced to COLUMNS."""

    def __init__(self, owner: LoadSummaries):
        self.owner = owner
        self.tables: list[Any] = []
        self.events = 0
        self.invalid = False

    def add(self, names: list[str], tuples: list[tuple]) -> None:
        """The COPYed tuples of `names` columns (their order)."""
        import pyarrow as pa

        types = _types()
        index = {n: i for i, n in enumerate(names)}
        if not set(COLUMNS) <= set(index):
            self.invalid = True
            return
        self.tables.append(pa.table({c: pa.array(list(map(operator.itemgetter(index[c]), tuples)), types[c])
                                     for c in COLUMNS}))
        self.events += len(tuples)


def _micro(goldstein):
    """summaries._MICRO in Arrow: the score in integer millionths, rounded half to even as
    PostgreSQL's round(double precision) (exact scores, checked by MICRO_EXACT_SQL, are never halfway)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    return pc.cast(pc.round(pc.multiply(goldstein, 1_000_000.0), round_mode="half_to_even"), pa.int64())


def _decimal_text(micro_sums):
    """Integer millionths as DECIMAL(18, 6) text ('-12.300000')."""
    import pyarrow as pa
    import pyarrow.compute as pc

    negative = pc.less(micro_sums, 0)
    digits = pc.utf8_lpad(pc.cast(pc.abs(micro_sums), pa.string()), width=7, padding="0")
    whole = pc.utf8_slice_codeunits(digits, 0, -6)
    frac = pc.utf8_slice_codeunits(digits, -6)
    sign = pc.if_else(negative, pa.scalar("-"), pa.scalar(""))
    return pc.binary_join_element_wise(pc.binary_join_element_wise(sign, whole, ""), frac, ".")


def _ranks(*columns):
    """The values of `columns` numbered by their rank among the distinct values of them all in
    ascending order (strings byte-wise, as collation C orders them; a null is -1), and those distinct
    values in that order: two values compare as their ranks do."""
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = [c.combine_chunks() if isinstance(c, pa.ChunkedArray) else c for c in columns]
    distinct = pc.unique(pa.concat_arrays(columns) if len(columns) > 1 else columns[0]).drop_null()
    distinct = distinct.take(pc.sort_indices(distinct))
    ranks = [pc.fill_null(pc.index_in(c, value_set=distinct), -1).to_numpy().astype("int64") for c in columns]
    return ranks, distinct


def _grouped(keys: list[tuple[str, Any, Any]], micro, scored, extra: dict[str, Any] | None = None):
    """The summary's rows from one entry per counted event: `keys` (column name, the events' ranks,
    the distinct values they number: `_ranks`), `micro` (the score in millionths, 0 when none) and
    `scored` (whether it has a score) as numpy arrays, `extra` additive int64 columns. Grouped and sorted
    by the keys (the rebuild's GROUP BY and ORDER BY) as one integer per group (each key's rank, mixed
    radix) sorted by numpy: Arrow sorts and hashes strings several times slower. None when the keys'
    distinct values are too many to number the groups in 63 bits."""
    import numpy as np
    import pyarrow as pa

    size = 1
    for _, _, distinct in keys:
        size *= max(1, len(distinct))
    if size >= 2 ** 62:
        return None
    group = np.zeros(len(micro), dtype="int64")
    for _, ranks, distinct in keys:
        group = group * max(1, len(distinct)) + ranks
    order = np.argsort(group)          # within a group the order does not matter (integer sums)
    group = group[order]
    starts = np.flatnonzero(np.concatenate(([True], group[1:] != group[:-1]))) if len(group) else np.zeros(0, "int64")
    counts = np.diff(np.append(starts, len(group)))

    def summed(values):
        values = np.asarray(values, dtype="int64")[order]
        return np.add.reduceat(values, starts) if len(starts) else np.zeros(0, "int64")

    cols: dict[str, Any] = {}
    rest = group[starts]
    decoded = []
    for name, _, distinct in reversed(keys):
        n = max(1, len(distinct))
        decoded.append((name, distinct.take(pa.array(rest % n))))
        rest = rest // n
    cols.update(reversed(decoded))
    cols["events"] = pa.array(counts, pa.int64())
    cols["goldstein_sum"] = _decimal_text(pa.array(summed(micro), pa.int64()))
    cols["goldstein_n"] = pa.array(summed(scored), pa.int64())
    for name, values in (extra or {}).items():
        cols[name] = pa.array(summed(values), pa.int64())
    return pa.table(cols)


def _only(events, *columns):
    """The columns a summary reads: a filter then copies those alone, not every column kept."""
    return events.select(list(columns))


def _scores(goldstein, keep):
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(goldstein, pa.ChunkedArray):
        goldstein = goldstein.combine_chunks()
    micro = pc.fill_null(_micro(goldstein), 0).to_numpy()
    scored = pc.is_valid(goldstein).to_numpy(zero_copy_only=False)
    return micro[keep], scored[keep].astype("int64")


def country_days(events):
    """sum_country_days from the events' COLUMNS: each event once per distinct actor country (the first
    three characters of either code), dated events only (summaries._source and the table's `where`)."""
    import numpy as np
    import pyarrow.compute as pc

    events = _only(events, "event_date", "modality", "quad_class", "goldstein", "source_code", "target_code")
    events = events.filter(pc.is_valid(events.column("event_date")))
    (src, tgt), countries = _ranks(pc.utf8_slice_codeunits(events.column("source_code"), 0, 3),
                                   pc.utf8_slice_codeunits(events.column("target_code"), 0, 3))
    first = src >= 0
    second = (tgt >= 0) & ((src < 0) | (src != tgt))
    keep = np.concatenate((np.flatnonzero(first), np.flatnonzero(second)))
    country = np.concatenate((src[first], tgt[second]))
    (modality,), modalities = _ranks(pc.fill_null(events.column("modality"), ""))
    (day,), days = _ranks(events.column("event_date"))
    (quad,), quads = _ranks(pc.fill_null(events.column("quad_class"), 0))
    micro, scored = _scores(events.column("goldstein"), keep)
    return _grouped([("country", country, countries), ("modality", modality[keep], modalities),
                     ("event_date", day[keep], days), ("quad_class", quad[keep], quads)], micro, scored)


def pairs(events):
    """sum_pairs from the events' COLUMNS: undirected pairs of two different resolved actors."""
    import numpy as np
    import pyarrow.compute as pc

    (s, t), actors = _ranks(events.column("source_actor_id"), events.column("target_actor_id"))
    keep = np.flatnonzero((s >= 0) & (t >= 0) & (s != t))
    s, t = s[keep], t[keep]
    (modality,), modalities = _ranks(pc.fill_null(events.column("modality"), ""))
    micro, scored = _scores(events.column("goldstein"), keep)
    return _grouped([("actor_a", np.minimum(s, t), actors), ("actor_b", np.maximum(s, t), actors),
                     ("modality", modality[keep], modalities)], micro, scored,
                    {"events_ab": (s < t).astype("int64")})


def days(events):
    """sum_days from the events' COLUMNS: dated events by day, modality, CAMEO root and QuadClass."""
    import numpy as np
    import pyarrow.compute as pc

    events = _only(events, "event_date", "modality", "cameo_root", "quad_class", "goldstein")
    events = events.filter(pc.is_valid(events.column("event_date")))
    keep = np.arange(events.num_rows)
    (day,), days_ = _ranks(events.column("event_date"))
    (modality,), modalities = _ranks(pc.fill_null(events.column("modality"), ""))
    (root,), roots = _ranks(pc.fill_null(events.column("cameo_root"), ""))
    (quad,), quads = _ranks(pc.fill_null(events.column("quad_class"), 0))
    micro, scored = _scores(events.column("goldstein"), keep)
    return _grouped([("event_date", day, days_), ("modality", modality, modalities), ("cameo_root", root, roots),
                     ("quad_class", quad, quads)], micro, scored)


def _upper(column):
    """PostgreSQL's upper() where the database's character type is C (`LoadSummaries.ascii_upper`):
    ASCII letters only."""
    import pyarrow.compute as pc

    return pc.ascii_upper(column)


def _round3(column):
    """CAST(round(CAST(x AS NUMERIC), 3) AS DOUBLE PRECISION) per distinct value, as PostgreSQL computes
    it: the double written with 15 significant digits (float8_numeric), rounded half away from zero,
    read back; -0 is 0 (a numeric has no negative zero). None when a value is not finite."""
    import math
    from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

    import pyarrow as pa

    if isinstance(column, pa.ChunkedArray):
        column = column.combine_chunks()
    encoded = column.dictionary_encode()
    out = []
    for v in encoded.dictionary.to_pylist():
        if not math.isfinite(v):
            return None
        try:
            r = float(Decimal(f"{v:.15g}").quantize(Decimal("0.001"), rounding=ROUND_HALF_UP))
        except InvalidOperation:
            return None
        out.append(r if r else 0.0)
    return pa.array(out, pa.float64()).take(encoded.indices)


def place_countries(events):
    """sum_place_countries from the events' COLUMNS: events with a place country, by that country
    upper-cased and modality."""
    import numpy as np
    import pyarrow.compute as pc

    events = _only(events, "place_country", "modality", "goldstein")
    events = events.filter(pc.is_valid(events.column("place_country")))
    keep = np.arange(events.num_rows)
    (country,), countries = _ranks(_upper(events.column("place_country")))
    (modality,), modalities = _ranks(pc.fill_null(events.column("modality"), ""))
    micro, scored = _scores(events.column("goldstein"), keep)
    return _grouped([("country", country, countries), ("modality", modality, modalities)], micro, scored)


def places(events):
    """sum_places from the events' COLUMNS: located events by place name, country, rounded coordinates
    and modality (a missing name or country '' with its flag false)."""
    import numpy as np
    import pyarrow.compute as pc

    events = _only(events, "place_name", "place_country", "place_lat", "place_lon", "modality", "goldstein")
    events = events.filter(pc.and_(pc.is_valid(events.column("place_lat")), pc.is_valid(events.column("place_lon"))))
    lat, lon = _round3(events.column("place_lat")), _round3(events.column("place_lon"))
    if lat is None or lon is None:
        return None
    keep = np.arange(events.num_rows)
    name, country = events.column("place_name"), events.column("place_country")
    keys = []
    for key, column in (("name", pc.fill_null(name, "")), ("name_known", pc.is_valid(name)),
                        ("country", pc.fill_null(_upper(country), "")), ("country_known", pc.is_valid(country)),
                        ("lat", lat), ("lon", lon), ("modality", pc.fill_null(events.column("modality"), ""))):
        (ranks,), distinct = _ranks(column)
        keys.append((key, ranks, distinct))
    micro, scored = _scores(events.column("goldstein"), keep)
    return _grouped(keys, micro, scored)


# the summaries grouped here: all five (summaries.SUMMARIES); those keyed by upper() only where the
# database's character type is C (`LoadSummaries.ascii_upper`), else the server rebuilds them
BUILDERS = {"sum_country_days": country_days, "sum_pairs": pairs, "sum_days": days, "sum_places": places,
            "sum_place_countries": place_countries}
UPPER_KEYED = ("sum_places", "sum_place_countries")
TABLES = tuple(BUILDERS)


def copy_in(cur, table: str, rows) -> None:
    """COPY the grouped rows into the emptied `table`, as CSV written by Arrow in chunks."""
    import io

    import pyarrow.csv as pcsv

    names = ", ".join(f'"{n}"' for n in rows.column_names)
    options = pcsv.WriteOptions(include_header=False)
    with cur.copy(f"COPY {table} ({names}) FROM STDIN (FORMAT csv)") as copy:
        for start in range(0, rows.num_rows, _CHUNK):
            sink = io.BytesIO()
            pcsv.write_csv(rows.slice(start, _CHUNK), sink, options)
            copy.write(sink.getbuffer())
