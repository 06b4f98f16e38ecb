"""Clause shape: participles ("visiting officials", "officers responding to a call shot a man"), relative clauses
(the noun a "who" or "that" stands for, "whose" clauses), to-infinitives and the subjects the parse gives a verb's
complement or infinitive clause, a comment set after a clause ("..., a charge Kabul denies") and the when/as/after
clauses that tell how an act came about. Reads the parse and the word lists RELATIVE_PRONOUNS, ASPECTUAL and
COMMENT_NOUNS."""
from __future__ import annotations

from spacy.tokens import Token
from newsgraph.datafile import word_list
from newsgraph.nlp.cache import children
from newsgraph.events.tree_preps import prep_objects


RELATIVE = word_list("patterns", "RELATIVE_PRONOUNS")
# attacks a "which" clause hung on their place is about: "the bombings at hotels in Lagos, which killed 50" (session 47)
_LOCATED_ATTACKS = word_list("kb", "STRUCK_PLACE_NOUNS") | word_list("patterns", "BLASTS")
_LOCATING_PREPS = ("in", "at", "near", "outside", "on")
_PLACE_ENTS = ("GPE", "LOC", "FAC")
# verbs whose -ing complement is the subject's own act ("kept hitting the troops"), never a participle
# describing the noun after it ("told visiting officials")
ASPECTUAL = word_list("patterns", "ASPECTUAL")


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
    if verb.dep_ != "relcl" and tok.head.dep_ == "relcl" and tok.dep_ in ("nsubj", "nsubjpass"):
        # "the lawmaker, who was abducted and beaten by unknown men": the "who" a conjunct shares is its relative
        # clause's, whose antecedent it names (session 42 fam46)
        verb = tok.head
    if tok.lower_ in RELATIVE and verb.dep_ == "relcl":
        head = verb.head
        # "Jane Smith, the MP for Leeds, who backs the bill": the parse hangs a "who" clause on the place ending
        # the phrase before it; a place is no "who", so the clause is about the noun the place's phrase hangs on,
        # or about the name that noun is in apposition to (session 30 coop31)
        if tok.lower_ == "who" and head.ent_type_ in ("GPE", "LOC", "FAC") and head.dep_ == "pobj" \
                and head.head.dep_ == "prep" and head.head.head.pos_ in ("NOUN", "PROPN"):
            noun = head.head.head
            head = noun.head if noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN") else noun
        elif tok.lower_ in ("which", "that"):
            head = _located_attack(head) or head
        return _one_among(head)
    return tok


def _located_attack(head: Token) -> Token | None:
    """"The minister met aides after the twin bombings at hotels in Lagos and Abuja, which have killed 50 people": the
    parser hangs the "which" clause on the last place of the phrases that locate an attack; the clause is about that
    attack (kb STRUCK_PLACE_NOUNS, patterns BLASTS: a means with no doer), not the city ("Lagos killed 50"). A place
    named for itself ("Russia, which invaded ...") is no locative phrase's object and keeps the clause (session 47)."""
    node = head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.ent_type_ not in _PLACE_ENTS:
        return None
    for _ in range(3):
        prep = node.head
        if node.dep_ != "pobj" or prep.lower_ not in _LOCATING_PREPS or prep.head.pos_ != "NOUN":
            return None
        node = prep.head
        if node.lemma_.lower() in _LOCATED_ATTACKS:
            return node
    return None


def _one_among(head: Token) -> Token:
    """"The minister was among the leaders who attended the forum": the one the sentence is about, among those who
    did it, did it too, so the subject of "be" stands for the relative's antecedent (session 44 coop48). Only "X
    was/were among the N who ..."; any other antecedent stays."""
    among = head.head
    if head.dep_ != "pobj" or among.lower_ != "among" or among.dep_ != "prep" or among.head.lemma_.lower() != "be":
        return head
    return next((c for c in children(among.head) if c.dep_ == "nsubj"), head)


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


def comment_noun_doer(subj: Token) -> Token:
    """"..., a charge Kigali has repeatedly denied": the small model makes the comment noun the verb's subject and
    the commenter its apposition; the commenter is who denies (session 37 lead). Any other subject is itself."""
    if subj.lemma_.lower() in _COMMENT_NOUNS:
        named = [a for a in children(subj) if a.dep_ == "appos" and a.i > subj.i and a.pos_ in ("PROPN", "PRON", "NOUN")]
        if named:
            return named[0]
    return subj


def whose_clause(verb: Token) -> bool:
    """"Ruritania, whose generals called for ...": the clause's noun owns one of its arguments, so it is
    not the clause's object (session 25)."""
    return any(g.lower_ == "whose" for c in children(verb) for g in children(c))


def clause_subjects(verb: Token) -> list[Token]:
    """Subjects of the verb's complement clauses ("demanded that the US cancel ..."); in a clause of being with
    "there", the doer the by-phrase of what there was names ("alleged that there was excessive force by police":
    the police; session 39 lead)."""
    clauses = [c for c in children(verb) if c.dep_ in ("ccomp",)]
    return [g for c in clauses for g in children(c) if g.dep_ in ("nsubj", "nsubjpass")] + \
        [g for c in clauses for g in _subjunctive_subjects(c)] + \
        [a for c in clauses if c.lemma_ == "be" and any(g.dep_ == "expl" for g in children(c))
         for a in _by_agents(c, [n for n in children(c) if n.dep_ in ("attr", "nsubj") and n.pos_ == "NOUN"])]


def _subjunctive_subjects(clause: Token) -> list[Token]:
    """"demanded that the prime minister resign": a bare verb after its subject reads to the small model as the head
    of a noun compound, so a that-clause with no subject has its subject as a compound before its verb (session 42
    tgt46)."""
    if any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in children(clause)) \
            or not any(g.dep_ == "mark" and g.lower_ == "that" for g in children(clause)):
        return []
    return [g for g in children(clause) if g.dep_ == "compound" and g.i < clause.i and g.pos_ in ("NOUN", "PROPN")]


def _by_agents(be: Token, nouns: list[Token]) -> list[Token]:
    """The objects of "by" on a clause of being, on what there was, or on the nouns of its of-phrases ("there was
    use of force by police"), wherever the parse hangs the by-phrase; none when there was nothing named."""
    if not nouns:
        return []
    return [a for node in [be] + nouns + [o for n in nouns for o in prep_objects(n, ("of",))]
            for a in prep_objects(node, ("by",))]


def to_infinitive(verb: Token) -> bool:
    """The verb is a to-infinitive: it has the marker "to" as its own auxiliary ("went to meet", "a plan to attack")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))


def headline_infinitive(verb: Token) -> bool:
    """"Biden to host Kishida", "Nigeria to deploy troops to delta": a headline's future, a to-infinitive that is its
    line's main verb (or the claim before a "..., says X"), with its subject before the "to" and no finite verb above
    it. Prose never makes a bare
    infinitive its sentence's root, so the form alone says the act is to come (convention headline-futures,
    session 39 head43)."""
    if verb.tag_ != "VB" or not (verb.dep_ == "ROOT" or verb.dep_ in ("ccomp", "parataxis") and verb.head.i > verb.i):
        return False        # (the second: "Iran to retaliate, says commander", the speaker set after the claim)
    to = next((c for c in children(verb) if c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i), None)
    return to is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < to.i for c in children(verb))


def infinitive_subjects(verb: Token) -> list[Token]:
    """Subjects the parse gives a verb's to-infinitive clause ("pleaded with the minister to resign" is
    often parsed with "the minister" as the subject of "resign")."""
    return [g for c in children(verb) if c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                            for a in children(c))
            for g in children(c) if g.dep_ in ("nsubj", "nsubjpass")]


_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def is_finite(verb: Token) -> bool:
    """A verb in a tense of its own: a past or present form, or one with a tensed or modal auxiliary ("has
    killed", "would go"); not a to-infinitive or a bare participle."""
    return verb.tag_ in _FINITE_TAGS[:3] or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS
                                                for c in children(verb))


def past_after_infinitive(verb: Token, head: Token) -> bool:
    """A past participle with no auxiliary of its own coordinated after a to-infinitive ("to free them and accused
    officers of ..."): an infinitive has no such conjunct, so the tagger's VBN is a past tense the "to" does not
    reach -- when it takes an object of its own (a passive one would not)."""
    return verb.tag_ == "VBN" and head.tag_ == "VB" and not any(
        c.dep_ in ("aux", "auxpass") for c in children(verb)) and any(c.dep_ in ("dobj", "obj") for c in children(verb))


def finite_above(verb: Token) -> Token:
    """The nearest verb above `verb` in a tense of its own (or the sentence's root): where a finite verb the parse
    coordinates with a to-infinitive belongs ("vowed revenge for sending troops to fight it and has killed
    hundreds": with "vowed"; session 38 lead)."""
    node = verb.head
    while node.head.i != node.i and not (node.pos_ in ("VERB", "AUX") and is_finite(node)):
        node = node.head
    return node


# the words that open a clause telling how or on what occasion an act came about ("were killed when gunmen opened
# fire", "died after raiders stormed their homes")
HOW_MARKERS = ("when", "as", "after")


def coordinated_verbs(verb: Token) -> tuple[Token, ...]:
    """The verb and the verbs coordinated with it: a when-clause the parser hangs on one of them tells them all
    ("one was killed and five were hurt when a tree fell on them"; session 22)."""
    return (verb, *(c for c in children(verb) if c.dep_ == "conj"), *((verb.head,) if verb.dep_ == "conj" else ()))


def how_clauses(verb: Token) -> list[Token]:
    """The adverbial clauses opened by when, as or after (HOW_MARKERS) of `verb` or of a verb coordinated with it:
    they tell how its act came about."""
    return [c for v in coordinated_verbs(verb) for c in children(v) if c.dep_ == "advcl"
            and any(m.dep_ in ("mark", "advmod") and m.lower_ in HOW_MARKERS for m in children(c))]
