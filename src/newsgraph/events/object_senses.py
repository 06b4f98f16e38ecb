"""Sense conditions that read the trigger's direct object (data/patterns/senses.csv).

Most sense rows settle a pattern's code by what was acted on: "attacked the budget" is criticism, not force, because
its object is an abstract noun; "signed a declaration of disaster emergency", "held joint exercises", "promised his
mother", "met the deadline". These conditions all find the object the same way (`trigger_objects`: a conjunct's
object, a passive's subject, a relative clause's antecedent, the whole a part belongs to) and then test its words,
modifiers, of-phrases or cargo, so they stand together apart from the conditions on clauses and sides. senses.py
calls `object_holds` for the conditions in OBJECT_CONDITIONS.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import roles
from newsgraph.events.arguments import Party
from newsgraph.events.patterns import noun_sets
from newsgraph.events.sense_clauses import _cargo, _complementiser_object, _words
from newsgraph.events.sense_sides import _place_patient, _reachable, _weapons_or_armed
from newsgraph.nlp.cache import children

OBJECT_CONDITIONS = frozenset({"object_over_phrase", "object_of_phrase", "armed_doer_object", "object", "own_object",
                               "object_not", "object_abstract", "object_cargo", "object_modifier", "object_participle",
                               "object_of_place", "object_no_side"})
# "the terms of the lease": what is signed or offered is the thing the part belongs to
_PARTS = word_list("patterns", "PARTS")
# names of days and months: a proper noun after "at"/"on" read as a time is a time only if it is one of them (round35)
_CALENDAR_NAMES = word_list("patterns", "CALENDAR_NAMES")


def trigger_objects(tok: Token) -> list[Token]:
    """What the `object` condition reads as the trigger's objects: its direct objects or a passive's subject, a
    conjunct verb's when it has none, a relative clause's antecedent, the of-phrase of a part, what a sum is for."""
    # "requesting and receiving ballots": a verb with no object of its own shares its conjunct's
    objs = roles.direct_objects(tok) or [o for c in children(tok) if c.dep_ == "conj" and c.pos_ == "VERB"
                                         for o in roles.direct_objects(c)]
    # "was denied permission": a passive's second object (session 35 lead)
    objs += [c for c in children(tok) if c.dep_ == "dobj" and c not in objs and roles.is_passive(tok)]
    # "charges that he and his employer reject as baseless": a relative clause's object is its antecedent
    # (the small model may call it an acl with "that" as its mark)
    if tok.dep_ in ("relcl", "acl") and tok.head.pos_ == "NOUN" and not roles.is_passive(tok) \
            and (not objs or any(o.tag_ in ("WDT", "WP") for o in objs)) \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in children(tok)):
        objs.append(tok.head)
    objs += [g for o in objs if o.lemma_.lower() in _PARTS for g in roles.prep_objects(o, ("of",))]
    # "approved $400 million in arms sales": what a sum of money is for (session 21); "closed dozens of factories":
    # what a count counts (session 46 lead)
    objs += [q for o in objs for q in roles.quantified(o)]
    return objs


def object_holds(cond: str, tok: Token, values: frozenset[str], target: Party | None) -> bool:
    """Whether the object condition `cond` (one of OBJECT_CONDITIONS) holds of trigger `tok` with the row's values."""
    if cond == "object_over_phrase":    # "expressed regret over the decision" (session 33 lead)
        return any(_words(g) & values for o in roles.direct_objects(tok)
                   for g in roles.prep_objects(o, ("over", "at", "about")))
    if cond == "object_of_phrase":  # "signed a declaration of disaster emergency" (session 29 coop30)
        return any(_words(g) & values for o in roles.direct_objects(tok) for g in roles.prep_objects(o, ("of",)))
    if cond == "armed_doer_object":
        # "airstrikes hit a vegetable market", "a bomber attacked a crowded market": struck by a weapon or an armed
        # doer, a market or a wall is a place reached by force, not the stock market or an obstacle (session 38 lead)
        doers = roles.subjects(tok) + roles.agent_of(tok) + roles.prep_objects(tok, ("by",))
        armed = _weapons_or_armed() | noun_sets()["ATTACK_MEANS"]
        return any(_words(h) & armed for h in doers) and any(_words(o) & values for o in trigger_objects(tok))
    if cond == "object":
        return any(_words(o) & values for o in trigger_objects(tok))
    if cond == "own_object":
        # "promised his mother", "met their son": one's own kin; not "the victim's father", "urged parents"
        return any(_words(o) & values and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children(o))
                   for o in roles.direct_objects(tok))
    if cond == "object_not":
        objs = roles.direct_objects(tok)
        objs += [q for o in objs for q in roles.quantified(o)]        # "thousands of troops"
        objs += [q for o in objs for q in roles.prep_objects(o, ("of",))]     # "the terms of the truce"
        # with the value "<name>", a proper name as the object counts as one of the set ("signed the Lake
        # Victoria compact", whose object the parser may take to be "Victoria"; session 15)
        # ("<person>": a noun the recogniser reads as people counts too, "extradited the banker"; session 21)
        return bool(objs) and not any(_words(o) & values or "<name>" in values and o.pos_ == "PROPN"
                                      or "<person>" in values and args.names_people(o) for o in objs)
    if cond == "object_abstract":
        if _complementiser_object(tok):
            return False
        # "fought against the reform" has its object in an against-phrase
        objs = roles.direct_objects(tok) or roles.prep_objects(tok, ("against",))
        objs += [q for o in objs for q in roles.quantified(o)]      # "dozens of homes" (session 41 left45)
        return bool(objs) and not any(_reachable(o, values) for o in objs)
    if cond == "object_cargo":        # "flew planes loaded with rice", "a team of doctors" (session 26, coop26)
        return any(_words(g) & values for o in roles.direct_objects(tok) for g in _cargo(o))
    if cond == "object_modifier":     # "held joint exercises" (round 15)
        # "announced a package of tax measures": the of-phrase of a noun of quantity is the object (round29)
        objects = [n for o in roles.direct_objects(tok) for n in [o, *roles.quantity_of(o)]]
        return any(c.dep_ in ("compound", "amod") and _words(c) & values
                   for o in objects for c in children(o))
    if cond == "object_participle":  # "ordered the suspect held without bail": what is to be done to the object,
        # told by a past participle on it (session 39 court43), or one the parse hangs on the verb as a clause of no
        # subject of its own ("ordered Istanbul Mayor Ekrem Imamoglu jailed pending trial"; session 43 vio47)
        # ("ordered the opposition mayor jailed", with the mayor as the clause's subject: no auxiliary or mark)
        objects = roles.direct_objects(tok)
        return any(c.dep_ == "acl" and c.tag_ == "VBN" and _words(c) & values
                   for o in objects for c in children(o)) or any(
            c.dep_ in ("ccomp", "xcomp", "oprd") and c.tag_ in ("VBN", "VBD") and _words(c) & values
            and not any(g.dep_ in ("aux", "auxpass", "mark") for g in children(c))
            and (bool(objects) or any(g.dep_ == "nsubj" for g in children(c))) for c in children(tok))
    if cond == "object_of_place":   # "took control of the town", "of Rubaya" (session 44 vio48)
        return any(_place_patient(o) for o in roles.direct_objects(tok))
    if cond == "object_no_side":   # "met the deadline", "hosted the final": an object and no one to meet
        objects = roles.direct_objects(tok)
        if values:
            # "fired two missiles into the sea": an object of the set, and nothing it was aimed at (session 17)
            objects = [o for o in objects if _words(o) & values]
            # ("fired missiles at Kyiv": the parse may hang the aim on the missiles; round35)
            aimed = roles.prep_objects(tok, roles.AIMED_PREPS) + \
                [g for o in objects for g in roles.prep_objects(o, roles.AIMED_PREPS)]
            if any(o.ent_type_ not in ("DATE", "TIME") or o.pos_ == "PROPN" and o.lower_ not in _CALENDAR_NAMES
                   for o in aimed):
                return False    # ("at the capital", not "on Sunday"; "at Kyiv overnight", read as a time, round35)
            # (the weapon itself, read as an armed side, is no target)
            return bool(objects) and (target is None or target.actor is None or target.head in objects)
        return bool(objects) and (target is None or target.actor is None)
    return False
