"""The country an act is aimed at when no actor is its target: where aid goes, what was visited or built, the
country an act's object or its sentence names, the place struck.

CAMEO practice codes "activists staged a protest in Beijing" as aimed at China and "shelled a town in northern
Iraq" at Iraq. The coder asks these in its order (coder.py `_code_trigger`): what was given or visited first
(`destination`), then a country the act's own phrases name (`named_place_target`), then, once the sentence's place
is known, the place the sentence names or the act struck (`sentence_place_target`).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.datafile import word_list
from newsgraph.events import conventions as conv
from newsgraph.events import roles
from newsgraph.events.arguments import Party
from newsgraph.events.date_place import other_doers_place
from newsgraph.events.harm_context import _NOUN, _PROPN
from newsgraph.events.implied_sides import built_site, funded_site
from newsgraph.events.patterns import place_target_mode
from newsgraph.events.trigger_sides import (_named_country, _object_place, _visit_destination, aid_destination,
                                            given_things, object_place_target, struck_territory)
from newsgraph.events.triggers import CoderOptions, Trigger
from newsgraph.events.verb_roles import _discussion
from newsgraph.records import Analysis

# Protests and shows of force are aimed at the country where they happen when no target is named
# (CAMEO practice: "activists staged a protest in Beijing" -> target CHN).
_PLACE_TARGET_ROOTS = {"14", "15"}
_BUILDING_VERBS = word_list("patterns", "BUILDING_VERBS")     # convention built-sites (session 43 coop47)


def destination(doc: Doc, analysis: Analysis, trig: Trigger, root: str, sources: list[Party], targets: list[Party],
                cands: list[list[Token]], options: CoderOptions
                ) -> tuple[list[Party], str | None, Token | None] | None:
    """(targets, place target, the visit's destination word) of a trigger once what is given, visited, aided or
    built has been read: a thing given is no side, a place visited or aided is its country's; None when the act is
    no event ("returned to Nairobi": going home)."""
    p = trig.pattern
    if targets and (root == "07" or p.cameo == "162") and conv.enabled("given-things", options.since):
        targets = given_things(trig, targets, sources, options.since)   # "kept sending air defence systems": a thing, no side
    dest = targets[0].head if targets and p.cameo == "042" else None
    place_target = None
    if not targets and p.cameo == "042":
        place_target, dest = _visit_destination(doc, analysis, cands)
        if place_target and trig.token.lemma_.lower() == "return" and place_target in {s.country for s in sources} \
                and conv.enabled("return-home", options.since):
            return None     # "the Kenyan president returned to Nairobi": going home is no visit (session 28)
    if not targets and (root == "07" or p.cameo.startswith("033")) and conv.enabled("aid-destinations", options.since):
        # "sent tanks to Kyiv", "pledged to deliver air defence systems to Kharkiv": aid sent to a place goes to its
        # country when no actor is named as the recipient (not the giver's own country; session 36 coop39)
        own_countries = {s.country for s in sources}
        place_target = aid_destination(analysis, trig.token, own_countries, options.since)
        if place_target is None and conv.enabled("funded-sites", options.since):
            place_target = funded_site(analysis, trig.token, own_countries)   # "financed a railway in Kenya"
    if p.cameo == "061" and trig.token.lemma_.lower() in _BUILDING_VERBS and conv.enabled("built-sites", options.since):
        site = built_site(analysis, trig.token, {s.country for s in sources})   # "built a dam in Guinea"
        targets, place_target = ([], site) if site else (targets, place_target)
    return targets, place_target, dest


def named_place_target(analysis: Analysis, trig: Trigger, root: str, sources: list[Party],
                       cands: list[list[Token]], options: CoderOptions) -> tuple[str | None, str | None]:
    """(place-target mode of the pattern's code, the country the act's object or phrases name) for an act with no
    target, place or group of sides (convention place-targets)."""
    p = trig.pattern
    mode = place_target_mode(p.cameo)
    # (not the source's own phrase: "received backing from Germany", the giver of a reverse row; session 20)
    own = {s.head.i for s in sources}
    # ("discussed Uganda's debt": a matter discussed is no place of the meeting; convention discussed-matters)
    place_target = (mode in ("object", "abroad") and not _discussion(trig.token, options.since)
                    and object_place_target(analysis, trig, mode, sources, options.since)) \
        or _named_country(analysis, [[h for h in heads if h.i not in own] for heads in cands])
    if place_target and root in ("04", "15") and place_target in {s.country for s in sources}:
        place_target = None     # a meeting at home is not a diplomatic event abroad, drills at home no show of
                                # force against anyone (PT150-left43)
    if place_target and root == "04" and sources and conv.enabled("member-meetings", options.since) \
            and all(s.actor is not None and (s.actor.code or "").startswith("IGO") and s.head.tag_ in ("NNS", "NNPS")
                    for s in sources):
        place_target = None     # "EU foreign ministers met in Brussels": the members met each other, not the
                                # host city's state (session 36 coop39)
    return mode, place_target


def sentence_place_target(doc: Doc, analysis: Analysis, trig: Trigger, root: str, mode: str | None,
                          sources: list[Party], targets: list[Party], place_target: str | None, local_place,
                          options: CoderOptions) -> str | None:
    """The place target once the sentence's own place (`local_place`, date_place.local_event_place) is known: a
    protest or a show of force aimed at the country where it happens, victims where they were hit, the place or
    territory struck."""
    p = trig.pattern
    # only a place this sentence names can stand in for a target (not the dateline/main place)
    if local_place is not None and local_place.role == "dateline":
        local_place = None
    if local_place is not None and conv.enabled("other-doers-places", options.since) \
            and other_doers_place(doc, local_place, trig.token):
        local_place = None      # "bombed the camp while Hamas fired rockets at Ashkelon" (session 40 left44)
    if not targets and not place_target and (root in _PLACE_TARGET_ROOTS or (
            p.cameo == "042" and conv.enabled("visit-hosts", options.since))) and local_place is not None \
            and local_place.country and not (root in ("15", "04") and local_place.country in
                                             {s.actor.country for s in sources if s.actor is not None}):
        # "protested in Beijing", "exercises near Taiwan"; a show of force on the source's own soil ("Russia held
        # exercises in the Baltic Sea") is aimed at no one the place names (session 36 lead); "a visit by the
        # Hungarian premier drew protests in the Serbian capital": a visit with no destination is hosted where the
        # sentence itself places it, abroad (convention visit-hosts, session 38 left42)
        place_target = local_place.country
    if mode == "victims" and not targets and not place_target and local_place is not None \
            and local_place.country and roles.direct_objects(trig.token):
        place_target = local_place.country   # "killed three people in Hebron": the victims are where they were hit
    # "an attack on a base in Borno state": the thing struck named by a force noun's on/against phrase
    # (struck-noun-places; military force only: "a stabbing on a train" says where, not what was struck)
    struck_noun = root in ("19", "20") and trig.token.pos in (_NOUN, _PROPN) \
        and bool(roles.prep_objects(trig.token, ("on", "against"))) and conv.enabled("struck-noun-places", options.since)
    if mode == "victims" and not targets and not place_target and (roles.direct_objects(trig.token) or struck_noun) \
            and conv.enabled("struck-places", options.since):
        place_target = _object_place(analysis, trig)    # "shelled a town in northern Iraq": the country struck
    if mode == "victims" and not targets and not place_target and trig.token.pos in (_NOUN, _PROPN) \
            and conv.enabled("struck-territory", options.since):
        place_target = struck_territory(analysis, trig, sources)   # "carried out air strikes inside Iran"
    return place_target
