"""Voice: is a verb passive (`is_passive`, cached per doc), with the misreadings of the small model it corrects --
a headline's passive without its auxiliary ("Three soldiers killed in ambush", `reduced_passive`), a participle
completing another verb ("was found shot dead"), participles coordinated with a passive, and the noun predicate the
parse took for a participle ("A man stabbed and killed his neighbour", `misread_predicate`) -- and the passive's
doer and gift ("by" phrases stranded on a noun, "was granted a loan"). Reads the parse, the word lists named in
each function and the passive verbs and noun sets of events.patterns."""
from __future__ import annotations

from spacy.tokens import Token
from newsgraph.datafile import word_list
from newsgraph.events.tree_preps import CONTROL_PREPS, agent_of, prep_objects
from newsgraph.nlp.cache import children


def is_passive(verb: Token) -> bool:
    cache = verb.doc.user_data.setdefault("_ng_passive", {})
    found = cache.get(verb.i)
    if found is None:
        found = cache[verb.i] = any(c.dep_ in ("nsubjpass", "auxpass") for c in children(verb)) or (
            verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN" and not misread_predicate(verb)
            and not predicate_before_report(verb) and not _prepositional_active(verb, verb.lemma_.lower())) \
            or reduced_passive(verb) or (
            # "were charged and arrested": a participle coordinated with a passive verb shares its voice
            verb.dep_ == "conj" and (_participle_form(verb) or _retained_sum(verb))
            and not any(c.dep_ == "nsubj" for c in children(verb))
            and verb.head.i != verb.i and is_passive(verb.head) and not _calls_on(verb)
            and not _judges_object(verb)) or complement_participle(verb) or hyphen_participle(verb)
    return found


def misread_predicate(verb: Token) -> bool:
    """"A man stabbed and killed his neighbour": the small model makes the first verb a past participle on the
    sentence's root noun (acl) and hangs the finite verb it is coordinated with, which has the object, below it;
    both are the noun's predicate, in the active (round 21). A participle with a "by" phrase stays passive."""
    if _lone_intransitive(verb):
        return True
    head = verb.head
    if not (verb.dep_ == "acl" and verb.tag_ == "VBN" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN")
            and not agent_of(verb)):
        return False
    return any(c.dep_ == "conj" and c.tag_ == "VBD" and any(g.dep_ in ("dobj", "obj") for g in children(c))
               for c in children(verb)) or _lone_predicate(verb) or _predicate_after_relative(verb)


_SAYING_HEADS = word_list("patterns", "SAYING_HEADS")
_DOUBLE_OBJECT_PASSIVES = word_list("patterns", "DOUBLE_OBJECT_PASSIVES")


def predicate_before_report(verb: Token) -> bool:
    """"Bandits abducted 40 villagers in Zamfara, residents said.": the small model makes the participle a reduced
    relative on the sentence's first noun and that noun the subject of the closing verb of saying. A participle
    with a direct object of its own, no "by" phrase, on the first noun of its sentence, before the verb of saying
    (word list SAYING_HEADS) the noun is made the subject of, is that noun's predicate in the active: a passive
    participle takes no object but of a verb of giving or telling (word list DOUBLE_OBJECT_PASSIVES: "men given
    asylum said" stays one; session 45 vio49)."""
    head = verb.head
    if not (verb.dep_ == "acl" and verb.tag_ == "VBN" and head.dep_ == "nsubj" and head.pos_ in ("NOUN", "PROPN")
            and verb.i > head.i and head.head.lemma_.lower() in _SAYING_HEADS and head.head.i > verb.i
            and not agent_of(verb) and verb.lemma_.lower() not in _DOUBLE_OBJECT_PASSIVES):
        return False
    if any(t.i < head.i and t.pos_ not in ("DET", "ADJ", "NUM", "PUNCT") and t.dep_ != "compound"
           for t in head.sent if t.i < head.i):
        return False        # (the noun opens its sentence: "Suspected bandits ...", "Two gunmen ...")
    return any(c.dep_ in ("dobj", "obj") for c in children(verb)) \
        and not any(c.dep_ == "punct" and c.i < verb.i and c.i > head.i for c in head.sent)


def _predicate_after_relative(verb: Token) -> bool:
    """"The party, which has backed the protests, called for a shutdown": the small model makes the noun the root
    and the verb after its comma-closed relative clause a participle on it; that verb is the noun's predicate, in
    the active when a preposition with its object follows ("called for", "pressed for", "called on": a passive
    would leave it stranded; "A man, who was wanted for theft, arrested in a raid" stays a headline's passive;
    session 37 lead)."""
    return verb.i > 0 and verb.doc[verb.i - 1].text == "," and any(
        c.dep_ == "relcl" and c.i < verb.i for c in children(verb.head)) and bool(prep_objects(verb, _STRANDABLE))


_STRANDABLE = ("for", "on", "upon")
_SAME_FORM_PARTICIPLES = word_list("patterns", "SAME_FORM_PARTICIPLES")
_FINITE_AUX_TAGS = ("VBD", "VBZ", "VBP", "MD")


def misread_wanted(verb: Token, clause: Token) -> bool:
    """"A man wanted in a robbery case was killed in an encounter": the small model reads the participle "wanted"
    (sought by the police) as the noun's verb and the sentence's own predicate as its complement clause, or makes
    "wanted" the clausal subject of that predicate ("A gangster wanted for six murders was arrested"). "Want" takes
    an infinitive or a bare participle, never a finite clause with its own tensed auxiliary, so a "wanted" with an
    in/for/by phrase read so wishes nothing; its subject is the predicate's (session 41 crime45)."""
    if verb.lemma_.lower() != "want" or not any(
            c.dep_ in ("prep", "agent") and c.lower_ in ("in", "for", "by", "over") for c in children(verb)):
        return False
    if verb.dep_ in ("csubj", "csubjpass") and verb.head.i == clause.i:
        return True
    return clause.dep_ == "ccomp" and clause.head.i == verb.i \
        and any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_AUX_TAGS for c in children(clause))


_LONE_PREDICATES = frozenset(tuple(w.split()) for w in word_list("patterns", "LONE_PREDICATE_VERBS"))


def _lone_predicate(verb: Token) -> bool:
    """"The Danish firm partnered with a Kenyan startup.": the small model makes the subject noun the root and the
    sentence's only verb a participle on it; a participle with no object and no finite verb anywhere else in the
    sentence, of a verb with the preposition no passive of it takes (word list LONE_PREDICATE_VERBS: "partnered
    with", "invested in"), is the noun's predicate in the active, not a reduced passive ("troops stationed with
    the mission" stays one; session 28 coop29)."""
    lemma = verb.lemma_.lower()
    if verb.i < verb.head.i or not any(lemma == w and prep_objects(verb, (p,)) for w, p in _LONE_PREDICATES) or any(
            c.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") for c in children(verb)):
        return False
    inside = {t.i for t in verb.subtree}
    return not any(t.i not in inside and t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in verb.sent)


_LONE_INTRANSITIVES = word_list("patterns", "LONE_INTRANSITIVE_VERBS")


def _lone_intransitive(verb: Token) -> bool:
    """"A crowd of 200 people protested outside the hotel.": the small model makes the subject noun the root and
    the sentence's only verb a participle on it (or on the noun of its of-phrase); a verb of protest that takes no
    object (word list LONE_INTRANSITIVE_VERBS) with no object, no "by" phrase and no finite verb anywhere else in
    the sentence is that noun's predicate in the active, not a reduced passive (session 36 fam39)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.i < verb.head.i \
            or verb.lemma_.lower() not in _LONE_INTRANSITIVES or agent_of(verb) \
            or any(c.dep_ in ("dobj", "obj", "nsubj", "nsubjpass", "ccomp", "xcomp") for c in children(verb)):
        return False
    head = verb.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "ROOT":
        head = head.head.head        # "a crowd of 200 people protested"
    if head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return False
    inside = {t.i for t in verb.subtree}
    return not any(t.i not in inside and t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in verb.sent)


_ACTIVE_WITH_OBJECT = word_list("patterns", "ACTIVE_WITH_OBJECT_VERBS")   # (round36, _judges_object)


def _judges_object(verb: Token) -> bool:
    """"said the funds were frozen unfairly and condemned the Commission": a verb of judging, protesting or summoning
    with a direct object of its own (word list ACTIVE_WITH_OBJECT_VERBS) is active -- none of them takes an object in
    the passive --, whatever passive the parse coordinates it with and tags it like (round36, session 35 multi38)."""
    return verb.lemma_.lower() in _ACTIVE_WITH_OBJECT and any(c.dep_ in ("dobj", "obj") for c in children(verb))


def _calls_on(verb: Token) -> bool:
    """"... said the fires were started by arsonists and called on the police to find them": a verb with an
    on/upon object and a to-infinitive asks that object to act; it is active (its passive, "were called on to
    act", leaves "on" without an object), whatever passive the parse coordinates it with (round 14)."""
    return bool(prep_objects(verb, CONTROL_PREPS)) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c)) for c in children(verb))


def complement_participle(verb: Token) -> bool:
    """"was found shot dead", "was left wounded", "were reported killed": a bare past participle completing
    another verb is passive -- its subject (the governing verb's) suffered the act, it did not do it."""
    return verb.tag_ == "VBN" and verb.dep_ in ("xcomp", "oprd") and verb.head.i != verb.i \
        and not any(c.dep_ in ("aux", "nsubj", "dobj") for c in children(verb))


def hyphen_participle(verb: Token) -> bool:
    """"A woman was gang-raped by soldiers", "the marchers were tear-gassed by police": the small model makes a
    hyphenated participle (split by the tokenizer, or kept one token as FORCE_HYPHEN_VERBS are) an adjectival
    complement of "be" (acomp), not a passive verb; a past participle with a hyphen in it or glued by one to the
    word before, completing "be", is that passive (session 41 vio45)."""
    if verb.tag_ != "VBN" or verb.dep_ != "acomp" or verb.head.lemma_ != "be":
        return False
    return "-" in verb.text or (verb.i >= 2 and verb.doc[verb.i - 1].text in ("-", "\u2010", "\u2011")
                                and not verb.doc[verb.i - 1].whitespace_ and not verb.doc[verb.i - 2].whitespace_)


def reduced_passive(verb: Token) -> bool:
    """A headline's passive without its auxiliary: "100 protesters killed in unrest", "Three soldiers
    killed in ambush". A past participle with a subject but no auxiliary and no object cannot be active
    (that would be "killed", tagged VBD, or "have killed"); its subject is the patient. Only verbs of
    acts done to someone (the tagger also marks "Trump tweeted" VBN now and then)."""
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ not in ("ROOT", "ccomp", "conj", "parataxis"):
        return False
    from newsgraph.events.patterns import passive_verbs      # (patterns does not import roles)
    lemma = verb.lemma_.lower()
    if lemma not in passive_verbs() and lemma not in _ALWAYS_TRANSITIVE:
        return False        # "Trump tweeted before the vote": a verb that is no act done to someone
    if lemma in _PROTEST_DOING_VERBS:
        return False        # "Hundreds of farmers protested outside the ministry": what protesters do (round 20)
    # "Man found fatally shot in parking lot": the small model makes "found" an auxiliary of the participle;
    # a verb of finding or leaving is no auxiliary, and the participle stays a headline's passive (session 30)
    kids = [c.dep_ for c in children(verb) if not (c.dep_ == "aux" and c.lower_ in _MISREAD_AUXILIARIES)
            and not _misread_place_object(c) and not _dative_to(c)]
    kids += ["nsubj" for _ in misread_aux_subjects(verb)]      # the subject may hang on that "found"
    if not ("nsubj" in kids and not any(d in ("aux", "auxpass", "dobj", "obj", "dative", "ccomp", "xcomp")
                                        for d in kids)):
        return False
    if _force_charging(verb) or _ergative_with_article(verb):
        return False
    if lemma == "call" and prep_objects(verb, ("for",)):
        return False        # "The party, which backed the protests, called for a shutdown": the tagger's VBN is an
                            # active past; a passive "called for" leaves its "for" without an object (session 37 lead)
    if _prepositional_active(verb, lemma):
        return False
    if verb.tag_ == "VBD" and verb.dep_ == "conj" and lemma in _ALWAYS_TRANSITIVE:
        return True         # "men were shot and women raped": a verb that always takes an object, left without one
    return verb.tag_ == "VBN" or _headline_participle(verb)


def _prepositions_by_verb() -> dict[str, frozenset[str]]:
    """Word list PREPOSITIONAL_ACTIVE_VERBS as lemma -> the prepositions it takes its matter in ("seize": on, upon)."""
    out: dict[str, set[str]] = {}
    for words in word_list("patterns", "PREPOSITIONAL_ACTIVE_VERBS"):
        verb, prep = words.split()
        out.setdefault(verb, set()).add(prep)
    return {verb: frozenset(preps) for verb, preps in out.items()}


_PREPOSITIONAL_ACTIVES = _prepositions_by_verb()
_TIME_NOUNS = word_list("patterns", "TIME_NOUNS")


def _prepositional_active(verb: Token, lemma: str) -> bool:
    """"Rival senators seized upon the governor's interview": the tagger's VBN of a verb that takes its matter in a
    preposition (a root, or a participle the parse hangs on the subject noun; word list PREPOSITIONAL_ACTIVE_VERBS:
    "seize on", "pounce on") is an active past when the preposition has an object of its own that is no time
    ("Weapons seized on Tuesday" stays a headline's passive): a passive would leave the preposition stranded (as
    "called for" above; session 50 arr54)."""
    preps = _PREPOSITIONAL_ACTIVES.get(lemma)
    return bool(preps) and any(o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")
                               and o.lemma_.lower() not in _TIME_NOUNS
                               for c in children(verb) if c.dep_ == "prep" and c.lower_ in preps
                               for o in children(c))


_ERGATIVE_VERBS = word_list("patterns", "ERGATIVE_VERBS")
_MISREAD_AUXILIARIES = word_list("patterns", "MISREAD_AUXILIARIES")
_HEADLINE_PASSIVE_ADVERBS = word_list("patterns", "HEADLINE_PASSIVE_ADVERBS")
_PROTEST_DOING_VERBS = word_list("patterns", "PROTEST_DOING_VERBS")


def misread_aux_subjects(verb: Token) -> list[Token]:
    """The subject the small model hangs on a verb of finding it made an auxiliary ("Man found fatally shot":
    "Man" is the subject of "found", which is the aux of "shot"; session 30)."""
    return [g for c in children(verb) if c.dep_ == "aux" and c.lower_ in _MISREAD_AUXILIARIES
            for g in children(c) if g.dep_ == "nsubj"]


_FINITE_TAGS = ("VBD", "VBZ", "VBP")


def gerund_aux_subject(verb: Token) -> list[Token]:
    """"Shelling hit a market in the city", "Russian shelling hit ...": the small model reads a gerund of attack
    (noun set ATTACK_SUBJECTS) before a finite past or present verb as its auxiliary, which no gerund can be; with
    no subject of its own the verb's subject is that gerund (session 46 vio50; convention gerund-aux-attacks
    reads it as the means)."""
    if verb.tag_ not in _FINITE_TAGS or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in children(verb)):
        return []
    from newsgraph.events.patterns import noun_sets      # (patterns does not import roles)
    attack = noun_sets()["ATTACK_SUBJECTS"]
    return [c for c in children(verb) if c.dep_ == "aux" and c.tag_ == "VBG" and c.i < verb.i
            and (c.lemma_.lower() in attack or c.lower_ in attack)]


def _ergative_with_article(verb: Token) -> bool:
    """"The diner opened in 2003 and closed two years later": a verb that is as often intransitive (the shop
    closed by itself) with a subject that keeps its article is prose, not a headline's passive, whatever tag the
    model gave it; "Border crossing closed after clashes" stays a headline's passive (round 18)."""
    return verb.lemma_.lower() in _ERGATIVE_VERBS and any(
        c.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ in ("the", "a", "an") for d in children(c))
        for c in children(verb))


def _force_charging(verb: Token) -> bool:
    """"Police charged in the square", "Troops Charged Into The Crowd": armed men who charged somewhere ran at
    someone; they were not charged with a crime ("Officer charged in shooting" still is a headline's passive: what
    follows "in" is an act, not a place). Round 13: the armed subject (noun set ARMED) and a place (noun set
    TARGETS, or a place name) or a crowd (PROTESTERS) after in/into/at/through."""
    if verb.lemma_.lower() != "charge":
        return False
    from newsgraph.events.patterns import noun_sets      # (patterns does not import roles)
    sets = noun_sets()
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() in sets["ARMED"] for c in children(verb)):
        return False
    places = sets["TARGETS"] | sets["PROTESTERS"]
    return any(g.lemma_.lower() in places or g.ent_type_ in ("GPE", "LOC", "FAC")
               for p in children(verb) if p.dep_ == "prep" and p.lower_ in ("in", "into", "at", "through", "towards")
               for g in children(p) if g.dep_ == "pobj")


# verbs that are never used without an object in the active ("police arrested" is always "arrested someone"),
# so a past form with a subject and no object is a headline's passive (round 12: "Teen shot dead in Chicago",
# "Opposition leader detained ahead of vote", "Woman charged with murder of toddler")
_ALWAYS_TRANSITIVE = word_list("patterns", "ALWAYS_TRANSITIVE")
# what may follow those verbs in a headline's passive; "shot at the car", "charged at the police" are active
_HEADLINE_PASSIVE_PREPS = {"shoot": {"dead", "in", "during", "near", "outside", "by", "after", "on"},
                           "charge": {"with", "over", "in", "after"},
                           # "Man sent to prison for fraud" (session 48 arr52); "sent back", "sent home" are no headline's
                           "send": {"to"}}


def _misread_place_object(tok: Token) -> bool:
    """"Protesters arrested outside embassy": the small parse reads a bare place word after the verb (word list
    MISREAD_PLACE_PREPS: outside, inside, near ...) as an adjective and its noun as the verb's object; a singular
    noun with no determiner cannot be an active verb's object, so it is a place phrase (session 47 arr51, as
    events/seat_sites reads it). "Police arrested outside agitators" keeps its plural object."""
    if tok.dep_ not in ("dobj", "obj") or tok.tag_ not in ("NN", "NNP") or any(
            d.dep_ in ("det", "poss", "nummod") for d in children(tok)):
        return False        # "Police arrested outside agitators": a plural (or a determiner) can be an object
    return any(m.dep_ in ("amod", "advmod") and m.i < tok.i and m.i == min(d.i for d in tok.subtree)
               and m.lower_ in _MISREAD_PLACE_PREPS for m in children(tok))


_MISREAD_PLACE_PREPS = word_list("patterns", "MISREAD_PLACE_PREPS")


def _dative_to(tok: Token) -> bool:
    """"Man sent to prison for fraud": the small parse may label the preposition "to" itself a dative; with its own
    object it is a to-phrase, no indirect object the verb was given (session 48 arr52)."""
    return tok.dep_ == "dative" and tok.lower_ == "to" and any(c.dep_ == "pobj" for c in children(tok))
_HEADLINE_ING_ADJECTIVES = word_list("patterns", "HEADLINE_ING_ADJECTIVES")


def gerund_headline(tok: Token) -> bool:
    """"Fleeing suspect arrested", "Speeding driver charged": a headline the small parse reads as an -ing verb
    (the root, first word of the sentence, with no subject or auxiliary) taking the noun as its object, and the
    past participle as a modifier of that noun. The -ing word is the noun's adjective; the participle is the
    headline's passive, read as one on the root (session 48 arr52). "Chasing the gunman wounded in the raid" has a
    determiner before the noun and is prose; the -ing word must be one of word list HEADLINE_ING_ADJECTIVES
    ("Remembering students arrested in 1989" is a verb with its object)."""
    noun = tok.head
    root = noun.head
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or noun.dep_ not in ("dobj", "obj") or root.dep_ != "ROOT" \
            or root.tag_ != "VBG" or root.i != root.sent.start or noun.left_edge.i != root.i + 1 \
            or root.lower_ not in _HEADLINE_ING_ADJECTIVES:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "det", "poss")
                   for c in [*children(root), *children(noun)])


def _headline_participle(verb: Token) -> bool:
    """A past form the small model tagged as a past tense (VBD) that can only be a passive participle: an
    always-transitive verb with a subject but no object ("Soldiers killed in ambush"), where an active verb
    with its object left out would be ungrammatical (round 12)."""
    lemma = verb.lemma_.lower()
    if lemma not in _ALWAYS_TRANSITIVE:
        return False
    if any(c.dep_ == "conj" and any(g.dep_ in ("dobj", "obj") for g in children(c)) for c in children(verb)):
        return False        # "Police detained and deported forty migrants": the object is shared
    allowed = _HEADLINE_PASSIVE_PREPS.get(lemma)
    if allowed is not None:
        after = [c for c in children(verb) if c.i > verb.i and (c.dep_ in ("prep", "oprd", "acomp", "advmod", "conj")
                                                               or _dative_to(c))
                 and not (c.dep_ == "advmod" and c.lower_ in _HEADLINE_PASSIVE_ADVERBS)]   # "shot twice in" (session 30)
        # "shot dead in", "charged with"; "shot and killed" (a coordinated participle)
        if after and lemma == "shoot" and after[0].lower_ == "with":
            return not _armed_subject(verb)     # "Cyclist shot with air rifle"; "Troops shot with live rounds"
        return bool(after) and (after[0].lower_ in allowed or after[0].dep_ == "conj" and after[0].tag_ == "VBN")
    return True


def _armed_subject(verb: Token) -> bool:
    """The verb's subject is armed men (noun set ARMED: police, troops, gunmen ...), who shoot rather than
    get shot in a headline's "<subject> shot with <weapon>" (round 18)."""
    from newsgraph.events.patterns import noun_sets      # (patterns does not import roles)
    armed = noun_sets()["ARMED"]
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in armed for c in children(verb))


def _retained_sum(verb: Token) -> bool:
    """"was sentenced to two years, fined $500 and ordered to pay": the small model tags a participle coordinated
    with a passive as a past tense when it keeps its second object, a sum or number ("fined $500", "awarded
    $2,000"); with no subject of its own, the sum is no object of an active verb (session 30)."""
    if verb.tag_ != "VBD" or not verb.lower_.endswith("ed"):
        return False
    objs = [c for c in children(verb) if c.dep_ in ("dobj", "obj")]
    return bool(objs) and not any(c.dep_ in ("nsubj", "dative") for c in children(verb)) and all(
        o.like_num or o.ent_type_ == "MONEY" or any(g.tag_ == "$" for g in children(o)) for o in objs)


def _participle_form(verb: Token) -> bool:
    """A past participle, or a regular "-ed" form (or an irregular one that is a participle too, word list
    SAME_FORM_PARTICIPLES: "was arraigned ... and held without bail"; session 41 crime45) the small model tagged as a
    past tense although it has neither subject nor object of its own ("were caught by police and deported to
    Mexico")."""
    if verb.tag_ == "VBN":
        return True
    return verb.tag_ == "VBD" and (verb.lower_.endswith("ed") or verb.lower_ in _SAME_FORM_PARTICIPLES) \
        and not any(c.dep_ in ("nsubj", "dobj", "obj", "dative") for c in children(verb))


def stranded_agents(verb: Token) -> list[Token]:
    """"was taken into custody by Chicago police", "was sentenced to two years in jail at the courthouse by Judge
    X": the parse hangs the passive's "by" phrase on the last noun of the verb's own prepositional phrases, not
    on the verb, or on a name in apposition to that noun; the objects of that "by" (the verb's prepositional phrases
    followed at most three deep, not through a phrase of reason or topic, NOT_STRANDING_PREPS). As with
    agent_of, "was assaulted and hit with a stone by a woman" gives the first participle the last one's phrase."""
    out: list[Token] = []
    verbs = [verb] + [c for c in children(verb) if c.dep_ == "conj" and c.i > verb.i and is_passive(c)]
    frontier = [c for v in verbs for c in children(v) if c.dep_ == "prep" and c.lower_ != "by"
                and c.lower_ not in _NOT_STRANDING]
    for _ in range(3):
        nouns = [o for pr in frontier for o in children(pr) if o.dep_ == "pobj"]
        # "abducted outside the capital Sanaa by rebels": the "by" may hang on the name in apposition to the
        # phrase's noun (session 46 vio50)
        nouns += [a for o in nouns for a in children(o) if a.dep_ == "appos"]
        frontier = []
        for n in nouns:
            for pr in children(n):
                if pr.dep_ != "prep" or pr.lower_ in _NOT_STRANDING:
                    continue
                if pr.lower_ == "by":
                    out += [o for o in children(pr) if o.dep_ == "pobj"]
                else:
                    frontier.append(pr)
    return out


# prepositions of a reason or topic: a "by" below them names the doer of what they name ("was detained over a
# post by a rival gang"; review13)
_NOT_STRANDING = word_list("patterns", "NOT_STRANDING_PREPS")


# verbs of giving whose passive keeps the thing given as direct object ("was granted a loan", "was promised arms")
_PASSIVE_GIVING_VERBS = word_list("patterns", "PASSIVE_GIVING_VERBS")


def passive_gift(verb: Token) -> Token | None:
    """The direct object a passive verb of giving keeps ("Pakistan was granted a $1 billion loan", "Ukraine was
    promised more air defence systems"): the thing given, its passive subject being the recipient; None for any
    other verb or when the passive has no direct object or no passive subject (session 36 coop39)."""
    if verb.lemma_.lower() not in _PASSIVE_GIVING_VERBS:
        return None
    kids = list(children(verb))
    if not any(c.dep_ == "nsubjpass" for c in kids):
        return None
    return next((c for c in kids if c.dep_ in ("dobj", "obj")), None)
