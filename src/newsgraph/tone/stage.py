"""The "tone" stage: the document tone -> `analysis.article.tone` (GDELT's AvgTone / MentionDocTone).

A stage rather than a step of ingest: it reads the words of the parse the pipeline already made (no
second tokenisation), and `newsgraph.analyse()` and the API's ingest get the tone too.
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.records import Analysis
from newsgraph.registry import stages
from newsgraph.tone.score import document_tone


@stages.register("tone", provides=("tone",))
def tone_stage(doc: Doc, analysis: Analysis) -> None:
    analysis.article.tone = document_tone(doc)
