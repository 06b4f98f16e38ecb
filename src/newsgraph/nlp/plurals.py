"""The plain singular of a plural a tagger left unlemmatised: a capitalised plural read as a proper noun keeps its
"-s" ("Tornadoes", "Suspects", "Gunmen opened fire"), so the readers that look such a word up in a word list or the
KB's vocabulary singularise it by spelling rule. One rule for the headline reader (events/headlines) and the noun
phrase reader (actors/phrases)."""
from __future__ import annotations


def plain_singular(low: str, sibilant_es: bool = True) -> str | None:
    """The singular of the lower-case plural `low` by spelling rule ("-ies" -> "-y", "-s" dropped, not "-ss"), or
    None when it ends in neither.

    `sibilant_es`: also drop "-es" after o, ch, sh, ss and x ("tornadoes" -> "tornado", "searches" -> "search").
    The headline reader adds it to the word and its lemma, so both spellings are tried; the noun phrase reader
    (phrases.noun_lemma) takes the one form as a KB key and has always dropped only the "-s" ("marches" ->
    "marche"); it passes False so that merging the two rules changed no output (session 37, dup41)."""
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if sibilant_es and low.endswith(("oes", "ches", "shes", "sses", "xes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        return low[:-1]
    return None
