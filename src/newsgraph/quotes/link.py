"""The links stage. PLACEHOLDER: will link quotes to the events they express."""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.records import Analysis
from newsgraph.registry import stages


@stages.register("links")
def links_stage(doc: Doc, analysis: Analysis) -> None:
    return None
