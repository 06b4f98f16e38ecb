"""Actors: find mentions of people, governments, organisations and groups, and resolve each to one
canonical Actor with a CAMEO-style code (country + sector) and how its country was found.

Public API used by later stages (events, quotes):
    actor_for_token(analysis, token) -> Actor | None        # singular mentions
    actor_for_span(analysis, start_char, end_char) -> Actor | None
    actors_for_token(analysis, token) -> list[Actor]       # plural mentions give every member
    actors_for_span(analysis, start_char, end_char) -> list[Actor]
    implied_actor(analysis, sector, sentence) -> Actor | None   # "were arrested": the police of the place
    body_of(analysis, sector, iso, source, confidence) -> Actor | None   # that body of a country the caller found

What the stage leaves behind
    analysis.actors     one Actor per canonical actor. A named actor's id = Actor.make_id(name, country), so
                        the same person/organisation in two articles is one row (the store merges aliases);
                        an actor the article only describes ("a passenger", "people familiar with the
                        talks") is named by its description and is the article's own. Country actors
                        ("Russia") have sector None -> code "RUS"; capitals and seats used as actors
                        ("Washington said", "the Kremlin") resolve to the government actor (USAGOV, RUSGOV);
                        IGOs carry "IGO" in the country slot (IGOUNO). `country_source` / `country_confidence`
                        say how the country was found (entities.COUNTRY_CONFIDENCE).
    analysis.mentions   one Mention per resolved reference, kind = name | nominal | pronoun | metonym
                        ("metonym" marks a capital/seat used as an actor: it is *not* a place).
                        A plural mention ("the two leaders", "they" after "Obama and Putin") is stored
                        as one Mention per member, all with the same span.
    analysis.context.story_countries  (products.StoryCountries) the story's country and each sentence's
    analysis.context.actor_index  (products.ActorIndex) token -> actor id for singular mentions, token ->
                        actor ids for plural ones, the plural mentions' ids, actor genders.

How it works (resolve.py runs the steps; each reads the DocView and what the earlier ones built):
    document.py   what is read once per doc: tokens, sentences, quote/dateline/furniture masks, the
                  knowledge-base names in the text (matcher.py), the geo stage's places
    entities.py   the entity table the steps fill; every country is set with its source
    names.py      1. names: NameFinder runs four mixins in order --
                  person_names.py people (titles, appositives, "of Russia"),
                  surnames.py surnames, handles and speakers the recogniser missed,
                  org_names.py KB names, regions, outlets, organisations (named as the article spells them
                  out: org_full_names.py, also used by quotes; a capital as its state: actor_positions.py),
                  employers.py countries and sectors from employers, principals and US party labels;
                  administrations.py: "the Obama administration" is the leader's government, not the leader
    nominals.py   2. role and group nouns ("the Russian leader", "police in Nairobi", "a passenger")
    pronouns.py   3. he/she/they/it, in text order with the nominals
    context.py    4. countries from the dateline, the headline, the story's focus and the sentence's places
    people.py     honorifics, photo credits, name words for surname matching (also used by quotes)
    kb.py         the knowledge base in data/kb/ (phoenix.py: the converted PETRARCH2/Phoenix dictionaries;
                  import_phoenix.py: the converter behind `newsgraph kb import-phoenix PATH`)
    places.py     city/region -> country through the gazetteer
    implied.py    agents the text implies ("were arrested": that country's police), for the events stage
    stage.py      records; lookup.py: the API above
"""
from __future__ import annotations

from newsgraph.actors.implied import body_of, implied_actor
from newsgraph.actors.lookup import actor_for_span, actor_for_token, actors_for_span, actors_for_token

__all__ = ["actor_for_span", "actor_for_token", "actors_for_span", "actors_for_token", "body_of", "implied_actor"]
