"""The events stage. PLACEHOLDER: registers a stage that finds nothing yet; being replaced."""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.records import Analysis
from newsgraph.registry import stages


@stages.register("events")
def events_stage(doc: Doc, analysis: Analysis) -> None:
    return None
