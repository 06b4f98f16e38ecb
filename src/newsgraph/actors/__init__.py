"""Actors: find mentions of people, governments, organisations and groups, and resolve
each to one canonical Actor with a CAMEO-style code (country + sector).

Public API used by later stages (events, quotes):
    actor_for_token(analysis, token) -> Actor | None
    actor_for_span(analysis, start_char, end_char) -> Actor | None
    actors_for_token(analysis, token) -> list[Actor]      # plural mentions give every member
    actors_for_span(analysis, start_char, end_char) -> list[Actor]
"""
from __future__ import annotations

from newsgraph.actors.lookup import actor_for_span, actor_for_token, actors_for_span, actors_for_token

__all__ = ["actor_for_span", "actor_for_token", "actors_for_span", "actors_for_token"]
