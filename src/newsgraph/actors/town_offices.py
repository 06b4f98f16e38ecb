"""The office of a town named by the town (round43, session 41 act45): "The mayor of Petion-Ville condemned the
looting" had the town for its doer -- the recogniser called "Petion-Ville" an organisation, and a name inside a
nominal phrase makes the phrase no nominal -- so the act's source was a town of no sector (code "---" when the
geo stage did not know the town either). The of-object of a title of a town's office (word list
TOWN_OFFICE_TITLES: mayor, deputy mayor) is the town whatever the recogniser says, and the title is the person:
the government of the town (GOV), whose country is the town's or the story's. A town the knowledge base knows as
an organisation (an IGO's or a firm's code) is left to the names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.nlp.cache import children, subtree

if TYPE_CHECKING:
    from newsgraph.actors.document import DocView

TOWN_OFFICE_TITLES = word_list("kb", "TOWN_OFFICE_TITLES")


def town_of_office(view: DocView, h: Token, taken: list[int]) -> bool:
    """Are the name tokens `taken` inside the nominal headed by `h` only the town of its town office ("the mayor
    of Petion-Ville")?"""
    if h.lemma_.lower() not in TOWN_OFFICE_TITLES or not taken:
        return False
    town: set[int] = set()
    for p in children(h):
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in children(p):
                if o.dep_ == "pobj" and o.pos_ == "PROPN":
                    town.update(t.i for t in subtree(o))
    return all(i in town and i not in view.org_code_of for i in taken)
