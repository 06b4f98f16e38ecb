"""Step 1 of resolution: names. People (with the titles, "of Russia" and appositives around them),
surnames and speakers the entity recogniser missed, knowledge-base names (countries, capitals and seats
used as actors, organisations, office holders) and other organisations.

Reads the `DocView`; adds entities and name mentions to the `EntityTable`. Nothing here looks at
nominals or pronouns: those come after (nominals.py, pronouns.py) and may refer back to what is found here.

The steps live in four mixins, one module each, in the order `run` calls them: person_names.py (people with
their titles), surnames.py (people the recogniser missed or named in part), org_names.py (knowledge-base names,
regions, outlets, other organisations), employers.py (countries and sectors from employers and US labels).
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.actors.administrations import administrations
from newsgraph.actors.document import DocView
from newsgraph.actors.employers import Employers
from newsgraph.actors.entities import Ent, EntityTable
from newsgraph.actors.org_names import OrganisationNames
from newsgraph.actors.person_names import PersonNames
from newsgraph.actors.person_spans import PersonSpans
from newsgraph.actors.surnames import Surnames
from newsgraph.actors.firm_officers import firm_officers


class NameFinder(PersonNames, PersonSpans, Surnames, OrganisationNames, Employers):
    def __init__(self, view: DocView, table: EntityTable):
        self.view, self.table, self.kb = view, table, view.kb
        self.honorifics = view.kb.honorifics
        self._full_names: dict[str, str] | None = None
        self._sole_full: dict[str, str] | None = None
        self.serves: list[tuple[Ent, Token]] = []   # (person, role word of their appositive)
        self.staff: list[tuple[Ent, Ent]] = []      # (staff member, the person they work for: principal())

    def run(self) -> None:
        self.governments_of_leaders()
        self.persons()
        self.relatives_of_kb_people()
        self.bare_surnames()
        named_before = {id(e) for e in self.table.ents.values()}
        self.handles()
        self.unrecognised_speakers()
        self.given_names_before_surnames()
        self.kb_names()
        # again for the people the KB pass named in full ("Chancellor Olaf Scholz", which the recogniser calls an
        # organisation, then "Scholz accused"), and only for them (session 35 lead)
        self.bare_surnames(skip=named_before)
        self.relation_pairs()
        self.regions_as_actors()
        self.outlets_told()
        self.police_initials()
        self.orgs()
        self.acronyms_in_full()
        self.country_from_employer()
        firm_officers(self.table)       # "Starbucks ... Chief executive Brian Niccol said": the firm's (round48)
        self.us_party_state_labels()
        self.staff_countries()

    def governments_of_leaders(self) -> None:
        """"the Obama administration", "Biden White House officials": the leader's government, not the
        leader (administrations.py)."""
        table = self.table
        for start, end, head, iso in administrations(self.kb, self.view.doc):
            if not any(table.taken[start:end]):
                table.add(start, end, head, "name", "ORG", [table.group_ent(iso, "GOV", source="kb")])
