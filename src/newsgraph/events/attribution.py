"""Attribution of an event: who says so ("according to Russian state media", "the army said").

The verbs of saying and the according-to prepositions live in data/patterns/attribution.csv. Read apart from the
mood walk (modality.py), which only asks whether a clause is a verb of saying's complement; the coder, the
reported refusals and the writer's filters ask who said it and through which verb.
"""
from __future__ import annotations

import functools

from spacy.tokens import Token

from newsgraph.events.modality_cues import cue_maps
from newsgraph.events.patterns import attribution_cues
from newsgraph.nlp.cache import children, subtree


@functools.lru_cache(maxsize=1)
def attribution_words() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs of saying, according-to prepositions) of attribution.csv."""
    verbs: set[str] = set()
    preps: set[str] = set()
    for cue in attribution_cues():
        (verbs if cue.value == "verb" else preps).update(cue.words)
    return frozenset(verbs), frozenset(preps)


def _phrase(tok: Token) -> str:
    toks = list(subtree(tok))
    return tok.doc[toks[0].i: toks[-1].i + 1].text


def _according(tok: Token, preps: frozenset[str]) -> str | None:
    for c in children(tok):
        if c.dep_ == "prep" and c.lower_ in preps:
            for p in subtree(c):
                if p.dep_ == "pobj":
                    return _phrase(p)
    return None


def _speaker(verb: Token) -> str | None:
    for c in children(verb):
        if c.dep_ in ("nsubj", "nsubjpass"):
            return _phrase(c)
    return None


def attribution(trigger: Token) -> tuple[str | None, Token | None]:
    """Who says so: (text, reporting verb or None). "according to X" wins over "X said"."""
    verbs, preps = attribution_words()
    node = trigger
    chain = [node]
    while node.head.i != node.i and len(chain) < 15:
        node = node.head
        chain.append(node)
    for n in chain:
        found = _according(n, preps)
        if found:
            return found, None
    # "X said (that) <event>": a reporting verb above the trigger
    for prev, n in zip(chain, chain[1:]):
        if n.lemma_.lower() in verbs and prev.dep_ in ("ccomp", "parataxis", "xcomp", "advcl", "conj") \
                and n.pos_ in ("VERB", "AUX"):
            who = _speaker(n)
            if who:
                return who, n
    # "<event>, officials said": the reporting verb hangs below the event's clause
    for n in chain:
        for c in children(n):
            if c.dep_ in ("parataxis", "ccomp", "advcl") and c.lemma_.lower() in verbs and c.i > trigger.i:
                who = _speaker(c)
                if who:
                    return who, c
    return None, None


def reporting_verb(clause: Token) -> Token | None:
    """The reporting or demanding verb whose complement `clause` is ("said that X must ...")."""
    verbs, _ = attribution_words()
    demand = {w for w, m in cue_maps()["govern"].items() if m == "hypothetical"}
    node, hops = clause, 0
    while node.dep_ in ("ccomp", "conj", "acl", "xcomp") and node.head.i != node.i and hops < 3:
        head = node.head
        lemma = head.lemma_.lower()
        if node.dep_ != "conj" and (lemma in verbs or lemma in demand):
            return head if head.pos_ in ("VERB", "AUX") else None
        node, hops = head, hops + 1
    return None
