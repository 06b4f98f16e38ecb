"""Document-level passes over the events of every sentence, in the order they must run.

Each pass reads events of several sentences together, which code_sentence (coder.py) cannot: an answer to an
accusation made two paragraphs earlier, an act named again further down, a demand for the release of people a
sentence before said were detained, a lead sentence's date lent to the headline. Each is switched by its convention
(conventions.py) and lives in its own module; this one only says their order, which matters: the history filter runs
after the answers it may drop, and grievance targets after it (an earlier act's doer comes first).
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.events import conventions as conv
from newsgraph.events import merges
from newsgraph.events.claimed_answers import aim_claimed_answers
from newsgraph.events.crowd_targets import aim_crowd_force
from newsgraph.events.discourse import answer_accusations, conjunct_partners
from newsgraph.events.document_sources import source_documents
from newsgraph.events.headline_dates import lead_dates
from newsgraph.events.implied_sides import imply_grievance_targets
from newsgraph.events.made_acts import aim_made_acts
from newsgraph.events.reciprocal_groups import aim_both_sides, aim_reciprocal_groups
from newsgraph.events.release_demands import aim_release_demands
from newsgraph.events.summoned_demands import aim_summoned_demands
from newsgraph.events.triggers import CoderOptions
from newsgraph.events.vowed_targets import aim_vowed_deeds
from newsgraph.records import Analysis, Event


def apply(doc: Doc, analysis: Analysis, events: list[Event], options: CoderOptions) -> list[Event]:
    """The document's events after every enabled pass, in order."""
    if conv.enabled("answers", options.since):
        events = answer_accusations(doc, events, options.since, analysis)
    if conv.enabled("made-acts", options.since):
        events = aim_made_acts(doc, analysis, events, conv.enabled("deed-verbs", options.since),
                               conv.enabled("inquired-deeds", options.since))   # "condemned the spilling of the grain"
    if conv.enabled("claimed-answers", options.since):
        events = aim_claimed_answers(doc, analysis, events)   # "X claimed the attack ... condemned the bombing" (round44)
    if conv.enabled("release-arresters", options.since):
        events = aim_release_demands(doc, analysis, events)   # "X detained ... demanded the release of" (round45)
    if conv.enabled("summoned-demands", options.since):
        events = aim_summoned_demands(doc, events)      # "summoned the envoy and demanded an apology" (round48)
    if conv.enabled("document-sources", options.since):
        events = source_documents(doc, analysis, events)   # "was accused ... in a report released by X" (round48)
    if conv.enabled("reciprocal-groups", options.since):
        events = aim_reciprocal_groups(doc, events)     # "rival gangs clashed" (round45)
    if conv.enabled("both-sides-force", options.since):
        events = aim_both_sides(doc, events)            # "both sides fired mortars" (round47)
    if conv.enabled("vowed-targets", options.since):
        events = aim_vowed_deeds(doc, analysis, events, conv.enabled("blamed-vows", options.since),
                                 conv.enabled("deed-condition-targets", options.since))
        # "vowed to punish the militants" (round42); "blamed Israel ... and vowed revenge" (round44)
    if conv.enabled("crowd-targets", options.since):
        events = aim_crowd_force(doc, analysis, events, conv.enabled("attacked-crowds", options.since))
        # "... marched on the palace. Police opened fire" (round43); "... attacked protesters. Police fired" (round44)
    if conv.enabled("history", options.since):
        events = merges.drop_history(events, analysis, doc, options.since)    # (the answers added above)
    if conv.enabled("grievance-targets", options.since):
        imply_grievance_targets(analysis, events)      # (after the answers: an earlier act's doer comes first)
    if conv.enabled("conjunct-partners", options.since):
        events = conjunct_partners(doc, events)        # "met X and signed a pact" (round35)
    if conv.enabled("next-rementions", options.since):
        events = merges.drop_next_rementions(events, doc)
        # ("... arrested X. The detention sparked protests"; an act named again further down is coded: per sentence)
    if conv.enabled("headline-lead-dates", options.since):
        lead_dates(doc, analysis, events)              # "Police arrest 12" dated as the lead's arrest (session 39)
    return events
