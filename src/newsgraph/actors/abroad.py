"""People abroad: exiles, migrants and their leaders, whose country is not where the story is (round42).

Stories of exiles, refugees and migrant communities are told from where they live: "JOHANNESBURG - Zimbabwean
migrants living in South Africa marched ... The migrants' leader, Tendai Moyo, accused South African police" and
"ISTANBUL - ... Ayman Nour, who heads an opposition group in exile". The story's country and the dateline's are
the host's, so the step that gives actors the story's country made the migrants' leader South Africa's and the
group in exile Turkey's.
  * A group or person whose own phrase says they live outside their country ("in exile", "exiled", "abroad",
    EXILE_WORDS) takes no country from the story or the dateline (`abroad`).
  * A person or group owned by a plural group of people ("the migrants' leader", "the leader of the refugees")
    that the text has placed before under the same noun ("Zimbabwean migrants") is of that group's country
    (`group_owner_country`).
"""
from __future__ import annotations

from newsgraph.datafile import word_list
from newsgraph.actors.document import DocView
from newsgraph.actors.entities import Ent, EntityTable, Ment
from newsgraph.actors.kb import NON_STATE_COUNTRY
from newsgraph.actors.phrases import noun_lemma
from newsgraph.nlp.cache import children

EXILE_WORDS = word_list("kb", "EXILE_WORDS")


def abroad(view: DocView, ments: list[Ment]) -> bool:
    """True when a mention's own phrase places the actor outside its country ("a group in exile")."""
    doc = view.doc
    for m in ments:
        if m.kind == "pronoun":
            continue
        head = doc[m.head]
        for t in head.subtree:
            if t.lower_ in EXILE_WORDS and (t.i <= head.i or t.head.i == head.i or t.head.head.i == head.i):
                return True
    return False


def adopt_group_owner(view: DocView, table: EntityTable, ent: Ent, ments: list[Ment]) -> bool:
    """Give the actor the country (and a weak title its sector) of the placed group of people that owns it
    ("the migrants' leader"); True when it did."""
    doc = view.doc
    for m in ments:
        if m.kind == "pronoun":
            continue
        head = doc[m.head]
        owners = [c for c in children(head) if c.dep_ == "poss" and c.tag_ == "NNS"]
        owners += [o for p in children(head) if p.dep_ == "prep" and p.lower_ == "of"
                   for o in children(p) if o.dep_ == "pobj" and o.tag_ == "NNS"]
        for o in owners:
            lemma = noun_lemma(o)
            groups = {g.ents[0] for g in table.ments
                      if g.start < m.start and len(g.ents) == 1 and g.ents[0] is not ent and g.ents[0].generic
                      and g.ents[0].country and g.ents[0].country not in NON_STATE_COUNTRY
                      and noun_lemma(doc[g.head]) == lemma}
            if len({g.country for g in groups}) != 1:
                continue
            group = groups.pop()
            role = view.kb.roles.get((ent.role or "").lower())
            if role is not None and not role.strong and ent.sector == role.sector and group.sector:
                ent.sector = group.sector
            ent.set_country(group.country, "employer")
            return True
    return False
