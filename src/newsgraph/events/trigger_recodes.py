"""The code of a trigger changed after its pattern's: by a word sense, by a crowd of protesters, by the weapon.

A word sense that depends on the words alone decides the code before the sides are read (`sensed_trigger`); once
the coder has the two sides of a pair, a sense that reads them, violence by protesters (CAMEO 145), a clash at a
protest, ordnance and the weapon named recode that pair (`recode_pair`). They stand apart from the coder's loop
because each reads the trigger's words and the pair's sides only, and they grow one convention at a time.
"""
from __future__ import annotations

from dataclasses import replace

from newsgraph.datafile import word_list
from newsgraph.events import conventions as conv
from newsgraph.events.arguments import Party
from newsgraph.events.harm_context import (_REPRESSING_SECTORS, _at_protest, _by_ordnance, _protest_clash,
                                           _protesting_side, _turned_violent, crowd_force)
from newsgraph.events.ontology import lookup
from newsgraph.events.patterns import noun_sets
from newsgraph.events.senses import LATE_CONDITIONS, sense_of
from newsgraph.events.triggers import CoderOptions, Trigger
from newsgraph.events.verb_roles import _MOBILIZE_ROOT
from newsgraph.events.weapon_codes import weapon_code

_CLASH_WORDS = word_list("patterns", "CLASH_WORDS")


def sensed_trigger(trig: Trigger, options: CoderOptions) -> Trigger | None:
    """The trigger with the code a word sense that depends on the words alone gives it (the trigger as it is when
    no such sense applies); None when the sense drops it."""
    p = trig.pattern
    # senses that depend on the words alone decide the code before the sides are read
    sense = sense_of(trig.token, p.cameo, None, None)
    if sense is not None and sense.condition not in LATE_CONDITIONS:
        if sense.action == "drop":
            return None
        if p.converse and lookup(sense.action).root != lookup(p.cameo).root:
            # session 23: "welcomed the Argentine decision" read as approval (051) is no visit received
            # the other way: a converse belongs to the code the sense replaced
            p = replace(p, converse=None)
        p = replace(p, cameo=sense.action, id=f"{p.id}+{sense.id}", plover=None, mode=None)
        if lookup(sense.action).root == _MOBILIZE_ROOT:
            # "called the guard to active duty": a mobilisation needs no target (its forces are its means)
            p = replace(p, needs_target=False)
        if lookup(sense.action).root == "06" and not p.symmetric and conv.enabled("joint-acts", options.since):
            p = replace(p, symmetric="group")     # "China and Russia held joint exercises": with each other
        trig = Trigger(trig.token, p, trig.parts)
    return trig


def recode_pair(code: str, rule: str, trig: Trigger, s: Party | None, t: Party | None, senses: bool,
                options: CoderOptions) -> tuple[str, str] | None:
    """(code, rule id) of one pair of sides of a trigger once the senses on its sides, protest violence, ordnance and
    weapons have read it; None when a sense drops the pair. `senses`: convention `senses` is on."""
    p = trig.pattern
    sa = s.actor if s else None
    protesters = noun_sets()["PROTESTERS"] if conv.enabled("protest-violence", options.since) else ()
    ordnance = noun_sets()["ORDNANCE"] if conv.enabled("ordnance", options.since) else ()
    weapons = conv.enabled("weapon-codes", options.since)
    turned_violent = conv.enabled("protest-turns-violent", options.since)
    protest_clashes = noun_sets()["PROTESTERS"] if conv.enabled("protest-clashes", options.since) else ()
    protest_force = noun_sets()["PROTESTERS"] if conv.enabled("protest-force", options.since) else ()
    protesting_sides = conv.enabled("protesting-sides", options.since)
    if senses:
        sense = sense_of(trig.token, code, s, t)
        if sense is not None and f"+{sense.id}" not in p.id:      # (a word sense applied before the sides)
            if sense.action == "drop":
                return None
            code, rule = sense.action, f"{rule}+{sense.id}"
    # a side protesting in the same clause is the crowd too (session 43 vio47)
    protesting = protesting_sides and code[:2] in ("17", "18", "19") and (
        sa is None or (sa.sector or "")[:3] not in _REPRESSING_SECTORS) and _protesting_side(trig.token)
    if protesters and code.startswith(("171", "182")) and (
            (s is not None and s.head.lemma_.lower() in protesters) or _at_protest(trig.token, sa) or protesting):
        code, rule = "145", f"{rule}+protest"    # CAMEO 145: violent protest, riot, destruction by protesters
    if code.startswith("14") and code != "145" and turned_violent and _turned_violent(trig.token):
        code, rule = "145", f"{rule}+turned-violent"    # "the march turned violent": CAMEO 145's own words
    if protest_force and (crowd := crowd_force(code, s, trig.token, protest_force, protesting)) is not None:
        # session 23: "protesters stormed the parliament", "thousands of protesters occupied the airport":
        # force by a crowd of protesters is a riot (145), an occupation by them a demonstration (141)
        code, rule = crowd, f"{rule}+protest-force"
    if code == "190" and protest_clashes and trig.token.lemma_.lower() in _CLASH_WORDS:
        recode = _protest_clash(s, t, sa, protest_clashes, trig.token, options.since)
        if recode is not None:
            code, rule = recode, f"{rule}+protest-clash"
    if code.startswith("183") and ordnance and _by_ordnance(trig.token, ordnance):
        code, rule = "190", f"{rule}+ordnance"   # CAMEO 183 is non-military bombing; a missile strike is 19
    if code in ("190", "194") and weapons and (armed := weapon_code(trig.token)) \
            and (code == "190" or armed == "195"):
        # "warplanes struck": 195; "tank shells hit": 194; a bomb: 183; "fighter jets pounded" (a verb of
        # shelling, 194) is 195, as aerial outranks artillery in the codebook (session 41 vio45)
        code, rule = armed, f"{rule}+weapon"
    return code, rule
