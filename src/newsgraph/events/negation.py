"""Is an act negated in its own clause: "did not sign", "no soldiers were hurt", "neither confirmed nor denied".

The words of negation a clause can carry -- "not" and "never" (modality.csv relation `neg`), "no" on the verb, its
subject or its object, the correlatives "neither ... nor", "at no time" -- read apart from the mood walk in
modality.py, which asks them of every clause it climbs through, as refusals.py does.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events.modality_cues import cue_maps
from newsgraph.events.negative_arguments import negative_object, not_one_subject
from newsgraph.nlp.cache import children

_PART_NOUNS = word_list("patterns", "PART_NOUNS")
_NO_TIME = word_list("patterns", "NO_TIME")
_CORRELATIVE = word_list("patterns", "CORRELATIVE_NEGATORS")
_NEGATIVE_SUBJECTS = word_list("patterns", "NEGATIVE_SUBJECTS")


def negated(tok: Token) -> bool:
    """Is the act of `tok` negated by a word of its own clause ("not", "no", "neither ... nor", "at no time")."""
    neg = cue_maps()["neg"]
    for c in children(tok):
        if c.dep_ == "neg" and c.lower_ in neg:
            return True
        if c.dep_ == "det" and c.lower_ == "no":
            return True
        if c.dep_ in ("preconj", "cc") and c.i < tok.i and c.lower_ in _CORRELATIVE:
            return True     # "neither confirmed ...", "Nor did the army attack" (not "not only ... but also")
        if c.dep_ in ("nsubj", "nsubjpass") and any(p.dep_ in ("preconj", "det", "cc") and p.lower_ in _CORRELATIVE
                                                    for p in children(c)):
            return True     # "Neither Russia nor China attacked the convoy"
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in _NEGATIVE_SUBJECTS or any(
                p.dep_ == "det" and p.lower_ == "no" for p in children(c))):
            return True     # "none of the witnesses went to the police", "no soldiers were hurt" (round 18)
        if negative_object(c) or not_one_subject(c):
            return True     # "arrested no one", "not one of the senators objected" (negative_arguments.py, session 47)
        if c.dep_ == "prep" and c.lower_ == "at" and any(
                o.lemma_.lower() in _NO_TIME and any(d.lower_ == "no" for d in children(o)) for o in children(c)):
            return True     # "at no time did they agree", "at no point did we say"
    if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in ("more", "further") and any(
            g.dep_ in ("neg", "det", "advmod") and g.lower_ == "no" for g in children(c)) for c in children(tok)):
        return True     # "no more rallies of hate": the parse hangs "no" on "more", not on the noun (session 24)
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.i != tok.i and (tok.head.lower_ in _NEGATIVE_SUBJECTS or any(
            d.dep_ == "det" and d.lower_ == "no" for d in children(tok.head))):
        return True     # "there were no roads closed", "no shops looted": a participle on a noun none of which (round 21)
    # "did not invite him, nor do we endorse him" / "neither confirmed nor denied": the second verb is a conj
    # of the first, and its "nor" hangs on the first verb before it
    return tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in _CORRELATIVE and c.i < tok.i
                                      for c in children(tok.head))


def denied_share(prep: Token) -> bool:
    """An "in" phrase of a share that is denied: on the noun ("no role in arming them") or on the verb whose
    object the noun is ("played no role in arming them", "took no part in the raid")."""
    holder = prep.head
    nouns = [holder] if holder.pos_ == "NOUN" else [c for c in children(holder) if c.dep_ == "dobj"]
    return any(n.lemma_.lower() in _PART_NOUNS and negated(n) for n in nouns)
