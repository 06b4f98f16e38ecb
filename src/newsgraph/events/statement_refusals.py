"""Refusals to comment, CAMEO 011: a speaker who "would not say" (`_would_not_say`, `_refused_answer`), a quoted
standing refusal ("'We do not comment on pending cases,' the spokesman said": `_standing_refusal`) and "declined to
comment" / "no comment" (`_no_comment`). Read by statements.py.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.datafile import word_list
from newsgraph.events import confidence
from newsgraph.events.build import cue_span, make_event
from newsgraph.events.conventions import enabled as conv_enabled
from newsgraph.events.date_place import event_when
from newsgraph.events.noun_statements import _noun_statement
from newsgraph.events.patterns import with_typographic_apostrophes
from newsgraph.events.statement_speakers import _SELF, _speakers
from newsgraph.nlp.cache import children
from newsgraph.records import Analysis, Event

_REFUSED_SAYING = frozenset({"say", "comment", "confirm", "disclose", "reveal", "discuss", "elaborate", "specify",
                             "explain"})
_REFUSING_AUX = with_typographic_apostrophes(("would", "could", "'d", "wo", "ca", "can"))


def _would_not_say(verb: Token, progressive: bool = False) -> bool:
    """"The director would not say whether ...", "a spokesman wouldn't say", "she could not confirm": a speaker who
    declines to answer (CAMEO 011, "explicitly decline or refuse to comment"); "did not say whether" only leaves
    something unsaid and stays no event (convention refused-answers, session 21)."""
    if verb.lemma_.lower() not in _REFUSED_SAYING or any(c.dep_ in ("dobj", "dative") for c in children(verb)):
        return False
    kids = list(children(verb))
    if not any(c.dep_ == "neg" for c in kids):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _REFUSING_AUX for c in kids):
        return True
    # "the attorney general isn't saying whether ...": a refusal that goes on (session 22)
    # ("were not saying much at dinner" has no question left open: only a whether/if clause counts)
    return progressive and verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in kids) \
        and any(c.dep_ in ("ccomp", "advcl") and any(m.lower_ in ("whether", "if") for m in children(c))
                for c in kids)


_STANDING_REFUSALS = frozenset(word_list("patterns", "STANDING_REFUSALS"))
_STANDING_AUX = with_typographic_apostrophes(("do", "does", "can", "ca", "will", "wo", "would", "could"))


def _standing_refusal(verb: Token) -> bool:
    """"'We do not comment on pending cases,' the spokesman said", "the ministry does not discuss individual cases,
    a spokeswoman said", "'I can't comment on that,' she said": what was said is the speaker's (or the speaker's
    body's) refusal to comment, CAMEO 011, not a plain statement (convention quoted-refusals, round29). Only a
    present or modal refusal counts ("we did not comment" tells the past), and only one by the speaking side:
    I/we or a noun ("the company", "police"), not he/she/they (a third party's habit)."""
    for c in children(verb):
        if c.dep_ != "ccomp" or c.pos_ != "VERB" or c.lemma_.lower() not in _STANDING_REFUSALS:
            continue
        kids = list(children(c))
        if not any(k.dep_ == "neg" for k in kids) or any(k.dep_ in ("mark", "advcl") and k.lower_ in ("if", "whether")
                                                        for k in kids):
            continue
        present = any(k.dep_ == "aux" and k.lower_ in _STANDING_AUX for k in kids) or (
            c.tag_ in ("VBP", "VBZ") and any(k.dep_ == "neg" and k.lower_ == "never" for k in kids))
        subj = [k for k in kids if k.dep_ == "nsubj"]
        if present and subj and (subj[0].lower_ in _SELF or subj[0].pos_ in ("NOUN", "PROPN")):
            return True
    return False


def _refused_answer(doc: Doc, analysis: Analysis, sent: Span, sent_index: int, verb: Token,
                    since: frozenset[str] | None) -> list[tuple[Event, Token]]:
    """CAMEO 011 by each speaker of a verb of saying they would not use (`_would_not_say`)."""
    if verb.dep_ in ("advcl", "relcl", "acl", "xcomp", "pcomp"):
        return []       # "if they would not say ...": no refusal made
    speakers = _speakers(analysis, verb, conv_enabled("speaking-places", since), False, None, since)
    when = event_when(analysis, doc, sent_index, verb, "asserted")
    out = []
    for s in speakers:
        conf = confidence.score(NO_COMMENT_CONFIDENCE, "011", source=s.actor is not None, target=False)
        out.append((make_event(analysis, sent, sent_index, code="011", rule="S-would-not-say", source=s, target=None,
                               cue=cue_span([verb]), modality="asserted", when=when, confidence=conf), verb))
    return out


NO_COMMENT_CONFIDENCE = 0.6


def _comment_declined_by(noun: Token) -> Token | None:
    """The verb whose subject explicitly had no comment ("had no immediate comment", "made no comment"); None
    otherwise. Not answering a request for comment, or not being reached, is no explicit refusal (CAMEO 011
    "explicitly decline or refuse to comment"), so it is not coded."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in children(noun)):
        return noun.head if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") else None
    return None


def _no_comment(doc: Doc, analysis: Analysis, sent: Span, sent_index: int, noun: Token) -> list[tuple[Event, Token]]:
    """CAMEO 011 "decline comment" by whoever explicitly had or made no comment (`_comment_declined_by`)."""
    verb = _comment_declined_by(noun)
    if verb is None:
        return []
    heads = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    return _noun_statement(doc, analysis, sent, sent_index, noun, heads, verb, "011", "S-no-comment",
                           NO_COMMENT_CONFIDENCE)
