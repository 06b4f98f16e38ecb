"""The coder's checks on a trigger's act before it is coded (coder.py `_code_trigger`): the form in which it may
be coded without a source (agentless.csv), a passive of criticism, a reaction to another act, a protest by doing
something, a gathering for a purpose, an attempt in words, a platform's post, a toll told, an act only reported
as a cause or a circumstance, the verbs that negate it, an object the source merely has.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import conventions as conv
from newsgraph.events import roles
from newsgraph.events.arguments import Party
from newsgraph.events.harm_context import (_CAUSING_VERBS, _NEW_ACT_DETERMINERS, _NOUN, _PROPN, _accident_story,
    _armed_blast, _attack_subject, _caused_by_phrase, _existential_participle, _freed_captive,
    _gerund_attack_subjects, _harmed_at_protest, _in_set, _natural_cause, _participle_in_event, _protest_mention,
    _victim_clause, _when_clause)
from newsgraph.events.modality import modality, that_clause
from newsgraph.events.modality_cues import governing_cues
from newsgraph.events.noun_roles import _wound_bearer
from newsgraph.events.ontology import lookup, VIOLENT_ROOTS as _VIOLENT_ROOTS
from newsgraph.events.patterns import agentless_forms, intent_verbs
from newsgraph.events.triggers import CAUSING_PHRASES as _CAUSING_PHRASES
from newsgraph.events.triggers import CoderOptions, Trigger
from newsgraph.events.tolls import toll_clause
from newsgraph.events.target_candidates import _protest_verb, _toll_victims
from newsgraph.nlp.cache import children
from newsgraph.records import sector_type
from newsgraph.events.among import among_members
from newsgraph.events.tree_objects import appeared_charged
from newsgraph.events.held_in_place import custody_perfect_relative, held_in_place, subject_custody_participle
from newsgraph.events.toll_clauses import custody_where, toll_where
from newsgraph.events.tree_voice import gerund_headline

# An event noun after these is a reference point for another event, not reported here.
_REFERENCE_PREPS = word_list("patterns", "REFERENCE_PREPS")
_NOMINAL_TARGET_PREPS = ("of", "on", "against", "with", "between", "upon", "into")


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
                or _reported_act(tok, code, options) or _wound_bearer(tok, options)
                or roles.quantity_head(tok) is not None and _toll_victims(tok, options)):
            return None
        if tok.dep_ == "pobj" and tok.head.lower_ in _REFERENCE_PREPS:
            return None     # "his first trip since the invasion of Ukraine": an earlier event, a reference point
        form = "nominal"
    elif roles.is_passive(tok) and not roles.agent_of(tok):
        if (tok.dep_ in ("relcl", "amod") or (tok.dep_ == "acl" and tok.head.dep_ != "ROOT" and not that_clause(tok)
                                             and not gerund_headline(tok))) \
                and not _when_clause(tok, options) and not _victim_clause(tok, code, options) \
                and not _participle_in_event(tok, code, options) and not _existential_participle(tok, code, options) \
                and not _freed_captive(tok, code, options) \
                and not (conv.enabled("among-those", options.since) and among_members(tok)) \
                and not (conv.enabled("appeared-charged", options.since) and appeared_charged(tok)) \
                and not (conv.enabled("toll-where", options.since) and _harms(code) and toll_where(tok)) \
                and not (conv.enabled("custody-where", options.since) and _legal(code) and custody_where(tok)) \
                and not (conv.enabled("held-in-place", options.since) and held_in_place(tok, code)) \
                and not (conv.enabled("custody-perfect-relative", options.since)
                         and custody_perfect_relative(tok, code)) \
                and not (conv.enabled("subject-custody-participle", options.since)
                         and subject_custody_participle(tok, code)):
            return None     # background ("a member jailed a year ago"), unless a headline ("100 killed in ...")
        form = "passive"
        if form not in agentless_forms(code) and _BE_PASSIVE in agentless_forms(code) \
                and _criticised_passive(tok, options):
            return _BE_PASSIVE      # "the mayor has been criticized": not "the door was slammed", "condemned to"
    elif conv.enabled("rule-subjects", options.since) and tok.pos_ == "VERB" and _rule_subject(tok):
        # "the new law bans smoking in bars", "regulations coming into force today ban pubs from ...": a law or
        # rule restricts on behalf of the state that made it, which the sentence need not name (session 34)
        form = "rule"
    elif trig.pattern.symmetric == "patient" or any(
            _in_set(h, "WEAPONS") or _armed_blast(h, options.since)
            or (_harms(code) and _attack_subject(h, tok, options.since))
            for h in roles.subjects(tok)) or (_harms(code) and _gerund_attack_subjects(tok, options)):
        form = "means"
    else:
        return None
    if form not in agentless_forms(code):
        return None
    # (property damaged too, 171, since session 41's agentless damage: "hundreds of buildings heavily damaged" in a
    # tsunami story)
    harm = _harms(code)
    if harm and _natural_cause(tok, options.since):
        return None         # "killed in the floods": a disaster, not an attack
    if harm and conv.enabled("accident-context", options.since) \
            and _accident_story(tok, options.since):
        return None         # "the car flipped ... the driver was killed": an accident, not an attack
    return form


def _harms(code: str) -> bool:
    """Force (18-20), or property damaged (171): an attack noun as the verb's subject is its means ("shelling
    killed five", "shelling damaged a hospital"; the latter since session 41 left45)."""
    return lookup(code).root in _VIOLENT_ROOTS or code.startswith(_PROPERTY_DAMAGE)


def _legal(code: str) -> bool:
    """An arrest, a detention or a charge (173, 115): what a where-clause on a jail or a station tells (custody-where)."""
    return code in ("173", "115")


_RULE_CLAUSE_DEPS = ("ROOT", "conj", "relcl", "ccomp")


def _rule_subject(tok: Token) -> bool:
    """The active verb's subject (or the antecedent of its "which"/"that") is a law, rule or order of noun set
    RULES, with no actor among its subjects (agentless form "rule", convention rule-subjects; session 34)."""
    if roles.is_passive(tok) or tok.dep_ not in _RULE_CLAUSE_DEPS:
        return False        # ("the rule banning hats was dropped": a law named by what it does, no act reported)
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in children(tok)):
        return False        # ("the legislation to outlaw night flights may take effect next year": a plan)
    heads = []
    for h in children(tok):
        if h.dep_ != "nsubj":
            continue
        if h.lower_ in ("which", "that") and tok.dep_ == "relcl":
            h = tok.head
        heads.append(h)
    return bool(heads) and all(_in_set(h, "RULES") for h in heads)


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


# property destroyed or damaged with no doer named: in a quake or flood story ("six villages were destroyed") the
# disaster did it, as it kills and injures there (session 21; damage, 171, since session 41)
_PROPERTY_DAMAGE = "171"
_REACTING_VERBS = word_list("patterns", "REACTING_VERBS")


def _reacted_to(tok: Token, options: CoderOptions) -> bool:
    """A violent or coercive act named by a noun that a protest, condemnation or mourning is aimed at ("rallied to
    protest the killings of students", "vowed to condemn the arrests"): the plan or wish is the reaction's, the act
    it reacts to has happened (convention reaction-objects); also in an against- or over-phrase ("gathered to protest
    against the jailing of the mayor"; session 42 fam46)."""
    if tok.pos not in (_NOUN, _PROPN) or not conv.enabled("reaction-objects", options.since):
        return False
    verb = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in ("against", "over") and tok.head.dep_ == "prep":
        verb = tok.head.head
    elif tok.dep_ not in ("dobj", "obj"):
        return False
    return verb.lemma_.lower() in _REACTING_VERBS and verb.pos_ == "VERB"


def _protest_by_doing(tok: Token) -> bool:
    """A protest verb in a to-infinitive of purpose on a verb that was done ("came to the square to protest the
    verdict", "staged a sit-in to protest the fees", "resigned to protest the cuts"): doing that act was the protest,
    which happened; a verb of intending, wanting or saying (modality.csv governing cues) keeps it planned."""
    head = tok.head
    if tok.dep_ not in ("advcl", "xcomp") or head.i == tok.i or head.pos_ not in ("VERB", "AUX") \
            or not roles.to_infinitive(tok):
        return False
    lemma = head.lemma_.lower()
    if lemma in governing_cues() or lemma in intent_verbs() or _protest_verb(head) and lemma not in _GATHERING_VERBS:
        # ("blocked the road to protest": the blockade is the protest coded; "hundreds gathered outside the court to
        # protest the verdict": a gathering is coded only by protesters, so the protest it was held for is the act;
        # two by the same side merge; session 42 fam46)
        return False
    return modality(head)[0] == "asserted"


_GATHERING_VERBS = word_list("patterns", "GATHERING_VERBS")


def _gathered_for(tok: Token) -> bool:
    """A to-infinitive of purpose on a gathering that was done ("turned out to support the mayor", "lined the streets
    to welcome the team"; word list GATHERING_VERBS, convention gathering-purposes, session 21)."""
    head = tok.head
    return tok.dep_ in ("advcl", "xcomp") and head.i != tok.i and head.pos_ in ("VERB", "AUX") \
        and head.lemma_.lower() in _GATHERING_VERBS and roles.to_infinitive(tok) and modality(head)[0] == "asserted"


_DISPATCH_VERBS = word_list("patterns", "DISPATCH_VERBS")


def _sent_to_investigate(tok: Token) -> bool:
    """An investigation in a to-infinitive of purpose on a done act of sending or setting up investigators ("sent a
    mission to investigate the clashes", "set up a committee to probe the collapse", "appointed a panel to examine
    the accounts"): sending them is investigating, as the codebook's own 090 example has it (word list
    DISPATCH_VERBS; a phrasal entry "set up" needs its particle; convention dispatched-investigations, session 43)."""
    head = tok.head
    if tok.dep_ == "acl" and head.dep_ in ("dobj", "obj", "nsubjpass"):
        head = head.head        # "set up a committee to investigate": the infinitive hangs on the body sent
    elif tok.dep_ not in ("advcl", "xcomp"):
        return False
    if head.i == tok.i or head.pos_ != "VERB" or not roles.to_infinitive(tok):
        return False
    lemma = head.lemma_.lower()
    if lemma not in _DISPATCH_VERBS and not any(
            c.dep_ == "prt" and f"{lemma} {c.lower_}" in _DISPATCH_VERBS for c in children(head)):
        return False
    return modality(head)[0] == "asserted"


_ATTEMPT_CUES = word_list("patterns", "ATTEMPT_CUES")
_SPEAKING_SECTORS = word_list("patterns", "ATTEMPT_SPEAKING_SECTORS")


def _speaking_person(actor) -> bool:
    """A person of government, a legislature, a party, the press ... whose tried "attack" is mostly words ("when
    the senator tried to attack his rival"): attempted-force leaves it unasserted (round28)."""
    return actor is not None and actor.kind == "PERSON" and sector_type(actor.sector) in _SPEAKING_SECTORS


def _attempted_words(tok: Token, cues: frozenset[str] | set[str] = _ATTEMPT_CUES) -> bool:
    """A verb in the to-infinitive of a done attempt ("sought to blame the unions", "the mayor's attempts to
    discredit the judge"; word list ATTEMPT_CUES): words tried are words said (round21, convention
    attempted-words); "will try to blame" is still planned. `cues`: the attempt words to accept."""
    head = tok.head
    return tok.dep_ in ("xcomp", "acl", "advcl") and head.i != tok.i and head.lemma_.lower() in cues \
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


def _told_toll(tok: Token, root: str, options: CoderOptions) -> bool:
    """A violent act named by a noun whose relative clause states in the past what it did ("the strike that killed
    four"): the clause asserts the act happened, whatever the sentence then says about it (convention toll-clauses)."""
    if root not in _VIOLENT_ROOTS or tok.pos not in (_NOUN, _PROPN) or not conv.enabled("toll-clauses", options.since):
        return False
    clause = toll_clause(tok)
    return clause is not None and clause.tag_ == "VBD" and not any(
        c.dep_ in ("aux", "neg") for c in children(clause))


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
    if caused and tok.dep_ in ("dobj", "obj") and tok.head.tag_ == "VBG" and tok.head.dep_ == "pcomp" \
            and tok.head.lemma_.lower() in _AMID_CHANGE_PARTICIPLES and tok.head.head.lower_ in ("amid", "amidst") \
            and conv.enabled("amid-acts", options.since):
        return True     # "amid worsening protests": the model reads the participle as a verb taking the protests
    if lookup(code).root == "14" and conv.enabled("protest-harms", options.since) \
            and _harmed_at_protest(roles.quantity_head(tok) or tok):
        return True
    if lookup(code).root == "14" and conv.enabled("protest-mentions", options.since):
        return _protest_mention(tok, options.since)
    if lookup(code).root not in _VIOLENT_ROOTS:
        return False
    if conv.enabled("toll-clauses", options.since) and toll_clause(tok) is not None:
        return True
    if conv.enabled("toll-from", options.since) and _toll_of(tok):
        return True
    return conv.enabled("indefinite-acts", options.since) and tok.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in _NEW_ACT_DETERMINERS for c in children(tok))


_TOLL_NOUNS = word_list("patterns", "TOLL_NOUNS")


def _toll_of(tok: Token) -> bool:
    """"The death toll from Saturday's bombing rose to 40", "casualties in the attack": the toll of an act of force
    named by the from- or in-phrase of a noun of its dead (word list TOLL_NOUNS) is told as news, so the act
    happened, though named with "the" (convention toll-from; session 36 fam39)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("from", "in", "of") or prep.head.i == prep.i:
        return False
    noun = prep.head
    return noun.lemma_.lower() in _TOLL_NOUNS or noun.lower_ in _TOLL_NOUNS


_AMID_CHANGE_PARTICIPLES = word_list("patterns", "AMID_CHANGE_PARTICIPLES")


def _negating_verbs(trig: Trigger, options: CoderOptions) -> frozenset[str] | None:
    """For an event noun, the verbs whose negation negates it (convention noun-negation, round 15): its pattern's
    light verbs and the verbs of setting an act off ("did not hold talks", "did not spark protests"); None for a
    verb trigger or with the convention off (every governing negation counts)."""
    if trig.token.pos not in (_NOUN, _PROPN) or not conv.enabled("noun-negation", options.since):
        return None
    return trig.pattern.light_verbs | _CAUSING_VERBS | {w[0] for w in _CAUSING_PHRASES}


def _possessed(trig: Trigger, sources: list[Party], options: CoderOptions) -> bool:
    """"Trump's call with Zelensky": a reciprocal act named by a noun whose possessor is its source is that
    side's act towards the other, one event, as a human coder lists it (convention possessed-consults);
    "held talks with" and "the talks between X and Y" keep both directions."""
    tok = trig.token
    return tok.pos in (_NOUN, _PROPN) and conv.enabled("possessed-consults", options.since) \
        and any(s.head.dep_ == "poss" and s.head.head.i == tok.i for s in sources)


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
