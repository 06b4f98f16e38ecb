"""Source and target of a verb trigger, read off the dependency parse: subject and object, passives and their
by-phrases, the prepositions a pattern names, purpose clauses, deal partners, the victims of a toll and the
addressee of a governing verb. _code_trigger (coder.py) calls `_verb_roles` for every verb trigger; noun triggers
go to noun_roles.py. The candidate lists it orders (owners, partners, addressees, victims, the accused) are built in
target_candidates.py, which noun_roles.py shares.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import conventions as conv
from newsgraph.events import eased_measures, roles
from newsgraph.events.arguments import Party
from newsgraph.events.conditions import condition_clauses
from newsgraph.events.ontology import REQUEST_ROOTS as _REQUEST_ROOTS
from newsgraph.events.ontology import VIOLENT_ROOTS as _VIOLENT_ROOTS
from newsgraph.events.ontology import lookup
from newsgraph.events.patterns import FALLBACK_PREFIX, noun_sets
from newsgraph.events.merges import TIME_NOUNS as _TIME_NOUNS
from newsgraph.events.triggers import TIME_RELATION_PREPS as _TIME_RELATION_PREPS
from newsgraph.events.triggers import CoderOptions, Trigger
from newsgraph.events.trade_sides import goods_destinations, goods_origins, goods_sold_to, outbound_goods
from newsgraph.events.tree_preps import absolute_subject
from newsgraph.nlp.cache import children
from newsgraph.records import Analysis
from newsgraph.events.harm_context import (_attack_agents, _attack_means, _clause_attackers, site_named_attack,
    _in_set, _is_nonagent, blamed_doers)
from newsgraph.events.target_candidates import (THING_OWNER_ROOTS, _ABDUCT_CODE, _CASE_PREPS, _FALLBACK_PREPS,
    _HANDOVER_CODE, _INFO_TOPIC_PREPS, _INTENT_ROOT, _MEETING_ROOTS, _OWN_POSSESSIVES, _VENUE_PREPS, _VISIT_MODE,
    _accused, _askers, _beside_topics, _case_nouns, _deal_parties, _governing_addressees, _message_recipients,
    _named_members, _object_act_agents, _owners, _purpose_foes, _purpose_partners, _relative_object, _thing_owners,
    _topic_partners, fired_thing)

_MOBILIZE_ROOT = "15"
_EXPEL_CODE = "174"      # expel or deport: the to-phrase is where they are sent (session 47 tgt51)
_AID_ROOT = "07"      # aid given: a passive gift's from-phrase is its giver (passive-gift-origin, session 46)
_SANCTION_ROOT = "16"
_EASED_SANCTION_CODE = "085"
_DEESCALATE_CODE = "087"
_BLOCKADE_NOUNS = ("blockade", "blockades", "siege")
_STOPPED_GOODS_ROOTS = ("12", "16")    # "moved to block the sale of jets to Turkey" (blocked-goods-targets, coop49)
_BAN_CODE = "172"       # administrative sanctions: "imposed a ban on arms exports to X" (goods-destination-targets)
_SHARE_INFO_CODE = "064"      # sharing intelligence or information: its object is what is shared
_WITHDRAW_CODE = "087"        # de-escalation: the forces pulled back are the means, not a side (mat42)
_OCCUPY_CODE = "192"          # ground occupied: "control" seized is the act, not a side (left47)
_DEMAND_ROOT = "10"
_GIVING_BACK = frozenset(("return", "hand", "give", "turn"))   # verbs of giving back (convention returned-ground)
_BID_NOUNS = word_list("patterns", "BID_NOUNS")     # a bid's or candidacy's for-phrase: the post sought, no side
_NEAR_PREPS = ("near", "along", "across", "outside")
_FORCE_INSIDE_PREPS = tuple(sorted(word_list("patterns", "FORCE_INSIDE_PREPS")))
# Prepositions that name who or what an event noun was done to ("the killing of", "an attack on").
_CARGO_PARTICIPLES = word_list("patterns", "CARGO_PARTICIPLES")
_MEASURE_VERBS = word_list("patterns", "MEASURE_VERBS")



def _amount(o: Token) -> bool:
    """Is the noun counted as an amount ("more soldiers", "additional funds", "5,000 troops")?"""
    return any(c.dep_ == "nummod" or c.dep_ in ("amod", "advmod") and c.lower_ in _AMOUNT_WORDS for c in children(o))

def _measure_recipients(objects: list[Token]) -> list[Token]:
    """Who an aid measure's own clause gives to: "a package that includes 5 billion dollars for Moldova", "a bill
    providing arms to Taiwan" -- the to/for phrase (or indirect object) of a verb of allotting on the object, or of
    that verb's own object (convention measure-recipients)."""
    out: list[Token] = []
    for o in objects:
        for c in children(o):
            if c.dep_ not in ("acl", "relcl") or c.lemma_.lower() not in _MEASURE_VERBS:
                continue
            out += roles.prep_objects(c, ("to", "for")) + roles.datives(c)
            out += [g for d in roles.direct_objects(c) for g in roles.prep_objects(d, ("to", "for"))]
    return out
_TOPIC_OBJECT_VERBS = word_list("patterns", "TOPIC_OBJECT_VERBS")
# "recalled its ambassador in/to X": where an envoy of the source's own state was posted (round24)
_POSTED_PREPS = tuple(sorted(word_list("patterns", "POSTED_PREPS")))



_PROTEST_ROOT = "14"
_EXPULSION_CODES = frozenset({"1662", "174"})   # and any pattern whose PLOVER mode is "expel" (161 for diplomats)

def _bare_protest(obj: Token) -> bool:
    """A protest noun (noun set PROTESTS) with no name or possessor of its own ("a protest held by the party"); "a
    Trump rally", "the union's march" keep theirs, whom the rally is named after (senses SE-person-rally-force26)."""
    return obj.lemma_.lower() in noun_sets()["PROTESTS"] and not any(
        c.dep_ in ("compound", "poss") for c in children(obj))


def _own_envoy(obj: Token) -> bool:
    """An envoy (noun set AMBASSADOR) the source's own possessive pronoun owns ("its ambassador", "their
    envoys"): one of the source's own diplomats."""
    return obj.lemma_.lower() in noun_sets()["AMBASSADOR"] and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in children(obj))


def _people(analysis: Analysis, heads: list[Token], options: CoderOptions) -> list[Party]:
    """Resolved parties of the phrases, else (round 3) the phrases that plainly name people."""
    found = args.resolved(analysis, heads)
    if found or not conv.enabled("unresolved-sides", options.since):
        return found
    return args.unresolved(heads)


_AIMED_AT = roles.AIMED_PREPS + ("into",)    # "after shooting at police", "after firing into the crowd": aimed


def _bare_adjunct_gerund(tok: Token) -> bool:
    """An -ing form with no object, subject or complement of its own after a preposition of time ("after
    shooting", "following looting"): a headline's event noun, not an act of the main clause's subject."""
    return tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in _TIME_RELATION_PREPS \
        and not any(c.dep_ in ("dobj", "obj", "nsubj", "ccomp", "xcomp", "dative")
                    or c.dep_ == "prep" and c.lower_ in _AIMED_AT for c in children(tok))


def partnered_gerund(analysis: Analysis, tok: Token, prep: tuple[str, ...] | None) -> bool:
    """"Signed the deal after meeting with the Chinese leader", "left after talking to the envoy": an -ing form after a
    preposition of time that governs the preposition its own pattern requires, its object a side the actors stage
    resolves (a partner, not "before committing to a June opening"), is the main clause subject's act, not a
    headline's bare event noun (convention partnered-gerunds, session 49 coop53)."""
    wanted = set(prep or ())
    objects = [g for c in children(tok) if c.dep_ == "prep" and c.lower_ in wanted
               for g in children(c) if g.dep_ == "pobj"]
    return bool(objects) and bool(args.resolved(analysis, objects))


def _discussion(tok: Token, since: frozenset[str] | None) -> bool:
    """A verb of discussion (word list TOPIC_OBJECT_VERBS) whose object is the matter discussed, never a side
    (convention discussed-matters, session 26)."""
    return tok.lemma_.lower() in _TOPIC_OBJECT_VERBS and conv.enabled("discussed-matters", since)


_PLACES_OF_HOLDING = word_list("patterns", "PLACES_OF_HOLDING")
_MEETING_SETTINGS = word_list("patterns", "MEETING_SETTINGS")   # "met on the sidelines of the summit" (session 44)
_AMOUNT_WORDS = word_list("patterns", "REQUESTED_AMOUNT_WORDS")  # "asked for more troops" (session 46 lead)
_MEDIA_CHANNELS = word_list("patterns", "MEDIA_CHANNELS")     # "welcomed the deal on social media" (session 37)
_PLATFORM_PREPS = ("on", "via")
_ASIDE_CRITICISM_VERBS = word_list("patterns", "ASIDE_CRITICISM_VERBS")


def speaker_aside(tok: Token) -> Token | None:
    """"The union said the board had delayed the repairs, accusing it of ...": a criticising -ing clause (word list
    ASIDE_CRITICISM_VERBS) set off by a comma after the clause a verb of saying reports is the speaker's aside,
    though the parse hangs it on the reported verb: the verb of saying, whose subject criticises (convention
    speaker-asides, session 29 crit30). None when the clause is not such an aside."""
    head = tok.head
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or head.i == tok.i or tok.i < head.i \
            or tok.lemma_.lower() not in _ASIDE_CRITICISM_VERBS or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return None
    if head.dep_ not in ("ccomp", "parataxis") or head.head.i == head.i or head.head.i > head.i:
        return None
    say = head.head
    return say if say.lemma_.lower() in roles.SAYING_HEADS and say.pos_ in ("VERB", "AUX") else None


def _no_side_phrase(obj: Token, options: CoderOptions, code: str = "99") -> bool:
    """"was released from prison", "freed from custody": the place someone was held, named by a from-phrase, is
    no side of the act (convention held-from, session 26); nor is "on behalf of X" ("filed a suit on behalf of the
    senators against the police chief": the senators are the client, not whom the suit is against)."""
    if obj.head.lower_ == "with" and obj.lemma_.lower() in noun_sets()["WEAPONS"] \
            and conv.enabled("weapon-instruments", options.since):
        return True     # "attacked a refinery with drones": what it was done with, not a side (round35)
    if obj.head.lower_ in _PLATFORM_PREPS and (obj.lemma_.lower() in _MEDIA_CHANNELS or obj.lower_ in _MEDIA_CHANNELS) \
            and conv.enabled("platform-phrases", options.since):
        return True     # "welcomed the deal on social media", "criticised him on television": where, not whom (round39)
    if occasion_phrase(obj, options, code):
        return True     # "pledged aid to Sudan at a donors' conference": when and where, not whom (session 44 tgt48)
    if absolute_subject(obj) and conv.enabled("absolute-with-clauses", options.since):
        return True     # "renewed sanctions on Libya, with Russia abstaining": around the act, not whom (tgt49)
    if not conv.enabled("held-from", options.since):
        return False
    return (obj.head.lower_ == "from" and obj.lemma_.lower() in _PLACES_OF_HOLDING) \
        or (obj.lower_ == "behalf" and obj.head.lower_ in ("on", "in"))


def occasion_phrase(obj: Token, options: CoderOptions, code: str) -> bool:
    """An at- or during-phrase naming an occasion (word list OCCASION_NOUNS) of an act of words or of cooperation:
    when and where, never its side (convention occasion-phrases, session 44 tgt48). Read for a verb's phrases and,
    since session 46 prec50, a noun trigger's: "wants to announce a free-trade pact at the Summit of the Americas"
    names no partner of the pact."""
    return obj.head.lower_ in ("at", "during") and obj.lemma_.lower() in _OCCASION_NOUNS \
        and code[:2] < _FORCE_ROOT and conv.enabled("occasion-phrases", options.since)


_THREAT_ROOT = "13"
# occasions an act of words or of cooperation is done at ("at a donors' conference", "during the summit"): no side of
# it; below root 14, since a ceremony or a wedding fired on is its guests (convention occasion-phrases)
_OCCASION_NOUNS = word_list("patterns", "OCCASION_NOUNS")
_FORCE_ROOT = "14"


def _condition_subjects(verb: Token, own: bool = False) -> list[Token]:
    """Subjects of the if/unless clauses of the verb's complement clauses ("warned that X would respond if Y
    attacked": Y); with `own`, of the verb's own too ("warned of military action if Y blocks the strait": Y;
    session 34 thr37)."""
    clauses = [c for c in children(verb) if c.dep_ == "ccomp"] + ([verb] if own else [])
    return [g for c in clauses for a in condition_clauses(c) for g in children(a) if g.dep_ in ("nsubj", "nsubjpass")]


_SELF_HANDOVER_PARTICLES = ("in",)


def _handover_holders(tok: Token) -> list[Token]:
    """"turned himself in to police", "handed herself in at a police station": who takes the one who gives himself
    up into custody -- the object of the to-phrase, or the modifier of the place the at-phrase names (session 36b
    left40)."""
    found = list(roles.prep_objects(tok, "to"))
    found += [m for o in roles.prep_objects(tok, "at") for m in children(o) if m.dep_ in ("compound", "amod", "poss")]
    return found


def _forces(tok: Token) -> bool:
    """Troops or armed people (noun sets TROOPS, ARMED): a side's own means when it sends, readies or withdraws them."""
    return _in_set(tok, "TROOPS") or _in_set(tok, "ARMED")


_CONSULT_ROOT = "04"
_SUPPORT_ROOT = "05"


def _without_venues(tok: Token, cands: list[list[Token]]) -> list[list[Token]]:
    """"welcomed his Indonesian counterpart at the presidential palace": where a meeting or a visit took place is no
    side of it when the verb names one of its own (a direct object or a with-partner); the palace, read as the
    government it houses, would stand in for the guest (convention meeting-venues, session 43 coop47). With no such
    side the at-phrase stays ("arrived at the Kremlin")."""
    venues = {o.i for o in roles.prep_objects(tok, ("at",))}
    if not venues or not [o for o in roles.direct_objects(tok) + roles.prep_objects(tok, ("with",))
                          if o.i not in venues]:
        return cands
    return [[c for c in group if c.i not in venues] for group in cands]


def _has_owner(obj: Token) -> bool:
    """"backed Morocco's autonomy plan for Western Sahara": a plan, bill or stance with a possessor belongs to it, the
    side supported; its for-phrase says what the plan is for (convention owned-plans, session 44 coop48). A
    possessive pronoun is no such owner: "showed his support for oil workers", "voiced their backing for the
    strikers" name the doer's own stance, whose for-phrase is the side supported (session 44 lead, at merge)."""
    return any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in children(obj))


def _form_givers(tok: Token) -> list[Token]:
    """"is receiving help in the form of 2 million euros from the EU": the parse hangs the giver's from-phrase on
    "form" or on what the help took the form of, not on the verb (convention form-givers, session 43 coop47)."""
    forms = [f for f in roles.prep_objects(tok, ("in",)) if f.lemma_.lower() == "form"]
    return [g for f in forms for h in [f] + roles.prep_objects(f, ("of",)) for g in roles.prep_objects(h, ("from",))]


def _verb_roles(analysis: Analysis, trig: Trigger, options: CoderOptions) -> tuple[list[Party], list[list[Token]]]:
    tok, p = trig.token, trig.pattern
    subj = roles.subjects(tok)
    aside = speaker_aside(tok) if conv.enabled("speaker-asides", options.since) else None
    if aside is not None:
        subj = roles.subjects(aside) or subj     # (session 29 crit30)
    if conv.enabled("non-agents", options.since):
        subj = [h for h in subj if not _is_nonagent(h, options.since) and not site_named_attack(h)]
    if subj and _bare_adjunct_gerund(tok) and conv.enabled("adjunct-gerunds", options.since) \
            and not (partnered_gerund(analysis, tok, p.prep) and conv.enabled("partnered-gerunds", options.since)):
        subj = []           # "Town mourns after shooting": the shooting's doer is unnamed
    violent = lookup(p.cameo).root in _VIOLENT_ROOTS
    mobilise = lookup(p.cameo).root == _MOBILIZE_ROOT
    if p.symmetric == "patient":
        # "two soldiers died in Israeli shelling": the subject suffered the act; the means name the attacker
        if violent and conv.enabled("attack-agent", options.since):
            named = _people(analysis, _attack_agents(tok, options), options)
            if not named and conv.enabled("when-attackers", options.since):
                named = _people(analysis, _clause_attackers(tok, options.since), options)
            if named:
                return named, [subj]
        if not violent:
            # "remains in police custody", "in Israeli custody": the holder modifies the place of holding
            holders = [m for o in roles.prep_objects(tok, p.prep) for m in children(o)
                       if m.dep_ in ("compound", "amod", "poss")]
            if p.cameo.startswith("173") and p.prep in _SELF_HANDOVER_PARTICLES:
                holders += _handover_holders(tok)
            return args.resolved(analysis, holders), [subj]
        return args.resolved(analysis, _attack_means(tok)), [subj]
    sources = args.resolved(analysis, subj)
    if not sources and violent and conv.enabled("blamed-doers", options.since):
        # "the explosion, blamed on separatists, killed four soldiers": the act the subject names was laid on
        # someone (round32)
        sources = args.resolved(analysis, [d for h in roles.subjects(tok) for d in blamed_doers(h)])
    if not sources and subj and conv.enabled("including-doers", options.since):
        # "Some observers, including Senator X, criticized the plan": the named members of an unnamed group (round29)
        sources = args.resolved(analysis, [m for s in subj for m in _named_members(s)])
    passive = roles.is_passive(tok)
    if not sources and violent and passive and not roles.agent_of(tok) and conv.enabled("attack-agent", options.since):
        sources = _people(analysis, _attack_agents(tok, options), options)
    if not sources and violent and passive and not roles.agent_of(tok) and conv.enabled("when-attackers", options.since):
        sources = _people(analysis, _clause_attackers(tok, options.since), options)
    if not sources and violent and passive and conv.enabled("attack-means", options.since):
        sources = args.resolved(analysis, _attack_means(tok))
    if not sources and violent and passive and not roles.agent_of(tok) and conv.enabled("attack-origin", options.since) \
            and not (p.cameo.startswith(_ABDUCT_CODE) and conv.enabled("abducted-from", options.since)):
        # (round25: "was kidnapped from his store": the place a person was taken from, not the attackers' side)
        # "a rocket was fired at the town from across the border": fire comes from the attacking side
        sources = args.resolved(analysis, roles.prep_objects(tok, ("from",)))
    if not sources and passive and not roles.agent_of(tok) and conv.enabled("stranded-agent", options.since):
        # "was taken into custody by Chicago police": a "by" phrase the parse hung on the verb's own phrase
        sources = args.resolved(analysis, roles.stranded_agents(tok))
    if not sources and passive and not roles.agent_of(tok) and p.cameo.startswith(_HANDOVER_CODE) \
            and conv.enabled("handover-origin", options.since):
        # "was extradited from Peru to the United States": the state it came from handed the person over
        sources = args.resolved(analysis, roles.prep_objects(tok, ("from",)))
    gift_origin: list[Token] = []
    if not sources and passive and not roles.agent_of(tok) and lookup(p.cameo).root == _AID_ROOT \
            and conv.enabled("passive-gift-origin", options.since) \
            and args.resolved(analysis, roles.prep_objects(tok, ("to",))):
        # "Emergency supplies from Kuwait were distributed to Afghan families": the goods' from-phrase is the giver,
        # no one they went to; only with a recipient named as a side (session 46 coop50)
        given = [c for c in children(tok) if c.dep_ == "nsubjpass"]
        gift_origin = [g for h in given for g in roles.prep_objects(h, ("from",))]
        sources = args.resolved(analysis, gift_origin)
    if not sources and conv.enabled("unresolved-sides", options.since):
        sources = args.unresolved(subj)
    objects = [o for o in trig.parts[1:] if o.dep_ not in ("prt", "prep")]
    # "used force to disperse the crowd", "used excessive force against protesters": force used is the means, never
    # a side, though what hangs on it may name one (session 34 thr37)
    sides = [o for o in objects if not roles.force_means(o)] if conv.enabled("force-means", options.since) \
        else objects
    if p.objects:
        parts = {t.i for t in trig.parts}
        # "dragged the police chief to court": a direct object that is not the pattern's own object
        other = [o for o in roles.direct_objects(tok) if o.i not in parts]
        if conv.enabled("quantity-objects", options.since):
            # "a batch of tanks", "a shipment of 300 tonnes of wheat"
            other = [o for o in other if not any(q.i in parts for q in roles.quantified(o))]
        if conv.enabled("relative-objects", options.since):
            other = _relative_object(tok) + other
        if mobilise:
            # "put its navy on high alert": forces a side readies are its means, as forces sent are (session 42 lead)
            other = [o for o in other if not _forces(o)]
        cands = [roles.datives(tok), other]
        if mobilise and conv.enabled("mobilised-against", options.since):
            cands.insert(0, _purpose_foes(tok))  # "sent troops to counter the rebels' advance" (coop44)
        if p.cameo in _EXPULSION_CODES or p.mode == "expel":
            # "two Russian diplomats were expelled from Poland": the envoys expelled, not the state they leave
            # (its government expelled them; session 30 force31)
            cands += [objects]
        if (p.cameo[:2] == _SANCTION_ROOT or p.cameo.startswith(_BAN_CODE)) \
                and conv.enabled("goods-destination-targets", options.since):
            cands += [goods_destinations(tok, objects)]     # "a ban on arms exports to Riyadh" (session 44 tgt48)
        case_against = conv.enabled("case-against", options.since)
        if case_against:
            # "filed a complaint against the firm with the regulator": the accused, not where it was filed
            cands += [_accused(objects)]
            if conv.enabled("taken-case-against", options.since):
                # "took their case against Exxon to the supreme court": the accused, not the court (round27)
                cands += [_accused(other)]
            if any(o.lemma_.lower() in _case_nouns() for o in objects):
                # "filed a complaint with the WTO against Canada": the parse hangs the accused on the venue, or
                # on the verb after it (session 20)
                cands += [[a for o in roles.prep_objects(tok, _VENUE_PREPS) for a in roles.prep_objects(o, ("against",))]
                          + roles.prep_objects(tok, ("against",))]
        cands += [[o for o in roles.prep_objects(tok, p.prep + roles.TARGET_PREPS)
                   if o.i not in parts and not _no_side_phrase(o, options, p.cameo)]]
        # ("raised questions about the board's judgement": the pattern's own preposition hung on its object; "backed
        # Nigeria's bid for the WTO post": a bid's for-phrase is the post sought, the bidder the side, session 37 coop41)
        own_preps = tuple(w for w in p.prep if w not in roles.TARGET_PREPS) + roles.TARGET_PREPS
        owned = conv.enabled("owned-plans", options.since) and lookup(p.cameo).root == _SUPPORT_ROOT
        cands += [roles.prep_objects(o, tuple(w for w in own_preps if w != "for" or o.lemma_.lower() not in _BID_NOUNS
                                              and not (owned and _has_owner(o))))
                  for o in objects]
        # "dropped its investigation into an allegation against X": the one the case is against
        cands += [roles.prep_objects(g, ("against",)) for o in objects for g in roles.prep_objects(o, roles.TARGET_PREPS)]
        if p.cameo == _SHARE_INFO_CODE and conv.enabled("topic-recipients", options.since):
            cands += [_topic_partners([tok, *objects])]
        if p.cameo[:2] == "07" and conv.enabled("cargo-recipients", options.since):
            # "flew planes loaded with rice to Cuba": the parse hangs the recipient on the cargo participle; "sent
            # trucks carrying fuel into Gaza" too (session 44 coop48)
            cands += [roles.prep_objects(c, ("to", "into")) for o in objects for c in children(o)
                      if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _CARGO_PARTICIPLES]
        if p.cameo[:2] == "07" and p.symmetric == "reverse" and conv.enabled("form-givers", options.since):
            cands += [_form_givers(tok)]    # "receiving help in the form of new ventilators from a foundation"
        if (p.cameo[:2] == "07" and conv.enabled("sum-in-aid-recipients", options.since)
                or p.cameo[:2] == _INTENT_ROOT and conv.enabled("pledged-sum-recipients", options.since)):
            # "provided 5 million euros in humanitarian aid to Sudan": the parse hangs the recipient on the aid the
            # sum is counted in (session 38 mat42); "pledged 1 billion dollars in aid for Ukraine" (03x, session 44
            # tgt48)
            cands += [roles.prep_objects(a, ("to", "for")) for o in objects for a in roles.prep_objects(o, ("in",))]
        if p.cameo[:2] in ("07", _INTENT_ROOT) and objects and conv.enabled("pledged-sum-recipients", options.since):
            # "pledged 1 billion dollars in aid for Kyiv": the parse may hang the in-phrase on the verb, not on the sum
            cands += [roles.prep_objects(a, ("to", "for")) for a in roles.prep_objects(tok, ("in",))
                      if a.lemma_.lower() in noun_sets()["AID"]]
        if p.cameo.startswith(_DEESCALATE_CODE) and conv.enabled("eased-blockade-targets", options.since):
            # "eased its blockade of the Lebanese port of Tyre": whose place was blockaded (session 45 coop49)
            cands += [[g for o in objects if o.lemma_.lower() in _BLOCKADE_NOUNS for g in roles.prep_objects(o, ("of",))]]
        if p.cameo.startswith(_EASED_SANCTION_CODE) and conv.enabled("frozen-sum-owners", options.since):
            # "released $6 billion in frozen Iranian funds": whose funds the sum is counted in (session 45 coop49)
            funds = [g for o in objects + other for g in roles.prep_objects(o, ("in",))]
            if funds:
                cands[:0] = [funds, [c for g in funds for c in children(g) if c.ent_type_ in ("NORP", "GPE")]]
        if p.cameo[:2] == "07" and conv.enabled("measure-recipients", options.since):
            # "signed into law a package that includes 5 billion dollars for Moldova": the recipient the measure's
            # own clause names (word list MEASURE_VERBS; round35)
            cands += [_measure_recipients(objects)]
        if p.cameo[:2] == "19":
            # "fired the shots that killed the gunman", "the shell it fired hit a clinic" aside: the one whom what
            # was fired killed, wounded or hit, told in its relative clause (session 40 lead)
            cands += [[v for o in objects if fired_thing(o) or o.lemma_.lower() == "shot" for c in children(o)
                       if c.dep_ == "relcl" for v in roles.direct_objects(c)]]
        if p.cameo[:2] == _SANCTION_ROOT and conv.enabled("goods-origin-targets", options.since):
            cands += [goods_origins(tok, objects)]    # "tariffs on steel imports from Canada" (session 39 econ43)
        if p.cameo[:2] in _MEETING_ROOTS and conv.enabled("of-phrase-partners", options.since):
            # "signed a memorandum of understanding with X": the partner's with-phrase hangs on the of-phrase
            cands += [roles.prep_objects(g, ("with",)) for o in objects for g in roles.prep_objects(o, ("of",))]
        if case_against:
            # the parse hangs "into an allegation against X" on the verb, not on the investigation
            cands += [_accused(roles.prep_objects(tok, _CASE_PREPS))]
        # "found the officer guilty": the subject of the adjective clause is who it is about
        cands += [roles.clause_subjects(tok) if any(o.dep_ == "ccomp" and o.pos_ == "ADJ" for o in objects) else []]
        if p.cameo.startswith("11") and conv.enabled("grievance-clauses", options.since):
            # "expressed anger that the council had cut the routes": the subject of the noun's that-clause (round25)
            cands += [[g for o in objects for c in children(o) if c.dep_ in ("acl", "ccomp")
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in children(c))
                       for g in children(c) if g.dep_ in ("nsubj", "nsubjpass")]]
        if p.cameo.startswith("12"):
            cands += [_askers(objects)]
        if p.cameo.startswith("016"):
            # "rejected the allegations of the relatives", "denied the charges by the police": the accuser
            cands += [roles.prep_objects(o, ("of", "by", "from")) for o in objects]
            if conv.enabled("accusation-makers", options.since):
                # "rejected the allegations made by the ruling party": the participle's agent (ctry31)
                cands += [[a for o in objects for c in children(o) if c.dep_ == "acl" and c.tag_ == "VBN"
                           for a in roles.agent_of(c)]]
        own_envoys = [o for o in objects if _own_envoy(o)]
        if own_envoys:
            # "recalled its ambassador to Moscow", "withdrew their envoy in Minsk": the state the envoy was
            # posted to, not the envoy of the source's own state, which is no other side (round24)
            posts = [roles.prep_objects(o, _POSTED_PREPS) for o in own_envoys]
            cands += posts
            if any(posts) and conv.enabled("envoy-posts", options.since):
                # "recalled its ambassador from Nairobi over the rebel meeting": the posting names the state; the
                # over-phrase why (session 43 left47)
                reasons = {o.i for o in roles.prep_objects(tok, ("over",))}
                cands = [[c for c in group if c.i not in reasons] for group in cands]
        elif not mobilise:
            if p.cameo[:2] == _PROTEST_ROOT:
                # "attended a protest held by the party", "joined a march organised by the union": the protest
                # joined is the act, never the side it is aimed at (session 30 force31)
                objects = [o for o in objects if not _bare_protest(o)]
                sides = [o for o in sides if not _bare_protest(o)]
            seized = p.cameo == _OCCUPY_CODE and conv.enabled("seized-control", options.since)
            if seized:
                # "regained control of the town from the rebels": the one the ground was taken from (left47)
                cands += [[f for o in objects for g in roles.prep_objects(o, ("of",))
                           for f in roles.prep_objects(g, ("from",))]]
            if p.cameo.startswith(("110", "113", "115")) or seized:
                # "voiced opposition to X", "filed a lawsuit", "took X to court": the act and its venue, no side (crit41);
                # "seized control of two crossings": the control seized, no side (left47)
                sides = [o for o in sides if o.lemma_.lower() not in p.objects]
            cands += [sides]      # ("sent two battalions to the border": forces sent are the means, root 15)
        if p.cameo[:2] in _STOPPED_GOODS_ROOTS and conv.enabled("blocked-goods-targets", options.since):
            # "block the sale of jets to Turkey": Turkey, not the sale, which is no side (session 45 coop49)
            # (with no to-phrase the goods' own phrase may still name the side: "the export of the painting,
            # bought by a Texas museum, was halted")
            sold_to = goods_sold_to(objects)
            if sold_to:
                goods = outbound_goods(objects)
                cands = [sold_to] + [[c for c in cl if c not in goods] for cl in cands]
        if p.cameo.startswith(_EASED_SANCTION_CODE) and conv.enabled("eased-measure-sides", options.since):
            # "Washington's ban on arms sales to Hanoi was lifted": the owner eased it on Hanoi (session 47 coop51)
            sources, cands = eased_measures.sides(analysis, tok, sources, cands, objects)
        if lookup(p.cameo).root == _THREAT_ROOT and conv.enabled("own-condition-targets", options.since):
            # "threatened military action if the junta does not step down", "warned of reprisals if the trawlers
            # returned": whose move would set the threatened act off is the one threatened (session 34 thr37)
            cands += [_condition_subjects(tok, own=True)]
        if conv.enabled("object-act-agents", options.since) and p.cameo[:2] != _PROTEST_ROOT:
            cands += [_object_act_agents(tok, sides + other)]     # (a protest joined: its organisers are no side)
        if conv.enabled("thing-owners", options.since) and p.cameo[:2] in THING_OWNER_ROOTS:
            cands += [_thing_owners(sides + other)]     # "searched their car" (session 31 targ32)
    else:
        dobjs = roles.direct_objects(tok)
        if p.cameo[:2] == _PROTEST_ROOT:
            # "joined a march organised by the union": the protest joined is the act, not a side (session 30)
            dobjs = [o for o in dobjs if not _bare_protest(o)]
        # "deployed troops to the border": the forces mobilised are the means, not the target (root 15); "shared
        # intelligence with X": the information shared is what passes, not a side (064; round21)
        # "discussed border security with X": what is discussed is the matter, never a side (session 26)
        topic_object = _discussion(tok, options.since)
        if p.cameo.startswith(_WITHDRAW_CODE) and conv.enabled("withdrawn-forces", options.since):
            # "withdrew its troops from Kherson": the place or foe left is the side (session 38 mat42)
            dobjs = [o for o in dobjs if not _forces(o)]
        if tok.lemma_.lower() in _GIVING_BACK and conv.enabled("returned-ground", options.since):
            # "handed back four villages to Azerbaijan": the ground returned is the thing, not its people (coop44)
            dobjs = [o for o in dobjs if not _in_set(o, "TARGETS")]
        # ("exchanged data on the smugglers": the parse may hang the information's topic on the verb; coop44)
        topics = p.cameo == _SHARE_INFO_CODE and conv.enabled("topic-recipients", options.since)
        verb_preps = tuple(w for w in roles.TARGET_PREPS if not topics or w not in _INFO_TOPIC_PREPS)
        cands = [[] if mobilise or p.cameo == _SHARE_INFO_CODE or topic_object
                 else dobjs,
                 roles.datives(tok),
                 roles.prep_objects(tok, p.prep),
                 _beside_topics([o for o in roles.prep_objects(tok, verb_preps)
                                 if not _no_side_phrase(o, options, p.cameo)],
                                options, grouped=bool(subj) and len(roles.conjuncts(subj[0])) > 1)]
        if conv.enabled("object-act-agents", options.since) and not topic_object:
            cands.insert(1, _object_act_agents(tok, dobjs))
        if mobilise and conv.enabled("mobilised-against", options.since):
            cands.insert(0, _purpose_foes(tok))  # "deployed warships to deter NATO" (coop44)
        # "endorsed an agreement with the EU": the object's own complement ("exchanged intelligence on al-Shabaab":
        # not the phrase that says what shared information is about; session 37 coop41)
        object_preps = p.prep + roles.TARGET_PREPS
        if p.cameo == _SHARE_INFO_CODE:
            object_preps = tuple(w for w in object_preps if w not in _INFO_TOPIC_PREPS)
        cands += [[g for g in roles.prep_objects(o, object_preps) if not _no_side_phrase(g, options, p.cameo)]
                  for o in dobjs]
        if p.cameo.startswith("12"):
            cands += [_askers(dobjs)]
        if topics:
            cands += [_topic_partners([tok, *dobjs])]
        if p.cameo[:2] == _DEMAND_ROOT and conv.enabled("demanded-back-holders", options.since):
            # "demanded the return of the bronzes from Germany": who holds what is to be given back (coop44)
            cands += [[g for o in dobjs for x in roles.prep_objects(o, ("of",)) for g in roles.prep_objects(x, ("from",))]]
        if conv.enabled("owned-objects", options.since):
            # "seized a truck belonging to a Colombian firm", "shelled a clinic run by the charity": the owner
            # of the thing acted on (round28)
            cands += [_owners(dobjs + roles.prep_objects(tok, p.prep + roles.TARGET_PREPS))]
        if conv.enabled("thing-owners", options.since) and p.cameo[:2] in THING_OWNER_ROOTS:
            # "searched their car", "raided two houses where the suspects had stayed": whose the thing is, or
            # who was in the place (session 31 targ32)
            cands += [_thing_owners(dobjs + roles.prep_objects(tok, p.prep + roles.TARGET_PREPS))]
        if conv.enabled("asked-against", options.since):
            # "called for sanctions against Iran": the one what the verb asks for is aimed at
            cands += [[g for o in roles.prep_objects(tok, p.prep) for g in roles.prep_objects(o, ("against",))]]
        if mobilise:
            # "massed troops on the border with India", "near Ukraine's border": whose border it is
            places = roles.prep_objects(tok, roles.TARGET_PREPS + _NEAR_PREPS) + \
                [g for o in dobjs for g in roles.prep_objects(o, roles.TARGET_PREPS + _NEAR_PREPS)]
            cands += [[h for pl in places for h in roles.prep_objects(pl, ("with",)) + roles.possessors(pl)]]
        if lookup(p.cameo).root == _THREAT_ROOT and conv.enabled("condition-targets", options.since):
            # "warned that Tehran would respond if Israel struck back": whose move would set the act off is the one
            # warned, before the clause's own subject, often the speaker's side (round32)
            cands += [_condition_subjects(tok, own=conv.enabled("own-condition-targets", options.since))]
        # "demanded that the US cancel the sale": the subject of the complement clause
        cands += [roles.clause_subjects(tok)]
        if p.cameo[:2] in _REQUEST_ROOTS:
            # "pleaded with the administration to reconsider": the small model makes the addressee the
            # subject of the infinitive
            cands += [roles.infinitive_subjects(tok)]
        if p.cameo[:2] in _REQUEST_ROOTS and conv.enabled("message-addressees", options.since):
            # "In a letter to the governor, the mayors called for more funds": whom the message the request was
            # made in went to (round35, session 34 tgt36)
            cands += [_message_recipients(tok)]
    if p.mode == _VISIT_MODE and conv.enabled("travel-companions", options.since) \
            and (roles.prep_objects(tok, p.prep) if p.prep else roles.direct_objects(tok)):
        # "flew to Lima with two aides": who travels with the visitor goes along, the place is what is visited
        # (its country by place-targets), never the companions (session 28 coop29)
        along = {c.i for c in roles.prep_objects(tok, ("with",))}
        if "for" in p.prep:
            # "departed the island for Lima": the place left is no side either
            along |= {c.i for c in roles.direct_objects(tok)}
        cands = [[c for c in group if c.i not in along] for group in cands]
    if p.cameo[:2] in _REQUEST_ROOTS and conv.enabled("requested-amounts", options.since):
        # "asked for more air defence systems", "called for 5,000 extra police": an amount asked for is what is
        # wanted, not the side asked (session 46 lead)
        wanted = {o.i for o in roles.prep_objects(tok, ("for",)) if _amount(o)}
        cands = [[c for c in group if c.i not in wanted] for group in cands]
    if lookup(p.cameo).root == _CONSULT_ROOT and conv.enabled("meeting-venues", options.since):
        cands = _without_venues(tok, cands)
    if lookup(p.cameo).root == _CONSULT_ROOT and conv.enabled("meeting-settings", options.since):
        # "met on the sidelines of the G20 summit": the sidelines (read as the summit's body) are where they met, never
        # whom they met; the subjects met each other (session 44 coop48)
        settings = {o.i for o in roles.prep_objects(tok, ("on", "at", "in")) if o.lemma_.lower() in _MEETING_SETTINGS}
        cands = [[c for c in group if c.i not in settings] for group in cands]
    if p.cameo.startswith(_HANDOVER_CODE) and conv.enabled("handover-origin", options.since):
        # "extradited two suspects to Germany": judicial cooperation runs between the two states (CAMEO 063's
        # example codes the extraditing state and the one it extradited to); the person handed over is not a side
        cands = [roles.prep_objects(tok, ("to",))] + cands
    if p.cameo.startswith(_EXPEL_CODE) and conv.enabled("expulsion-destinations", options.since):
        # "were expelled to Turkey", "deported 40 men to Algeria": where the expelled are sent is no side; they
        # are (session 47 tgt51: "people due to be expelled to Turkey" had Turkey as the target)
        sent_to = {o.i for o in roles.prep_objects(tok, ("to",))}
        cands = [[c for c in group if c.i not in sent_to] for group in cands]
    if violent:
        # "opened fire inside the clinic", "shots were fired inside the school": those in the building were
        # fired on (session 15; not for other acts: "met inside the embassy" is no meeting with it)
        cands += [roles.prep_objects(tok, _FORCE_INSIDE_PREPS)]
    if p.cameo[:2] in _REQUEST_ROOTS and conv.enabled("participle-addressees", options.since):
        # "wrote to the minister, asking for more staff": whom the letter was addressed to was asked
        addressed = _governing_addressees(tok)
        if addressed:
            cands = [addressed] + cands
    if p.id.startswith(FALLBACK_PREFIX):
        # a PETRARCH2 fallback row (session 24): its other side is what the verb itself acts on -- the direct
        # object (the passive's subject) or the object of its particle or of a preposition of aim -- never an
        # object's own phrase or a clause's subject ("disputed that the mayor knew" disputes no mayor)
        cands = [roles.direct_objects(tok), roles.prep_objects(tok, p.prep + _FALLBACK_PREPS)]
    if (lookup(p.cameo).root in _MEETING_ROOTS and conv.enabled("infinitive-partners", options.since)) \
            or (lookup(p.cameo).root == "07" and conv.enabled("aid-purpose-partners", options.since)):
        # "signed an agreement to share data with the sheriff's office": the partner of what the agreement or the
        # act is for, after every side of the verb's own (session 25); the one aid is given to help (session 45)
        cands += _purpose_partners(tok, objects)
    if gift_origin and sources:
        cands = [[c for c in group if c not in gift_origin] for group in cands]
    if conv.enabled("time-targets", options.since):
        # "marched on the first day of the convention": a noun of time says when, it is no one acted on
        cands = [[c for c in group if c.lemma_.lower() not in _TIME_NOUNS] for group in cands]
    if conv.enabled("own-country-sides", options.since):
        # "Syria offered its troops to Lebanon's president": what the doer gives of its own is no side; the one it
        # goes to is (session 24)
        owned = {h.i for h in roles.direct_objects(tok)
                 if any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in children(h))}
        recipients = roles.prep_objects(tok, ("to",))
        if owned and recipients and p.mode == _VISIT_MODE:
            # "welcomed his Ugandan counterpart to Nairobi": one welcomed or received to a place is the guest, the
            # place where; no own thing given (session 36b left40)
            owned = set()
        if owned and recipients:
            cands = [[c for c in group if c.i not in owned] for group in cands]
            recipient_ids = {r.i for r in recipients}
            if not any(c.i in recipient_ids for group in cands for c in group):
                cands.append(recipients)
    if lookup(p.cameo).root == _INTENT_ROOT and not p.objects and conv.enabled("agreed-deal-parties", options.since):
        # "agreed to sell its cargo unit to a Dutch group", "agreed to be acquired by a Chilean lender": the
        # other party of the deal the intent is about, when no coded act of the complement lends one (round26)
        cands += [_deal_parties(tok)]
    if _discussion(tok, options.since):
        # "discussed the debt at the ministry": only a with-partner is a side of a discussion (session 26)
        cands = [[c for c in group if c.dep_ == "pobj" and c.head.lower_ == "with"] for group in cands]
    if conv.enabled("including-targets", options.since):
        # "criticised several neighbours, including Chad and Niger": the members the group names are the ones a
        # coder can place (session 29, the target side of including-doers)
        # (not when the group has a country of its own: "agencies, including the energy department" are one side;
        # nor for members who are people or common nouns: "activists, including Ana Ruiz" -- the group's own words
        # often say more of them than a bare name does)
        def members(c: Token) -> list[Token]:
            named = _named_members(c)
            if not named or not all(m.pos_ == "PROPN" for m in named):
                return [c]
            parties = args.resolved(analysis, named)
            if not parties or any(party.actor.kind == "PERSON" for party in parties):
                return [c]
            inner = {party.actor.id for party in parties}
            if any(party.actor.country and party.actor.id not in inner for party in args.resolved(analysis, [c])):
                return [c]
            return named
        cands = [[m for c in group for m in members(c)] for group in cands]
    return sources, cands
