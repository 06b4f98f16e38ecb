"""Hyphenated verbs of crowd control the small model tags as adjectives (session 41 vio45).

The tokenizer keeps the verbs of kb word list FORCE_HYPHEN_VERBS one token (nlp/model.py), and the parser then reads
"Police baton-charged striking teachers" right -- "Police" its subject, "teachers" its object -- but the tagger,
which has never seen the word, may call it an adjective (JJ) rather than "lathi-charged"'s VBD. The event coder reads
only verbs as verb triggers, so the act was lost. A word of the list tagged as an adjective that heads its own
subject or direct object is a finite verb (VERB / VBD), one with a passive subject, auxiliary or "by" agent ("the
marchers were tear-gassed by riot police") a passive participle (VERB / VBN); either gets the list's base form as
its lemma. One that modifies a noun ("the baton-charged crowd") is left as it is.

A spaCy component run after the parser; it changes nothing but the part of speech, tag and lemma of such words.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.datafile import word_list

COMPONENT = "newsgraph_hyphen_verbs"


@Language.factory(COMPONENT)
def make_hyphen_verbs(nlp: Language, name: str) -> "HyphenVerbs":
    return HyphenVerbs(word_list("kb", "FORCE_HYPHEN_VERBS"))


def base_form(word: str, forms: frozenset[str] | set[str]) -> str:
    """The shortest form of the list the word begins with ("baton-charged" -> "baton-charge"); else the word."""
    return min((f for f in forms if word.startswith(f)), key=len, default=word)


class HyphenVerbs:
    """Gives a listed hyphenated verb tagged as an adjective, with a subject or object of its own, the verb's
    part of speech, tag and lemma (see the module docstring)."""

    def __init__(self, forms):
        self.forms = frozenset(forms)

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.pos_ != "ADJ" or token.lower_ not in self.forms:
                continue
            deps = {c.dep_ for c in token.children}
            if deps & {"nsubjpass", "auxpass", "agent"}:
                token.tag_ = "VBN"          # "the marchers were tear-gassed by riot police"
            elif deps & {"nsubj", "dobj"}:
                token.tag_ = "VBD"          # "police baton-charged the teachers"
            else:
                continue
            token.pos_ = "VERB"
            token.lemma_ = base_form(token.lower_, self.forms)
        return doc
