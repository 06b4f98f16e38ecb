"""The actors stage: resolve every actor mention of an article to a canonical Actor.

Resolution itself lives in `resolve.py` (names, titles, appositives, nominals, pronouns) on top of
the knowledge base (`kb.py`, data/kb/*.csv). This module turns the document-level entities into
records: one `Actor` per entity (id = Actor.make_id(name, country), shared across articles), one
`Mention` per resolved reference, and the token maps later stages use (see actors/__init__.py).
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.actors.document import DocView
from newsgraph.actors.entities import Ent
from newsgraph.actors.kb import load_kb
from newsgraph.actors.resolve import resolve_document
from newsgraph.ingest.dateline import article_dateline
from newsgraph.nlp import sentence_index
from newsgraph.nlp.cache import doc_text, span_chars
from newsgraph.products import ActorIndex
from newsgraph.records import NO_COUNTRY_TYPES, Actor, Analysis, Mention, stable_id
from newsgraph.registry import stages


def _actor(e: Ent, article_id: str) -> Actor:
    # an actor the article only describes ("a passenger") is the article's own; a named one is shared
    aid = stable_id(article_id, "local", " ".join(e.name.lower().split()), e.country or "") if e.local \
        else Actor.make_id(e.name, e.country)
    country, sector, source, confidence = e.country, e.sector, e.country_source, e.country_confidence
    if country in NO_COUNTRY_TYPES:
        # CAMEO's first slot of a non-governmental body ("NGOHRIAMN" Amnesty International) is its type, not a
        # country: the record's country is ISO3 or IGO (the real-news gold's convention, and GDELT leaves the
        # country of an NGO code empty), so the type leads the sector ("NGO" + "HRIAMN"): the code stays the
        # KB's (GDELT's type and known-group columns, `--actor NGOHRIAMN`, events stored before session 12)
        country, sector, source, confidence = None, country + (sector or ""), None, None
    return Actor(id=aid, name=e.name, kind=e.kind, country=country,
                 sector=sector, role=e.role, country_source=source,
                 country_confidence=confidence, aliases=[])


@stages.register("actors", requires=("places", "main_place"), provides=("actors", "mentions", "actor_index", "story_countries"))
def actors_stage(doc: Doc, analysis: Analysis) -> None:
    art = analysis.article
    place, region = article_dateline(art)
    view = DocView(doc, load_kb(), art.published, places=analysis.places,
                   main_place=analysis.context.main_place, dateline_place=place, dateline_region=region,
                   title=art.title)
    ments, story = resolve_document(view)
    analysis.context.story_countries = story
    actors: dict[str, Actor] = {}
    ids: dict[int, str] = {}                  # id(Ent) -> actor id

    def actor_id(e: Ent) -> str:
        aid = ids.get(id(e))
        if aid is None:
            a = _actor(e, art.id)
            aid = ids[id(e)] = a.id
            if aid in actors:                 # two document entities with one canonical identity
                a = actors[aid]
            else:
                actors[aid] = a
            for al in e.aliases:
                if al not in a.aliases:
                    a.aliases.append(al)
        return aid

    by_token: dict[int, str] = {}
    groups: dict[int, list[str]] = {}
    metonyms: set[int] = set()
    group_mentions: set[str] = set()
    genders: dict[str, str] = {}
    seen: set[str] = set()                    # mention ids are primary keys in the store
    text = doc_text(doc)
    for m in ments:
        start, end = span_chars(doc, m.start, m.end)
        sent = sentence_index(doc, start)
        member_ids = [actor_id(e) for e in m.ents]
        for e, aid in zip(m.ents, member_ids):
            if e.gender:
                genders[aid] = e.gender
        if len(member_ids) == 1:
            mid = stable_id(art.id, start, end)
            if mid in seen:
                continue
            seen.add(mid)
            analysis.mentions.append(Mention(id=mid, article_id=art.id, start=start, end=end, text=text[start:end],
                                             label=m.label, sentence=sent, actor_id=member_ids[0], kind=m.kind))
            for i in range(m.start, m.end):
                # inner mentions (sorted after the outer one) keep their own tokens
                by_token[i] = member_ids[0]
                groups.pop(i, None)
                if m.kind == "metonym":
                    metonyms.add(i)
                else:
                    metonyms.discard(i)
        else:
            for aid in dict.fromkeys(member_ids):
                mid = stable_id(art.id, start, end, aid)
                if mid in seen:
                    continue
                seen.add(mid)
                group_mentions.add(mid)
                analysis.mentions.append(Mention(id=mid, article_id=art.id, start=start, end=end,
                                                 text=text[start:end], label=m.label, sentence=sent, actor_id=aid,
                                                 kind=m.kind))
            for i in range(m.start, m.end):
                groups[i] = member_ids
                by_token.pop(i, None)
    analysis.actors.extend(actors.values())
    analysis.context.actor_index = ActorIndex(by_token=by_token, groups=groups,
                                              group_mention_ids=group_mentions, gender=genders, metonyms=metonyms)
