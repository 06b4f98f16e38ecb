"""newsgraph.time: the "time" stage -- find time expressions and resolve them TIMEX3-style.

Entry points: `time_refs(doc_or_text, dct, article_id) -> list[TimeRef]` and
`find_times(text, dct)`. Rules and lexicon: data/time/ (rules.tsv, lexicon.csv).
The package is `newsgraph.time`; absolute imports keep the standard library's `time` module
reachable everywhere (`import time` inside this package is the standard library).
"""
from newsgraph.time.expressions import TimeExpr, find_times, time_refs

__all__ = ["TimeExpr", "find_times", "time_refs"]
