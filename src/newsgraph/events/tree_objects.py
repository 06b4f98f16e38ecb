"""What a verb acted upon: `direct_objects` (the passive subject, else the direct object, with an object shared by
coordinated verbs, "arrested and charged a man", a subject the parse stole from a passive clause, a place read as
an object, "gathered outside parliament") and `datives` (the one given to, also the passive subject of a verb of
giving). Reads tree_voice, tree_clauses and tree_appositions."""
from __future__ import annotations

from spacy.tokens import Token
from newsgraph.datafile import word_list
from newsgraph.events.among import among_members
from newsgraph.events.given_time import time_recipients
from newsgraph.events.tree_appositions import fronted_description, past_label
from newsgraph.events.tree_clauses import _resolve_relative, participle_modifier, whose_clause
from newsgraph.events.tree_voice import is_passive, misread_aux_subjects, misread_wanted, passive_gift, reduced_passive
from newsgraph.events.tree_words import names_no_one
from newsgraph.nlp.cache import children


def _stolen_subject(verb: Token) -> list[Token]:
    """"a call reporting the boy had been assaulted": a finite passive clause has a subject of its own, but the
    parse may make it the object of the verb before ("reporting the boy") and the clause an adverbial with none;
    the object right before the clause's first auxiliary is its subject (round 18)."""
    auxes = sorted((c for c in children(verb) if c.dep_ in ("aux", "auxpass") and c.i < verb.i), key=lambda c: c.i)
    if not auxes or auxes[0].tag_ not in ("VBD", "VBZ", "VBP", "MD") or auxes[0].i == 0:
        return []
    prev = verb.doc[auxes[0].i - 1]
    return [prev] if prev.dep_ in ("dobj", "obj") and prev.pos_ in ("NOUN", "PROPN", "PRON") else []


# nouns of the people or things left behind by someone killed or held ("the families of protesters shot by police")
_KIN_OF_NOUNS = word_list("patterns", "KIN_OF_NOUNS")


def _kin_of_patients(verb: Token) -> list[Token]:
    """"apologised to families of protesters shot dead by police", "met relatives of soldiers killed in the raid":
    the parse hangs the reduced passive on the kin noun, but the kin are who the victims left, not the ones shot;
    the of-phrase's noun before the participle is (session 45 tgt49)."""
    head = verb.head
    if verb.tag_ != "VBN" or head.lemma_.lower() not in _KIN_OF_NOUNS:
        return []
    return [o for p in children(head) if p.dep_ == "prep" and p.lower_ == "of" and p.i < verb.i
            for o in children(p) if o.dep_ == "pobj" and o.i < verb.i]


def direct_objects(verb: Token) -> list[Token]:
    """The thing acted upon: the passive subject, else the direct object (relative pronouns resolved)."""
    if participle_modifier(verb) is not None:
        return []             # "visiting officials" visit no one named here
    if is_passive(verb) and passive_gift(verb) is not None:
        return [passive_gift(verb)]     # "Pakistan was granted a loan": the loan is what was given
    if is_passive(verb):
        # "A man wanted in a robbery case was killed", "A dealer wanted for two killings was arrested": the parse
        # gives the passive's subject to a misread "wanted" (and may make the crime the subject; session 41)
        wanted = [c for w in [verb.head, *children(verb)] if w.i != verb.i and misread_wanted(w, verb)
                  for c in children(w) if c.dep_ == "nsubj"]
        if wanted:
            return [_resolve_relative(t, verb) for t in wanted]
        objs = fronted_description([past_label(c) for c in children(verb) if c.dep_ == "nsubjpass"])
        if not objs and reduced_passive(verb):
            objs = [c for c in children(verb) if c.dep_ == "nsubj"] or misread_aux_subjects(verb)   # "100 protesters killed in unrest"
        if not objs and verb.tag_ == "VBN":
            # "The case was closed": the small model hangs the passive's subject on its auxiliary as an nsubj
            # (session 40 left44)
            objs = [g for c in children(verb) if c.dep_ == "auxpass" for g in children(c) if g.dep_ == "nsubj"]
        if not objs and verb.dep_ in ("acl", "amod"):
            objs = among_members(verb) or appeared_charged(verb) or _kin_of_patients(verb) or [verb.head]  # "among those detained was X" (left40)
        if not objs and verb.dep_ in ("xcomp", "conj", "oprd", "acomp"):
            # "were released by Putin" coordinated with (or controlled by) a verb that has the subject; "was
            # gang-raped", a hyphenated participle read as be's complement (tree_voice.hyphen_participle)
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
    objs = [c for c in objs if not restating_object(c, objs)]
    objs = time_recipients(verb, [_charged_party(verb, c) or c for c in objs])   # "gave envoys 72 hours" (left48)
    if not objs:      # "sentenced sobbing Hartley": the object hangs on a participle the model took for a complement
        objs = [n for c in children(verb) if c.dep_ == "xcomp" for n in (participle_modifier(c),) if n is not None]
    if not objs:
        objs = _raised_objects(verb)
    if not objs:
        objs = _counted_adverbial(verb)
    if not objs:
        objs = _free_relative_label(verb)
    if not objs and verb.dep_ == "relcl" and not whose_clause(verb) \
            and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in children(verb)):
        # "the document that the leaders signed" (relative pronoun dropped); in "the protests, which began
        # last week" the relative pronoun is the subject and the noun no object (round 20)
        objs = [verb.head]
    return [_resolve_relative(t, verb) for t in objs]


def _charged_party(verb: Token, obj: Token) -> Token | None:
    """"fined Apple 1.8 billion euros", "fined the company $5 million": a verb of charging (word list
    SUM_CHARGE_VERBS) with two objects, the one charged and the sum; the small model makes the one charged a
    modifier of the sum or a dative, and the sum the verb's only direct object. What the verb acted upon is the
    one charged (session 42 tgt46)."""
    if verb.lemma_.lower() not in _SUM_CHARGE_VERBS or not _is_sum(obj):
        return None
    return next((c for c in children(verb) if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"), None) or \
        next((c for c in children(obj) if c.dep_ in ("compound", "nmod") and c.i < obj.i and c.pos_ == "PROPN"
              and not c.like_num and c.ent_type_ not in _AMOUNT_ENTS), None)


def _is_sum(obj: Token) -> bool:
    """"1.8 billion euros", "$5 million", "42 billion [won]": a number, or a unit of money counted by one."""
    return obj.like_num or obj.lemma_.lower() in _SUM_UNITS and any(c.like_num or c.tag_ == "$" for c in obj.subtree)


def _free_relative_label(verb: Token) -> list[Token]:
    """"condemned what it called U.S. interference", "criticised what they described as a crackdown": a verb whose
    object is a free relative "what" of a verb of naming (word list FREE_RELATIVE_NAMERS) acts upon the thing
    named, the naming verb's predicate or as-phrase (session 40 crit44)."""
    return [p for c in children(verb) if c.dep_ in ("ccomp", "dobj") and c.lemma_.lower() in _FREE_RELATIVE_NAMERS
            and any(w.dep_ == "dobj" and w.tag_ == "WP" and w.lower_ == "what" and w.i < c.i for w in children(c))
            for p in [g for g in children(c) if g.dep_ == "oprd"]
            + [g for a in children(c) if a.dep_ == "prep" and a.lower_ == "as" for g in children(a) if g.dep_ == "pobj"]]


def _counted_adverbial(verb: Token) -> list[Token]:
    """"Police rounded up 30 youths": the small model may make a counted noun of people after a verb an adverbial
    noun, as it does "walked 30 miles"; a count of people is what the verb acted upon (session 39 left43)."""
    return [c for c in children(verb) if c.dep_ == "npadvmod" and c.i > verb.i and not names_no_one(c)
            and c.pos_ == "NOUN" and any(n.dep_ == "nummod" for n in children(c))]


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
_SUM_CHARGE_VERBS = word_list("patterns", "SUM_CHARGE_VERBS")
_SUM_UNITS = word_list("patterns", "SUM_UNITS")
_AMOUNT_ENTS = ("MONEY", "CARDINAL", "QUANTITY")       # a name the tagger read into the sum is no name
_FREE_RELATIVE_NAMERS = word_list("patterns", "FREE_RELATIVE_NAMERS")
_RESTATING_NOUNS = word_list("patterns", "COMMENT_NOUNS") | word_list("patterns", "STANCE_NOUNS")


def restating_object(obj: Token, objs: list[Token]) -> bool:
    """"Ankara accused Athens of spying, a claim echoed by state media": the small model makes a noun of saying set
    off after the clause a second object of its verb; with another object before it and a clause describing it,
    it names what the clause said, not one the act is aimed at (word lists COMMENT_NOUNS, STANCE_NOUNS; session
    39 left43)."""
    first = obj.left_edge
    return (obj.lemma_.lower() in _RESTATING_NOUNS and first.i > 0 and obj.doc[first.i - 1].text == ","
            and any(o.i < obj.i for o in objs) and any(c.dep_ in ("acl", "relcl") for c in children(obj)))


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


def appeared_charged(verb: Token) -> list[Token]:
    """"Three men appeared in court charged with murder": the parse hangs the participle on the court; who was
    charged is the subject of the appearing (session 43 vio47)."""
    place = verb.head
    if place.dep_ != "pobj" or place.head.lower_ not in ("in", "before", "at"):
        return []
    appear = place.head.head
    if appear.lemma_.lower() != "appear" or appear.pos_ != "VERB":
        return []
    return [c for c in children(appear) if c.dep_ in ("nsubj", "nsubjpass")]
