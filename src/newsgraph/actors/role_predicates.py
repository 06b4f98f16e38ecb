"""A role said of a person by a predicate: "Oduya became mayor of Lagos", "Khan was elected (as) mayor of
London", "she was appointed Nigeria's foreign minister", "Oduya, who is the mayor of Lagos", "she served as mayor of
Lagos".

epithets.predicate read only "<person> is/was <role>", and only the role's own words for the person's country: "the
mayor of Lagos" re-named the person, whose country came from the story later ("Oduya is the mayor of Lagos" in a
story about US politics: USA); after "became", or a naming verb in the passive ("was elected mayor of London",
"was sworn in as president"), the role was a new generic actor and the person kept no country. A careful reader takes
the person's country from the role's place or nationality, as from an apposition ("Oduya, mayor of Lagos,").

This module finds the person a role noun is predicated of; epithets.predicate (one call) decides the rest.
Verbs: kb COPULA_VERBS (the role is their attribute), PASSIVE_NAMING_VERBS (passive, the role their object predicate
or the object of "as"), AS_ROLE_VERBS (active or passive, the role the object of "as": "served as", "was sworn in
as"). An active naming verb names someone else ("Trump named Pence as his running mate"): not read.

Only a role the text asserts of the person places them (round50, session 48 act52: on unseen text the kind gave
countries a careful reader would not): not a negated one ("Ekberg is not the mayor of Lagos", "was never"), one
under a modal ("would become the first foreign mayor of Lagos", kb ROLE_UNSAID_MODALS), one in the that-clause of a
denial or a hope ("denied that he was the head of the Iranian mission", ROLE_UNSAID_HEADS), or in a clause of "if" /
"whether" (ROLE_UNSAID_MARKS); `posted_role` tells a post held where the holder is sent ("the Moscow bureau chief",
kb POSTED_ROLE_WORDS), whose place is not the person's country, and `placed_where_held` a role other than a state's
post only placed where it is held ("worked as a doctor in Gaza": an aid doctor may come from anywhere).
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.nlp.cache import children

COPULA_VERBS = word_list("kb", "COPULA_VERBS")
PASSIVE_NAMING_VERBS = word_list("kb", "PASSIVE_NAMING_VERBS")
AS_ROLE_VERBS = word_list("kb", "AS_ROLE_VERBS")
UNSAID_MODALS = word_list("kb", "ROLE_UNSAID_MODALS")
UNSAID_HEADS = word_list("kb", "ROLE_UNSAID_HEADS")
UNSAID_MARKS = word_list("kb", "ROLE_UNSAID_MARKS")
POSTED_ROLE_WORDS = word_list("kb", "POSTED_ROLE_WORDS")
_RELATIVES = ("who", "that")


def _subject(verb: Token, deps: tuple[str, ...]) -> Token | None:
    """The verb's one subject of those deps; through a relative pronoun, the noun the clause hangs on ("Oduya, who
    was elected mayor of Lagos")."""
    subj = [c for c in children(verb) if c.dep_ in deps]
    if len(subj) != 1 or any(c.dep_ == "expl" for c in children(verb)):
        return None
    s = subj[0]
    if s.lower_ in _RELATIVES and verb.dep_ == "relcl":
        return verb.head
    return s


def _asserted(verb: Token) -> bool:
    """Does the clause of `verb` say the role is the subject's: not negated ("is not", "was never"), not under a
    modal ("would become"), not in the that-clause of a denial or hope or under "if" / "whether"?"""
    for c in children(verb):
        if c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in UNSAID_MODALS:
            return False
        if c.dep_ == "mark" and c.lower_ in UNSAID_MARKS:
            return False
    head = verb
    while head.dep_ in ("conj", "ccomp") and head.head is not head:
        if head.dep_ == "ccomp" and head.head.lemma_.lower() in UNSAID_HEADS:
            return False
        head = head.head
    return True


def posted_role(toks: list[Token]) -> bool:
    """Is the role a post held where its holder is sent ("the Moscow bureau chief", "Beijing correspondent")?"""
    return any(t.lemma_.lower() in POSTED_ROLE_WORDS for t in toks)


def placed_where_held(h: Token) -> bool:
    """Is the role's place only where it is held ("a doctor in Gaza", "a teacher at a school in Kenya"), with no
    "of <place>" saying whose office it is ("the mayor of Lagos")?"""
    preps = {c.lower_ for c in children(h) if c.dep_ == "prep"}
    return bool(preps & {"in", "at"}) and "of" not in preps


def predicated_subject(h: Token) -> Token | None:
    """The token of the phrase a role noun `h` is predicated of, or None: the subject of a copula whose attribute it
    is, of a passive naming verb whose object predicate it is, or of a naming or serving verb whose "as" it
    follows."""
    if h.dep_ == "attr" and h.head.lemma_ in COPULA_VERBS:
        return _subject(h.head, ("nsubj",)) if _asserted(h.head) else None
    if h.dep_ == "oprd" and h.head.lemma_ in PASSIVE_NAMING_VERBS:
        return _subject(h.head, ("nsubjpass",)) if _asserted(h.head) else None
    if h.dep_ == "pobj" and h.head.lower_ == "as" and h.head.dep_ == "prep":
        verb = h.head.head
        if not _asserted(verb):
            return None
        if verb.lemma_ in PASSIVE_NAMING_VERBS:
            return _subject(verb, ("nsubjpass",))
        if verb.lemma_ in AS_ROLE_VERBS:
            return _subject(verb, ("nsubj", "nsubjpass"))
    return None
