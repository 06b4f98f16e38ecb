"""Announcements whose maker the sentence leaves unnamed: "It was announced on Friday that the summit would be
postponed", "The discovery was announced in a journal article", "The announcement was made on Friday". Something
was made public, so a statement (010) was made; its source is left empty, as an agentless arrest's is
(convention unnamed-announcements, session 43 stmt47; the realnews dev gold codes such sentences 010 with no
source). Read by statements.py for the sentence's reporting verbs that no statements.csv row coded.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.datafile import word_list
from newsgraph.events import confidence
from newsgraph.events import roles
from newsgraph.events.build import cue_span, make_event
from newsgraph.events.date_place import event_when
from newsgraph.events.modality import modality
from newsgraph.nlp.cache import children
from newsgraph.records import Analysis, Event

_VERBS = word_list("patterns", "UNNAMED_ANNOUNCE_VERBS")
_NOUNS = word_list("patterns", "UNNAMED_ANNOUNCE_NOUNS")
_NOUN_VERBS = word_list("patterns", "UNNAMED_ANNOUNCE_NOUN_VERBS")
CONFIDENCE = 0.5


def unnamed_announcement(doc: Doc, analysis: Analysis, sent: Span, sent_index: int, tok: Token,
                         acts: frozenset[int] = frozenset()) -> list[tuple[Event, Token]]:
    """The statement with no source that `tok` tells, or []: a finite passive of announcing with no by-phrase whose
    subject is "it" with a clause or a noun, where the sentence's patterns coded no act on the verb or the noun ("new
    sanctions were announced" is the sanctions, convention announced-acts), or an announcement noun with no owner as the subject
    of a passive "made / issued" or of "came". Only what was done: "will be announced" is no statement yet."""
    verb = _announcing_verb(tok, acts) if tok.pos_ == "VERB" else _announcement_noun(tok)
    if verb is None or modality(verb)[0] != "asserted":
        return []
    when = event_when(analysis, doc, sent_index, verb, "asserted")
    conf = confidence.score(CONFIDENCE, "010", source=False, target=False)
    return [(make_event(analysis, sent, sent_index, code="010", rule="S-announce-unnamed", source=None,
                        target=None, cue=cue_span([tok]), modality="asserted", when=when, confidence=conf), tok)]


def _announcing_verb(verb: Token, acts: frozenset[int]) -> Token | None:
    if verb.lemma_.lower() not in _VERBS or verb.i in acts or not any(c.dep_ == "auxpass" for c in children(verb)) \
            or roles.agent_of(verb):
        return None
    subjects = [c for c in children(verb) if c.dep_ == "nsubjpass"]
    if not subjects:
        return None
    subject = subjects[0]
    if subject.lower_ == "it":
        return verb if any(c.dep_ == "ccomp" for c in children(verb)) else None
    if subject.pos_ != "NOUN" or any(t.i in acts for t in subject.subtree):
        return None
    return verb


def _announcement_noun(noun: Token) -> Token | None:
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _NOUNS or roles.possessors(noun) \
            or roles.prep_objects(noun, ("by", "from")):
        return None
    verb = noun.head
    if verb.i == noun.i or verb.lemma_.lower() not in _NOUN_VERBS or roles.agent_of(verb):
        return None
    passive = noun.dep_ == "nsubjpass"
    if not (passive or (noun.dep_ == "nsubj" and verb.lemma_.lower() == "come")):
        return None
    return verb
