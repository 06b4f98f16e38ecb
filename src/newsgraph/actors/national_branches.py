"""A national branch the recogniser splits: "Amnesty International Kenya condemned ..." -- the recogniser reads an
organisation ("Amnesty International") and a country ("Kenya"), and the parse makes the country the head of the
phrase, so the branch would act as the state of Kenya. An international non-governmental organisation the knowledge
base knows (its code starts with NGO) standing right before a country's name it modifies is that organisation's
branch in the country: an NGO of that country, as org_names.national_branch reads "the Kenya Red Cross" when the
recogniser keeps the name whole (round41, session 39 act43).
"""
from __future__ import annotations

from newsgraph.actors.document import DocView
from newsgraph.actors.entities import EntityTable
from newsgraph.records import NO_COUNTRY_TYPES


def join_national_branches(view: DocView, table: EntityTable) -> None:
    """Make "<NGO name> <country>" one organisation of that country wherever the parse joined the two."""
    by_start = {m.start: m for m in table.ments if m.kind == "name" and len(m.ents) == 1}
    for m in list(by_start.values()):
        ngo = m.ents[0]
        nxt = by_start.get(m.end)
        if ngo.kind != "ORG" or ngo.country not in NO_COUNTRY_TYPES or nxt is None:
            continue
        state = nxt.ents[0]
        head = view.doc[nxt.head]
        if state.kind != "COUNTRY" or not state.country or view.doc[m.head].head.i != head.i \
                or view.doc[m.head].dep_ != "compound":
            continue
        name = view.doc[m.start:nxt.end].text
        if name.lower().startswith("the "):
            name = name[4:]
        branch = table.ent(f"O:{name.lower()}", name=name, kind="ORG", sector=ngo.country)
        branch.set_country(state.country, "name")
        m.ents = nxt.ents = [branch]
