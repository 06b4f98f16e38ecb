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


def term_rows(events: Iterable[tuple[str, str]]) -> list[dict[str, Any]]:
    """Index rows for (event id, evidence text) pairs."""
    return [{"term": t, "event_id": eid} for eid, text in events for t in terms(text)]


def like_pattern(text: str) -> str:
    """ILIKE pattern for a substring, with LIKE wildcards in the user's text escaped (ESCAPE '\\')."""
    return "%" + re.sub(r"([\\%_])", r"\\\1", text) + "%"


def search_clause(text: str, evidence_sql: str, id_col: str = "e.id") -> tuple[str, list[Any]]:
    """WHERE condition: the events whose evidence (`evidence_sql`) contains `text` as whole words."""
    words = terms(text)[:MAX_QUERY_TERMS]
    phrase = f"{evidence_sql} ILIKE ? ESCAPE '\\'"
    if not words:
        return phrase, [like_pattern(text.strip())]
    postings = " INTERSECT ".join("SELECT event_id FROM evidence_terms WHERE term = ?" for _ in words)
    return f"{id_col} IN ({postings}) AND {phrase}", [*words, like_pattern(" ".join(text.split()))]
