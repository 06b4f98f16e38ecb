"""newsgraph: news articles in, a queryable database of world events out.

    >>> import newsgraph
    >>> a = newsgraph.analyse(text, published="2024-06-19")
    >>> db = newsgraph.open("newsgraph.duckdb")
    >>> db.events(country="RUS").to_pandas()

Importing newsgraph is cheap: the pipeline (and spaCy) load only when `analyse` or `Pipeline` is first
used, so commands that only read a database start at once.
"""
from __future__ import annotations

import os
from typing import Any

from newsgraph.records import Actor, Analysis, Article, Event, Mention, Place, Quote, TimeRef

__version__ = "0.1.0"

_LAZY = {"Pipeline": "newsgraph.pipeline", "analyse": "newsgraph.pipeline"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'newsgraph' has no attribute {name!r}")


def open(path: str | os.PathLike | None = None, *, create: bool = False, read_only: bool = False):  # noqa: A001
    """Open a newsgraph database (a DuckDB file or a postgresql:// URL) for queries and writes.

    Like the CLI, a DuckDB file that does not exist is an error (FileNotFoundError) unless
    `create=True`. Returns a `newsgraph.store.Store`: `db.events(...)`, `db.actors(...)`, ... return
    records with `.total` and `.to_pandas()`; see README ("From Python").
    """
    from newsgraph.store import open_store

    return open_store(path, read_only=read_only, create=create)


__all__ = ["Actor", "Analysis", "Article", "Event", "Mention", "Pipeline", "Place", "Quote",
           "TimeRef", "analyse", "open", "__version__"]
