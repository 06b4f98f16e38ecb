"""Document-level entities and mentions built by the resolver (internal to the actors package)."""
from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.actors.kb import Office


@dataclass(eq=False)
class Ent:
    """A document-level actor under construction."""

    key: str
    name: str
    kind: str                          # PERSON | COUNTRY | ORG | GROUP
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    gender: str | None = None
    plural: bool = False
    head_role: bool = False            # holds (or held) a head-of-state/government office
    office: Office | None = None
    name_parts: set[str] = field(default_factory=set)
    aliases: list[str] = field(default_factory=list)

    def alias(self, text: str) -> None:
        text = " ".join(text.split())
        if text and text not in self.aliases:
            self.aliases.append(text)


@dataclass(eq=False)
class Ment:
    start: int                         # token span [start, end)
    end: int
    head: int                          # token index of the head
    kind: str                          # name | nominal | pronoun | metonym
    label: str                         # PERSON, GPE, NORP, ORG, NOMINAL, PRON, GROUP
    ents: list[Ent]
    sent: int = 0
    subject: bool = False
    in_quote: bool = False


def name_parts(name: str) -> set[str]:
    """Lower-case name words and hyphen parts, for surname matching ("Kim Jong-un" -> kim, jong-un, jong, un)."""
    parts = set()
    for w in name.lower().replace("\u2019", "'").split():
        w = w.strip(".,'")
        if len(w) > 1:
            parts.add(w)
            parts.update(p for p in w.split("-") if len(p) > 1)
    return parts
