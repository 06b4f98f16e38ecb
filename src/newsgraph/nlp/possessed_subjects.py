"""A verb the parser reads as an adjective after a possessed subject: "Bolivia's army placed units along the border on
alert" (session 44 left48).

After a possessor ("Bolivia's army", "Kenya's police") the small English parser now and then reads the past-tense
verb as an adjective on the noun after it ("placed units" as one noun phrase), makes that noun the sentence's root,
hangs the possessor on it and the real subject on the verb as an adverbial noun: the sentence has no verb, and no
event is coded. The same words without the possessor ("The army placed units along the border on alert") are read
right. This component, run after the parser, gives such a sentence its clause back as the parser reads it when it
gets it right (nlp/verbless_roots.head_clause): the verb is the root, the noun before it (with its possessor) its
subject, the noun it modified its object, and that noun's prepositions other than "of", which tell where or how the
act went ("on alert"), the verb's.

Only this shape is rebuilt (fine tags only: the component runs before the attribute ruler sets `pos_`): the sentence
ends with a full stop and holds exactly one verb, a past form (VBD or VBN) that is an adjective (`amod`) of the
sentence's root, a common noun right after it; right before the verb a common noun (the doer) hangs on the verb or
the root; and before the doer there is only a possessor, a run of proper nouns closed by "'s" (maybe after "the").
Any other reading, and any sentence with another verb, is left as parsed.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.verbless_roots import head_clause
from newsgraph.nlp.tags import COMMON_NOUN_TAGS

COMPONENT = "newsgraph_possessed_subjects"
_PROPER = ("NNP", "NNPS")


@Language.factory(COMPONENT)
def make_possessed_subjects(nlp: Language, name: str) -> "PossessedSubjects":
    return PossessedSubjects()


def _misread(sent: Span) -> tuple[Token, Token, Token, Token] | None:
    """(possessor, doer, verb, object) when `sent` has the shape in the module docstring, else None."""
    root = sent.root
    if root.tag_ not in COMMON_NOUN_TAGS or sent[-1].text != "." or len(sent) < 6:
        return None
    verbs = [t for t in sent if t.tag_.startswith("VB") or t.tag_ == "MD"]
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    doc = sent.doc
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "amod" or verb.head.i != root.i or root.i != verb.i + 1 \
            or verb.i - sent.start < 3:
        return None
    doer = doc[verb.i - 1]
    if doer.tag_ not in COMMON_NOUN_TAGS or doer.head.i not in (verb.i, root.i):
        return None
    mark = doc[doer.i - 1]
    if mark.tag_ != "POS":
        return None
    names = doc[sent.start:mark.i]
    if names[0].lower_ == "the":
        names = names[1:]
    if not len(names) or any(t.tag_ not in _PROPER for t in names):
        return None
    return names[-1], doer, verb, root


class PossessedSubjects:
    """Gives a sentence whose verb was read as an adjective after a possessed subject its verb back."""

    def __call__(self, doc: Doc) -> Doc:
        for sent in list(doc.sents):
            found = _misread(sent)
            if found is None:
                continue
            possessor, doer, verb, obj = found
            mark = doc[doer.i - 1]
            outside = [c for c in obj.children if c.i > obj.i and (c.dep_ == "punct" or (
                c.dep_ == "prep" and c.lower_ != "of"))]
            head_clause(verb, doer, obj)
            possessor.head, possessor.dep_ = doer, "poss"
            mark.head, mark.dep_ = possessor, "case"
            for t in doc[sent.start:possessor.i]:
                if t.head.i not in range(sent.start, possessor.i + 1):
                    t.head = possessor if t.tag_ in _PROPER else doer
                    t.dep_ = "compound" if t.tag_ in _PROPER else "det"
            for c in outside:
                c.head = verb
        return doc
