"""An organisation's fullest name in an article: an acronym spelled out in it ("IRCC" -> "Immigration, Refugees and
Citizenship Canada") or a short form of a longer name the article uses ("Suncor" -> "Suncor Energy"). The actors
stage (org_names.OrganisationNames.acronyms_in_full) and the quote speakers (quotes/speakers.py) name organisations
by the same rule, read off the text and the names found in it alone, so it stands apart from either.
"""
from __future__ import annotations

from newsgraph.actors.kb import load_kb


def spelled_out(text: str, acronym: str, org_names: list[str]) -> str | None:
    """The name an acronym abbreviates in this text: "Long Name (ACR)", or an organisation's name whose
    capitalised words' initials spell it ("Immigration, Refugees and Citizenship Canada" for IRCC).
    None when the text gives no such name."""
    letters = acronym.replace(".", "")
    if not (letters.isupper() and letters.isalpha() and 2 <= len(letters) <= 6):
        return None
    pos = text.find(f"({acronym})")
    if pos > 0:
        words = text[max(0, pos - 200):pos].split()
        caps: list[int] = []
        for i in range(len(words) - 1, -1, -1):
            w = words[i].strip(",")
            if w[:1].isupper():
                caps.append(i)
                if "".join(words[j][0] for j in reversed(caps)) == letters:
                    return " ".join(words[i:]).strip(" ,")
            elif w.lower() not in ("and", "of", "the", "for", "&", "on", "in"):
                break
    for name in org_names:
        words = [w for w in name.replace(",", " ").split() if w[:1].isupper()]
        if len(words) == len(letters) and "".join(w[0] for w in words) == letters:
            return name.strip()
    return None


def _adds_name(extra: str) -> bool:
    """Does the rest of a longer organisation name add a name word, not only a legal form, "Group" or a
    country ("Corp.", "Inc.", "Canada")? Those are left off, as news text does."""
    kb = load_kb()
    for w in extra.replace("-", " ").split():
        low = w.lower().replace(".", "").strip(",")
        if low and low not in kb.legal_forms and low != "group" and kb.lookup_country(w.strip(".,")) is None:
            return True
    return False


def org_full_name(text: str, name: str, org_names: list[str]) -> str:
    """An organisation's fullest name in the article: an acronym spelled out in it ("IRCC" ->
    "Immigration, Refugees and Citizenship Canada"), a short form of a longer name the article uses
    ("Suncor" -> "Suncor Energy", the most frequent such form). Unchanged when there is none."""
    key = name.strip()
    letters = key.replace(".", "")
    if letters.isupper() and letters.isalpha() and 2 <= len(letters) <= 6:
        hit = spelled_out(text, key, org_names) or key
    else:
        longer = [n.strip() for n in org_names
                  if n.strip().startswith((key + " ", key + "-")) and len(n) > len(key)
                  and _adds_name(n.strip()[len(key):])]
        hit = max(longer, key=lambda t: (longer.count(t), -len(t))) if longer else key
    return hit[4:] if hit.lower().startswith("the ") else hit
