"""A person described by a relative clause of leading (round43, session 41 act45): "Samuel Okello, who leads a
Ugandan opposition movement in exile, accused Kampala ..." had no country (session 40's act44 left "Ayman Nour, who
heads an opposition group in exile" so): the appositive reader takes "Okello, the leader of a Ugandan opposition
movement", not the same words in a clause. A person whose own name is followed by "who" + a verb of leading (word
list LEADING_VERBS: leads, heads, chairs, runs, commands) takes what the led body's phrase says: its country
("Ugandan") and its sector ("opposition" -> OPP), where the name gave none. A known person of the knowledge base
keeps the code it has; a clause of another verb ("who met the Ugandan president") says nothing of whose he is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.actors.phrases import read_phrase
from newsgraph.datafile import word_list
from newsgraph.nlp.cache import children, subtree

if TYPE_CHECKING:
    from newsgraph.actors.document import DocView
    from newsgraph.actors.entities import EntityTable

LEADING_VERBS = word_list("kb", "LEADING_VERBS")


def relative_clause_roles(view: DocView, table: EntityTable) -> None:
    """Give a named person with no country or sector what the body a "who leads ..." clause on the name says."""
    kb = view.kb
    for m in table.ments:
        if m.kind != "name" or m.label != "PERSON" or len(m.ents) != 1:
            continue
        e = m.ents[0]
        if e.country is not None and e.sector is not None:
            continue
        body = _led_body(view.toks[m.head])
        if body is None:
            continue
        info = read_phrase(kb, [t for t in subtree(body) if t.i <= body.i], body, view.country_of, view.org_code_of)
        if e.country is None and info.country is not None:
            e.set_country(info.country, "apposition")
        if e.sector is None and info.sector is not None:
            e.sector = info.sector


def _led_body(name):
    """The object of "who leads/heads ..." on the name, or None."""
    for rc in children(name):
        if rc.dep_ != "relcl" or rc.lemma_.lower() not in LEADING_VERBS:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in children(rc)):
            continue
        return next((c for c in children(rc) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    return None
