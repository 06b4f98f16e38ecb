"""A person named in full a sentence after a description of them: "Kenyan police have arrested a Somali businessman
... Abdi Farah, 45, was detained at his home": wires describe the one arrested and name him next. A named person the
text gives no country of their own, held (the object or passive subject of a verb of arresting, charging or
capturing), takes the country and sector of the private person described as held in that or the sentence before
(round41, session 39 act43). Without it the story's country (the dateline's Kenya) would be his.
"""
from __future__ import annotations

from newsgraph.actors.document import DocView
from newsgraph.actors.entities import EntityTable
from newsgraph.actors.person_anaphors import held_object


def name_described_before(view: DocView, table: EntityTable, nominals) -> None:
    """Give each held named person with no country the country of the one described as held just before
    (`nominals.described_person_before`, accused only)."""
    for m in list(table.ments):
        if m.kind != "name" or len(m.ents) != 1:
            continue
        ent = m.ents[0]
        if ent.kind != "PERSON" or ent.country is not None or ent.plural or not held_object(view.toks[m.head]):
            continue
        described = nominals.described_person_before(view.toks[m.start], accused=True)
        if described is None or described is ent or described.country in ent.foreign_to:
            continue
        ent.set_country(described.country, "coreference")
        ent.sector = ent.sector or described.sector


def name_described_subject(view: DocView, table: EntityTable) -> None:
    """"A Venezuelan opposition politician living in exile in Spain accused the government of torture. Speaking in
    Madrid, Antonio Ledezma called on the EU to ...": a person named for the first time as the subject right after a
    sentence whose subject was a person described with "a" and a nationality or title, the name with no title of its
    own ("Judge Ana Ruiz dismissed the suit" is someone else), is the one described (round44, session 42 act46). Without it the name had no country at all (the story has
    two), or the dateline's."""
    for m in list(table.ments):
        if m.kind != "name" or len(m.ents) != 1:
            continue
        ent = m.ents[0]
        head = view.toks[m.head]
        if ent.kind != "PERSON" or ent.country is not None or ent.plural or head.dep_ != "nsubj" \
                or ent.sector or ent.role or m.sent == 0 or _named_before(table, ent, m):
            continue
        described = _described_subject(view, table, m.sent - 1, m.start)
        if described is None or described.country in ent.foreign_to:
            continue
        ent.set_country(described.country, "coreference")
        ent.sector = ent.sector or described.sector


def _named_before(table: EntityTable, ent, m) -> bool:
    return any(o.start < m.start and ent in o.ents for o in table.ments)


def _described_subject(view: DocView, table: EntityTable, sent: int, before: int):
    """The one person described with "a"/"an" as the active subject of sentence `sent`, with a country the text
    gave by a nationality or title; else None."""
    for m in table.ments:
        if m.start >= before or m.sent != sent or len(m.ents) != 1:
            continue
        e, t = m.ents[0], view.toks[m.head]
        # (a role with a nationality is the country's sector, a GROUP entity: "a Venezuelan opposition politician")
        if e.kind in ("PERSON", "GROUP") and e.generic and not e.plural and e.country and e.country_source in ("name", "title") \
                and t.dep_ == "nsubj" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
            return e
    return None
