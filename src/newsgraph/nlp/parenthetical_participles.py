"""A participle set off by commas after the subject, read as the sentence's verb: "The Kremlin, asked about the
dispute, said it was a commercial matter" (session 46 left50).

Wire copy often puts a reduced passive clause between a subject and its verb: "The Kremlin, asked about the
dispute, said ...", "The Pentagon, asked about the report, denied ...", "Moscow, asked whether it would retaliate,
said ...". The small English parser reads most such participles right (an `acl` of the subject: "The ministry,
contacted by Reuters, declined to comment"), but with some -- "asked" above all, which it tags as a past tense --
it makes the participle the verb of the sentence with the noun before the comma its subject, and hangs the real
verb on it as an unlabelled dependent (or, the other way round, makes the participle an adverbial clause of the
real verb that keeps the subject for itself). The real verb then has no subject, and the act of the sentence --
a statement, a denial, an accusation -- is coded with no one doing it, that is not at all. This component, run
after the parser, gives such a sentence the reading the parser gives "contacted": the real verb is the head, the
noun before the comma its subject, the participle a clause on that noun.

Only this shape is rebuilt (fine tags only: the component runs before the attribute ruler sets `pos_`):
- a noun (common or proper) whose phrase ends right before a comma or a dash, which the parser made the subject of
  a past form (VBD or VBN) right after that comma or dash -- or, a name but no day or month of FRONTED_WEEKDAYS and
  FRONTED_MONTHS, its adverbial noun ("Ankara -- asked about the incident -- blamed ...");
- the participle takes no direct object, subject or that-clause of its own inside its phrase (a clause put as a
  question, "asked whether ...", may be there: "The envoy, a farmer's son himself, noted that peace would be a long,
  slow process" has its verb), and its phrase -- every token up to the next comma or dash -- hangs on it;
- right after that closing comma or dash (and any adverbs) comes a finite verb (VBD, VBZ, VBP or a modal) with no
  subject before it, which hangs under the participle, with no subject at all, or takes the participle as its
  adverbial clause or complement (then a noun after it that the parser read as its subject -- "Beijing, asked about
  the visit, warned Washington ..." -- becomes its object); or a VBN with no auxiliary and an object of its own,
  hung under the participle's phrase ("..., asked about the dispute, accused Sofia of ...": the past tense read as
  a participle on "dispute").
Any other reading is left as parsed: a participle the parser already reads as the subject's clause, a relative
clause ("Police, who arrived later, said ...": the participle's subject is "who").
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.datafile import word_list
from newsgraph.nlp.tags import NOUN_TAGS

COMPONENT = "newsgraph_parenthetical_participles"
_PARTICIPLES = ("VBD", "VBN")
_FINITE = ("VBD", "VBZ", "VBP", "MD")
_BREAKS = (",", "\u2013", "\u2014", "--", "-")
_ADVERBS = ("RB", "RBR", "RBS")
_QUESTION_MARKS = ("whether", "if")     # "asked whether it would retaliate": a question put, no clause of its own
_DATES = frozenset(word_list("patterns", "FRONTED_WEEKDAYS")) | frozenset(word_list("patterns", "FRONTED_MONTHS"))
# past forms of the auxiliaries, never a reduced passive: "The Fund, a small charity, had to shut ..." is the verb
# (session 46 lead, after the end reading)
_NOT_PARTICIPLES = frozenset({"had", "was", "were", "did", "got"})
# children that make the participle a clause with its own object or subject, not a reduced passive
_OWN_ARGUMENTS = ("dobj", "nsubjpass", "csubj", "expl", "dative", "attr")


@Language.factory(COMPONENT)
def make_parenthetical_participles(nlp: Language, name: str) -> "ParentheticalParticiples":
    return ParentheticalParticiples()


def _is_under(token: Token, ancestor: Token) -> bool:
    return any(a.i == ancestor.i for a in token.ancestors)


def _misread(participle: Token, sent: Span) -> tuple[Token, Token, Token, Token] | None:
    """(subject, opening mark, closing mark, verb) when `participle` has the shape in the module docstring."""
    doc = participle.doc
    if participle.tag_ not in _PARTICIPLES or participle.i - 2 < sent.start or participle.lower_ in _NOT_PARTICIPLES:
        return None
    opening = doc[participle.i - 1]
    if opening.text not in _BREAKS:
        return None
    subjects = [c for c in participle.children if c.i < opening.i and (c.dep_ == "nsubj" or (
        c.dep_ == "npadvmod" and c.tag_ in ("NNP", "NNPS") and c.lower_ not in _DATES))]
    if len(subjects) != 1 or subjects[0].tag_ not in NOUN_TAGS:
        return None
    subject = subjects[0]
    if subject.right_edge.i not in (opening.i - 1, opening.i):     # the noun's phrase ends at the comma
        return None
    closing = next((t for t in doc[participle.i + 1:sent.end] if t.text in _BREAKS), None)
    if closing is None or closing.i == participle.i + 1:
        return None
    if any(c.dep_ in _OWN_ARGUMENTS or (c.dep_ == "ccomp" and c.i < closing.i and not any(
            m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS for m in c.children)) for c in participle.children):
        return None
    if any(not (t.head.i == participle.i or _is_under(t, participle)) for t in doc[participle.i + 1:closing.i]):
        return None
    after = closing.i + 1
    while after < sent.end and doc[after].tag_ in _ADVERBS:
        after += 1
    if after >= sent.end:
        return None
    verb = doc[after]
    if verb.tag_ == "VBN" and _is_under(verb, participle) and not any(c.dep_ in ("aux", "auxpass") for c in
                                                                        verb.children) \
            and any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        pass    # "..., accused Sofia of ...": a past tense the parser took for a participle of the noun before
    elif verb.tag_ not in _FINITE or any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < verb.i
                                         for c in verb.children):
        return None
    if verb.tag_ == "MD":       # "..., would not comment": the modal's verb
        verb = verb.head if verb.head.i > verb.i and verb.head.tag_.startswith("VB") else verb
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            return None
    under = _is_under(verb, participle)
    over = participle.head.i == verb.i and participle.dep_ in ("advcl", "ccomp")
    if not (under or over):
        return None
    if under and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    return subject, opening, closing, verb


class ParentheticalParticiples:
    """Gives a sentence whose parenthetical participle was read as its verb its verb back (see the docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        for sent in list(doc.sents):
            for participle in list(sent):
                found = _misread(participle, sent)
                if found is None:
                    continue
                subject, opening, closing, verb = found
                if _is_under(verb, participle):
                    if participle.dep_ == "ROOT" or participle.head.i == participle.i:
                        verb.head, verb.dep_ = verb, "ROOT"
                    else:
                        verb.head, verb.dep_ = participle.head, participle.dep_
                    for c in list(participle.children):
                        if c.i > closing.i or c.i < subject.left_edge.i:
                            c.head = verb
                if verb.tag_ == "VBN":
                    verb.tag_ = "VBD"
                for c in verb.children:
                    if c.dep_ == "nsubj" and c.i > verb.i:      # "..., warned Washington against ...": its object
                        c.dep_ = "dobj"
                subject.head, subject.dep_ = verb, "nsubj"
                participle.head, participle.dep_, participle.tag_ = subject, "acl", "VBN"
                for mark in (opening, closing):
                    mark.head, mark.dep_ = subject, "punct"
                break
        return doc
