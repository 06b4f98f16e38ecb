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
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.nlp.cache import children

COPULA_VERBS = word_list("kb", "COPULA_VERBS")
PASSIVE_NAMING_VERBS = word_list("kb", "PASSIVE_NAMING_VERBS")
AS_ROLE_VERBS = word_list("kb", "AS_ROLE_VERBS")
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


def predicated_subject(h: Token) -> Token | None:
    """The token of the phrase a role noun `h` is predicated of, or None: the subject of a copula whose attribute it
    is, of a passive naming verb whose object predicate it is, or of a naming or serving verb whose "as" it
    follows."""
    if h.dep_ == "attr" and h.head.lemma_ in COPULA_VERBS:
        return _subject(h.head, ("nsubj",))
    if h.dep_ == "oprd" and h.head.lemma_ in PASSIVE_NAMING_VERBS:
        return _subject(h.head, ("nsubjpass",))
    if h.dep_ == "pobj" and h.head.lower_ == "as" and h.head.dep_ == "prep":
        verb = h.head.head
        if verb.lemma_ in PASSIVE_NAMING_VERBS:
            return _subject(verb, ("nsubjpass",))
        if verb.lemma_ in AS_ROLE_VERBS:
            return _subject(verb, ("nsubj", "nsubjpass"))
    return None
