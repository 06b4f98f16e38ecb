"""The "geo" stage: the article's places -> `analysis.places` (Place records, resolved offline).

Roles: "dateline" (the place the story was filed from: `Article.dateline_place`, which ingest split off
the text, so its Place has an empty span at offset 0 and sentence -1), "metonym" (a capital or country standing
for its government: "Washington fears", "Moscow said" -- an actor, not where something happened),
"place" otherwise. Events take the place of their sentence (skipping metonyms), else the
dateline or the article's main place: `main_place(analysis)`.
Landmarks the gazetteer lacks ("Kim Il-sung Square") are kept with the coordinates of the place
the text puts them in, feature "landmark".
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from newsgraph.geo.gazetteer import load_gazetteer
from newsgraph.geo.toponyms import find_toponyms
from newsgraph.ingest.dateline import article_dateline
from newsgraph.nlp import sentence_index
from newsgraph.records import Analysis, Place, stable_id
from newsgraph.registry import stages


@stages.register("geo", provides=("places", "main_place"))
def geo_stage(doc: Doc, analysis: Analysis) -> None:
    gaz = load_gazetteer()
    art_id = analysis.article.id
    # The dateline was split off the text by ingest (Article.dateline_place): it is the story's place,
    # kept as a Place of role "dateline" with an empty span at 0 and no sentence. An Article built by
    # hand (not through ingest) may still open with its dateline: then it is read from the text.
    dateline = article_dateline(analysis.article)
    for t in find_toponyms(doc, gaz, analysis.article.text, dateline=dateline if dateline[0] else None):
        e = t.entry
        if e is None or t.kind in ("demonym", "inner"):
            continue      # adjectives ("Russian") and names inside names ("Bank of Canada")
        role = "dateline" if t.kind == "dateline" else ("metonym" if t.metonym else "place")
        feature = "landmark" if t.kind == "fallback" else e.feature
        analysis.places.append(Place(
            id=stable_id(art_id, "place", t.start, t.end), article_id=art_id, name=t.text,
            start=t.start, end=t.end, sentence=-1 if t.kind == "dateline" else sentence_index(doc, t.start),
            resolved_name=e.name, geonameid=e.geonameid, country=e.country3,
            admin1=e.admin1, lat=e.lat, lon=e.lon, feature=feature, role=role))
    analysis.context.main_place = main_place(analysis)


def main_place(analysis: Analysis) -> Place | None:
    """The article's main location: its dateline, else its most-mentioned city-level place
    (metonyms excluded), else its most-mentioned country."""
    places = analysis.places
    for p in places:
        if p.role == "dateline":
            return p
    for feats in (("city", "capital", "landmark"), ("admin2", "admin1", "country", "region")):
        counts = Counter(p.resolved_name for p in places
                         if p.role == "place" and p.feature in feats)
        if counts:
            best = counts.most_common(1)[0][0]
            if best == "landmark":
                continue
            return next(p for p in places if p.role == "place" and p.resolved_name == best)
    return None


def place_for_sentence(analysis: Analysis, sentence: int) -> Place | None:
    """Where an event in `sentence` happened: a non-metonymic place of that sentence (the most
    specific one), else the article's main place."""
    rank = {"landmark": 0, "city": 1, "capital": 1, "admin2": 1.5, "admin1": 2, "region": 3,
            "country": 4}
    here = [p for p in analysis.places if p.sentence == sentence and p.role != "metonym"]
    if here:
        return min(here, key=lambda p: (rank.get(p.feature or "", 5), p.start))
    return analysis.context.main_place
