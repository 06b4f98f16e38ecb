"""An outlet named again by the last word of its name: "The New York Times reported ... the Times said", "The
Washington Post ... the Post", "The Wall Street Journal ... the Journal".

The recogniser tags the short form an organisation of its own; the KB knows several outlets of that word ("The Times"
of London, "The Times of India") or none, so the short form had no country or sector, or took the story's ("the Times"
in a story about London's mayor: GBR, where the text meant The New York Times it had just named). A one-word name
that is the last word of exactly one news outlet (sector MED) named before it in the text re-names that outlet, as a
surname re-names a person.
"""
from __future__ import annotations

from newsgraph.actors.entities import Ent, EntityTable


def outlet_named_before(table: EntityTable, name: str, start: int) -> Ent | None:
    """The one outlet named before token `start` whose name of two words or more ends with the one word `name`
    ("Times" after "The New York Times"), or None (none, or two: "The New York Times" and "the Financial Times")."""
    if not name or " " in name:
        return None
    word = name.lower()
    found: dict[str, Ent] = {}
    for m in table.ments:
        if m.start >= start or m.kind != "name" or len(m.ents) != 1:
            continue
        e = m.ents[0]
        words = e.name.lower().split()
        if e.kind == "ORG" and e.sector == "MED" and len(words) > 1 and words[-1] == word and words[0] != word:
            found[e.key] = e
    return next(iter(found.values())) if len(found) == 1 else None
