"""Acronyms that are also common words: a spaCy component, before the model's tok2vec, that gives "WHO",
"ICE" or "IS" written in capitals their own norm.

Why: the model reads a token through its lower-cased norm, so "WHO" is the pronoun "who", "ICE" the frozen
water and "IS" the verb. "WHO chief Tedros said ..." then parsed with "WHO" as the subject of a clause
"chief ... Tedros" and the speaker was lost; "IS fighters attacked a village" made "IS" a passive auxiliary.
With the acronym as its own norm the parser and the entity recogniser see an unknown capitalised word, as
they do for "NATO", and parse the phrase as a name. The words are the kb list ACRONYM_WORDS. A capitalised
word inside a run of capitals (a shouted headline: "WHO IS TO BLAME") is left alone.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "newsgraph_acronym_norms"


@Language.factory(COMPONENT)
def make_acronym_norms(nlp: Language, name: str) -> "AcronymNorms":
    from newsgraph.datafile import word_list

    return AcronymNorms(frozenset(w.upper() for w in word_list("kb", "ACRONYM_WORDS")))


def _shouted(token) -> bool:
    return token.is_alpha and len(token) > 1 and token.is_upper


class AcronymNorms:
    """Sets `norm_` of each listed acronym written in capitals, unless a neighbouring word is in capitals too."""

    def __init__(self, acronyms: frozenset[str]):
        self.acronyms = acronyms

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        for token in doc:
            if token.text in self.acronyms:
                i = token.i
                if (i > 0 and _shouted(doc[i - 1])) or (i + 1 < n and _shouted(doc[i + 1])):
                    continue
                token.norm_ = token.text
        return doc
