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
