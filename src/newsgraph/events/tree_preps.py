"""Prepositional phrases under a word: the objects of given prepositions (`prep_objects`, with the object the parse
strands in a participle clause after the preposition: "fired at students marching"), the passive's "by" agent
(`agent_of`), and the preposition lists the roles read (TARGET_PREPS, AIMED_PREPS, CONTROL_PREPS). Reads the parse
(and the word list TIME_NOUNS); every other tree helper builds on it."""
from __future__ import annotations

from spacy.tokens import Token
from newsgraph.datafile import word_list
from newsgraph.nlp.cache import children


# nouns of time ("by the evening", "by the weekend" is when, not who)
_TIME_NOUNS = word_list("patterns", "TIME_NOUNS")
# Prepositions whose object can be the target of an event (checked in this order).
TARGET_PREPS = ("with", "to", "against", "on", "at", "upon", "into", "toward", "towards", "for", "from",
                "over", "onto")
# what a shot, a launch or an attack was aimed at ("fired at the capital"; "into" is left out: "fired two missiles
# into the sea" names where they fell)
AIMED_PREPS = ("at", "on", "upon", "against", "toward", "towards")
# prepositions whose object is the one asked to act: "called on X to", "prevailed upon X to"
CONTROL_PREPS = ("on", "upon")


def agent_of(verb: Token) -> list[Token]:
    """The passive's "by" agent; not a time ("54 people had been detained by the evening", "by Sunday": a deadline
    the parse reads as the agent; session 42 fam46)."""
    return [gc for c in children(verb) if c.dep_ == "agent" for gc in children(c) if gc.dep_ == "pobj"
            and gc.ent_type_ not in ("DATE", "TIME") and gc.lemma_.lower() not in _TIME_NOUNS] + hands_agents(verb)


def hands_agents(verb: Token) -> list[Token]:
    """"were killed at the hands of gunmen", "died at the hands of the police": the of-phrase of "at the hands of"
    on a verb names who did it, as a passive's "by" does (session 48 vio52); "in the hands of" is who holds
    something, no doer."""
    return [g for c in children(verb) if c.dep_ == "prep" and c.lower_ == "at"
            for h in children(c) if h.dep_ == "pobj" and h.lower_ == "hands"
            and any(d.dep_ == "det" and d.lower_ == "the" for d in children(h))
            for o in children(h) if o.dep_ == "prep" and o.lower_ == "of"
            for g in children(o) if g.dep_ == "pobj"]


def prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the given prepositions under `tok`, in the order of `preps`."""
    out: list[Token] = []
    kids = [c for c in children(tok) if c.dep_ in ("prep", "dative", "prt", "agent") and c.pos_ == "ADP"]
    for p in preps:
        for c in kids:
            if c.lower_ != p:
                continue
            for gc in children(c):
                if gc.dep_ == "pobj":
                    out.append(gc)
                elif gc.dep_ == "prep":   # "moves on to Vietnam", "out of"
                    out.extend(g for g in children(gc) if g.dep_ == "pobj")
            out.extend(stranded_object(tok, c))
    return out


def absolute_subject(obj: Token) -> bool:
    """Is `obj` the subject of an absolute with-clause set off from its sentence ("extended the embargo on Sudan,
    with Russia and China abstaining", "With Hungary dropping its veto, the bloc approved ...")? Such a clause tells
    what went on around the act; its subject is no side of it, though stranded_object reads the subject of a
    participle after a bare preposition as the preposition's object (session 45 tgt49, convention
    absolute-with-clauses). Conjuncts of the subject ("Russia and China") count too."""
    while obj.dep_ == "conj" and obj.head.i != obj.i:
        obj = obj.head
    verb = obj.head
    if obj.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "pcomp" or verb.tag_ not in ("VBG", "VBN"):
        return False
    prep = verb.head
    if prep.lower_ != "with" or any(c.dep_ == "pobj" for c in children(prep)):
        return False
    sent = prep.sent
    return prep.i == sent.start or prep.doc[prep.i - 1].text in (",", ";", "--", "\u2014")


def stranded_object(tok: Token, prep: Token) -> list[Token]:
    """"fired tear gas at opposition supporters marching to parliament": the parse leaves "at" with no object
    and reads the noun after it as the subject of the participle, a clause of the verb's own. A preposition with
    no object of its own has for object the subject of such a clause of `tok` (advcl, acl, xcomp, ccomp) that
    opens right after it, or of the participle the parse hangs on the preposition itself (round37, session 36 tgt39)."""
    if any(gc.dep_ in ("pobj", "prep") for gc in children(prep)):
        return []
    clauses = [v for v in children(tok) if v.dep_ in ("advcl", "acl", "xcomp", "ccomp") and v.i > prep.i]
    clauses += [v for v in children(prep) if v.dep_ == "pcomp"]     # ("at students marching": the clause on "at")
    return [n for v in clauses if v.tag_ in ("VBG", "VBN") for n in children(v) if n.dep_ in ("nsubj", "nsubjpass")
            and n.left_edge.i == prep.i + 1]
