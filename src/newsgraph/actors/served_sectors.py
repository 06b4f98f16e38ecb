"""A title holder's sector from the body the text says they serve, once the body's mentions are bound
(round39, round42).

"The Commission on Elections disqualified a governor ... The commission's chairman said": "chairman" is a weak
title whose default sector is business (BUS), and the names stage (`employers.sector_from_employer`) only reads
bodies named in the title's own phrase. Here "the commission" is a nominal the resolver has bound to the named
commission by then: a weak title still at its default takes the sector of the state body that possesses it
("the commission's chairman") or that it is held of or for ("the chairman of the commission") -- or of a national
society or branch the text names ("the chairman of the Nepal Red Cross Society": NGO; round42).

Two more ways the text says the body is the state's (round42): a body no mention binds, named by a state body's
noun with a country's possessive or adjective ("the chairman of Nigeria's anti-graft agency", BODY_NOUNS) or by a
capitalised state body's name ("The Economic and Financial Crimes Commission's chairman"); and a bare head of a
body ("The director, Ruth Kowalski, urged a review", BODY_HEAD_TITLES) in a text that names a state body before
it and no firm at all: the director is that body's, not a company's.
"""
from __future__ import annotations

from newsgraph.datafile import word_list
from newsgraph.actors.document import DocView
from newsgraph.actors.entities import EntityTable
from newsgraph.actors.oversight_bodies import STATE_BODY_HEADS
from newsgraph.actors.phrases import noun_lemma
from newsgraph.actors.told_countries import SERVED_SECTORS
from newsgraph.nlp.cache import children

BODY_HEAD_TITLES = word_list("kb", "BODY_HEAD_TITLES")
BODY_NOUNS = word_list("kb", "BODY_NOUNS")
# bodies whose titled heads take their sector: the state's, and a national society's (round42)
HEADED_SECTORS = SERVED_SECTORS | {"NGO"}
BARE_TITLE_SENTENCES = 2        # how far back a bare title's body may be named


def serve_body_sectors(view: DocView, table: EntityTable) -> None:
    """Give weak titles at their default sector the sector of the body they serve (see the module)."""
    roles = view.kb.roles
    bound = {m.head: m.ents[0] for m in table.ments if len(m.ents) == 1 and m.kind != "pronoun"}
    firm = any(e.kind == "ORG" and (e.sector or "").startswith("BUS") for e in table.ents.values())
    for m in table.ments:
        if len(m.ents) != 1 or m.kind == "pronoun":
            continue
        ent = m.ents[0]
        role = roles.get(ent.role.lower()) if ent.kind == "PERSON" and ent.role else None
        if role is None or role.strong or ent.sector != role.sector or role.sector in SERVED_SECTORS:
            continue
        head = view.doc[m.head]
        served = [c for c in children(head) if c.dep_ == "poss"]
        served += [o for p in children(head) if p.dep_ == "prep" and p.lower_ in ("of", "for")
                   for o in children(p) if o.dep_ == "pobj"]
        for t in served:
            body = bound.get(t.i)
            if body is not None and body is not ent and body.kind != "PERSON" and body.sector in HEADED_SECTORS:
                ent.sector = body.sector
                break
            if body is None and _state_body(view, t):
                ent.sector = "GOV"
                break
        else:
            if not served and not firm and ent.role.lower() in BODY_HEAD_TITLES and m.kind == "nominal":
                body = _body_before(table, m)
                if body is not None:
                    ent.sector = body.sector


def _state_body(view: DocView, t) -> bool:
    """"Nigeria's anti-graft agency", "the Kenyan regulator", "The ... Crimes Commission": a body the text makes
    the state's by its noun and a country's possessive or adjective, or by a capitalised state body's name."""
    lemma = noun_lemma(t)
    if t.pos_ == "PROPN" and lemma in STATE_BODY_HEADS:
        return True
    return lemma in BODY_NOUNS and t.pos_ == "NOUN" and any(
        c.dep_ in ("poss", "amod", "compound") and c.i in view.country_of for c in children(t))


def _body_before(table: EntityTable, m):
    """The body of a state sector named last before the mention `m`, within BARE_TITLE_SENTENCES sentences."""
    for o in reversed(table.ments):
        if o.start >= m.start or len(o.ents) != 1 or m.sent - o.sent > BARE_TITLE_SENTENCES:
            continue
        body = o.ents[0]
        if body.kind == "ORG" and body.sector in SERVED_SECTORS:
            return body
    return None
