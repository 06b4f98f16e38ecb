"""Whose office a title of an international body names (session 44 act48, round46).

"The East African Community's secretary general urged member states", "OPEC's secretary general criticised the
IEA": the title's owner is a body of no state, so the phrase's country slot reads "IGO", and the knowledge base's
holders of a "secretary general" of "IGO" were every international body's -- the first one found, NATO's, took the
act (IGOWSTNAT for the EAC's and OPEC's head). For a body that is not a state (NON_STATE_COUNTRY) an office holder is
the title's only when the office is that same body's (the whole code: IGO and the body's part, IGOEAFEAC); without
one the title stays a person of that body, coded with the body's code, as "OPEC's spokesman" was. A state's offices
are unchanged: their code's country is the state's.
"""
from __future__ import annotations

from newsgraph.actors.kb import NON_STATE_COUNTRY, Office


def own_body_holders(holders: list[Office], country: str | None, sector: str | None) -> list[Office]:
    """`holders` of a title owned by `country` (an ISO code, or IGO/NGO/... with the body's part in `sector`):
    all of them for a state; for a body of no state only the holders of that body's own office."""
    if country not in NON_STATE_COUNTRY:
        return holders
    return [o for o in holders if o.code == f"{country}{sector or ''}"]
