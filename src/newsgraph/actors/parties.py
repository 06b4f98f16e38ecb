"""Party adjectives as doers (session 23, issue 12): "Republican attacks on the plan", "Democratic criticism of the
nominee", "Labour's complaints": the party the capitalised word names is an actor, as a nationality adjective names
its country ("Russian strikes"). Only before an act noun (word list PARTY_ACT_NOUNS) or as a possessor, so that
"Democratic reforms", "the Democratic Republic of Congo" or "Labour Day" name no party. The party is the igos.csv
entry the row of party_adjectives.csv gives (its country and PTY), or a party of no country the word gives (PTY),
which the story's country may place (context.py)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsgraph.datafile import package_data, read_table, word_list

if TYPE_CHECKING:     # (phrases.py reads party_words: no import of the entity table at run time)
    from newsgraph.actors.entities import EntityTable

PARTY_ACT_NOUNS = word_list("kb", "PARTY_ACT_NOUNS")


@functools.lru_cache(maxsize=None)
def party_words() -> dict[str, str]:
    """word -> igos.csv entry id ('' for a party of no country), from party_adjectives.csv."""
    return {r["word"].strip().lower(): (r.get("party") or "").strip()
            for r in read_table(package_data("kb", "party_adjectives.csv"), ("word",),
                                optional=("party", "since", "note"))}


def party_doer(t: Token) -> bool:
    """The token is a capitalised party word before an act noun ("Republican attacks", "Democratic criticism of
    X") or a party's possessive ("Labour's complaints")."""
    if t.lower_ not in party_words() or not t.text[:1].isupper():
        return False
    head = t.head
    if head.i == t.i or head.pos_ != "NOUN":
        return False
    if t.i > t.sent.start and t.nbor(-1).text[:1].isupper() and t.nbor(-1).dep_ in ("amod", "compound", "nmod") \
            and t.nbor(-1).head.i in (t.i, head.i):
        return False      # "Social Democratic criticism", "Christian Democratic objections": another party
    if t.dep_ == "poss":
        return True
    return t.dep_ in ("amod", "compound", "nmod") and head.lemma_.lower() in PARTY_ACT_NOUNS


def add_party(table: EntityTable, t: Token) -> None:
    """Bind the party word to its party: the KB's party (country and PTY), or a party of no country."""
    kb = table.view.kb
    org_id = party_words()[t.lower_]
    org = kb.orgs.get(org_id) if org_id else None
    if org is not None:
        ent = table.ent(f"O:{org.id}", name=org.name, kind="ORG", country=org.code[:3], sector=org.code[3:] or None)
    else:
        ent = table.group_ent(None, "PTY", noun=f"{t.text} party", phrase=f"{t.text} party")
    table.add(t.i, t.i + 1, t.i, "name", "ORG", [ent])


def mark_party(table: EntityTable, t: Token) -> None:
    """A party word the name finder took as an organisation it does not know ("Labour criticism"): that
    organisation is the party (PTY), its country still the story's."""
    for m in table.ments:
        if m.start <= t.i < m.end and m.kind == "name" and len(m.ents) == 1:
            e = m.ents[0]
            if e.kind == "ORG" and not e.sector and not e.country:
                e.sector = "PTY"
