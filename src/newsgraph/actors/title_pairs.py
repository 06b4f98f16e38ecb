"""A bare title after two holders of it, each of another state: "NAIROBI - Kenyan President William Ruto met Ugandan
President Yoweri Museveni in Mombasa on Monday. The two leaders discussed a pipeline ... Trade between the two
countries reached $1 billion. The president said the pipeline would be finished by 2027." Which president speaks a
careful reader could not tell; the most recent one the text named (Uganda's) was a guess, and a wrong country on a
side is worse than none (a false event in a dyad filter). So such a title re-names neither and its actor takes no
country from the story or the dateline.

Only when the two latest holders the title fits are both marked by their country ("Kenyan President X", "Uganda's
Y") and their countries differ; session 21's reading stays for a holder the text never had to mark ("President Obama
... Russia's Vladimir Putin ... The president said" is Obama), and a title with a country of its own ("the Ugandan
president") or a single holder is read as before (round48, issue 12, act50).
"""
from __future__ import annotations

from newsgraph.actors.entities import Ent
from newsgraph.actors.kb import NON_STATE_COUNTRY


def holders_of_two_states(anaphors, h, found: list[Ent]) -> bool:
    """Are the two latest candidates in `found` (newest first) of two known states, each marked by its country in
    a mention before `h`? `anaphors` is the nominal resolver (PersonAnaphors' `marked_by_country`)."""
    if len(found) < 2:
        return False
    a, b = found[0], found[1]
    if not a.country or not b.country or a.country == b.country \
            or a.country in NON_STATE_COUNTRY or b.country in NON_STATE_COUNTRY:
        return False
    return anaphors.marked_by_country(a, h.i) and anaphors.marked_by_country(b, h.i)
