"""Sides the coder fills in when the parse's roles leave them unresolved: the victims of an act whose target
resolves to no actor, the maker of goods bought, and the sides implied once the event is made.

They come after the role readers (verb_roles.py, noun_roles.py) and the place targets (place_targets.py) in the
coder's order (coder.py `_code_trigger`): `unresolved_targets` and `goods_targets` before the pairs are built,
`fill_unnamed_sides` on each event made (implied_sides.py's captors, implied sources, counted people, places named
as sides, protest targets and protesters).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.events import conventions as conv
from newsgraph.events.arguments import Party
from newsgraph.events.harm_context import _NOUN, _PROPN, _harms_people, _in_set, _victims
from newsgraph.events.implied_sides import (_captor_source, _imply_counted_people, _imply_place_named_side,
                                            _imply_protest_target, _imply_protesters, _imply_source)
from newsgraph.events.ontology import FORCE_ROOTS as _FORCE_ROOTS
from newsgraph.events.ontology import VIOLENT_ROOTS as _VIOLENT_ROOTS
from newsgraph.events.noun_roles import _WORDS_TO_PEOPLE_ROOTS
from newsgraph.events.tolls import TOLL_VERBS as _TOLL_VERBS
from newsgraph.events.trigger_sides import _goods_makers, _local_bodies
from newsgraph.events.triggers import CoderOptions, Trigger
from newsgraph.records import Analysis, Event

_RELEASE_CODE = "0841"


def unresolved_targets(trig: Trigger, root: str, sources: list[Party], source_keys: set[str],
                       cands: list[list[Token]], options: CoderOptions) -> list[Party]:
    """The targets of an act none of whose candidates the actors stage resolved (convention unresolved-sides): the
    victims of an act done to people, else the local bodies ("the city") an appeal or a complaint is aimed at."""
    p = trig.pattern
    patient_noun = p.patient and trig.token.pos in (_NOUN, _PROPN)
    exclude = source_keys | {f"@{s.head.i}" for s in sources}
    # "killing at least 63 guests": whatever a verb of killing or wounding is done to are its victims
    # (round 12, convention victims-first), not only the nouns that plainly name people
    harm_verb = root in _VIOLENT_ROOTS and trig.token.pos_ == "VERB" and conv.enabled("victims-first", options.since) \
        and (trig.token.lemma_.lower() in _TOLL_VERBS or _harms_people(trig.token, options))
    targets = _victims(cands[:1] if patient_noun or harm_verb else cands, exclude,
                       any_noun=patient_noun or harm_verb)
    if not targets and root in _WORDS_TO_PEOPLE_ROOTS and conv.enabled("local-bodies", options.since):
        return _local_bodies(cands, exclude)
    return targets


def goods_targets(trig: Trigger, root: str, targets: list[Party], place_target: str | None, sources: list[Party],
                  source_keys: set[str], options: CoderOptions) -> list[Party]:
    """The targets of a purchase (CAMEO 06): the goods bought are no side; the maker named in their phrase sold them
    (convention goods-makers)."""
    if targets and root == "06" and conv.enabled("goods-makers", options.since):
        # "ordered $6 billion in new airliners": the goods bought are no side of the purchase
        # (the goods noun read as people itself, "new airliners" as civilians; a maker in its phrase stays)
        objs = {o.i for o in trig.parts[1:]}
        goods = [t for t in targets if t.head.i in objs and _in_set(t.head, "GOODS")]
        targets = [t for t in targets if not (t in goods and t.actor is not None and t.actor.sector == "CVL")]
        # the maker read off the goods' phrase is named by its own name ("Airbus"), a party apart from the buyer
        # even when neither has a known country (convention unknown-apart)
        makers = _goods_makers(trig, set()) if goods else []
        targets = [next((Party(t.actor, m.head) for m in makers if t.head.i in (m.head.head.i, m.head.head.head.i)), t)
                   if t in goods else t for t in targets]
    if not targets and not place_target and root == "06" and trig.token.pos_ == "VERB" \
            and conv.enabled("goods-makers", options.since):
        # "ordered 30 Airbus A321 jets": the maker named in the goods' own phrase sold them (session 23, trade23)
        targets = _goods_makers(trig, source_keys | {f"@{s.head.i}" for s in sources})
    return targets


def fill_unnamed_sides(doc: Doc, analysis: Analysis, event: Event, sent_index: int, code: str,
                       agentless: str | None, s: Party | None, t: Party | None, cands: list[list[Token]],
                       options: CoderOptions) -> None:
    """Fill in, on the event just made, the sides its sentence implies where the pair named none (or no actor)."""
    ta = t.actor if t else None
    if agentless and s is None and code == _RELEASE_CODE and conv.enabled("captors", options.since):
        _captor_source(doc, analysis, event, sent_index, options.since)
    if agentless and s is None and event.source_actor_id is None:
        _imply_source(analysis, event, sent_index, options)
    if t is not None and ta is None and conv.enabled("counted-people", options.since):
        _imply_counted_people(analysis, event, sent_index, t.head)     # "arresting dozens": people there
    if t is not None and ta is None and conv.enabled("place-named-sides", options.since):
        _imply_place_named_side(analysis, event, t.head)        # "recalled its envoy from Beijing": China
    if t is None and code[:2] == "14" and conv.enabled("protest-target", options.since):
        _imply_protest_target(analysis, event, sent_index)
    if t is None and code[:2] in _FORCE_ROOTS and conv.enabled("protest-objects", options.since):
        _imply_protesters(analysis, event, sent_index, cands)
