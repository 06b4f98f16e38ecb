"""An apposition the parser reads as a second subject: "Frontex, the European border agency, said ..." (session 31).

In news, a name is often followed by a description set off by commas before the verb: "NAME, the <description>,
said". The small English parser sometimes makes both "NAME" and the description's head a subject (`nsubj`) of the
verb. Downstream, the verb then has two speakers (two statements were coded, one by the name and one by the
description) and the name loses its description, which is where its country and sector come from ("the Israeli
defense body"). This component, run after the parser, gives such a description back to the name: it becomes the
name's `appos`, as the parser reads the same construction when it gets it right.

Only the plain shape is repaired: two subjects of one verb, the first a proper name; a comma right after the name's
phrase; the second phrase starting just after that comma with a determiner or a possessive ("the", "a", "its"), and
a comma closing it before the verb. "Police and the army said" (no commas) and "In Paris, the minister said" (no
name subject) are left as parsed.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

COMPONENT = "newsgraph_appositions"
_SUBJECTS = ("nsubj", "nsubjpass")


@Language.factory(COMPONENT)
def make_appositions(nlp: Language, name: str) -> "Appositions":
    return Appositions()


def _misread_apposition(verb: Token) -> tuple[Token, Token] | None:
    """(name, description) when `verb` has two subjects of the shape in the module docstring, else None."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if len(subjects) != 2:
        return None
    name, described = subjects
    doc = verb.doc
    comma = name.right_edge.i + 1
    # the parser may hang the closing comma on the description itself
    close = described.right_edge.i if doc[described.right_edge.i].text == "," else described.right_edge.i + 1
    # (the component runs before the attribute ruler sets `pos_`: the fine tag says what a name is)
    if not name.tag_.startswith("NNP") or comma >= len(doc) or doc[comma].text != "," \
            or described.left_edge.i != comma + 1:
        return None
    if close >= verb.i or doc[close].text != ",":
        return None
    # between the closing comma and the verb: nothing, or only its auxiliaries and adverbs ("has also said")
    if any(t.head.i != verb.i or t.dep_ not in ("aux", "auxpass", "advmod", "neg", "punct")
           for t in doc[close + 1:verb.i]):
        return None
    first = doc[comma + 1]
    if first.dep_ not in ("det", "poss") or first.head.i != described.i:
        return None
    return name, described


class Appositions:
    """Makes a description misread as a second subject the name's apposition (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        for verb in doc:
            found = _misread_apposition(verb)
            if found is not None:
                name, described = found
                described.head = name
                described.dep_ = "appos"
        return doc
