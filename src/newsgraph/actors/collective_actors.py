"""A name for states acting together that names no state: "Lavrov accused the West of arming Ukraine", "The West
imposed new sanctions". The recogniser leaves "the West" no entity (or a place), so the act found no one on that side
and was dropped. As a party to an act (subject, object, or object of a preposition of parties, kb
REGION_ACTOR_PREPS) a capitalised "the West" (kb COLLECTIVE_NAMES) is one actor of states (GOV, as CAMEO's agents
code states named together, like "foreign powers") and of no country: never the story's (round45, session 43
act47). A place stays a place: "the West Bank", "fled to the West", "in the west of the country".
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.actors.document import DocView
from newsgraph.actors.entities import EntityTable
from newsgraph.datafile import word_list

COLLECTIVE_NAMES = word_list("kb", "COLLECTIVE_NAMES")
PARTY_PREPS = word_list("kb", "REGION_ACTOR_PREPS")
_ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "dative", "conj")


def collective_name(view: DocView, table: EntityTable, t: Token) -> bool:
    """Add "the West" at `t` as a collective of no country when it is a party to an act; False if it is not."""
    i = t.i
    if t.lower_ not in COLLECTIVE_NAMES or not t.text[:1].isupper() or i == 0 or view.lowers[i - 1] != "the" \
            or table.taken[i - 1] or table.taken[i]:
        return False
    if i + 1 < len(view.toks) and view.pos[i + 1] == "PROPN":
        return False                    # "the West Bank", "the West Coast"
    if not (t.dep_ in _ARGUMENTS or t.dep_ == "pobj" and t.head.lower_ in PARTY_PREPS):
        return False
    ent = table.ent(f"G:collective:{t.lower_}", name=f"the {t.text}", kind="GROUP", sector="GOV", plural=True)
    ent.foreign = True                  # of no country the story or dateline gives
    table.add(i - 1, i + 1, i, "nominal", "NOMINAL", [ent])
    return True
