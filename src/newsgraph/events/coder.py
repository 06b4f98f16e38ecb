"""The event coder: verb and noun patterns over spaCy's dependency parse -> Event records.

For each sentence it finds triggers (a verb lemma with its particle/preposition/object, or an
event noun, see data/patterns/; triggers.py), reads source and target phrases off the parse (roles.py), maps
them to actors with the actors stage's API (arguments.py), and attaches CAMEO/PLOVER codes
(ontology.py), modality and attribution (modality.py), and date and place (date_place.py).
Statements ("X said ...") come from statements.py. A sentence without a matching pattern yields no
event: there is no default code. The sentence's events are then merged where one act was told in several
words, and sides lent between them (merges.py).

A side the text leaves unnamed stays empty, as GDELT leaves Actor1 blank: "over 100 activists were
arrested" is an arrest of the activists by no named source (agentless.csv says which codes and
forms may be coded so); a side the text names but the actors stage cannot resolve ("the suspect")
keeps its words without a code.
"""
from __future__ import annotations

import functools
from dataclasses import replace
from itertools import permutations

from spacy import symbols as spacy_symbols
from spacy.tokens import Doc, Span, Token

import newsgraph.actors as actors_api
from newsgraph.actors.document import STATE_SECTORS     # a state's own sides (convention own-country-sides)
from newsgraph.datafile import word_list
from newsgraph.events import act_makers
from newsgraph.events import arguments as args
from newsgraph.events import confidence
from newsgraph.events import conventions as conv
from newsgraph.events import roles
from newsgraph.events.arguments import Party
from newsgraph.events.build import cue_span, make_event
from newsgraph.events.discourse import AWAITS_ANSWER, REACTION, answer_accusations, answers_earlier
from newsgraph.events.date_place import When, article_place, event_date, event_when, local_event_place
from newsgraph.events.modality import (attribution, condition_mark, governing_cues, modality, refusal, reporting_verb,
                                       that_clause)
from newsgraph.events import merges
from newsgraph.events.ontology import CRITICISM_CODES as _CRITICISM_CODES
from newsgraph.events.ontology import FORCE_ROOTS as _FORCE_ROOTS
from newsgraph.events.ontology import REQUEST_ROOTS as _REQUEST_ROOTS
from newsgraph.events.ontology import VIOLENT_ROOTS as _VIOLENT_ROOTS
from newsgraph.events.ontology import lookup
from newsgraph.events.patterns import (FALLBACK_PREFIX, Pattern, agentless_forms, demand_auxiliaries, implied_agent,
                                       intent_verbs, noun_sets, pattern_index, place_target_mode, refusal_codes,
                                       undergone_acts)
from newsgraph.events.framing import reported_acts
from newsgraph.events.headlines import colon_statement, headline_events
from newsgraph.events.senses import LATE_CONDITIONS, sense_of
from newsgraph.events.statement_tones import perfect_modal
from newsgraph.events.statements import drop_shadowed_statements, statement_events
from newsgraph.events.merges import TIME_NOUNS as _TIME_NOUNS
from newsgraph.events.triggers import CAUSING_PHRASES as _CAUSING_PHRASES
from newsgraph.events.triggers import TIME_RELATION_PREPS as _TIME_RELATION_PREPS
from newsgraph.events.triggers import (CoderOptions, Trigger, gerund_subject, light_verb, match_verb, scan_sentence,
                                       semi_modal)
from newsgraph.nlp.cache import children, doc_sents, doc_text, has_the, sent_tokens, subtree
from newsgraph.records import Actor, Analysis, Event

# PLOVER manual: cooperative actions reported as future intentions are coded AGREE ("will send
# aid", "is willing to withdraw"); by the same reading, announced conflictual actions are threats
# ("will boycott", "would tighten the blockade"), as is any action made conditional with "unless".
_FUTURE_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT"}
_FUTURE_THREATEN = {"SANCTION", "COERCE", "ASSAULT", "PROTEST", "MOBILIZE"}
# Protests and shows of force are aimed at the country where they happen when no target is named
# (CAMEO practice: "activists staged a protest in Beijing" -> target CHN).
_PLACE_TARGET_ROOTS = {"14", "15"}
_MOBILIZE_ROOT = "15"
_SHARE_INFO_CODE = "064"      # sharing intelligence or information: its object is what is shared
_NEAR_PREPS = ("near", "along", "across", "outside")
_FORCE_INSIDE_PREPS = tuple(sorted(word_list("patterns", "FORCE_INSIDE_PREPS")))
_PERSONAL_ROOTS = {"17", "18", "19", "20"}     # acts one person can do to another of the same code
_PEOPLE_KINDS = {"PERSON", "GROUP"}
# Where the cause of a death or injury is named ("killed in the floods", "injured by the blast").
_CAUSE_PREPS = ("in", "by", "during", "after", "from", "amid", "when")
# An event noun after these is a reference point for another event, not reported here.
_REFERENCE_PREPS = word_list("patterns", "REFERENCE_PREPS")
# Prepositions that name who or what an event noun was done to ("the killing of", "an attack on").
_CARGO_PARTICIPLES = word_list("patterns", "CARGO_PARTICIPLES")
_TOPIC_OBJECT_VERBS = word_list("patterns", "TOPIC_OBJECT_VERBS")
_NOMINAL_TARGET_PREPS = ("of", "on", "against", "with", "between", "upon", "into")


_NOUN, _PROPN = spacy_symbols.NOUN, spacy_symbols.PROPN


# ---------------------------------------------------------------- roles

def _in_set(tok: Token, name: str) -> bool:
    members = noun_sets()[name]
    return tok.lemma_.lower() in members or tok.lower_ in members


def _goods_makers(trig: Trigger, exclude: set[str]) -> list[Party]:
    """"bought 12 Boeing 787 Dreamliners", "ordered 30 Airbus A321 jets": a name the recogniser tags as an
    organisation among the modifiers of goods of the noun set GOODS (the pattern's own object) is their maker,
    the other side of the purchase (session 23, trade23; business news rarely names the seller otherwise)."""
    out: list[Party] = []
    for obj in trig.parts[1:]:
        if obj.dep_ not in ("dobj", "obj", "nsubjpass") or not _in_set(obj, "GOODS"):
            continue
        mods = [c for c in children(obj) if c.dep_ in ("compound", "nmod")]
        mods += [g for c in mods for g in children(c) if g.dep_ in ("compound", "nmod")]
        for m in mods:
            if m.ent_type_ == "ORG" and m.pos_ == "PROPN" and f"@{m.i}" not in exclude \
                    and not any(q.head.i == m.i for q in out):
                out.append(Party(None, m))
    return out


def _is_nonagent(tok: Token, since: frozenset[str] | None) -> bool:
    """An accident or natural event ("the crash", "the flood") named where an actor would be; not one a
    weapon names ("a bomb blast", "a grenade explosion": round 12, convention armed-blasts). A disease
    ("cholera has killed 200") is none either (round 14, convention diseases)."""
    return (_in_set(tok, "NONAGENT") and not _armed_blast(tok, since)) or (
        _in_set(tok, "DISEASES") and conv.enabled("diseases", since)) or _disease_phrase(tok, since)


_DISEASE_HEADS = word_list("patterns", "DISEASE_HEADS")


def _disease_phrase(tok: Token, since: frozenset[str] | None) -> bool:
    """"The H5N1 strain has killed 93", "a type of bird flu that killed 150": a strain, type or outbreak (word list
    DISEASE_HEADS) whose own modifiers or of-phrase name a disease is no doer either (convention disease-phrases);
    nor is a battle with one ("died after a long battle with leukaemia", session 19); "AIDS activists" stay people."""
    if tok.lemma_.lower() not in _DISEASE_HEADS or not conv.enabled("disease-phrases", since):
        return False
    mods = [c for c in children(tok) if c.dep_ in ("compound", "amod", "nmod")] + roles.prep_objects(
        tok, ("of", "with", "against"))
    return any(_in_set(m, "DISEASES") or _in_set(m, "NONAGENT") for m in mods)


def _attack_subject(tok: Token, verb: Token, since: frozenset[str] | None) -> bool:
    """"The embassy bombings killed 247 people", "a shooting wounded two": an attack named by its noun as the verb's
    own subject (noun set ATTACK_SUBJECTS) is the means of an act whose doer the sentence leaves unnamed (convention
    attack-subjects); not a subject read through control ("launched an offensive to retake the town" is the army's),
    nor the antecedent of a relative clause ("a stabbing that killed a passenger" is the stabbing's toll,
    toll-clauses), and a "blast" or "explosion" stays an accident unless a weapon or attacker names it."""
    return tok.head.i == verb.i and _in_set(tok, "ATTACK_SUBJECTS") and conv.enabled("attack-subjects", since) \
        and tok.lemma_.lower() not in pattern_index("noun", since)     # a noun row codes it with its toll itself


def _gerund_attack_subjects(tok: Token, options: CoderOptions) -> list[Token]:
    """"Fighting in the north has killed 12 people": the small model tags a sentence's first "Fighting" or
    "Shelling" as a gerund, the clausal subject of the verb; an attack word of ATTACK_SUBJECTS so parsed is the
    means, as the noun would be (convention gerund-attacks, round 25)."""
    if not conv.enabled("gerund-attacks", options.since):
        return []
    return [c for c in children(tok) if c.dep_ in ("csubj", "nsubj") and c.tag_ == "VBG" and _in_set(c, "ATTACK_SUBJECTS")
            and not any(g.dep_ in ("dobj", "obj", "nsubj") for g in children(c))]


_ARMED_BLAST_WORDS = word_list("patterns", "ARMED_BLAST_WORDS")


def _armed_blast(tok: Token, since: frozenset[str] | None) -> bool:
    """"A bomb blast", "the car-bomb explosion", "a suicide blast": an explosion a weapon or attacker names."""
    if not conv.enabled("armed-blasts", since):
        return False
    mods = [c for c in children(tok) if c.dep_ in ("compound", "amod", "nmod")]
    mods += [g for c in mods for g in children(c) if g.dep_ == "compound"]       # "car bomb blast"
    return any(_in_set(c, "WEAPONS") or c.lower_ in _ARMED_BLAST_WORDS for c in mods) or _bombing_story(tok, since)


_BLASTS = word_list("patterns", "BLASTS")


def _bombing_story(tok: Token, since: frozenset[str] | None) -> bool:
    """"The market blast that killed nine people" in a story whose sentence or the few before name a bomb, a bombing
    or an attacker (noun set ATTACK_SIGNS) and no mishap: the blast was the bombing (convention blast-context); a gas
    blast in a mine stays an accident."""
    if tok.pos != _NOUN or tok.lemma_.lower() not in _BLASTS or not conv.enabled("blast-context", since):
        return False
    # "A blast killed seven people at a market. Police said a bomb was hidden in a cart": a lead names the blast
    # first and the bomb after it (convention blast-context-after, round27, session 26 force26)
    after = _BLAST_WINDOW_AFTER if conv.enabled("blast-context-after", since) else 0
    window = [t for sent in _sentence_window(tok, _STORY_WINDOW, after) for t in sent]
    return any(_in_set(t, "ATTACK_SIGNS") for t in window) and not any(
        t.i != tok.i and t.pos == _NOUN and _in_set(t, "MISHAPS") for t in window)


def _is_means(tok: Token) -> bool:
    """A means of attack ("a bomb", "shelling", "drones") named where an actor would be."""
    return _in_set(tok, "ATTACK_MEANS") or any(c.dep_ == "compound" and _in_set(c, "ATTACK_MEANS")
                                                for c in children(tok))


def _attack_means(tok: Token) -> list[Token]:
    """"killed in Israeli tank shelling", "wounded by a Turkish drone strike": the means of an
    agentless violent act, whose nationality modifier names the attacker."""
    heads = roles.prep_objects(tok, ("in", "by")) + roles.agent_of(tok)
    heads += [c for c in children(tok) if c.dep_ == "advcl" and c.tag_ == "VBG"]
    return [h for h in heads if _is_means(h)]


def _attack_agents(tok: Token, options: CoderOptions | None = None) -> list[Token]:
    """"killed in shelling by rebel forces", "wounded in an attack by militants": the doer named by the
    "by" phrase of the means or attack noun an agentless violent verb was done in; with `options` allowing
    it (convention shared-adjuncts), also the one a coordinated passive names ("one soldier was killed and
    another wounded in shelling by rebel forces": both were done in the shelling)."""
    found = _own_attack_agents(tok)
    if found or options is None or not conv.enabled("shared-adjuncts", options.since):
        return found
    for other in _coordinated_passives(tok):
        found = found or _own_attack_agents(other)
    return found


def _coordinated_passives(tok: Token) -> list[Token]:
    """The passive verbs coordinated with `tok` ("was killed and [was] wounded"), either way."""
    sides = [c for c in children(tok) if c.dep_ == "conj"]
    if tok.dep_ == "conj" and tok.head.i != tok.i:
        sides.append(tok.head)
    return [v for v in sides if v.pos_ == "VERB" and roles.is_passive(v)]


def _own_attack_agents(tok: Token) -> list[Token]:
    heads = roles.prep_objects(tok, ("in", "by", "during")) + roles.agent_of(tok)
    # "killed in shelling by ...": the parser may make the -ing noun a clause of the preposition
    heads += [g for c in children(tok) if c.dep_ == "prep" and c.lower_ in ("in", "during")
              for g in children(c) if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    acts = [h for h in heads if _is_means(h) or _in_set(h, "ATTACKS")]
    return [a for h in acts for a in roles.prep_objects(h, ("by",))]


_WHEN_MARKERS = ("when", "as", "after")
_CLAUSE_ATTACKS = word_list("patterns", "CLAUSE_ATTACK_VERBS")


def _coordinated_harms(tok: Token) -> tuple[Token, ...]:
    """The verb and the verbs coordinated with it: a when-clause the parser hangs on one of them tells them all
    ("one was killed and five were hurt when a tree fell on them"; session 22)."""
    return (tok, *(c for c in children(tok) if c.dep_ == "conj"), *((tok.head,) if tok.dep_ == "conj" else ()))


def _clause_attackers(tok: Token, since: frozenset[str] | None) -> list[Token]:
    """"A guard was killed when gunmen opened fire on the post", "two villagers died after raiders stormed their
    homes": the subject of a when/as/after clause of attack on an agentless harm did the harm (convention
    when-attackers, round 21); a weapon, a vehicle or an accident as that subject names no one."""
    found = []
    for c in (c for verb in _coordinated_harms(tok) for c in children(verb)):
        if c.dep_ != "advcl" or c.pos_ != "VERB" or not any(
                m.dep_ in ("mark", "advmod") and m.lower_ in _WHEN_MARKERS for m in children(c)):
            continue
        lemma = c.lemma_.lower()
        if lemma not in _CLAUSE_ATTACKS and not (lemma == "open" and any(
                o.dep_ in ("dobj", "obj") and o.lemma_.lower() == "fire" for o in children(c))):
            continue
        found += [h for h in children(c) if h.dep_ == "nsubj" and not _is_nonagent(h, since)
                  and not _in_set(h, "WEAPONS") and not _in_set(h, "ROAD")]
    return found


def _natural_cause(tok: Token, since: frozenset[str] | None) -> bool:
    """The harm has a named accidental or natural cause ("killed in the floods", "died when the
    storm hit"): not an attack by anyone."""
    heads = roles.prep_objects(tok, _CAUSE_PREPS) + roles.agent_of(tok) + roles.subjects(tok)
    for verb in _coordinated_harms(tok):
        for c in children(verb):
            if c.dep_ != "advcl":
                continue
            subjects = [g for g in children(c) if g.dep_ in ("nsubj", "nsubjpass")]
            heads += subjects
            if c.lemma_.lower() in _FALL_VERBS and any(_in_set(g, "FALLING_THINGS") for g in subjects) \
                    and not any(_in_set(t, "ATTACK_SIGNS") for t in tok.sent):
                return True     # "when a wall collapsed", "when the balcony gave way": a structure that fell
    return any(_is_nonagent(h, since) for h in heads)


_FALL_VERBS = word_list("patterns", "FALL_VERBS")


# How many sentences before an agentless harm can tell the story it belongs to ("the car flipped ... the
# driver was killed").
_STORY_WINDOW = 3


_BLAST_WINDOW_AFTER = 2     # sentences after a blast that may name its bomb (blast-context-after)


def _sentence_window(tok: Token, before: int, after: int = 0) -> list[Span]:
    """The token's sentence with `before` sentences before it and `after` after it."""
    sents = doc_sents(tok.doc)
    here = next((i for i, s in enumerate(sents) if s.start <= tok.i < s.end), None)
    return [] if here is None else list(sents[max(0, here - before):here + 1 + after])


def _story_sentences(tok: Token) -> list[Span]:
    """The token's sentence and the few before it: the stretch of story a death or a blast belongs to."""
    return _sentence_window(tok, _STORY_WINDOW)


def _accident_story(tok: Token, since: frozenset[str] | None) -> bool:
    """The agentless death or injury is told in the story of an accident or disaster: its sentence or the
    few before it name a mishap ("the car crashed into a wall. The passenger was killed") and none of them
    names an attack, an attacker or a weapon (convention accident-context)."""
    seen_mishap = False
    for sent in _story_sentences(tok):
        if any(_in_set(t, "ATTACK_SIGNS") for t in sent):
            return False
        seen_mishap = seen_mishap or any(_mishap(t, since) for t in sent)
    return seen_mishap


def _mishap(tok: Token, since: frozenset[str] | None) -> bool:
    """A word that tells of an accident or disaster: a noun of NONAGENT or MISHAPS ("the crash", "a storm"), a verb
    of MISHAPS ("the bus overturned"; not "troops stormed the building"), a collision on the road, a fire that burns."""
    lemma = tok.lemma_.lower()
    if tok.pos == _NOUN:
        return (lemma in noun_sets()["NONAGENT"] and not _armed_blast(tok, since)) or lemma in noun_sets()["MISHAPS"] \
            or _a_fire(tok)
    return (tok.pos_ == "VERB" and lemma in noun_sets()["MISHAPS"]) or _road_collision(tok)


def _a_fire(tok: Token) -> bool:
    """"A fire tore through the block", "died in a house fire": a fire as a thing that burns, the subject of its
    own verb or the place of a death; not the fire of guns ("opened fire on", "came under fire")."""
    return tok.lemma_.lower() == "fire" and tok.pos == _NOUN and (
        tok.dep_ == "nsubj" or (tok.dep_ == "pobj" and tok.head.lower_ == "in"))


_COLLISION_VERBS = word_list("patterns", "COLLISION_VERBS")

# "recalled its ambassador in/to X": where an envoy of the source's own state was posted (round24)
_POSTED_PREPS = tuple(sorted(word_list("patterns", "POSTED_PREPS")))


def _own_envoy(obj: Token) -> bool:
    """An envoy (noun set AMBASSADOR) the source's own possessive pronoun owns ("its ambassador", "their
    envoys"): one of the source's own diplomats."""
    return obj.lemma_.lower() in noun_sets()["AMBASSADOR"] and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in children(obj))


def _road_collision(tok: Token) -> bool:
    """"The van struck a lamppost", "slammed into a tree": a collision verb with a vehicle or roadside thing
    as its object (noun set ROAD), an accident; and (round 18) one whose doer is a vehicle, as the passive's
    "by" phrase or the subject: "a man was hit by a car and killed", "a truck struck the cyclist"."""
    subjects = roles.subjects(tok)
    if tok.lemma_.lower() not in _COLLISION_VERBS or any(
            _in_set(h, "WEAPONS") or _in_set(h, "ARMED") for h in subjects):
        return False        # "a missile hit a bus": an attack, not a collision
    things = roles.direct_objects(tok) + roles.prep_objects(tok, ("into", "onto", "against"))
    doers = roles.agent_of(tok) + roles.prep_objects(tok, ("by",))     # a headline's "Hit By Car"
    if not roles.is_passive(tok):
        doers += subjects
    return any(_in_set(h, "ROAD") for h in things + doers)


def _at_protest(tok: Token) -> bool:
    """The act happened during or at a protest ("threw stones during demonstrations")."""
    return any(_in_set(h, "PROTESTS") for h in roles.prep_objects(tok, ("during", "at", "in")))


def _by_ordnance(tok: Token, ordnance: frozenset[str]) -> bool:
    """The act was done by or with military ordnance ("blown up by a surface-to-air missile")."""
    heads = roles.agent_of(tok) + roles.prep_objects(tok, ("with", "by")) + roles.subjects(tok)
    return any(h.lemma_.lower() in ordnance or h.lower_ in ordnance for h in heads)


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


def _discussion(tok: Token, since: frozenset[str] | None) -> bool:
    """A verb of discussion (word list TOPIC_OBJECT_VERBS) whose object is the matter discussed, never a side
    (convention discussed-matters, session 26)."""
    return tok.lemma_.lower() in _TOPIC_OBJECT_VERBS and conv.enabled("discussed-matters", since)


_PLACES_OF_HOLDING = word_list("patterns", "PLACES_OF_HOLDING")


def _no_side_phrase(obj: Token, options: CoderOptions) -> bool:
    """"was released from prison", "freed from custody": the place someone was held, named by a from-phrase, is
    no side of the act (convention held-from, session 26); nor is "on behalf of X" ("filed a suit on behalf of the
    senators against the police chief": the senators are the client, not whom the suit is against)."""
    if not conv.enabled("held-from", options.since):
        return False
    return (obj.head.lower_ == "from" and obj.lemma_.lower() in _PLACES_OF_HOLDING) \
        or (obj.lower_ == "behalf" and obj.head.lower_ in ("on", "in"))


def _verb_roles(analysis: Analysis, trig: Trigger, options: CoderOptions) -> tuple[list[Party], list[list[Token]]]:
    tok, p = trig.token, trig.pattern
    subj = roles.subjects(tok)
    if conv.enabled("non-agents", options.since):
        subj = [h for h in subj if not _is_nonagent(h, options.since)]
    if subj and _bare_adjunct_gerund(tok) and conv.enabled("adjunct-gerunds", options.since):
        subj = []           # "Town mourns after shooting": the shooting's doer is unnamed
    violent = lookup(p.cameo).root in _VIOLENT_ROOTS
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
            return args.resolved(analysis, holders), [subj]
        return args.resolved(analysis, _attack_means(tok)), [subj]
    sources = args.resolved(analysis, subj)
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
    if not sources and conv.enabled("unresolved-sides", options.since):
        sources = args.unresolved(subj)
    objects = [o for o in trig.parts[1:] if o.dep_ not in ("prt", "prep")]
    if p.objects:
        parts = {t.i for t in trig.parts}
        # "dragged the police chief to court": a direct object that is not the pattern's own object
        other = [o for o in roles.direct_objects(tok) if o.i not in parts]
        if conv.enabled("relative-objects", options.since):
            other = _relative_object(tok) + other
        cands = [roles.datives(tok), other]
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
                   if o.i not in parts and not _no_side_phrase(o, options)]]
        # ("raised questions about the board's judgement": the pattern's own preposition hung on its object)
        cands += [roles.prep_objects(o, tuple(w for w in p.prep if w not in roles.TARGET_PREPS) + roles.TARGET_PREPS)
                  for o in objects]
        # "dropped its investigation into an allegation against X": the one the case is against
        cands += [roles.prep_objects(g, ("against",)) for o in objects for g in roles.prep_objects(o, roles.TARGET_PREPS)]
        if p.cameo[:2] == "07" and conv.enabled("cargo-recipients", options.since):
            # "flew planes loaded with rice to Cuba": the parse hangs the recipient on the cargo participle
            cands += [roles.prep_objects(c, ("to",)) for o in objects for c in children(o)
                      if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _CARGO_PARTICIPLES]
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
        if p.cameo.startswith("016"):
            # "rejected the allegations of the relatives", "denied the charges by the police": the accuser
            cands += [roles.prep_objects(o, ("of", "by", "from")) for o in objects]
        own_envoys = [o for o in objects if _own_envoy(o)]
        if own_envoys:
            # "recalled its ambassador to Moscow", "withdrew their envoy in Minsk": the state the envoy was
            # posted to, not the envoy of the source's own state, which is no other side (round24)
            cands += [roles.prep_objects(o, _POSTED_PREPS) for o in own_envoys]
        elif lookup(p.cameo).root != _MOBILIZE_ROOT:
            cands += [objects]      # ("sent two battalions to the border": forces sent are the means, root 15)
        if conv.enabled("object-act-agents", options.since):
            cands += [_object_act_agents(tok, objects + other)]
    else:
        dobjs = roles.direct_objects(tok)
        # "deployed troops to the border": the forces mobilised are the means, not the target (root 15); "shared
        # intelligence with X": the information shared is what passes, not a side (064; round21)
        # "discussed border security with X": what is discussed is the matter, never a side (session 26)
        topic_object = _discussion(tok, options.since)
        cands = [[] if lookup(p.cameo).root == _MOBILIZE_ROOT or p.cameo == _SHARE_INFO_CODE or topic_object
                 else dobjs,
                 roles.datives(tok),
                 roles.prep_objects(tok, p.prep),
                 _beside_topics([o for o in roles.prep_objects(tok, roles.TARGET_PREPS) if not _no_side_phrase(o, options)],
                                options)]
        if conv.enabled("object-act-agents", options.since) and not topic_object:
            cands.insert(1, _object_act_agents(tok, dobjs))
        # "endorsed an agreement with the EU": the object's own complement
        cands += [roles.prep_objects(o, p.prep + roles.TARGET_PREPS) for o in dobjs]
        if conv.enabled("asked-against", options.since):
            # "called for sanctions against Iran": the one what the verb asks for is aimed at
            cands += [[g for o in roles.prep_objects(tok, p.prep) for g in roles.prep_objects(o, ("against",))]]
        if lookup(p.cameo).root == _MOBILIZE_ROOT:
            # "massed troops on the border with India", "near Ukraine's border": whose border it is
            places = roles.prep_objects(tok, roles.TARGET_PREPS + _NEAR_PREPS) + \
                [g for o in dobjs for g in roles.prep_objects(o, roles.TARGET_PREPS + _NEAR_PREPS)]
            cands += [[h for pl in places for h in roles.prep_objects(pl, ("with",)) + roles.possessors(pl)]]
        # "demanded that the US cancel the sale": the subject of the complement clause
        cands += [roles.clause_subjects(tok)]
        if p.cameo[:2] in _REQUEST_ROOTS:
            # "pleaded with the administration to reconsider": the small model makes the addressee the
            # subject of the infinitive
            cands += [roles.infinitive_subjects(tok)]
    if p.cameo.startswith(_HANDOVER_CODE) and conv.enabled("handover-origin", options.since):
        # "extradited two suspects to Germany": judicial cooperation runs between the two states (CAMEO 063's
        # example codes the extraditing state and the one it extradited to); the person handed over is not a side
        cands = [roles.prep_objects(tok, ("to",))] + cands
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
    if lookup(p.cameo).root in _MEETING_ROOTS and conv.enabled("infinitive-partners", options.since):
        # "signed an agreement to share data with the sheriff's office": the partner of what the agreement or the
        # act is for, after every side of the verb's own (session 25)
        cands += _purpose_partners(tok, objects)
    if conv.enabled("time-targets", options.since):
        # "marched on the first day of the convention": a noun of time says when, it is no one acted on
        cands = [[c for c in group if c.lemma_.lower() not in _TIME_NOUNS] for group in cands]
    if conv.enabled("own-country-sides", options.since):
        # "Syria offered its troops to Lebanon's president": what the doer gives of its own is no side; the one it
        # goes to is (session 24)
        owned = {h.i for h in roles.direct_objects(tok)
                 if any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in children(h))}
        recipients = roles.prep_objects(tok, ("to",))
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
    return sources, cands


_INTENT_ROOT = "03"
_DEAL_TRANSFER_VERBS = word_list("patterns", "DEAL_TRANSFER_VERBS")
_DEAL_TAKE_VERBS = word_list("patterns", "DEAL_TAKE_VERBS")


def _deal_parties(tok: Token) -> list[Token]:
    """The other party of a deal named by the to-infinitive of an intent or agreement verb (convention
    agreed-deal-parties): its with-phrase ("merge with X"); for a verb of handing over (word list
    DEAL_TRANSFER_VERBS) its to-phrase ("sell the unit to X"); for a verb of taking (DEAL_TAKE_VERBS) its
    from-phrase, its passive's by-phrase ("be acquired by X") or what it takes: a named object, or the owner of
    what it takes ("buy the shares of X", "acquire X's stake"). [] when the trigger has no such infinitive."""
    out: list[Token] = []
    for c in children(tok):
        if c.dep_ != "xcomp" or c.pos_ not in ("VERB", "AUX") or not roles.to_infinitive(c):
            continue
        lemma = c.lemma_.lower()
        out += roles.prep_objects(c, ("with",))
        if lemma in _DEAL_TRANSFER_VERBS:
            out += roles.prep_objects(c, ("to",))
        if lemma in _DEAL_TAKE_VERBS:
            out += roles.agent_of(c) + roles.prep_objects(c, ("from",))
            for o in roles.direct_objects(c):
                out += [o] if o.pos_ == "PROPN" else roles.possessors(o) + roles.prep_objects(o, ("of",))
    return out


_ADDRESSING_VERBS = word_list("patterns", "ADDRESSING_VERBS")
_MOBILIZE_CODE = "154"
_MEETING_ROOTS = frozenset({"03", "04", "05", "06"})   # cooperation and consultation (own-country-sides)
_OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})    # "offered its troops to X" (own-country-sides)
_FORCE_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "UAF"})     # forces one deploys (convention deployed-forces)
# prepositions whose object a fallback verb acts on ("lashed out at", "sided with", "seceded from"; not "for" or
# "over", which name a cause or a topic)
_FALLBACK_PREPS = ("with", "to", "against", "on", "at", "upon", "toward", "towards", "from")
_ABDUCT_CODE = "181"
_GIVING_VERBS = word_list("patterns", "GIVING_VERBS")     # "a pledge to give X to Y" (infinitive-partners)


def _purpose_partners(tok: Token, objects: list[Token] = ()) -> list[list[Token]]:
    """Convention infinitive-partners (session 25): the with-partner of the infinitive that says what a cooperative act
    or its object is for ("signed an accord to exchange records with the sheriff's office"), and the one a gift it
    is for goes to ("a pledge to hand two million shillings to a hospital": GIVING_VERBS' to-object or indirect
    object)."""
    purposes = [c for h in [tok, *objects] for c in children(h)
                if c.dep_ in ("acl", "advcl", "xcomp", "relcl") and roles.to_infinitive(c)]
    return [[w for v in purposes for w in roles.prep_objects(v, ("with",))
             + [g for d in roles.direct_objects(v) for g in roles.prep_objects(d, ("with",))]],
            [w for v in purposes if v.lemma_.lower() in _GIVING_VERBS
             for w in roles.prep_objects(v, ("to",)) + roles.datives(v)]]


def _relative_object(tok: Token) -> list[Token]:
    """"Gunmen freed a farmer they took hostage": a relative clause of a pattern with its own object noun ("take
    hostage") whose subject is no relative pronoun acts on the noun the clause describes
    (convention relative-objects, round25); [] otherwise."""
    if tok.dep_ != "relcl" or tok.head.pos_ not in ("NOUN", "PROPN") or roles.is_passive(tok):
        return []
    if roles.whose_clause(tok):
        return []
    if not any(c.dep_ == "nsubj" and c.lower_ not in roles.RELATIVE and c.tag_ not in ("WDT", "WP")
               for c in children(tok)):
        return []
    return [tok.head]


def _purpose_protest_targets(analysis: Analysis, tok: Token, exclude: set[str]) -> list[Party]:
    """"Thousands marched to protest the killings of students by the police": a protest verb with no target whose
    to-infinitive of purpose is a protest verb too is aimed where that one is -- its object, its against-phrase, or
    the doer of the act its object names (convention purpose-protest-targets, round25)."""
    for c in children(tok):
        if c.dep_ in ("advcl", "xcomp") and c.i > tok.i and roles.to_infinitive(c) and _protest_verb(c):
            objs = roles.direct_objects(c)
            return args.first_resolved(analysis, [objs, roles.prep_objects(c, ("against",)),
                                                  _object_act_agents(c, objs)], exclude)
    return []


@functools.lru_cache(maxsize=1)
def _act_nouns() -> frozenset[str]:
    return frozenset(pattern_index("noun")) | undergone_acts()


def _object_act_agents(tok: Token, objects: list[Token]) -> list[Token]:
    """"Marched to protest the arrests of reporters by the police": a "by" phrase the parse hangs on an active verb
    whose object is a noun of an act names who did that act, which the verb answers -- its target (convention
    object-act-agents, round25); [] otherwise (a passive verb's "by" phrase is its own agent)."""
    if roles.is_passive(tok) or not any(o.pos_ == "NOUN" and o.lemma_.lower() in _act_nouns() for o in objects):
        return []
    return roles.prep_objects(tok, ("by",))


def _governing_addressees(tok: Token) -> list[Token]:
    """"The doctors wrote to the minister, asking for more staff", "sent a letter to the mayor demanding ...": a
    participle of asking or demanding with no addressee of its own hangs on a verb of addressing (word list
    ADDRESSING_VERBS) whose to-phrase, indirect object or letter's to-phrase names whom it asks (convention
    participle-addressees, session 21); [] otherwise."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp", "acl", "conj") \
            or roles.datives(tok) or roles.prep_objects(tok, ("to",)):
        return []
    gov = tok.head
    if gov.pos_ == "NOUN" and gov.dep_ in ("dobj", "pobj"):
        gov = gov.head if gov.dep_ == "dobj" else gov     # "sent a letter ... asking": the letter's verb
    if gov.lemma_.lower() not in _ADDRESSING_VERBS:
        return []
    return roles.datives(gov) + roles.prep_objects(gov, ("to",)) + [
        t for o in roles.direct_objects(gov) for t in roles.prep_objects(o, ("to",))]


# judicial cooperation (extradition, handing over suspects): a passive's "from" phrase names who handed over
_HANDOVER_CODE = "063"


# verbs whose subject is an attack and whose object its victims ("the attack left seven dead")
_TOLL_VERBS = word_list("patterns", "TOLL_VERBS")
_HARMED = word_list("patterns", "HARMED")      # "left seven dead"


def _toll_verb(verb: Token) -> bool:
    """A verb that states the harm an attack did ("killed five", "left three people wounded"; not "left the
    government in a bind")."""
    if verb.pos_ != "VERB" or not roles.lemmas(verb) & _TOLL_VERBS:
        return False
    return "leave" not in roles.lemmas(verb) or any(t.lower_ in _HARMED for t in subtree(verb) if t.i > verb.i)


_RELATIVE_SUBJECTS = word_list("patterns", "RELATIVE_SUBJECTS")


def _toll_clause(n: Token) -> Token | None:
    """"a stabbing that killed a passenger", "the strike which left four dead": the relative clause on an attack
    noun that states its toll (convention toll-clauses), or None."""
    for c in children(n):
        if c.dep_ == "relcl" and _toll_verb(c) and any(
                s.dep_ == "nsubj" and s.lower_ in _RELATIVE_SUBJECTS for s in children(c)):
            return c
    return None


def _toll_victims(n: Token, options: CoderOptions) -> list[Token]:
    """The victims of an attack noun that is the subject of a toll verb: "the blast killed five",
    "a shooting left three people wounded", or (round 11) of its relative clause: "the strike that killed four"."""
    verb = n.head if n.dep_ == "nsubj" else None
    if verb is None or not _toll_verb(verb):
        verb = _toll_clause(n) if conv.enabled("toll-clauses", options.since) else None
    if verb is None:
        return []
    return [o for o in roles.direct_objects(verb) if o.i != n.i]


_INVADED_NOUNS = word_list("patterns", "INVADED_NOUNS")
_FROM_AUTHOR_ROOTS = frozenset({"11", "13"})     # words whose from-phrase is their author (round26)
_RECEIVED_DOER_PREPS = ("from", "with", "against", "to", "among")   # who did an act the subject received
_ADJUNCT_RECEIVED_PREPS = ("amid", "despite")       # criticism received as the setting of an act (round24)


def _victims_first(tok: Token, targets: list[Party], exclude: set[str]) -> list[Party]:
    """"A 17-year-old was stabbed at a party": the people the act was done to (its object or passive subject)
    are its target though no actor stands for them, not a body resolved in a later place phrase
    (convention victims-first)."""
    objs = roles.direct_objects(tok)
    own = {c.i for o in objs for c in roles.conjuncts(o)}
    if tok.dep_ == "relcl":
        own.add(tok.head.i)     # "a farmer they took hostage": the noun the clause describes (round25)
    if not objs or any(t.head.i in own for t in targets):
        return targets
    victims = [v for v in args.unresolved(objs) if v.key not in exclude]
    return victims or targets


_CASE_PREPS = ("into", "on", "over", "of")       # "an inquiry into", "a hearing on", "a ruling over" a case
_VENUE_PREPS = ("with", "to", "at", "before", "in")     # where a complaint or case is filed


def _accused(heads: list[Token]) -> list[Token]:
    """Whom the cases or accusations named by `heads` are against ("an allegation against X", "the impeachment
    proceedings against him"; noun sets CASES, ACCUSATION): convention case-against."""
    cases = _case_nouns()
    return [a for h in heads if h.lemma_.lower() in cases for a in roles.prep_objects(h, ("against",))]


@functools.lru_cache(maxsize=1)
def _case_nouns() -> frozenset[str]:
    """The nouns of cases and accusations (noun sets CASES and ACCUSATION), built once."""
    return noun_sets()["CASES"] | noun_sets()["ACCUSATION"]


def _noun_roles(analysis: Analysis, trig: Trigger, options: CoderOptions) -> tuple[list[Party], list[list[Token]]] | None:
    """Roles of a nominal trigger; None when this noun is not an event here (no light verb)."""
    n, p = trig.token, trig.pattern
    verb = light_verb(n, options.since)
    light = verb is not None and ("*" in p.light_verbs or bool(roles.lemmas(verb) & p.light_verbs))
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
        cands = [roles.possessors(n) + mods + roles.prep_objects(n, ("by",) + p.prep),
                 roles.prep_objects(n, preps), roles.datives(verb), roles.prep_objects(verb, preps)]
        return sources, cands
    if p.patient and conv.enabled("patient-nouns", options.since):
        # "the arrest of two tycoons", "his detention": the possessor and "of" name who suffered it,
        # "by" or a nationality modifier who did it ("the Israeli detention of ...")
        if not sources:
            sources = args.resolved(analysis, roles.prep_objects(n, ("by",)) + roles.noun_modifiers(n))
        if not sources and n.dep_ in ("dobj", "obj") and conv.enabled("object-act-agents", options.since):
            # "protested the arrests of reporters by the police": the parse hangs the noun's "by" on its verb
            sources = args.resolved(analysis, _object_act_agents(n.head, [n]))
        if not sources and light:
            sources = _people(analysis, roles.subjects(verb), options)
        cands = [roles.possessors(n) + roles.prep_objects(n, ("of",)), roles.prep_objects(n, roles.TARGET_PREPS)]
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
                                           if not args.placed_thing(analysis, t, n)])
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
    if not sources and lookup(p.cameo).root == "04" and roles.prep_objects(n, ("to", "with")) \
            and conv.enabled("visit-of", options.since):
        # "the visit of the Chinese premier to Brazil", "the meeting of army officers with the envoy": with the
        # destination or partner named, the of-phrase is who visited or met
        sources = args.resolved(analysis, roles.prep_objects(n, ("of",)))
    if not sources and n.dep_ == "pobj" and n.head.lower_ == "in" and n.head.head.pos_ in ("VERB", "AUX") \
            and lookup(p.cameo).root in _WORDS_TO_PEOPLE_ROOTS and conv.enabled("in-phrase-doers", options.since) \
            and not any(c.dep_ == "neg" for c in children(n.head.head)):
        # "spoke in support of the union", "wrote in criticism of the plan": the clause's subject did it
        # ("have not come out in support of X": nothing done)
        sources = args.resolved(analysis, roles.subjects(n.head.head))
    if not sources and lookup(p.cameo).root == "14" and conv.enabled("in-protest", options.since):
        # "farmers dumped manure in protest at the rules", "resigned in protest": the act was their protest
        protesting = _in_protest(n)
        sources = args.resolved(analysis, roles.subjects(protesting)) if protesting is not None else []
    if not sources and lookup(p.cameo).root == "04" and conv.enabled("adjunct-meetings", options.since):
        # "told reporters after two days of talks with X", "After talks with X, Y said": the clause's subject met
        sources = args.resolved(analysis, _adjunct_meeting_subjects(n))
    if not sources and lookup(p.cameo).root == "14" and conv.enabled("caused-acts-phrases", options.since) \
            and _caused_by_phrase(roles.quantity_head(n) or n):
        # "the plan drew protests from residents": who protested
        drawn = roles.quantity_head(n) or n
        sources = args.resolved(analysis, roles.prep_objects(n, ("from",)) + roles.prep_objects(drawn.head, ("from",)))
    # a pattern's own preposition names the target too ("the mayor's endorsement of the senator", N05-endorsement)
    cands = [roles.prep_objects(n, roles.TARGET_PREPS + tuple(w for w in p.prep if w not in roles.TARGET_PREPS))]
    if invaded:
        cands.insert(0, invaded)
    if conv.enabled("case-against", options.since):
        cands.append(_accused(roles.prep_objects(n, _CASE_PREPS)))     # "a hearing on the charges against X"
    toll = _toll_victims(n, options)
    if toll:
        cands.append(toll)
    if light:
        cands += [roles.datives(verb),
                  [o for o in roles.direct_objects(verb) if o.i != n.i],
                  roles.prep_objects(verb, roles.TARGET_PREPS)]
    if lookup(p.cameo).root in _ANSWERED_ROOTS:
        cands.append(_responders(n))
    if p.cameo.startswith("112") and conv.enabled("accusation-content", options.since):
        cands.append(_accused_in_content(n))    # "allegations that the minister took bribes": the minister
    if lookup(p.cameo).root in _MEETING_ROOTS and conv.enabled("infinitive-partners", options.since):
        cands += _purpose_partners(n)           # "a pledge to hand two million shillings to a hospital" (session 25)
    return sources, _arrest_sites(p, cands, options)


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


def _in_protest(n: Token) -> Token | None:
    """The verb of a protest noun with no determiner that is the object of "in" ("dumped manure in protest at the
    rules", "walked out in protest") or of "in the middle of" ("are in the middle of a strike"): the manner of that
    verb's act, done by its subject; the parse may hang the phrase on the verb's object ("dumped manure outside the
    buildings in protest"). None if negated or no verb."""
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in _AMIDST_NOUNS \
            and n.head.head.dep_ == "pobj":
        n = n.head.head     # "in the middle of a strike": the phrase is "in the middle"
    elif any(c.dep_ in ("det", "poss") for c in children(n)):
        return None
    if n.dep_ != "pobj" or n.head.lower_ != "in":
        return None
    verb = n.head.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in ("dobj", "obj", "pobj", "prep") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in children(verb)) or _protest_verb(verb):
        return None         # ("blocked the road in protest": the blockade is the protest coded)
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


def _adjunct_meeting_subjects(n: Token) -> list[Token]:
    """The subjects of the verb of saying a meeting noun's after/during/following phrase hangs on ("said after
    talks with X", "After talks with X, Y told reporters"): who met (convention adjunct-meetings, round 15); none
    without a with/between partner ("after the summit") or on another verb ("arrested him during a meeting with
    his lawyer": he met the lawyer, not the police)."""
    if not roles.prep_objects(n, ("with", "between")):
        return []
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
    return roles.subjects(verb)


def _agentless(trig: Trigger, options: CoderOptions, received: bool = False) -> str | None:
    """The form in which this trigger may be coded without a source (agentless.csv), or None:
    "passive" ("were arrested"), "nominal" ("the killing of"), "means" ("a bomb exploded"). `received`: the
    trigger is a noun its recipient faced or drew ("the minister faced criticism"), the recipient found."""
    if not conv.enabled("agentless", options.since):
        return None
    tok, code = trig.token, trig.pattern.cameo
    if tok.pos in (_NOUN, _PROPN):
        # an act the sentence reports ("the killing of X", "clashes erupted"), not one it only
        # mentions in passing ("evidence of the attacks")
        named = [h for h in roles.prep_objects(tok, _NOMINAL_TARGET_PREPS) if h.ent_type_ not in ("DATE", "TIME")]
        faced = received and conv.enabled("faced-acts", options.since)
        if not (named or roles.possessors(tok) or tok.dep_ in ("nsubj", "nsubjpass", "ROOT") or faced
                or _reported_act(tok, code, options) or _wound_bearer(tok, options)):
            return None
        if tok.dep_ == "pobj" and tok.head.lower_ in _REFERENCE_PREPS:
            return None     # "his first trip since the invasion of Ukraine": an earlier event, a reference point
        form = "nominal"
    elif roles.is_passive(tok) and not roles.agent_of(tok):
        if (tok.dep_ in ("relcl", "amod") or (tok.dep_ == "acl" and tok.head.dep_ != "ROOT" and not that_clause(tok))) \
                and not _when_clause(tok, options) and not _victim_clause(tok, code, options) \
                and not _participle_in_event(tok, code, options) and not _existential_participle(tok, code, options):
            return None     # background ("a member jailed a year ago"), unless a headline ("100 killed in ...")
        form = "passive"
        if form not in agentless_forms(code) and _BE_PASSIVE in agentless_forms(code) \
                and _criticised_passive(tok, options):
            return _BE_PASSIVE      # "the mayor has been criticized": not "the door was slammed", "condemned to"
    elif trig.pattern.symmetric == "patient" or any(
            _in_set(h, "WEAPONS") or _armed_blast(h, options.since)
            or (lookup(code).root in _VIOLENT_ROOTS and _attack_subject(h, tok, options.since))
            for h in roles.subjects(tok)) or (lookup(code).root in _VIOLENT_ROOTS and _gerund_attack_subjects(tok, options)):
        form = "means"
    else:
        return None
    if form not in agentless_forms(code):
        return None
    harm = lookup(code).root in _VIOLENT_ROOTS or code.startswith(_PROPERTY_DESTRUCTION)
    if harm and _natural_cause(tok, options.since):
        return None         # "killed in the floods": a disaster, not an attack
    if harm and conv.enabled("accident-context", options.since) \
            and _accident_story(tok, options.since):
        return None         # "the car flipped ... the driver was killed": an accident, not an attack
    return form


# agentless.csv form of codes coded with no doer named only in a passive with its own be (criticism, round24):
# reduced passives (roles.reduced_passive, headlines) read only the verbs of the "passive" form
_BE_PASSIVE = "be-passive"
_PASSIVE_CRITICISM = word_list("patterns", "PASSIVE_CRITICISM_VERBS")


def _criticised_passive(tok: Token, options: CoderOptions) -> bool:
    """"The mayor has been widely criticized for the delays", "the agency was condemned over the leak": a verb
    of criticism (word list PASSIVE_CRITICISM_VERBS) in a passive with its own "be" (auxpass) and a subject is
    criticism by critics the sentence leaves unnamed, aimed at the subject (convention passive-criticism,
    round24). Not a participle with no "be" (a headline's "Minister slammed over ..." is read as active by the
    parse as often as not, "condemned prisoners" describes), not "condemned to" (a sentence passed), not a verb
    whose other senses are force or noise ("blasted", "slammed", "savaged": left out of the list)."""
    if not conv.enabled("passive-criticism", options.since) or tok.lemma_.lower() not in _PASSIVE_CRITICISM:
        return False
    kids = list(children(tok))
    if not any(c.dep_ == "auxpass" for c in kids) or not any(c.dep_ == "nsubjpass" for c in kids):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "to" for c in kids)


# property destroyed with no doer named: in a quake or flood story ("six villages were destroyed") the disaster
# did it, as it kills and injures there (session 21)
_PROPERTY_DESTRUCTION = "1712"
_REACTING_VERBS = word_list("patterns", "REACTING_VERBS")
_UNREAL_MOODS = frozenset({"planned", "hypothetical", "expected"})


def _reacted_to(tok: Token, options: CoderOptions) -> bool:
    """A violent or coercive act named by a noun that a protest, condemnation or mourning is aimed at ("rallied to
    protest the killings of students", "vowed to condemn the arrests"): the plan or wish is the reaction's, the act
    it reacts to has happened (convention reaction-objects)."""
    return tok.pos in (_NOUN, _PROPN) and tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in _REACTING_VERBS \
        and conv.enabled("reaction-objects", options.since)


def _protest_by_doing(tok: Token) -> bool:
    """A protest verb in a to-infinitive of purpose on a verb that was done ("came to the square to protest the
    verdict", "staged a sit-in to protest the fees", "resigned to protest the cuts"): doing that act was the protest,
    which happened; a verb of intending, wanting or saying (modality.csv governing cues) keeps it planned."""
    head = tok.head
    if tok.dep_ not in ("advcl", "xcomp") or head.i == tok.i or head.pos_ not in ("VERB", "AUX") \
            or not roles.to_infinitive(tok):
        return False
    if head.lemma_.lower() in governing_cues() or head.lemma_.lower() in intent_verbs() or _protest_verb(head):
        return False        # ("blocked the road to protest": the blockade is the protest coded)
    return modality(head)[0] == "asserted"


_GATHERING_VERBS = word_list("patterns", "GATHERING_VERBS")
def _gathered_for(tok: Token) -> bool:
    """A to-infinitive of purpose on a gathering that was done ("turned out to support the mayor", "lined the streets
    to welcome the team"; word list GATHERING_VERBS, convention gathering-purposes, session 21)."""
    head = tok.head
    return tok.dep_ in ("advcl", "xcomp") and head.i != tok.i and head.pos_ in ("VERB", "AUX") \
        and head.lemma_.lower() in _GATHERING_VERBS and roles.to_infinitive(tok) and modality(head)[0] == "asserted"


_ATTEMPT_CUES = word_list("patterns", "ATTEMPT_CUES")
_WORDED_CODES = ("110", "111", "112")      # disapproval, criticism, accusation: done by saying them
def _attempted_words(tok: Token) -> bool:
    """A verb in the to-infinitive of a done attempt ("sought to blame the unions", "the mayor's attempts to
    discredit the judge"; word list ATTEMPT_CUES): words tried are words said (round21, convention
    attempted-words); "will try to blame" is still planned."""
    head = tok.head
    return tok.dep_ in ("xcomp", "acl", "advcl") and head.i != tok.i and head.lemma_.lower() in _ATTEMPT_CUES \
        and roles.to_infinitive(tok) and modality(head)[0] == "asserted"


_PLATFORM_VERBS = word_list("patterns", "PLATFORM_VERBS")
_PLATFORM_NOUNS = word_list("patterns", "PLATFORM_NOUNS")


def _said_on_platform(tok: Token) -> bool:
    """A verb in a to-infinitive of purpose on a done act of taking a platform ("took to Twitter to slam the
    label", "used his speech to attack the mayor", "went on television to criticise the plan"): what was said
    there was said (round21, convention platform-purposes)."""
    head = tok.head
    if tok.dep_ not in ("advcl", "xcomp") or head.i == tok.i or head.lemma_.lower() not in _PLATFORM_VERBS \
            or not roles.to_infinitive(tok):
        return False
    places = roles.direct_objects(head) + roles.prep_objects(head, ("to", "on", "in"))
    return any(p.lemma_.lower() in _PLATFORM_NOUNS or p.lower_ in _PLATFORM_NOUNS for p in places) \
        and modality(head)[0] == "asserted"


def _protest_verb(verb: Token) -> bool:
    """The verb is itself coded as a protest (a 14 verb pattern: "blocked the highway", "marched")."""
    trig = match_verb(verb, pattern_index("verb", None))
    return trig is not None and lookup(trig.pattern.cameo).root == "14"


def _told_toll(tok: Token, root: str, options: CoderOptions) -> bool:
    """A violent act named by a noun whose relative clause states in the past what it did ("the strike that killed
    four"): the clause asserts the act happened, whatever the sentence then says about it (convention toll-clauses)."""
    if root not in _VIOLENT_ROOTS or tok.pos not in (_NOUN, _PROPN) or not conv.enabled("toll-clauses", options.since):
        return False
    clause = _toll_clause(tok)
    return clause is not None and clause.tag_ == "VBD" and not any(
        c.dep_ in ("aux", "neg") for c in children(clause))


_BEARER_PREPS = word_list("patterns", "BEARER_PREPS")


def _wound_bearer(n: Token, options: CoderOptions) -> list[Token]:
    """"A man was found dead with gunshot wounds", "died of stab wounds", "suffered bullet wounds": the one who
    bore the wounds of an attack (noun set WOUNDS) is its victim -- the subject of the clause the wounds hang on
    (convention wounds)."""
    if not _in_set(n, "WOUNDS") or not conv.enabled("wounds", options.since):
        return []
    head = n.head.head if n.dep_ == "pobj" and n.head.lower_ in _BEARER_PREPS else n.head if n.dep_ == "dobj" else None
    if head is not None and head.pos_ == "ADJ" and head.dep_ in ("oprd", "acomp", "xcomp"):
        head = head.head                # "found dead with": the wounds are on the one found
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return []
    bearers = roles.direct_objects(head) if roles.is_passive(head) else roles.subjects(head)
    return [b for b in bearers if b.i != n.i]


_NEW_ACT_DETERMINERS = word_list("patterns", "NEW_ACT_DETERMINERS")


# verbs whose object is an act they set off ("sparked protests", "triggered clashes"; convention caused-acts)
_CAUSING_VERBS = word_list("patterns", "CAUSING_VERBS")
_CAUSED_ROOTS = frozenset({"14", "18", "19", "20"})


def _reported_act(tok: Token, code: str, options: CoderOptions) -> bool:
    """"Two men were arrested after a shooting at a bar", "police are investigating a stabbing": a violent act
    named with an indefinite article is one the sentence reports for the first time, though it names no one
    (convention indefinite-acts); "the attacks", "such attacks" stay references; a toll clause names the
    victims ("a shooting that left one man dead", convention toll-clauses); an act that something set off
    ("the verdict sparked protests", convention caused-acts, round 12) happened."""
    caused = lookup(code).root in _CAUSED_ROOTS or (
        lookup(code).root == "17" and conv.enabled("caused-arrests", options.since))
    if caused and tok.dep_ in ("dobj", "obj") \
            and tok.head.lemma_.lower() in _CAUSING_VERBS and conv.enabled("caused-acts", options.since):
        return True
    if caused and conv.enabled("caused-acts-phrases", options.since) \
            and _caused_by_phrase(roles.quantity_head(tok) or tok):
        return True
    if caused and tok.dep_ == "pobj" and tok.head.lower_ in ("amid", "amidst") \
            and conv.enabled("amid-acts", options.since):
        return True     # "shops stayed shut amid protests over fuel prices": the protests are going on
    if lookup(code).root == "14" and conv.enabled("protest-harms", options.since) \
            and _harmed_at_protest(roles.quantity_head(tok) or tok):
        return True
    if lookup(code).root == "14" and conv.enabled("protest-mentions", options.since):
        return _protest_mention(tok, options.since)
    if lookup(code).root not in _VIOLENT_ROOTS:
        return False
    if conv.enabled("toll-clauses", options.since) and _toll_clause(tok) is not None:
        return True
    return conv.enabled("indefinite-acts", options.since) and tok.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in _NEW_ACT_DETERMINERS for c in children(tok))


def _protest_mention(tok: Token, since: frozenset[str] | None = None) -> bool:
    """"was hurt in a riot", "a wave of strikes", "riots that left ten dead": a protest named with an indefinite
    article (on itself or on its noun of quantity), or with no determiner and a past-tense relative clause about it,
    is one the sentence reports, though it names no protester (convention protest-mentions)."""
    head = roles.quantity_head(tok) or tok
    if any(c.dep_ == "det" and c.lower_ in _NEW_ACT_DETERMINERS for c in children(head)):
        return True
    if tok.tag_ == "NNS" and conv.enabled("protest-adjectives", since) and not any(
            c.dep_ in ("det", "poss") for c in children(tok)) and any(
                c.dep_ == "amod" and c.lower_ in _REPORTING_ADJECTIVES for c in children(tok)):
        return True         # "turnout at recent rallies", "fresh protests in the north": protests that took place
    if any(c.dep_ in ("det", "poss") for c in children(tok)):
        return False        # "the riots that rocked the city last month": a reference to a protest told before
    return any(c.dep_ == "relcl" and c.tag_ == "VBD" and any(
        s.dep_ == "nsubj" and s.lower_ in _RELATIVE_SUBJECTS for s in children(c)) for c in children(tok))


_PROTEST_HARM_VERBS = word_list("patterns", "PROTEST_HARM_VERBS")
_CLASH_WORDS = word_list("patterns", "CLASH_WORDS")
_PROTEST_CROWD_WORDS = word_list("patterns", "PROTEST_CROWD_WORDS")
_VIOLENT_TURNS = word_list("patterns", "VIOLENT_TURNS")
_TURNING_VERBS = word_list("patterns", "TURNING_VERBS")
_REPRESSING_SECTORS = word_list("patterns", "REPRESSING_SECTORS")


def _turned_violent(tok: Token) -> bool:
    """"the march turned violent", "protests became deadly": a protest named as the subject of a verb of turning
    with an adjective of violence (word lists TURNING_VERBS, VIOLENT_TURNS) is a violent protest, CAMEO 145 --
    the codebook's "demonstrations and protests that turn violent" (convention protest-turns-violent, round 24)."""
    head = roles.quantity_head(tok) or tok
    if head.dep_ != "nsubj" or head.head.lemma_.lower() not in _TURNING_VERBS:
        return False
    verb = head.head
    return any(c.dep_ in ("acomp", "oprd", "attr") and c.lower_ in _VIOLENT_TURNS for c in children(verb)) \
        and not any(c.dep_ == "neg" for c in children(verb))


_PROTEST_FORCE = {"190": "145", "192": "141"}     # convention protest-force: a crowd's force -> riot, occupation -> demo


def _armed_means(tok: Token) -> bool:
    """The trigger's object or with-phrase is a weapon ("launched missiles", "attacked with rifles"): armed force."""
    weapons = noun_sets()["WEAPONS"]
    return any(o.lemma_.lower() in weapons for o in roles.direct_objects(tok) + roles.prep_objects(tok, ("with",)))


def _crowd(party: Party | None, protesters) -> bool:
    """"protesters", "thousands of protesters": a side named by a noun of PROTESTERS, or a quantity of them."""
    return party is not None and any(h.lemma_.lower() in protesters
                                     for h in [party.head] + roles.prep_objects(party.head, ("of",)))


def _protest_clash(s: Party | None, t: Party | None, sa: Actor | None, protesters: frozenset[str],
                   tok: Token | None = None, since: frozenset[str] | None = None) -> str | None:
    """A clash (word list CLASH_WORDS) with protesters on one side (noun set PROTESTERS) is no act of war: the
    protesters' side is a violent protest (145), the police's or troops' side against them repression (175), as
    the CAMEO codebook's 145 and 175 say (convention protest-clashes, round 24). Other sides stay 190.
    In a sentence that names protests (noun set DEMONSTRATIONS), a leader's supporters (word list
    PROTEST_CROWD_WORDS) are the crowd too ("died during protests ..., after clashes between his supporters and
    security forces"; convention protest-supporters, round27)."""
    if tok is not None and conv.enabled("protest-supporters", since) and any(
            w.lemma_.lower() in noun_sets()["DEMONSTRATIONS"] and w.pos_ == "NOUN" for w in tok.sent):
        protesters = protesters | _PROTEST_CROWD_WORDS
    s_pro, t_pro = _crowd(s, protesters), _crowd(t, protesters)    # "protesters", "hundreds of marchers"
    if s_pro:
        return "145"
    if t_pro and sa is not None and (sa.sector or "")[:3] in _REPRESSING_SECTORS:
        return "175"
    return None


_AMIDST_NOUNS = word_list("patterns", "AMIDST_NOUNS")
_REPORTING_ADJECTIVES = word_list("patterns", "PROTEST_REPORTING_ADJECTIVES")


def _harmed_at_protest(n: Token) -> bool:
    """"At least 12 people have died in the protests", "were arrested during the demonstrations": people harmed
    or held in a protest, told with a verb in the past or perfect, say the protest took place, even one named with
    "the" (convention protest-harms, round 20)."""
    if n.dep_ != "pobj" or n.head.lower_ not in ("in", "during", "at") or n.head.head.i == n.head.i:
        return False
    verb = n.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _PROTEST_HARM_VERBS:
        return False
    past = verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in children(verb))
    return past and not any(c.dep_ == "neg" for c in children(verb))


# verbs (with the preposition they need) whose object is an act they set off ("led to protests", "drew protests
# from residents", "a wave of protests": convention caused-acts-phrases, round 15)


def _caused_by_phrase(tok: Token) -> bool:
    """The noun is the object of a verb of setting off, directly or through its preposition ("led to protests",
    "resulted in clashes", "drew protests"), or of one of CAUSING_VERBS through a noun of quantity ("sparked a
    wave of protests")."""
    if tok.dep_ in ("dobj", "obj"):
        verb = tok.head.lemma_.lower()
        return verb in _CAUSING_VERBS or (verb,) in _CAUSING_PHRASES
    if tok.dep_ == "pobj" and tok.head.head.i != tok.head.i:
        return (tok.head.head.lemma_.lower(), tok.head.lower_) in _CAUSING_PHRASES
    return False


# a relative clause on these nouns says when something happened ("the night he was killed")


def _when_clause(tok: Token, options: CoderOptions) -> bool:
    """"The fourth time I was deported", "the night he was killed": a relative clause on a noun of time reports
    the act itself, not the background of someone it describes (convention time-clauses)."""
    return tok.dep_ == "relcl" and tok.head.lemma_.lower() in _TIME_NOUNS and conv.enabled("time-clauses", options.since)


# what befalls the victim of an attack afterwards ("the man who was shot died", "was pronounced dead")
_VICTIM_FATES = word_list("patterns", "VICTIM_FATES")
_VICTIM_DEATH_NOUNS = word_list("patterns", "VICTIM_DEATH_NOUNS")


_PARTICIPLE_EVENT_PREPS = ("in", "during", "at", "after", "over")


def _participle_in_event(tok: Token, code: str, options: CoderOptions) -> bool:
    """"He was among 15 people arrested in the raid", "three men detained during the protest", "two soldiers
    killed in the ambush": a participle on the people it was done to, placed in an attack, raid or protest (noun
    sets ATTACKS, PROTESTS), tells the act of the story, not someone's background (convention event-participles);
    "a member jailed a year ago" stays background."""
    if tok.dep_ not in ("acl", "amod") or lookup(code).root not in _PARTICIPLE_ROOTS \
            or not conv.enabled("event-participles", options.since):
        return False
    return any(_in_set(o, "ATTACKS") or _in_set(o, "PROTESTS") or _in_set(o, "DEMONSTRATIONS")
               for o in roles.prep_objects(tok, _PARTICIPLE_EVENT_PREPS))


_PARTICIPLE_ROOTS = _VIOLENT_ROOTS | {"17"}
_TOPIC_PREPS = ("over", "for")


def _beside_topics(objs: list[Token], options: CoderOptions) -> list[Token]:
    """"negotiated with Russia over Syria", "clashed with police over land": beside a party named by another
    preposition, an over- or for-phrase names what the act is about, not a second party (convention
    topic-preps); alone it may be the target ("fought over the town" is left to the rules that read it)."""
    if not conv.enabled("topic-preps", options.since):
        return objs
    parties = [o for o in objs if o.head.lower_ not in _TOPIC_PREPS]
    return parties or objs


_LAUNCH_VERBS = word_list("patterns", "LAUNCH_VERBS")
_PROJECTILES = word_list("patterns", "PROJECTILES")


def _existential_participle(tok: Token, code: str, options: CoderOptions) -> bool:
    """"There were ten soldiers killed in the town", "there were two men arrested": a participle on the noun an
    existential "there be" introduces tells what happened, as "ten soldiers were killed" would (convention
    existential-participles, round 19); "there is a man jailed in 2010 who ..." keeps its own date."""
    if tok.dep_ != "acl" or lookup(code).root not in _PARTICIPLE_ROOTS \
            or not conv.enabled("existential-participles", options.since):
        return False
    noun, be = tok.head, tok.head.head
    return noun.dep_ in ("attr", "nsubj") and be.lemma_ == "be" and any(c.dep_ == "expl" for c in children(be))


def _victim_clause(tok: Token, code: str, options: CoderOptions) -> bool:
    """"The driver, who was shot twice, was pronounced dead", "police identified the man who was stabbed": a
    relative clause telling the violence done to someone whose fate the sentence reports reports the act itself,
    not background (convention victim-clauses, round 15); "a member jailed a year ago" stays background."""
    if tok.dep_ != "relcl" or lookup(code).root not in _VIOLENT_ROOTS \
            or not conv.enabled("victim-clauses", options.since):
        return False
    noun = tok.head
    for _ in range(4):      # "Thomas Frye, the driver of a car, who was shot": up to the clause's argument
        if noun.dep_ not in ("appos", "pobj", "prep", "compound") or noun.head.i == noun.i:
            break
        noun = noun.head
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.pos_ in ("VERB", "AUX") \
            and verb.lemma_.lower() in _VICTIM_FATES:
        return True
    # "police are investigating the death of a man who was beaten", "the body of a woman who was shot": the
    # person's death or body is the fate told (convention death-victims, round 25; word list VICTIM_DEATH_NOUNS)
    owner = tok.head
    return owner.dep_ == "pobj" and owner.head.lower_ == "of" and owner.head.head.pos_ == "NOUN" \
        and owner.head.head.lemma_.lower() in _VICTIM_DEATH_NOUNS and conv.enabled("death-victims", options.since)


# ---------------------------------------------------------------- events

def _negating_verbs(trig: Trigger, options: CoderOptions) -> frozenset[str] | None:
    """For an event noun, the verbs whose negation negates it (convention noun-negation, round 15): its pattern's
    light verbs and the verbs of setting an act off ("did not hold talks", "did not spark protests"); None for a
    verb trigger or with the convention off (every governing negation counts)."""
    if trig.token.pos not in (_NOUN, _PROPN) or not conv.enabled("noun-negation", options.since):
        return None
    return trig.pattern.light_verbs | _CAUSING_VERBS | {w[0] for w in _CAUSING_PHRASES}


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


def _pairs(trig: Trigger, sources: list[Party], targets: list[Party], group: list[Party],
           one_way: bool = False, domestic_sides: bool = False) -> list[tuple]:
    """(source, target, code) triples, including reciprocal and converse directions (not the reciprocal
    when `one_way`: see _possessed)."""
    p = trig.pattern
    out: list[tuple] = []
    if group and not sources:
        return [(a, b, p.cameo) for a, b in permutations(group, 2) if not _compatriots(a, b, domestic_sides)]
    if not targets:
        if _mutual(p) and len(sources) > 1:
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


def _possessed(trig: Trigger, sources: list[Party], options: CoderOptions) -> bool:
    """"Trump's call with Zelensky": a reciprocal act named by a noun whose possessor is its source is that
    side's act towards the other, one event, as a human coder lists it (convention possessed-consults);
    "held talks with" and "the talks between X and Y" keep both directions."""
    tok = trig.token
    return tok.pos in (_NOUN, _PROPN) and conv.enabled("possessed-consults", options.since) \
        and any(s.head.dep_ == "poss" and s.head.head.i == tok.i for s in sources)


def _plover(code: str, pattern: Pattern, mood: str, conditional: str | None = None) -> tuple[str | None, str | None]:
    info = lookup(code)
    if code == pattern.cameo:
        ptype, mode = pattern.plover or info.plover_type, pattern.mode or info.plover_mode
    else:
        ptype, mode = info.plover_type, info.plover_mode
    if ptype and "|" in ptype:
        ptype = ptype.split("|")[0]
    if mood in ("planned", "expected", "hypothetical") and conditional == "unless":
        return "THREATEN", None
    if mood in ("planned", "expected") and ptype in _FUTURE_AGREE:
        return "AGREE", None
    if mood in ("planned", "expected") and ptype in _FUTURE_THREATEN:
        return "THREATEN", None
    return ptype, mode


def _visit_destination(doc: Doc, analysis: Analysis, cands: list[list[Token]]):
    """(country, token) of a place named as a visit's destination when no actor is:
    "attend the Beijing Olympics", "travelled to Kursk"."""
    for heads in cands:
        for h in heads:
            for t in subtree(h):
                for pl in analysis.places:
                    if pl.start <= t.idx < pl.end and pl.country and pl.role != "metonym":
                        span = doc.char_span(pl.start, pl.end, alignment_mode="expand")
                        return pl.country, (span.root if span is not None else t)
    return None, None


def _place_country(analysis: Analysis, tok: Token, country_only: bool = False) -> str | None:
    for pl in analysis.places:
        if pl.start <= tok.idx < pl.end and pl.country and pl.role != "metonym" \
                and (not country_only or pl.feature == "country"):
            return pl.country
    return None


def _phrase_tokens(head: Token):
    """The tokens of a noun phrase without its relative and other clauses ("a visit by Putin, who was
    received in X"); participle modifiers stay ("an attack targeting a mall in Nairobi")."""
    yield head
    for c in children(head):
        if c.dep_ not in ("relcl", "advcl", "ccomp", "appos", "parataxis", "conj", "punct"):
            yield from _phrase_tokens(c)


def _object_place(analysis: Analysis, trig: Trigger) -> str | None:
    """Country of the place named in a trigger's object: "attend a summit in Geneva" (a place after
    in/at first), "sorrow for the shootings in Ohio", "a summit on the drought in Somalia"."""
    tok = trig.token
    objs = [o for o in trig.parts[1:] if o.dep_ not in ("prt", "prep")] or roles.direct_objects(tok)
    if tok.pos_ in ("NOUN", "PROPN"):
        objs = [tok] + objs
    first = [h for o in objs + [tok] for h in roles.prep_objects(o, ("in", "at"))]
    second = objs + roles.prep_objects(tok, ("for", "over", "about", "on"))
    for heads in (first, second):
        for h in heads:
            for t in _phrase_tokens(h):
                country = _place_country(analysis, t)
                if country:
                    return country
    return None


def _named_country(analysis: Analysis, cands: list[list[Token]]) -> str | None:
    """A target phrase that is a country name the actors stage did not resolve ("to help iSrael")."""
    for heads in cands:
        for h in heads:
            country = _place_country(analysis, h, country_only=True)
            if country:
                return country
    return None


# verbal acts aimed at people the actors stage may not resolve ("praised the volunteers", "criticised the
# organisers", "urged the residents"): the people named keep their words as the target (round 6)
_WORDS_TO_PEOPLE_ROOTS = {"02", "05", "11"}
# roots of the acts a town named with "the" does as its local government (convention local-doers, round21)
_LOCAL_DOER_ROOTS = {"02", "03", "05", "06", "07", "08", "09", "10"}


def _local_bodies(cands: list[list[Token]], exclude: set[str]) -> list[Party]:
    """"The state sued the city", "residents urged the county to act": "the city", "the county" as the one sued,
    urged or criticised is its local government, a side with its words though the actors stage resolves no actor
    for it (noun set LOCAL_BODIES; convention local-bodies, round 14). Only for words and legal acts (02, 05, 11):
    a city attacked or visited is a place."""
    for heads in cands:
        found = [Party(None, h) for h in heads if _in_set(h, "LOCAL_BODIES") and f"@{h.i}" not in exclude
                 and has_the(h)]
        if found:
            return found[:1]
    return []


_HARM_VERBS = word_list("patterns", "HARM_VERBS")


def _harms_people(tok: Token, options: CoderOptions) -> bool:
    """"The clerk was fatally shot", "a cashier was stabbed": what a verb that harms a body (word list HARM_VERBS)
    was done to is its victim, whatever noun names it, as for the verbs of killing (convention harm-victims)."""
    return tok.lemma_.lower() in _HARM_VERBS and conv.enabled("harm-victims", options.since)


def _victims(cands: list[list[Token]], exclude: set[str], any_noun: bool = False) -> list[Party]:
    """Unresolved phrases that name the people an act was done to ("wounding nine", "a man"); with
    `any_noun`, any noun of the first slot ("the arrest of two tycoons")."""
    for heads in cands:
        heads = [h for h in heads if h.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or args.names_people(h)]
        if any_noun:
            found = [Party(None, t) for h in heads for t in roles.conjuncts(h) if f"@{t.i}" not in exclude]
        else:
            found = [p for p in args.unresolved(heads) if p.key not in exclude]
        found += [Party(None, h) for h in heads if h.pos_ == "NUM" and h.dep_ in ("dobj", "nsubjpass")]
        # one side per phrase ("Three men": not "Three" and "men")
        found = [p for p in found if not any(q is not p and q.head.is_ancestor(p.head) for q in found)]
        if found:
            # several objects of one verb that are not coordinated are a misparse ("non - Muslims")
            return [p for p in found if p is found[0] or p.head.dep_ == "conj"]
    return []


# the verbs of public reaction: praise (V05-praise, and "welcome") and condemnation (V11-criticize); not
# "approve" or "back", which voters and parliaments do to measures without reacting to anyone
_REACTION_PATTERNS = {"V05-praise", "V11-criticize"}
_REACTION_LEMMAS = word_list("patterns", "REACTION_LEMMAS")


def _reaction_to_act(trig: Trigger, code: str, sources: list[Party], options: CoderOptions) -> bool:
    """"The opposition condemned the arrests", "the minister welcomed the ceasefire": praise or
    criticism of an act or decision whose doer the sentence does not name is still the speaker's
    public reaction (CAMEO codes it; the unnamed side stays empty). Only with statements coded: gold
    that codes dyads only (petrarch2-gsr) has no such events."""
    if not (options.statements and conv.enabled("reactions", options.since)) or code not in ("051", "111"):
        return False
    if trig.pattern.id not in _REACTION_PATTERNS and trig.token.lemma_.lower() not in _REACTION_LEMMAS:
        return False
    if not any(s.actor is not None for s in sources):
        return False
    tok = trig.token
    return tok.pos_ == "VERB" and any(o.pos_ == "NOUN" for o in roles.direct_objects(tok))


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
        makers = None if named else act_makers.criticised_makers(analysis, trig.token, objects, judged, source_keys)
        if makers is not None:
            targets, acts_judged = makers, True
    if targets and trig.token.lemma_.lower() in _LAUNCH_VERBS and conv.enabled("projectiles", options.since):
        # "fired three missiles into the sea": what is fired is the means, not whom it was fired at
        targets = [t for t in targets if t.head.lemma_.lower() not in _PROJECTILES]
    if targets and p.symmetric != "reverse" and trig.token.pos_ in ("VERB", "AUX") and root in _FORCE_ROOTS \
            and conv.enabled("victims-first", options.since):
        targets = _victims_first(trig.token, targets, source_keys)
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
    dest = targets[0].head if targets and p.cameo == "042" else None
    place_target = None
    if not targets and p.cameo == "042":
        place_target, dest = _visit_destination(doc, analysis, cands)
    mode = None
    symmetric_sources = _mutual(p) and len(sources) > 1
    if not targets and not place_target and len(group) < 2 and not symmetric_sources \
            and conv.enabled("place-targets", options.since):
        mode = place_target_mode(p.cameo)
        # (not the source's own phrase: "received backing from Germany", the giver of a reverse row; session 20)
        own = {s.head.i for s in sources}
        # ("discussed Uganda's debt": a matter discussed is no place of the meeting; convention discussed-matters)
        place_target = (_object_place(analysis, trig) if mode == "object" and not _discussion(trig.token, options.since)
                        else None) \
            or _named_country(analysis, [[h for h in heads if h.i not in own] for heads in cands])
        if place_target and root == "04" and place_target in {s.country for s in sources}:
            place_target = None     # a meeting at home is not a diplomatic event abroad
    mood, mood_cue = modality(trig.token, _negating_verbs(trig, options))
    if mood in _UNREAL_MOODS and _reacted_to(trig.token, options):
        mood, mood_cue = "asserted", None   # "marched to protest the killing of a student": the killing happened
    if mood == "planned" and mood_cue == "to" and root == "14" and _protest_by_doing(trig.token) \
            and conv.enabled("protest-purposes", options.since):
        mood, mood_cue = "asserted", None   # "staged a sit-in to protest the fees": the sit-in was the protest
    if mood == "planned" and mood_cue == "to" and (root == "05" or p.cameo == "043") \
            and _gathered_for(trig.token) and conv.enabled("gathering-purposes", options.since):
        mood, mood_cue = "asserted", None   # "thousands turned out to support him": the turnout was the support
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
    if not targets and not place_target and root in _PLACE_TARGET_ROOTS and local_place is not None \
            and local_place.country:
        place_target = local_place.country   # "protested in Beijing", "exercises in Alaska"
    if mode == "victims" and not targets and not place_target and local_place is not None \
            and local_place.country and roles.direct_objects(trig.token):
        place_target = local_place.country   # "killed three people in Hebron": the victims are where they were hit
    if mode == "victims" and not targets and not place_target and roles.direct_objects(trig.token) \
            and conv.enabled("struck-places", options.since):
        place_target = _object_place(analysis, trig)    # "shelled a town in northern Iraq": the country struck
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
    if mood == "negated" and refusal(trig.token, conv.enabled("refused-acceptance", options.since)):
        # "would not provide support": the refusal itself happened
        reject = refusal_codes().get(root)
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
    turned_violent = conv.enabled("protest-turns-violent", options.since)
    protest_clashes = noun_sets()["PROTESTERS"] if conv.enabled("protest-clashes", options.since) else ()
    protest_force = noun_sets()["PROTESTERS"] if conv.enabled("protest-force", options.since) else ()
    for s, t, code in pairs:
        site_owner = None
        if t is None and code[:2] == "14" and trig.token.pos_ == "VERB" and conv.enabled("protest-sites", options.since):
            t = site_owner = _protest_site_owner(analysis, trig.token, source_keys)
        sa, ta = (s.actor if s else None), (t.actor if t else None)
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
        if protesters and code.startswith(("171", "182")) and (
                (s is not None and s.head.lemma_.lower() in protesters) or _at_protest(trig.token)):
            code, rule = "145", f"{rule}+protest"    # CAMEO 145: violent protest, riot, destruction by protesters
        if code.startswith("14") and code != "145" and turned_violent and _turned_violent(trig.token):
            code, rule = "145", f"{rule}+turned-violent"    # "the march turned violent": CAMEO 145's own words
        if protest_force and code in _PROTEST_FORCE and _crowd(s, protest_force) and not _armed_means(trig.token):
            # session 23: "protesters stormed the parliament", "thousands of protesters occupied the airport":
            # force by a crowd of protesters is a riot (145), an occupation by them a demonstration (141)
            code, rule = _PROTEST_FORCE[code], f"{rule}+protest-force"
        if code == "190" and protest_clashes and trig.token.lemma_.lower() in _CLASH_WORDS:
            recode = _protest_clash(s, t, sa, protest_clashes, trig.token, options.since)
            if recode is not None:
                code, rule = recode, f"{rule}+protest-clash"
        if code.startswith("183") and ordnance and _by_ordnance(trig.token, ordnance):
            code, rule = "190", f"{rule}+ordnance"   # CAMEO 183 is non-military bombing; a missile strike is 19
        if sa is not None and ta is not None and sa.code == ta.code \
                and not (sa.id != ta.id and code[:2] in _PERSONAL_ROOTS
                         and sa.kind in _PEOPLE_KINDS and ta.kind in _PEOPLE_KINDS) \
                and not (directed and sa.id != ta.id and (_unknown_apart(s, t, options)
                                                          or _organisations_apart(sa, ta, code, options))):
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
        # an infinitive of purpose ("began a hunger strike to protest") is intended, not announced
        plover = _plover(code, p, "purpose" if mood_cue == "to" else mood_here, conditional)
        conf = confidence.score(p.confidence, code, source=sa is not None, target=ta is not None,
                                recoded=code != p.cameo or "+SE-" in p.id)
        event = make_event(analysis, sent, sent_index, code=code, rule=rule if not agentless else f"{rule}+{agentless}",
                           source=s, target=t, cue=cue, modality=mood_here, when=when, confidence=conf,
                           attribution=attrib, target_code=None if t is not None else place_target,
                           plover=plover)
        if agentless and s is None and code == _RELEASE_CODE and conv.enabled("captors", options.since):
            _captor_source(doc, analysis, event, sent_index)
        if agentless and s is None and event.source_actor_id is None:
            _imply_source(analysis, event, sent_index, options)
        if t is None and code[:2] == "14" and conv.enabled("protest-target", options.since):
            _imply_protest_target(analysis, event, sent_index)
        if t is None and code[:2] in _FORCE_ROOTS and conv.enabled("protest-objects", options.since):
            _imply_protesters(analysis, event, sent_index, cands)
        out.append((event, trig.token))
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
    group = args.resolved(analysis, heads)
    return group if len(group) > 1 else []


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
    return conv.enabled("unknown-apart", options.since) and _named_party(a) and _named_party(b)


_COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})


def _organisations_apart(sa: Actor, ta: Actor, code: str, options: CoderOptions) -> bool:
    """Two organisations the actors stage keeps apart (two records of kind ORG) that share one actor code, in a
    cooperative act (roots 03-08): two firms or bodies dealing with each other, not one body with itself ("the
    firm said it would sell the plant to Delta Mills Corp.", the pronoun bound to the firm; convention organisations-apart,
    session 25 coop25)."""
    return code[:2] in _COOPERATIVE_ROOTS and sa.kind == "ORG" and ta.kind == "ORG" \
        and conv.enabled("organisations-apart", options.since)


def _named_party(p: Party) -> bool:
    return args.names_people(p.head) or (p.actor is not None and p.actor.kind == "PERSON")


_SITE_PREPS = ("outside", "at", "near", "before", "in", "to")
_SITE_NOUNS = word_list("patterns", "PROTEST_SITE_NOUNS")


def _protest_site_owner(analysis: Analysis, verb: Token, exclude: set[str]) -> Party | None:
    """"Protesters gathered outside the homes of two bank executives", "rallied at the firm's headquarters",
    "marched to the embassy of X": a protest held at a place that belongs to someone (word list
    PROTEST_SITE_NOUNS, with an owner in an of-phrase or a possessive) is aimed at its owner (convention
    protest-sites, session 21); "in front of X" too. The site itself is no party ("outside the town hall" is
    left to the implied government)."""
    sites = roles.prep_objects(verb, _SITE_PREPS)
    sites += [o for f in roles.prep_objects(verb, ("in",)) if f.lower_ == "front" for o in roles.prep_objects(f, ("of",))]
    for site in sites:
        if site.lemma_.lower() not in _SITE_NOUNS:
            continue
        owners = [c for c in children(site) if c.dep_ == "poss"] + roles.prep_objects(site, ("of",))
        found = [p for p in args.resolved(analysis, owners) if p.key not in exclude]
        if found:
            return found[0]
    return None


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


def _imply_protesters(analysis: Analysis, event: Event, sent_index: int, cands: list[list[Token]]) -> None:
    """"Police dispersed the rally", "troops crushed the protests": force or repression aimed at a street protest
    is aimed at its protesters, the opposition (OPP) of the country where it happened when the text says which
    (actors/implied.py; convention protest-objects); the target's words stay empty, as no one is named."""
    if event.target_actor_id or not any(_in_set(h, "DEMONSTRATIONS") for heads in cands for h in heads):
        return
    _imply_target(analysis, event, sent_index, "OPP")


_RELEASE_CODE = "0841"
_CAPTIVITY_VERBS = word_list("patterns", "CAPTIVITY_VERBS")
_KIDNAP_VERBS = word_list("patterns", "KIDNAP_VERBS")
CAPTOR_WINDOW = 3       # sentences before the release that may name the captors


def _held_people(verb: Token) -> bool:
    """The passive's subject (or the noun its relative clause hangs on) names people: "two engineers held by",
    not "a meeting held by the UN"."""
    held = [verb.head] if verb.dep_ in ("relcl", "acl") else [c for c in children(verb) if c.dep_ == "nsubjpass"]
    people = noun_sets()["PRISONERS"] | noun_sets()["CAPTIVES"]
    return any(args.names_people(h) or h.lemma_.lower() in people for h in held)


def _captor_source(doc: Doc, analysis: Analysis, event: Event, sent_index: int) -> None:
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
                heads = roles.agent_of(tok) + roles.prep_objects(tok, ("by",)) if _held_people(tok) else []
            else:
                heads = roles.subjects(tok) if lemma in _KIDNAP_VERBS else []
            captors = [p for p in args.resolved(analysis, heads) if p.actor.id != event.target_actor_id]
            if captors:
                actor = captors[0].actor
                event.source_actor_id, event.source_code = actor.id, actor.code
                event.rule_id = f"{event.rule_id}+captor"
                return


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
    if actor is None or actor.id == event.target_actor_id:
        return
    event.source_actor_id, event.source_code = actor.id, actor.code
    event.rule_id = f"{event.rule_id}+agent-{sector}"


def code_sentence(doc: Doc, analysis: Analysis, sent: Span, sent_index: int,
                  options: CoderOptions = CoderOptions()) -> list[Event]:
    """Every event of one sentence, after merging duplicates and sharing dyads (see below)."""
    out: list[Event] = []
    trigger_of: dict[str, Token] = {}
    seen: set[tuple] = set()
    statements = options.statements and conv.enabled("statements", options.since)
    # a title-case headline is read flat when that finds an event: its parse cannot be trusted
    found = headline_events(doc, analysis, sent, sent_index, options.since) \
        if conv.enabled("headlines", options.since) else []
    sentence = scan_sentence(sent, options, statements)
    colon = colon_statement(doc, analysis, sent, sent_index) \
        if statements and conv.enabled("headline-colon", options.since) else []
    if not found:
        if not sentence.triggers and not sentence.reporting_verbs and not sentence.demand_auxiliaries and not colon:
            return []       # most sentences: nothing to code
        found = [pair for trig in sentence.triggers
                 for pair in _code_trigger(doc, analysis, sent, sent_index, trig, options)]
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
    if conv.enabled("sibling-appeal-targets", options.since):
        merges.sibling_appeal_targets(out, trigger_of, analysis)

    def parties_of(heads: list[Token]) -> list[Party]:
        return args.resolved(analysis, heads)

    if conv.enabled("rallied-support", options.since):
        out = merges.rallied_support(out, trigger_of, analysis, parties_of)
    if conv.enabled("intent", options.since):
        out = conv.apply_intents(out, trigger_of, analysis, parties_of,
                                 conditional_threats=conv.enabled("conditional-threats", options.since),
                                 intent_nouns=conv.enabled("intent-nouns", options.since),
                                 light_acts=conv.enabled("intent-light-acts", options.since),
                                 vowed_force=conv.enabled("vowed-force", options.since))
    if conv.enabled("claims", options.since):
        out = conv.apply_claims(out, trigger_of, analysis, parties_of, options.since, statements)
    unique: dict[str, Event] = {}
    for e in out:
        unique.setdefault(e.id, e)
    out = list(unique.values())
    if conv.enabled("history", options.since):
        # before the merges below: an old act merged into or collapsed with the story's news must not take
        # the news with it ("attacked on Monday the village it had shelled in 2019")
        out = merges.drop_history(out, analysis, doc)
    if conv.enabled("consequences", options.since):
        out = merges.merge_consequences(out, trigger_of)
    if conv.enabled("occasions", options.since):
        out = merges.drop_occasions(out, trigger_of, options.since)
    if conv.enabled("outcomes", options.since):
        out = merges.merge_outcomes(out, trigger_of)
    if conv.enabled("purpose-acts", options.since):
        out = merges.merge_purposes(out, trigger_of)
    out = merges.drop_shadowed(out)
    if conv.enabled("collapse", options.since):
        out = conv.collapse(out, trigger_of, conv.enabled("coordinated-sides", options.since))
    if statements:
        out = drop_shadowed_statements(out, conv.enabled("shadow-conditions", options.since),
                                       trigger_of if conv.enabled("separate-acts", options.since) else None,
                                       conv.enabled("conjunct-acts", options.since),
                                       conv.enabled("negated-acts-unshadow", options.since),
                                       conv.enabled("relative-acts-apart", options.since))
    if conv.enabled("writer", options.since):
        possessives = conv.enabled("writer-possessives", options.since)
        out = [e for e in out if not _by_writer(e, analysis, possessives)]
    if conv.enabled("quoted-first-person", options.since):
        out = [e for e in out if not _quoted_i_outside_target(e, analysis)]
    if conv.enabled("quantity-speakers", options.since):
        out = [e for e in out if not _quantity_speaker(e, sent)]
    return reported_acts(out, trigger_of, sent, options.since)


_FIRST_PERSON = word_list("patterns", "FIRST_PERSON")


_WRITER_PRONOUNS = word_list("patterns", "WRITER_PRONOUNS")
_WRITER_POSSESSIVES = word_list("patterns", "WRITER_POSSESSIVES")


def _by_writer(event: Event, analysis: Analysis, possessives: bool = False) -> bool:
    """The source is "I"/"we" of the narrative (no actor found, no quote around it): the article's writer. With
    `possessives` (convention writer-possessives, session 24) also "us"/"me" and "our"/"my" before a noun ("our
    team met the mayor", "they help us explain"), whatever actor they were resolved to: outside a quote that
    is the writer or the publishing organisation speaking of itself."""
    words = (event.source_text or "").lower().split()
    if not words or event.source_start is None:
        return False
    if possessives and not _let_us(event, analysis) and (
            " ".join(words) in _WRITER_PRONOUNS or (len(words) > 1 and words[0] in _WRITER_POSSESSIVES)):
        pass        # ("Let us condemn ...": the writer's exhortation, which convention imperatives codes)
    elif event.source_actor_id is not None or " ".join(words) not in _FIRST_PERSON:
        return False
    start = event.source_start
    return not any(q.start <= start < q.end for q in analysis.quotes)


_QUANTITY_SPEAKERS = word_list("patterns", "QUANTITY_SPEAKERS")


def _quantity_speaker(event: Event, sent: Span) -> bool:
    """"Some say the bridge will never open", "all of them say they care": a statement in the present whose
    speaker is a bare quantity (some, all, many ...; whatever its "of them" was resolved to) is what people in
    general or a whole kind hold, no statement made (convention quantity-speakers, session 24); "both of the senators said on Monday" is one."""
    if not event.rule_id.startswith("S-") \
            or (event.source_text or "").lower() not in _QUANTITY_SPEAKERS or event.cue_start is None:
        return False
    cue = next((t for t in sent if t.idx == event.cue_start), None)
    return cue is not None and cue.tag_ in ("VBP", "VBZ")


def _let_us(event: Event, analysis: Analysis) -> bool:
    """The source "us" / "me" follows "let": an exhortation ("Let us condemn ..."), read by convention imperatives."""
    before = analysis.article.text[max(0, event.source_start - 6):event.source_start].split()
    return bool(before) and before[-1].lower() == "let"


def _quoted_i_outside_target(event: Event, analysis: Analysis) -> bool:
    """"He closed the set with the line 'I beg you to stay'": an unresolved I / we inside a quote acts
    within the quoted words; a target found outside that quote (here the one who quoted them) is no side of
    it, and the pair is not coded (convention quoted-first-person, session 24)."""
    words = (event.source_text or "").lower()
    if event.source_actor_id is not None or words not in _WRITER_PRONOUNS or event.source_start is None \
            or event.target_start is None:
        return False
    quote = next((q for q in analysis.quotes if q.start <= event.source_start < q.end), None)
    return quote is not None and not quote.start <= event.target_start < quote.end


def _thing_does(clause: Token) -> bool:
    """The clause's verb is active and its subject is a thing, not someone: what a thing should or must do
    ("the new rules should not cause delays") is expected of it, not demanded of anyone; a passive ("taxes
    should be cut") still asks someone to act."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in children(clause)):
        return False
    subjects = [c for c in children(clause) if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        h.pos_ == "NOUN" and not _in_set(h, "PERSONS") and h.ent_type_ not in (
            "PERSON", "ORG", "GPE", "NORP") and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children(h))
        for h in subjects)


_OPINION_RULES = frozenset({"D-should", "D-need-to"})
_GENERIC_ADDRESSEES = word_list("patterns", "GENERIC_ADDRESSEES")


def _named_addressee(party: Party) -> bool:
    """The subject of a reported "should" / "need to" is someone who can act: an actor the actors stage
    resolved ("Tehran", "Congress", "he" for a named man), not "we", "you", "people", "everyone" or "the
    country" (convention named-addressees)."""
    return party.actor is not None and party.head is not None \
        and party.head.lower_ not in _GENERIC_ADDRESSEES and party.head.lemma_.lower() not in _GENERIC_ADDRESSEES


def _reported_demands(doc: Doc, analysis: Analysis, sent: Span, sent_index: int, options: CoderOptions,
                      seen: set[tuple], auxiliaries: list[Token]) -> list[Event]:
    """"Russia said that Sudan must return the helicopter": a demand by Russia on Sudan
    (data/patterns/demands.csv), whatever the demanded action is."""
    aux_map = demand_auxiliaries()
    out: list[Event] = []
    for tok in auxiliaries:
        semi = semi_modal(tok) if tok.pos_ == "VERB" else None
        clause = tok if semi else tok.head
        reporter = reporting_verb(clause)
        if reporter is None or (not semi and perfect_modal(tok) and conv.enabled("hindsight", options.since)):
            continue        # "should have acted sooner", "must have known": a past act (statements.py), no demand
        rule, code, ptype = aux_map[semi or tok.lower_]
        if conv.enabled("thing-modals", options.since) and _thing_does(clause):
            continue        # "said the outbreak should not cause panic": an expectation of a thing, no demand
        sources = args.resolved(analysis, roles.subjects(reporter))
        targets = args.resolved(analysis, [c for c in children(clause) if c.dep_ in ("nsubj", "nsubjpass")])
        if options.require_source and not sources:
            continue
        if rule in _OPINION_RULES and conv.enabled("named-addressees", options.since) \
                and not any(c.dep_ in ("nsubjpass", "auxpass") for c in children(clause)) \
                and not any(_named_addressee(t) for t in targets):
            continue        # "said the country should invest more", "we need to talk": an opinion, no appeal
            # (a passive, "said taxes should be cut", still asks someone to act)
        when = event_when(analysis, doc, sent_index, reporter, "asserted")
        for s in sources or [None]:
            for t in targets or [None]:
                if s is not None and t is not None and s.key == t.key:
                    continue
                if s is not None and t is not None and t.actor.kind == "COUNTRY" \
                        and t.actor.country == s.actor.country and conv.enabled("self-demands", options.since):
                    continue    # "a US lawmaker said the U.S. has to act": no demand on one's own country
                key = (code, s.actor.id if s else None, t.actor.id if t else None)
                if key in seen:
                    continue
                seen.add(key)
                out.append(make_event(analysis, sent, sent_index, code=code, rule=rule, source=s, target=t,
                                      cue=cue_span([reporter]),
                                      modality="asserted", when=when,
                                      confidence=confidence.score(0.5, code, source=s is not None, target=t is not None),
                                      plover=(ptype, None)))
    return out


def is_table_row(sent: Span) -> bool:
    """Cells of a table that reached the text ("| Jane Doe | MP for Kent | jane@example.org |"): not a
    sentence of the story, whatever verbs its cells hold. (The count reads the doc's text: `sent.text`
    joins the sentence's tokens again on every call.)"""
    return doc_text(sent.doc).count("|", sent.start_char, sent.end_char) >= 2


def code_doc(doc: Doc, analysis: Analysis, options: CoderOptions = CoderOptions()) -> list[Event]:
    events: list[Event] = []
    for i, sent in enumerate(doc_sents(doc)):
        if not is_table_row(sent):
            events.extend(code_sentence(doc, analysis, sent, i, options))
    if conv.enabled("answers", options.since):
        events = answer_accusations(doc, events, options.since)
    if conv.enabled("history", options.since):
        events = merges.drop_history(events, analysis, doc, options.since)    # (the answers added above)
    return events
