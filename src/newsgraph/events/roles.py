"""Who did it and to whom: source and target phrases of a trigger, read off the dependency parse.

Handles active and passive voice ("was welcomed by"), coordinated subjects and objects (both
conjuncts), subjects shared by coordinated or controlled verbs ("vowed to build", "is scheduled
to visit"), relative clauses ("the treaty that the two ministers had signed"), and the noun-phrase
slots of nominal events ("his visit to", "talks between X and Y", "held talks with").
Only phrase heads are returned; actors are looked up by the caller (newsgraph.actors).
"""
from __future__ import annotations

from spacy.tokens import Token
from newsgraph.datafile import word_list
from newsgraph.nlp.cache import children

# Prepositions whose object can be the target of an event (checked in this order).
TARGET_PREPS = ("with", "to", "against", "on", "at", "upon", "into", "toward", "towards", "for", "from",
                "over", "onto")
# what a shot, a launch or an attack was aimed at ("fired at the capital"; "into" is left out: "fired two missiles
# into the sea" names where they fell)
AIMED_PREPS = ("at", "on", "upon", "against", "toward", "towards")
RELATIVE = word_list("patterns", "RELATIVE_PRONOUNS")
# verbs whose -ing complement is the subject's own act ("kept hitting the troops"), never a participle
# describing the noun after it ("told visiting officials")
ASPECTUAL = word_list("patterns", "ASPECTUAL")
# prepositions whose object is the one asked to act: "called on X to", "prevailed upon X to"
CONTROL_PREPS = ("on", "upon")


def conjuncts(tok: Token) -> list[Token]:
    """The token and every token coordinated with it ("South Korea and Japan" -> both)."""
    out = [tok]
    kids = list(children(tok))
    if tok.pos_ == "ADP":   # a first name mis-tagged as a preposition ("Barack" -> pobj "Obama")
        kids += [g for c in kids if c.dep_ == "pobj" for g in children(c)]
    for c in kids:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM"):
            out.extend(conjuncts(c))
        elif c.dep_ == "appos" and any(g.dep_ in ("cc", "conj") for g in children(c)):
            out.extend(conjuncts(c))     # "The US, Russia, and Switzerland": a list parsed as apposition
    pair = headline_pair(tok)
    if pair is not None and pair not in out:
        out.append(pair)
    return out


_PAIR_ENTS = ("GPE", "ORG", "NORP")
_CLOSING = (".", "!", "?", '"', "'", "”", ")")


def headline_pair(tok: Token) -> Token | None:
    """"Armenia, Azerbaijan hold border talks", "Israel, Hamas agree to truce": in a line with no closing
    punctuation (a headline), the name of a state or body that opens the line and is set before the subject
    `tok` by a comma is a second subject, as "and" would be (convention headline-pairs, session 36 coop39). The
    last token of that name, or None."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.ent_type_ not in _PAIR_ENTS or tok.i < 2:
        return None
    sent = tok.sent
    doc = tok.doc
    last = sent[-1]
    if last.text in _CLOSING or last.is_punct and last.text != ",":
        return None
    first = tok
    while first.i > sent.start and doc[first.i - 1].ent_iob_ == "I" and doc[first.i - 1].ent_type_ == tok.ent_type_:
        first = doc[first.i - 1]
    comma = first.i - 1
    if comma <= sent.start or doc[comma].text != ",":
        return None
    other = doc[comma - 1]
    if other.ent_type_ not in _PAIR_ENTS or other.pos_ != "PROPN":
        return None
    start = other.i
    while start > sent.start and doc[start].ent_iob_ == "I":
        start -= 1
    if start != sent.start and not (start == sent.start + 1 and doc[sent.start].lower_ == "the"):
        return None         # the name must open the line
    if any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start:tok.i]):
        return None
    return other


def in_apposition(tok: Token) -> bool:
    """The token is (a conjunct of) a description in apposition to another noun ("David Marcus, a consultant
    and former adviser"); a list of names parsed as apposition ("Cardin, Warner and Kaine") is no description,
    but a name with an article is ("Dr Lee, the Federal Aviation Administration director":
    round 13)."""
    for _ in range(6):
        if tok.dep_ == "appos":
            return tok.pos_ != "PROPN" or any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in children(tok))
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def lemmas(tok: Token) -> set[str]:
    """The lemma and the regular base forms of a word: the small model mis-lemmatises some
    verbs ("staged" -> "stag"), so "-ed/-ing/-s" forms are also tried."""
    low = tok.lower_
    out = {tok.lemma_.lower(), low}
    if low.endswith("ed") and len(low) > 4:
        out |= {low[:-2], low[:-1]}
        if len(low) > 5 and low[-3] == low[-4]:
            out.add(low[:-3])                # "stopped" -> "stop"
    elif low.endswith("ing") and len(low) > 5:
        out |= {low[:-3], low[:-3] + "e"}
    elif low.endswith("ies") and len(low) > 4:
        out.add(low[:-3] + "y")
    elif low.endswith("s") and len(low) > 3:
        out |= {low[:-1], low[:-2] if low.endswith("es") else low[:-1]}
    return with_solid_co(out)


def with_solid_co(words: set[str]) -> set[str]:
    """The words and, for each spelt "co-...", its solid spelling: "co-operate", "co-ordinated" (kept one token,
    nlp/model.py) are the same words as "cooperate", "coordinated"."""
    return words | {"co" + w[3:] for w in words if w.startswith("co-")}


def lemma_variants(tok: Token) -> list[str]:
    """lemmas(tok) in a fixed order, longest (least stripped) first: "staged" tries "stage" before "stag".
    A set's order changes between processes, so a lookup that takes the first hit must use this."""
    return sorted(lemmas(tok), key=lambda w: (-len(w), w))


def is_passive(verb: Token) -> bool:
    cache = verb.doc.user_data.setdefault("_ng_passive", {})
    found = cache.get(verb.i)
    if found is None:
        found = cache[verb.i] = any(c.dep_ in ("nsubjpass", "auxpass") for c in children(verb)) or (
            verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN" and not misread_predicate(verb)) or reduced_passive(verb) or (
            # "were charged and arrested": a participle coordinated with a passive verb shares its voice
            verb.dep_ == "conj" and (_participle_form(verb) or _retained_sum(verb))
            and not any(c.dep_ == "nsubj" for c in children(verb))
            and verb.head.i != verb.i and is_passive(verb.head) and not _calls_on(verb)
            and not _judges_object(verb)) or complement_participle(verb)
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
               for c in children(verb)) or _lone_predicate(verb)


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


def root_noun_predicate(verb: Token) -> Token | None:
    """"Officers responding to a call shot a man": the small model makes the subject noun the sentence's root,
    the participle its modifier, and hangs the finite verb, with its object, low inside the participle's phrase
    (acl or pcomp, sometimes with a subject taken from that phrase: "calls about a man ... shot a teenager"). A
    past-tense verb there is the root noun's predicate; the noun did it (session 20)."""
    if verb.tag_ != "VBD" or verb.dep_ not in ("acl", "pcomp") or not any(
            c.dep_ in ("dobj", "obj") for c in children(verb)):
        return None
    t = verb.head
    for _ in range(8):
        doer = _participle_doer(t)
        if doer is not None and doer.i < t.i < verb.i:
            if all(t.i < c.i < verb.i for c in children(verb) if c.dep_ == "nsubj"):
                return doer
            return None
        if t.dep_ not in ("pobj", "prep", "acl", "pcomp", "dobj") or t.head.i == t.i:
            return None
        t = t.head
    return None


_PREVENTING = word_list("patterns", "PREVENTING_VERBS")
_ACTIVE_WITH_OBJECT = word_list("patterns", "ACTIVE_WITH_OBJECT_VERBS")   # (round36, _judges_object)
_WARNED_AGAINST = word_list("patterns", "WARNED_AGAINST_VERBS")
_SUMMONING = word_list("patterns", "SUMMONING_VERBS")
_SUMMONS_PURPOSES = word_list("patterns", "SUMMONS_PURPOSES")
SAYING_HEADS = word_list("patterns", "SAYING_HEADS")    # verbs whose reported clause an appeal follows (and
                                                        # whose aside criticises: verb_roles.speaker_aside)
_COORDINATED_APPEALS = word_list("patterns", "COORDINATED_APPEALS")   # "said X and urged Y to ..." (session 24)
# "said the drills were a warning and criticised Washington": a judgement or protest coordinated with the reported
# clause the same way is the speaker's too (round36, session 35 multi38)
_COORDINATED_SPEAKER_ACTS = _COORDINATED_APPEALS | frozenset(word_list("patterns", "COORDINATED_SPEAKER_ACTS"))
# "said India had violated the ceasefire and summoned the Indian envoy": after a reported perfect, as a plain appeal
_PERFECT_SPEAKER_ACTS = word_list("patterns", "PERFECT_SPEAKER_ACTS")


def _summoned_to_hear(head: Token, verb: Token) -> bool:
    """"Seoul summoned Russia's ambassador to protest the treaty": the envoy is called in to hear the protest, which
    the summoning state makes (SUMMONING_VERBS, SUMMONS_PURPOSES; session 32); "summoned him to explain" stays his."""
    return head.lemma_.lower() in _SUMMONING and verb.lemma_.lower() in _SUMMONS_PURPOSES


def kept_from(verb: Token) -> list[Token]:
    """"Police stopped the protesters from marching", "barred the minister from travelling": the object of a
    verb of preventing is the subject of its from-gerund (session 20); likewise the object of a verb of warning
    of its against-gerund ("warned Oslo against sending troops": Oslo would send them; session 32)."""
    head = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG":
        return []
    verbs = _PREVENTING if head.lower_ == "from" else _WARNED_AGAINST if head.lower_ == "against" else frozenset()
    if head.head.lemma_.lower() not in verbs:
        return []
    return direct_objects(head.head)


def _participle_doer(t: Token) -> Token | None:
    """The noun a participle at the top of the sentence describes: the root noun it modifies ("officers
    responding ..."), or the subject of a participle the parse made the root with no auxiliary ("officers
    answering calls ..." is no clause of its own)."""
    if t.tag_ != "VBG":
        return None
    if t.dep_ == "acl" and t.head.dep_ == "ROOT" and t.head.pos_ in ("NOUN", "PROPN"):
        return t.head
    if t.dep_ == "ROOT" and not any(c.dep_ in ("aux", "auxpass") for c in children(t)):
        return next((c for c in children(t) if c.dep_ == "nsubj"), None)
    return None


def participle_clause_subject(subject: Token) -> Token:
    """"officers responding to a call shot a man": the parse may make the participle the verb's clausal
    subject; the participle's own subject did the act."""
    if subject.dep_ == "csubj" and subject.tag_ == "VBG":
        return next((c for c in children(subject) if c.dep_ == "nsubj"), subject)
    return subject


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
    kids = [c.dep_ for c in children(verb) if not (c.dep_ == "aux" and c.lower_ in _MISREAD_AUXILIARIES)]
    kids += ["nsubj" for _ in misread_aux_subjects(verb)]      # the subject may hang on that "found"
    if not ("nsubj" in kids and not any(d in ("aux", "auxpass", "dobj", "obj", "dative", "ccomp", "xcomp")
                                        for d in kids)):
        return False
    if _force_charging(verb) or _ergative_with_article(verb):
        return False
    if verb.tag_ == "VBD" and verb.dep_ == "conj" and lemma in _ALWAYS_TRANSITIVE:
        return True         # "men were shot and women raped": a verb that always takes an object, left without one
    return verb.tag_ == "VBN" or _headline_participle(verb)


_ERGATIVE_VERBS = word_list("patterns", "ERGATIVE_VERBS")
_MISREAD_AUXILIARIES = word_list("patterns", "MISREAD_AUXILIARIES")
_HEADLINE_PASSIVE_ADVERBS = word_list("patterns", "HEADLINE_PASSIVE_ADVERBS")
_PROTEST_DOING_VERBS = word_list("patterns", "PROTEST_DOING_VERBS")


def misread_aux_subjects(verb: Token) -> list[Token]:
    """The subject the small model hangs on a verb of finding it made an auxiliary ("Man found fatally shot":
    "Man" is the subject of "found", which is the aux of "shot"; session 30)."""
    return [g for c in children(verb) if c.dep_ == "aux" and c.lower_ in _MISREAD_AUXILIARIES
            for g in children(c) if g.dep_ == "nsubj"]


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
                           "charge": {"with", "over", "in", "after"}}


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
        after = [c for c in children(verb) if c.i > verb.i and c.dep_ in ("prep", "oprd", "acomp", "advmod", "conj")
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
    """A past participle, or a regular "-ed" form the small model tagged as a past tense although it has
    neither subject nor object of its own ("were caught by police and deported to Mexico")."""
    if verb.tag_ == "VBN":
        return True
    return verb.tag_ == "VBD" and verb.lower_.endswith("ed") \
        and not any(c.dep_ in ("nsubj", "dobj", "obj", "dative") for c in children(verb))


def participle_modifier(verb: Token) -> Token | None:
    """The noun an -ing participle describes ("visiting officials" -> officials), also where the small
    model parses it as the complement of the verb before it ("told visiting officials"); else None."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "amod" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() not in ASPECTUAL \
            and not any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in children(verb.head)) \
            and not any(c.dep_ == "oprd" for c in children(verb)):
        # (round25: "regretted calling the minister a liar": an -ing verb with an object predicate of its own
        # is a verb with its object, not a participle describing it)
        # (round 14: "police were seen beating demonstrators": after a passive, the -ing verb is what the
        # passive's subject was seen doing)
        objs = [c for c in children(verb) if c.dep_ == "dobj" and c.i > verb.i]
        # the object follows at once, with only its own modifiers between: "told visiting Ugandan officials"
        # (session 28 appeal29: a determiner right after it, "ruled out meeting the leader", opens the verb's object:
        # a participle describing a noun comes after the noun's determiner, "told the visiting officials")
        if objs and all(t.head.i == objs[0].i and t.dep_ in ("compound", "amod", "det", "nummod")
                        for t in verb.doc[verb.i + 1:objs[0].i]) \
                and not (verb.i + 1 < objs[0].i and verb.doc[verb.i + 1].dep_ == "det"):
            return objs[0]
    return None


def _resolve_relative(tok: Token, verb: Token) -> Token:
    if tok.lower_ in RELATIVE and verb.dep_ == "relcl":
        head = verb.head
        # "Jane Smith, the MP for Leeds, who backs the bill": the parse hangs a "who" clause on the place ending
        # the phrase before it; a place is no "who", so the clause is about the noun the place's phrase hangs on,
        # or about the name that noun is in apposition to (session 30 coop31)
        if tok.lower_ == "who" and head.ent_type_ in ("GPE", "LOC", "FAC") and head.dep_ == "pobj" \
                and head.head.dep_ == "prep" and head.head.head.pos_ in ("NOUN", "PROPN"):
            noun = head.head.head
            head = noun.head if noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN") else noun
        return head
    return tok


def agent_of(verb: Token) -> list[Token]:
    return [gc for c in children(verb) if c.dep_ == "agent" for gc in children(c) if gc.dep_ == "pobj"]


def stranded_agents(verb: Token) -> list[Token]:
    """"was taken into custody by Chicago police", "was sentenced to two years in jail at the courthouse by Judge
    X": the parse hangs the passive's "by" phrase on the last noun of the verb's own prepositional phrases, not
    on the verb; the objects of that "by" (the verb's prepositional phrases followed at most three deep, not
    through a phrase of reason or topic, NOT_STRANDING_PREPS). As with
    agent_of, "was assaulted and hit with a stone by a woman" gives the first participle the last one's phrase."""
    out: list[Token] = []
    verbs = [verb] + [c for c in children(verb) if c.dep_ == "conj" and c.i > verb.i and is_passive(c)]
    frontier = [c for v in verbs for c in children(v) if c.dep_ == "prep" and c.lower_ != "by"
                and c.lower_ not in _NOT_STRANDING]
    for _ in range(3):
        nouns = [o for pr in frontier for o in children(pr) if o.dep_ == "pobj"]
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


_DASHES = frozenset({"-", "–", "—", "--"})


def past_label(tok: Token) -> Token:
    """A capitalised section label run into its first entry ("ARRESTS – A man, 30, was arrested ...",
    a police blotter) is parsed as the subject; the phrase after the dash is the real one."""
    text = tok.text
    if len(text) < 4 or not text.isalpha() or not text.isupper() or tok.i + 1 >= len(tok.doc) \
            or tok.doc[tok.i + 1].text not in _DASHES:
        return tok
    after = [c for c in children(tok) if c.dep_ in ("appos", "conj") and c.i > tok.i + 1]
    return after[0] if after else tok


# what a body issues in its own name: a participle on it speaks for the issuer
_UTTERANCES = word_list("patterns", "UTTERANCES")


_USING_VERBS = word_list("patterns", "USING_VERBS")


def _instrument(head: Token, objs: list[Token]) -> bool:
    """"used tear gas to disperse the crowd": the object of a verb of using is the means, and the user does
    what the to-clause says; not when the object is a force or a named body ("used the army to crush the
    revolt": the army crushes it; noun set ARMED)."""
    from newsgraph.events.patterns import noun_sets     # patterns reads data files; roles stays a parse module
    if head.lemma_.lower() not in _USING_VERBS:
        return False
    armed = noun_sets()["ARMED"]
    # ("used force to disperse the crowd": force used is the means, not an armed body; session 34 thr37)
    return not any(o.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or (o.lemma_.lower() in armed and not force_means(o))
                   for o in objs)


_FORCE_MEANS_NOUNS = word_list("patterns", "FORCE_MEANS_NOUNS")


def force_means(o: Token) -> bool:
    """"used force", "excessive force", "military force", "the force of arms": force as what is used, the means of
    an act, never a side nor a body that acts: a singular noun of word list FORCE_MEANS_NOUNS with no compound or
    possessive and no indefinite article ("the air force", "a task force", "its market force", "the labour force"
    stay bodies; session 34 thr37)."""
    if o.lemma_.lower() not in _FORCE_MEANS_NOUNS or o.tag_ != "NN" or o.ent_type_:
        return False
    return not any(c.dep_ in ("compound", "poss", "nmod") or (c.dep_ == "det" and c.lower_ in ("a", "an"))
                   for c in children(o))


def fronted_description(found: list[Token]) -> list[Token]:
    """"A teacher at the village school, Musa was detained", "A veteran of two wars, Kovacs said ...": the parse
    gives the verb two subjects, a described role and, after a comma, the name it describes; the name is the
    subject and the description only says who that is (session 21). Other lists are returned as they are."""
    if len(found) < 2:
        return found
    first, second = found[0], found[1]
    doc = first.doc
    if (first.pos_ == "NOUN" and second.pos_ == "PROPN" and second.ent_type_ and first.i < second.i
            and second.left_edge.i > 0 and doc[second.left_edge.i - 1].text == ","
            and first.right_edge.i < second.left_edge.i):
        return found[1:]
    return found


_PLAIN_APPEALS = frozenset({"urge", "demand", "call", "appeal", "ask", "press", "implore"})


def _appeal_after_perfect(reported: Token, appeal: Token) -> bool:
    """A plain past appeal ("urged") after a reported perfect ("had entered", "have crossed") with no auxiliary
    of its own: the tenses differ, so the appeal does not share the perfect's auxiliary and is not the reported
    doer's act but the speaker's (session 28); threats, vows and accusations stay with the reported doer."""
    return appeal.tag_ == "VBD" and appeal.lemma_.lower() in _PLAIN_APPEALS | _PERFECT_SPEAKER_ACTS \
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in children(reported)) \
        and not any(c.dep_ in ("aux", "auxpass") for c in children(appeal))


_APPOSITIVE_ACT_NOUNS = word_list("patterns", "APPOSITIVE_ACT_NOUNS")


def appositive_noun(clause: Token) -> Token | None:
    """The noun a relative or participle clause describes when that noun is set off after a clause, by a comma or as
    "in a move": "Russia expelled two envoys, a move that Tallinn condemned", "closed the crossing in a move condemned
    by the UN", "..., a decision welcomed by traders" -- such a noun (word list APPOSITIVE_ACT_NOUNS) names the
    clause's own act; None otherwise (session 36 lead)."""
    noun = clause.head
    if clause.dep_ not in ("relcl", "acl") or noun.i >= clause.i or noun.lemma_.lower() not in _APPOSITIVE_ACT_NOUNS:
        return None
    host = noun.head
    if noun.dep_ == "appos" and host.dep_ in ("nsubj", "nsubjpass") and host.head.i < noun.i:
        host = host.head        # (the parse may hang the move on the clause's subject, far back)
    if host.pos_ not in ("VERB", "AUX", "ADP") or host.i > noun.i:
        return None
    if noun.dep_ == "pobj" and host.lower_ == "in":
        return noun
    first = noun.left_edge
    return noun if first.i > 0 and noun.doc[first.i - 1].text in (",", "\u2014", "-", "\u2013") else None


_CONVEYANCES = word_list("patterns", "CONVEYANCES")
_CARRYING_VERBS = word_list("patterns", "CARRYING_VERBS")


def carried_people(noun: Token) -> list[Token]:
    """"opened fire on a bus carrying pilgrims", "ambushed a convoy transporting soldiers": the people a conveyance
    carries are whom an attack on it is aimed at -- the objects of its carrying participle; [] for any other noun
    (session 36 lead)."""
    if noun.lemma_.lower() not in _CONVEYANCES:
        return []
    return [o for c in children(noun) if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in _CARRYING_VERBS
            for o in children(c) if o.dep_ in ("dobj", "obj")]


def subjects(verb: Token, depth: int = 0) -> list[Token]:
    """Heads of the phrase(s) that did the action of `verb` (logical subject)."""
    if depth > 5:
        return []
    described = participle_modifier(verb)
    if described is not None:
        return [described]    # "visiting officials": the officials visit
    if misread_predicate(verb):
        return [verb.head]    # "A man stabbed and killed his neighbour": the man stabbed
    doer = root_noun_predicate(verb)
    if doer is not None:
        return [doer]         # "Officers responding to a call shot a man": the officers shot
    kept = kept_from(verb)
    if kept:
        return kept           # "blocked lawyers from visiting him": the lawyers would have visited
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.lemma_.lower() in _UTTERANCES \
            and head.dep_ == "dobj" and head.head.pos_ == "VERB":
        # "the embassy issued a statement condemning the violence": the embassy condemns
        return subjects(head.head, depth + 1)
    if is_passive(verb):
        found = agent_of(verb)
        gift = passive_gift(verb)
        if not found and gift is not None:
            # "was granted a loan by the IMF", "was promised arms by Germany": the giver's "by" phrase, which the
            # parse hangs on the verb as a plain preposition or on the thing given (session 36 coop39)
            found = [o for t in (verb, gift) for c in children(t) if c.dep_ == "prep" and c.lower_ == "by"
                     for o in children(c) if o.dep_ == "pobj"]
        if not found:
            # "was shot and killed by police": the agent hangs on the last of the coordinated participles
            found = [a for c in children(verb) if c.dep_ == "conj" and c.i > verb.i and is_passive(c)
                     for a in agent_of(c)]
        if not found and (verb.dep_ in ("pcomp", "advcl", "xcomp") or complement_participle(verb)):
            # "returned home after being deported", "was found shot", "are believed to have been killed" (a
            # passive complement, session 18): the governing subject is the patient
            return []
    else:
        found = fronted_description(
            [participle_clause_subject(c) for c in children(verb) if c.dep_ in ("nsubj", "csubj")])
        if not found:
            # "The minister is reassuring voters that ...": the small model may hang the subject on the
            # auxiliary (round 15)
            found = [g for a in children(verb) if a.dep_ == "aux" and a.i < verb.i
                     for g in children(a) if g.dep_ == "nsubj"]
    found = [past_label(_resolve_relative(t, verb)) for t in found]
    if found:
        return found
    head = verb.head
    if head.i == verb.i:
        return []
    if verb.dep_ == "conj":
        if is_passive(verb) and head.pos_ in ("VERB", "AUX") and not is_passive(head) \
                and any(c.dep_ == "auxpass" for c in children(verb)):
            # "surrendered to police and were detained", "resisted but was arrested": the active verb's subject
            # suffered the passive act; the passive names no doer of its own (round 21)
            return []
        if is_passive(verb) and (head.pos_ == "ADJ" or (head.lemma_ == "be" and not any(
                c.dep_ == "auxpass" for c in children(verb)))):
            # "leaving 120 people dead and 900 injured", "25 people are dead and dozens injured": a participle
            # coordinated with a state names who suffered, and the state no doer (session 21)
            return []
        if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "obj") and verb.pos_ == "VERB":
            # "used water cannon to clear the square and kicking students": a verb the parse coordinates with
            # an object noun is coordinated with the verb of that object (round 14)
            return subjects(head.head, depth + 1)
        if head.dep_ == "ccomp" and is_passive(head) and not is_passive(verb) and head.head.i != head.i:
            # "said the fires were started by arsonists and called on the police to ...": an active verb the
            # parse coordinates with a passive complement clause goes with the verb that clause hangs on (round 14)
            return subjects(head.head, depth + 1)
        if head.dep_ == "ccomp" and head.head.i != head.i and head.head.lemma_.lower() in SAYING_HEADS \
                and verb.lemma_.lower() in _COORDINATED_SPEAKER_ACTS and verb.i > head.i \
                and (head.lemma_ == "be" or any(c.dep_ == "aux" and c.lemma_ == "be" for c in children(head))
                     or _appeal_after_perfect(head, verb)) \
                and any(c.dep_ in ("ccomp", "xcomp", "prep", "dobj") for c in children(verb)):
            # "Moscow said the sanctions were illegal and urged Brussels to lift them", "said that NATO was
            # hyping it up and demanded that the alliance stop": an appeal the parse coordinates with a reported
            # state (a "be" clause or a progressive) is the speaker's second act (session 24); after a reported
            # deed ("said the suspect fled and threatened a witness") the deed's doer keeps it; after a reported
            # perfect, a plain past appeal is the speaker's ("said the boats had entered its waters and urged Manila
            # to stop", session 28: _appeal_after_perfect)
            return subjects(head.head, depth + 1)
        reporter = thing_clause_reporter(verb, depth)
        if reporter is not None:
            return subjects(reporter, depth + 1)
        return _passive_patient(head, verb) or subjects(head, depth + 1)
    if verb.dep_ == "xcomp":
        # object control: "urged X to support" -> X; subject control: "vowed to build" -> subject
        obj = [c for c in children(head) if c.dep_ in ("dobj",)] or [
            o for o in prep_objects(head, CONTROL_PREPS) if o.ent_type_ not in ("DATE", "TIME")]
        if obj and head.lemma_.lower() not in ("promise", "offer", "threaten", "vow", "pledge") \
                and not _instrument(head, obj) and not _summoned_to_hear(head, verb):
            return obj      # ("called on the government to withdraw": the government withdraws)
        if is_passive(head):
            # "Obama is scheduled to attend": the passive subject controls the complement
            subj = [c for c in children(head) if c.dep_ == "nsubjpass"]
            if subj:
                return subj
        return subjects(head, depth + 1)
    if verb.dep_ == "acl" and _intent_word(head, "NOUN") and to_infinitive(verb):
        # "expressed readiness to hold talks", "Japan's offer to host": the one whose intent the noun names acts
        # (round 19), not the noun
        if possessors(head):
            return possessors(head)
        return subjects(head.head, depth + 1) if head.dep_ in ("dobj", "obj") and head.head.pos_ == "VERB" else []
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in _DEAL_NOUNS and to_infinitive(verb) \
            and head.dep_ in ("dobj", "obj") and head.head.pos_ == "VERB":
        # "signed a contract to purchase 40 jets": the one who made the deal does what it is for (session 23)
        return subjects(head.head, depth + 1)
    if verb.dep_ in ("relcl", "acl") and not is_passive(verb):
        return [head] if head.pos_ in ("NOUN", "PROPN", "PRON") else []
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VB"):
        if verb.tag_ == "VBG" and head.dep_ == "xcomp" and to_infinitive(head) and head.head.i != head.i \
                and verb.i > head.i and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
                and any(c.dep_ in ("dobj", "obj") and c.i < head.i for c in children(head.head)):
            # "ordered the ambassador to leave, accusing Paris of meddling": a participle set off by a comma after
            # an infinitive another was told to do is the teller's act, not the one told (round35)
            return subjects(head.head, depth + 1)
        act = accused_participle_act(verb)
        if act is not None:
            return accused_of(act)  # "accused the coast guard of ramming a boat, injuring four sailors"
        return subjects(head, depth + 1)
    if verb.dep_ == "acomp" and (_intent_word(verb, "ADJ") or verb.lemma_.lower() in _SCHEDULE_ADJECTIVES):
        # "Ghana is willing to cooperate": the adjective's subject hangs on the copula (round 19); so does that of
        # "Erdogan is due to visit Moscow", "Japan is likely to sign" (session 33 coop35)
        return subjects(head, depth + 1)
    if verb.dep_ in ("pcomp",) and head.head.i != head.i:
        accused = accused_of(verb)
        if accused is not None:
            return accused
        gov = head.head
        if gov.pos_ in ("ADV", "ADJ") and gov.dep_ in ("advmod", "amod", "advcl") and gov.head.i != gov.i:
            gov = gov.head      # "found drugs prior to transporting him to jail": "prior to" hangs on the verb (round 21)
        if gov.lemma_.lower() == "quote" and head.lower_ == "as" and not is_passive(gov):
            # "police quoted the driver as saying ...": the one quoted speaks (session 25)
            quoted = [c for c in children(gov) if c.dep_ == "dobj"]
            if quoted:
                return quoted
        patient = _passive_patient(gov, verb) if head.lower_ in _PATIENT_GERUND_PREPS else []
        return patient or subjects(gov, depth + 1)
    return []


def thing_clause_reporter(verb: Token, depth: int = 0) -> Token | None:
    """"The envoy said the vote showed how divided they were and warned that ...", "said the floods proved the
    dams were weak and urged ...": an appeal or warning the parse coordinates with a reported clause whose doer is
    a thing (a vote, a report, the dams) is the speaker's second act -- the verb of saying that reports the clause,
    whose subject does it and in whose mood it is (round35); None when the verb is no such appeal, the clause's
    doer is someone, or no verb of saying reports it."""
    head = verb.head
    if verb.dep_ != "conj" or head.i == verb.i or verb.i < head.i or verb.lemma_.lower() not in _COORDINATED_SPEAKER_ACTS \
            or not any(c.dep_ in ("ccomp", "xcomp", "prep", "dobj") for c in children(verb)) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb)):
        return None
    shared = subjects(head, depth + 1)
    if not shared or not all(a_thing(t) for t in shared):
        return None
    outer = head
    while outer.dep_ == "ccomp" and outer.head.i != outer.i and outer.head.lemma_.lower() not in SAYING_HEADS:
        outer = outer.head
    if outer.dep_ != "ccomp" or outer.head.i == outer.i or outer.head.lemma_.lower() not in SAYING_HEADS:
        return None
    return outer.head


_COMMENT_NOUNS = word_list("patterns", "COMMENT_NOUNS")


def comment_on_clause(clause: Token, verb: Token) -> bool:
    """"..., a charge Kabul denies", "..., an accusation China rejects": a verb after the clause, with an object of
    its own set off from the clause by a comma before it, is a comment on that clause, not the verb that reports or
    governs it (the small model makes the clause its complement; round35)."""
    objs = [c for c in children(verb) if c.dep_ in ("dobj", "obj") and clause.right_edge.i < c.i < verb.i]
    # "..., a charge Kigali has repeatedly denied": the small model makes the charge the verb's subject (session 35
    # lead)
    objs += [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass") and clause.right_edge.i < c.i < verb.i
             and (c.lemma_.lower() in _COMMENT_NOUNS and any(a.dep_ == "appos" for a in children(c))
                  or any(g.lemma_.lower() in _COMMENT_NOUNS and g.dep_ in ("amod", "compound", "nmod") and g.i < c.i
                         for g in children(c)))]
    if not objs:
        return False
    start = objs[0].left_edge.i
    return clause.right_edge.i < start and any(
        verb.doc[i].text == "," for i in range(clause.right_edge.i + 1, start))


_COUNTING_HEADS = word_list("patterns", "COUNTING_HEADS")


def a_thing(t: Token) -> bool:
    """A common noun that names no one (names_no_one); a quantity is what it counts ("tens of thousands of
    operations" are things, "thousands of people" are not)."""
    for _ in range(3):
        counted = [g for c in children(t) if c.dep_ == "prep" and c.lower_ == "of" for g in children(c)
                   if g.dep_ == "pobj"] if t.lemma_.lower() in _COUNTING_HEADS or t.pos_ == "NUM" else []
        if not counted:
            break
        t = counted[0]
    return names_no_one(t)


def names_no_one(t: Token) -> bool:
    """A common noun that names no one: not a person or group noun (noun set PERSONS, by lemma or form), a name or
    a nationality ("the new rules", not "the villagers", "the Hamas fighters")."""
    from newsgraph.events.patterns import noun_sets      # (patterns does not import roles)
    persons = noun_sets()["PERSONS"]
    return t.pos_ == "NOUN" and t.lemma_.lower() not in persons and t.lower_ not in persons \
        and t.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") \
        and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children(t))


_DEAL_NOUNS = word_list("patterns", "DEAL_NOUNS")
_SCHEDULE_ADJECTIVES = word_list("patterns", "SCHEDULE_ADJECTIVES")


_PATIENT_GERUND_PREPS = word_list("patterns", "PATIENT_GERUND_PREPS")


def _passive_patient(gov: Token, verb: Token) -> list[Token]:
    """The subject an active verb shares with the passive verb it is coordinated with or hangs on through a
    preposition: the passive's patient, not its "by" doer ("was joined on stage by X and joked ...", "was booed
    by fans after telling them ...", "was asked about it and said ...": the one joined, booed or asked speaks;
    session 25). [] when `gov` is no passive with a subject of its own, or `verb` is itself passive."""
    if is_passive(verb) or not is_passive(gov):
        return []
    while gov.dep_ == "conj" and gov.head.i != gov.i and is_passive(gov.head) \
            and not any(c.dep_ == "nsubjpass" for c in children(gov)):
        gov = gov.head    # "was booed and shouted down by fans after telling ...": the first passive's subject
    if gov.dep_ == "relcl":
        return []         # "residents that have been inconvenienced and give ...": a misread conjunct
    return [past_label(_resolve_relative(c, gov)) for c in children(gov) if c.dep_ == "nsubjpass"]


_PLAN_VERBS = word_list("patterns", "PLAN_VERBS")


def _intent_word(tok: Token, pos: str) -> bool:
    """A noun or adjective of wanting, pledging or planning in intents.csv ("readiness", "offer", "willing", "plan":
    round 31, "unveiled a plan to fund the clinic" is the unveiler's)."""
    from newsgraph.events.patterns import WILL_KINDS, intent_verbs   # (patterns reads the data files: imported late)

    kind = intent_verbs().get(tok.lemma_.lower(), ("", ""))[1] if tok.pos_ == pos else ""
    if kind == "plan" and pos == "NOUN":
        return subjects_plan(tok)
    return kind in WILL_KINDS


def subjects_plan(noun: Token) -> bool:
    """A plan noun is its verb's subject's: the object of a verb of planning (word list PLAN_VERBS) with no proper
    name on it ("unveiled a plan to fund the clinic": the unveiler's; "disrupted a UN plan to return ...": not the
    disrupter's; round 31)."""
    return noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in _PLAN_VERBS \
        and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children(noun))


# verbs whose of/with/for phrase names an act of the one they accuse, charge or punish ("accused of killing")
_ACCUSATIONS = word_list("patterns", "ACCUSATIONS")
# verbs that praise, thank or fault someone for an act: the act after "for" is the object's ("praised the
# president for pressing for talks": the president pressed)
_JUDGED_FOR = word_list("patterns", "JUDGED_FOR")


def accused_participle_act(verb: Token) -> Token | None:
    """"accused the coast guard of ramming a boat, injuring four sailors": a participle set off by a comma after the
    act an accusation names (the parse hangs it on the verb of accusing) goes on that act -- its doer is the accused,
    and it is reported as the act is (session 35 lead). The act's gerund, or None."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    acts = [g for c in children(head) if c.dep_ == "prep" and c.i < verb.i
            for g in children(c) if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    return acts[-1] if acts and accused_of(acts[-1]) else None


def accused_of(verb: Token) -> list[Token] | None:
    """Who did the act a gerund names after "accused of", "charged with", "arrested for", "praised for": the
    accused (or praised), not the accuser -- the passive subject ("was charged with stabbing"), the noun a participle describes ("a man
    accused of killing") or the object ("accused the men of attacking"); None when the gerund is no such act."""
    prep = verb.head
    if verb.tag_ != "VBG" or prep.lower_ not in ("of", "with", "for") or prep.dep_ != "prep":
        return None
    charge = prep.head
    judges = _ACCUSATIONS | _JUDGED_FOR if prep.lower_ == "for" else _ACCUSATIONS
    if charge.dep_ in ("dobj", "obj") and charge.head.lemma_.lower() in judges:
        return [charge]     # the small model may hang "of attacking" on the object: "accused the men of ..."
    if charge.pos_ != "VERB" or charge.lemma_.lower() not in judges:
        return None
    if is_passive(charge):
        found = [c for c in children(charge) if c.dep_ == "nsubjpass"]
        if not found and charge.dep_ in ("acl", "amod"):
            found = [charge.head]
        return found
    return [c for c in children(charge) if c.dep_ in ("dobj", "obj")]


def _stolen_subject(verb: Token) -> list[Token]:
    """"a call reporting the boy had been assaulted": a finite passive clause has a subject of its own, but the
    parse may make it the object of the verb before ("reporting the boy") and the clause an adverbial with none;
    the object right before the clause's first auxiliary is its subject (round 18)."""
    auxes = sorted((c for c in children(verb) if c.dep_ in ("aux", "auxpass") and c.i < verb.i), key=lambda c: c.i)
    if not auxes or auxes[0].tag_ not in ("VBD", "VBZ", "VBP", "MD") or auxes[0].i == 0:
        return []
    prev = verb.doc[auxes[0].i - 1]
    return [prev] if prev.dep_ in ("dobj", "obj") and prev.pos_ in ("NOUN", "PROPN", "PRON") else []


def direct_objects(verb: Token) -> list[Token]:
    """The thing acted upon: the passive subject, else the direct object (relative pronouns resolved)."""
    if participle_modifier(verb) is not None:
        return []             # "visiting officials" visit no one named here
    if is_passive(verb) and passive_gift(verb) is not None:
        return [passive_gift(verb)]     # "Pakistan was granted a loan": the loan is what was given
    if is_passive(verb):
        objs = fronted_description([past_label(c) for c in children(verb) if c.dep_ == "nsubjpass"])
        if not objs and reduced_passive(verb):
            objs = [c for c in children(verb) if c.dep_ == "nsubj"] or misread_aux_subjects(verb)   # "100 protesters killed in unrest"
        if not objs and verb.dep_ in ("acl", "amod"):
            from newsgraph.events.among import among_members     # "among those detained was X" (left40)
            objs = among_members(verb) or [verb.head]
        if not objs and verb.dep_ in ("xcomp", "conj", "oprd"):
            # "were released by Putin" coordinated with (or controlled by) a verb that has the subject
            objs = [c for c in children(verb.head) if c.dep_ in ("nsubjpass", "nsubj")]
            if not objs and verb.dep_ == "conj" and verb.head.dep_ == "conj" and is_passive(verb.head):
                objs = direct_objects(verb.head)    # "... but was stopped by border guards and deported"
        if not objs and verb.dep_ == "advcl":
            objs = _stolen_subject(verb)
        if not objs and verb.dep_ in ("pcomp", "advcl") and any(c.dep_ == "auxpass" for c in children(verb)):
            # "returned home after being deported", "was hit after being stopped": a passive clause with
            # no subject of its own is about the subject of the clause it hangs on
            gov = verb.head.head if verb.dep_ == "pcomp" else verb.head
            for _ in range(3):      # "returned home broke after being deported": up to the clause with a subject
                if gov.pos_ not in ("VERB", "AUX"):
                    break
                objs = [c for c in children(gov) if c.dep_ in ("nsubj", "nsubjpass")]
                if objs or gov.dep_ not in ("advcl", "xcomp", "conj") or gov.head.i == gov.i:
                    break
                gov = gov.head
        return [_resolve_relative(t, verb) for t in objs]
    objs = [c for c in children(verb) if c.dep_ in ("dobj", "obj") and not _placed_object(c)]
    if not objs:      # "sentenced sobbing Hartley": the object hangs on a participle the model took for a complement
        objs = [n for c in children(verb) if c.dep_ == "xcomp" for n in (participle_modifier(c),) if n is not None]
    if not objs:
        objs = _raised_objects(verb)
    if not objs and verb.dep_ == "relcl" and not whose_clause(verb) \
            and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in children(verb)):
        # "the document that the leaders signed" (relative pronoun dropped); in "the protests, which began
        # last week" the relative pronoun is the subject and the noun no object (round 20)
        objs = [verb.head]
    return [_resolve_relative(t, verb) for t in objs]


def whose_clause(verb: Token) -> bool:
    """"Ruritania, whose generals called for ...": the clause's noun owns one of its arguments, so it is
    not the clause's object (session 25)."""
    return any(g.lower_ == "whose" for c in children(verb) for g in children(c))


def _raised_objects(verb: Token) -> list[Token]:
    """"Police arrested and charged a man", "troops surrounded and shelled the town": an active verb followed at
    once by "and"/"or" and a coordinated active verb shares that verb's direct object, when it has no object,
    particle, clause or prepositional phrase of its own (round 21)."""
    doc = verb.doc
    nxt = verb.i + 1
    if nxt + 1 >= len(doc) or doc[nxt].dep_ != "cc" or doc[nxt].lower_ not in ("and", "or"):
        return []
    if any(c.dep_ in ("prt", "prep", "ccomp", "xcomp", "dative", "attr", "acomp", "oprd", "agent")
           for c in children(verb)):
        return []
    conj = doc[nxt + 1]
    if conj.dep_ != "conj" or conj.head.i != verb.i or conj.pos_ != "VERB" or is_passive(conj) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in children(conj)):
        return []
    return [c for c in children(conj) if c.dep_ in ("dobj", "obj") and not _placed_object(c)]


_PLACING_ADJECTIVES = word_list("patterns", "PLACING_ADJECTIVES")


def _placed_object(obj: Token) -> bool:
    """"gathered outside parliament": the small model may tag the preposition an adjective on the noun it
    governs, making the place the verb's object; a noun phrase opened by such a word is where, not what (round 20)."""
    return any(c.dep_ == "amod" and c.i == obj.left_edge.i and c.lower_ in _PLACING_ADJECTIVES for c in children(obj))


def datives(verb: Token) -> list[Token]:
    if is_passive(verb) and passive_gift(verb) is not None:
        # "Pakistan was granted a loan by the IMF": the passive subject of a verb of giving that keeps its
        # direct object is the one given to (session 36 coop39)
        return [c for c in children(verb) if c.dep_ == "nsubjpass"]
    return [c for c in children(verb) if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"]


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


def prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the given prepositions under `tok`, in the order of `preps`."""
    out: list[Token] = []
    kids = [c for c in children(tok) if c.dep_ in ("prep", "dative", "prt", "agent") and c.pos_ == "ADP"]
    for p in preps:
        for c in kids:
            if c.lower_ != p:
                continue
            for gc in children(c):
                if gc.dep_ == "pobj":
                    out.append(gc)
                elif gc.dep_ == "prep":   # "moves on to Vietnam", "out of"
                    out.extend(g for g in children(gc) if g.dep_ == "pobj")
            out.extend(stranded_object(tok, c))
    return out


def stranded_object(tok: Token, prep: Token) -> list[Token]:
    """"fired tear gas at opposition supporters marching to parliament": the parse leaves "at" with no object
    and reads the noun after it as the subject of the participle, a clause of the verb's own. A preposition with
    no object of its own has for object the subject of such a clause of `tok` (advcl, acl, xcomp, ccomp) that
    opens right after it, or of the participle the parse hangs on the preposition itself (round37, session 36 tgt39)."""
    if any(gc.dep_ in ("pobj", "prep") for gc in children(prep)):
        return []
    clauses = [v for v in children(tok) if v.dep_ in ("advcl", "acl", "xcomp", "ccomp") and v.i > prep.i]
    clauses += [v for v in children(prep) if v.dep_ == "pcomp"]     # ("at students marching": the clause on "at")
    return [n for v in clauses if v.tag_ in ("VBG", "VBN") for n in children(v) if n.dep_ in ("nsubj", "nsubjpass")
            and n.left_edge.i == prep.i + 1]


def governing_verb(noun: Token) -> Token | None:
    """The verb a nominal trigger is the object of: "held talks", "engaged X in a firefight"."""
    head = noun.head
    if head.i == noun.i:
        return None
    if noun.dep_ in ("dobj", "obj", "attr", "nsubjpass", "conj") and head.pos_ in ("VERB", "AUX"):
        return head
    if noun.dep_ == "conj" and head.dep_ in ("dobj", "obj"):
        return governing_verb(head)
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def quantity_head(noun: Token) -> Token | None:
    """"a series of protests", "a wave of strikes": the noun of quantity whose of-phrase the event noun is."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i \
            and (head.head.lemma_.lower() in QUANTITY or head.head.lower_ in QUANTITY):
        return head.head
    # "approved $2 billion in arms sales": a sum of money whose in-phrase the event noun is (session 21)
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.i != head.i and head.head.ent_type_ == "MONEY" \
            and (head.head.lemma_.lower() in QUANTITY or head.head.lower_ in QUANTITY):
        return head.head
    return None


def quantity_of(noun: Token) -> list[Token]:
    """"a package of measures", "a raft of sanctions": the objects of the of-phrase of a noun of quantity (word
    list QUANTITY), the things meant; [] for any other noun (the converse of `quantity_head`)."""
    if noun.lemma_.lower() not in QUANTITY and noun.lower_ not in QUANTITY:
        return []
    return [g for c in children(noun) if c.dep_ == "prep" and c.lower_ == "of" for g in children(c) if g.dep_ == "pobj"]


def noun_source_slots(noun: Token) -> list[Token]:
    """Possessor ("his visit"), "by X", or a nationality/name modifier ("Israeli shelling")."""
    poss = [c for c in children(noun) if c.dep_ == "poss"]
    if poss:
        return poss
    by = prep_objects(noun, ("by",))
    if by:
        return by
    return noun_modifiers(noun)


def possessors(noun: Token) -> list[Token]:
    """"his arrest", "Russia's invasion": the possessive modifier of a noun."""
    return [c for c in children(noun) if c.dep_ == "poss"]


# buildings and venues: before an event noun they say where it happened ("the church shooting", "a mall attack")
VENUE_NOUNS = word_list("patterns", "VENUE_NOUNS")


def noun_modifiers(noun: Token) -> list[Token]:
    """Nationality or name modifiers of a noun ("Israeli shelling", "police raids"); not a venue ("the Grace
    Church shooting")."""
    return [c for c in children(noun) if c.dep_ in ("amod", "compound", "nmod") and c.pos_ in ("PROPN", "ADJ", "NOUN")
            and c.lemma_.lower() not in VENUE_NOUNS]


_BETWEEN = ("between", "among", "amongst")
# where an act happens: a "between" phrase the parse hangs on its place is the act's ("a brawl on a bus
# between two men"; session 24, ctry24)
_SITE_PREPS = {"aboard", "on", "in", "at", "inside", "outside", "near"}


def between(noun: Token) -> list[Token]:
    found = prep_objects(noun, _BETWEEN)
    if found:
        return found
    for prep in children(noun):
        if prep.dep_ == "prep" and prep.lower_ in _SITE_PREPS:
            for site in children(prep):
                if site.dep_ == "pobj":
                    found = prep_objects(site, _BETWEEN)
                    if found:
                        return found
    return []


QUANTITY = word_list("patterns", "QUANTITY")


def quantified(tok: Token) -> list[Token]:
    """The noun behind a quantity: "700 kg of medicine" -> medicine, "part of a program" -> program; a sum of money
    also "in": "$2 billion in arms sales", "5 million dollars in aid" (session 21)."""
    if tok.lemma_.lower() not in QUANTITY and tok.lower_ not in QUANTITY:
        return []
    if tok.ent_type_ == "MONEY":
        return prep_objects(tok, ("of", "in"))
    return prep_objects(tok, ("of",))


def clause_subjects(verb: Token) -> list[Token]:
    """Subjects of the verb's complement clauses ("demanded that the US cancel ...")."""
    return [g for c in children(verb) if c.dep_ in ("ccomp",)
            for g in children(c) if g.dep_ in ("nsubj", "nsubjpass")]


def to_infinitive(verb: Token) -> bool:
    """The verb is a to-infinitive: it has the marker "to" as its own auxiliary ("went to meet", "a plan to attack")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))


def infinitive_subjects(verb: Token) -> list[Token]:
    """Subjects the parse gives a verb's to-infinitive clause ("pleaded with the minister to resign" is
    often parsed with "the minister" as the subject of "resign")."""
    return [g for c in children(verb) if c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                            for a in children(c))
            for g in children(c) if g.dep_ in ("nsubj", "nsubjpass")]
