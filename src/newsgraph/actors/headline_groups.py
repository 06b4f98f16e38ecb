"""A group the headline gives a nationality: "Ghana expels 40 Nigerian traders" over "Authorities expelled 40
traders on Tuesday": the body leaves out what the headline said, so the traders are Nigerian, not of the story's
country (the dateline's Ghana). A plural group described without a country of its own in the body's first
sentences takes the country of a demonym or country name right before the same noun in the headline (the article's
title, or a headline line heading the text), when the numbers, if both give one, agree (round41, session 39 act43).
"""
from __future__ import annotations

import re

from newsgraph.actors.document import DocView
from newsgraph.actors.entities import EntityTable
from newsgraph.actors.kb import NON_STATE_COUNTRY

BODY_SENTENCES = 3          # sentences of the body (after an in-text headline) where the group may stand
_WORD = re.compile(r"[\w\u2019'-]+")


def _headline(view: DocView) -> tuple[str | None, int]:
    """The headline's text and the number of sentences it takes in the text (0 when it is the article's title)."""
    if view.title:
        return view.title, 0
    first = view.text.split("\n", 1)[0].strip()
    if first and "\n" in view.text and first[-1] not in ".!?\"'\u201d:" and len(view.sent_start) > 1 \
            and view.doc[view.sent_start[1]].idx >= len(view.text.split("\n", 1)[0]):
        return first, 1
    return None, 0


def _headline_country(view: DocView, words: list[str], noun: str, number: str | None) -> str | None:
    """The country of the demonym or country name right before `noun` in the headline's words (one or two words,
    after the number if the headline gives one), when the headline's number is the body's."""
    for i, w in enumerate(words):
        if w.lower() != noun:
            continue
        for n in (2, 1):
            if i - n < 0:
                continue
            iso = view.kb.lookup_country(" ".join(words[i - n:i]))
            if iso is None or iso in NON_STATE_COUNTRY:
                continue
            before = words[i - n - 1] if i - n - 1 >= 0 else None
            if number is not None and before is not None and before[:1].isdigit() and before != number:
                return None
            return iso
    return None


def headline_group_countries(view: DocView, table: EntityTable) -> None:
    """Give plural groups with no country of their own the nationality the headline gives the same noun."""
    title, skip = _headline(view)
    if not title:
        return
    words = _WORD.findall(title)
    last = skip + BODY_SENTENCES
    for m in table.ments:
        if m.kind != "nominal" or len(m.ents) != 1 or not skip <= m.sent < last:
            continue
        ent = m.ents[0]
        if not (ent.plural and ent.generic) or ent.country is not None or ent.sector in ("GOV", "COP", "MIL"):
            continue
        head = view.doc[m.head]
        number = next((c.text for c in head.children if c.dep_ == "nummod"), None)
        iso = _headline_country(view, words, head.lower_, number)
        if iso and iso not in ent.foreign_to:
            ent.set_country(iso, "coreference")     # as a re-naming would: no evidence of the story's country
