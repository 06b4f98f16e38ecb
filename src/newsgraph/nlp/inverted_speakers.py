"""A speaker named after the verb of a reported clause: "The border will stay closed, warned the interior minister"
(session 44 left48).

Wire copy often puts the attribution after the clause it reports, with the subject after the verb: "..., added the
central bank governor on Thursday", "..., conceded a police spokesman in Lagos". The small English parser reads
"said" in that shape right (the verb the root, the clause its complement, the noun after it its subject), but with
most other verbs of saying it reads the speaker as the verb's direct object, and with some ("warned", "declared")
it hangs the verb itself on the clause before as a conjunct or an unlabelled dependent. Nothing then says who
spoke, and no statement is coded. This component, run after the parser, gives such a sentence the reading the
parser gives "said": the verb is the head of the sentence, the clause before the comma its complement (`ccomp`),
the noun phrase after the verb its subject.

Only this shape is rebuilt (fine tags only: the component runs before the attribute ruler and the lemmatizer, so
the verb is matched by its written form, kb word list INVERTED_SPEECH_FORMS): the verb, finite and with no
subject, object clause, infinitive or second object of its own, comes right after a comma (or a comma and a
closing quote) that ends a full clause (a verb with its own subject) opening the sentence; right after the verb
comes a noun phrase (a common or proper noun, no pronoun, no date, no clause of its own: "..., announced a new
system to link the wards" names what was announced), and after that phrase only the verb's own
prepositional phrases or adverbs ("on Tuesday", "in a statement") and the closing punctuation. Coordinated verbs
("left the town, warned residents to stay indoors, and headed north") and verbs with a subject ("..., he warned the
minister") are left as parsed.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.datafile import word_list
from newsgraph.nlp.tags import NOUN_TAGS

COMPONENT = "newsgraph_inverted_speakers"
_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")
_CLOSING = ("\u201d", '"', "''", "'")
# the verb's own children that rule the shape out: a subject, an object clause, an infinitive, a second object
_OWN_ARGUMENTS = ("nsubj", "nsubjpass", "expl", "csubj", "xcomp", "dative", "oprd", "attr", "acomp", "cc", "conj",
                  "aux", "auxpass", "neg")
# what may follow the speaker's phrase: the verb's own time, place or manner phrases
_TRAILING = ("prep", "npadvmod", "advmod", "punct")


@Language.factory(COMPONENT)
def make_inverted_speakers(nlp: Language, name: str) -> "InvertedSpeakers":
    return InvertedSpeakers(word_list("kb", "INVERTED_SPEECH_FORMS"))


def _comma_before(verb: Token, sent: Span) -> bool:
    """A comma (maybe after a closing quote, or before one) right before the verb."""
    doc = verb.doc
    before = [doc[i].text for i in range(max(sent.start, verb.i - 2), verb.i)]
    return bool(before) and (before[-1] == "," or (before[-1] in _CLOSING and len(before) == 2
                                                    and before[0] == ","))


def _speaker(verb: Token, sent: Span) -> Token | None:
    """The noun phrase right after the verb that ends the sentence (but for the verb's own phrases), else None."""
    doc = verb.doc
    if verb.i + 1 >= sent.end:
        return None
    first = doc[verb.i + 1]
    heads = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod", "nsubj") and c.i > verb.i
             and c.tag_ in NOUN_TAGS and c.left_edge.i == first.i]
    if len(heads) != 1:
        return None
    noun = heads[0]
    if noun.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return None
    if any(c.dep_ in ("acl", "relcl") for c in noun.children):
        return None     # "..., announced a new system to link the wards": a thing announced, no speaker
    for t in doc[noun.right_edge.i + 1:sent.end]:
        if t.is_punct:
            continue
        node = t
        while node.head.i != verb.i and node.head.i != node.i and node.i > noun.right_edge.i:
            node = node.head
        if node.head.i != verb.i or node.dep_ not in _TRAILING:
            return None
    return noun


def _reported_clause(verb: Token, sent: Span) -> Token | None:
    """The head of the full clause before the comma that opens the sentence, else None."""
    if verb.dep_ == "ROOT":
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
        clause = clauses[0] if len(clauses) == 1 else None
    elif verb.dep_ in ("conj", "dep", "advcl", "parataxis", "ccomp") and verb.head.i < verb.i \
            and verb.head.dep_ == "ROOT":
        clause = verb.head
    else:
        return None
    if clause is None or not clause.tag_.startswith(("VB", "MD")) \
            or not any(c.dep_ in _SUBJECTS for c in clause.children):
        return None
    opening = sent.start + (1 if sent[0].text in ("\u201c", '"', "``", "'") else 0)
    own = {t.i for t in verb.subtree} if verb.head.i == clause.i else set()
    inside = [t for t in clause.subtree if t.i not in own]
    if min(t.i for t in inside) != opening or max(t.i for t in inside if not t.is_punct) >= verb.i:
        return None
    # nothing of the clause between the comma and the verb but punctuation, no "and" before the verb
    if any(c.dep_ == "cc" and c.i < verb.i and c.i > clause.i for c in clause.children):
        return None
    return clause


def _rebuild(verb: Token, clause: Token, speaker: Token) -> None:
    """The verb heads the sentence, the clause is its complement, the noun phrase its subject; the comma, quote
    and closing stop the parser hung on the clause go to the verb."""
    if verb.head.i == clause.i:
        moved = [c for c in clause.children if c.is_punct and c.i >= verb.i - 2]
        if clause.dep_ == "ROOT":
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            verb.head, verb.dep_ = clause.head, clause.dep_
        clause.head, clause.dep_ = verb, "ccomp"
        for c in moved:
            c.head = verb
    speaker.dep_ = "nsubj"


class InvertedSpeakers:
    """Reads the speaker after a verb of saying as its subject (see the module docstring)."""

    def __init__(self, forms: frozenset[str]) -> None:
        self.forms = forms

    def __call__(self, doc: Doc) -> Doc:
        for sent in list(doc.sents):
            for verb in sent:
                if verb.lower_ not in self.forms or verb.tag_ not in ("VBD", "VBZ", "VBN", "VBP") \
                        or verb.i - sent.start < 4 or not _comma_before(verb, sent) \
                        or any(c.dep_ in _OWN_ARGUMENTS for c in verb.children) \
                        or any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
                    continue
                speaker = _speaker(verb, sent)
                clause = _reported_clause(verb, sent) if speaker is not None else None
                if clause is not None:
                    _rebuild(verb, clause, speaker)
                    break
        return doc
