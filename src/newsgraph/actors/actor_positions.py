"""Whether a capital or a seat of government stands for its state: "Moscow said", "hit out at Washington", "a letter
to Beijing", "sanctions on Minsk" -- not "in Moscow", "flew to Beijing". The position of the name in its clause tells:
an argument of a verb, or the object of a preposition that is no place's ("at", "to", "from", "on" only after the
words of aim, address, giving, getting, asking or penalty that kb word lists name). The knowledge-base names
(org_names.py) and the seats of international bodies (igo_seats.py) both ask `actor_position`, so it stands apart
from either, with the word lists it reads.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.actors.employers import SENT_TO
from newsgraph.actors.phrase_parties import names_party
from newsgraph.nlp.cache import children, climb

ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "iobj", "dative", "poss", "agent", "attr", "appos", "oprd"}
# prepositions after which a capital is a place, not an actor ("in Pyongyang")
LOCATIVE = {"in", "at", "to", "into", "from", "near", "outside", "inside", "across", "around", "through",
            "toward", "towards", "via", "over", "throughout", "within", "for", "of", "on"}
SEAT_LOCATIVE = {"in", "at", "to", "into", "near", "outside", "inside", "around", "toward", "towards", "of"}
# words whose "at" phrase names whom words are aimed at ("hit out at Washington", "took aim at Moscow")
AIMED_AT_HEADS = word_list("kb", "AIMED_AT_HEADS")
# words whose "to" phrase names whom words are addressed to ("a message to Moscow", "appealed to Washington")
ADDRESSED_TO_HEADS = word_list("kb", "ADDRESSED_TO_HEADS")
# verbs whose "on" phrase names whom they ask ("called on Tehran to halt", "prevailed upon Moscow"; round35)
CALLED_ON_HEADS = word_list("kb", "CALLED_ON_HEADS")
# penalties whose "on" phrase names whom they hit ("an embargo on Minsk", "imposed sanctions on Moscow"; round37)
PENALISED_ON_HEADS = word_list("kb", "PENALISED_ON_HEADS")
_OUT_VERBS = {"hit", "strike", "lash"}      # only with "out": "lashed out at Washington"
GIVEN_TO_HEADS = word_list("kb", "GIVEN_TO_HEADS")   # "provided radar systems to Manila": the state given to
RECEIVED_FROM_HEADS = word_list("kb", "RECEIVED_FROM_HEADS")   # "received weapons from Berlin": the state


def actor_position(t: Token, locative: set[str]) -> bool:
    """Is a capital/seat used as an actor (subject, object, possessor, 'between X and Y', whom words are aimed
    at or addressed to: 'hit out at Moscow', 'a letter to Beijing'; the state an envoy is posted to, 'its
    ambassador to Moscow', kb word list SENT_TO, round24; the state something is had from, 'received
    weapons from Berlin', word list RECEIVED_FROM_HEADS, session 24, or given to, 'sold jets to Cairo',
    GIVEN_TO_HEADS, session 36; 'support for Kyiv', 'criticism of Beijing', 'a request from Kyiv':
    phrase_parties, session 44 tgt48)?"""
    t = climb(climb(t, ("compound", "flat")), ("conj",))
    if t.dep_ in ARG_DEPS:
        return True
    if t.dep_ == "pobj":
        prep = t.head.lower_
        return prep not in locative or prep == "at" and aimed_at(t.head) \
            or prep == "to" and (t.head.head.lemma_.lower() in ADDRESSED_TO_HEADS
                                 or t.head.head.lemma_.lower() in SENT_TO) \
            or names_party(t.head) \
            or prep == "to" and t.head.head.lemma_.lower() in GIVEN_TO_HEADS \
            and any(c.dep_ == "dobj" for c in children(t.head.head)) \
            or prep == "from" and got_from(t.head) \
            or prep in ("on", "upon") and t.head.head.lemma_.lower() in CALLED_ON_HEADS \
            or prep in ("on", "upon") and penalised_on(t.head) \
            or prep == "to" and any(c.dep_ == "dobj" and c.lemma_.lower() in ADDRESSED_TO_HEADS
                                    for c in children(t.head.head))
    return False


def got_from(prep: Token) -> bool:
    """A "from" whose object gives or is asked for what a verb of getting or asking has as object (kb word list
    RECEIVED_FROM_HEADS): "received weapons from Berlin", or with the phrase hung on the object, "demanded an
    apology from Tokyo" (session 37 coop41) -- the capital is the state, not the place something came from."""
    head = prep.head
    if head.dep_ in ("dobj", "obj") and head.pos_ in ("NOUN", "PROPN"):
        return head.head.lemma_.lower() in RECEIVED_FROM_HEADS
    return head.lemma_.lower() in RECEIVED_FROM_HEADS and any(c.dep_ == "dobj" for c in children(head))


def penalised_on(prep: Token) -> bool:
    """An "on" whose object a penalty hits: "an arms embargo on Minsk", "sanctions on Moscow", "imposed
    tariffs on Beijing" (kb word list PENALISED_ON_HEADS; round37, session 36 tgt39): the "on" hangs on the
    penalty noun, or on a verb of imposing whose object is one -- "imposed a curfew on Kabul" stays a place."""
    head = prep.head
    lemma = head.lemma_.lower()
    if head.pos_ in ("NOUN", "PROPN"):
        return lemma in PENALISED_ON_HEADS
    return lemma in PENALISED_ON_HEADS and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in PENALISED_ON_HEADS
                                               and c.pos_ == "NOUN" for c in children(head))


def aimed_at(prep: Token) -> bool:
    """An "at" whose object words are aimed at: "hit out at Washington", "took aim at Moscow", "a swipe at
    Beijing" (kb word list AIMED_AT_HEADS; round21): a capital there is an actor, not a place."""
    head = prep.head
    if head.lower_ == "out" and head.head.i != head.i:
        head = head.head        # ("hit out at": the parse may hang "at" on the particle)
        return head.lemma_.lower() in AIMED_AT_HEADS
    if head.lemma_.lower() in _OUT_VERBS:
        return any(c.lower_ == "out" for c in head.children)
    # ("took aim at Moscow": the parse may hang "at" on the verb of the aim)
    return head.lemma_.lower() in AIMED_AT_HEADS or any(c.dep_ == "dobj" and c.lemma_.lower() in AIMED_AT_HEADS
                                                        for c in head.children)
