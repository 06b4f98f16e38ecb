"""Find the actor that a token or character span refers to, after the actors stage ran.

The actors stage leaves `analysis.context["actor_by_token"]`: token index -> actor id, for
every token inside a resolved mention (names, titles, pronouns, nominals).
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.records import Actor, Analysis


def actor_for_token(analysis: Analysis, token: Token) -> Actor | None:
    actor_id = analysis.context.get("actor_by_token", {}).get(token.i)
    return analysis.actor(actor_id)


def actor_for_span(analysis: Analysis, start_char: int, end_char: int) -> Actor | None:
    """The actor of the first mention overlapping [start_char, end_char)."""
    for m in analysis.mentions:
        if m.actor_id and m.start < end_char and start_char < m.end:
            return analysis.actor(m.actor_id)
    return None
