"""An organisation's country from an "of <country>" phrase that ends its name (session 44 act48, round46).

"The Law Society of Kenya criticised the arrest", "Michel Dufour, honorary president of the Human Rights League of
France, said": the entity recogniser often stops a body's name before its "of" phrase ("The Law Society" + "of
Kenya"), so the name reader saw no country in it, and the body -- and the person who heads it -- took the dateline's
(Britain's for a London desk, Spain's for a Madrid one). A country's own name as the object of an "of" that hangs on
the name's last word is part of the name and says whose the body is, as "the Medical Association of Tanzania" (the
recogniser's whole name) already did. Only a country's name: "the League of Arab States" or "the Union of Concerned
Scientists" name none, and a demonym ("of Kenyan origin") describes, it does not name.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.actors.kb import NON_STATE_COUNTRY
from newsgraph.nlp.cache import children, subtree

if TYPE_CHECKING:
    from newsgraph.actors.document import DocView


def country_after_name(view: "DocView", kb, end: int) -> str | None:
    """The ISO code of the country named by "of <Country>" right after an organisation's name that ends at token
    `end` (exclusive), when the "of" hangs on the name's last word and its object is that country's name alone
    ("of Kenya", "of South Africa", "of the Philippines"); None otherwise."""
    toks = view.toks
    if end + 1 >= len(toks) or toks[end].lower_ != "of" or toks[end].head.i != end - 1:
        return None
    objs = [g for g in children(toks[end]) if g.dep_ == "pobj"]
    if len(objs) != 1 or objs[0].pos_ != "PROPN":
        return None
    words = [t for t in subtree(objs[0])]
    if any(t.dep_ in ("prep", "conj", "cc", "appos", "relcl", "acl") for t in words):
        return None          # ("of France and Spain", "of Kenya in Nairobi": not one country's name alone)
    text = " ".join(t.text for t in words)
    iso = kb.country_named(text)
    return iso if iso and iso not in NON_STATE_COUNTRY else None
