"""Target and source candidates the verb and noun readers share: the owners of things acted on, deal and meeting
partners, the addressees of messages and governing verbs, the victims of a toll or of what was fired, the accused of
a case, the makers of a plea refused, the named members of a group. events/verb_roles._verb_roles (and noun_roles.py)
order these lists; each function returns the parse tokens of one kind of candidate, and the coder resolves them to
actors. Moved out of verb_roles.py in session 40 (lead) so that each module can be read whole.
"""
from __future__ import annotations

import functools

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import conventions as conv
from newsgraph.events import roles
from newsgraph.events.arguments import Party
from newsgraph.events.ontology import lookup
from newsgraph.events.patterns import noun_sets, pattern_index, undergone_acts
from newsgraph.events.triggers import CoderOptions, match_verb
from newsgraph.events.tolls import toll_clause, toll_verb
from newsgraph.nlp.cache import children
from newsgraph.records import Analysis

# a verb's phrases that give the topic of information shared, never a side (session 37 coop41)
_INFO_TOPIC_PREPS = word_list("patterns", "INFO_TOPIC_PREPS")

_INTENT_ROOT = "03"
# participles naming whose a thing is ("a truck belonging to X", "a clinic run by X"; round28)
_OWNER_PARTICIPLES = word_list("patterns", "OWNER_PARTICIPLES")


def _named_members(group: Token) -> list[Token]:
    """The members an unnamed plural group names in its own "including" or "such as" phrase ("some observers,
    including the Polish foreign minister"), with their conjuncts."""
    if group.tag_ not in ("NNS", "NNPS"):
        return []
    out = []
    for prep in children(group):
        if prep.dep_ == "prep" and prep.lower_ in ("including", "like") or (
                prep.lower_ == "as" and any(c.lower_ == "such" for c in children(prep))):
            for obj in children(prep):
                if obj.dep_ == "pobj":
                    out += roles.conjuncts(obj)
    return out


def _owners(things: list[Token]) -> list[Token]:
    """The owners a participle names on the things an act is done to: "a truck belonging to a Colombian firm", "a
    clinic run by the charity", "a warehouse used by the rebels" (convention owned-objects, round28)."""
    return [h for o in things for c in children(o) if c.dep_ == "acl" and c.lemma_.lower() in _OWNER_PARTICIPLES
            for h in roles.prep_objects(c, ("to",)) + roles.agent_of(c)]


def _thing_owners(things: list[Token], depth: int = 0) -> list[Token]:
    """Whose a thing acted on is, when it names no one itself (convention thing-owners, round32): its possessor
    ("searched their car", "burned the mayor's house") or the subject of a where-clause on it, who stayed or
    worked there ("raided two houses where the suspects had stayed"). Not of a person noun ("arrested his
    brother": the brother is the side, not whose he is)."""
    out = []
    for o in things:
        if args.names_people(o):
            continue
        out += [h for h in roles.possessors(o) if h.lower_ not in _FIRST_PERSON_OWNERS]
        # "the windows of cars with their drivers inside": who was in the thing
        out += [g for w in roles.prep_objects(o, ("with",)) for g in roles.conjuncts(w) if args.names_people(g)]
        if depth == 0:
            out += _thing_owners(roles.prep_objects(o, ("of",)), 1)     # "the windows of the journalists' cars"
        out += [g for c in children(o) if c.dep_ == "relcl"
                and any(w.lower_ in _PLACE_RELATIVES for w in children(c) if w.dep_ == "advmod")
                for g in children(c) if g.dep_ in ("nsubj", "nsubjpass")]
    return out


_FIRST_PERSON_OWNERS = word_list("patterns", "FIRST_PERSON_OWNERS")
_PLACE_RELATIVES = word_list("patterns", "PLACE_RELATIVES")
# roots of acts done to things and places that hit whose they are: searches, seizures and raids, force (targ32)
THING_OWNER_ROOTS = word_list("patterns", "THING_OWNER_ROOTS")
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
_MEETING_ROOTS = frozenset({"03", "04", "05", "06"})   # cooperation and consultation (own-country-sides)
_OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})    # "offered its troops to X" (own-country-sides)
# prepositions whose object a fallback verb acts on ("lashed out at", "sided with", "seceded from"; not "for" or
# "over", which name a cause or a topic)
_FALLBACK_PREPS = ("with", "to", "against", "on", "at", "upon", "toward", "towards", "from")
_ABDUCT_CODE = "181"
_VISIT_MODE = "visit"       # PLOVER mode of the rows of travel and visits (travel-companions, trip-adjuncts)
_GIVING_VERBS = word_list("patterns", "GIVING_VERBS")     # "a pledge to give X to Y" (infinitive-partners)


def _purpose_foes(tok: Token) -> list[Token]:
    """"Iran sent troops to Aleppo to repel the Turkish army's offensive": the foe a mobilisation is for, the
    object (or the object's possessor) of its to-infinitive of a verb of opposing (word list OPPOSING_PURPOSES;
    convention mobilised-against, session 40 coop44)."""
    verbs = [c for c in children(tok) if c.dep_ in ("advcl", "xcomp") and roles.to_infinitive(c)
             and c.lemma_.lower() in _OPPOSING_PURPOSES]
    return [w for v in verbs for o in roles.direct_objects(v) for w in (roles.possessors(o) or [o])]


_OPPOSING_PURPOSES = word_list("patterns", "OPPOSING_PURPOSES")


def _topic_partners(objects: list[Token]) -> list[Token]:
    """"shared information about the plot with Saudi police", "passed details on the attack to Moldova": the parse
    hangs the side the information goes to on its topic (word list INFO_TOPIC_PREPS; session 40 coop44)."""
    return [g for o in objects for t in roles.prep_objects(o, _INFO_TOPIC_PREPS)
            for g in roles.prep_objects(t, ("with", "to"))]


def _purpose_partners(tok: Token, objects: list[Token] = ()) -> list[list[Token]]:
    """Convention infinitive-partners (session 25): the with-partner of the infinitive that says what a cooperative act
    or its object is for ("signed an accord to exchange records with the sheriff's office"), and the one a gift it
    is for goes to ("a pledge to hand two million shillings to a hospital": GIVING_VERBS' to-object or indirect
    object), and the one it helps ("pledged $50 million to help Malawi recover": HELPING_VERBS' object or the subject
    of their clause)."""
    purposes = [c for h in [tok, *objects] for c in children(h)
                if c.dep_ in ("acl", "advcl", "xcomp", "relcl") and roles.to_infinitive(c)]
    helps = [v for v in purposes if v.lemma_.lower() in _HELPING_VERBS]
    return [[w for v in purposes for w in roles.prep_objects(v, ("with",))
             + [g for d in roles.direct_objects(v) for g in roles.prep_objects(d, ("with",))]],
            [w for v in purposes if v.lemma_.lower() in _GIVING_VERBS
             for w in roles.prep_objects(v, ("to",)) + roles.datives(v)],
            # "pledged $50 million to help Malawi recover": the one helped (session 42 coop46)
            [w for v in helps for w in roles.direct_objects(v)
             + [g for c in children(v) if c.dep_ in ("ccomp", "xcomp") for g in children(c) if g.dep_ == "nsubj"]]]


_HELPING_VERBS = word_list("patterns", "HELPING_VERBS")


_MESSAGE_NOUNS = word_list("patterns", "MESSAGE_NOUNS")
_MESSAGE_PREPS = word_list("patterns", "MESSAGE_PREPS")


def _message_recipients(tok: Token) -> list[Token]:
    """"In a letter to the governor, the mayors called for ...", "urged in a note sent to the embassy": the to-phrase
    of the message (MESSAGE_NOUNS) the verb's in/through phrase names, or of the participle that sends it
    (convention message-addressees, round35)."""
    msgs = [m for m in roles.prep_objects(tok, tuple(sorted(_MESSAGE_PREPS))) if m.lemma_.lower() in _MESSAGE_NOUNS]
    return [w for m in msgs for o in [m] + [c for c in children(m) if c.dep_ == "acl" and c.tag_ == "VBN"]
            for w in roles.prep_objects(o, ("to",))]


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


def _askers(objects: list[Token]) -> list[Token]:
    """"Rejected a plea for help from the nurses": who made the plea or call refused, which the parse may hang on
    what was asked for (session 40 lead)."""
    return [g for o in objects for f in roles.prep_objects(o, ("for",)) for g in roles.prep_objects(f, ("from", "by"))]


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
def _toll_victims(n: Token, options: CoderOptions) -> list[Token]:
    """The victims of an attack noun that is the subject of a toll verb: "the blast killed five",
    "a shooting left three people wounded", or (round 11) of its relative clause: "the strike that killed four"."""
    subj = n
    if conv.enabled("attack-series", options.since) and roles.quantity_head(n) is not None:
        subj = roles.quantity_head(n)   # "a string of bombings left 30 people dead" (session 48 vio52)
    verb = subj.head if subj.dep_ == "nsubj" else None
    if verb is None or not toll_verb(verb):
        verb = toll_clause(n) if conv.enabled("toll-clauses", options.since) else None
    if verb is None:
        return []
    return [o for o in roles.direct_objects(verb) if o.i != n.i and o.i != subj.i]


LAUNCH_VERBS = word_list("patterns", "LAUNCH_VERBS")
_PROJECTILES = word_list("patterns", "PROJECTILES")


def fired_thing(tok: Token) -> bool:
    """The phrase names what is fired, launched or thrown ("three missiles", "dozens of rockets", "a barrage of
    drones"): the means of an attack, never its target nor its victim (convention projectiles)."""
    if tok.lemma_.lower() in _PROJECTILES:
        return True
    return any(o.lemma_.lower() in _PROJECTILES for o in roles.prep_objects(tok, ("of",)))


def _victims_first(tok: Token, targets: list[Party], exclude: set[str],
                   since: frozenset[str] | None = None) -> list[Party]:
    """"A 17-year-old was stabbed at a party": the people the act was done to (its object or passive subject)
    are its target though no actor stands for them, not a body resolved in a later place phrase
    (convention victims-first). What a launch verb fires is no victim ("launched dozens of rockets at X")."""
    objs = roles.direct_objects(tok)
    if tok.lemma_.lower() in LAUNCH_VERBS:
        objs = [o for o in objs if not fired_thing(o)]
    if conv.enabled("force-means", since):
        objs = [o for o in objs if not roles.force_means(o)]    # "used force against X": X (session 34 thr37)
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


def _protest_verb(verb: Token) -> bool:
    """The verb is itself coded as a protest (a 14 verb pattern: "blocked the highway", "marched")."""
    trig = match_verb(verb, pattern_index("verb", None))
    return trig is not None and lookup(trig.pattern.cameo).root == "14"


_TOPIC_PREPS = ("over", "for")


def _beside_topics(objs: list[Token], options: CoderOptions, grouped: bool = False) -> list[Token]:
    """"negotiated with Russia over Syria", "clashed with police over land": beside a party named by another
    preposition, an over- or for-phrase names what the act is about, not a second party (convention
    topic-preps); alone it may be the target ("fought over the town" is left to the rules that read it), but not
    when the subject is two or more coordinated sides: "X and Y clashed over NATO funding" -- they are each
    other's sides, NATO is the matter (session 27 crit28)."""
    if not conv.enabled("topic-preps", options.since):
        return objs
    parties = [o for o in objs if o.head.lower_ not in _TOPIC_PREPS]
    return parties or ([] if grouped else objs)
