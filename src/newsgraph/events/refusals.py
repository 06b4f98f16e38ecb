"""Is a negated act refused rather than merely not done: "would not provide", "refused to release", "ruled out
sending troops".

A refusal is an act of its own (the coder adds the pattern's refusal code beside the negated act); the mood walk
(modality.py) reads "ruled out" as the negation of what it rules out.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events.conjunct_moods import own_clause
from newsgraph.events.modality_cues import future_aux
from newsgraph.events.negation import negated
from newsgraph.nlp.cache import children

_REFUSE = word_list("patterns", "REFUSE")
_ACCEPT = word_list("patterns", "ACCEPT")     # a negated acceptance is a refusal ("did not accept the offer")
RULED_OUT_EDGES = ("advcl", "xcomp", "dobj", "pcomp", "ccomp")   # a gerund's place under "ruled out"


def ruled_out(verb: Token) -> bool:
    """"ruled out sending troops": the phrasal verb "rule out" refuses the act its gerund names, as "refused to
    send troops" does (session 28 appeal29)."""
    return verb.lemma_.lower() == "rule" and any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out"
                                                  for c in children(verb))


def refusal(trigger: Token, acceptance: bool = False) -> bool:
    """True when the event is refused rather than merely not done: "would not provide",
    "will not meet", "refused to release" (the event itself is then negated); with `acceptance`
    (convention `refused-acceptance`), also a negated acceptance itself: "did not accept the offer"."""
    node, hops = trigger, 0
    while hops < 8:
        hops += 1
        if negated(node):
            auxes = [c for c in children(node) if c.dep_ == "aux"]
            # "we would not have rescued the industry": a counterfactual past (would + have), no refusal (session 24)
            counterfactual = any(c.lemma_.lower() == "have" for c in auxes)
            return any(future_aux(c) for c in auxes) and not counterfactual or \
                (acceptance and node.i == trigger.i and node.lemma_.lower() in _ACCEPT
                 and not any(c.lower_ == "yet" for c in children(node)))     # "has not yet accepted": pending
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in _REFUSE:
            return True
        if node.tag_ == "VBG" and node.dep_ in RULED_OUT_EDGES and ruled_out(node.head):
            return True     # "ruled out sending troops to the border" refuses the sending
        if node.dep_ not in ("dobj", "pobj", "prep", "xcomp", "conj") or node.head.i == node.i:
            return False
        if node.dep_ == "conj" and own_clause(node):
            return False
        node = node.head
    return False
