"""A simple past the parser reads as a participle: "Some clerks hid behind the counter, but a guard ran to the gate and
was shot" (session 43).

A strong verb's simple past that is never its past participle (kb word list PAST_ONLY_FORMS: "hid", not "hidden";
"ran", not "run") can only be a finite verb. The small parser now and then tags one VBN, or hangs it as a reduced
relative (`acl`) on the noun before it, making the whole first clause part of the next clause's subject: "Some
clerks hid behind the counter, but a guard" is then one subject of "ran ... and was shot", and the hiders become
the victims of the shooting. This component, run after the parser, gives such a form the tag of the past tense
and, in that one shape -- the form is an `acl` or `amod` of a noun of the subject (the subject itself, or the object
of its of-phrase, "Some of the hostages hid"), the clause's verb coming after it -- makes it the head of its own
clause, as the parser reads "Clerks hid behind the counter, but a guard ran": the subject is its subject, the
later verb its conjunct (with the "but" and the comma between them). Other readings are left as parsed.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph.datafile import word_list

COMPONENT = "newsgraph_past_forms"


@Language.factory(COMPONENT)
def make_past_forms(nlp: Language, name: str) -> "PastForms":
    return PastForms(word_list("kb", "PAST_ONLY_FORMS"))


def _subject_of(noun: Token) -> Token | None:
    """The subject whose phrase holds `noun` (the noun itself, or the head of the of-phrase it is in), else None."""
    node = noun
    while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
        node = node.head
    return node if node.dep_ in ("nsubj", "nsubjpass") else None


def _misread_clause(verb: Token) -> tuple[Token, Token] | None:
    """(subject, later verb) when `verb` hangs in that verb's subject as the module docstring's shape, else None."""
    noun = verb.head
    # (the component runs before the attribute ruler sets `pos_`: the fine tags say what a word is)
    if verb.dep_ not in ("acl", "amod") or noun.i >= verb.i or not noun.tag_.startswith(("NN", "PRP", "DT", "CD")):
        return None
    subject = _subject_of(noun)
    if subject is None:
        return None
    clause = subject.head
    return (subject, clause) if clause.i > verb.i and clause.tag_.startswith(("VB", "MD")) else None


def _own_clause(verb: Token, subject: Token, clause: Token) -> None:
    """Make `verb` the head of `subject`'s clause and `clause` its conjunct, with the "but" and the comma between
    them (the parser hung those on the subject or on the noun `verb` modified)."""
    between = [c for t in (subject, verb.head) for c in t.children
               if c.dep_ in ("cc", "punct") and verb.i < c.i < clause.i]
    if clause.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    else:
        verb.head, verb.dep_ = clause.head, clause.dep_
    clause.head, clause.dep_ = verb, "conj"
    subject.head, subject.dep_ = verb, "nsubj"
    for c in between:
        c.head = verb


class PastForms:
    """Reads a misread simple past as the past tense (see the module docstring)."""

    def __init__(self, forms: frozenset[str]) -> None:
        self.forms = forms

    def __call__(self, doc: Doc) -> Doc:
        for verb in doc:
            if verb.lower_ not in self.forms or verb.tag_ not in ("VBD", "VBN") \
                    or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
                continue
            verb.tag_ = "VBD"
            found = _misread_clause(verb)
            if found is not None:
                _own_clause(verb, *found)
        return doc
