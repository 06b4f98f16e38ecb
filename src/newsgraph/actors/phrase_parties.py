"""Capitals in the phrase of a noun that names a party, not a place (session 44 tgt48, round46).

actors/actor_positions.actor_position reads a capital after a locative preposition ("to", "for", "of",
"from") as a place, unless a word before it says the phrase names whom something is aimed at, addressed to, given to
or had from. These are three more such words, kept here so that org_names does not grow past its size:
  * nouns of backing, money or arms, whose to- or for-phrase names the state that gets them, hung on the noun or on
    the verb whose object the noun is ("voiced support for Kyiv", "announced new aid to Kyiv"; kb BACKING_TO_HEADS);
  * nouns of judging, whose of-phrase names the one judged ("sharp criticism of Beijing"; kb JUDGED_OF_HEADS);
  * nouns of something said, asked or offered, whose from-phrase names its maker ("rejected a request from Kyiv",
    "welcomed an offer from Moscow"; kb MADE_FROM_HEADS).
"flew to Kyiv", "aid for refugees in Kyiv", "returned from Kyiv" stay places.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.nlp.cache import children

BACKING_TO_HEADS = word_list("kb", "BACKING_TO_HEADS")
JUDGED_OF_HEADS = word_list("kb", "JUDGED_OF_HEADS")
MADE_FROM_HEADS = word_list("kb", "MADE_FROM_HEADS")


def backed_by(prep: Token) -> bool:
    """A "to" or "for" whose object gets a noun of backing: the phrase hangs on the noun, or on the verb whose
    object the noun is, or on the verb whose sum is counted in it ("pledged 2 billion dollars in aid for Khartoum")."""
    head = prep.head
    if head.pos_ == "NOUN":
        return head.lemma_.lower() in BACKING_TO_HEADS
    if head.pos_ != "VERB":
        return False
    nouns = [c for c in children(head) if c.dep_ in ("dobj", "obj")]
    nouns += [o for c in children(head) if c.dep_ == "prep" and c.lower_ == "in"
              for o in children(c) if o.dep_ == "pobj"]
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in BACKING_TO_HEADS for n in nouns)


def names_party(prep: Token) -> bool:
    """The object of this preposition is a party to what the noun (or verb) it hangs on names."""
    word = prep.lower_
    if word in ("to", "for"):
        return backed_by(prep)
    noun = prep.head.lemma_.lower() if prep.head.pos_ == "NOUN" else None
    return word == "of" and noun in JUDGED_OF_HEADS or word == "from" and noun in MADE_FROM_HEADS
