"""A verb of movement the parser reads as a participle on the subject: "A convoy of trucks carrying food crossed into
Gaza" (session 46 coop50).

Wire copy tells aid, troops and refugees moving with a long subject: a noun, its of-phrase and a participle of
carrying or loading ("A convoy of Ruritanian trucks carrying flour crossed into Freedonia", "Twenty lorries loaded
with rice crossed into the north"). Now and then the small English parser reads the verb after that subject as one
more participle (`acl`, VBN) and makes the first noun the sentence's root: the sentence has no verb and no subject,
and nothing is coded. This component, run after the parser, gives such a sentence its verb back: the verb becomes
the past-tense root and the first noun its subject, as the parser reads the same sentence when it gets it right.

Only this shape is repaired (fine tags only: the component runs before the attribute ruler sets `pos_`): the
sentence ends with a full stop and its root is a noun that opens it (after a determiner, number or adjectives);
no word of the sentence is a finite verb or a modal; the last verb of the sentence is a participle (`acl`, VBN) of a
verb of movement (word list MOVING_PARTICIPLE_VERBS, past forms as written: crossed, entered, arrived ...) inside the root's phrase, with
no "by" phrase and a preposition or object of its own after it. "Three men wounded in the blast." and other captions
told with a passive participle keep their parse: their verbs are no verbs of movement.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.datafile import word_list
from newsgraph.nlp.tags import NOUN_TAGS

COMPONENT = "newsgraph_moving_participles"
_VERBS = word_list("patterns", "MOVING_PARTICIPLE_VERBS")
_FINITE = ("VBD", "VBZ", "VBP", "MD")
_OPENING_TAGS = ("DT", "CD", "JJ", "PRP$", "NNP", "NNPS", "NN")


@Language.factory(COMPONENT)
def make_moving_participles(nlp: Language, name: str) -> "MovingParticiples":
    return MovingParticiples()


def _misread(sent: Span) -> tuple[Token, Token] | None:
    """(subject, verb) when `sent` has the shape in the module docstring, else None."""
    root = sent.root
    if root.tag_ not in NOUN_TAGS or sent[-1].text != "." or len(sent) < 5:
        return None
    if any(t.tag_ not in _OPENING_TAGS for t in sent.doc[sent.start:root.i]):
        return None
    if any(t.tag_ in _FINITE for t in sent):
        return None
    verbs = [t for t in sent if t.tag_.startswith("VB")]
    verb = verbs[-1] if verbs else None
    if verb is None or verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.i <= root.i \
            or verb.lower_ not in _VERBS:
        return None
    kids = list(verb.children)
    if any(c.dep_ == "agent" for c in kids) or not any(c.dep_ in ("prep", "dobj") and c.i > verb.i for c in kids):
        return None
    inside = verb.head
    while inside.i != inside.head.i and inside.i != root.i:
        inside = inside.head
    return (root, verb) if inside.i == root.i else None


class MovingParticiples:
    """Gives a sentence whose verb of movement was read as a participle its verb back (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        for sent in list(doc.sents):
            found = _misread(sent)
            if found is None:
                continue
            subject, verb = found
            verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
            subject.head, subject.dep_ = verb, "nsubj"
            for t in sent:
                if t.dep_ == "punct" and t.head.i == subject.i and t.i > verb.i:
                    t.head = verb
        return doc
