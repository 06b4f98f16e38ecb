"""newsgraph: news articles in, a queryable database of world events out.

    >>> import newsgraph
    >>> a = newsgraph.analyse(text, published="2024-06-19")
    >>> db = newsgraph.open("newsgraph.duckdb")
"""
from newsgraph.pipeline import Pipeline, analyse
from newsgraph.records import Actor, Analysis, Article, Event, Mention, Place, Quote, TimeRef

__version__ = "0.1.0"


def open(path: str | None = None, **kwargs):  # noqa: A001 - mirrors builtins.open on purpose
    """Open (or create) a newsgraph database for queries; see `newsgraph.store.Store`."""
    from newsgraph.store import open_store

    return open_store(path, **kwargs)


__all__ = ["Actor", "Analysis", "Article", "Event", "Mention", "Pipeline", "Place", "Quote",
           "TimeRef", "analyse", "open", "__version__"]
