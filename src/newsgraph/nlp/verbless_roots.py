"""A sentence's verb the parser reads as an adjective: "Protesters in Tbilisi hurled bottles at police" (session 41).

Wire copy often places its subject with an in-phrase before the verb ("Farmers in Punjab burned effigies of the
minister", "Students in Dhaka blocked ..."). Now and then the small English parser reads the past-tense verb right
after the place as an adjective of the noun that follows it ("hurled bottles" as one noun phrase, `amod`), hangs that
phrase in the in-phrase and makes the subject the sentence's root: the sentence has no verb, and no event is coded.
This component, run after the parser, gives such a sentence its verb back, as the parser reads the same words when
it gets them right: the verb becomes the root, the first noun its subject, the noun it modified its object (with that
noun's prepositions other than "of", which tell where or at whom the act went), and the place before the verb the
object of the in-phrase.

Only this shape is repaired (fine tags only: the component runs before the attribute ruler sets `pos_`): the root is
a noun with a preposition as a child; the sentence holds exactly one verb, a past form (VBD or VBN) that is an
adjective (`amod`) of a noun right after it (or after one determiner, number or adjective) inside that
preposition's phrase; the place between the preposition and the verb is a run of proper nouns or adjectives; and
the sentence ends with a full stop. A headline or caption without a full stop, and any sentence with another verb,
is left as parsed.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from newsgraph.nlp.tags import NOUN_TAGS

COMPONENT = "newsgraph_verbless_roots"
_PLACE_TAGS = ("NNP", "NNPS", "JJ")
_BETWEEN_TAGS = ("DT", "CD", "JJ", "PRP$")


@Language.factory(COMPONENT)
def make_verbless_roots(nlp: Language, name: str) -> "VerblessRoots":
    return VerblessRoots()


def _misread_verb(sent: Span) -> tuple[Token, Token, Token, Token] | None:
    """(subject, preposition, verb, object) when `sent` has the shape in the module docstring, else None."""
    root = sent.root
    if root.tag_ not in NOUN_TAGS or sent[-1].text != "." or len(sent) < 6:
        return None
    verbs = [t for t in sent if t.tag_.startswith("VB") or t.tag_ == "MD"]
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    obj = verb.head
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "amod" or obj.tag_ not in NOUN_TAGS or obj.i <= verb.i \
            or any(t.tag_ not in _BETWEEN_TAGS for t in sent.doc[verb.i + 1:obj.i]) or obj.i - verb.i > 2:
        return None
    prep = next((c for c in root.children if c.dep_ == "prep" and c.i < verb.i), None)
    if prep is None or prep.i != root.i + 1:
        return None
    place = sent.doc[prep.i + 1:verb.i]
    if not len(place) or any(t.tag_ not in _PLACE_TAGS for t in place) or not any(t.tag_.startswith("NNP")
                                                                                  or t.is_title for t in place):
        return None
    # the object's phrase must hang from the subject's in-phrase (directly or through the place)
    inside = obj.head
    while inside.i != inside.head.i and inside.i != prep.i:
        inside = inside.head
    if inside.i != prep.i:
        return None
    return root, prep, verb, obj


def head_clause(verb: Token, subject: Token, obj: Token) -> None:
    """Make `verb` a past-tense root with `subject` and `obj` as its subject and direct object, the way the parser
    reads a plain clause it gets right (also nlp/force_verbs.py's rebuild)."""
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    subject.head, subject.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"


class VerblessRoots:
    """Gives a sentence whose verb was read as an adjective its verb back (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        for sent in list(doc.sents):
            found = _misread_verb(sent)
            if found is None:
                continue
            subject, prep, verb, obj = found
            place = doc[prep.i + 1:verb.i]
            last = place[-1]
            head_clause(verb, subject, obj)
            last.head = prep
            last.dep_ = "pobj"
            for t in place[:-1]:
                if not (place.start <= t.head.i < place.end):
                    t.head = last
                    t.dep_ = "compound" if t.tag_.startswith("NN") else "amod"
            for c in list(obj.children):
                if c.dep_ == "prep" and c.i > obj.i and c.lower_ != "of":
                    c.head = verb
            for t in sent:
                if t.dep_ == "punct" and t.head.i == subject.i and t.i > obj.i:
                    t.head = verb
        return doc
