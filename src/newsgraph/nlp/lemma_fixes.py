"""Verb lemmas the rule lemmatizer cuts one letter short: "hoped", "hopes", "hoping" -> "hop" (session 21).

spaCy's English rule lemmatizer strips "-ed", "-es" or "-ing" and keeps the stem when the stem is itself a word, so
"hoped" became "hop", "stared" "star", "rated" "rat", "spared" "spar", "coped" "cop": every rule that reads the
verb "hope" (a hoped-for outcome is an optimistic comment, CAMEO 013; "hopes to visit" an intent) missed each of its
forms. English spelling tells the two apart: a one-syllable stem ending in a single vowel and a single consonant
doubles that consonant before a suffix ("hopped", "starred", "sparring"), so when the suffix follows the stem
undoubled the verb is the stem with a final "e" ("hoped" -> "hope"). Only verbs are corrected; stems ending in w,
x or y never double, and "-es" after s or z is the plain plural ending, so those are left as they are.

A spaCy component run last; it changes nothing but the lemma of such verb forms -- and of one kind of noun: a
capitalised plural of a weapon the tagger reads as a proper noun at the head of a sentence ("Rockets were fired at
the embassy", "Rockets struck near the airport": NNPS, lemma "Rockets") is the common noun it is (NNS, lemma
"rocket"), so the rules that read a weapon fired or striking see it (kb word list CAPITALISED_WEAPON_PLURALS;
session 45 tgt49: the passive had no event, its target none); and a plural the rule lemmatizer gives the lemma of
another noun ("bases" -> "basis", so "air strikes against rebel bases" read as abstract, no force: kb word list
NOUN_LEMMA_FIXES, form:lemma; session 45 tgt49).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.datafile import word_list

COMPONENT = "newsgraph_lemma_fixes"
_VOWELS = frozenset("aeiou")
_SUFFIXES = ("ed", "ing", "es")


@Language.factory(COMPONENT)
def make_lemma_fixes(nlp: Language, name: str) -> "LemmaFixes":
    fixes = dict(pair.split(":", 1) for pair in word_list("kb", "NOUN_LEMMA_FIXES"))
    return LemmaFixes(word_list("kb", "CAPITALISED_WEAPON_PLURALS"), fixes)


def restored(text: str, lemma: str) -> str | None:
    """The lemma with its final "e" when `text` is `lemma` + an undoubled suffix of a one-syllable stem; else None."""
    if len(lemma) < 3 or not lemma.isalpha() or lemma[-1] in _VOWELS or lemma[-1] in "wxy" \
            or lemma[-2] not in _VOWELS or lemma[-3] in _VOWELS:
        return None
    groups = sum(1 for i, c in enumerate(lemma) if c in _VOWELS and (i == 0 or lemma[i - 1] not in _VOWELS))
    if groups != 1 or not text.startswith(lemma):
        return None
    suffix = text[len(lemma):]
    if suffix in ("ed", "ing") or (suffix == "es" and lemma[-1] not in "sz"):
        return lemma + "e"
    return None


class LemmaFixes:
    """Gives "hoped", "stared", "spared" ... their lemma with the final "e" (see the module docstring)."""

    def __init__(self, weapon_plurals: frozenset[str] = frozenset(), noun_lemmas: dict[str, str] | None = None):
        self.weapon_plurals = weapon_plurals      # lower-case plural -> read as the common noun when tagged NNPS
        self.noun_lemmas = noun_lemmas or {}      # lower-case plural noun -> its lemma ("bases" -> "base")

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.pos_ == "VERB" and token.lower_.endswith(_SUFFIXES):
                fixed = restored(token.lower_, token.lemma_.lower())
                if fixed is not None:
                    token.lemma_ = fixed
            elif token.tag_ == "NNPS" and token.lower_ in self.weapon_plurals:
                token.tag_, token.pos_, token.lemma_ = "NNS", "NOUN", token.lower_[:-1]
            elif token.tag_ == "NNS" and token.lower_ in self.noun_lemmas:
                token.lemma_ = self.noun_lemmas[token.lower_]
        return doc
