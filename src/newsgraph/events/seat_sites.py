"""A protest held outside a state body's own seat is aimed at that body.

"Hundreds protested outside parliament", "lawyers rallied outside the Supreme Court", "relatives demonstrated in
front of the Senate": the building named is the body itself (the actors stage reads "parliament" as the
legislature, LEG, "the Supreme Court" as the judiciary, JUD), and the protest is aimed at it, not at the government
implied for a protest aimed at no one named (convention `seat-sites`, session 45 vio49). Only bodies of the
sectors of word list SEAT_SITE_SECTORS count: a town, a square or a street is where a protest is, not whom it is
aimed at. The small parse often reads "outside" before a bare noun as an adjective and the noun as the object
("protested outside/JJ parliament/dobj"); that misreading is read as the phrase it is.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import roles
from newsgraph.events.arguments import Party
from newsgraph.actors.implied import implied_actor
from newsgraph.nlp.cache import children
from newsgraph.nlp.model import sentence_index
from newsgraph.records import Analysis

_SEAT_SECTORS = frozenset(word_list("patterns", "SEAT_SITE_SECTORS"))
_MISSIONS = frozenset(word_list("kb", "MISSION_NOUNS"))    # a state's posts abroad: never the host's own body
_SEAT_PREPS = ("outside", "at", "before", "to", "near", "on")


def site_phrases(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    """The places the protest verb's phrases name: the objects of `preps` ("outside/at X"), "in front of X", and
    "outside/JJ X/dobj" (the parse of "protested outside parliament" that reads "outside" as an adjective). One
    reader for both site readings: the seat of a state body here, a site's owner in implied_sides."""
    sites = roles.prep_objects(verb, preps)
    sites += [o for f in roles.prep_objects(verb, ("in",)) if f.lower_ == "front" for o in roles.prep_objects(f, ("of",))]
    sites += [c for c in children(verb) if c.dep_ == "dobj"
              and any(m.lower_ == "outside" and m.dep_ in ("amod", "advmod") and m.i < c.i for m in children(c))]
    return sites


def seat_body(analysis: Analysis, verb: Token, exclude: set[str]) -> Party | None:
    """The state body (legislature, court, government) whose seat the protest verb's site phrase names, or None."""
    for site in site_phrases(verb, _SEAT_PREPS):
        found = [p for p in args.resolved(analysis, [site]) if p.key not in exclude and p.actor is not None
                 and p.actor.kind != "COUNTRY" and p.actor.sector in _SEAT_SECTORS]
        if not found:
            continue
        if found[0].actor.country:
            return found[0]
        if site.lemma_.lower() in _MISSIONS:
            continue    # "rallied outside the embassy" in a Nairobi story: some other state's post, not Kenya's
        # "outside the parliament in Paris": a body the actors stage gives no country is that body of the country
        # where the sentence happens, as an implied target would be; with none known, the implied government stays
        body = implied_actor(analysis, found[0].actor.sector, sentence_index(verb.doc, verb.idx))
        if body is not None and body.id not in exclude:
            return Party(body, found[0].head)
    return None
