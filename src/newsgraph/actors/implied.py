"""Agents the text implies but does not name: "three men were arrested" was done by the police, "the
minister was charged" by prosecutors, "forty migrants were deported" by the state that deported them.

Some acts only one kind of state body can do (data/patterns/agentless.csv, column `agent`): CAMEO coders
take the police, prosecutors or government of the country where it happened as the source. That country
is the one of the places the sentence names ("arrested in Nairobi"), else the story's own country when the
text makes it clear (the dateline, or a story about one country: actors/context.py); with neither, no
agent is implied -- a careful reader could not tell whose police it was.

The actor is the same one a text naming that body with its country gets ("Kenyan police" is "Kenya police",
KENCOP: same name, same id), with `country_source` saying how its country was found.
"""
from __future__ import annotations

from newsgraph.actors.entities import COUNTRY_CONFIDENCE, SAID_COUNTRY_SOURCES as _SAID_SOURCES
from newsgraph.actors.kb import load_kb
from newsgraph.records import Actor, Analysis


def implied_actor(analysis: Analysis, sector: str, sentence: int) -> Actor | None:
    """The `sector` body (COP, JUD, GOV ...) of the country where sentence `sentence` happens, or None
    when the text does not say which country that is. The actor is added to `analysis.actors` if new."""
    story = analysis.context.story_countries
    if story is None:
        return None
    iso, source, confidence = story.by_sentence.get(sentence), "sentence", COUNTRY_CONFIDENCE["sentence"]
    if iso is None:
        # "Ugandan police said they had detained a dozen men. The men were rounded up because ...": the
        # body of that kind the text just named, with its country, did it (session 47 lead)
        iso = named_body_country(analysis, sector, sentence)
        if iso is not None:
            source, confidence = "coreference", COUNTRY_CONFIDENCE["coreference"]
    if iso is None and sentence - 1 in story.by_sentence and sentence not in story.named:
        # "A Briton was jailed in Dubai ... He was arrested at a hotel in the city": a sentence that names no place
        # goes on where the one before it was (round35)
        iso = story.by_sentence[sentence - 1]
    if iso is None:
        iso, source, confidence = story.iso, story.source, story.confidence
    return body_of(analysis, sector, iso, source, confidence)


def named_body_country(analysis: Analysis, sector: str, sentence: int) -> str | None:
    """The one country of the actors of `sector` (police, courts ...) the text names, with a country it says, in
    `sentence` or the one before it; None when it names none there, or several countries' (session 47 lead)."""
    by_id = {a.id: a for a in analysis.actors}
    found = {a.country for m in analysis.mentions if m.sentence in (sentence - 1, sentence) and m.actor_id
             for a in [by_id.get(m.actor_id)] if a is not None and a.sector == sector and a.country
             and a.country_source in _SAID_SOURCES}
    return found.pop() if len(found) == 1 else None


def body_of(analysis: Analysis, sector: str, iso: str | None, source: str, confidence: float) -> Actor | None:
    """The `sector` body of country `iso` ("Georgia police", GEOCOP) as an actor, the same one a text naming it
    gets, with `country_source` saying how the caller found the country; None for no known country."""
    kb = load_kb()
    cname = kb.country_name(iso) if iso else None
    if not cname:
        return None
    name = f"{cname} {kb.sector_labels.get(sector, 'people')}"
    return _known_or_added(analysis, Actor(id=Actor.make_id(name, iso), name=name, kind="GROUP", country=iso,
                                           sector=sector, country_source=source, country_confidence=confidence,
                                           aliases=[]))


def place_actor(analysis: Analysis, iso: str | None) -> Actor | None:
    """The country a place target stands for ("protested in Beijing", "shelled a town in northern Iraq": the
    coder's place targets) as an actor, so that the event's target is an actor with that country rather than
    a bare code (session 24, ctry24). The same actor a text naming the country gets (same name and id)."""
    kb = load_kb()
    cname = kb.country_name(iso) if iso else None
    if not cname:
        return None
    return _known_or_added(analysis, Actor(id=Actor.make_id(cname, iso), name=cname, kind="COUNTRY", country=iso,
                                           sector=None, country_source="place",
                                           country_confidence=COUNTRY_CONFIDENCE["place"], aliases=[]))


def _known_or_added(analysis: Analysis, actor: Actor) -> Actor:
    """The analysis's actor of the same id when there is one (the text named it: same name and country), else
    `actor`, added: an implied actor is never a second record of one the text named."""
    found = analysis.actor(actor.id)
    if found is not None:
        return found
    analysis.actors.append(actor)
    return actor
