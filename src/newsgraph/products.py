"""What stages hand each other: the products named in stage contracts (`requires` / `provides`).

Two kinds of product:
  * the record lists of `Analysis` (actors, mentions, times, places, quotes, events), persisted by
    the store;
  * typed hand-offs in `analysis.context` (a `StageContext`), kept for later stages and never
    stored: one small dataclass or value per product, so a reader sees what flows between stages.

A stage that provides a product sets it (possibly to an empty value); a stage that requires it may
rely on it being set, because `Pipeline` checks the order at construction.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsgraph.records import Place


@dataclass
class ActorIndex:
    """Which actor each token refers to (provided by the actors stage).

    `by_token`: token index -> actor id, for every token of a resolved singular mention (names with
    their titles, nominals, pronouns, metonyms); inner mentions keep their own tokens.
    `groups`: token index -> actor ids, for the tokens of plural mentions ("the two leaders").
    `group_mention_ids`: ids of the Mentions that belong to plural mentions.
    `gender`: actor id -> "m" | "f" where known (knowledge base, titles, he/she).
    `metonyms`: token indices of places read as their government ("Nairobi said", kind "metonym").
    """

    by_token: dict[int, str] = field(default_factory=dict)
    groups: dict[int, list[str]] = field(default_factory=dict)
    group_mention_ids: set[str] = field(default_factory=set)
    gender: dict[str, str] = field(default_factory=dict)
    metonyms: set[int] = field(default_factory=set)


@dataclass
class QuoteCues:
    """Quote id -> character offset of the reporting cue behind it ("said", "according to"), for
    quotes that have one (provided by the quotes stage). The cue may lie outside the quoted words."""

    cue_start: dict[str, int] = field(default_factory=dict)


@dataclass
class StoryCountries:
    """Where the article's events happen, as the actors stage reads it (actors/context.py): the one
    country the story is about, when the text makes that clear, with how it was found (dateline | story)
    and how sure that is; and sentence -> the one country of the places its locative phrases name
    ("in Nairobi"). Used for agents the text implies but does not name ("were arrested": the police)."""

    iso: str | None = None
    source: str | None = None
    confidence: float | None = None
    by_sentence: dict[int, str] = field(default_factory=dict)
    named: frozenset[int] = frozenset()     # sentences that name a place or a country in any role (round35)


@dataclass
class StageContext:
    """The typed hand-offs between stages (`analysis.context`); not persisted."""

    actor_index: ActorIndex | None = None      # actors stage
    quote_cues: QuoteCues | None = None        # quotes stage
    main_place: Place | None = None            # geo stage: the dateline, else the main location
    story_countries: StoryCountries | None = None   # actors stage


# Every product a stage may require or provide, with what it is.
PRODUCTS: dict[str, str] = {
    "actors": "analysis.actors: canonical actors",
    "mentions": "analysis.mentions: resolved references to actors",
    "times": "analysis.times: TIMEX3-style time expressions",
    "places": "analysis.places: resolved places",
    "quotes": "analysis.quotes: direct, indirect and mixed quotes",
    "events": "analysis.events: coded CAMEO/PLOVER events",
    "quote_event_links": "Quote.event_ids: the events each quote expresses",
    "tone": "analysis.article.tone: the document tone, -100..100 (GDELT's AvgTone scale)",
    "actor_index": "analysis.context.actor_index: token -> actor (ActorIndex)",
    "quote_cues": "analysis.context.quote_cues: quote -> reporting cue offset (QuoteCues)",
    "main_place": "analysis.context.main_place: the article's dateline or main location (Place)",
    "story_countries": "analysis.context.story_countries: the story's country and each sentence's (StoryCountries)",
}
