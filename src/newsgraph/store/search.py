"""Full-text search over evidence sentences: an inverted index of their words, written with the events.

At write time every event's evidence sentence is split into its distinct lower-case words (`terms`:
Unicode letters and digits; DuckDB does it in SQL, `WORDS_SQL`, the same words without a Python loop).
The same words are kept by each backend in the form its engine searches fastest (the table is in
schema_duckdb.sql / schema_postgres.sql):

- PostgreSQL: `evidence_index`, one row per event with its words as an array under a GIN index, the
  index PostgreSQL's own full-text search uses (`terms @> ARRAY[...]`), and the evidence sentence
  itself, so a phrase is checked on the candidates without reading (and detoasting) their articles.
  The array holds each word's 64-bit key (`term_id`, a hash computed the same way in Python and in
  SQL), not the word: a GIN index over integers is filled with about a third less of the server's
  CPU than over text (measured at 1 M events: 11.5-12.0 against 15.4-16.3 s for the COPY and the
  index), and two writers on two machines give a word the same key without asking anyone;
- DuckDB: `evidence_terms`, one row per word and event (postings), sorted by word within each batch,
  the event named by its integer `global_id` (events.global_id) rather than its 16-character id: joins
  and set operations on integers are several times cheaper (a two-word INTERSECT at 200k events: 2 ms
  against 30), and the rows are narrower to write. `evidence_sentences` keeps each event's sentence
  under the same integer, so a phrase is checked on the candidates' sentences alone, without joining
  the events with their articles and cutting the sentence out of the text (as PostgreSQL's index row
  keeps it). A global_id is the first 60 bits of the event id's hash: two events sharing one (odds
  about 1 in 2 million at 1 M events) would share their index rows.
  DuckDB's fts extension cannot be used: it is not built into the duckdb wheel, the only packaged build
  (duckdb-ext-fts on PyPI) is for DuckDB 1.4 and refuses to load into DuckDB 2.0, and nothing may be
  fetched at run time. fts keeps its postings in tables too; this is the same idea.

A search for "missile strike" takes the events whose evidence has every word of the query (through the
index), then keeps those whose evidence contains the query as a phrase (case-insensitive substring,
checked on those candidates only): "the phrase appears, made of whole words". A single plain word needs
no phrase check. A query without any letter or digit ("%", "--") cannot use the index and is matched as
a plain substring: correct, only slower.

A search's total is counted up to `COUNT_CAP` (`capped_count_sql`; the store reports a total that reaches
it as `results.AtLeast`, "more than 10,000"): an exact count reads every match, and a phrase of two
common words has tens of thousands at 1 M events. On PostgreSQL the count also picks the page's plan
(`probe_pays`): with many matches, the page walks the events in its order and looks each one up in the
index by key until the page is full (`search_clause(probe=True)`); with few, it joins the candidates.
The planner cannot choose by itself: it estimates the rows having all the words as if the words were
independent (3,000 where 55,000 match), so it always joined every candidate and sorted them.
"""
from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING, Any, Iterable

if TYPE_CHECKING:
    from newsgraph.store.dialect import Dialect

_WORD = re.compile(r"[^\W_]+")         # letters and digits (Unicode), not underscores
# The same words as DuckDB's SQL, which builds its index in the database (`WORDS_SQL`): RE2's letters and
# digits of DuckDB's lower(). The two lower-casings differ on two capitals, mapped here as DuckDB does:
# dotted I (Python: i + combining dot, two words) and a word-final sigma (Python: ς, DuckDB: σ).
# WORD_LIST_SQL keeps the repeats (the writer drops those after unnesting them, by a GROUP BY over the word and
# the event: at 50,000 sentences a third cheaper than list_distinct, which is most of WORDS_SQL's cost).
WORD_LIST_SQL = r"regexp_extract_all(lower({text}), '[\pL\pN]+')"
WORDS_SQL = f"list_distinct({WORD_LIST_SQL})"
_AS_DUCKDB = str.maketrans({"\u0130": "i", "\u03a3": "\u03c3"})
MAX_QUERY_TERMS = 8          # longer queries use their first 8 words for the index, all for the phrase
COUNT_CAP = 10_000           # a search's total is counted up to here ("more than 10,000")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.translate(_AS_DUCKDB).lower())


# ASCII letters (lower-cased) and digits kept, every other byte a space: the words of an ASCII text by
# one C-level translate and split, what `_words` finds there (about 2x faster than the regex).
_ASCII_WORD_BYTES = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or 48 <= c <= 57 else 32
                          for c in range(256))


def _distinct_words(text: str) -> list[str]:
    """`terms` without the order: the distinct words of `text`."""
    if text.isascii():
        return list(set(text.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii").split()))
    return list(set(_words(text)))


def terms(text: str | None) -> list[str]:
    """The distinct lower-case words of `text`, in first-seen order (Unicode letters and digits)."""
    if not text:
        return []
    return list(dict.fromkeys(_words(text)))


# Tokens PostgreSQL's index row also holds for the filters a search is most often combined with, so a
# filtered search is counted from the index alone (`count_sql`). A ':' cannot occur inside a word.
MODALITY_PREFIX, COUNTRY_PREFIX = "m:", "c:"


def modality_token(modality: str | None) -> str:
    return f"{MODALITY_PREFIX}{modality or ''}"


def country_token(iso3: str) -> str:
    """Either actor's country, as the country filter reads it: the first three letters of its code."""
    return f"{COUNTRY_PREFIX}{iso3}"


def term_id(token: str) -> int:
    """PostgreSQL's index key of a word or filter token: the first 8 bytes of the md5 of its UTF-8
    form as a signed 64-bit integer (`term_id_sql` computes the same in SQL). Two tokens sharing a key
    would find each other's events; the odds for a vocabulary of n distinct tokens are about n^2 / 2^65
    (3e-8 for a million)."""
    return int.from_bytes(hashlib.md5(token.encode("utf-8")).digest()[:8], "big", signed=True)


def term_id_sql(expr: str) -> str:
    """`term_id` of a text expression, in PostgreSQL's SQL. PostgreSQL's md5() hashes the text in the
    database's encoding, so it equals `term_id` for any text only in a UTF-8 database; the writer uses it
    for the filter tokens alone ("m:asserted", "c:USA"), which are ASCII and hash alike in every
    ASCII-compatible encoding. Words of the evidence are always keyed in Python."""
    return f"CAST(CAST('x' || left(md5({expr}), 16) AS BIT(64)) AS BIGINT)"


def term_ids(tokens: Iterable[str]) -> list[int]:
    return [term_id(t) for t in tokens]


def _country_id_sql(code_col: str) -> str:
    token = term_id_sql(f"'{COUNTRY_PREFIX}' || substr({code_col}, 1, 3)")
    return f"CASE WHEN {code_col} IS NULL THEN ARRAY[]::bigint[] ELSE ARRAY[{token}] END"


# The keys of the same tokens, written in SQL from an event row `e`, by the PostgreSQL writer.
_MODALITY_ID_SQL = term_id_sql(f"'{MODALITY_PREFIX}' || coalesce(e.modality, '')")
FILTER_IDS_SQL = (f"ARRAY[{_MODALITY_ID_SQL}] "
                  f"|| {_country_id_sql('e.source_code')} || {_country_id_sql('e.target_code')}")


def filter_tokens(modality: str | None, source_code: str | None, target_code: str | None) -> list[str]:
    """The tokens of FILTER_IDS_SQL in Python, in the same order. The PostgreSQL bulk writer builds their
    keys token by token (postgres_writer._token_chunks, cached per token); this is the rule it is tested
    against."""
    return [modality_token(modality)] + [country_token(c[:3]) for c in (source_code, target_code) if c is not None]


def indexed_evidence(events: Iterable[tuple[str, str | None]]) -> list[tuple[str, str]]:
    """The (event id, evidence sentence) pairs the index holds, from those of the events being stored or
    re-indexed: each event once (the last pair wins), and none for an event without a sentence (an empty
    or missing span: no word to find). The one filter before a backend's `insert_terms`."""
    return [(eid, text) for eid, text in dict(events).items() if text]


def event_terms(events: Iterable[tuple[str, str]]) -> list[tuple[str, list[str], str]]:
    """(event id, its distinct words, the evidence) for `indexed_evidence` pairs: what the PostgreSQL
    writer stores (one `evidence_index` row per event with its words and the sentence, so a phrase is
    checked without reading the article). DuckDB splits the words in SQL (`WORDS_SQL`)."""
    return [(eid, _distinct_words(text), text) for eid, text in events]


def like_pattern(text: str) -> str:
    """ILIKE pattern for a substring, with LIKE wildcards in the user's text escaped (ESCAPE '\\')."""
    return "%" + re.sub(r"([\\%_])", r"\\\1", text) + "%"


def evidence_sql(e: str = "e", a: str = "a") -> str:
    """The evidence sentence of event alias `e` cut from the text of its article alias `a`."""
    return f"substr({a}.text, {e}.evidence_start + 1, {e}.evidence_end - {e}.evidence_start)"


def postings_sql(d: "Dialect", words: list[str]) -> tuple[str, list[Any]]:
    """The events whose evidence has every one of `words`: their ids (PostgreSQL), their global_ids
    (DuckDB)."""
    if d.is_postgres:
        return "SELECT event_id FROM evidence_index WHERE terms @> CAST(? AS BIGINT[])", [term_ids(words)]
    return (" INTERSECT ".join("SELECT global_id FROM evidence_terms WHERE term = ?" for _ in words),
            list(words))


def index_pairs(store: Any) -> list[dict[str, str]]:
    """Every (term, event_id) pair of the index, whichever way the backend stores it (for checks), as
    dicts. PostgreSQL keeps keys, not words: each key is named by the word of the event's sentence it
    is the key of; a key no word of the sentence and none of the event's filter tokens has is reported
    as '#<key>', so a wrong index row shows."""
    if not store.dialect.is_postgres:
        return store.query("SELECT t.term, e.id AS event_id FROM evidence_terms t "
                           "JOIN events e ON e.global_id = t.global_id")
    out = []
    for r in store.query("SELECT x.event_id, x.terms, x.evidence, e.modality, e.source_code, e.target_code "
                         "FROM evidence_index x LEFT JOIN events e ON e.id = x.event_id"):
        words = {term_id(w): w for w in terms(r["evidence"])}
        tokens = set(term_ids(filter_tokens(r["modality"], r["source_code"], r["target_code"])))
        out += [{"term": words.get(k, f"#{k}"), "event_id": r["event_id"]} for k in r["terms"] if k not in tokens]
    return out


def delete_index_sql(d: "Dialect", events_where: str) -> list[str]:
    """The statements removing the index rows of the events `WHERE {events_where}` (its parameters
    once per statement), before those events are deleted."""
    if d.is_postgres:
        return [f"DELETE FROM evidence_index WHERE event_id IN (SELECT id FROM events WHERE {events_where})"]
    return [f"DELETE FROM {t} WHERE global_id IN (SELECT global_id FROM events WHERE {events_where})"
            for t in DUCKDB_INDEX_TABLES]


DUCKDB_INDEX_TABLES = ("evidence_terms", "evidence_sentences")     # schema_duckdb.sql


def index_tables(d: "Dialect") -> tuple[str, ...]:
    """The tables holding the backend's evidence index (emptied and refilled by migrations)."""
    return ("evidence_index",) if d.is_postgres else DUCKDB_INDEX_TABLES


def search_clause(d: "Dialect", text: str, id_col: str = "e.id", probe: bool = False,
                  also: list[str] = ()) -> tuple[str, list[Any]]:
    """WHERE condition: the events (aliases e, a) whose evidence contains `text` as whole words. The
    postings give the candidates; only their sentences (kept in the index) are checked for the phrase,
    so the cost follows the matches, not the size of the table. DuckDB compares `id_col`'s table's
    global_id (the key of its index rows) instead of the id.
    `probe` (PostgreSQL, for a page when many events match, `probe_pays`): each event the page reads is
    looked up in the index by key instead, so a page in date order stops once it is full. `also`: filter
    tokens (filters_in_index) the PostgreSQL lookup requires too (the same condition the other filters
    put on the events)."""
    words = terms(text)[:MAX_QUERY_TERMS]
    phrase = " ".join(text.split())
    if not words:
        return f"{evidence_sql()} ILIKE ? ESCAPE '\\'", [like_pattern(text.strip())]
    postings, params = postings_sql(d, words)
    if d.is_postgres:
        # one GIN lookup, a phrase checked on the sentence kept beside the words. A plain IN lets the planner pick a hash join for common words
        # (= ANY(ARRAY(...)) forced one index probe per match: 2.5x slower at 1 M events)
        tokens, exact = postgres_tokens(text)
        tokens = tokens + list(also)
        phrase_check = "" if exact else " AND evidence ILIKE ? ESCAPE '\\'"
        index_params = [term_ids(tokens)] + ([like_pattern(phrase)] if phrase_check else [])
        if probe:
            # OFFSET 0 keeps the EXISTS a per-row lookup (PostgreSQL would turn it into a join that
            # reads every candidate, which is the plan this avoids)
            return (f"EXISTS (SELECT 1 FROM evidence_index x WHERE x.event_id = {id_col} AND x.terms @> {_KEYS}"
                    f"{phrase_check} OFFSET 0)", index_params)
        return (f"{id_col} IN (SELECT event_id FROM evidence_index WHERE terms @> {_KEYS}{phrase_check})",
                index_params)
    alias = id_col.rpartition(".")[0]
    gid_col = f"{alias}.global_id" if alias else "global_id"
    if [phrase.lower()] == words:          # one plain word: the postings are the answer
        return f"{gid_col} IN ({postings})", params
    # the phrase is checked on the candidates' sentences only: OFFSET 0 keeps DuckDB from pushing the
    # ILIKE into the scan of evidence_sentences, where it would test every sentence of the table
    # (at 1 M events 94 ms of CPU against 40 ms for the 55,000 candidates of two common words)
    return (f"{gid_col} IN (SELECT global_id FROM (SELECT global_id, evidence FROM evidence_sentences "
            f"WHERE global_id IN ({postings}) OFFSET 0) c WHERE c.evidence ILIKE ? ESCAPE '\\')",
            [*params, like_pattern(phrase)])


def filters_in_index(f: dict[str, Any]) -> list[str]:
    """The tokens of PostgreSQL's index that the parsed filters `f` require: either actor's country, and
    the modality when only one is asked for. A search with a country finds its few candidates in the
    index itself instead of every event with the words."""
    out = [country_token(f["country"])] if "country" in f else []
    modalities = f.get("modality")
    if modalities is not None and len(modalities) == 1:
        out.append(modality_token(modalities[0]))
    return out


def postgres_tokens(text: str) -> tuple[list[str], bool]:
    """The words every match of a search must have in PostgreSQL's index, and whether having them is
    enough (one plain word); otherwise the phrase is checked on the sentence too. Empty when the text
    has no word (search_clause)."""
    words = terms(text)[:MAX_QUERY_TERMS]
    return words, [" ".join(text.split()).lower()] == words


def count_sql(d: "Dialect", f: dict[str, Any]) -> tuple[str, list[Any]] | None:
    """PostgreSQL: how many events match the parsed filters `f` (filters.parse_filters), counted in the
    search index alone when they are a search with modality and either actor's country at most (their
    tokens are in the same GIN index: one lookup, no join with the events), else None (the raw count)."""
    if not d.is_postgres or "search" not in f or not set(f) <= {"search", "modality", "country"}:
        return None
    tokens, exact = postgres_tokens(f["search"])
    if not tokens:
        return None
    where, params = [f"terms @> {_KEYS}"], [term_ids(list(tokens) + filters_in_index(f))]
    modalities = f.get("modality")
    if modalities is not None and len(modalities) > 1:
        where.append(f"terms && {_KEYS}")
        params.append(term_ids(modality_token(m) for m in modalities))
    if not exact:
        where.append("evidence ILIKE ? ESCAPE '\\'")
        params.append(like_pattern(" ".join(f["search"].split())))
    return f"SELECT count(*) AS n FROM evidence_index WHERE {' AND '.join(where)}", params


def capped_count_sql(query: tuple[str, list[Any]], cap: int) -> tuple[str, list[Any]]:
    """The count query `query` (one `count(*) AS n` over its FROM ... WHERE) counting at most cap + 1 rows:
    n > cap says "more than cap" without reading every match."""
    sql, params = query
    head, sep, rest = sql.partition("SELECT count(*) AS n ")
    if head or not sep:
        raise ValueError(f"not a plain count: {sql[:60]}")
    return f"SELECT count(*) AS n FROM (SELECT 1 AS one {rest} LIMIT ?) capped", [*params, cap + 1]


_KEYS = "CAST(? AS BIGINT[])"      # a parameter of term_ids (a list of Python ints) as PostgreSQL's index keys

# Orders a page can walk in an index (schema_postgres.sql: events_date_page, events_date_page_desc).
PROBE_ORDERS = ("date", "-date")


# PostgreSQL's estimate of the events' row count (kept by ANALYZE and autovacuum; -1 before the first)
EVENTS_ESTIMATE_SQL = "SELECT CAST(greatest(reltuples, 0) AS BIGINT) FROM pg_class WHERE oid = 'events'::regclass"


def probe_pays(matches: int, events: int, rows: int) -> bool:
    """Whether a page of `rows` (offset + limit) costs fewer index lookups walking the events in order
    and probing each (about rows * events / matches) than joining every candidate (matches)."""
    return matches > 0 and matches * matches >= rows * events
