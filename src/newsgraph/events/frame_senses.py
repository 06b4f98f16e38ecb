"""Sense conditions under which the trigger only frames another act (data/patterns/senses.csv).

A word of an act may name no act of its own but where, when or how another one happened: "Trump said at a rally in
Ohio" (where he spoke), "met on the sidelines of the G20 summit" (where they met), "rounded up dozens of migrants in
dawn raids" (how the arrests were made), "defended his client after his arrest" and "before leaving for Beijing"
(when), "came out fighting" (how someone came), "attacks on aid workers have doubled" (a statistic), "police broke
up a fight" (what was stopped). Each condition walks from the trigger up to the word that governs it and reads that
word, so they stand together apart from the conditions on the trigger's own object and clause. senses.py calls
`frame_holds` for the conditions in FRAME_CONDITIONS.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events.sense_clauses import _below_verb
from newsgraph.nlp.cache import children

FRAME_CONDITIONS = frozenset({"venue_of", "setting_of", "means_of", "pobj_of", "pcomp_of", "governed", "counted",
                              "object_of"})


def frame_holds(cond: str, tok: Token, values: frozenset[str]) -> bool:
    """Whether the frame condition `cond` (one of FRAME_CONDITIONS) holds of trigger `tok` with the row's values."""
    if cond == "venue_of":
        # "Trump said at a rally in Ohio", "told supporters at a rally that ...": the noun is where someone spoke,
        # the object of "at" on a verb of `value` or on the clause it reports (round26, session 25)
        if tok.dep_ != "pobj" or tok.head.lower_ != "at":
            return False
        node = tok.head.head
        for _ in range(6):      # up through the noun the phrase hangs on ("was the founder ... at a rally")
            if node.pos_ in ("VERB", "AUX"):
                if node.lemma_.lower() in values:
                    return True
                if node.lemma_.lower() != "be" or node.dep_ not in ("ccomp", "conj"):
                    return False    # "said he was beaten at a protest rally": the rally is where the deed was
            elif node.dep_ not in ("attr", "dobj", "pobj", "prep", "appos"):
                return False
            if node.head.i == node.i:
                return False
            node = node.head
        return False
    if cond == "setting_of":
        # "met on the sidelines of the G20 summit": the summit is where the meeting took place, no meeting of the
        # summit's body with the place it is held in (session 44 coop48)
        return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in values
    if cond == "means_of":
        # "rounded up dozens of migrants in dawn raids": the raid is how the arrests were made, not a second act
        # of force (session 45 vio49)
        node = tok
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        if tok.pos_ != "NOUN" or node.dep_ != "pobj" or node.head.lower_ not in ("in", "during") \
                or any(c.dep_ in ("relcl", "acl") for c in children(tok)):
            return False
        verb = node.head.head      # ("rounded up dozens of migrants in raids": the phrase may hang on the object)
        while verb.pos_ in ("NOUN", "PROPN", "NUM", "PRON", "ADP") and verb.dep_ in ("dobj", "pobj", "prep") \
                and verb.head.i != verb.i:
            verb = verb.head
        return verb.lemma_.lower() in values
    if cond == "pobj_of":
        # "defended his client after his arrest": an act noun that only dates the clause by an earlier act of the
        # story (session 32 prec34)
        return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.i != tok.i and tok.head.lower_ in values
    if cond == "pcomp_of":
        # "Before leaving for Beijing, the president met ...": a departure that only frames the clause's time
        # (session 28 coop29)
        return tok.dep_ == "pcomp" and tok.head.i != tok.i and tok.head.lower_ in values
    if cond == "governed":
        # "came out fighting", "went down fighting": the trigger only says how someone came or went
        return _below_verb(tok, ("xcomp", "advcl", "acomp", "oprd"), values)
    if cond == "counted":
        # "attacks on aid workers have doubled": acts in the plural whose number a verb of change is about are a
        # statistic, no report of an act (session 25)
        return tok.tag_ == "NNS" and _below_verb(tok, ("nsubj",), values)
    if cond == "object_of":
        # "police broke up a fight": the fight is what the verb's subject stopped, not something they did (session 19)
        return _below_verb(tok, ("dobj", "obj", "nsubjpass"), values)
    return False
