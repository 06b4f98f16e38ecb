"""Source and target of a noun trigger ("the arrest of two tycoons", "an attack on a convoy", "Iraq's
invasion"): possessors, compounds, of/on/against/with-phrases, the verb the noun is the object of, and the accused
in an arrest's content. _code_trigger (coder.py) calls `_noun_roles` for every noun trigger.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import conventions as conv
from newsgraph.events import roles
from newsgraph.events.adjunct_calls import call_partners
from newsgraph.events.arguments import Party
from newsgraph.events.ontology import VIOLENT_ROOTS, lookup
from newsgraph.events.patterns import Pattern, pattern_index
from newsgraph.events.triggers import CoderOptions, Trigger, light_verb, reduced_light_verb
from newsgraph.nlp.cache import children
from newsgraph.records import Analysis
from newsgraph.events.verb_roles import _MEETING_SETTINGS, _people, occasion_phrase
from newsgraph.events.target_candidates import (_CASE_PREPS, _MEETING_ROOTS, _VISIT_MODE, _accused,
    _object_act_agents, THING_OWNER_ROOTS, _protest_verb, _purpose_partners, _thing_owners, _toll_victims)
from newsgraph.events.harm_context import _caused_by_phrase, _in_set, blamed_doers

_INVADED_NOUNS = word_list("patterns", "INVADED_NOUNS")
_PROTEST_CALLING_VERBS = word_list("patterns", "PROTEST_CALLING_VERBS")
_JUDGING_VERBS = word_list("patterns", "JUDGING_VERBS")
_FROM_AUTHOR_ROOTS = frozenset({"11", "13"})     # words whose from-phrase is their author (round26)
_RECEIVED_DOER_PREPS = ("from", "with", "against", "to", "among")   # who did an act the subject received
_ADJUNCT_RECEIVED_PREPS = ("amid", "despite")       # criticism received as the setting of an act (round24)
_WITHDRAWAL_CODE = "087"    # de-escalating military engagement: withdrawals and retreats (withdrawal-of)
_PARTNER_ROOTS = frozenset({"04", "06"})    # meetings and joint acts: an against-phrase names the foe (round28)
_FROM_GIVER_ROOTS = frozenset({"06", "07"})    # goods and aid sent: a from-phrase names the sender (mat42)


def _noun_roles(analysis: Analysis, trig: Trigger, options: CoderOptions) -> tuple[list[Party], list[list[Token]]] | None:
    """Roles of a nominal trigger; None when this noun is not an event here (no light verb)."""
    n, p = trig.token, trig.pattern
    verb = light_verb(n, options.since)
    # ("condemned the air strikes": any verb is light to a '*' row but one that judges the act; left43)
    light = verb is not None and (("*" in p.light_verbs and not roles.lemmas(verb) & _JUDGING_VERBS)
                                  or bool(roles.lemmas(verb) & p.light_verbs))
    if not light and p.light_verbs and conv.enabled("reduced-relative-light", options.since):
        # "under an accord reached by Armenia and Azerbaijan": the noun's own participle with a by-phrase
        reduced = reduced_light_verb(n, p.light_verbs)
        if reduced is not None:
            verb, light = reduced, True
    if not light and not p.bare:
        return None
    sources = args.resolved(analysis, roles.subjects(verb)) if light else []
    if p.symmetric == "reverse" and not light and n.dep_ == "pobj" and n.head.lower_ in _ADJUNCT_RECEIVED_PREPS \
            and n.head.head.pos_ in ("VERB", "AUX") and conv.enabled("adjunct-criticism", options.since):
        # "held firm despite criticism from farmers", "resigned amid criticism over the delays": the clause's
        # subject received it; its from- or by-phrase or possessor gave it (round24)
        clause = n.head.head
        return _people(analysis, roles.subjects(clause), options), \
            [roles.possessors(n) + roles.noun_modifiers(n) + roles.prep_objects(n, ("by", "from"))]
    if p.symmetric == "reverse" and light and conv.enabled("patient-nouns", options.since):
        # "faced Palestinian criticism", "under investigation by the FBI": the light verb's subject
        # receives the act; the noun's own modifiers or agent did it (pairs are reversed in _pairs)
        sources = sources or _people(analysis, roles.subjects(verb), options)
        # a pattern's own preposition names the doer too ("won the endorsement of the union", round 16)
        # "faced criticism on her show", "drew praise for the plan": a received act's "on", "at" or "for" phrase
        # names where or why, not who did it (convention received-doers, round 18)
        preps = _RECEIVED_DOER_PREPS if conv.enabled("received-doers", options.since) else roles.TARGET_PREPS
        mods = roles.noun_modifiers(n)
        if conv.enabled("own-phrase-modifiers", options.since):
            # "faced fierce opposition from farmers": an actor mention the noun itself heads ("fierce
            # opposition ...") is no doer; its modifier stands for that mention, not for another side (round26)
            own = {a.id for a in args.head_actors(analysis, n)}
            mods = [m for m in mods if not own & {a.id for a in args.head_actors(analysis, m)}]
        heads = _with_quantity(n, options)
        cands = [roles.possessors(n) + mods + [o for h in heads for o in roles.prep_objects(h, ("by",) + p.prep)],
                 [o for h in heads for o in roles.prep_objects(h, preps)], roles.datives(verb),
                 roles.prep_objects(verb, preps)]
        return sources, cands
    if p.patient and conv.enabled("patient-nouns", options.since):
        # "the arrest of two tycoons", "his detention": the possessor and "of" name who suffered it,
        # "by" or a nationality modifier who did it ("the Israeli detention of ...")
        doers = [] if args.undergone_noun(n) else roles.possessors(n)  # "Russia's detention of X" (crit41)
        if not sources:
            sources = args.resolved(analysis, roles.prep_objects(n, ("by",)) + roles.noun_modifiers(n) + doers)
        if not sources and n.dep_ in ("dobj", "obj") and conv.enabled("object-act-agents", options.since):
            # "protested the arrests of reporters by the police": the parse hangs the noun's "by" on its verb
            sources = args.resolved(analysis, _object_act_agents(n.head, [n]))
        if not sources and light:
            sources = _people(analysis, roles.subjects(verb), options)
        if not sources and conv.enabled("behind-doers", options.since):
            sources = args.resolved(analysis, _behind_doers(n))   # "was behind the killing of X" (round28)
        if not sources and conv.enabled("blamed-doers", options.since):
            sources = args.resolved(analysis, blamed_doers(n))    # "the abduction, blamed on X" (round32)
        cands = [[h for h in roles.possessors(n) if h not in doers] + roles.prep_objects(n, ("of",)),
                 roles.prep_objects(n, roles.TARGET_PREPS)]
        cands = _arrest_sites(p, cands, options)
        toll = _toll_victims(n, options)
        if toll and not cands[0]:
            cands[0] = toll     # "a shooting at a nightclub left three people wounded": the victims
        if not cands[0]:
            cands[0] = _wound_bearer(n, options)   # "was found dead with gunshot wounds": who bore them
        return sources, cands
    invaded: list[Token] = []
    if not sources:
        sources = args.resolved(analysis, [t for t in roles.noun_source_slots(n)
                                           if not args.placed_thing(analysis, t, n)
                                           and t.lemma_.lower() not in p.compound])
        # (the compound a pattern requires names what the act is about, not its doer: "the prisoner exchange
        # between A and B" is no prisoners' act; session 36 coop39)
        if sources and n.lemma_.lower() in _INVADED_NOUNS and conv.enabled("invaded-compounds", options.since):
            # "the Kuwait invasion", "the Crimea annexation": a place name compounded on the noun is the land
            # invaded, the target; a possessor or an adjective ("Iraq's invasion", "the Russian invasion") is
            # the doer (round27, session 26 force26)
            invaded = [s.head for s in sources if s.head.dep_ == "compound" and s.head.head.i == n.i
                       and s.head.ent_type_ in ("GPE", "LOC")]
            sources = [s for s in sources if s.head not in invaded]
    if not sources and lookup(p.cameo).root in _FROM_AUTHOR_ROOTS and conv.enabled("from-authors", options.since):
        # "the threats from the governor", "insults from the coach": words aimed at someone come from their
        # author; the from-phrase is who made them, not whom they were aimed at (round26)
        sources = args.resolved(analysis, roles.prep_objects(n, ("from",)))
        if not sources and conv.enabled("from-authors-hung", options.since):
            sources = args.resolved(analysis, _hung_from_phrase(n))
    reached = _reached_by(n) if lookup(p.cameo).root in _FROM_GIVER_ROOTS \
        and conv.enabled("arriving-aid", options.since) else []
    if not sources and reached:
        sources = args.resolved(analysis, roles.prep_objects(n, ("from",)))   # "aid trucks from Jordan reached Gaza"
    if not sources and lookup(p.cameo).root in _FROM_GIVER_ROOTS and roles.prep_objects(n, ("to", "into")) \
            and conv.enabled("from-givers", options.since):
        # "arms deliveries from Iran to Russia", "aid shipments from Turkey into Syria": with the side reached
        # named, the from-phrase is who sent it, not a second receiver (session 38 mat42)
        sources = args.resolved(analysis, roles.prep_objects(n, ("from",)))
    if not sources and lookup(p.cameo).root == "04" and roles.prep_objects(n, ("to", "with")) \
            and conv.enabled("visit-of", options.since):
        # "the visit of the Chinese premier to Brazil", "the meeting of army officers with the envoy": with the
        # destination or partner named, the of-phrase is who visited or met
        sources = args.resolved(analysis, roles.prep_objects(n, ("of",)))
    if not sources and p.cameo.startswith(_WITHDRAWAL_CODE) and conv.enabled("withdrawal-of", options.since):
        # "the retreat of the rebels", "the withdrawal of Russian troops from the border": the forces of the of-phrase
        # withdrew (not "the withdrawal of the bill"; session 28 coop29)
        sources = args.resolved(analysis, [o for o in roles.prep_objects(n, ("of",))
                                           if _in_set(o, "TROOPS") or _in_set(o, "ARMED")])
    if not sources and n.dep_ == "pobj" and n.head.lower_ == "in" and n.head.head.pos_ in ("VERB", "AUX") \
            and lookup(p.cameo).root in _WORDS_TO_PEOPLE_ROOTS and conv.enabled("in-phrase-doers", options.since) \
            and not any(c.dep_ == "neg" for c in children(n.head.head)):
        # "spoke in support of the union", "wrote in criticism of the plan": the clause's subject did it
        # ("have not come out in support of X": nothing done)
        sources = args.resolved(analysis, roles.subjects(n.head.head))
    if not sources and lookup(p.cameo).root == "14" and conv.enabled("in-protest", options.since):
        # "farmers dumped manure in protest at the rules", "resigned in protest": the act was their protest
        protesting = _in_protest(n, options.since)
        sources = args.resolved(analysis, roles.subjects(protesting)) if protesting is not None else []
    if not sources and lookup(p.cameo).root == "14" and conv.enabled("protest-callers", options.since):
        # "a shutdown called by the opposition alliance paralysed Dhaka": who called or organised it (left43)
        sources = args.resolved(analysis, roles.described_agents(n, _PROTEST_CALLING_VERBS))
    if not sources and lookup(p.cameo).root in _BEHIND_ROOTS and conv.enabled("behind-doers", options.since):
        # "the gang was behind the bombings", "accused the militia of being behind the attack": who did it (round28)
        sources = args.resolved(analysis, _behind_doers(n))
    if not sources and lookup(p.cameo).root in _BEHIND_ROOTS and conv.enabled("blamed-doers", options.since):
        # "the raid, which the army blamed on the rebels", "the bombing was blamed on X" (round32)
        sources = args.resolved(analysis, blamed_doers(n))
    if not sources and p.mode == _VISIT_MODE and conv.enabled("trip-adjuncts", options.since):
        # "signed three deals during a visit to China", "at the close of a trip to Hanoi": who made the trip
        # is the clause's subject (session 28 coop29)
        sources = args.resolved(analysis, _trip_takers(n))
    if not sources and lookup(p.cameo).root == "04" and conv.enabled("visitor-for-talks", options.since):
        # "The Indonesian minister, in Canberra for talks with her Australian counterpart, said ...": the one the
        # phrase describes is there to meet (session 46 coop50)
        sources = args.resolved(analysis, _visitor_for(n))
    if not sources and lookup(p.cameo).root == "04" and conv.enabled("adjunct-meetings", options.since):
        # "told reporters after two days of talks with X", "After talks with X, Y said": the clause's subject met
        sources = args.resolved(analysis, _adjunct_meeting_subjects(n, options.since))
    if not sources and lookup(p.cameo).root == "14" and conv.enabled("caused-acts-phrases", options.since) \
            and _caused_by_phrase(roles.quantity_head(n) or n):
        # "the plan drew protests from residents": who protested
        drawn = roles.quantity_head(n) or n
        sources = args.resolved(analysis, roles.prep_objects(n, ("from",)) + roles.prep_objects(drawn.head, ("from",)))
    refused = _refused_acts(n) if lookup(p.cameo).root == _REJECT_ROOT and conv.enabled("refusal-nouns", options.since) \
        else []
    if not sources and refused:
        # "the refusal of the lawmakers to answer": with the refused act named, the of-phrase is who refused
        sources = args.resolved(analysis, roles.prep_objects(n, ("of",)))
    # a pattern's own preposition names the target too ("the mayor's endorsement of the senator", N05-endorsement)
    preps = roles.TARGET_PREPS
    if lookup(p.cameo).root in _PARTNER_ROOTS and conv.enabled("foe-not-partner", options.since):
        preps = tuple(w for w in preps if w != "against")  # "a joint operation against the smugglers" (coop28)
    # (an occasion it was done at is no side: "a deal announced at the summit"; session 46 prec50)
    cands = [[o for h in _with_quantity(n, options) for o in roles.prep_objects(h, preps + tuple(w for w in p.prep
                                                                                           if w not in preps))
              if not occasion_phrase(o, options, p.cameo)]]
    if lookup(p.cameo).root in _FROM_GIVER_ROOTS and roles.prep_objects(n, ("to", "into")) \
            and conv.enabled("goods-of-phrase", options.since):
        # "its supply of drones to Moscow": with the receiver named, the of-phrase is what was given, no side
        goods = roles.prep_objects(n, ("of",))
        cands[0] = [o for o in cands[0] if o not in goods]
    if lookup(p.cameo).root in VIOLENT_ROOTS and _of_patient_noun(n) and conv.enabled("force-of-targets",
                                                                                        options.since):
        cands.append(roles.prep_objects(n, ("of",)))    # "NATO's bombing of the embassy" (round32)
    if p.cameo.startswith(_RELEASE_PREFIX):
        cands.append(roles.prep_objects(n, ("of",)))    # "ordered the release of two journalists" (session 40 lead)
    if lookup(p.cameo).root == "04" and conv.enabled("adjunct-call-partners", options.since):
        cands.append(call_partners(n))     # "In a phone call, X told Y ...": Y (session 45 coop49)
    if lookup(p.cameo).root in _PLEDGE_ROOTS and conv.enabled("pledged-noun-recipients", options.since):
        # "Germany's pledge of 50 million euros to the agency": the parse hangs the recipient on the sum (coop49)
        cands.append([r for o in roles.prep_objects(n, ("of",)) for r in roles.prep_objects(o, ("to",))])
    if invaded:
        cands.insert(0, invaded)
    if reached:
        cands.append(reached)
    if conv.enabled("case-against", options.since):
        cands.append(_accused(roles.prep_objects(n, _CASE_PREPS)))     # "a hearing on the charges against X"
    toll = _toll_victims(n, options)
    if toll:
        cands.append(toll)
    if lookup(p.cameo).root in VIOLENT_ROOTS and conv.enabled("struck-objects", options.since):
        # "the strike flattened the consular annex of the embassy": what the attack destroyed or hit, or what
        # that is part of, is its target (round32)
        struck = _struck_objects(n)
        cands.append(struck + [g for o in struck for g in roles.prep_objects(o, ("of",))])
    if light:
        cands += [roles.datives(verb),
                  [o for o in roles.direct_objects(verb) if o.i != n.i],
                  roles.prep_objects(verb, roles.TARGET_PREPS)]
    if lookup(p.cameo).root in _ANSWERED_ROOTS:
        cands.append(_responders(n))
    if p.cameo.startswith("112") and conv.enabled("accusation-content", options.since):
        cands.append(_accused_in_content(n))    # "allegations that the minister took bribes": the minister
    if p.cameo.startswith("112") and conv.enabled("accused-of-wrong", options.since):
        cands.append(_accused_of_wrong(n))      # "allegations of vote-buying against the party" (session 42)
    if lookup(p.cameo).root in _MEETING_ROOTS and conv.enabled("infinitive-partners", options.since):
        cands += _purpose_partners(n)           # "a pledge to hand two million shillings to a hospital" (session 25)
    if lookup(p.cameo).root == _REJECT_ROOT and conv.enabled("refusal-nouns", options.since):
        # "the refusal to meet the strikers": whom the refused act was aimed at; "the rejection of the union's
        # demands", "the rejection of the envoy": whose proposal, or who, was turned down (session 28 appeal29)
        cands.append([o for c in refused for o in roles.direct_objects(c) + roles.prep_objects(c, roles.TARGET_PREPS)])
        cands.append([q for o in roles.prep_objects(n, ("of",)) if not refused for q in roles.possessors(o) + [o]])
    if conv.enabled("thing-owners", options.since) and p.cameo[:2] in THING_OWNER_ROOTS:
        # "search warrants at two properties where the suspects had stayed", "a raid on their home" (targ32)
        places = roles.prep_objects(n, preps + _THING_PREPS)
        if light or n.dep_ in ("dobj", "obj") and n.head.pos_ == "VERB":
            # ("carried out search warrants at two houses": the parse hangs the place on the verb)
            places += roles.prep_objects(n.head if not light else verb, _THING_PREPS)
        cands.append(_thing_owners(places))
    if lookup(p.cameo).root in _OF_OBJECT_ROOTS and conv.enabled("of-object-sides", options.since):
        # "the restoration of ties with Bahrain", "the lifting of U.S. sanctions on Syria": the act is done to the
        # of-phrase's thing; that thing's partner or aim is the target, its nationality the doer (session 46 coop50)
        things = roles.prep_objects(n, ("of",))
        cands.append([o for t in things for o in roles.prep_objects(t, _OF_OBJECT_PREPS)])
        if not sources:
            sources = args.resolved(analysis, [m for t in things for m in roles.noun_modifiers(t) + roles.possessors(t)
                                               if m.ent_type_ in ("GPE", "NORP", "ORG")])
    if lookup(p.cameo).root == "04" and conv.enabled("noun-meeting-settings", options.since):
        # "held talks on the margins of a NATO meeting": where they met, never whom (session 46 coop50)
        cands = [[c for c in group if c.lemma_.lower() not in _MEETING_SETTINGS] for group in cands]
    return sources, _arrest_sites(p, cands, options)


_OF_OBJECT_ROOTS = frozenset({"05", "08"})     # ties restored, agreements signed, sanctions lifted (of-object-sides)
_OF_OBJECT_PREPS = ("with", "on", "to", "against")


def _with_quantity(n: Token, options: CoderOptions) -> list[Token]:
    """The noun and the noun of quantity around it: "faced a storm of criticism from X", "delivered a string of
    accusations against X" -- the parse hangs the noun's own phrase on the quantity (convention quantity-nouns;
    session 37 crit41)."""
    q = roles.quantity_head(n) if conv.enabled("quantity-nouns", options.since) else None
    return [n] if q is None else [n, q]


_DRAWING_VERBS = word_list("patterns", "DRAWING_VERBS")


def _hung_from_phrase(n: Token) -> list[Token]:
    """The from-phrase of words aimed at someone that the parse hangs on a neighbour of the noun (convention
    from-authors-hung, session 34): on the first conjunct ("abuse and threats from the governor"), on the noun
    whose of-phrase holds it ("a wave of threats from rival clans"), or on
    the verb of drawing or receiving whose object it is ("the decision drew angry threats from Russia": word list
    DRAWING_VERBS)."""
    h = n.head if n.dep_ == "conj" and n.head.pos_ in ("NOUN", "PROPN") else n
    found = roles.prep_objects(h, ("from",)) if h.i != n.i else []
    if not found and h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.pos_ == "NOUN":
        found = roles.prep_objects(h.head.head, ("from",))
    if not found and h.dep_ in ("dobj", "obj") and h.head.pos_ == "VERB" and h.head.lemma_.lower() in _DRAWING_VERBS:
        found = roles.prep_objects(h.head, ("from",))
    return found


_REJECT_ROOT = "12"
_RELEASE_PREFIX = "084"     # release or return of people: the released are named in the of-phrase
_PLEDGE_ROOTS = ("03", "07")    # a pledge or gift of a sum told as a noun (pledged-noun-recipients, coop49)
_THING_PREPS = ("at", "on", "of")
_OF_PATIENT_NOUNS = word_list("patterns", "OF_PATIENT_FORCE_NOUNS")
_STRUCK_VERBS = word_list("patterns", "STRUCK_VERBS")


def _reached_by(n: Token) -> list[Token]:
    """"A convoy of aid trucks crossed into Syria", "the first aid flight landed in Aden": what aid on the move, the
    subject of a verb of arrival (word list AID_ARRIVAL_VERBS), reached is its recipient (session 40 coop44)."""
    mover = roles.quantity_head(n) or n
    if mover.dep_ == "pobj" and mover.head.lower_ == "of" and mover.head.head.pos_ == "NOUN":
        mover = mover.head.head              # ("a convoy of aid trucks entered Sudan")
    # (the parse may read the verb as a participle on the noun: "a convoy of aid trucks crossed into Syria")
    verbs = ([mover.head] if mover.dep_ == "nsubj" else []) + [c for c in children(n) if c.dep_ == "acl"]
    return [o for v in verbs if v.lemma_.lower() in _AID_ARRIVAL_VERBS
            for o in roles.direct_objects(v) + roles.prep_objects(v, ("into", "to", "in", "at"))]


_AID_ARRIVAL_VERBS = word_list("patterns", "AID_ARRIVAL_VERBS")


def _struck_objects(n: Token) -> list[Token]:
    """The direct objects of a verb of damage (word list STRUCK_VERBS) an attack noun is the subject of ("the
    strike flattened the annex", "the blast destroyed two shops"; convention struck-objects)."""
    if n.dep_ != "nsubj" or n.head.pos_ != "VERB" or n.head.lemma_.lower() not in _STRUCK_VERBS:
        return []
    return [o for o in roles.direct_objects(n.head) if o.i != n.i]


def _of_patient_noun(n: Token) -> bool:
    """A force noun whose of-phrase names what the force struck (convention force-of-targets): the -ing nouns made
    of a verb ("the shelling of the town", "the bombing of an embassy") and the nouns of word list
    OF_PATIENT_FORCE_NOUNS ("the bombardment of the port"); "the offensive of the army" names who attacked."""
    return n.lower_.endswith("ing") or n.lemma_.lower() in _OF_PATIENT_NOUNS


def _refused_acts(n: Token) -> list[Token]:
    """The act a refusal noun names as refused: its to-infinitive ("refusal to meet the strikers")."""
    return [c for c in children(n) if c.dep_ in ("acl", "relcl") and roles.to_infinitive(c)]


_BEHIND_ROOTS = ("17", "18", "19", "20")
_BEHIND_VICTIM_PREPS = ("of", "on", "against", "at", "in")     # whom or where it struck


def _behind_doers(n: Token) -> list[Token]:
    """Who is said to be behind an act of force the noun names: the one accused or suspected "of being behind" it,
    the subject of "is believed to be behind" (convention behind-doers, round28, session 27 force28). The bare
    copula ("evidence that X was behind the attacks") is left: the petrarch2-gsr gold codes no event for it."""
    if n.dep_ != "pobj" or n.head.lower_ != "behind" or n.head.head.lemma_.lower() != "be":
        return []
    if not roles.prep_objects(n, _BEHIND_VICTIM_PREPS):
        return []       # "accused X of being behind the killing": no victim or place named, no act of one side alone
    be = n.head.head
    if be.dep_ == "pcomp" and be.head.lower_ == "of":
        held = be.head.head     # "accused X of being behind", or the parse hangs "of" on X ("suspect X of being")
        if held.pos_ in ("VERB", "ADJ"):
            return roles.direct_objects(held) or roles.subjects(held)
        return [held] if held.dep_ in ("dobj", "obj") else []
    if be.dep_ == "xcomp" and be.head.i != be.i:
        return roles.subjects(be)   # "are believed to be behind": the controlled subject
    return []


def _arrest_sites(p: Pattern, cands: list[list[Token]], options: CoderOptions) -> list[list[Token]]:
    """"made two arrests at the motel", "the arrest in the town": the at- or in-phrase of an arrest noun is where
    people were held, not whom; only a person's name or a pronoun there stays a candidate (convention arrest-sites,
    session 21)."""
    if lookup(p.cameo).root != "17" or not conv.enabled("arrest-sites", options.since):
        return cands
    return [[h for h in c if h.head.lower_ not in ("at", "in") or h.ent_type_ == "PERSON" or h.pos_ == "PRON"]
            for c in cands]


def _accused_in_content(n: Token) -> list[Token]:
    """The subject of the that-clause an accusation noun holds ("allegations that the minister had taken
    bribes", "the charge that the police beat them"): whom it accuses (round21, convention accusation-content)."""
    return [g for c in children(n) if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                         for m in children(c))
            for g in children(c) if g.dep_ in ("nsubj", "nsubjpass")]


def _accused_of_wrong(n: Token) -> list[Token]:
    """Whom an accusation noun accuses when the parser hangs the against-phrase on the wrong it names ("allegations
    of vote-buying against the ruling party", "accusations of fraud against the mayor": the party, the mayor), as
    it hangs it on the noun itself when no of-phrase comes between. Only when that wrong is no act with a pattern of
    its own, nor a wrong done to victims (word list VICTIM_WRONGS): "allegations of violence against protesters"
    names the victims, not the accused (convention accused-of-wrong, session 42 crit46)."""
    skip = pattern_index("noun").keys() | word_list("patterns", "VICTIM_WRONGS")
    return [a for w in roles.prep_objects(n, ("of",)) if w.lemma_.lower() not in skip and w.lower_ not in skip
            for a in roles.prep_objects(w, ("against",))]


def _in_protest(n: Token, since: frozenset[str] | None) -> Token | None:
    """The verb of a protest noun in an in-phrase (`roles.protest_manner_verb`) whose subject protested; None when
    negated. Before convention protest-manners (round43) also None when the verb is itself a protest verb; now the noun's
    event takes the subject and is dropped by merges.drop_protest_manners when the verb's own protest is coded
    ("blocked the road in protest"), and kept when it is not ("gathered outside parliament in protest")."""
    verb = roles.protest_manner_verb(n)
    if verb is None or any(c.dep_ == "neg" for c in children(verb)) \
            or not conv.enabled("protest-manners", since) and _protest_verb(verb):
        return None
    return verb


# roots of words aimed at someone that the one they were aimed at answers ("reacted to threats by X")
_ANSWERED_ROOTS = frozenset(word_list("patterns", "ANSWERED_ROOTS"))
_RESPONDING_VERBS = word_list("patterns", "RESPONDING_VERBS")


def _responders(n: Token) -> list[Token]:
    """"The nurses reacted angrily to threats by the minister", "the mayor responded to criticism from the union":
    who answers a threat, criticism or demand named by a noun after "to" is whom it was aimed at, when the noun
    names no target of its own (session 15)."""
    prep = n.head
    if n.dep_ != "pobj" or prep.lower_ != "to" or prep.head.i == prep.i:
        return []
    verb = prep.head
    if verb.pos_ != "VERB" or not roles.lemmas(verb) & _RESPONDING_VERBS:
        return []
    return roles.subjects(verb)


_ADJUNCT_PREPS = word_list("patterns", "MEETING_ADJUNCT_PREPS")
_ADJUNCT_VERBS = word_list("patterns", "MEETING_ADJUNCT_VERBS")
_ADJUNCT_PARTICIPLE_PREPS = word_list("patterns", "MEETING_ADJUNCT_PARTICIPLE_PREPS")


def _visitor_for(n: Token) -> list[Token]:
    """The noun a meeting noun's for-phrase hangs on beside an in-phrase of place ("the minister, in Canberra for
    talks with X"), when the meeting names its partner: the one who came for it."""
    prep = n.head
    if n.dep_ != "pobj" or prep.lower_ != "for" or prep.head.i == prep.i or not roles.prep_objects(n, ("with",)):
        return []
    visitor = prep.head
    if visitor.pos_ not in ("NOUN", "PROPN") or not roles.prep_objects(visitor, ("in",)):
        return []
    return [visitor]


def _adjunct_meeting_subjects(n: Token, since: frozenset[str] | None = None) -> list[Token]:
    """The subjects of the verb of saying a meeting noun's after/during/following phrase hangs on ("said after
    talks with X", "After talks with X, Y told reporters"): who met (convention adjunct-meetings, round 15); none
    without a with/between partner ("after the summit") or on another verb ("arrested him during a meeting with
    his lawyer": he met the lawyer, not the police)."""
    if roles.prep_objects(n, ("between",)):
        return []       # "signed a deal after talks between their prime ministers": the between-phrase names who met
    partnered = bool(roles.prep_objects(n, ("with",)))
    head = roles.quantity_head(n) or n
    prep = head.head
    if head.dep_ != "pobj" or prep.head.i == prep.i:
        return []
    verb = prep.head
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and verb.head.i != verb.i \
            and prep.lower_ in _ADJUNCT_PARTICIPLE_PREPS \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb)):
        verb = verb.head        # "Emerging from a meeting with X, Y said": the participle is the speaker's
    elif prep.lower_ not in _ADJUNCT_PREPS:
        return []
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _ADJUNCT_VERBS:
        return []
    if prep.lower_ == "in" and prep.i > verb.i:
        return []       # "said in a conversation with reporters": an interview; only a fronted "In a call with X, Y
                        # said" names a call the speaker held (session 28)
    subjects = roles.subjects(verb)
    if not partnered and call_partners(n) and conv.enabled("adjunct-call-partners", since):
        return subjects     # "In a phone call, X told Y that ...": X spoke with Y (session 45 coop49)
    if not partnered:
        # "A and B agreed to restore ties after four days of talks in Beijing": with no partner named, the talks
        # were between the clause's own coordinated subjects, when it has two or more (session 36 coop39)
        if not any(len(roles.conjuncts(t)) >= 2 or _paired_modifiers(t) for t in subjects):
            return []
    return subjects


def _paired_modifiers(t: Token) -> bool:
    """"Turkish and Iraqi officials", "the Russian and Indian leaders": one subject noun whose coordinated nationality
    or name modifiers name two sides or more, which met as coordinated subjects do ("At talks in Ankara, Turkish and
    Iraqi officials agreed ...": convention adjunct-meetings, session 43 coop47)."""
    return any(c.dep_ in ("amod", "compound") and len(roles.conjuncts(c)) >= 2 for c in children(t))


_TRIP_PREPS = word_list("patterns", "TRIP_ADJUNCT_PREPS")
_TRIP_PHASES = word_list("patterns", "TRIP_PHASE_NOUNS")


def _trip_takers(n: Token) -> list[Token]:
    """Convention trip-adjuncts (session 28 coop29): a visit or trip noun with a destination and no visitor of its
    own ("a trip to Hanoi"), set as when the clause happened by a during/on/at/after phrase (word list
    TRIP_ADJUNCT_PREPS), itself or through a phase of it ("at the close of a trip to X": TRIP_PHASE_NOUNS): the
    subjects of that clause's verb made the trip ("signed three deals during a trip to China"). [] otherwise."""
    if not roles.prep_objects(n, ("to",)) or roles.possessors(n):
        return []
    head = n
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in _TRIP_PHASES:
        head = head.head.head           # "the close of a trip"
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in _TRIP_PREPS or prep.head.i == prep.i:
        return []
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or roles.is_passive(verb):
        return []
    if prep.lower_ == "in" and prep.i > verb.i:
        return []       # "showed interest in a visit to Lima": only a fronted "In a visit to X, Y said" sets the clause
                        # in the trip (session 48 coop52)
    return roles.subjects(verb)


_BEARER_PREPS = word_list("patterns", "BEARER_PREPS")


_BODY_NOUNS = word_list("patterns", "BODY_NOUNS")


def _wound_bearer(n: Token, options: CoderOptions) -> list[Token]:
    """"A man was found dead with gunshot wounds", "died of stab wounds", "suffered bullet wounds": the one who
    bore the wounds of an attack (noun set WOUNDS) is its victim -- the subject of the clause the wounds hang on
    (convention wounds)."""
    if not _in_set(n, "WOUNDS") or not conv.enabled("wounds", options.since):
        return []
    head = n.head.head if n.dep_ == "pobj" and n.head.lower_ in _BEARER_PREPS else n.head if n.dep_ == "dobj" else None
    if head is not None and head.pos_ == "ADJ" and head.dep_ in ("oprd", "acomp", "xcomp"):
        head = head.head                # "found dead with": the wounds are on the one found
    if head is not None and head.pos_ == "NOUN" and n.dep_ == "pobj" and n.head.lower_ == "with" \
            and conv.enabled("wounded-bodies", options.since):
        # "the bodies of nine men with gunshot wounds were found", "a man with stab wounds": the people, or the
        # body, the with-phrase is on bore them (word list BODY_NOUNS; session 45 vio49)
        if head.lemma_.lower() in _BODY_NOUNS:
            return roles.prep_objects(head, ("of",)) or [head]
        return [head] if args.names_people(head) else []
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return []
    bearers = roles.direct_objects(head) if roles.is_passive(head) else roles.subjects(head)
    if not roles.is_passive(head) and n.dep_ == "pobj" and conv.enabled("wounds-found-on", options.since):
        # "police found the victim with stab wounds", "the attack left a woman with gunshot wounds": the one found,
        # treated or left with them bore them, not the finder (session 49 vio53); "he escaped with minor
        # wounds", with no object, keeps its subject
        bearers = [o for o in roles.direct_objects(head) if o.i != n.i] or bearers
    return [b for b in bearers if b.i != n.i]


# verbal acts aimed at people the actors stage may not resolve ("praised the volunteers", "criticised the
# organisers", "urged the residents"): the people named keep their words as the target (round 6)
_WORDS_TO_PEOPLE_ROOTS = {"02", "05", "11"}
