"""A firm's officer named by the title alone, in a story about one firm: "Starbucks will close 200 stores in China,
the company said. ... Chief executive Brian Niccol said the firm would open smaller outlets." The title says whose
officer he is -- the one firm the text has named -- and that firm's country (the KB's, or one its name gives) is his;
the story's China, where the stores are, was a wrong country. Only for titles that belong to a firm alone (kb
FIRM_OFFICER_TITLES: chief executive, CEO ...; not "chairman" or "president", which parties and states have too),
only when exactly one firm is named before the officer -- at least twice or as a subject, the last time at most
three sentences before him (a firm named in passing, in a list of a building's tenants, is not his employer; session
46 lead) --, and only when that firm has a country of its own: a firm the KB lacks has none yet at this step, and
its officer then takes what the story gives, as before (round48, issue 12, act50). Run by names.py after the
employers' step.
"""
from __future__ import annotations

from newsgraph.datafile import word_list
from newsgraph.actors.entities import EntityTable
from newsgraph.actors.kb import NON_STATE_COUNTRY

FIRM_OFFICER_TITLES = word_list("kb", "FIRM_OFFICER_TITLES")     # chief executive, ceo ...
FIRM_MENTIONS = 2       # the firm named at least this often before the officer (its name, "the company" ...), or
                        # named as a subject
FIRM_SENTENCES = 3      # ... the last time at most this many sentences before


def firm_officers(table: EntityTable) -> None:
    """Give a named officer of FIRM_OFFICER_TITLES with no country the country of the one firm named before."""
    for m in table.ments:
        if len(m.ents) != 1:
            continue
        ent = m.ents[0]
        if ent.kind != "PERSON" or ent.country is not None or not ent.role \
                or ent.role.lower() not in FIRM_OFFICER_TITLES:
            continue
        named = [o for o in table.ments if o.start < m.start and len(o.ents) == 1
                 and o.ents[0].kind == "ORG" and o.ents[0].sector == "BUS"]
        firms = {o.ents[0] for o in named}
        if len(firms) != 1:
            continue
        # the story's firm: named at least twice, the last time shortly before the officer (the head of a small firm
        # in a tower whose tenants the text listed, one of them a US chemicals group, is no officer of it; session 46)
        if len(named) < FIRM_MENTIONS and not any(o.subject for o in named) \
                or m.sent - max(o.sent for o in named) > FIRM_SENTENCES:
            continue
        firm = next(iter(firms))
        if firm.country and firm.country not in NON_STATE_COUNTRY:
            ent.set_country(firm.country, "employer")
