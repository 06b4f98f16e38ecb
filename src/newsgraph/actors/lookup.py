"""Find the actor(s) that a token or character span refers to, after the actors stage ran.

They read the `ActorIndex` the actors stage leaves in `analysis.context.actor_index`
(newsgraph/products.py): token -> actor id for singular mentions, token -> actor ids for plural ones
("the two leaders", "they" after "Obama and Putin"). Without the actors stage nothing is found.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.products import ActorIndex
from newsgraph.records import Actor, Analysis

_EMPTY = ActorIndex()


def _index(analysis: Analysis) -> ActorIndex:
    return analysis.context.actor_index or _EMPTY


def actor_for_token(analysis: Analysis, token: Token) -> Actor | None:
    """The single actor a token belongs to (None for plural mentions: see actors_for_token)."""
    actor_id = _index(analysis).by_token.get(token.i)
    return analysis.actor(actor_id)


def actors_for_token(analysis: Analysis, token: Token) -> list[Actor]:
    """All actors a token refers to: the members of a plural mention, else [the actor] or []."""
    group = _index(analysis).groups.get(token.i)
    if group:
        return [a for a in (analysis.actor(i) for i in group) if a is not None]
    actor = actor_for_token(analysis, token)
    return [actor] if actor else []


def actor_for_span(analysis: Analysis, start_char: int, end_char: int) -> Actor | None:
    """The actor of the first singular mention overlapping [start_char, end_char)."""
    groups = _index(analysis).group_mention_ids
    for m in analysis.mentions:
        if m.actor_id and m.id not in groups and m.start < end_char and start_char < m.end:
            return analysis.actor(m.actor_id)
    return None


def actors_for_span(analysis: Analysis, start_char: int, end_char: int) -> list[Actor]:
    """Actors of the first mention overlapping the span; all members when it is plural."""
    groups = _index(analysis).group_mention_ids
    first = None
    for m in analysis.mentions:
        if m.actor_id and m.start < end_char and start_char < m.end:
            first = m
            break
    if first is None:
        return []
    if first.id not in groups:
        a = analysis.actor(first.actor_id)
        return [a] if a else []
    ids = [m.actor_id for m in analysis.mentions
           if m.start == first.start and m.end == first.end and m.actor_id]
    return [a for a in (analysis.actor(i) for i in dict.fromkeys(ids)) if a is not None]


def is_metonym(analysis: Analysis, token: Token) -> bool:
    """The token belongs to a place read as its government ("Nairobi said"): an actor only where the place acts."""
    return token.i in _index(analysis).metonyms
