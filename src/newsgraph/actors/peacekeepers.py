"""Peacekeepers the text gives no country of their own (round50, session 48 tgt52).

"Peacekeeper" is a military noun of vocab.csv, so a bare "peacekeepers", "peacekeeping troops" or "troops with the
peacekeeping mission" took the country of the one army the text had placed before ("a coalition led by Ruritania
... peacekeepers were accused of abuses": Ruritania's army), else the story's or the dateline's. A peacekeeping force
is an international one (Phoenix: PEACEKEEPING_TROOPS [IGO~]): a reader takes it for the force of the international
body the text names -- the UN in a piece on the UN's record, the African Union in one on its mission.

A mention whose phrase is a peacekeeping one (kb word list PEACEKEEPING_WORDS: the head itself, a modifier of it,
or the noun of its with-, of- or from-phrase: "troops with the peacekeeping mission") and names no country of its own
("Kenyan peacekeepers", "peacekeepers from Ghana" keep theirs) is a mention of the peacekeepers of the international
body (kb word list PEACEKEEPING_BODY_SECTORS: the UN, the AU, ECOWAS, NATO, the EU, ASEAN) named last before it:
country slot IGO, the body's code ("IGOUNO"), source "coreference"; with no such body named, an international force
of no body the text names (IGO, its own sector). Never a state's. The force the body itself sends, deploys or plans
("the UN will send peacekeepers to the region", "sent staff to study the feasibility of a peacekeeping force": in a
clause whose subject is the body) is what it acts with, not a second side of its own act: it stays of no country.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.datafile import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsgraph.actors.document import DocView
    from newsgraph.actors.entities import Ent, EntityTable

_WORDS = frozenset(word_list("kb", "PEACEKEEPING_WORDS"))
_BODY_SECTORS = tuple(word_list("kb", "PEACEKEEPING_BODY_SECTORS"))
_OWN_PHRASE_PREPS = ("with", "of", "from")
_PLACE_LABELS = ("GPE", "NORP")


def _peacekeeping_word(t: Token) -> bool:
    return t.lower_ in _WORDS or t.lemma_.lower() in _WORDS \
        or (t.i + 1 < len(t.doc) and f"{t.lower_} {t.doc[t.i + 1].lemma_.lower()}" in _WORDS)


def _peacekeeping_phrase(head: Token) -> bool:
    """The head, a modifier of it, or the noun of its with/of/from phrase (or that noun's modifier) is a
    peacekeeping word."""
    if _peacekeeping_word(head) or any(c.dep_ in ("amod", "compound") and _peacekeeping_word(c)
                                       for c in head.children):
        return True
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in _OWN_PHRASE_PREPS:
            for obj in prep.children:
                if obj.dep_ == "pobj" and (_peacekeeping_word(obj) or any(
                        c.dep_ in ("amod", "compound") and _peacekeeping_word(c) for c in obj.children)):
                    return True
    return False


def _own_country_named(view: DocView, head: Token) -> bool:
    """The phrase names a country of its own: a country or nationality word among the head's modifiers or in
    its from-phrase ("Kenyan peacekeepers", "peacekeepers from Ghana")."""
    for c in head.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod") and (c.ent_type_ in _PLACE_LABELS or c.i in view.country_of):
            return True
        if c.dep_ == "prep" and c.lower_ == "from":
            return True
    return False


def _body_before(table: EntityTable, start: int) -> Ent | None:
    """The international body of PEACEKEEPING_BODY_SECTORS named (or whose force was named) last before `start`."""
    best = None
    for m in table.ments:
        if m.start >= start or len(m.ents) != 1:
            continue
        e = m.ents[0]
        if e.country == "IGO" and (e.sector or "").startswith(_BODY_SECTORS) and (best is None or m.start > best[0]):
            best = (m.start, e)
    return best[1] if best else None


_CLIMB_DEPS = frozenset({"dobj", "obj", "pobj", "prep", "xcomp", "advcl", "conj", "acl", "compound", "amod"})


def _sent_by(table: EntityTable, head: Token, body: Ent) -> bool:
    """The mention stands in a clause whose subject is the body itself, as an object or in an object's phrase ("the
    council voted to send peacekeepers", "sent staff to study the feasibility of a peacekeeping force"): the force it
    sends, funds or plans, which is no second side of its act and stays as it was."""
    t, seen = head, 0
    if t.dep_ in ("nsubj", "nsubjpass"):
        return False
    while seen < 8 and t.dep_ in _CLIMB_DEPS and t.head.i != t.i:
        t, seen = t.head, seen + 1
        subjects = [c for c in t.children if c.dep_ == "nsubj"] if t.pos_ in ("VERB", "AUX") else []
        if subjects:
            return any(m.start <= c.i < m.end and len(m.ents) == 1 and m.ents[0].country == body.country
                       and m.ents[0].sector == body.sector for c in subjects for m in table.ments)
    return False


def bind_peacekeepers(view: DocView, table: EntityTable) -> None:
    """Make each mention of a peacekeeping force with no country of its own a mention of the peacekeepers of the
    international body named last before it (module docstring)."""
    for m in table.ments:
        if m.kind == "pronoun" or len(m.ents) != 1:
            continue
        e = m.ents[0]
        if e.kind not in ("GROUP", "ORG") or not e.generic or e.country is not None:
            continue
        head = view.doc[m.head]
        if not _peacekeeping_phrase(head) or _own_country_named(view, head):
            continue
        body = _body_before(table, m.start)
        if body is not None and _sent_by(table, head, body):
            # "the UN would send peacekeepers": the force the body sends, of no country the story gives
            sent = table.ent(f"G:None:{e.sector}:peacekeepers sent", name="peacekeepers", kind="GROUP",
                             sector=e.sector, generic=True, plural=True, local=True)
            sent.foreign = True
            m.ents = [sent]
            continue
        sector = body.sector if body is not None else e.sector
        force = table.ent(f"G:IGO:{sector}:peacekeepers", name=f"{body.name} peacekeepers" if body else "peacekeepers",
                          kind="GROUP", sector=sector, generic=True, plural=True)
        if force.country is None:
            force.set_country("IGO", "coreference")
        m.ents = [force]
