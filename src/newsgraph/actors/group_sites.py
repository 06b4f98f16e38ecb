"""Struck sites named by the armed group that holds them (round48, session 46 tgt50).

"Jets struck militant hideouts near the border", "troops overran rebel strongholds", "drones hit militia targets":
the site names no actor (kb STRUCK_SITE_NOUNS), but its modifier names whose it is -- the group the act is aimed
at, as "rebel positions" and "rebel camps" already were where the noun happens to head a nominal (a Phoenix agent
"fighting position", the place term "camp"). "hideout", "target", "stronghold", "site" head none, and "militia"
or "jihadist" is no modifier of vocab.csv, so such a strike had no target, or only the country of a place.

A STRUCK_SITE_NOUNS noun standing where an act is aimed (a verb's direct object, a passive's subject, the object
of on/against/at), with no owner of its own ("their hideouts" are someone's the pronoun step reads), whose
adjective or compound is a word of the kb word list GROUP_SITE_MODIFIERS, names that armed group (REB): a
generic group of no country here, which context.py places as it places "rebels" (the place of its own phrase,
"in southern Ruritania"; else the story's country). A modifier that is a name ("Houthi", "Taliban") is the
recogniser's, not this module's.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsgraph.datafile import word_list

if TYPE_CHECKING:
    from newsgraph.actors.document import DocView
    from newsgraph.actors.entities import EntityTable

SITE_NOUNS = word_list("kb", "STRUCK_SITE_NOUNS")
GROUP_SITE_MODIFIERS = word_list("kb", "GROUP_SITE_MODIFIERS")
_AIM_PREPS = {"on", "against", "at", "upon"}
SITE_SECTOR = "REB"


def _aimed_at(t: Token) -> bool:
    """Does `t` stand where an act is aimed: a direct object, a passive's subject, or the object of on/against/at?"""
    return t.dep_ in ("dobj", "nsubjpass") or t.dep_ == "pobj" and t.head.lower_ in _AIM_PREPS \
        or t.dep_ == "conj" and _aimed_at(t.head)


def bind_group_site(view: DocView, table: EntityTable, t: Token) -> bool:
    """Add the armed group a struck site headed by `t` names by its modifier (module docstring); whether it did."""
    if t.lemma_.lower() not in SITE_NOUNS or not _aimed_at(t) or any(c.dep_ == "poss" for c in t.children):
        return False
    mods = [c for c in t.children if c.dep_ in ("amod", "compound") and c.i < t.i
            and c.lower_ in GROUP_SITE_MODIFIERS and not table.taken[c.i]]
    if not mods:
        return False
    start = min([mods[0].i] + [c.i for c in t.children if c.i < t.i and c.dep_ in ("det", "amod", "nummod",
                                                                                    "compound", "quantmod")])
    if any(table.taken[i] for i in range(start, t.i + 1)):
        return False
    noun = mods[0].lower_ if mods[0].lower_.endswith("s") else f"{mods[0].lower_}s"
    phrase = " ".join(w.text for w in view.doc[start:t.i + 1])
    ent = table.group_ent(None, SITE_SECTOR, plural=True, noun=noun, phrase=phrase)
    table.add(start, t.i + 1, t.i, "nominal", "GROUP", [ent])
    return True
