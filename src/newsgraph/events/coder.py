"""The event coder: verb and noun patterns over spaCy's dependency parse -> Event records.

For each sentence it finds triggers (a verb lemma with its particle/preposition/object, or an
event noun, see data/patterns/; triggers.py), reads source and target phrases off the parse (verb_roles.py and
noun_roles.py, over roles.py's phrase helpers; implied_sides.py where the parse names none), maps them to actors
with the actors stage's API (arguments.py), and attaches CAMEO/PLOVER codes
(ontology.py), modality and attribution (modality.py), and date and place (date_place.py).
Statements ("X said ...") come from statements.py. Before a force event (roots 18-20) is coded,
harm_context.py says whether the harm was an attack, an accident or a clash at a protest; writer_filters.py drops
what only looks like an event (the writer's "we", "some say"). A sentence without a matching pattern yields no
event: there is no default code. The sentence's events are then merged where one act was told in several
words, and sides lent between them (merges.py; sentence_merges.py holds the merges' order).

A side the text leaves unnamed stays empty, as GDELT leaves Actor1 blank: "over 100 activists were
arrested" is an arrest of the activists by no named source (agentless.csv says which codes and
forms may be coded so); a side the text names but the actors stage cannot resolve ("the suspect")
keeps its words without a code.

This module codes each trigger (`_code_trigger`) and each sentence and document; beside it, act_checks.py holds its
checks on the trigger's act (agentless forms, reactions, attempts, acts only reported) and trigger_sides.py the
sides and places it finds beside the parse's roles (goods' makers, visits' destinations, local bodies, sides kept
apart).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsgraph.datafile import word_list
from newsgraph.events import act_makers
from newsgraph.events import arguments as args
from newsgraph.events import confidence
from newsgraph.events import conventions as conv
from newsgraph.events import roles
from newsgraph.events.arguments import Party
from newsgraph.events.build import cue_span, make_event
from newsgraph.events.discourse import AWAITS_ANSWER, REACTION, answers_earlier
from newsgraph.events.reported_refusals import forecast_of_another
from newsgraph.events.disowned_intents import disowning_noun
from newsgraph.events.date_place import When, article_place, event_date, local_event_place, other_doers_place
from newsgraph.events.attribution import attribution
from newsgraph.events.conditions import condition_mark
from newsgraph.events.modality import modality
from newsgraph.events.refusals import refusal
from newsgraph.events import doc_passes
from newsgraph.events import merges
from newsgraph.events.sentence_merges import merge_sentence_events
from newsgraph.events.ontology import CRITICISM_CODES as _CRITICISM_CODES
from newsgraph.events.ontology import FORCE_ROOTS as _FORCE_ROOTS
from newsgraph.events.ontology import VIOLENT_ROOTS as _VIOLENT_ROOTS
from newsgraph.events.ontology import lookup
from newsgraph.events.patterns import (FALLBACK_PREFIX, Pattern, agentless_forms, noun_sets, place_target_mode,
    refusal_codes)
from newsgraph.events.framing import reported_acts
from newsgraph.events.headlines import colon_statement, headline_events, plain_headline_events
from newsgraph.events.senses import LATE_CONDITIONS, sense_of
from newsgraph.events.sense_sides import _reciprocal_object
from newsgraph.events.state_sides import speaks_for_own_state
from newsgraph.events.quote_continuations import continued_quote_cue
from newsgraph.events.statements import statement_events
from newsgraph.events.triggers import CoderOptions, Trigger, gerund_subject, scan_sentence
from newsgraph.events.ultimatums import beside_expulsions, ultimatum_events
from newsgraph.events.noun_demands import names_owned_demand, owned_demand_events
from newsgraph.events.noun_accusations import names_owned_accusation, owned_accusation_events
from newsgraph.nlp.cache import children, doc_sents, doc_text
from newsgraph.nlp.paragraphs import is_topic_label
from newsgraph.records import Analysis, Event
from newsgraph.events.harm_context import (_NOUN, _PROPN, _at_protest, _attack_agents, _by_ordnance,
    _REPRESSING_SECTORS, _harms_people, _in_set, _protest_clash, _protesting_side, _turned_violent, _victims,
    crowd_force)
from newsgraph.events.noun_roles import _WORDS_TO_PEOPLE_ROOTS, _noun_roles
from newsgraph.events.tolls import TOLL_VERBS as _TOLL_VERBS
from newsgraph.events.verb_roles import _MOBILIZE_ROOT, _discussion, _verb_roles
from newsgraph.events.target_candidates import (_MEETING_ROOTS, _purpose_protest_targets, _victims_first,
    LAUNCH_VERBS, fired_thing)
from newsgraph.events.implied_sides import (handover_requests, own_mission, mission_host, _captor_source, _fallback_sides, _imply_protest_target, _imply_protesters,
    _imply_counted_people, _imply_place_named_side, _imply_source, _light_between, _mutual, _occurrence_between, _organisations_apart, _lawsuit_apart, _own_country_pair, _own_subject,
    _pairs, _passive_between, _protest_site_owner, _unknown_apart, _forces_apart,
    built_site, funded_site)
from newsgraph.events.writer_filters import (_by_writer, _poll_share, _quantity_speaker, _quoted_i_outside_target,
    _reported_demands)
from newsgraph.events.trigger_sides import (_PEOPLE_KINDS, aid_destination, given_things, struck_territory, _goods_makers, _local_bodies, _named_country, _object_place, object_place_target,
                                            _protest_apart, _regions_apart, _story_recipient, _visit_destination)
from newsgraph.events.caption_lines import furniture_sentences
from newsgraph.events.claimed_attacks import claimed_attack_doers
from newsgraph.events.addressed_acts import addressed_acts
from newsgraph.events.reason_sides import after_clause_doers, reason_sides
from newsgraph.events.weapon_codes import weapon_code
from newsgraph.events.act_checks import (_agentless, _attempted_words, _gathered_for, _negating_verbs, _possessed,
                                         _protest_by_doing, _reacted_to, _reaction_to_act, _said_on_platform,
                                         _sent_to_investigate, _speaking_person, _told_toll)

# PLOVER manual: cooperative actions reported as future intentions are coded AGREE ("will send
# aid", "is willing to withdraw"); by the same reading, announced conflictual actions are threats
# ("will boycott", "would tighten the blockade"), as is any action made conditional with "unless".
_FUTURE_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT"}
_FUTURE_THREATEN = {"SANCTION", "COERCE", "ASSAULT", "PROTEST", "MOBILIZE"}
# Protests and shows of force are aimed at the country where they happen when no target is named
# (CAMEO practice: "activists staged a protest in Beijing" -> target CHN).
_PLACE_TARGET_ROOTS = {"14", "15"}
_PERSONAL_ROOTS = {"17", "18", "19", "20"}     # acts one person can do to another of the same code

_MOBILIZE_CODE = "154"
_FORCE_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "UAF"})     # forces one deploys (convention deployed-forces)


_UNREAL_MOODS = frozenset({"planned", "hypothetical", "expected"})


_WORDED_CODES = ("110", "111", "112")      # disapproval, criticism, accusation: done by saying them
# Force, arrest, expulsion, repression or theft tried is done (an attempted arrest, robbery or killing is the act;
# CAMEO's 185 is an attempted assassination); power, control or land one tries to seize (171) and a restriction
# (172) sought are not taken or imposed (convention attempted-force, round28)
_ATTEMPTED_FORCE_CUES = word_list("patterns", "FORCE_ATTEMPT_CUES")
_ATTEMPTED_FORCE_CODES = ("173", "174", "175", "18", "19", "20")
_THEFT_VERBS = word_list("patterns", "THEFT_VERBS")


_CLASH_WORDS = word_list("patterns", "CLASH_WORDS")
_BUILDING_VERBS = word_list("patterns", "BUILDING_VERBS")     # convention built-sites (session 43 coop47)


# ---------------------------------------------------------------- events


def _plover(code: str, pattern: Pattern, mood: str, conditional: str | None = None) -> tuple[str | None, str | None]:
    info = lookup(code)
    if code == pattern.cameo:
        ptype, mode = pattern.plover or info.plover_type, pattern.mode or info.plover_mode
    else:
        ptype, mode = info.plover_type, info.plover_mode
    if ptype and "|" in ptype:
        ptype = ptype.split("|")[0]
    if mood in _UNREAL_MOODS and conditional == "unless":
        return "THREATEN", None
    if mood in ("planned", "expected") and ptype in _FUTURE_AGREE:
        return "AGREE", None
    if mood in ("planned", "expected") and ptype in _FUTURE_THREATEN:
        return "THREATEN", None
    return ptype, mode


# roots of the acts a town named with "the" does as its local government (convention local-doers, round21)
_LOCAL_DOER_ROOTS = {"02", "03", "05", "06", "07", "08", "09", "10"}


# disapproval and criticism, aimed at the maker of an act they judge (convention criticised-acts; not an accusation:
# "blamed the violence on the rebels" names the accused apart, nor legal action: "charged with murder")


def _code_trigger(doc: Doc, analysis: Analysis, sent: Span, sent_index: int, trig: Trigger,
                  options: CoderOptions) -> list[tuple[Event, Token]]:
    """The events of one trigger (several with coordination, reciprocity, converse or refusal)."""
    p = trig.pattern
    first_code = p.cameo
    senses = conv.enabled("senses", options.since)
    if senses:
        # senses that depend on the words alone decide the code before the sides are read
        sense = sense_of(trig.token, p.cameo, None, None)
        if sense is not None and sense.condition not in LATE_CONDITIONS:
            if sense.action == "drop":
                return []
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
    root = lookup(p.cameo).root
    # "an assault on press freedom": a noun of force that a sense reads as words is criticism only by a named
    # author (round 20, SE-attack-noun-abstract); with none it is no event
    as_noun = trig.token.pos_ in ("NOUN", "PROPN") or gerund_subject(trig.token)
    worded_force = as_noun and lookup(first_code).root in _VIOLENT_ROOTS and root == "11"
    if as_noun and any(c.lower_ == "such" and c.dep_ in ("predet", "amod", "det") for c in children(trig.token)):
        return []       # "had no authority to make such a request": a kind of act, or one told before (session 35 lead)
    if as_noun:
        found = _noun_roles(analysis, trig, options)
        if found is None:
            return []
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
    source_keys = {s.key for s in sources}
    # the rule id records a source read off an attack noun's "by" phrase (convention attack-agent)
    attack_agent = bool(sources) and trig.token.pos_ == "VERB" and lookup(p.cameo).root in _VIOLENT_ROOTS \
        and {s.head.i for s in sources} <= {a.i for a in _attack_agents(trig.token, options)}
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
    if p.symmetric == "reverse":
        # "Kyiv received weapons from Berlin", "faced criticism from X": the subject is the recipient
        sources, targets = targets, sources
        source_keys = {s.key for s in sources}
    if p.id.startswith(FALLBACK_PREFIX):
        # a fallback row codes only a doer and a side the actors stage resolves (no agentless form), each named by
        # its own head -- a person, a group, a body or a country, not a thing an actor's name modifies ("disrupted
        # a UN plan") nor everyone ("helps people contact them")
        sources, targets = _fallback_sides(sources), _fallback_sides(targets)
        if not sources or not targets or not _own_subject(trig.token):
            return []
    agentless = None
    if worded_force and not sources and not group:
        return []
    if options.require_source and not sources and not group:
        agentless = _agentless(trig, options, received=bool(targets) and p.symmetric == "reverse")
        if agentless is None:
            return []
    if targets and (root == "07" or p.cameo == "162") and conv.enabled("given-things", options.since):
        targets = given_things(trig, targets, sources, options.since)   # "kept sending air defence systems": a thing, no side
    dest = targets[0].head if targets and p.cameo == "042" else None
    place_target = None
    if not targets and p.cameo == "042":
        place_target, dest = _visit_destination(doc, analysis, cands)
        if place_target and trig.token.lemma_.lower() == "return" and place_target in {s.country for s in sources} \
                and conv.enabled("return-home", options.since):
            return []       # "the Kenyan president returned to Nairobi": going home is no visit (session 28)
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
    mode = None
    # ("India and Pakistan accused each other": a reciprocal object makes any act mutual; session 38 lead)
    symmetric_sources = (_mutual(p) or _reciprocal_object(trig.token)) and len(sources) > 1
    if not targets and not place_target and len(group) < 2 and not symmetric_sources \
            and conv.enabled("place-targets", options.since):
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
    mood, mood_cue = modality(trig.token, _negating_verbs(trig, options))
    disowned = disowning_noun(trig.token) if conv.enabled("no-intention", options.since) else None
    if disowned is not None:
        mood, mood_cue = "negated", disowned.text     # "had no intention of joining": refused (disowned_intents)
    if mood in _UNREAL_MOODS and _reacted_to(trig.token, options):
        mood, mood_cue = "asserted", None   # "marched to protest the killing of a student": the killing happened
    if mood == "planned" and mood_cue == "to" and root == "14" and _protest_by_doing(trig.token) \
            and conv.enabled("protest-purposes", options.since):
        mood, mood_cue = "asserted", None   # "staged a sit-in to protest the fees": the sit-in was the protest
    if mood == "planned" and mood_cue == "to" and (root == "05" or p.cameo == "043") \
            and _gathered_for(trig.token) and conv.enabled("gathering-purposes", options.since):
        mood, mood_cue = "asserted", None   # "thousands turned out to support him": the turnout was the support
    if mood == "planned" and root == "09" and _sent_to_investigate(trig.token) \
            and conv.enabled("dispatched-investigations", options.since):
        mood, mood_cue = "asserted", None   # "sent a mission to investigate the clashes": the mission investigates
    if mood != "asserted" and _told_toll(trig.token, root, options):
        mood, mood_cue = "asserted", None   # "a stabbing that killed a passenger may have started over ...": it happened
    conditional = condition_mark(trig.token)
    attrib, attrib_verb = attribution(trig.token)
    if mood == "asserted" and attrib is not None and attrib_verb is None \
            and conv.enabled("according-attribution", options.since):
        mood = "reported"       # "according to X, <act>": the act as X relays it (gold convention C1)
    cue = cue_span(trig.parts)
    cue_start = cue[1]
    date, precision = event_date(analysis, sent_index, cue_start, mood, trig.token)
    # the place the sentence names, else the article's dateline or main location (issue 6)
    local_place = local_event_place(analysis, sent_index, cue_start, doc, dest, trig.token)
    when = When(date, precision, local_place or article_place(analysis))
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
    if not targets and not place_target and not acts_judged and conv.enabled("unresolved-sides", options.since) \
            and (agentless_forms(p.cameo) or root in _WORDS_TO_PEOPLE_ROOTS):
        patient_noun = p.patient and trig.token.pos in (_NOUN, _PROPN)
        exclude = source_keys | {f"@{s.head.i}" for s in sources}
        # "killing at least 63 guests": whatever a verb of killing or wounding is done to are its victims
        # (round 12, convention victims-first), not only the nouns that plainly name people
        harm_verb = root in _VIOLENT_ROOTS and trig.token.pos_ == "VERB" and conv.enabled("victims-first", options.since) \
            and (trig.token.lemma_.lower() in _TOLL_VERBS or _harms_people(trig.token, options))
        targets = _victims(cands[:1] if patient_noun or harm_verb else cands, exclude,
                           any_noun=patient_noun or harm_verb)
        if not targets and root in _WORDS_TO_PEOPLE_ROOTS and conv.enabled("local-bodies", options.since):
            targets = _local_bodies(cands, exclude)
    if agentless == "passive" and p.cameo == _MOBILIZE_CODE and not sources \
            and conv.enabled("deployed-forces", options.since):
        # "Hundreds of police officers were deployed in the capital": the forces deployed show the force
        # (GDELT's Actor1 of 154); whoever sent them is left unsaid (session 24)
        heads = [c for c in children(trig.token) if c.dep_ == "nsubjpass"]
        heads += [c for h in heads for c in children(h) if c.dep_ == "conj"]
        sources = [x for x in args.resolved(analysis, heads) if x.actor.sector in _FORCE_SECTORS]
        source_keys = {s.key for s in sources}
        targets = [t for t in targets if t.key not in source_keys]
    if agentless == "passive" and root == "18" and not targets and not place_target \
            and conv.enabled("assault-victim", options.since):
        return []       # "The Lakers were beaten again": an assault with no doer named needs a victim (round 14)
    if agentless and root == "13" and not targets and not place_target \
            and conv.enabled("threat-victim", options.since):
        return []       # "the threat of floods": a threat with no one named as making it needs one threatened
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
    if not targets and not place_target and p.cameo in _RELIEF_CODES and sources \
            and conv.enabled("relief-to-story-country", options.since):
        # "A quake hit eastern Turkey ... Greece offered to send rescue teams": relief a foreign state or body
        # sends without a recipient named goes to the country the story is about (round35)
        place_target = _story_recipient(analysis, sources)
    awaits_answer = reaction = False
    if options.require_target and p.needs_target and not targets and not place_target and len(group) < 2 \
            and not symmetric_sources:
        # "condemned the attack": the attackers may be named in an earlier sentence (events/discourse.py)
        awaits_answer = conv.enabled("answers", options.since) and answers_earlier(trig.token, p.cameo, options.since)
        reaction = _reaction_to_act(trig, p.cameo, sources, options)
        if not awaits_answer and not reaction:
            return []
    pairs = _pairs(trig, sources, targets, group, _possessed(trig, sources, options),
                   conv.enabled("domestic-sides", options.since))
    if root in _MEETING_ROOTS and conv.enabled("own-country-sides", options.since):
        # "They held talks" taking up Kim, Putin and North Korea: North Korea's government and North Korea
        # itself are one side, no meeting or deal between two (session 24; other acts keep the pair, whose
        # other side the coder may have missed: "will withdraw its force from Chad")
        pairs = [(a, b, c) for a, b, c in pairs if not _own_country_pair(a, b)]
    reject = None
    if mood == "negated" and (disowned is not None
                              or refusal(trig.token, conv.enabled("refused-acceptance", options.since))):
        # "would not provide support": the refusal itself happened
        reject = refusal_codes().get(root)
        if reject and conv.enabled("reported-refusals", options.since) \
                and forecast_of_another(analysis, trig.token, sources):
            reject = None   # "said the farmers would not vote for him": another side's forecast, no refusal (say51)
        if reject and conv.enabled("one-sided-refusals", options.since):
            # "refused to negotiate with the rebels": only the refuser refused; the converse pair that a
            # reciprocal act adds ("the rebels negotiated with ...") is no act of anyone's
            refusers = {id(x) for x in sources}
            pairs = [(s, t, code) for s, t, code in pairs if s is None or id(s) in refusers]
        if reject:
            pairs += [(s, t, reject) for s, t, code in pairs if code == p.cameo]
    out: list[tuple[Event, Token]] = []
    directed = bool(targets) and not symmetric_sources    # a target named apart from the sources
    protesters = noun_sets()["PROTESTERS"] if conv.enabled("protest-violence", options.since) else ()
    ordnance = noun_sets()["ORDNANCE"] if conv.enabled("ordnance", options.since) else ()
    weapons = conv.enabled("weapon-codes", options.since)
    turned_violent = conv.enabled("protest-turns-violent", options.since)
    protest_clashes = noun_sets()["PROTESTERS"] if conv.enabled("protest-clashes", options.since) else ()
    protest_force = noun_sets()["PROTESTERS"] if conv.enabled("protest-force", options.since) else ()
    protesting_sides = conv.enabled("protesting-sides", options.since)
    for s, t, code in pairs:
        site_owner = None
        if t is None and code[:2] == "14" and trig.token.pos_ == "VERB" and conv.enabled("protest-sites", options.since):
            t = site_owner = _protest_site_owner(analysis, trig.token, source_keys, options.since)
        sa, ta = (s.actor if s else None), (t.actor if t else None)
        if site_owner is not None and sa is not None and ta is not None and sa.code == ta.code \
                and not (sa.id != ta.id and _protest_apart(code, sa, ta, options)):
            t, ta, site_owner = None, None, None    # a protest at its own side's site stands, aimed at no one named
                                                    # (session 40 lead)
        rule = p.id if code != reject else f"{p.id}+refusal"
        if site_owner is not None:
            rule += "+site-owner"
        if attack_agent:
            rule += "+attack-agent"
        if awaits_answer:
            rule += (REACTION if reaction else "") + AWAITS_ANSWER
        if senses:
            sense = sense_of(trig.token, code, s, t)
            if sense is not None and f"+{sense.id}" not in p.id:      # (a word sense applied before the sides)
                if sense.action == "drop":
                    continue
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
            continue        # "Xi and Li signed": no event of a government with itself (but "a man stabbed
                            # his neighbour": force or coercion between two people of one code is an event)
        if code in ("042", "043") and sa is not None and ta is not None and sa.country == ta.country \
                and not (sa.sector and ta.sector):
            continue        # a visit to one's own country is travel, not a diplomatic visit
        mood_here = "asserted" if code == reject else mood
        if mood_here == "planned" and mood_cue == "to" and code[:2] == "11" and _said_on_platform(trig.token) \
                and conv.enabled("platform-purposes", options.since):
            mood_here = "asserted"      # "took to Twitter to slam the mayor": the post was the criticism
        elif mood_here == "planned" and mood_cue == "to" and code[:2] in ("11", "02") \
                and conv.enabled("platform-appeals", options.since) \
                and (_said_on_platform(trig.token) or trig.token.dep_ == "conj" and _said_on_platform(trig.token.head)):
            mood_here = "asserted"      # "... to accuse the mayor and urge voters to read the audit": both were said
        if mood_here == "hypothetical" and code[:3] in _WORDED_CODES and _attempted_words(trig.token) \
                and conv.enabled("attempted-words", options.since):
            mood_here = "asserted"      # "sought to blame the unions": words tried are words said
        elif mood_here == "hypothetical" and code[:3] == "130" and _attempted_words(trig.token) \
                and conv.enabled("attempted-threats", options.since):
            mood_here = "asserted"      # "tried to intimidate the reporter": intimidation tried was done (round26)
        elif mood_here == "hypothetical" and code[:2] == "14" and _attempted_words(trig.token) \
                and conv.enabled("attempted-protests", options.since):
            mood_here = "asserted"      # "protesters have tried to block the depot": the attempt was the protest (round26)
        elif mood_here == "hypothetical" and (code.startswith(_ATTEMPTED_FORCE_CODES) or code.startswith("171")
                                              and trig.token.lemma_.lower() in _THEFT_VERBS) \
                and _attempted_words(trig.token, _ATTEMPTED_FORCE_CUES) and not _speaking_person(sa) \
                and conv.enabled("attempted-force", options.since):
            mood_here = "asserted"      # "tried to steal a van", "an attempt to arrest them": the attempt is the act (round28)
        # an infinitive of purpose ("began a hunger strike to protest") is intended, not announced
        plover = _plover(code, p, "purpose" if mood_cue == "to" else mood_here, conditional)
        conf = confidence.score(p.confidence, code, source=sa is not None, target=ta is not None,
                                recoded=code != p.cameo or "+SE-" in p.id)
        event = make_event(analysis, sent, sent_index, code=code, rule=rule if not agentless else f"{rule}+{agentless}",
                           source=s, target=t, cue=cue, modality=mood_here, when=when, confidence=conf,
                           attribution=attrib, target_code=None if t is not None else place_target,
                           plover=plover)
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
        out.append((event, trig.token))
    return out


_RELEASE_CODE = "0841"
_RELIEF_CODES = ("070", "073")     # aid and humanitarian aid (not arms, loans or peacekeepers)


def code_sentence(doc: Doc, analysis: Analysis, sent: Span, sent_index: int,
                  options: CoderOptions = CoderOptions()) -> list[Event]:
    """Every event of one sentence, after merging duplicates and sharing dyads (see below)."""
    if conv.enabled("topic-labels", options.since) and is_topic_label(sent):
        return []           # "Kenya protests:" before the headline's clause: no actor, no event of its own
    out: list[Event] = []
    trigger_of: dict[str, Token] = {}
    seen: set[tuple] = set()
    statements = options.statements and conv.enabled("statements", options.since)
    # a title-case headline is read flat when that finds an event: its parse cannot be trusted
    found = headline_events(doc, analysis, sent, sent_index, options.since) \
        if conv.enabled("headlines", options.since) else []
    sentence = scan_sentence(sent, options, statements)
    colon = colon_statement(doc, analysis, sent, sent_index, options.since) \
        if statements and conv.enabled("headline-colon", options.since) else []
    ultimatums = ultimatum_events(doc, analysis, sent, sent_index, options.since)     # session 44 say48
    if not found:
        if not sentence.triggers and not sentence.reporting_verbs and not sentence.demand_auxiliaries and not colon \
                and not ultimatums and not names_owned_demand(sent, options.since) \
                and not names_owned_accusation(sent, options.since) \
                and not (statements and conv.enabled("quote-continuations", options.since)
                         and continued_quote_cue(analysis, sent) is not None) \
                and not plain_headline_events(doc, analysis, sent, sent_index, options.since):
            return []       # most sentences: nothing to code (a quote's later sentence may be its speaker's)
        # (a sentence-case headline whose verb the parse took for a noun is read flat when the parse codes nothing)
        found = [pair for trig in sentence.triggers
                 for pair in _code_trigger(doc, analysis, sent, sent_index, trig, options)] \
            or plain_headline_events(doc, analysis, sent, sent_index, options.since)
    found += beside_expulsions(ultimatums, found) \
        + owned_demand_events(doc, analysis, sent, sent_index, options.since, found)
    found += owned_accusation_events(doc, analysis, sent, sent_index, options.since, found)     # session 45 say49
    if statements:
        found += statement_events(doc, analysis, sent, sent_index, sentence.reporting_verbs, options.since,
                                  frozenset(token.i for _, token in found))
        found += colon
    for event, token in found:
        key = (event.cameo_code, event.source_actor_id or ("@", event.source_start),
               event.target_actor_id or ("@", event.target_start))
        if key in seen:
            continue
        seen.add(key)
        trigger_of[event.id] = token
        out.append(event)
    out += _reported_demands(doc, analysis, sent, sent_index, options, seen, sentence.demand_auxiliaries)
    out = merges.inherit_targets(out, trigger_of, analysis, conv.enabled("adjunct-targets", options.since),
                           conv.enabled("criticised-acts", options.since))
    if conv.enabled("release-holders", options.since):
        merges.release_holders(out, trigger_of, analysis)
    if conv.enabled("handover-requests", options.since):
        handover_requests(doc, analysis, out, trigger_of)
    if conv.enabled("mediated-parties", options.since):
        out = merges.mediated_parties(out, trigger_of, analysis, analysis.article.text)
    if conv.enabled("sibling-appeal-targets", options.since):
        merges.sibling_appeal_targets(out, trigger_of, analysis)
    if conv.enabled("claimed-attacks", options.since):
        claimed_attack_doers(out, trigger_of, conv.enabled("claimed-attack-subjects", options.since))
    if conv.enabled("reason-sides", options.since):
        reason_sides(out, trigger_of, analysis)
    if conv.enabled("after-clause-doers", options.since):
        out = after_clause_doers(out, trigger_of, analysis)
    if conv.enabled("addressed-acts", options.since):
        out = addressed_acts(out, trigger_of, analysis)

    def parties_of(heads: list[Token]) -> list[Party]:
        return args.resolved(analysis, heads)

    if conv.enabled("rallied-support", options.since):
        out = merges.rallied_support(out, trigger_of, analysis, parties_of)
    if conv.enabled("intent", options.since):
        out = conv.apply_intents(out, trigger_of, analysis, parties_of,
                                 conditional_threats=conv.enabled("conditional-threats", options.since),
                                 conditional_vows=conv.enabled("conditional-vows", options.since),
                                 intent_nouns=conv.enabled("intent-nouns", options.since),
                                 light_acts=conv.enabled("intent-light-acts", options.since),
                                 vowed_force=conv.enabled("vowed-force", options.since),
                                 aspect=conv.enabled("aspect-intents", options.since),
                                 planned=conv.enabled("planned-intents", options.since),
                                 condition_targets=conv.enabled("condition-targets", options.since),
                                 intent_dates=conv.enabled("intent-dates", options.since),
                                 spokesmen=conv.enabled("spokesman-intents", options.since),
                                 own_speakers=conv.enabled("possessive-spokesmen", options.since),
                                 litotes=conv.enabled("readiness-litotes", options.since),
                                 warned_targets=conv.enabled("warned-targets", options.since),
                                 hedged=conv.enabled("hedged-threats", options.since))
    if conv.enabled("claims", options.since):
        out = conv.apply_claims(out, trigger_of, analysis, parties_of, options.since, statements)
    unique: dict[str, Event] = {}
    for e in out:
        unique.setdefault(e.id, e)
    out = list(unique.values())
    out = merge_sentence_events(out, trigger_of, analysis, doc, options.since, statements)
    if conv.enabled("writer", options.since):
        possessives = conv.enabled("writer-possessives", options.since)
        out = [e for e in out if not _by_writer(e, analysis, possessives)]
    if conv.enabled("quoted-first-person", options.since):
        out = [e for e in out if not _quoted_i_outside_target(e, analysis)]
    if conv.enabled("quantity-speakers", options.since):
        out = [e for e in out if not _quantity_speaker(e, sent)]
    if conv.enabled("poll-shares", options.since):
        out = [e for e in out if not _poll_share(e, sent)]
    return reported_acts(out, trigger_of, sent, options.since)


def is_table_row(sent: Span) -> bool:
    """Cells of a table that reached the text ("| Jane Doe | MP for Kent | jane@example.org |"): not a
    sentence of the story, whatever verbs its cells hold. (The count reads the doc's text: `sent.text`
    joins the sentence's tokens again on every call.)"""
    return doc_text(sent.doc).count("|", sent.start_char, sent.end_char) >= 2


def code_doc(doc: Doc, analysis: Analysis, options: CoderOptions = CoderOptions()) -> list[Event]:
    """Every event of the document: each sentence coded (code_sentence), then the document-level passes that read
    events of several sentences together (doc_passes.py)."""
    events: list[Event] = []
    skipped = furniture_sentences(doc, conv.enabled("figure-lines", options.since)) \
        if conv.enabled("caption-lines", options.since) else frozenset()
    for i, sent in enumerate(doc_sents(doc)):
        if not is_table_row(sent) and i not in skipped:    # (a caption line of a raw text: session 44)
            events.extend(code_sentence(doc, analysis, sent, i, options))
    return doc_passes.apply(doc, analysis, events, options)
