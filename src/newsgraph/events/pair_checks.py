"""Is a coded pair of sides an event between two sides: the checks the coder runs on each pair once its code is
known.

A threat to one's own state, "urged it" read as the speaker's own country, a treaty signed as its second side, a
mission closed in its own name, a government acting with itself or a visit to one's own country: the target is
dropped or the pair is no event. They read only the two sides and the code, so they stand apart from the loop that
builds the pairs (coder.py `_code_trigger`).
"""
from __future__ import annotations

from newsgraph.events import conventions as conv
from newsgraph.events.arguments import Party
from newsgraph.events.implied_sides import (_forces_apart, _lawsuit_apart, _organisations_apart, _unknown_apart,
                                            mission_host, own_mission)
from newsgraph.events.patterns import noun_sets
from newsgraph.events.state_sides import speaks_for_own_state
from newsgraph.events.trigger_sides import _PEOPLE_KINDS, _protest_apart, _regions_apart
from newsgraph.events.triggers import CoderOptions, Trigger
from newsgraph.records import Analysis

_PERSONAL_ROOTS = {"17", "18", "19", "20"}     # acts one person can do to another of the same code


def kept_pair(analysis: Analysis, trig: Trigger, code: str, s: Party | None, t: Party | None,
              site_owner: Party | None, directed: bool, place_target: str | None,
              options: CoderOptions) -> tuple[Party | None, str | None] | None:
    """(target, place target) of a pair coded `code` once the checks on its sides have run (the target dropped when
    it is no second side); None when the pair is no event. `directed`: a target named apart from the sources;
    `site_owner`: the target is the owner of a protest's site."""
    sa, ta = (s.actor if s else None), (t.actor if t else None)
    if code[:2] == "13" and sa is not None and ta is not None and speaks_for_own_state(sa, ta) \
            and conv.enabled("own-state-threats", options.since):
        t, ta = None, None      # "its mission warned that Moscow would respond": no threat to its own state
    if t is not None and ta is not None and sa is not None and t.head.tag_ == "PRP" and ta.kind == "COUNTRY" \
            and ta.country == sa.country and conv.enabled("pronoun-own-state", options.since):
        t, ta = None, None      # "South Korea's military ... urged it to stop": not its own subject's state
    if t is not None and ta is not None and sa is not None and sa.code == ta.code and code[:2] in ("03", "05") \
            and t.head.lemma_.lower() in noun_sets()["AGREEMENT"]:
        t, ta = None, None      # "signed Budapest's accession treaty": the text signed, no second side (s48 lead)
    if t is not None and ta is not None and sa is not None and own_mission(code, sa, ta, t.head) \
            and conv.enabled("own-missions", options.since):
        place_target = mission_host(analysis, t.head, trig.token, sa.country)
        t, ta = None, None      # "closed its embassy in Asuncion": aimed at Paraguay, not at itself
    if sa is not None and ta is not None and sa.code == ta.code \
            and not (sa.id != ta.id and code[:2] in _PERSONAL_ROOTS
                     and sa.kind in _PEOPLE_KINDS and ta.kind in _PEOPLE_KINDS) \
            and not ((directed or site_owner is not None) and sa.id != ta.id and (_unknown_apart(s, t, options)
                                                      or _organisations_apart(sa, ta, code, options)
                                                      or _lawsuit_apart(s, t, code, options)
                                                      or _forces_apart(s, t, code, options)
                                                      or _protest_apart(code, sa, ta, options)
                                                      or _regions_apart(sa, ta, options))):
        return None     # "Xi and Li signed": no event of a government with itself (but "a man stabbed
                        # his neighbour": force or coercion between two people of one code is an event)
    if code in ("042", "043") and sa is not None and ta is not None and sa.country == ta.country \
            and not (sa.sector and ta.sector):
        return None     # a visit to one's own country is travel, not a diplomatic visit
    return t, place_target
