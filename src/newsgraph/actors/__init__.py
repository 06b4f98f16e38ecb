"""Actors: find mentions of people, governments, organisations and groups, and resolve
each to one canonical Actor with a CAMEO-style code (country + sector).

Public API used by later stages (events, quotes):
    actor_for_token(analysis, token) -> Actor | None        # singular mentions
    actor_for_span(analysis, start_char, end_char) -> Actor | None
    actors_for_token(analysis, token) -> list[Actor]       # plural mentions give every member
    actors_for_span(analysis, start_char, end_char) -> list[Actor]

What the stage leaves behind
    analysis.actors     one Actor per canonical actor; id = Actor.make_id(name, country), so the same
                        person/organisation in two articles is one row (the store merges aliases).
                        Country actors ("Russia") have sector None -> code "RUS"; capitals and seats
                        used as actors ("Washington said", "the Kremlin") resolve to the government
                        actor (USAGOV, RUSGOV); IGOs carry "IGO" in the country slot (IGOUNO).
    analysis.mentions   one Mention per resolved reference, kind = name | nominal | pronoun | metonym
                        ("metonym" marks a capital/seat used as an actor: it is *not* a place).
                        A plural mention ("the two leaders", "they" after "Obama and Putin") is stored
                        as one Mention per member, all with the same span.
    analysis.context["actor_by_token"]    token index -> actor id, every token of every singular mention
                                          (names with their titles, nominals, pronouns, metonyms);
                                          inner mentions keep their tokens ("North Korea" inside
                                          "North Korea's leader" -> PRK, "leader" -> Kim Jong-un).
    analysis.context["group_actors"]      token index -> [actor ids] for the tokens of plural mentions
                                          (these tokens are not in actor_by_token).
    analysis.context["group_mention_ids"] ids of the Mentions that belong to plural mentions.
    analysis.context["actor_gender"]      actor id -> "m" | "f" where known (KB, titles, he/she).

Country of role nominals: a nationality adjective ("Guyanese police officer"), "of/from/in PLACE" where
PLACE is a country or a city/region the gazetteer places in one country ("the mayor of Nablus" -> PSEGOV;
places.py), a possessive ("Russia's foreign ministry"), and for unqualified national bodies ("Congress",
"the army"; data/kb/national_bodies.csv) the article's country when the document makes it clear
(context.py: dateline, officials of one country dominating).

Modules: kb.py (knowledge base files in data/kb/, schema-checked), matcher.py (KB names in a Doc),
phrases.py (reading titles/appositives/nominals), resolve.py (names, nominals, "the two leaders"),
places.py (city/region -> country via the gazetteer), context.py (document country, national bodies),
pronouns.py (pronoun coreference), entities.py (document-level entities), stage.py (records),
lookup.py (the API above).
"""
from __future__ import annotations

from newsgraph.actors.lookup import actor_for_span, actor_for_token, actors_for_span, actors_for_token

__all__ = ["actor_for_span", "actor_for_token", "actors_for_span", "actors_for_token"]
