"""A day fronted without a comma before a one-word subject: "On Friday Chile expelled two diplomats" (session 45
lead).

Wire copy often opens with the day and no comma. When the subject after it is a proper name of its own ("Chile",
"Hamas", "Macron"), the small English parser reads the day as a modifier of the name -- "Friday Chile", the object
of "On" -- and the verb is left with no subject: nothing is coded, while "On Friday, Chile expelled ..." and "On
Friday the army said ..." are read right. This component, run after the parser, gives the day back to the
preposition and the name back to the verb as its subject.

Only this shape is rebuilt (fine tags only: the component runs before the attribute ruler sets `pos_`): the
sentence opens with "On" and a weekday, or "In" and a month (word lists FRONTED_WEEKDAYS, FRONTED_MONTHS); the day is a compound of
the preposition's object, a run of proper nouns right after it; the preposition hangs on a finite verb that follows
the name with nothing between them but its own auxiliaries, negation or adverbs, and that verb has no subject. Any
other reading is left as parsed.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.datafile import word_list

COMPONENT = "newsgraph_fronted_days"
_WEEKDAYS = word_list("patterns", "FRONTED_WEEKDAYS")     # after "On"
_MONTHS = word_list("patterns", "FRONTED_MONTHS")         # after "In"
_FINITE = ("VBD", "VBZ", "VBP", "MD")
_PROPER = ("NNP", "NNPS")
_BETWEEN = ("aux", "auxpass", "neg", "advmod")


@Language.factory(COMPONENT)
def make_fronted_days(nlp: Language, name: str) -> "FrontedDays":
    return FrontedDays()


def _misread(sent: Span) -> tuple[Token, Token, Token, Token] | None:
    """(preposition, day, name, verb) when `sent` has the shape in the module docstring, else None."""
    if len(sent) < 5:
        return None
    prep, day = sent[0], sent[1]
    word = day.lower_
    if prep.tag_ != "IN" or day.tag_ not in _PROPER or day.dep_ != "compound" \
            or not (prep.lower_ == "on" and word in _WEEKDAYS or prep.lower_ == "in" and word in _MONTHS):
        return None
    name = day.head
    if name.head.i != prep.i or name.dep_ != "pobj" or name.tag_ not in _PROPER or name.i <= day.i \
            or any(t.tag_ not in _PROPER for t in sent.doc[day.i + 1:name.i + 1]):
        return None
    verb = prep.head
    if verb.i <= name.i or verb.tag_ not in _FINITE + ("VBN", "VBG") or verb.dep_ != "ROOT":
        return None
    if any(t.head.i != verb.i or t.dep_ not in _BETWEEN for t in sent.doc[name.i + 1:verb.i]):
        return None
    if not (verb.tag_ in _FINITE or any(t.tag_ in _FINITE for t in sent.doc[name.i + 1:verb.i])):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    return prep, day, name, verb


class FrontedDays:
    """Gives a fronted day back to its preposition and the name after it back to the verb."""

    def __call__(self, doc: Doc) -> Doc:
        for sent in list(doc.sents):
            found = _misread(sent)
            if found is None:
                continue
            prep, day, name, verb = found
            day.head, day.dep_ = prep, "pobj"
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            name.head, name.dep_ = verb, "nsubjpass" if passive else "nsubj"
        return doc
