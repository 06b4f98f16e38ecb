"""The leader a placed group is "led by": "DHAKA - An Indian delegation led by the foreign secretary met Bangladeshi
officials" gave the foreign secretary the dateline's Bangladesh, a wrong country on a side of every act he is named
in next. The one who leads a delegation, a mission or a team the text gives a country is of that country, as the
leader of a body named in a relative clause is (relative_roles.py, "who leads a Ugandan opposition movement"): a person
or title in the by-phrase of a participle of leading (kb LEADING_VERBS) on the group takes what the group's phrase says
(round47, issue 12). A person the text or the knowledge base places keeps that; "a force led by Senegalese officers"
(the group from its leaders) is led_forces.py's.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.actors.phrases import read_phrase
from newsgraph.actors.relative_roles import LEADING_VERBS
from newsgraph.actors.told_countries import may_be
from newsgraph.nlp.cache import subtree

if TYPE_CHECKING:
    from newsgraph.actors.document import DocView
    from newsgraph.actors.entities import EntityTable


def _led_group(head):
    """The noun a "led/headed by <head>" participle hangs on, or None."""
    by = head.head
    if head.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "agent" and by.dep_ != "prep":
        return None
    verb = by.head
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.lemma_.lower() not in LEADING_VERBS:
        return None
    group = verb.head
    return group if group.pos_ in ("NOUN", "PROPN") else None


def leaders_of_placed_groups(view: DocView, table: EntityTable) -> None:
    """Give a person with no country the country of the group the text says the person leads."""
    for m in table.ments:
        if m.kind == "pronoun" or len(m.ents) != 1:
            continue
        e = m.ents[0]
        if e.kind != "PERSON" or e.country is not None:
            continue
        group = _led_group(view.toks[m.head])
        if group is None:
            continue
        info = read_phrase(view.kb, [t for t in subtree(group) if t.i <= group.i], group, view.country_of,
                           view.org_code_of)
        if info.country is not None and may_be(e, info.country):
            e.set_country(info.country, "apposition")
