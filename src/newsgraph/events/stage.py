"""The events stage: code CAMEO/PLOVER events from every sentence (see coder.py).

Its options (`CoderOptions`: pattern rounds, dyad requirements) come from the pipeline's
configuration: `Pipeline(options={"events": CoderOptions(...)})`.
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.events.coder import CoderOptions, code_doc
from newsgraph.records import Analysis
from newsgraph.registry import stages


@stages.register("events", requires=("actors", "mentions", "actor_index", "quotes", "quote_cues", "times",
                                     "places", "main_place", "story_countries"),
                 provides=("events",), options=CoderOptions)
def events_stage(doc: Doc, analysis: Analysis, options: CoderOptions) -> None:
    analysis.events.extend(code_doc(doc, analysis, options))
