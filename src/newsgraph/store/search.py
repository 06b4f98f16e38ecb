"""Full-text search over evidence sentences: an inverted index (`evidence_terms`: one row per word and event).

DuckDB's own full-text extension cannot be used: it is not built into the duckdb wheel, and the only
packaged build (duckdb-ext-fts on PyPI) is for DuckDB 1.4 and refuses to load into DuckDB 2.0; fetching
it at run time is not allowed. The index here is the same idea (fts keeps its postings in tables too),
kept as an ordinary table so that both backends hold the same rows and answer the same way:

- at write time every event's evidence sentence is split into lower-case words (`terms`), one row per
  distinct word;
- a search for "missile strike" first takes the events whose evidence has every word of the query
  (postings intersected through the index; on PostgreSQL a B-tree on (term, event_id)), then keeps
  those whose evidence contains the query as a phrase (case-insensitive substring), so the result is
  exactly "the phrase appears, made of whole words".

A query without any word character ("%", "--") cannot use the index and is matched as a plain
substring, which is still correct, only slower.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

_WORD = re.compile(r"[^\W_]+")         # letters and digits (Unicode), not underscores
MAX_QUERY_TERMS = 8          # longer queries use their first 8 words for the index, all for the phrase


def terms(text: str | None) -> list[str]:
    """The distinct lower-case words of `text`, in first-seen order (Unicode letters and digits)."""
    if not text:
        return []
    return list(dict.fromkeys(_WORD.findall(text.lower())))


def event_terms(events: Iterable[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """(event id, its distinct words) for (event id, evidence text) pairs: what the writers store as
    one `evidence_terms` row per word (sent as one list per event, unnested in the database)."""
    words = _WORD.findall
    return [(eid, list(set(words(text.lower())))) for eid, text in events if text]


def like_pattern(text: str) -> str:
    """ILIKE pattern for a substring, with LIKE wildcards in the user's text escaped (ESCAPE '\\')."""
    return "%" + re.sub(r"([\\%_])", r"\\\1", text) + "%"


def evidence_sql(e: str = "e", a: str = "a") -> str:
    """The evidence sentence of event alias `e` cut from the text of its article alias `a`."""
    return f"substr({a}.text, {e}.evidence_start + 1, {e}.evidence_end - {e}.evidence_start)"


def search_clause(text: str, id_col: str = "e.id") -> tuple[str, list[Any]]:
    """WHERE condition: the events (aliases e, a) whose evidence contains `text` as whole words. The
    postings give the candidates; only they are checked for the phrase (a join of the candidate
    events with their articles), so the cost follows the matches, not the size of the table."""
    words = terms(text)[:MAX_QUERY_TERMS]
    phrase = " ".join(text.split())
    if not words:
        return f"{evidence_sql()} ILIKE ? ESCAPE '\\'", [like_pattern(text.strip())]
    postings = " INTERSECT ".join("SELECT event_id FROM evidence_terms WHERE term = ?" for _ in words)
    if [phrase.lower()] == words:          # one plain word: the postings are the answer
        return f"{id_col} IN ({postings})", list(words)
    return (f"{id_col} IN (SELECT c.event_id FROM ({postings}) c JOIN events e2 ON e2.id = c.event_id "
            f"JOIN articles a2 ON a2.id = e2.article_id WHERE {evidence_sql('e2', 'a2')} ILIKE ? ESCAPE '\\')",
            [*words, like_pattern(phrase)])
