"""Document context for actors: which country an article is about, and the country of national bodies
("Congress", "the army", "the Supreme Court") that the text does not qualify.

A bare national body belongs to the article's country, but many articles are about two countries,
so the rule is conservative. Evidence per country:
  * the dateline ("GAZA CITY, Palestinian Territories:", "BEIRUT —")        DATELINE_WEIGHT each;
  * a person, official or institution of the country (an actor with a sector) ACTOR_WEIGHT each mention;
  * a mention of the country itself or its people                           1 each.
The document country is the top country when it has at least MIN_EVIDENCE and at least MARGIN times
the evidence of the runner-up; otherwise there is none and the body stays without a country.
"""
from __future__ import annotations

from newsgraph.actors.document import DocView
from newsgraph.actors.entities import EntityTable
from newsgraph.actors.kb import NON_STATE_COUNTRY
from newsgraph.actors.places import place_country

DATELINE_WEIGHT = 3
ACTOR_WEIGHT = 2
MIN_EVIDENCE = 4
MARGIN = 2.0


def document_country(r: DocView, table: EntityTable) -> str | None:
    """The country the document is about, or None when unclear."""
    score: dict[str, float] = {}
    dl = [i for i, on in enumerate(r.dateline) if on]
    dl_countries = {r.country_of[i] for i in dl if i in r.country_of}
    if dl and not dl_countries:
        words = []
        for i in dl:
            t = r.toks[i]
            if t.is_punct:
                break
            words.append(t.text)
        iso = place_country(" ".join(words).title(), r.context_countries) if words else None
        if iso:
            dl_countries.add(iso)
    for c in dl_countries:
        score[c] = score.get(c, 0) + DATELINE_WEIGHT
    for m in table.ments:
        if len(m.ents) != 1 or m.kind == "pronoun":
            continue
        e = m.ents[0]
        c = e.country
        if not c or c in NON_STATE_COUNTRY:
            continue
        w = ACTOR_WEIGHT if (e.sector or e.kind == "PERSON") and e.kind != "COUNTRY" else 1
        score[c] = score.get(c, 0) + w
    if not score:
        return None
    ranked = sorted(score.items(), key=lambda kv: -kv[1])
    top, best = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if best >= MIN_EVIDENCE and best >= MARGIN * second and best > second:
        return top
    return None


def _body_names(r: DocView, m) -> set[str]:
    """The names under which a mention could be a national body: the organisation's name, the head
    noun's lemma, and the last two words ("air force", "supreme court")."""
    e = m.ents[0]
    toks = [t for t in r.doc[m.start:m.end] if not t.is_punct and t.lower_ not in ("'s", "\u2019s")]
    lemmas = [t.lemma_.lower() for t in toks]
    out = {e.name.lower(), r.doc[m.head].lemma_.lower(), " ".join(lemmas[-2:]),
           " ".join(t.lower_ for t in toks[-2:])}
    return out


def assign_national_bodies(r: DocView, table: EntityTable) -> None:
    """Give unqualified national bodies the document's country (computed only when one needs it)."""
    bodies = r.kb.national_bodies
    if not bodies:
        return
    todo = [m for m in table.ments if len(m.ents) == 1 and m.ents[0].kind in ("ORG", "GROUP")
            and m.kind != "pronoun" and m.ents[0].country is None and _body_names(r, m) & bodies]
    if not todo:
        return
    iso = document_country(r, table)
    if iso is None:
        return
    for m in todo:
        m.ents[0].set_country(iso, "story")
