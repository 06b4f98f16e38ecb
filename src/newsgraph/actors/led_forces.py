"""Forces led by a state (round44, session 42 act46): "The U.S.-led coalition said it killed a commander",
"Saudi-led coalition jets bombed a market", "a French-led mission". The country before "-led" is not the
coalition's nationality in the recogniser's eyes (document.BACKING keeps "Turkey-backed rebels" from being
Turkey's, rightly: a backer is a sponsor), and "coalition" alone is no actor (a governing coalition has no sector),
so such acts had no doer. A state that leads a coalition, force or mission (kb word list LED_FORCE_NOUNS) is the
side that acts in it, as the PETRARCH2 coders put the coalition's strikes to the leading state's military: the
phrase is that state's military (MIL), and so is a force "led by" a state (round45). Only "led" does this; "-backed", "-armed", "-funded" name a sponsor, and a
leader that is no state ("Tuareg-led", "Hamas-led") gives nothing. A later bare "the coalition" (no other modifier)
and "a coalition spokesman" are the same side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsgraph.datafile import word_list

if TYPE_CHECKING:
    from newsgraph.actors.document import DocView
    from newsgraph.actors.entities import EntityTable, Ent

LED_FORCE_NOUNS = word_list("kb", "LED_FORCE_NOUNS")
_DASHES = ("-", "\u2013")
_LED_SECTOR = "MIL"


def _leader_country(view: DocView, t: Token) -> str | None:
    """The state "-led" names: one token ("U.S.-led") or a country name or adjective before a dash and "led"."""
    kb = view.kb
    for d in _DASHES:
        if t.lower_.endswith(d + "led") and len(t.text) > 4:
            return kb.lookup_country(t.text[: -4])
    if t.lower_ == "led" and t.i >= 2 and view.texts[t.i - 1] in _DASHES:
        m = next((m for m in view.kbm if m.end == t.i - 1 and m.kind in ("C", "D")), None)
        return m.key if m is not None else None
    return None


def _phrase_head(noun: Token) -> Token:
    """The head of the phrase a force noun opens: "coalition jets" -> "jets", "coalition spokesman" -> the
    spokesman (both act for the coalition), else the noun itself."""
    return noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else noun


def _phrase_start(head: Token) -> int:
    return min([head.i] + [c.i for c in head.children if c.i < head.i and c.dep_ in ("det", "amod", "compound",
                                                                                    "npadvmod", "punct", "nmod")])


def bind_led_forces(view: DocView, table: EntityTable) -> None:
    """Bind "<state>-led <force noun>" phrases, and the bare re-mentions of the same noun after them, to the
    leading state's military."""
    led: dict[str, Ent] = {}            # force noun as written ("coalition", not "coalitions") -> its side
    for t in view.toks:
        low = t.lower_
        if table.taken[t.i]:
            continue
        if t.lemma_.lower() in LED_FORCE_NOUNS and t.pos_ == "NOUN":
            ent = _led_ent(view, table, t)
            if ent is not None:
                led[low] = ent
            elif low in led and _bare(t):
                ent = led[low]
            else:
                continue
            head = _phrase_head(t)
            start = _phrase_start(head)
            had = [m for m in table.ments if m.head == head.i]
            if not had and not any(table.taken[start:head.i + 1]):
                table.add(start, head.i + 1, head.i, "nominal", "NORP", [ent])
            # "A coalition spokesman, Turki al-Maliki": the person the names step made is the coalition's
            for e in (e for m in had for e in m.ents if e.kind == "PERSON" and e.country is None):
                e.set_country(ent.country, "title")
                e.sector = ent.sector


def _led_ent(view: DocView, table: EntityTable, noun: Token):
    """The military of the state leading this force noun ("U.S.-led coalition"; "Saudi-led coalition jets", where
    the parser hangs "led" on the phrase's head), or None."""
    near = list(noun.children)
    if noun.dep_ == "compound":
        near += list(noun.head.children)
    for c in near:
        if c.dep_ in ("amod", "compound", "npadvmod") and c.i < noun.i:
            iso = _leader_country(view, c)
            if iso:
                return table.group_ent(iso, _LED_SECTOR, plural=True, source="title")
    iso = _led_by(view, noun)
    return table.group_ent(iso, _LED_SECTOR, plural=True, source="title") if iso else None


def _led_by(view: DocView, noun: Token) -> str | None:
    """"A multinational naval force led by Britain", "a coalition led by Saudi Arabia": the state a participle "led"
    after the force noun names by its by-phrase, when the by-phrase is a country's name and nothing else ("led by
    Senegalese officers" names people; round45, session 43 act47)."""
    if any(c.dep_ in ("compound", "amod") and view.kb.modifiers.get(c.lower_, "MIL") != "MIL" for c in noun.children):
        return None             # "a business mission led by Canada", "a medical mission": no force
    for c in noun.children:
        if c.dep_ != "acl" or c.lower_ != "led":
            continue
        for agent in (a for a in c.children if a.dep_ == "agent"):
            words = list(agent.subtree)
            if any(w.dep_ == "conj" for w in words):
                return None     # "led by France and Germany": no one state
            for p in (p for p in agent.children if p.dep_ == "pobj"):
                m = next((m for m in view.kbm if m.kind == "C" and m.start <= p.i < m.end), None)
                if m is not None:
                    return m.key
    return None


def _bare(noun: Token) -> bool:
    """A re-mention of the force noun with nothing that makes it another body: "the coalition", "coalition
    jets", "a coalition spokesman" (not "the ruling coalition", "Iraq's coalition")."""
    if any(c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < noun.i for c in noun.children):
        return False
    if noun.dep_ == "compound":
        return True
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
