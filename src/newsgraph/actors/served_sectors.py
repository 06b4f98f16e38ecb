"""A title holder's sector from the state body the text says they serve, once the body's mentions are bound
(round39).

"The Commission on Elections disqualified a governor ... The commission's chairman said": "chairman" is a weak
title whose default sector is business (BUS), and the names stage (`employers.sector_from_employer`) only reads
bodies named in the title's own phrase. Here "the commission" is a nominal the resolver has bound to the named
commission by then: a weak title still at its default takes the sector of the state body that possesses it
("the commission's chairman") or that it is held of or for ("the chairman of the commission").
"""
from __future__ import annotations

from newsgraph.actors.document import DocView
from newsgraph.actors.entities import EntityTable
from newsgraph.actors.told_countries import SERVED_SECTORS
from newsgraph.nlp.cache import children


def serve_body_sectors(view: DocView, table: EntityTable) -> None:
    """Give weak titles at their default sector the sector of the bound state body they serve (see the module)."""
    roles = view.kb.roles
    bound = {m.head: m.ents[0] for m in table.ments if len(m.ents) == 1 and m.kind != "pronoun"}
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
            if body is not None and body is not ent and body.kind != "PERSON" and body.sector in SERVED_SECTORS:
                ent.sector = body.sector
                break
