"""A hyphenated verb of crowd control the parser reads as a modifier: "Police baton-charged striking nurses"
(session 41).

The tokenizer keeps the verbs of kb word list FORCE_HYPHEN_VERBS one token ("baton-charged", "tear-gassed"; nlp/model.py
_keep_hyphen_words), but before a bare plural the small parser often reads the whole clause as one noun phrase: the
verb becomes an adjective on its object and the doer a modifier of the same noun ("Police" nmod of "nurses"), or the
doer is the sentence's root and the object hangs on it ("Security forces baton-charged students": "forces" ROOT,
"students" its object). Downstream no verb is found and the repression is lost. This component, run after the
parser, rebuilds the clause the way the parser reads it when it gets it right: the verb heads the clause, the doer
is its subject and the noun it modified its object.

A verb the parser makes the head of its clause with its subject but tags an adjective ("Police baton-charged
protesting teachers") is left to nlp/hyphen_verbs.py, which gives it the verb's tag. Only two plain shapes are
rebuilt, each with the doer's phrase ending right before the verb: the noun the verb modifies is the sentence's root
and the doer one of its left modifiers; or the doer is the root and the noun its object. Any other reading ("the
tear-gassed crowd fled") is left as parsed.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph.datafile import word_list
from newsgraph.nlp.verbless_roots import head_clause

COMPONENT = "newsgraph_force_verbs"
_DOER_DEPS = ("nsubj", "nmod", "compound", "npadvmod")


@Language.factory(COMPONENT)
def make_force_verbs(nlp: Language, name: str) -> "ForceVerbs":
    return ForceVerbs(word_list("kb", "FORCE_HYPHEN_VERBS"))


def _misread_verb(verb: Token, words: frozenset[str]) -> tuple[Token, Token] | None:
    """(doer, object) when `verb` is a word of `words` misread in one of the module docstring's shapes, else None."""
    if verb.lower_ not in words or verb.dep_ != "amod" or not verb.lower_.endswith("ed"):
        return None
    noun = verb.head
    # (the component runs before the attribute ruler sets `pos_`: the fine tag says what a noun is)
    if noun.i <= verb.i or not noun.tag_.startswith("NN"):
        return None
    before = [c for c in noun.children if c.i < verb.i and c.dep_ in _DOER_DEPS and c.tag_.startswith("NN")]
    if noun.dep_ == "ROOT" and before and before[-1].right_edge.i == verb.i - 1:
        return before[-1], noun
    doer = noun.head
    if doer.dep_ == "ROOT" and noun.dep_ in ("dobj", "appos") and doer.i == verb.i - 1 and doer.tag_.startswith("NN"):
        return doer, noun
    return None


class ForceVerbs:
    """Makes a misread hyphenated verb of force the head of its clause (see the module docstring)."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words

    def __call__(self, doc: Doc) -> Doc:
        for verb in doc:
            found = _misread_verb(verb, self.words)
            if found is None:
                continue
            doer, noun = found
            head_clause(verb, doer, noun)
        return doc
