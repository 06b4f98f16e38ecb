"""Sense condition `issue_object`: a stance held on an issue, no act towards anyone (session 47 prec51).

Real news outside every gold set told where politicians and governments stand -- "the senator opposes gambling", "a
farmer who opposes the town's expansion", "a ministry said it opposes smuggling", "she has supported legislation with
exceptions" -- and the coder read each as a rejection (120, through SE-oppose-plan-crit29) or as support (051) with
no one on the other side. A stance on a practice or an issue in general is no event a rater codes: nothing is turned
down or backed that someone proposed. The grammar tells it: what is opposed or backed is a bare common noun -- no
article, possessive or number, no relative clause or of-phrase -- a mass or abstract noun ("gambling", "gun control",
"smuggling", "legislation"), or a bare plural in the present tense, the tense of a standing position ("opposes
casinos", "backs tax cuts"). A plan or an act named as one ("opposed the new toll plan", "opposes the deployment of
Russian troops", "privatization of the port", "new sanctions on Russia": a phrase naming someone), a proper name, a
person or group, or any event with a target stays as the rows after it code it. senses.py calls `issue_object` for
the condition of that name (a late condition: it reads the target); the verbs are the rows' own
(data/patterns/senses.csv, SE-issue-stance-prec51 and SE-issue-support-prec51).
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events.patterns import noun_sets
from newsgraph.nlp.cache import children

# what makes a noun a particular thing rather than an issue in general
_PARTICULAR_DEPS = ("det", "poss", "nummod", "relcl", "acl", "appos")
_PRESENT = ("VBZ", "VBP")


def _issue_noun(obj: Token, present: bool) -> bool:
    """`obj` names an issue in general: a bare common noun, singular (mass or abstract) or, in the present tense,
    plural; a gerund read as a noun counts ("opposes smuggling")."""
    if obj.pos_ not in ("NOUN", "VERB") or obj.tag_ not in ("NN", "NNS", "VBG"):
        return False
    if any(c.dep_ in _PARTICULAR_DEPS or (c.dep_ == "prep" and c.lower_ == "of") for c in children(obj)):
        return False    # "the plan", "its bill", "two bills", "the bill that ...", "privatization of the port"
    if obj.tag_ == "NNS" and not present:
        return False
    if any(g.pos_ == "PROPN" or g.ent_type_ for p in children(obj) if p.dep_ == "prep"
           for g in children(p) if g.dep_ == "pobj"):
        return False    # "new sanctions on Russia": a measure aimed at someone named, a proposal of its own
    return not obj.ent_type_ and obj.lemma_.lower() not in noun_sets()["PERSONS"]


def issue_object(tok: Token, target) -> bool:
    """The trigger (a verb) holds a stance on an issue: no target, and every direct object an issue in general."""
    if target is not None or tok.pos_ not in ("VERB", "AUX"):
        return False
    objects = [o for o in children(tok) if o.dep_ == "dobj"]
    objects += [c for o in objects for c in children(o) if c.dep_ == "conj"]
    if not objects:
        return False
    present = tok.tag_ in _PRESENT
    return all(_issue_noun(o, present) for o in objects)
