"""A that-clause after the audience of "told" read as a relative clause of the audience: "The minister told a
news conference that armed men had crossed the border" (session 46 lead).

After "told <audience>" the small English parser now and then reads "that" as a relative pronoun of the audience
noun ("a conference that armed men had crossed"): the reported clause becomes a description of the audience,
nothing is reported, and the clause's own object may be lost. This component, run after the parser, gives the
clause back to the verb of telling as its complement (`ccomp`), "that" as its marker, as the parser reads "told
reporters that ..." when it gets it right.

Only this shape is repaired (fine tags and written forms only: the component runs before the attribute ruler and
the lemmatizer): a form of "tell" (kb word list TELLING_FORMS) with a direct object that is an audience (kb word
list TOLD_AUDIENCES: a conference, a briefing, reporters, parliament ...; or a proper name: "told Reuters"); right
after the audience the word "that", which the parser made the subject, object or marker of a relative clause on
the audience; and that clause has a subject of its own. "told the story that he had heard" (no audience) is left as
parsed.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.datafile import word_list

COMPONENT = "newsgraph_audience_clauses"
_SUBJECTS = ("nsubj", "nsubjpass")


@Language.factory(COMPONENT)
def make_audience_clauses(nlp: Language, name: str) -> "AudienceClauses":
    return AudienceClauses(word_list("kb", "TELLING_FORMS"), word_list("kb", "TOLD_AUDIENCES"))


class AudienceClauses:
    """Gives "told <audience>" back the that-clause the parse hung on the audience (see the module docstring)."""

    def __init__(self, forms: frozenset[str], audiences: frozenset[str]) -> None:
        self.forms = forms
        self.audiences = audiences

    def __call__(self, doc: Doc) -> Doc:
        for verb in doc:
            if verb.lower_ not in self.forms or not verb.tag_.startswith("VB"):
                continue
            for audience in [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]:
                if audience.i + 1 >= len(doc) or doc[audience.i + 1].lower_ != "that":
                    continue
                if not (audience.lower_ in self.audiences or audience.tag_ in ("NNP", "NNPS")):
                    continue
                that = doc[audience.i + 1]
                clause = that.head
                if clause.dep_ != "relcl" or clause.head.i != audience.i or that.dep_ not in ("dobj", "nsubj", "mark") \
                        or not any(c.dep_ in _SUBJECTS and c.i != that.i for c in clause.children):
                    continue
                clause.head, clause.dep_ = verb, "ccomp"
                that.dep_ = "mark"
        return doc
