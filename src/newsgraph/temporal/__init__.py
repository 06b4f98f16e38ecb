"""newsgraph.temporal: find time expressions and normalise them TIMEX3-style.

Entry points: `normalise(doc_or_text, dct, article_id) -> list[TimeRef]` and
`find_times(text, dct, doc=None)`. Rules and lexicon: src/newsgraph/data/time/.
(Named `temporal`, not `time`, so it never shadows the standard library module.)
"""
from newsgraph.temporal.normalise import TimeExpr, find_times, normalise

__all__ = ["TimeExpr", "find_times", "normalise"]
