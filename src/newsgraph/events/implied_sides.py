"""Sides the text implies when the parse names none: the two parties of a clash or a meeting "between" them, a
protest's target from its site or its purpose, the captors of a release, a court's conviction, the fallback of a
prepositional phrase. Also the checks that two sides are not one actor (compatriots, one country, organisations
kept apart). code_sentence (coder.py) applies them after the role readers.
"""
from __future__ import annotations

from itertools import permutations

from spacy.tokens import Doc, Token

import newsgraph.actors as actors_api
from newsgraph.actors.implied import place_actor
from newsgraph.actors.document import STATE_SECTORS     # a state's own sides (convention own-country-sides)
from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import conventions as conv
from newsgraph.events import roles
from newsgraph.events.modality import modality
from newsgraph.events.arguments import Party
from newsgraph.events.patterns import Pattern, implied_agent, noun_sets
from newsgraph.events.triggers import CoderOptions, Trigger, light_verb
from newsgraph.nlp.cache import children, doc_sents, sent_tokens
from newsgraph.records import Actor, Analysis, Event
from newsgraph.events.harm_context import _in_set
from newsgraph.events.trigger_sides import _place_country
from newsgraph.events.sense_sides import _reciprocal_object
from newsgraph.events.seat_sites import seat_body, site_phrases


def _compatriots(a: Party, b: Party, apart_sectors: bool = False) -> bool:
    """Two members of one party to a reciprocal event ("Kim and North Korea signed with Russia"). With
    `apart_sectors` (convention domestic-sides, session 26) two actors of one country but of different
    sectors are two sides ("clashes between police and students", "talks between the government and the
    rebels"); a country and its own state, or two of one code ("Xi and Li met"), are still one."""
    if a.country is None or a.country != b.country:
        return False
    if not apart_sectors or a.actor is None or b.actor is None:
        return True
    return a.actor.code == b.actor.code or not (a.actor.sector and b.actor.sector) or _own_country_pair(a, b)


def _own_country_pair(a: Party | None, b: Party | None) -> bool:
    """A country and its own state (government, forces, courts) as the two sides ("North Korea" and Kim
    Jong-un's government): one side, not an event between two. A country and its people stay two sides
    ("Turkey will allow Turkish refugees to return")."""
    if a is None or b is None or a.actor is None or b.actor is None:
        return False
    if a.actor.country is None or a.actor.country != b.actor.country:
        return False
    state = a.actor if b.actor.kind == "COUNTRY" else b.actor
    return (a.actor.kind == "COUNTRY") != (b.actor.kind == "COUNTRY") and state.sector in STATE_SECTORS


def _mutual(p: Pattern) -> bool:
    """Several subjects of this pattern act on each other when no target is named ("X and Y met")."""
    return p.symmetric in ("both", "group")


_JOINING_VERBS = word_list("patterns", "JOINING_VERBS")


def _joined(tok: Token) -> bool:
    """"Japan, Korea and Australia will join the talks": an event noun its several subjects join is held with
    others, those already in it; the joiners do not hold it with each other (session 32)."""
    return tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in _JOINING_VERBS


def _refused_by_several(tok: Token, sources: list[Party]) -> bool:
    """"India, Brazil and South Africa did not sign the statement": three or more sides that did not do a mutual
    act are each one who stayed out of what the others did, not a pair that failed to do it together (two still
    are: "the two leaders did not meet"; session 32)."""
    return len(sources) > 2 and modality(tok)[0] == "negated"


def _traded_goods(targets: list[Party]) -> bool:
    """What several sides of a mutual act exchange ("swapped prisoners", "exchanged the bodies of soldiers"): an
    object none of whose parties the text itself places in a country (a group placed only by the story's or the
    dateline's country counts as unplaced) is what passes between the sides, not a third party to the act; the
    sides are each other's targets. A placed object ("met the Iranian envoy") stays the target."""
    return all(t.actor is None or t.actor.country is None
               or t.actor.kind == "GROUP" and t.actor.country_source in _PLACED_COUNTRY_SOURCES for t in targets)


# countries read off the story, the dateline or the sentence, not said of the actor
_PLACED_COUNTRY_SOURCES = word_list("patterns", "PLACED_COUNTRY_SOURCES")


def _pairs(trig: Trigger, sources: list[Party], targets: list[Party], group: list[Party],
           one_way: bool = False, domestic_sides: bool = False) -> list[tuple]:
    """(source, target, code) triples, including reciprocal and converse directions (not the reciprocal
    when `one_way`: see _possessed)."""
    p = trig.pattern
    out: list[tuple] = []
    if group and not sources:
        return [(a, b, p.cameo) for a, b in permutations(group, 2) if not _compatriots(a, b, domestic_sides)]
    if targets and p.symmetric == "group" and len(sources) > 1 and _traded_goods(targets):
        targets = []        # "Russia and Ukraine swapped prisoners": each side with the other (session 33 lead)
    if not targets:
        # "police and soldiers fired at each other": a reciprocal object makes any act mutual (session 38 lead)
        mutual = _mutual(p) or _reciprocal_object(trig.token)
        if mutual and len(sources) > 1 and not _joined(trig.token) and not _refused_by_several(trig.token, sources):
            return [(a, b, p.cameo) for a, b in permutations(sources, 2)
                    if not _compatriots(a, b, domestic_sides)]
        return [(s, None, p.cameo) for s in sources] or [(None, None, p.cameo)]
    for s in sources or [None]:
        for t in targets:
            if s is not None and s.key == t.key:
                continue
            out.append((s, t, p.cameo))
            if p.symmetric == "both" and s is not None and not one_way:
                out.append((t, s, p.cameo))
            if p.converse and s is not None:
                out.append((t, s, p.converse))
    return out


_NAMING_ENTS = ("PERSON", "ORG", "NORP", "GPE")


def _fallback_sides(parties: list[Party]) -> list[Party]:
    """The sides a PETRARCH2 fallback row may code (session 24): resolved to an actor, with a head that names a
    person, group, body or country itself, and not a generic addressee ("people", "everyone")."""
    return [x for x in parties if x.actor is not None and x.head.lower_ not in _GENERIC_ADDRESSEES
            and (x.head.pos_ in ("PROPN", "PRON") or x.head.ent_type_ in _NAMING_ENTS or args.names_people(x.head))]


def _own_subject(verb: Token) -> bool:
    """The verb has a subject or a passive's agent of its own, or shares one as a coordinated verb ("ransacked the
    village and slaughtered the farmers"); not a gerund or an infinitive whose doer is read off another verb
    ("I understand disagreeing with him", "should commit troops to combat X"): session 24's fallback rows."""
    own = ("nsubj", "nsubjpass", "agent")
    if any(c.dep_ in own for c in children(verb)):
        return True
    return verb.dep_ == "conj" and any(c.dep_ in own for c in children(verb.head))


def _passive_between(analysis: Analysis, trig: Trigger, sources: list[Party], options: CoderOptions) -> list[Party]:
    """"An accord was signed between Ghana and Togo", "a memorandum between the two ministries was signed": a
    reciprocal act in the passive with no doer named was done by the parties its "between" phrase joins, with each
    other (convention passive-between, round 18); none for a one-way act or one with a named doer."""
    tok = trig.token
    if sources or not _mutual(trig.pattern) or not roles.is_passive(tok) or roles.agent_of(tok) \
            or not conv.enabled("passive-between", options.since):
        return []
    heads = roles.between(tok) + [b for o in roles.direct_objects(tok) for b in roles.between(o)]
    if not heads and conv.enabled("passive-deal-parties", options.since):
        heads = [h for o in roles.direct_objects(tok) for h in _owner_and_partner(o)]
    group = args.resolved(analysis, heads)
    return group if len(group) > 1 else []


def _owner_and_partner(thing: Token) -> list[Token]:
    """"Chile's lithium deal with a Chinese firm was signed": the owner of what a passive's doerless reciprocal act
    is done to, and its with-phrase, are the two parties (convention passive-deal-parties, session 42 coop46);
    nothing unless both are named."""
    owners = [c for c in children(thing) if c.dep_ == "poss"]
    partners = roles.prep_objects(thing, ("with",))
    return owners + partners if owners and partners else []


def _light_between(analysis: Analysis, n: Token, options: CoderOptions) -> list[Party]:
    """The parties of the "between" phrase of the passive light verb an event noun is the subject of, with no
    doer of its own named ("a deal was reached between X and Y"; convention passive-between, round 20 for nouns)."""
    verb = light_verb(n, options.since)
    if verb is None or n.dep_ != "nsubjpass" or roles.agent_of(verb):
        return []
    group = args.resolved(analysis, roles.between(verb))
    return group if len(group) > 1 else []


_OCCURRENCE_VERBS = word_list("patterns", "OCCURRENCE_VERBS")


def _occurrence_between(analysis: Analysis, n: Token) -> list[Party]:
    """The parties of the "between" phrase of a verb of happening whose subject is the event noun, no doer of its
    own named ("violent clashes erupted between X and Y", "a fight broke out between two men on a bus";
    convention occurrence-between). One plural party is returned alone (the one-side-between reading)."""
    verb = n.head
    if n.dep_ != "nsubj" or verb.lemma_.lower() not in _OCCURRENCE_VERBS:
        return []
    return args.resolved(analysis, roles.between(verb))


def _unknown_apart(a: Party, b: Party, options: CoderOptions) -> bool:
    """Two sides of one actor code that the text names apart -- a target read off the act's object or
    addressee, each side named as people or a body of people -- are two parties, not one body acting on
    itself: "the government expelled two diplomats", "the ombudsman called on the government" (convention
    unknown-apart; "Xi and Li signed", a joint subject, stays no event). A thing the actors stage gave a
    sector ("two corvettes", "the hospitals") is no party."""
    return conv.enabled("unknown-apart", options.since) and _named_party(a, options) and _named_party(b, options)


_COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})


def _organisations_apart(sa: Actor, ta: Actor, code: str, options: CoderOptions) -> bool:
    """Two organisations the actors stage keeps apart (two records of kind ORG) that share one actor code, in a
    cooperative act (roots 03-08): two firms or bodies dealing with each other, not one body with itself ("the
    firm said it would sell the plant to Delta Mills Corp.", the pronoun bound to the firm; convention organisations-apart,
    session 25 coop25)."""
    return code[:2] in _COOPERATIVE_ROOTS and sa.kind == "ORG" and ta.kind == "ORG" \
        and conv.enabled("organisations-apart", options.since)


_LAWSUIT_CODE = "115"


def _lawsuit_apart(a: Party, b: Party, code: str, options: CoderOptions) -> bool:
    """A lawsuit (115) whose plaintiff and defendant are two different phrases of one actor code: "teachers sued the
    school district", "nurses sued the county hospital" -- one party goes to law against another, not a body
    against itself (convention lawsuits-apart, round38, session 36b left40)."""
    return code.startswith(_LAWSUIT_CODE) and a.head is not None and b.head is not None and a.head.i != b.head.i \
        and conv.enabled("lawsuits-apart", options.since)


_IRREGULAR_FORCE_NOUNS = word_list("patterns", "IRREGULAR_FORCE_NOUNS")


def _forces_apart(a: Party, b: Party, code: str, options: CoderOptions) -> bool:
    """"The army shelled positions held by the paramilitaries", "the army accused the paramilitaries of shelling
    civilians": Phoenix codes paramilitaries as the military (~MIL), so the two sides of a hostile act
    (roots 10-20) between the army and them share one code; named apart, one of them by an irregular force's noun
    and the other not, they are two parties (convention forces-apart, session 39 tgt43)."""
    if code[:2] < "10" or a.head is None or b.head is None or a.head.i == b.head.i:
        return False
    irregular = [h.lemma_.lower() in _IRREGULAR_FORCE_NOUNS or h.lower_ in _IRREGULAR_FORCE_NOUNS
                 for h in (a.head, b.head)]
    return irregular[0] != irregular[1] and conv.enabled("forces-apart", options.since)


def _named_party(p: Party, options: CoderOptions | None = None) -> bool:
    return args.names_people(p.head) or (p.actor is not None and p.actor.kind == "PERSON") \
        or (options is not None and _bound_body_pronoun(p, options))


_BODY_PRONOUNS = ("it", "its")


def _bound_body_pronoun(p: Party, options: CoderOptions) -> bool:
    """"The council met on Monday. It also criticised the governor": an "it" the actors stage bound to an actor
    stands for the body its antecedent names ("the council"), as that phrase would, so it and the governor are two
    parties of one code, not one body acting on itself (convention bound-pronouns-apart, session 45 left49). An
    "it" bound to nothing (a thing, a plan) names no party. Only a subject's "it" (or a possessive "its"): an
    object "it" is never the subject of its own clause ("said the party failed to file and asked it to do so":
    whoever asked is not the party, session 45 lead), so the same actor on both sides there is a wrong subject."""
    return p.actor is not None and p.head.lower_ in _BODY_PRONOUNS and p.head.pos_ == "PRON" \
        and p.head.dep_ in ("nsubj", "nsubjpass", "poss") and conv.enabled("bound-pronouns-apart", options.since)


_SITE_PREPS = ("outside", "at", "near", "before", "in", "to")
_SITE_NOUNS = word_list("patterns", "PROTEST_SITE_NOUNS")


def _protest_site_owner(analysis: Analysis, verb: Token, exclude: set[str],
                        since: frozenset[str] | None = None) -> Party | None:
    """"Protesters gathered outside the homes of two bank executives", "rallied at the firm's headquarters",
    "marched to the embassy of X": a protest held at a place that belongs to someone (word list
    PROTEST_SITE_NOUNS, with an owner in an of-phrase or a possessive) is aimed at its owner (convention
    protest-sites, session 21); "in front of X" too. The site itself is no party ("outside the town hall" is
    left to the implied government)."""
    for site in site_phrases(verb, _SITE_PREPS):
        # (only a site or the body's own name: "in a move condemned by the UN" is no place; session 38 lead)
        named_site = site.pos_ == "PROPN" or site.lemma_.lower() in _SITE_NOUNS
        body = [p for p in args.resolved(analysis, [site]) if named_site and p.key not in exclude
                and p.actor is not None and (p.actor.code or "").startswith(INTERNATIONAL_PREFIX)]
        if body:
            # "outside the European Parliament", "outside the U.N. office in Nairobi": an international body's own
            # building is no host state's; the protest is aimed at the body (session 38 tgt42, protest-sites)
            return body[0]
        if site.lemma_.lower() not in _SITE_NOUNS:
            continue
        owners = [c for c in children(site) if c.dep_ == "poss"] + roles.prep_objects(site, ("of",))
        found = [p for p in args.resolved(analysis, owners) if p.key not in exclude]
        if found:
            return found[0]
        if site.lemma_.lower() in _MISSION_SITES:
            # "rallied outside the French embassy", "the US consulate": a mission is its state's (the actors stage
            # reads "the French embassy" as France's government), or named by a country before it (round35)
            named = [c for c in children(site) if c.dep_ in ("amod", "compound") and c.i < site.i]
            found = [p for p in args.resolved(analysis, [site] + named)
                     if p.key not in exclude and p.actor is not None and p.actor.country]
            if found:
                return found[0]
    if conv.enabled("seat-sites", since):
        return seat_body(analysis, verb, exclude)     # "protested outside parliament": the legislature (vio49)
    return None


_MISSION_SITES = word_list("patterns", "MISSION_SITES")
INTERNATIONAL_PREFIX = "IGO"    # the code of an international organisation (CAMEO)


def _imply_protest_target(analysis: Analysis, event: Event, sent_index: int) -> None:
    """"Thousands marched through the capital": a protest aimed at no one named is aimed at the government
    of the country where it happens (CAMEO practice), when the text says which country (actors/implied.py);
    not when the protesters are a state body themselves, and the target's words stay empty."""
    if event.target_actor_id or event.target_text:
        return
    source = analysis.actor(event.source_actor_id) if event.source_actor_id else None
    if source is not None and (source.sector == "GOV" or source.kind == "COUNTRY"):
        return
    _imply_target(analysis, event, sent_index, "GOV")


def _imply_target(analysis: Analysis, event: Event, sent_index: int, sector: str) -> None:
    """Give the event the `sector` body of the country where its sentence happens as target (implied_actor),
    unless the text does not say which country or that body is the source; the rule id records it."""
    actor = actors_api.implied_actor(analysis, sector, sent_index)
    if actor is None or actor.id == event.source_actor_id:
        return
    event.target_actor_id, event.target_code = actor.id, actor.code
    event.rule_id = f"{event.rule_id}+target-{sector}"


# words that count people without naming them ("arresting dozens"; events/tree_words.py reads the same list)
_COUNTING_HEADS = word_list("patterns", "COUNTING_HEADS")
# a state's acts done to people (arrest, expulsion, repression; not property seized) whose bare count is the people
# of the place it was done in (victims of force are placed by the sentence's own places only: place_targets.csv)
_COUNTED_PEOPLE_CODES = ("173", "174", "175")
# a count the recogniser reads as money or a measure counts no people ("stole $600 million")
_NOT_PEOPLE_COUNTS = frozenset({"MONEY", "QUANTITY", "PERCENT"})


def _imply_counted_people(analysis: Analysis, event: Event, sent_index: int, head: Token) -> None:
    """"Riot police cracked down on the crowd, arresting dozens", "detained 40": a bare count as the object of an act
    done to people (no of-phrase says who) is people of the country where the sentence happens, as a generic
    "civilians" there would be (implied_actor; convention `counted-people`, session 38 tgt42); the words stay. A
    numeral passive subject ("Two were arrested, police said") is left to actors/pronouns.resolve_numeral, which
    keeps no target when no group is named (session 23, victims23)."""
    if event.target_actor_id or not event.cameo_code.startswith(_COUNTED_PEOPLE_CODES) \
            or not (head.tag_ == "CD" or head.lemma_.lower() in _COUNTING_HEADS) or head.ent_type_ in _NOT_PEOPLE_COUNTS \
            or any(c.dep_ == "prep" or c.tag_ == "$" for c in children(head)) or head.dep_ not in ("dobj", "obj"):
        return
    _imply_target(analysis, event, sent_index, "CVL")


# the places whose name stands for their state when it is an act's side ("recalled its envoy from Beijing")
_STATE_PLACE_FEATURES = frozenset({"country", "capital"})


def _imply_place_named_side(analysis: Analysis, event: Event, head: Token) -> None:
    """"Lithuania recalled its envoy from Beijing": a target the actors stage left without an actor whose words are a
    country's or a capital's name the geo stage placed stands for that state (events/stage.py makes the country's
    actor of the code), when it is not the doer's own country (convention `place-named-sides`, session 38 tgt42)."""
    if event.target_actor_id or event.target_code:
        return
    iso = next((pl.country for pl in analysis.places if pl.start <= head.idx < pl.end and pl.country
                and pl.feature in _STATE_PLACE_FEATURES and pl.role != "dateline"), None)
    source = analysis.actor(event.source_actor_id)
    if iso is None or source is None or source.country == iso:
        return
    event.target_code = iso
    event.rule_id = f"{event.rule_id}+place-side"


_MISSION_HOST_PREPS = ("in", "to", "at")      # "its embassy in Lima", "its envoy to Chile"
_MISSION_VERB_PREPS = ("from", "in")          # "recalled its envoy from Beijing"


def own_mission(code: str, source: Actor, target: Actor, head: Token) -> bool:
    """"Venezuela closed its embassy in Asuncion", "recalled its ambassador": an act of reducing relations (16)
    whose object is the doer's own mission (an embassy, envoy or diplomat of its own country) is aimed at the host,
    never at the doer's own state (convention own-missions, session 43 lead)."""
    return code[:2] == "16" and source.country is not None and target.country == source.country \
        and head.lemma_.lower() in noun_sets()["AMBASSADOR"]


def mission_host(analysis: Analysis, mission: Token, verb: Token, own: str | None) -> str | None:
    """The country an own mission serves in: a place in the mission's in-, to- or at-phrase, or in the verb's
    from- or in-phrase, when it is not the doer's own country."""
    places = roles.prep_objects(mission, _MISSION_HOST_PREPS) + roles.prep_objects(verb, _MISSION_VERB_PREPS)
    return _foreign_site(analysis, places, {own})


# roots of words of grievance a society's own groups address, unnamed, to their government (round28)
_GRIEVANCE_ROOTS = frozenset(word_list("patterns", "GRIEVANCE_ROOTS"))
# sectors of the non-state groups whose unaddressed grievances are aimed at their government (round28)
_GRIEVANCE_SECTORS = frozenset(word_list("patterns", "GRIEVANCE_SECTORS"))


def imply_grievance_targets(analysis: Analysis, events: list[Event]) -> None:
    """"The doctors' union decried the shortage of drugs", "nurses warned they would stop work": criticism or a
    threat by a domestic non-state group (word lists GRIEVANCE_ROOTS, GRIEVANCE_SECTORS) that names no one it is
    aimed at, here or as an answer to an earlier act, is aimed at the government of the country where it is
    voiced, as an unaddressed protest is (convention grievance-targets, round28): only when the group's own
    country is that country (a careful reader's government, not a guess) and the target's words stay empty."""
    for event in events:
        if event.target_actor_id or event.target_code or event.target_text or not event.source_actor_id \
                or (event.cameo_root or event.cameo_code[:2]) not in _GRIEVANCE_ROOTS:
            continue
        source = analysis.actor(event.source_actor_id)
        if source is None or source.kind == "COUNTRY" or source.sector not in _GRIEVANCE_SECTORS \
                or not source.country:
            continue
        actor = actors_api.implied_actor(analysis, "GOV", event.sentence)
        if actor is None or actor.country != source.country:
            continue
        event.target_actor_id, event.target_code = actor.id, actor.code
        event.rule_id = f"{event.rule_id}+target-GOV"


def _imply_protesters(analysis: Analysis, event: Event, sent_index: int, cands: list[list[Token]]) -> None:
    """"Police dispersed the rally", "troops crushed the protests": force or repression aimed at a street protest
    is aimed at its protesters, the opposition (OPP) of the country where it happened when the text says which
    (actors/implied.py; convention protest-objects); the target's words stay empty, as no one is named."""
    if event.target_actor_id or not any(_in_set(h, "DEMONSTRATIONS") for heads in cands for h in heads):
        return
    _imply_target(analysis, event, sent_index, "OPP")


_CAPTIVITY_VERBS = word_list("patterns", "CAPTIVITY_VERBS")
_KIDNAP_VERBS = word_list("patterns", "KIDNAP_VERBS")
_DETAINING_VERBS = word_list("patterns", "DETAINING_VERBS")       # "Iran seized a tanker ... its release" (round37)
CAPTOR_WINDOW = 3       # sentences before the release that may name the captors


def _held_people(verb: Token) -> bool:
    """The passive's subject (or the noun its relative clause hangs on) names people: "two engineers held by",
    not "a meeting held by the UN"."""
    held = [verb.head] if verb.dep_ in ("relcl", "acl") else [c for c in children(verb) if c.dep_ == "nsubjpass"]
    people = noun_sets()["PRISONERS"] | noun_sets()["CAPTIVES"]
    return any(args.names_people(h) or h.lemma_.lower() in people for h in held)


def _captor_source(doc: Doc, analysis: Analysis, event: Event, sent_index: int,
                   since: frozenset[str] | None = None) -> None:
    """"Two engineers held by a militia since May ... Their release came after talks": a release with no one named
    as releasing is the captors', named by the by-phrase of a passive of holding or kidnapping (word list
    CAPTIVITY_VERBS) or as the subject of an active kidnapping (KIDNAP_VERBS) in its sentence or the
    CAPTOR_WINDOW before, the nearest first (convention captors, round21)."""
    sents = doc_sents(doc)
    for i in range(sent_index, max(-1, sent_index - CAPTOR_WINDOW - 1), -1):
        for tok in reversed(sent_tokens(sents[i])):
            lemma = tok.lemma_.lower()
            if tok.pos_ != "VERB" or lemma not in _CAPTIVITY_VERBS:
                continue
            if roles.is_passive(tok):
                captors = _holding_agents(analysis, tok, event.target_actor_id) if _held_people(tok) else []
            else:
                heads = roles.subjects(tok) if lemma in _KIDNAP_VERBS else []
                captors = [p for p in args.resolved(analysis, heads) if p.actor.id != event.target_actor_id]
            if captors:
                actor = captors[0].actor
                event.source_actor_id, event.source_code = actor.id, actor.code
                event.rule_id = f"{event.rule_id}+captor"
                return
    if event.target_actor_id and conv.enabled("detainers", since):
        _detainer_source(doc, analysis, event, sent_index)


def _detainer_source(doc: Doc, analysis: Analysis, event: Event, sent_index: int) -> None:
    """Convention detainers (round37): "Iran seized a British tanker in the Gulf. Britain demanded its release" --
    a release with no releaser and no captor found is the release of the subject of the nearest active verb of
    taking or keeping (DETAINING_VERBS) whose direct object is the very actor the release frees, in its sentence
    or the CAPTOR_WINDOW before; never the freed one itself."""
    actor = holder_of(doc, analysis, event.target_actor_id, sent_index)
    if actor is not None:
        event.source_actor_id, event.source_code = actor.id, actor.code
        event.rule_id = f"{event.rule_id}+detainer"


def holder_of(doc: Doc, analysis: Analysis, held_id: str, sent_index: int) -> Actor | None:
    """The subject of the nearest active verb of taking or keeping (DETAINING_VERBS) whose direct object is the
    actor `held_id`, in sentence `sent_index` or the CAPTOR_WINDOW before; never the held one itself."""
    sents = doc_sents(doc)
    for i in range(sent_index, max(-1, sent_index - CAPTOR_WINDOW - 1), -1):
        for tok in reversed(sent_tokens(sents[i])):
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in _DETAINING_VERBS:
                continue
            if roles.is_passive(tok):
                held_by = _passive_holder(analysis, tok, held_id)
                if held_by is not None:
                    return held_by
                continue
            objects = [c for c in children(tok) if c.dep_ in ("dobj", "obj")]
            if not any(p.actor.id == held_id for p in args.resolved(analysis, objects)):
                continue
            holders = [p for p in args.resolved(analysis, roles.subjects(tok)) if p.actor.id != held_id]
            if holders:
                return holders[0].actor
    return None


def _holding_agents(analysis: Analysis, verb: Token, held_id: str | None) -> list[Party]:
    """The parties a passive verb of holding names as its doers (its agent or by-phrase), not the one held: the
    captors of _captor_source and the holder of _passive_holder."""
    heads = roles.agent_of(verb) + roles.prep_objects(verb, ("by",))
    return [p for p in args.resolved(analysis, heads) if p.actor.id != held_id]


def _passive_holder(analysis: Analysis, verb: Token, held_id: str) -> Actor | None:
    """"Two Canadians were detained by Chinese authorities", "two Canadians detained in China": a passive verb of
    holding (its subject, or for a participle the noun it hangs on, is the one held) is done by its by-phrase's
    actor, else by the country its in-phrase places it in (session 42 lead)."""
    held = roles.subjects(verb) if verb.dep_ not in ("acl", "amod") else [verb.head]
    if not any(p.actor.id == held_id for p in args.resolved(analysis, held)):
        return None
    agents = _holding_agents(analysis, verb, held_id)
    if agents:
        return agents[0].actor
    iso = next((c for c in (_place_country(analysis, o) for o in roles.prep_objects(verb, ("in",))) if c), None)
    return place_actor(analysis, iso) if iso else None


_HANDOVER_NOUNS = word_list("patterns", "HANDOVER_NOUNS")


def released_nouns(cue: Token) -> list[Token]:
    """The release or hand-over nouns (HANDOVER_NOUNS) an appeal's or demand's verb asks for: its object ("demanded
    the release of X") or the object of its for-phrase ("called for the release of X")."""
    nouns = [c for c in children(cue) if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _HANDOVER_NOUNS]
    return nouns + [o for o in roles.prep_objects(cue, ("for",)) if o.lemma_.lower() in _HANDOVER_NOUNS]


def held_ones(noun: Token) -> list[Token]:
    """The ones a release or hand-over frees: its possessive ("their release") or of-phrase ("the release of X")."""
    return [c for c in children(noun) if c.dep_ == "poss"] + roles.prep_objects(noun, ("of",))


def handover_requests(doc: Doc, analysis: Analysis, events: list[Event], trigger_of: dict[str, Token]) -> None:
    """Convention handover-requests (round37): "Police arrested a cartel leader. Washington has requested his
    extradition" -- an appeal or demand with no target whose object is the handing over of someone (HANDOVER_NOUNS,
    with a possessive or an of-phrase naming the one held) is made to whoever the text told holds that one
    (holder_of)."""
    for e in events:
        if e.cameo_root not in ("02", "10") or e.id not in trigger_of:
            continue
        for n in released_nouns(trigger_of[e.id]):
            parties = args.resolved(analysis, held_ones(n))
            if (e.target_actor_id or e.target_code) and not any(p.actor.id == e.target_actor_id for p in parties):
                continue    # (a target of its own: "urged Beijing to release them"; the held one is no target:
                            # "called for the Canadians' release" is made to their holder, session 42 lead)
            for party in parties:
                actor = holder_of(doc, analysis, party.actor.id, e.sentence)
                if actor is None or actor.id == e.source_actor_id or actor.code == e.source_code:
                    continue
                e.target_actor_id, e.target_code = actor.id, actor.code
                e.rule_id = f"{e.rule_id}+holder"
                break
            if e.target_actor_id:
                break


# rules of a court's verdict: the detention they may be coded as is the court's (session 21)
_COURT_RULES = ("V11-convict",)


def _imply_source(analysis: Analysis, event: Event, sent_index: int, options: CoderOptions) -> None:
    """"Three men were arrested in Nairobi": an act only one kind of state body does (agentless.csv's
    `agent`) has that body of the country where it happened as its source, when the text says which
    country (actors/implied.py); the source's words stay empty, as the text names no one."""
    sector = implied_agent(event.cameo_code) if conv.enabled("implied-agents", options.since) else None
    if sector == "COP" and event.rule_id.startswith(_COURT_RULES):
        sector = "JUD"      # "was sentenced to 20 years": a court's verdict, coded as detention (173), is no police act
    actor = actors_api.implied_actor(analysis, sector, sent_index) if sector else None
    if actor is None or actor.id == event.target_actor_id or _own_people_held(analysis, event, actor, sent_index):
        return
    event.source_actor_id, event.source_code = actor.id, actor.code
    event.rule_id = f"{event.rule_id}+agent-{sector}"


def _own_people_held(analysis: Analysis, event: Event, actor, sent_index: int) -> bool:
    """"OTTAWA - Canada's foreign ministry said its citizens are being detained": a state telling of its own
    citizens held ("its", "their" people of its country) in a sentence that names no place they are held in speaks
    of another state's police, not its own; the story's country implies no doer (round41, session 39 act43)."""
    target = analysis.actor(event.target_actor_id) if event.target_actor_id else None
    story = analysis.context.story_countries
    if target is None or target.country != actor.country or target.sector != "CVL" or event.target_start is None \
            or story is not None and sent_index in story.by_sentence:
        return False
    owners = [analysis.actor(m.actor_id) for m in analysis.mentions
              if m.kind == "pronoun" and m.start == event.target_start and m.text.lower() in ("its", "their")]
    return any(o is not None and (o.kind == "COUNTRY" or o.sector == "GOV") for o in owners)


_GENERIC_ADDRESSEES = word_list("patterns", "GENERIC_ADDRESSEES")


_FUNDED_SITE_PREPS = ("in", "between", "across", "near")


def funded_site(analysis: Analysis, tok: Token, own_countries: set[str | None]) -> str | None:
    """"Chinese banks financed the railway between Nairobi and Mombasa", "Beijing funded the construction of a
    stadium in Abidjan": aid with no recipient named goes to the country of the site it pays for -- a place in the
    in- or between-phrase of the direct object, or of the object's of-phrase -- when that is not the giver's own
    country (convention funded-sites, session 42 coop46; as aid-destinations reads a to-phrase)."""
    things = roles.direct_objects(tok)
    things = things + [g for o in things for g in roles.prep_objects(o, ("of",))]
    return _foreign_site(analysis, [h for t in things for h in roles.prep_objects(t, _FUNDED_SITE_PREPS)], own_countries)


def _foreign_site(analysis: Analysis, sites: list[Token], own_countries: set[str | None]) -> str | None:
    """The country of the first site a place of the analysis covers that is not one of `own_countries`."""
    for site in sites:
        iso = next((pl.country for pl in analysis.places if pl.start <= site.idx < pl.end and pl.country), None)
        if iso and iso not in own_countries:
            return iso
    return None


def built_site(analysis: Analysis, tok: Token, own_countries: set[str | None]) -> str | None:
    """"Chinese state firm Sinohydro began building a dam on the Niger river in Guinea", "Rosatom will build two
    reactors in Uzbekistan": a firm or a state that builds a site abroad deals with the country it is in -- the site
    funded-sites reads, or a place in the verb's own in-phrase or in the in-phrase of a phrase on the object ("on the
    Niger river in Guinea") -- when the builder's country is known and the site is not in it (convention built-sites,
    session 43 coop47)."""
    if not own_countries or None in own_countries:
        return None     # a builder of no known country: "abroad" cannot be told
    things = roles.direct_objects(tok)
    sites = roles.prep_objects(tok, ("in",)) + [g for t in things for o in roles.prep_objects(t, ("on", "at", "along"))
                                                 for g in roles.prep_objects(o, ("in",))]
    return funded_site(analysis, tok, own_countries) or _foreign_site(analysis, sites, own_countries)
