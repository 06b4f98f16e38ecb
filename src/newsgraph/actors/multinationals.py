"""A firm the text calls multinational: "NAIROBI - Veltrano Energy, a multinational oil company, said it had suspended
drilling". Such a firm does business in many states and is no more the dateline's than the others'; its home the
text does not say and a careful reader could not tell, so it takes no country from the story or the dateline (the
Kenya of the dateline was a guess, and a wrong country on a side is worse than none). A country the text gives it
("Kenyan multinational Safaricom", "a multinational based in Oslo") is read before this and kept (round47, issue 12).
"""
from __future__ import annotations

from newsgraph.datafile import word_list
from newsgraph.actors.document import DocView
from newsgraph.actors.entities import Ment

MULTINATIONAL_WORDS = word_list("kb", "MULTINATIONAL_WORDS")    # multinational, transnational, global


def _called_multinational(t) -> bool:
    return any(c.dep_ in ("amod", "compound") and c.lower_ in MULTINATIONAL_WORDS for c in t.children) \
        or t.lower_ in MULTINATIONAL_WORDS and t.pos_ == "NOUN"     # "a multinational" as the noun itself


def multinational(view: DocView, named: list[Ment]) -> bool:
    """Does the text call the firm multinational, in one of its mentions or the apposition to one ("Veltrano Energy,
    a multinational oil company")?"""
    for m in named:
        h = view.doc[m.head]
        near = [h, *(c for c in h.children if c.dep_ == "appos")]
        if h.dep_ == "appos":
            near.append(h.head)
        if any(_called_multinational(t) for t in near):
            return True
    return False
