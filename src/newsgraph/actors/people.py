"""People's names: honorifics stripped from a name, photo credits and bylines, and the name words that
surname matching compares (the gender of given names and honorifics is read from the KB where it is used:
actors/phrases.py, actors/person_names.py).

Kept once, here: the actors stage resolves people with it, and the quotes stage names its speakers with
it (through the actors it resolved), so the two can never disagree about who "Ms. Lee" or "Lee" is.
The facts come from data/kb/honorifics.csv and data/kb/given_names.csv.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.actors.kb import load_kb

POSSESSIVE = ("'s", "\u2019s", "\u2018s")      # "\u2018s": a left quote typed for the apostrophe
_CAPS_RUN = re.compile(r"(?:[ \t]+[A-Z][A-Z.'\-]*)+")       # " HIPOLITO" after "CHAD"
# where a person's name ends and a description of them begins ("Jingyi Pan of IG", "Lee, who ...")
_DESCRIPTION_STARTS = (",", " of ", " at ", " from ", " / ", "/", "(", " who ")




def strip_name(words: list[str]) -> list[str]:
    """The words of a name without leading honorifics and a trailing possessive ("Mr. Kim's" -> Kim)."""
    honorifics = load_kb().honorifics
    while words and words[0].lower() in honorifics:
        words = words[1:]
    if words and words[-1].lower() in POSSESSIVE:
        words = words[:-1]
    return [w[:-2] if w.endswith(POSSESSIVE) else w for w in words]


def clean_name(name: str) -> str:
    """A person's name without its trailing description: 'Jingyi Pan of IG' -> 'Jingyi Pan'."""
    for sep in _DESCRIPTION_STARTS:
        i = name.find(sep)
        if i > 0:
            name = name[:i]
    return name.strip()


def surname(name: str | None) -> str:
    """The lower-case last word of a person's name, honorifics and description removed."""
    words = strip_name(clean_name(name or "").split())
    return words[-1].lower() if words else ""



def is_credit(text: str, start: int, end: int) -> bool:
    """A photo credit or byline ("Lauren Pelley / CBC News", "AP Photo/Evan Vucci", "CHAD HIPOLITO/The
    Canadian Press"): a slash inside the name or within three characters of it, or of the run of
    capitalised words it starts. Such names are never actors or speakers."""
    if "/" in text[max(0, start - 3):start] or "/" in text[end:end + 3] or "/" in text[start:end]:
        return True
    if text[start:end].isupper():
        m = _CAPS_RUN.match(text, end)
        return bool(m) and "/" in text[m.end():m.end() + 3]
    return False


def in_parens(text: str, start: int) -> bool:
    """Is the offset inside an open parenthesis on its line ("(Instagram/Darian Lonechild)")?"""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    return before.rfind("(") > before.rfind(")")


def name_parts(name: str) -> set[str]:
    """Lower-case name words and hyphen parts, for surname matching ("Kim Jong-un" -> kim, jong-un, jong, un)."""
    parts = set()
    for w in name.lower().replace("\u2019", "'").split():
        w = w.strip(".,'")
        if len(w) > 1:
            parts.add(w)
            parts.update(p for p in w.split("-") if len(p) > 1)
    return parts


def whole_words(name: str) -> set[str]:
    """Lower-case words of a name, hyphenated words kept whole."""
    return {w.strip(".,'") for w in name.lower().replace("\u2019", "'").split()}


def name_like(t: Token, toks) -> bool:
    """Does a word stand as a name does? A proper noun; or, as the tagger may call a name after a quote a noun
    ('," Sinclair states'), a capitalised noun inside a sentence; or a noun or adjective before a conjunction, a
    comma or a verb ("Trump and Chinese leader Xi", a headline's "Lula signs ...")."""
    return t.pos_ == "PROPN" or t.pos_ == "NOUN" and not t.is_sent_start and t.text[1:].islower() \
        or t.pos_ in ("ADJ", "NOUN") and t.text[1:].islower() and t.i + 1 < len(toks) \
        and toks[t.i + 1].pos_ in ("CCONJ", "PUNCT", "VERB", "AUX")
