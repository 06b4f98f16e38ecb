"""Find the actor(s) that a token or character span refers to, after the actors stage ran.

The actors stage leaves in `analysis.context`:
  "actor_by_token": token index -> actor id, for every token inside a resolved singular mention
                    (names, titles, pronouns, nominals, metonyms);
  "group_actors":   token index -> [actor ids], for every token of a plural mention
                    ("the two leaders", "they" after "Obama and Putin").
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.records import Actor, Analysis


def actor_for_token(analysis: Analysis, token: Token) -> Actor | None:
    """The single actor a token belongs to (None for plural mentions: see actors_for_token)."""
    actor_id = analysis.context.get("actor_by_token", {}).get(token.i)
    return analysis.actor(actor_id)


def actors_for_token(analysis: Analysis, token: Token) -> list[Actor]:
    """All actors a token refers to: the members of a plural mention, else [the actor] or []."""
    group = analysis.context.get("group_actors", {}).get(token.i)
    if group:
        return [a for a in (analysis.actor(i) for i in group) if a is not None]
    actor = actor_for_token(analysis, token)
    return [actor] if actor else []


def actor_for_span(analysis: Analysis, start_char: int, end_char: int) -> Actor | None:
    """The actor of the first singular mention overlapping [start_char, end_char)."""
    groups = analysis.context.get("group_mention_ids", set())
    for m in analysis.mentions:
        if m.actor_id and m.id not in groups and m.start < end_char and start_char < m.end:
            return analysis.actor(m.actor_id)
    return None


def actors_for_span(analysis: Analysis, start_char: int, end_char: int) -> list[Actor]:
    """Actors of the first mention overlapping the span; all members when it is plural."""
    groups = analysis.context.get("group_mention_ids", set())
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
