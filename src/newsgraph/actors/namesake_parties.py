"""A party name that parties of many states bear, in a story filed from another state: "TIRANA - The opposition
Democratic Party accused the prime minister of rigging contracts", "SEOUL - The Democratic Party accused the
president", "PARIS - The Republicans criticised the budget". The KB knows the US parties by these names (USAPTY),
so the Albanian, Korean, Italian or French party took the United States -- a wrong country, the worst error a side
can have. When the story is filed from another state and the text places nothing in the KB party's country (no
country name, demonym, capital or international body of it, no place in it, no KB person or office holder of it),
the KB's reading is dropped and the name is read like any other party's ("the Socialist Party" of a Lisbon story):
the country the dateline and the story give. So is a longer name that goes on with "of" or "for" and a capitalised
word ("the Democratic Party of Korea", "the Democratic Party for the People"), in any story. "WASHINGTON -
Democrats ...", "LONDON - Democrats accused President Trump ...", "KYIV - Republicans in Congress blocked aid" (a house of the KB party's country, KB_PARTY_HOUSES),
stories with no dateline, and stories that neither call the party the opposition or the ruling one nor place
anything in the filed state keep the KB's party (round48, issue 12, act50).
"""
from __future__ import annotations

from newsgraph.datafile import word_list
from newsgraph.actors.document import DocView
from newsgraph.actors.story_country import dateline_country

SHARED_PARTY_NAMES = word_list("kb", "SHARED_PARTY_NAMES")   # democratic party, democrats, republicans ...
PARTY_STANDING_WORDS = word_list("kb", "PARTY_STANDING_WORDS")   # opposition, ruling, governing
KB_PARTY_HOUSES = word_list("kb", "KB_PARTY_HOUSES")             # Congress, Senate, House, Capitol


def _bare_name(view: DocView, m) -> str:
    words = [t.lower_ for t in view.toks[m.start:m.end]]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _named_elsewhere(view: DocView, iso: str, skip: set[int]) -> bool:
    """Does the text place anything in `iso` outside the tokens in `skip`?"""
    kb = view.kb
    if any(c == iso for i, c in view.country_of.items() if i not in skip):
        return True
    if any(p.country == iso for p in view.places if p.country and p.start not in skip):
        return True
    for m in view.kbm:
        if m.start in skip:
            continue
        if m.kind == "L" and any(o.country == iso for o in kb.offices_for(m.key)):
            return True
        if m.kind == "P" and (kb.named[m.key].code_on(view.day)[0] or "")[:3] == iso:
            return True
        if m.kind == "O" and kb.orgs[m.key].code[:3] == iso and _bare_name(view, m) not in SHARED_PARTY_NAMES:
            return True
    return False


def foreign_namesake(view: DocView, m, code: str) -> bool:
    """Is the KB party matched at `m` (country `code[:3]`) a namesake of another state's party: a name of
    SHARED_PARTY_NAMES, in a story filed from another state that places nothing in the KB party's country?"""
    if _bare_name(view, m) not in SHARED_PARTY_NAMES:
        return False
    nxt = view.toks[m.end:m.end + 3]
    if len(nxt) >= 2 and nxt[0].lower_ in ("of", "for") and next((t for t in nxt[1:] if t.lower_ != "the"),
                                                                 nxt[1]).text[:1].isupper():
        return True       # "the Democratic Party of Korea", "the Democratic Party for the People": a longer name
    iso = code[:3]
    filed = dateline_country(view)
    if not filed or filed == iso or view.kb.sovereign.get(filed) == iso:
        return False
    if any(t.text in KB_PARTY_HOUSES for t in view.toks):
        return False      # "KYIV - Republicans in Congress blocked aid to Ukraine": the US party, by its house
    namesakes = {i for k in view.kbm if k.kind == "O" and _bare_name(view, k) in SHARED_PARTY_NAMES
                 for i in range(k.start, k.end)}
    if _named_elsewhere(view, iso, namesakes):
        return False
    # the text says the party is of the filed state: it calls it the opposition or the ruling party, or places
    # something else in that state ("accused Prime Minister Edi Rama"); else the KB's party is kept
    standing = any(t.lower_ in PARTY_STANDING_WORDS for t in view.toks[max(0, m.start - 3):m.start])
    return standing or _named_elsewhere(view, filed, namesakes)
