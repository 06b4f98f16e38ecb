"""Word senses, the tests on the sides: who the source and target are -- a person, a politician, a state or
its forces, an armed group or one that can use force, a party named by the recogniser, a patient or a place force
can reach, a state's own side -- and whether the story is armed at all. The conditions of senses.csv (senses.py
`_holds`) read them.
"""
from __future__ import annotations

import functools

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import roles
from newsgraph.events.arguments import Party
from newsgraph.events.patterns import noun_sets
from newsgraph.events.sense_clauses import _words, _words_of
from newsgraph.nlp.cache import children, token_lemmas
from newsgraph.records import ARMED_SECTORS, sector_type

# the recogniser's labels of a name that can be a side ("drills with Japan", "with US forces")
_PARTY_ENTS = ("GPE", "NORP", "ORG", "PERSON")
_ARMED_GROUP_COUNTRIES = {"IMG"}      # international militarised groups ("the Islamic State group", round 12)
# pronouns of things, not people: what "help" is said of ("they help American firms compete", coop30) and what an
# event noun is done to (_person_patient). Once two sets of one name: the later (this one) has been the one both
# rules read since coop30, the earlier ("it", "its", "this", "that", "these", "those") was dead; kept as read.
_THING_PRONOUNS = frozenset({"it", "they", "this", "that", "these", "those", "which", "what"})


def _patients(tok: Token) -> list[Token]:
    """Who or what an event noun was done to: its of-phrase objects, else its possessor ("their release"). An
    adjective the parse took for a gerund ("the release of embarrassing documents") leaves the noun its object."""
    ofs = [c for c in children(tok) if c.dep_ == "prep" and c.lower_ == "of"]
    misparsed = [o for c in ofs for g in children(c) if g.dep_ == "pcomp" for o in roles.direct_objects(g)]
    return roles.prep_objects(tok, ("of",)) or misparsed or [c for c in children(tok) if c.dep_ == "poss"]


def _person_patient(tok: Token, values: frozenset[str]) -> bool:
    """A person or people: a name, a pronoun that is not a thing's, or a word of `values` (itself or what a
    number or quantity counts: "200 of the prisoners")."""
    if tok.pos_ == "PROPN" and tok.ent_type_ not in ("NORP", "PERSON") and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(tok)) and not _words(tok) & values:
        return False    # "the release of a new iPhone": a product named with "a", no one freed (session 24)
    if tok.pos_ == "PROPN" or (tok.pos_ == "PRON" or tok.tag_ == "PRP$") and tok.lower_ not in _THING_PRONOUNS:
        return True
    return bool(_words(tok) & values) or any(_words(q) & values for q in roles.quantified(tok))


def _party_subjects(tok: Token) -> bool:
    """The trigger's subject names two sides or more together: "Russia and China held naval drills", "Chinese and
    Russian warships staged drills" (coordinated names, or coordinated nationality modifiers of one subject noun;
    session 33 coop35)."""
    for sub in children(tok):
        if sub.dep_ != "nsubj":
            continue
        members = [sub, *sub.conjuncts]
        if sum(1 for m in members if m.ent_type_ in _PARTY_ENTS) >= 2:
            return True
        mods = [c for c in children(sub) if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")]
        mods += [c for m in mods for c in m.conjuncts if c.ent_type_ in ("NORP", "GPE")]
        if len({m.i for m in mods}) >= 2:
            return True
    return False


def _force_verb(verb: Token) -> bool:
    """A verb some pattern codes as coercion, assault, fighting or mass violence (roots 17-20; not 172's
    administrative sanctions: "cancelled", "suspended" befall things too)."""
    from newsgraph.events.patterns import pattern_index
    return any(p.cameo[:2] in ("17", "18", "19", "20") and not p.cameo.startswith("172")
               for p in pattern_index("verb").get(verb.lemma_.lower(), ()))


def _armed_place(obj: Token) -> bool:
    """"a police post", "the border post", "an army station": a word of speech or media made a place force can
    reach by a compound naming an armed body or a place (round 21: "an attack on a police post" is no post online)."""
    return any(c.dep_ == "compound" and _words(c) & (noun_sets()["ARMED"] | noun_sets()["TARGETS"])
               for c in children(obj))


_HELPED_ENTS = ("GPE", "NORP", "ORG")


def _named_helped(tok: Token) -> bool:
    """The trigger has a verb complement ("help X rebuild") and who is helped is a state, people or organisation
    named by the recogniser, or a group named by its nationality ("help Korean firms cut costs")."""
    comps = [c for c in children(tok) if c.dep_ in ("xcomp", "ccomp")]
    if not comps or any(s.lower_ in _THING_PRONOUNS for s in roles.subjects(tok)):
        return False        # "backers say that they help American firms compete": what "they" are is unknown
    helped = roles.direct_objects(tok) + [g for c in comps for g in children(c) if g.dep_ == "nsubj"]
    return any(h.ent_type_ in _HELPED_ENTS or any(m.dep_ in ("amod", "compound") and m.ent_type_ in _HELPED_ENTS
                                                   for m in children(h)) for h in helped)


def _state_helps(tok: Token, sectors: frozenset[str]) -> bool:
    """A state or a body of government helps a sector of the economy do something: "the treasury will help
    shipbuilders refinance their loans" (word list STATE_HELPERS for the helper, by its head word or a place name;
    `sectors` for the helped, the object or the subject of the verb complement; session 40 coop44)."""
    comps = [c for c in children(tok) if c.dep_ in ("xcomp", "ccomp")]
    helped = roles.direct_objects(tok) + [g for c in comps for g in children(c) if g.dep_ == "nsubj"]
    return bool(comps) and any(_words(h) & sectors for h in helped) and any(
        s.ent_type_ == "GPE" or _words(s) & _STATE_HELPERS for s in roles.subjects(tok))


_STATE_HELPERS = frozenset(word_list("patterns", "STATE_HELPERS"))


def _unarmed_sentence_with(tok: Token, words: frozenset[str]) -> bool:
    """The trigger's sentence holds a word of `words` and no word of force: no weapon, ordnance, armed group or
    armed modifier ("air", "drone"), and no verb of killing or wounding ("the strike over pay" is a walkout;
    "an air strike killed five workers" stays an attack)."""
    lemmas = _words_of(tok.sent)
    return bool(lemmas & words) and not _force_in(lemmas) and not _aimed_at_place(tok)


def _force_in(lemmas) -> bool:
    """The words hold a word of force; "left" counts only beside a word of the dead or hurt ("left seven dead"),
    not in "the strike left commuters stranded" (session 36b left40)."""
    found = set(lemmas) & _force_words()
    if found == {"leave"} and not set(lemmas) & word_list("patterns", "TOLL_STATES"):
        return False
    return bool(found)


def _force_words() -> frozenset[str]:
    """Words of force: weapons, ordnance, armed groups and modifiers, verbs of killing or wounding."""
    return _armed_words() | _weapons_or_armed() | word_list("patterns", "TOLL_VERBS")


def _armed_story(doc) -> bool:
    """The article holds a word of force anywhere: a weapon, ordnance, an armed group or modifier, a verb of
    killing or wounding (counted once per doc)."""
    if "_ng_armed_story" not in doc.user_data:
        doc.user_data["_ng_armed_story"] = _force_in(set(token_lemmas(doc)))
    return doc.user_data["_ng_armed_story"]


def _aimed_at_place(tok: Token) -> bool:
    """"a strike on the port", "struck on a factory": an "on" phrase naming no time says what was hit -- an
    attack, whatever the sentence says of unions and pay ("Russia launched a strike on a factory, the union
    said"; review13); "the strike on Monday" is a day."""
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(
        o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in children(c)) for c in children(tok))


_PERSON_ENDINGS = ("man", "men", "woman", "women", "person", "people", "ist", "ists", "ian", "ians")
_PLACE_ENTS = {"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"}
_MODIFIED_PLACE_HEADS = word_list("patterns", "MODIFIED_PLACE_HEADS")


def _place_patient(noun: Token) -> bool:
    """"the capture of the town", "the capture of Bunagana": what the act noun's of-phrase names is a place -- a
    place noun of TARGETS, a name the recogniser tags a place, or a proper name (no person, group or body) the
    gazetteer knows -- not a person ("the capture of the gang leader"; session 39 left43)."""
    from newsgraph.actors.places import place_candidates     # (geo is read only for names the parse leaves open)
    for o in roles.prep_objects(noun, ("of",)):
        if o.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        if args.names_people(o) or o.ent_type_ in ("PERSON", "NORP", "ORG"):
            continue
        if o.pos_ == "NOUN" and _words(o) & noun_sets()["TARGETS"]:
            return True
        if o.pos_ == "PROPN" and place_candidates(" ".join(t.text for t in o.subtree if t.pos_ == "PROPN")):
            return True
    return False


def _reachable(obj: Token, things: frozenset[str]) -> bool:
    """Force can reach the object: a name, pronoun or number ("killed two"), a person or group noun, or a
    place or thing of `things` (a town, a convoy, a depot). Only a common noun outside them is an idea
    ("fought the eviction", "killed the bill")."""
    if obj.pos_ != "NOUN" or obj.ent_type_ in _PLACE_ENTS or args.names_people(obj):
        return True
    if obj.lower_.endswith(_PERSON_ENDINGS) or any(
            c.dep_ == "nummod" or (c.dep_ in ("compound", "amod") and c.ent_type_ in _PLACE_ENTS) for c in children(obj)):
        return True         # "servicemen", "three workers", "US servicemen": people the sets do not list
    if obj.lemma_.lower() in _MODIFIED_PLACE_HEADS and any(c.dep_ in ("compound", "amod") for c in children(obj)):
        return True         # "struck a shopping centre", "a detention centre" (not "attacked the Centre"; left44)
    return bool(_words(obj) & (things | _weapons_or_armed()))


def _with_weapon(tok: Token) -> bool:
    """The act is named with a firearm or explosive ("a gun attack", "attacked them with rifles", "rockets struck"):
    force (19), not an assault without weapons (182); knives and stones stay 18 (the codebook codes them 180)."""
    heads = [c for c in children(tok) if c.dep_ in ("compound", "amod", "nmod")]
    heads += roles.prep_objects(tok, ("with",))
    if not roles.is_passive(tok):
        # "Rockets struck the town, wounding residents": a weapon standing as the doer (session 46 vio50)
        heads += roles.subjects(tok)
    return tok.lemma_.lower() in noun_sets()["ORDNANCE"] or any(_words(h) & _armed_words() for h in heads)


@functools.lru_cache(maxsize=1)
def _armed_words() -> frozenset[str]:
    """Words that make an act armed force: noun sets WEAPONS and ORDNANCE and the word list ARMED_MODIFIERS
    (round 12: an air, drone or missile strike is armed force too, "killed in air strikes"); built once."""
    return noun_sets()["WEAPONS"] | noun_sets()["ORDNANCE"] | word_list("patterns", "ARMED_MODIFIERS")


@functools.lru_cache(maxsize=1)
def _weapons_or_armed() -> frozenset[str]:
    return noun_sets()["ARMED"] | noun_sets()["WEAPONS"]


def _politician(party: Party | None, sectors: frozenset[str]) -> bool:
    """A person of one of the sectors (a president, a senator, a judge; `sectors` in lower case, as the data
    file's values are read), or a party, a legislature, a court or the press as a body, or an unresolved
    side named by a word of the POLITICIANS noun set: sides whose attacks are made in words. A government as a body is not one: it commands forces."""
    actor = party.actor if party is not None else None
    if actor is None:       # unresolved: "the Dems", "rival lawmakers"
        return party is not None and bool(_words(party.head) & noun_sets()["POLITICIANS"])
    if sector_type(actor.sector).lower() not in sectors:
        return False
    return actor.kind == "PERSON" or sector_type(actor.sector) in _BODIES_THAT_SPEAK


def _named_against_politician(source: Party | None, target: Party | None, sectors: frozenset[str]) -> bool:
    """"Doe's attacks on Senator Roe": a person named by name whose office the text does not give (a candidate,
    a commentator) attacking a named person of one of the sectors attacks in words; an unnamed "man" who
    attacked a senator stays force (session 25)."""
    if source is None or source.actor is None or source.actor.kind != "PERSON" or source.actor.sector \
            or source.head.pos_ not in ("PROPN", "PRON") or not _named_person(target):
        return False
    return sector_type(target.actor.sector).lower() in sectors


_BODIES_THAT_SPEAK = {"PTY", "LEG", "MED", "JUD"}
_STATE_WORDS = word_list("patterns", "STATE_WORDS")


def _reciprocal_object(tok: Token) -> bool:
    """The trigger's object is "each other" or "one another": its subjects did it to one another (round26); so
    does an object of its preposition ("fired at each other", "clashed with one another"; session 38 lead)."""
    objects = roles.direct_objects(tok) + roles.prep_objects(tok, roles.TARGET_PREPS)
    return any(o.lower_ in ("other", "one") and any(c.lower_ in ("each", "another") for c in children(o))
               for o in objects)


def _unarmed_non_state(party: Party | None) -> bool:
    """A person or body that is neither armed nor a state, resolved or not ("his rival", "the judge")."""
    if party is None or party.head.lemma_.lower() in _STATE_WORDS:
        return False
    return not _armed(party) if party.actor is not None else _is_person(party)


_POLITICAL_SECTORS = {"GOV", "LEG", "JUD", "PTY", "OPP", "LAB", "NGO"}


def _political(party: Party | None) -> bool:
    """A state, an armed group, a government body, a party, a union or an NGO: a side of political events."""
    if party is None or party.actor is None:
        return False
    return _armed(party) or sector_type(party.actor.sector) in _POLITICAL_SECTORS


def _named_person(party: Party | None) -> bool:
    """A person the text names by name (a proper noun that the actors stage made a person)."""
    return party is not None and party.actor is not None and party.actor.kind == "PERSON" \
        and party.head.pos_ == "PROPN"


def _is_person(party: Party | None) -> bool:
    if party is None:
        return False
    if party.head.lemma_.lower() in noun_sets()["TARGETS"] or party.head.dep_ in ("amod", "compound") \
            and party.head.head.lemma_.lower() in noun_sets()["TARGETS"]:
        return False        # "the rebel-held town": a place, whoever holds it
    lemma = party.head.lemma_.lower()
    people = lemma in noun_sets()["PERSONS"] and lemma not in noun_sets()["ARMED"] \
        and lemma not in noun_sets()["BODIES"]          # "protesters", "a driver": people, not a body
    if party.actor is not None:
        return party.actor.kind == "PERSON" or (party.actor.kind != "COUNTRY" and (
            party.head.ent_type_ == "PERSON" or people))
    # ("if either country is attacked": a state, as with an actor above; session 32)
    return args.names_people(party.head) and lemma not in noun_sets()["ARMED"] and lemma not in noun_sets()["BODIES"]


def _can_use_force(party: Party | None) -> bool:
    """A side that fights with force: an armed body, a country or its government, armed words ("the rebels")."""
    if party is None:
        return False
    a = party.actor
    if a is None:
        return party.head.lemma_.lower() in noun_sets()["ARMED"]
    return (a.sector or "") in ARMED_SECTORS or a.kind == "COUNTRY" and (a.sector or "GOV") == "GOV"


_STATE_FORCE_SECTORS = frozenset({"MIL", "GOV"})


def _state_side(party: Party | None) -> bool:
    """A state or an alliance of states as a side: a country, its government or armed forces, an international
    organisation ("NATO", "the coalition")."""
    a = party.actor if party is not None else None
    return a is not None and (a.kind == "COUNTRY" or (a.country or "") == "IGO"
                              or sector_type(a.sector) in _STATE_FORCE_SECTORS)


def _armed(party: Party) -> bool:
    """An armed or state side: a country, an armed force, police, rebels, gunmen."""
    a = party.actor
    if a is None:
        return party.head.lemma_.lower() in noun_sets()["ARMED"]
    return a.kind == "COUNTRY" or (a.sector or "") in ARMED_SECTORS or a.sector is None and a.kind != "PERSON" \
        or (a.country or "") in _ARMED_GROUP_COUNTRIES


def _other_sector(source: Party, sectors: frozenset[str]) -> bool:
    """The source is no actor, or one whose CAMEO sector is not one of `sectors`. A state named as itself ("Iran held
    the sailors", "Britain revoked the licence") acts through its government: GOV (session 29); not a person named
    by a noun whose of-phrase is the state ("the national coach of Chile quit": the coach, whose sector is unknown)."""
    if source.actor is None:
        return True
    named_state = source.actor.kind == "COUNTRY" and source.head.pos_ == "PROPN"
    sector = source.actor.sector or ("GOV" if named_state else None)
    return sector_type(sector).lower() not in sectors


def _private_side(party: Party, sectors: frozenset[str]) -> bool:
    """A private person or group: no state, armed side, government body, party, union, NGO or firm, and either of one
    of `sectors` (civilians, refugees; `none` = an actor with no sector) or an unresolved noun of people."""
    if _political(party) or _state_side(party) or party.head.lemma_.lower() in _STATE_WORDS:
        return False
    if party.actor is None:
        return _is_person(party) and party.head.lemma_.lower() not in noun_sets()["ARMED"]
    if party.actor.kind == "COUNTRY" or (party.actor.country or "") == "IGO":
        return False
    return (sector_type(party.actor.sector).lower() or "none") in sectors


def _private_help(source: Party | None, target: Party | None, sectors: frozenset[str]) -> bool:
    """Help given by a private person or group to private people, or to no one named: "volunteers delivered food
    parcels to elderly neighbours", "a passer-by helped the woman out of the water". No cooperation between
    political actors, CAMEO 07 (session 44 coop48). A side of another country than the giver's ("British volunteers drove aid to Ukrainian families") is left to the code."""
    if source is None or not _private_side(source, sectors):
        return False
    if target is None:
        return True
    if source.country and target.country and source.country != target.country:
        return False
    # relief to people struck by a disaster or a war is humanitarian aid, whoever brings it ("volunteers distributed
    # rice to families displaced by the floods")
    if any(t.lemma_.lower() in _CRISIS_WORDS or t.lower_ in _CRISIS_WORDS for t in target.head.subtree):
        return False
    return _private_side(target, sectors)


_CRISIS_WORDS = word_list("patterns", "CRISIS_PEOPLE_WORDS")


_PRIVATE_DOER_SECTORS = frozenset({"CVL", "CRM"})
_STRUCK_BODY_PARTS = word_list("patterns", "STRUCK_BODY_PARTS")
_STRUCK_THINGS = word_list("patterns", "STRUCK_THINGS")


_BLADES = word_list("patterns", "BLADE_MEANS")


def civil_doer(source: Party | None, target: Party | None, tok: Token) -> bool:
    """A private person's blow at no one armed (session 47 vio51): "a man attacked a parked car", "the youths
    attacked the van", "hurled a bottle at him, striking his shoulder". The doer is a person of no state or armed
    side (an actor of a private sector, or a person word the actors stage left unresolved -- not a bare pronoun); what is
    struck is no one, a thing, a body part or an unarmed person, never a state, an armed side or a place force
    is aimed at (a town, a base, a station); no firearm or explosive names the act. Such an act is an assault
    (18), not the force of an organised armed group (19), which these verbs' rows code; SE-assault-person reads
    the case of a person struck, this one the rest."""
    if tok.pos_ != "VERB":
        return False        # "encouraged him to conduct a violent attack": an attack named by its noun stays
    # the verb "strike" is no air strike: the weapon test reads its heads, not its lemma
    armed_word = any(
        _words(h) & _armed_words() for h in [c for c in children(tok) if c.dep_ in ("compound", "amod", "nmod")]
        + roles.prep_objects(tok, ("with",)) + ([] if roles.is_passive(tok) else roles.subjects(tok)))
    if source is None or _armed(source) or armed_word or any(
            _words(h) & (_armed_words() | {"armed", "masked"})
            for h in roles.prep_objects(source.head, ("with",)) + list(children(source.head))):
        return False        # "a man with a rifle", "an armed man"
    if source.actor is not None:
        private = source.actor.kind == "PERSON" and not source.actor.sector \
            or (source.actor.sector or "") in _PRIVATE_DOER_SECTORS
        if not private or source.actor.kind == "COUNTRY" or source.head.pos_ == "PRON" and not source.actor.sector:
            return False
    elif source.head.pos_ == "PRON" or not _is_person(source):
        return False
    if any(_words(h) & _BLADES for h in roles.prep_objects(tok, ("with",))):
        return False        # "attacked each other with knives": the codebook's 180 (weapon_codes; lead, at the merge)
    if target is None and any(o.lemma_.lower() in noun_sets()["TARGETS"]
                              and o.lemma_.lower() not in _STRUCK_BODY_PARTS | _STRUCK_THINGS
                              for o in roles.direct_objects(tok)):
        return False        # "arsonists attacked the station": a place force is aimed at, though no actor (at the merge)
    if target is None or target.head.lemma_.lower() in _STRUCK_BODY_PARTS | _STRUCK_THINGS:
        return True         # "striking his head", "attacked his car": the TARGETS set holds both
    if _armed(target) or _state_side(target) or target.head.lemma_.lower() in noun_sets()["TARGETS"]:
        return False
    return target.actor is None or target.actor.kind != "COUNTRY" and not _political(target)


def sideless_subject(source: Party | None, target: Party | None, tok: Token, verbs: frozenset[str]) -> bool:
    """An attack noun told again as the subject of a verb of being or coming about, with no side named (session
    47 vio51): "The shootings were the third such incident in the province this year", "The attack came a day
    before the talks". The act was told before, with its sides, or is not told at all; read here it is an event
    of no one against no one. A noun with a doer or a target that the actors stage knows keeps its event ("the
    rebels' attack came at dawn"), and so does one a clause of its own tells (lead, at the merge)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if tok.head.lemma_.lower() not in verbs:
        return False
    if any(c.dep_ in ("relcl", "acl") for c in tok.children):
        return False        # "a shooting that wounded two guards may have been a robbery": told here, with its toll
    return all(p is None or p.actor is None for p in (source, target))


_CROWD_NOUNS = word_list("patterns", "CROWD_NOUNS")


def lone_doer(source: Party | None) -> bool:
    """One person, not a crowd (session 48 vio52): "a gunman", "Robert Lane, 45", "the man" -- a side named by a
    singular noun or a person's name (lone_head), that is a person. A riot is a crowd's: a gunman who "went on a
    rampage" killed, and that is no violent protest."""
    if source is None or not lone_head(source.head):
        return False
    if source.actor is not None and source.actor.kind == "PERSON":
        return True
    return source.head.ent_type_ == "PERSON" or _is_person(source)


def lone_head(head: Token) -> bool:
    """A singular noun or name, no pronoun, with no side joined to it by "and", that is no noun of a body of people
    (word list CROWD_NOUNS: a crowd, a mob, a gang) nor a quantity of people ("a group of youths")."""
    if head.pos_ == "PRON" or head.tag_ not in ("NN", "NNP") or len(roles.conjuncts(head)) > 1:
        return False
    return head.lemma_.lower() not in _CROWD_NOUNS and not roles.prep_objects(head, ("of",))
