"""A noun that names again the violent act a verb of the same sentence tells is no second act.

Wires tell one killing with a verb and name it once more with a noun in the same sentence: "Gunmen shot dead eight
people at a tavern, in what police described as a targeted attack" (the free relative re-describes the shooting),
"Israeli jets retaliated with strikes on villages" (the strikes are the retaliation's means). The noun's own
event is dropped, lending the act its sides when the verb names none (convention act-names, session 43 vio47).
A noun the free relative names as what the act answers ("in what Tehran called retaliation for a strike on its
consulate") is an earlier act of its own and stays (session 44 vio48).
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events.merges import _lend_target
from newsgraph.events.ontology import VIOLENT_ROOTS
from newsgraph.records import Event

# the prepositions that open a free relative re-describing the act before it ("in what police called an ambush")
_REDESCRIBING_PREPS = ("in", "during")


def _redescribed_after(tok: Token) -> int | None:
    """The index of "in" of an "in what ..." before the noun in its sentence, with no comma or "and" between them:
    the free relative the noun stands in."""
    opener = None
    for w in tok.sent:
        if w.i >= tok.i:
            break
        if w.lower_ == "what" and w.tag_ == "WP" and w.i > tok.sent.start and w.nbor(-1).lower_ in _REDESCRIBING_PREPS:
            opener = w.i - 1
        elif opener is not None and (w.lower_ in (",", ";", "and", "but") or w.dep_ == "cc"):
            opener = None
    return opener


# the prepositions after which a noun names the act answered, not the act itself (word list ANSWERED_ACT_PREPS)
_ANSWERED_PREPS = word_list("patterns", "ANSWERED_ACT_PREPS")


def _answered(tok: Token) -> bool:
    """The noun is the object of a for/to/after phrase of another noun: "in what Tehran called retaliation for a strike
    on its consulate" names the earlier strike the act answers, an act of its own (session 44 vio48)."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in _ANSWERED_PREPS and prep.head.i != prep.i \
        and prep.head.pos_ in ("NOUN", "PROPN")


def _means_of(tok: Token) -> Token | None:
    """The verb whose with-phrase the noun is ("retaliated with strikes on villages"), or None."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "with" and prep.head.i != prep.i and prep.head.pos_ == "VERB":
        return prep.head
    return None


def _lend_source(main: Event, part: Event) -> None:
    """Give `main` the source of `part` when `main` names none ("were shot and killed in what police believe was a
    reprisal killing between rival gangs": the gangs)."""
    if main.source_actor_id is None and main.source_code is None and main.source_text is None:
        main.source_actor_id, main.source_code = part.source_actor_id, part.source_code
        main.source_text, main.source_start = part.source_text, part.source_start


def drop_act_names(events: list[Event], trigger_of: dict[str, Token], answered: bool = False) -> list[Event]:
    """Drop a violent event named by a noun that stands in an "in what ..." relative after a violent verb of its
    sentence, or in the with-phrase of one; the verb's event keeps its sides and takes the noun's where it has
    none. With `answered` (convention answered-acts, round46) a noun the relative names as what the act answers
    stays its own."""
    verbs = [(trigger_of[e.id], e) for e in events if e.id in trigger_of and e.cameo_root in VIOLENT_ROOTS
             and trigger_of[e.id].pos_ == "VERB" and e.modality in ("asserted", "reported")]
    if not verbs:
        return events
    drop: set[str] = set()
    for e in events:
        tok = trigger_of.get(e.id)
        if tok is None or e.cameo_root not in VIOLENT_ROOTS or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        main = None
        if (opener := _redescribed_after(tok)) is not None and not (answered and _answered(tok)):
            main = next((m for v, m in verbs if v.sent.start == tok.sent.start and v.i < opener), None)
        elif (verb := _means_of(tok)) is not None:
            main = next((m for v, m in verbs if v.i == verb.i), None)
        if main is None or main.id == e.id:
            continue
        _lend_source(main, e)
        _lend_target(main, e)
        drop.add(e.id)
    return [e for e in events if e.id not in drop]

