"""A politician who faces the story's country as another state takes no country from the story (round42).

"Conservative Leader Andrew Mercer says his party would sign no trade deal with China", with no dateline and China
named in every sentence: the story's country is China, and the leader, a named person of a domestic-
politics sector (a party, the opposition, a legislature) whose country the text does not give, took it. A
politician whose own clause has that country as a party -- the object of a preposition of parties ("a deal with
China", "a campaign against Beijing", REGION_ACTOR_PREPS) or the direct object of a verb of facing another state
("accused China", FACING_VERBS) -- faces it from outside: the story's country is not his, and the text does not
say which is, so he takes none. A country as the subject of a clause below his ("said China had detained two
Canadians") is what he speaks of, no party to his act, and says nothing.
"""
from __future__ import annotations

from newsgraph.datafile import word_list
from newsgraph.actors.document import DocView
from newsgraph.actors.entities import Ent, EntityTable, Ment

# sectors of people in a country's own politics, who deal with other states only from outside them
OUTSIDER_SECTORS = {"PTY", "OPP", "LEG"}
FACING_VERBS = word_list("kb", "FACING_VERBS")
PARTY_PREPS = word_list("kb", "REGION_ACTOR_PREPS")
# the dependencies of the words between a country and the verb of its clause: objects and their prepositions,
# and an infinitive without a subject of its own ("wants to sign a deal with China")
_PATH_DEPS = {"dobj", "pobj", "prep", "xcomp", "conj"}


def faces_country(view: DocView, table: EntityTable, ent: Ent, ments: list[Ment], iso: str) -> bool:
    """True when `ent`, a politician (OUTSIDER_SECTORS), is the subject of a clause that has `iso`'s state as
    a party (see the module)."""
    if ent.sector not in OUTSIDER_SECTORS or ent.kind != "PERSON":
        return False
    states = [m for m in table.ments if len(m.ents) == 1 and m.ents[0].country == iso
              and (m.ents[0].kind == "COUNTRY" or m.kind == "metonym")]
    doc = view.doc
    for m in ments:
        subj = doc[m.head]
        if subj.dep_ != "nsubj":
            continue
        verb = subj.head
        for s in states:
            if s.sent == m.sent and _party_of(doc[s.head], verb):
                return True
    return False


def _party_of(tok, verb) -> bool:
    """`tok` is a party to `verb`'s act: the direct object of a verb of facing, or the object of a preposition
    of parties, reached from the verb through objects, prepositions and subjectless infinitives only."""
    if tok.dep_ == "dobj":
        if tok.head.lemma_.lower() not in FACING_VERBS:
            return False
    elif not (tok.dep_ == "pobj" and tok.head.lower_ in PARTY_PREPS):
        return False
    t = tok
    while t.head.i != t.i:
        if t.head.i == verb.i:
            return True
        if t.dep_ not in _PATH_DEPS:
            return False
        t = t.head
    return False
