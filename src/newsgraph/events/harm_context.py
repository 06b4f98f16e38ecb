"""Story cues for harm: was a death or injury the work of an attacker, or an accident, a disease, a fire or a
road collision; was the bomb named a sentence later; was it at a protest, and did the protest turn into a clash.
_code_trigger (coder.py) asks these before coding a force event (roots 18-20), and the role readers ask them whom
to name as attacker and victim. The word lists they read are in data/patterns/word_lists.csv and noun_sets.csv.
"""
from __future__ import annotations

from spacy import symbols as spacy_symbols
from spacy.tokens import Span, Token

from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import conventions as conv
from newsgraph.events import roles
from newsgraph.events.arguments import Party
from newsgraph.events.ontology import VIOLENT_ROOTS as _VIOLENT_ROOTS
from newsgraph.events.ontology import lookup
from newsgraph.events.tree_nouns import venue_place
from newsgraph.events.patterns import noun_sets, pattern_index
from newsgraph.events.target_candidates import _protest_verb
from newsgraph.events.merges import TIME_NOUNS as _TIME_NOUNS
from newsgraph.events.triggers import CAUSING_PHRASES as _CAUSING_PHRASES
from newsgraph.events.triggers import CoderOptions, match_verb
from newsgraph.events.sense_sides import lone_head
from newsgraph.nlp.cache import children, doc_sents
from newsgraph.records import Actor

# Where the cause of a death or injury is named ("killed in the floods", "injured by the blast").
_CAUSE_PREPS = ("in", "by", "during", "after", "from", "amid", "when")
_NOUN, _PROPN = spacy_symbols.NOUN, spacy_symbols.PROPN


def _in_set(tok: Token, name: str) -> bool:
    members = noun_sets()[name]
    return tok.lemma_.lower() in members or tok.lower_ in members


def _is_nonagent(tok: Token, since: frozenset[str] | None) -> bool:
    """An accident or natural event ("the crash", "the flood") named where an actor would be; not one a
    weapon names ("a bomb blast", "a grenade explosion": round 12, convention armed-blasts). A disease
    ("cholera has killed 200") is none either (round 14, convention diseases)."""
    return (_in_set(tok, "NONAGENT") and not _armed_blast(tok, since)) or (
        _in_set(tok, "DISEASES") and conv.enabled("diseases", since)) or _disease_phrase(tok, since) or (
        _named_storm(tok) and conv.enabled("named-storms", since))


_STORM_TITLES = word_list("patterns", "STORM_TITLES")


def _named_storm(tok: Token) -> bool:
    """A storm named by its name ("Cyclone Remal", "Hurricane Milton", "Typhoon Haiyan"): a proper noun whose
    compound is a word of STORM_TITLES is the storm, no actor (convention named-storms; session 38 vio42)."""
    return tok.pos == _PROPN and any(c.dep_ == "compound" and c.lower_ in _STORM_TITLES for c in children(tok))


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
    own = tok.head.i == verb.i or _relative_on(tok, verb, since)
    if own and conv.enabled("attack-series", since) and any(
            _in_set(a, "ATTACK_SUBJECTS") for a in roles.quantity_of(tok)):
        return True     # "a wave of attacks killed 30 people" (attack-series, session 48 vio52)
    return own and _in_set(tok, "ATTACK_SUBJECTS") and conv.enabled("attack-subjects", since) \
        and tok.lemma_.lower() not in pattern_index("noun", since)     # a noun row codes it with its toll itself


def _relative_on(tok: Token, verb: Token, since: frozenset[str] | None) -> bool:
    """"The ambush, which killed nine soldiers, ...", "crossfire that wounded two": the verb is a relative clause on
    the attack noun, its "which" or "that" the subject; an attack noun no noun row codes (ambush, crossfire,
    onslaught) has no toll of its own to carry the act, so the clause's verb reads it as its means (convention
    attack-relatives, session 48 vio52)."""
    return verb.dep_ == "relcl" and verb.head.i == tok.i and conv.enabled("attack-relatives", since) \
        and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in children(verb))


def _gerund_attack_subjects(tok: Token, options: CoderOptions) -> list[Token]:
    """"Fighting in the north has killed 12 people": the small model tags a sentence's first "Fighting" or
    "Shelling" as a gerund, the clausal subject of the verb; an attack word of ATTACK_SUBJECTS so parsed is the
    means, as the noun would be (convention gerund-attacks, round 25)."""
    if not conv.enabled("gerund-attacks", options.since):
        return []
    gerunds = [c for c in children(tok) if c.dep_ in ("csubj", "nsubj") and c.tag_ == "VBG"]
    if conv.enabled("gerund-aux-attacks", options.since):
        gerunds += roles.gerund_aux_subject(tok)    # "Shelling hit a market": the parse's aux (session 46 vio50)
    return [c for c in gerunds if _in_set(c, "ATTACK_SUBJECTS")
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
    return [h for h in heads if _is_means(h) and not _site_named(h)]


def site_named_attack(tok: Token) -> bool:
    """"The Nigeria embassy bombing killed 200": an attack named by its noun whose place's name stands before the venue
    it hit is the means, not a side of the act, though the name is a state's (session 47 lead)."""
    return _in_set(tok, "ATTACK_SUBJECTS") and _site_named(tok)


def _site_named(means: Token) -> bool:
    """"killed in the Nigeria embassy bombing": a place's name before the venue the attack hit names where it was, not
    who did it (tree_nouns.venue_place; session 47 lead)."""
    return any(venue_place(t, means) for t in means.doc[means.left_edge.i:means.i])


def _attack_agents(tok: Token, options: CoderOptions | None = None) -> list[Token]:
    """"killed in shelling by rebel forces", "wounded in an attack by militants": the doer named by the
    "by" phrase of the means or attack noun an agentless violent verb was done in; with `options` allowing
    it (convention shared-adjuncts), also the one a coordinated passive names ("one soldier was killed and
    another wounded in shelling by rebel forces": both were done in the shelling)."""
    blamed = options is not None and conv.enabled("blamed-doers", options.since)
    encounters = options is not None and conv.enabled("encounter-sides", options.since)
    found = _own_attack_agents(tok, blamed, encounters)
    if found or options is None or not conv.enabled("shared-adjuncts", options.since):
        return found
    for other in _coordinated_passives(tok):
        found = found or _own_attack_agents(other, blamed, encounters)
    return found


def _coordinated_passives(tok: Token) -> list[Token]:
    """The passive verbs coordinated with `tok` ("was killed and [was] wounded"), either way."""
    sides = [c for c in children(tok) if c.dep_ == "conj"]
    if tok.dep_ == "conj" and tok.head.i != tok.i:
        sides.append(tok.head)
    return [v for v in sides if v.pos_ == "VERB" and roles.is_passive(v)]


_ENCOUNTER_NOUNS = word_list("patterns", "ENCOUNTER_NOUNS")


def _own_attack_agents(tok: Token, blamed: bool = False, encounters: bool = False) -> list[Token]:
    heads = roles.prep_objects(tok, ("in", "by", "during")) + roles.agent_of(tok)
    if encounters:
        # "three Maoists were killed in an encounter with security forces": the other side of the fight the
        # dead were killed in killed them (convention encounter-sides, session 38 vio42)
        other_side = [w for h in heads if h.lemma_.lower() in _ENCOUNTER_NOUNS
                      for w in roles.prep_objects(h, ("with",))]
        if other_side:
            return other_side
    # "killed in shelling by ...": the parser may make the -ing noun a clause of the preposition
    heads += [g for c in children(tok) if (c.dep_ == "prep" and c.lower_ in ("in", "during") or c.dep_ == "agent")
              for g in children(c) if g.dep_ == "pcomp" and g.tag_ == "VBG"]      # "by shelling from" (session 30)
    acts = [h for h in heads if _is_means(h) or _in_set(h, "ATTACKS")]
    # "killed by shelling from government forces": whose fire it was (session 30 force31)
    return [a for h in acts for a in roles.prep_objects(h, ("by",)) or roles.prep_objects(h, ("from",))
            or (blamed_doers(h) if blamed else [])]     # "killed in an attack blamed on militants" (round32)


_BLAMING_VERBS = word_list("patterns", "BLAMING_VERBS")
_BLAME_PREPS = word_list("patterns", "BLAME_PREPS")


def blamed_doers(n: Token) -> list[Token]:
    """Whom an act of force named by a noun is blamed on, by a clause on the noun ("the raid, which the army blamed
    on the rebels"; "the explosion, blamed on separatists"; "an attack that officials blamed on a militia", which the
    parser may hang one word lower), as its passive subject ("the bombing was blamed on the rebels") or as the
    blaming verb's object ("blamed the bombing on the rebels", "blamed the rebels for the bombing"): the one the
    act is laid on (convention blamed-doers, round32). [] when nothing is blamed."""
    verbs = [c for c in children(n) if c.dep_ in ("relcl", "acl")]
    verbs += [g for c in verbs for g in children(c) if g.dep_ in ("acl", "relcl", "ccomp")]
    if n.dep_ == "nsubjpass":
        verbs.append(n.head)
    if n.dep_ in ("dobj", "obj") and n.head.lemma_.lower() in _BLAMING_VERBS \
            and not any(c.dep_ == "neg" for c in children(n.head)):
        # "police blamed the bombing on separatist rebels": the parse hangs the on-phrase on the act itself, where
        # it would read as the act's target (session 45 lead)
        laid = roles.prep_objects(n, tuple(_BLAME_PREPS))
        if laid:
            return laid
    if n.dep_ == "pobj" and n.head.lower_ == "for" and n.head.head.lemma_.lower() == "blame" \
            and not any(c.dep_ == "neg" for c in children(n.head.head)):
        # "police blamed the rebels for the attack on the convoy": the one blamed did it
        return [o for o in children(n.head.head) if o.dep_ in ("dobj", "obj")]
    return [o for v in verbs if v.lemma_.lower() in _BLAMING_VERBS and not any(c.dep_ == "neg" for c in children(v))
            for o in roles.prep_objects(v, tuple(_BLAME_PREPS))]


_CLAUSE_ATTACKS = word_list("patterns", "CLAUSE_ATTACK_VERBS")


def _clause_attackers(tok: Token, since: frozenset[str] | None) -> list[Token]:
    """"A guard was killed when gunmen opened fire on the post", "two villagers died after raiders stormed their
    homes": the subject of a when/as/after clause of attack on an agentless harm did the harm (convention
    when-attackers, round 21); a weapon, a vehicle or an accident as that subject names no one."""
    found = []
    for c in roles.how_clauses(tok):
        if c.pos_ != "VERB":
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
    for verb in roles.coordinated_verbs(tok):
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
    if tok.lower_ == "hit" and any(c.dep_ == "conj" and c.lower_ == "run" for c in tok.children):
        return True     # "killed in a hit-and-run": the parse splits the road crash into verbs (session 36 fam39)
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


def _at_protest(tok: Token, source=None) -> bool:
    """The act happened during or at a protest ("threw stones during demonstrations"), by a side that may be the
    crowd: police, troops or a government (REPRESSING_SECTORS) beating people at a rally are no rioters, whoever
    they beat (session 44 tgt48: "was beaten by soldiers at a rally" had become a riot by the soldiers)."""
    if source is not None and (source.sector or "")[:3] in _REPRESSING_SECTORS:
        return False
    return any(_in_set(h, "PROTESTS") for h in roles.prep_objects(tok, ("during", "at", "in")))


def _protesting_side(tok: Token) -> bool:
    """"Youths hurled stones at police ..., protesting against the delay", "villagers marched to the station and
    stoned it", "marched on the palace, hurling stones": a side whose own protest is told in the same clause -- a
    verb coordinated with the act, an -ing participle on it with no subject of its own, or the protest verb the act
    is such a participle of -- does its force as a crowd of protesters, a riot (145), as convention protest-violence
    reads force by those the sentence calls protesters (convention protesting-sides, session 43 vio47)."""
    if tok.pos_ != "VERB":
        return False
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and _crowd_protest_verb(tok.head):
        return True
    for verb in roles.coordinated_verbs(tok):
        if verb.i != tok.i and verb.pos_ == "VERB" and _crowd_protest_verb(verb):
            return True
        if any(c.dep_ == "advcl" and c.tag_ == "VBG" and _crowd_protest_verb(c)
               and not any(g.dep_ in ("nsubj", "nsubjpass") for g in children(c)) for c in children(verb)):
            return True
    return False


_CROWD_ONLY_PROTESTS = word_list("patterns", "CROWD_ONLY_PROTESTS")


def _crowd_protest_verb(verb: Token) -> bool:
    """A protest verb (_protest_verb), but not a row of word list CROWD_ONLY_PROTESTS done by one person: "a gunman
    went on a rampage in the care home, killing six residents" is a killing spree, no riot (convention
    lone-rampages, session 48 vio52)."""
    if not _protest_verb(verb):
        return False
    trig = match_verb(verb, pattern_index("verb", None))
    return not (trig.pattern.id in _CROWD_ONLY_PROTESTS and conv.enabled("lone-rampages", None)
                and any(lone_head(s) for s in roles.subjects(verb)))


def _by_ordnance(tok: Token, ordnance: frozenset[str]) -> bool:
    """The act was done by or with military ordnance ("blown up by a surface-to-air missile")."""
    heads = roles.agent_of(tok) + roles.prep_objects(tok, ("with", "by")) + roles.subjects(tok)
    return any(h.lemma_.lower() in ordnance or h.lower_ in ordnance for h in heads)


_RELATIVE_SUBJECTS = word_list("patterns", "RELATIVE_SUBJECTS")
_NEW_ACT_DETERMINERS = word_list("patterns", "NEW_ACT_DETERMINERS")
# verbs whose object is an act they set off ("sparked protests", "triggered clashes"; convention caused-acts)
_CAUSING_VERBS = word_list("patterns", "CAUSING_VERBS")


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
_PROTEST_CROWD_WORDS = word_list("patterns", "PROTEST_CROWD_WORDS")
_VIOLENT_TURNS = word_list("patterns", "VIOLENT_TURNS")
_TURNING_VERBS = word_list("patterns", "TURNING_VERBS")
_REPRESSING_SECTORS = word_list("patterns", "REPRESSING_SECTORS")
_CLASH_CROWD_SECTORS = word_list("patterns", "CLASH_CROWD_SECTORS")


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


def _armed_means(tok: Token) -> bool:
    """The trigger's object or with-phrase is a weapon ("launched missiles", "attacked with rifles"): armed force."""
    weapons = noun_sets()["WEAPONS"]
    return any(o.lemma_.lower() in weapons for o in roles.direct_objects(tok) + roles.prep_objects(tok, ("with",)))


# convention protest-force: a crowd's force is a riot (145), its occupation a demonstration (141)
PROTEST_FORCE = {"190": "145", "192": "141"}


def crowd_force(code: str, source: Party | None, tok: Token, protesters, protesting: bool = False) -> str | None:
    """The protest code of force by a crowd of protesters ("protesters stormed the parliament": 145, "thousands of
    protesters occupied the airport": 141), or None: force by a crowd is a riot, without weapons (session 23). The
    parse's coder and a headline read flat both ask it; `protesting`: the side protests in the same clause
    (_protesting_side)."""
    if code in PROTEST_FORCE and (protesting or _crowd(source, protesters)) and not _armed_means(tok):
        return PROTEST_FORCE[code]
    return None


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
    if s_pro or tok is not None and conv.enabled("crowd-police-clashes", since) and tok.pos_ == "VERB" \
            and any(v.i != tok.i and v.pos_ == "VERB" and _protest_verb(v) for v in roles.coordinated_verbs(tok)):
        return "145"    # (and a side that marched and clashed: "coca growers marched through La Paz and clashed with
                        # riot police"; session 42 fam46)
    if t_pro and sa is not None and (sa.sector or "")[:3] in _REPRESSING_SECTORS:
        return "175"
    if tok is not None and conv.enabled("crowd-police-clashes", since) and any(
            w.lemma_.lower() in noun_sets()["DEMONSTRATIONS"] and w.pos_ == "NOUN" and w.dep_ != "compound"
            for w in tok.doc):     # (not "riot police")
        # "party workers clashed with police", "police clashed with students" in a story of protests: people of no
        # armed body against the police are the crowd, whatever the sentence calls them (session 42 fam46)
        # (a crowd is many: "a man fought with police officers" is no riot)
        sectors = ((sa.sector or "")[:3] if sa else "", (t.actor.sector or "")[:3] if t and t.actor else "")
        if sectors[0] in _CLASH_CROWD_SECTORS and sectors[1] == "COP" and _plural(s):
            return "145"
        if sectors[0] == "COP" and sectors[1] in _CLASH_CROWD_SECTORS and _plural(t):
            return "175"
    return None


def _plural(party: Party | None) -> bool:
    """The side is named in the plural ("party workers", "youths"), as a crowd is."""
    return party is not None and party.head.tag_ in ("NNS", "NNPS")


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


def _existential_participle(tok: Token, code: str, options: CoderOptions) -> bool:
    """"There were ten soldiers killed in the town", "there were two men arrested": a participle on the noun an
    existential "there be" introduces tells what happened, as "ten soldiers were killed" would (convention
    existential-participles, round 19); "there is a man jailed in 2010 who ..." keeps its own date."""
    if tok.dep_ != "acl" or lookup(code).root not in _PARTICIPLE_ROOTS \
            or not conv.enabled("existential-participles", options.since):
        return False
    noun, be = tok.head, tok.head.head
    return noun.dep_ in ("attr", "nsubj") and be.lemma_ == "be" and any(c.dep_ == "expl" for c in children(be))


_FREEING_VERBS = word_list("patterns", "FREEING_VERBS")


def _freed_captive(tok: Token, code: str, options: CoderOptions) -> bool:
    """"The engineer abducted last month has been freed", "a nurse who was kidnapped in May was released": an
    abduction (181) told in a participle or relative clause on the one whose release or escape the sentence reports
    happened, as the release says; it is no background (convention freed-captives; session 39 left43)."""
    if tok.dep_ not in ("acl", "relcl") or not code.startswith("181") \
            or not conv.enabled("freed-captives", options.since):
        return False
    noun, verb = tok.head, tok.head.head
    return noun.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") \
        and verb.lemma_.lower() in _FREEING_VERBS


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
