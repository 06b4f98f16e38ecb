"""A rank held in a police force (round43, session 41 act45): "Colombia's national police director, General Carlos
Triana, said ..." was a soldier (MIL): "General" before the name is a strong military title, and the appositive's
police office only filled what the title left open. Many police forces use military ranks (general, colonel, major,
captain), and the CAMEO codebook codes a police officer as police (COP) whatever the rank; so when the title before
the name is military and the apposition names a police office, the office decides the sector and the role (which
also lets a later "The director said" take him up, as it takes up an unranked director)."""

from __future__ import annotations

from newsgraph.actors.phrases import PhraseInfo


def police_office_over_rank(title: PhraseInfo, appos: PhraseInfo) -> None:
    """A military title with a police office in apposition is that office's (sector and role)."""
    if title.sector == "MIL" and appos.sector == "COP":
        title.sector = "COP"
        title.role = appos.role or title.role
