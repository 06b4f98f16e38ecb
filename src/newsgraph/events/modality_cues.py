"""The cue words of modality.csv as maps by relation, and the auxiliaries of what will or would be done.

Every reader of an event's mood asks these: modality.py for the mood itself, negation.py for the words of "not",
attribution.py for the verbs of demanding, and the statement and convention modules for "will" and "would". They
stand apart so that each of those can read them without importing the mood walk.
"""
from __future__ import annotations

import functools

from spacy.tokens import Token

from newsgraph.events.patterns import modality_cues, with_typographic_apostrophes

# the auxiliaries of what will (or would) be done, in both apostrophes ("'ll", "\u2019ll")
FUTURE_AUX = with_typographic_apostrophes(("will", "would", "'ll", "wo", "shall", "'d"))
_CONTRACTED_D = with_typographic_apostrophes(("'d",))


def had_contraction(aux: Token) -> bool:
    """"he'd battled": a contracted "'d" the tagger reads as the past "had" (VBD, before a participle), not "would"
    (MD): no future, no condition (session 21)."""
    if aux.lower_ not in _CONTRACTED_D:
        return False
    verb = aux.head
    return aux.tag_ == "VBD" or (verb.tag_ == "VBN" and not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children))   # "he'd fought", not "he'd have gone"


def future_aux(aux: Token) -> bool:
    """A future or conditional auxiliary ("will", "would", "'ll", "'d" for "would"), not "'d" for "had"."""
    return aux.lower_ in FUTURE_AUX and not had_contraction(aux)


@functools.lru_cache(maxsize=1)
def cue_maps() -> dict[str, dict[str, str]]:
    """modality.csv's cue words by relation (aux, govern, mark, neg, charge, permit, modifier) -> the mood each
    gives; under "_tense", the tenses a mark's clause must be in."""
    maps: dict[str, dict[str, str]] = {"aux": {}, "govern": {}, "mark": {}, "neg": {}, "charge": {}, "permit": {},
                                       "modifier": {}}
    tenses: dict[str, frozenset[str]] = {}
    for cue in modality_cues():
        for w in cue.words:
            maps[cue.relation].setdefault(w, cue.value)
            if cue.relation == "mark":
                tenses[w] = cue.tense
    maps["_tense"] = tenses  # type: ignore[assignment]
    return maps


def governing_cues() -> dict[str, str]:
    """The verbs and adjectives whose complement is not (yet) a fact ("plans to", "wants to"; modality.csv govern)."""
    return cue_maps()["govern"]
