"""A verb after a closed quote that the parser joins to the quoted clause: 'X told reporters that Ukraine "had nothing
to do with this" and called the claims a provocation' (session 31).

News often reports a speaker's words in a that-clause with a quoted part, then goes on with the speaker's next act:
"... told reporters that the city "would not back down" and accused the union of ...". The small English parser
often makes the second verb a conjunct of the quoted clause's verb, so the act gets the clause's subject ("the
city" accused the union) instead of the speaker. Once the quote has closed, the words that follow are the writer's,
not the speaker's: this component, run after the parser, hangs such a verb on the verb of saying instead, as the
parser does when there is no quote.

Only this shape is repaired: a verb (`conj`) with no subject of its own, whose head is the verb of a complement
clause (`ccomp`) of another verb; between that clause's verb and the conjunct a quotation mark closes a quote opened
inside the clause (an even number of quotation marks from the verb of saying to the conjunct), so the conjunct stands
outside the quote. A conjunct inside the quote ('"had nothing to do with this and never would"') is left as parsed.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

COMPONENT = "newsgraph_quote_conjuncts"
_QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``"})
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")


@Language.factory(COMPONENT)
def make_quote_conjuncts(nlp: Language, name: str) -> "QuoteConjuncts":
    return QuoteConjuncts()


def _quotes_between(doc: Doc, start: int, end: int) -> int:
    return sum(1 for t in doc[start:end] if t.text in _QUOTES)


def misplaced_conjunct(verb: Token) -> Token | None:
    """The verb of saying a conjunct after a closed quote belongs to (see the module docstring), else None."""
    if verb.dep_ != "conj" or not verb.tag_.startswith("VB"):
        return None
    clause = verb.head
    if clause.dep_ != "ccomp" or clause.i >= verb.i or clause.head.i == clause.i:
        return None
    saying = clause.head
    if saying.i > clause.i or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    doc = verb.doc
    between = _quotes_between(doc, clause.i, verb.i)
    if between == 0 or _quotes_between(doc, saying.i, verb.i) % 2:
        return None         # no quote closed before the conjunct, or the conjunct is still inside one
    return saying


def hang_on_saying(verb: Token, saying: Token) -> None:
    """Make `verb` a conjunct of `saying` (the verb of saying, or any new head a ConjunctRepair finds); the "and"
    just before it goes with it."""
    for c in [c for c in verb.head.children if c.dep_ == "cc" and c.i == verb.i - 1]:
        c.head = saying
    verb.head = saying


class ConjunctRepair:
    """A parse repair that hangs each verb for which `new_head` finds a head (tense_conjuncts.py and
    relative_conjuncts.py share it) on that head, with the "and" before it."""

    @staticmethod
    def new_head(verb: Token) -> Token | None:
        return misplaced_conjunct(verb)

    def __call__(self, doc: Doc) -> Doc:
        for verb in doc:
            head = self.new_head(verb)
            if head is not None:
                hang_on_saying(verb, head)
        return doc


class QuoteConjuncts(ConjunctRepair):
    """Hangs a verb after a closed quote on the verb of saying (see the module docstring)."""
