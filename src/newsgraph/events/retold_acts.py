"""Acts a later sentence tells again: "The navy arrested 23 fishermen on Saturday. The arrests drew an angry response".

A definite act noun ("the arrests", "the attack", "this visit") that names no side in its own words, and whose root
an act coded in one of the RETOLD_SENTENCES sentences before already has, is that act told again as the subject
or object of what followed it, not a second act (convention retold-acts; session 37 lead). The same within one
sentence is merges.drop_rementions (convention re-mentions), which runs per sentence before this; this one runs on
the whole document's events, an implied doer ("the arrests": the police) counting as no side named.
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.nlp.cache import children
from newsgraph.records import Event

RETOLD_SENTENCES = 2
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def drop_retold_acts(doc: Doc, events: list[Event]) -> list[Event]:
    """`events` without the definite act nouns that re-name an act of the same root coded just before."""
    token_at = {t.idx: t for t in doc}
    kept: list[Event] = []
    for e in events:
        cue = token_at.get(e.cue_start) if e.cue_start is not None else None
        if cue is not None and "+nominal" in e.rule_id and e.source_text is None and e.target_text is None \
                and cue.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children(cue)) \
                and any(a.cameo_root == e.cameo_root and 0 < e.sentence - a.sentence <= RETOLD_SENTENCES
                        and "+nominal" not in a.rule_id for a in events):
            continue
        kept.append(e)
    return kept
