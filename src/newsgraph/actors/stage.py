"""The actors stage (first version: named entities -> actors with country codes).

Deliberately simple; the actors issue replaces it with KB-backed resolution and coreference.
"""
from __future__ import annotations

import functools

import pycountry
from spacy.tokens import Doc

from newsgraph.nlp import sentence_index
from newsgraph.records import Actor, Analysis, Mention, stable_id
from newsgraph.registry import stages


@functools.lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """ISO3 for a country name or a simple demonym ('Russia', 'Russian'), else None."""
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    candidates = [name]
    for suffix, repl in (("ian", "ia"), ("ese", ""), ("an", "a"), ("ish", "")):
        if name.endswith(suffix):
            candidates.append(name[: -len(suffix)] + repl)
    for c in candidates:
        try:
            return pycountry.countries.lookup(c).alpha_3
        except LookupError:
            continue
    return None


@stages.register("actors")
def actors_stage(doc: Doc, analysis: Analysis) -> None:
    art = analysis.article
    by_id: dict[str, Actor] = {}
    by_token: dict[int, str] = {}
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        country = country_code(ent.text) if ent.label_ in ("GPE", "NORP") else None
        if ent.label_ in ("GPE", "NORP") and country:
            name = pycountry.countries.get(alpha_3=country).name
            kind = "COUNTRY"
        else:
            name, kind = ent.text, ("PERSON" if ent.label_ == "PERSON" else "ORG")
        actor_id = Actor.make_id(name, country)
        actor = by_id.get(actor_id)
        if actor is None:
            actor = by_id[actor_id] = Actor(id=actor_id, name=name, kind=kind, country=country)
        if ent.text not in actor.aliases:
            actor.aliases.append(ent.text)
        analysis.mentions.append(Mention(
            id=stable_id(art.id, ent.start_char, ent.end_char), article_id=art.id,
            start=ent.start_char, end=ent.end_char, text=ent.text, label=ent.label_,
            sentence=sentence_index(doc, ent.start_char), actor_id=actor_id))
        for t in ent:
            by_token[t.i] = actor_id
    analysis.actors.extend(by_id.values())
    analysis.context["actor_by_token"] = by_token
