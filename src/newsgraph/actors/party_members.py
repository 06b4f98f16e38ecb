"""Parties named by their members (round43, session 41 act45): "The Conservatives accused the government",
"The Greens called for an inquiry", "Albanese criticised the Greens". The recogniser calls such a word NORP and
no name of the knowledge base matches it (the KB knows "Democrats" and "Republicans" as the US parties, not a
Conservative or Green party of no country), so the act had a doer with no code at all. A capitalised plural of
the word list PARTY_MEMBERS that stands as a noun phrase of its own is a party of no country (PTY), which the
story's country places (context.py), as a party adjective of no country is (parties.add_party). A capitalised
word before it names another party ("Social Democrats", "Sweden Democrats", "Liberal Democrats"), and a member
word that modifies a noun ("Greens leader Adam Bandt") is a party office read elsewhere: both are left alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsgraph.datafile import word_list

if TYPE_CHECKING:
    from newsgraph.actors.document import DocView
    from newsgraph.actors.entities import EntityTable

PARTY_MEMBERS = word_list("kb", "PARTY_MEMBERS")      # (employers.py reads it too; importing it closes a cycle)

# the places a noun phrase of its own stands in ("the Greens" as a subject, object, object of a preposition,
# a possessor or a conjunct), never a modifier of another noun
_PHRASE_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "poss", "appos", "dative", "agent", "ROOT"}


def party_members_word(t: Token) -> bool:
    """A capitalised plural naming a party by its members ("Conservatives", "Greens", "Tories")."""
    low = t.lower_
    return low in PARTY_MEMBERS and low.endswith("s") and t.text[:1].isupper()


def bind_party_members(view: DocView, table: EntityTable) -> None:
    """Bind every free capitalised plural of PARTY_MEMBERS heading its own phrase to a party of no country."""
    for i, t in enumerate(view.toks):
        if not party_members_word(t) or table.taken[i]:
            continue
        if t.dep_ not in _PHRASE_DEPS or t.pos_ not in ("PROPN", "NOUN"):
            continue
        if any(c.i < i and c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper() for c in t.children):
            continue            # "Social Democrats", "Sweden Democrats": another party, the names' business
        start = min((c.i for c in t.children if c.dep_ == "det" and c.lower_ == "the"), default=i)
        ent = table.group_ent(None, "PTY", plural=True, noun=f"{t.text} party", phrase=f"the {t.text}")
        table.add(start, i + 1, i, "name", "ORG", [ent])
