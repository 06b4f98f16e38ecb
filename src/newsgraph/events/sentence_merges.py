"""The merges of one sentence's events, in their order (split out of coder.py, session 44): an old act told as
background goes first, then acts that are one act told twice -- a consequence, an occasion, an outcome, an act
named again, a purpose -- are merged into one, shadowed and same-dyad events collapse, and a statement that only
reports an act coded beside it is dropped. Each step is a convention of conventions.csv, switched by `since`."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.events import conventions as conv
from newsgraph.events import merges
from newsgraph.events.act_names import drop_act_names
from newsgraph.events.statement_shadows import drop_shadowed_statements
from newsgraph.records import Analysis, Event


def merge_sentence_events(out: list[Event], trigger_of: dict[str, Token], analysis: Analysis, doc: Doc,
                          since: frozenset[str] | None, statements: bool) -> list[Event]:
    """The sentence's events once each act is told once (see the module docstring)."""
    if conv.enabled("history", since):
        # before the merges below: an old act merged into or collapsed with the story's news must not take
        # the news with it ("attacked on Monday the village it had shelled in 2019")
        out = merges.drop_history(out, analysis, doc)
    if conv.enabled("consequences", since):
        out = merges.merge_consequences(out, trigger_of, conv.enabled("crowd-force-tolls", since),
                                        conv.enabled("fired-weapons", since),
                                        conv.enabled("attacking-doers", since),
                                        conv.enabled("victims-over-places", since),
                                        conv.enabled("relative-tolls", since))
    if conv.enabled("occasions", since):
        out = merges.drop_occasions(out, trigger_of, since)
    if conv.enabled("outcomes", since):
        out = merges.merge_outcomes(out, trigger_of)
    if conv.enabled("act-names", since):
        out = drop_act_names(out, trigger_of,       # "..., in what police called an ambush" (session 43 vio47)
                             conv.enabled("answered-acts", since))
    if conv.enabled("passive-consequences", since):
        out = merges.merge_passive_consequences(out, trigger_of, conv.enabled("when-clause-tolls", since),
                                                conv.enabled("weapon-when-tolls", since),
                                                conv.enabled("toll-where", since))
    if conv.enabled("re-mentions", since):
        out = merges.drop_rementions(out, trigger_of)
    if conv.enabled("purpose-acts", since):
        out = merges.merge_purposes(out, trigger_of, conv.enabled("purpose-same-acts", since))
    if conv.enabled("ordered-acts", since):
        out = merges.merge_ordered_acts(out, trigger_of)
    if conv.enabled("protest-manners", since):
        out = merges.drop_protest_manners(out, trigger_of)
    out = merges.drop_shadowed(out, conv.enabled("implied-shadowed", since),
                                conv.enabled("distinct-acts", since))
    if conv.enabled("collapse", since):
        out = conv.collapse(out, trigger_of, conv.enabled("coordinated-sides", since),
                            conv.enabled("outer-statements", since),
                            conv.enabled("participial-acts", since),
                            conv.enabled("where-acts", since))
    if statements:
        out = drop_shadowed_statements(out, conv.enabled("shadow-conditions", since),
                                       trigger_of if conv.enabled("separate-acts", since) else None,
                                       conv.enabled("conjunct-acts", since),
                                       conv.enabled("negated-acts-unshadow", since),
                                       conv.enabled("relative-acts-apart", since),
                                       conv.enabled("relative-sayings-apart", since),
                                       conv.enabled("protest-sayings", since),
                                       conv.enabled("toned-conjunct-sayings", since))
    return out
