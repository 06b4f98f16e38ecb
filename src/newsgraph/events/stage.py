"""The events stage: code CAMEO/PLOVER events from every sentence (see coder.py)."""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.events.coder import code_doc
from newsgraph.records import Analysis
from newsgraph.registry import stages


@stages.register("events")
def events_stage(doc: Doc, analysis: Analysis) -> None:
    analysis.events.extend(code_doc(doc, analysis))
