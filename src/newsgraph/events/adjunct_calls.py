"""A phone call told only as the setting of what a speaker told someone (convention adjunct-call-partners, session 45
coop49): "In a phone call on Thursday, the Chinese president told his French counterpart that ..." -- the call has
no with-phrase of its own, so adjunct-meetings (noun_roles) finds no partner and codes nothing; the one told, the
verb's object or its to-phrase, is who the speaker spoke with by phone. Only a fronted "in"/"during" phrase on a
verb of telling (word list CALL_TELLING_VERBS) counts: "told reporters in a call" is an interview, and "said in a
call with reporters" has its own partner.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import roles

_TELLING_VERBS = word_list("patterns", "CALL_TELLING_VERBS")
_CALL_PREPS = ("in", "during")


def call_partners(n: Token) -> list[Token]:
    """Whom the speaker told, when `n` (a call noun with no with- or between-phrase) is the object of a fronted
    in/during phrase on a verb of telling; [] otherwise."""
    if roles.prep_objects(n, ("with", "between")) or n.dep_ != "pobj":
        return []
    prep = n.head
    verb = prep.head
    if prep.lower_ not in _CALL_PREPS or verb.i == prep.i or prep.i > verb.i:
        return []
    if verb.pos_ not in ("VERB", "AUX") or not roles.lemmas(verb) & _TELLING_VERBS:
        return []
    told = roles.datives(verb) + [o for o in roles.direct_objects(verb) if o.pos_ in ("NOUN", "PROPN", "PRON")]
    return told + roles.prep_objects(verb, ("to",))
