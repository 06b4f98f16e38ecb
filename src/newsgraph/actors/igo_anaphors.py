"""International bodies named again by a description (round48, session 46 tgt50).

Wire copy names an international body once and then by what it is: "The United Nations said ... The world body
urged Rwanda to withdraw", "The African Union suspended Guinea ... The continental body threatened sanctions".
Neither phrase is a name the recogniser or the knowledge base knows, and "body" is no org noun of vocab.csv (it is
as often a corpse), so the acts of such a sentence had no side at all ("the world body" was read as no one), and a
sentence-initial "The world body's human rights office" was an office of no country.

A phrase of the kb word list INTERNATIONAL_BODY_ANAPHORS ("words:kind"), standing alone after "the" (no owner,
no name, no other modifier), is the international body the text named before it:
  kind "un"     ("the world body", "the world organisation"): the United Nations, in a text that named the UN or
                one of its agencies (a code of the UN's family, IGOUNO...) before -- Reuters' name for the UN, which
                a reader takes as the UN itself even after "UNICEF said"; in a text that named none (a sports
                federation's "world body"), no one;
  kind "any"    ("the continental body", "the regional bloc", "the global health body"): the international body
                (country slot IGO) named last in the BODY_SENTENCES sentences before it -- a company or party named
                in between is no "regional bloc" ("The EU fined Google ... The regional bloc said": the EU); with
                none named there, no one (and "the bloc" is left to the org nouns of vocab.csv, as before).
A careful reader could name no one else, and the phrase is never given a body the text did not name.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsgraph.datafile import word_list

if TYPE_CHECKING:
    from newsgraph.actors.document import DocView
    from newsgraph.actors.entities import Ent, EntityTable

# "world body:un" -> "world body": "un"
ANAPHORS = dict(w.rsplit(":", 1) for w in word_list("kb", "INTERNATIONAL_BODY_ANAPHORS"))
HEADS = frozenset(words.split()[-1] for words in ANAPHORS)
BODY_SENTENCES = 3          # how far back "the continental body" looks for the body it re-names
UN_ID = "igo-un"            # igos.csv: the United Nations


def anaphor_kind(t: Token) -> tuple[int, str] | None:
    """(start token, kind) when `t` heads "the <words>" of INTERNATIONAL_BODY_ANAPHORS with nothing else in the
    phrase before it (no owner, no name, no number), else None."""
    if t.lower_ not in HEADS or t.pos_ != "NOUN" or t.dep_ == "compound":
        return None
    left = [c for c in t.children if c.i < t.i]
    det = [c for c in left if c.dep_ == "det"]
    if len(det) != 1 or det[0].lower_ != "the":
        return None
    words = list(t.doc[det[0].i + 1:t.i + 1])
    if any(w.i != t.i and w.head not in words for w in words):
        return None         # (a word of another phrase between "the" and the head)
    kind = ANAPHORS.get(" ".join(w.lower_ for w in words).replace(" - ", "-"))
    return (det[0].i, kind) if kind is not None else None


def _antecedent(view: DocView, table: EntityTable, t: Token, kind: str) -> Ent | None:
    """The body the phrase headed by `t` re-names (module docstring), else None."""
    kb = view.kb
    if kind == "un":
        named = any(m.start < t.i and m.kind == "name" and len(m.ents) == 1 and m.ents[0].kind == "ORG"
                    and m.ents[0].country == "IGO" and (m.ents[0].sector or "").startswith("UNO")
                    for m in table.ments)
        if not named or UN_ID not in kb.orgs:
            return None
        un = kb.orgs[UN_ID]
        code = un.code_on(view.day)
        return table.ent(f"O:{un.id}", name=un.name, kind="ORG", country=code[:3], sector=code[3:] or None)
    since = view.sent_start[max(0, view.sent_of[t.i] - BODY_SENTENCES)]
    for m in table.latest_before(t.i, since):
        if m.start >= t.i or m.kind != "name" or len(m.ents) != 1 or m.ents[0].kind != "ORG":
            continue
        if m.ents[0].country == "IGO" and m.ents[0].sector:
            return m.ents[0]
    return None


def bind_igo_anaphor(view: DocView, table: EntityTable, t: Token) -> bool:
    """Add the mention of the international body "the world body" (headed by `t`) re-names; whether it did."""
    found = anaphor_kind(t)
    if found is None or any(table.taken[i] for i in range(found[0], t.i + 1)):
        return False
    e = _antecedent(view, table, t, found[1])
    if e is None:
        return False
    table.add(found[0], t.i + 1, t.i, "nominal", "ORG", [e])
    return True
