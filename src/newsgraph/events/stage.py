"""The events stage: code CAMEO/PLOVER events from every sentence (see coder.py).

Its options (`CoderOptions`: pattern rounds, dyad requirements) come from the pipeline's
configuration: `Pipeline(options={"events": CoderOptions(...)})`.
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.actors.implied import place_actor
from newsgraph.events.coder import CoderOptions, code_doc
from newsgraph.records import Analysis
from newsgraph.registry import stages


@stages.register("events", requires=("actors", "mentions", "actor_index", "quotes", "quote_cues", "times",
                                     "places", "main_place", "story_countries"),
                 provides=("events",), options=CoderOptions)
def events_stage(doc: Doc, analysis: Analysis, options: CoderOptions) -> None:
    events = code_doc(doc, analysis, options)
    for e in events:
        if e.target_actor_id is None and e.target_code:
            # a place target ("shelled a town in northern Iraq") is the country's actor, so that the event's
            # target is an actor with that country, not a bare code (session 24, ctry24)
            place = place_actor(analysis, e.target_code)
            if place is not None:
                e.target_actor_id = place.id
    analysis.events.extend(events)
