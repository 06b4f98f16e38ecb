"""The sides of a trigger as the parse gives them: its doers and candidate targets, a between-phrase's group, and
the targets its candidates resolve to.

The role readers (verb_roles.py, noun_roles.py) list the candidates; here the coder's first step reads them for one
trigger (`read_sides`: "clashes between the miners and the police", a town as its local government) and resolves
the targets (`resolved_targets`: what is fired or paid back is no target, the people a bus carried are, the maker of
an act criticised, victims first). The later steps (place_targets.py, side_fills.py) work on what these return.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events import act_makers
from newsgraph.events import arguments as args
from newsgraph.events import conventions as conv
from newsgraph.events import roles
from newsgraph.events.arguments import Party
from newsgraph.events.implied_sides import _light_between, _mutual, _occurrence_between, _passive_between
from newsgraph.events.noun_roles import _noun_roles
from newsgraph.events.ontology import CRITICISM_CODES as _CRITICISM_CODES
from newsgraph.events.ontology import FORCE_ROOTS as _FORCE_ROOTS
from newsgraph.events.ontology import VIOLENT_ROOTS as _VIOLENT_ROOTS
from newsgraph.events.target_candidates import LAUNCH_VERBS, _purpose_protest_targets, _victims_first, fired_thing
from newsgraph.events.trigger_sides import _local_bodies
from newsgraph.events.triggers import CoderOptions, Trigger
from newsgraph.events.verb_roles import _verb_roles
from newsgraph.records import Analysis

# roots of the acts a town named with "the" does as its local government (convention local-doers, round21)
_LOCAL_DOER_ROOTS = {"02", "03", "05", "06", "07", "08", "09", "10"}


def read_sides(analysis: Analysis, trig: Trigger, root: str, as_noun: bool, options: CoderOptions
               ) -> tuple[list[Party], list[list[Token]], list[Party]] | None:
    """(sources, candidate target heads, the sides of a between-phrase) of a trigger whose CAMEO root is `root`, read
    as a noun's (`as_noun`) or a verb's roles; None when a noun trigger's roles say it is no event."""
    p = trig.pattern
    if as_noun:
        found = _noun_roles(analysis, trig, options)
        if found is None:
            return None
        sources, cands = found
        group = args.resolved(analysis, roles.between(trig.token))
        if len(group) < 2 and not sources and _mutual(p) and conv.enabled("passive-between", options.since):
            # "a trade deal was reached between Japan and Australia": the phrase hangs on the passive light verb
            group = _light_between(analysis, trig.token, options) or group
        if len(group) < 2 and not sources and conv.enabled("occurrence-between", options.since):
            # "clashes erupted between the miners and the police", "a fight broke out between two men": the
            # phrase hangs on the verb of happening the event noun is the subject of (session 26)
            group = _occurrence_between(analysis, trig.token) or group
        if len(group) == 1 and not sources and conv.enabled("one-side-between", options.since):
            # "clashes between rival gangs": one plural side fought among itself; it is the source
            sources, group = group, []
    else:
        sources, cands = _verb_roles(analysis, trig, options)
        group = _passive_between(analysis, trig, sources, options)
        if not sources and not group and root in _LOCAL_DOER_ROOTS and p.symmetric != "reverse" \
                and conv.enabled("local-doers", options.since):
            # "the city signed an agreement with the sheriff": a town as the doer of a cooperative act is its
            # local government, as it is as the one sued or urged (local-bodies); no actor stands for it (an
            # implied national government would merge with the officials the sentence names)
            sources = _local_bodies([roles.subjects(trig.token)], set())
    return sources, cands, group


def resolved_targets(analysis: Analysis, trig: Trigger, root: str, source_keys: set[str],
                     cands: list[list[Token]], options: CoderOptions
                     ) -> tuple[list[Party], list[list[Token]], bool]:
    """(targets, the candidate heads left, whether the targets are the makers of an act the trigger judges) of a
    trigger whose sources have the keys `source_keys`."""
    p = trig.pattern
    if trig.token.lemma_.lower() in LAUNCH_VERBS and conv.enabled("projectiles", options.since):
        # "fired three missiles into the sea", "fired 300 drones at X": what is fired is the means, not whom it was
        # fired at; a later phrase may name that
        cands = [[t for t in heads if not fired_thing(t)] for heads in cands]
    # "attacked the convoy in retaliation for the arrest of their leader": what is paid back is no target
    cands = [[t for t in heads if not roles.reprisal_reason(t, trig.token)] for heads in cands]
    if root in _VIOLENT_ROOTS:
        # "opened fire on a bus carrying settlers": the people it carried were attacked (session 36 lead)
        cands = [[c for t in heads for c in (roles.carried_people(t) or [t])] for heads in cands]
    targets = args.first_resolved(analysis, cands, source_keys)
    if not targets and root == "14" and trig.token.pos_ == "VERB" and conv.enabled("purpose-protest-targets", options.since):
        targets = _purpose_protest_targets(analysis, trig.token, source_keys)
    acts_judged = False
    # disapproval and criticism, aimed at the maker of an act they judge (convention criticised-acts; not an accusation:
    # "blamed the violence on the rebels" names the accused apart, nor legal action: "charged with murder")
    if p.cameo in _CRITICISM_CODES and p.symmetric != "reverse" and conv.enabled("criticised-acts", options.since) \
            and (trig.token.pos_ == "VERB" or (trig.token.pos_ == "NOUN" and not targets
                                               and conv.enabled("criticised-acts-nominal", options.since))):
        # (round24: a noun of criticism too, "made a strong condemnation of the ministry's decision", when no
        # actor is its target already: its of-phrase names what is criticised, people or an act)
        # "condemned the arrests of the journalists", "called the budget a betrayal": the act's maker, if named
        objects = [o for o in trig.parts[1:] if o.dep_ not in ("prt", "prep")]
        judged, named = cands, []
        if trig.token.pos_ == "NOUN":
            judged = [roles.prep_objects(trig.token, ("of",))] + cands
            named = targets = args.first_resolved(analysis, judged[:1], source_keys)
        makers = None if named else act_makers.criticised_makers(analysis, trig.token, objects, judged, source_keys,
                                                                              options.since)
        if makers is not None:
            targets, acts_judged = makers, True
    if targets and p.symmetric != "reverse" and trig.token.pos_ in ("VERB", "AUX") and root in _FORCE_ROOTS \
            and conv.enabled("victims-first", options.since):
        targets = _victims_first(trig.token, targets, source_keys, options.since)
    return targets, cands, acts_judged
