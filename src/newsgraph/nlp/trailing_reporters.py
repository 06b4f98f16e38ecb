"""A reporter after a long clause read as part of that clause: "..., who had blocked a road outside the capital,
police and witnesses said" (session 46 lead).

Wire copy closes a report with its sources: "..., police said", "..., officials and witnesses said". When the clause
before ends in a noun ("outside the capital"), the small English parser sometimes reads the sources as conjuncts
or an apposition of that noun ("capital, police and witnesses") and leaves the verb of saying with no subject.
Nothing then says who spoke; the statement is lost or given to a noun of the clause. This component, run after the
parser, makes the phrase between the last comma and the verb the verb's subject, as the parser reads it when it
gets the sentence right.

Only this shape is repaired (fine tags only: the component runs before the attribute ruler and the lemmatizer, so
the verb is matched by its written form, kb word list INVERTED_SPEECH_FORMS): the verb of saying is the sentence's
root, with no subject and with a clause before it as its complement; right before it, after a comma, stands a
noun phrase of nouns, adjectives, determiners, numbers and "and" only; and the parser hung that phrase, by one
word, on a noun before the comma (as `conj` or `appos`). When the parser gave the verb for subject a noun of the
reported clause right after a verb of that clause with no object ("to disperse thousands of workers"), that noun
goes back to that verb as its object. "..., the minister and his aides said" is repaired;
"..., he said" and a phrase with a verb of its own are left as parsed.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.datafile import word_list
from newsgraph.nlp.tags import NOUN_TAGS

COMPONENT = "newsgraph_trailing_reporters"
_PHRASE_TAGS = ("NN", "NNS", "NNP", "NNPS", "JJ", "DT", "CD", "CC", "POS", "PRP$", "HYPH")
_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")


@Language.factory(COMPONENT)
def make_trailing_reporters(nlp: Language, name: str) -> "TrailingReporters":
    return TrailingReporters(word_list("kb", "INVERTED_SPEECH_FORMS"))


def _stranded_reporter(verb: Token, sent: Span) -> Token | None:
    """The head word of the noun phrase between the last comma and the verb, when the parse hung it on a noun
    before the comma; else None."""
    doc = verb.doc
    comma = next((i for i in range(verb.i - 1, sent.start, -1) if doc[i].text == ","), None)
    if comma is None or verb.i - comma < 2 or verb.i - comma > 8:
        return None
    phrase = doc[comma + 1:verb.i]
    if any(t.tag_ not in _PHRASE_TAGS for t in phrase) or not any(t.tag_ in NOUN_TAGS for t in phrase):
        return None
    outside = [t for t in phrase if not comma < t.head.i < verb.i]
    if len(outside) != 1:
        return None
    head = outside[0]
    if head.dep_ not in ("conj", "appos") or head.head.i >= comma or head.head.tag_ not in NOUN_TAGS \
            or head.tag_ not in NOUN_TAGS:
        return None
    return head


class TrailingReporters:
    """Gives a verb of saying the reporter the parse hung on the clause before (see the module docstring)."""

    def __init__(self, forms: frozenset[str]) -> None:
        self.forms = forms

    def __call__(self, doc: Doc) -> Doc:
        for sent in list(doc.sents):
            verb = sent.root
            clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
            if verb.lower_ not in self.forms or verb.tag_ not in ("VBD", "VBZ", "VBP") or clause is None:
                continue
            head = _stranded_reporter(verb, sent)
            if head is None:
                continue
            subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
            if not subjects:
                head.head, head.dep_ = verb, "nsubj"
            elif len(subjects) == 1 and clause.i < subjects[0].i < head.i:
                # "... to disperse thousands of workers ..., police said": the parse took the object of the
                # clause's last verb for the subject; it goes back to that verb
                taken = subjects[0]
                before = doc[taken.left_edge.i - 1]
                if before.tag_.startswith("VB") and not any(c.dep_ == "dobj" for c in before.children) \
                        and clause.i <= before.i:
                    taken.head, taken.dep_ = before, "dobj"
                    head.head, head.dep_ = verb, "nsubj"
        return doc
