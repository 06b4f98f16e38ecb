"""The "time" stage: time expressions of the article -> `analysis.times` (TIMEX3-style TimeRefs).

Values are anchored to the publication date (`analysis.article.published`); when it is unknown,
relative expressions keep X placeholders instead of borrowing today's date.
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.records import Analysis
from newsgraph.registry import stages
from newsgraph.time.expressions import time_refs


@stages.register("time", provides=("times",))
def time_stage(doc: Doc, analysis: Analysis) -> None:
    analysis.times.extend(time_refs(doc, analysis.article.published, analysis.article.id))
