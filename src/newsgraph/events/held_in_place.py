"""People held in a named place: a doerless detention told as a participle on the people held (session 48 arr52).

"Ottawa is pressing for the release of two Canadians detained in China", "the families of three sailors held in
Iran": wire and local pages name the detained by a past participle hung on them (an `acl`) with the country or city
that holds them. act_checks._agentless takes such a participle for background ("a member jailed a year ago") and
dropped it, though the detention is what the story is about and goes on as it is told. With an in-phrase on a
place name (a GPE) and no time of its own -- no date, no earlier-adverb ("previously", "once") -- it is coded
agentless, as a passive; "a man jailed in Texas in 2003" and "a dissident once imprisoned in Cuba" stay background.

The same pages name the arrested or the charged by a relative clause in the present perfect: "Tom Reed, who has been
charged with murder, appears in court on Monday". The perfect tells a custody or a charge that holds now -- the
story's news -- where the simple past of "who was arrested in 1999" may be any time before
(`custody_perfect_relative`, convention custody-perfect-relative).

Court and police pages name the charged or the arrested by a past participle on the subject of the sentence: "A man
charged with arson appeared in court on Monday", "Man charged with fraud fled to Spain, police say" (session 49
arr53, read on real local pages). The participle with a phrase naming the crime or the case, and no time of its
own, is the charge the story tells (`subject_custody_participle`, convention subject-custody-participle); "a man
charged with arson in 2004 was freed" and "a clerk once arrested for theft" stay background.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.nlp.cache import children

_HELD_IN_PLACE_VERBS = word_list("patterns", "HELD_IN_PLACE_VERBS")
_EARLIER_ADVERBS = word_list("patterns", "EARLIER_ADVERBS")


def held_in_place(tok: Token, code: str) -> bool:
    """`tok` is a detention (173) told as a past participle on the people held (`acl`), of a verb of word list
    HELD_IN_PLACE_VERBS, with an in-phrase whose object is a place name and no date, time or earlier-adverb in
    the participle's own words ("two Canadians detained in China")."""
    if code != "173" or tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.lemma_.lower() not in _HELD_IN_PLACE_VERBS:
        return False
    placed = any(c.dep_ == "prep" and c.lower_ == "in" and any(
        o.dep_ == "pobj" and o.ent_type_ == "GPE" for o in children(c)) for c in children(tok))
    return placed and not any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _EARLIER_ADVERBS
                              for t in tok.subtree)


_REPEATED = word_list("patterns", "REPEATED_TIMES")


def custody_perfect_relative(tok: Token, code: str) -> bool:
    """`tok` is an arrest, a detention or a charge (173, 115) told in a relative clause in the present perfect
    passive ("who has been charged with murder", "who have been detained"), with no date, time, earlier-adverb or
    count of times of its own ("who has been arrested twice before" is a record, background)."""
    if code not in ("173", "115") or tok.dep_ != "relcl":
        return False
    kids = children(tok)
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in kids) \
        and any(c.dep_ == "auxpass" and c.lower_ == "been" for c in kids)
    return perfect and not any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _EARLIER_ADVERBS
                               or t.lower_ in _REPEATED for t in tok.subtree)


_SUBJECT_CUSTODY_VERBS = word_list("patterns", "SUBJECT_CUSTODY_VERBS")
_SUBJECT_CUSTODY_PREPS = word_list("patterns", "SUBJECT_CUSTODY_PREPS")


def subject_custody_participle(tok: Token, code: str) -> bool:
    """`tok` is an arrest, a detention or a charge (173, 115) told as a past participle (`acl`) of a verb of word
    list SUBJECT_CUSTODY_VERBS on the subject of its clause ("A man charged with arson appeared in court") or on the
    object of a noun's of-phrase ("the identity of a youth charged with murder"), with a
    phrase of its own on a preposition of SUBJECT_CUSTODY_PREPS and no date, time, earlier-adverb or count of times
    in its own words."""
    if code not in ("173", "115") or tok.dep_ != "acl" or tok.tag_ != "VBN" \
            or tok.lemma_.lower() not in _SUBJECT_CUSTODY_VERBS or not _named_person(tok.head):
        return False
    named = any(c.dep_ == "prep" and c.lower_ in _SUBJECT_CUSTODY_PREPS
                and any(o.dep_ in ("pobj", "pcomp") for o in children(c)) for c in children(tok))
    return named and not any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _EARLIER_ADVERBS
                             or t.lower_ in _REPEATED for t in tok.subtree)


def _named_person(head: Token) -> bool:
    """The noun a participle hangs on is the subject of its clause, or the object of an of-phrase on a noun ("the
    family of a youth charged with murder", "one of the men arrested in the raid")."""
    if head.dep_ in ("nsubj", "nsubjpass"):
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON")
