"""Word senses, the tests on the trigger's words and clause: the words of a token or sentence, a clause's tense
and mood (`_indicative`, `_split_clause`), what the object or complement is (cargo, a measure, a score, a cause, a
mishap's consequence, a phone number), a question, a bare verb. The conditions of senses.csv (senses.py `_holds`)
read them.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import roles
from newsgraph.events.patterns import noun_sets
from newsgraph.nlp.cache import children, subtree


def _words(tok: Token) -> set[str]:
    return roles.with_solid_co({tok.lemma_.lower(), tok.lower_})     # "co-operation" is "cooperation"


def _doer_words(doers: list[Token]) -> set[str]:
    """The words of the doers with their compounds and of-objects ("dozens of toads", "artillery fire")."""
    doers = doers + [g for s in doers for g in roles.prep_objects(s, ("of",))]
    return {w for s in doers for t in [s] + [c for c in children(s) if c.dep_ == "compound"] for w in _words(t)}


def _subject_not_of(tok: Token, values) -> bool:
    """The verb has a subject and none of its words (with their compounds and of-objects: "dozens of toads") is
    one of `values`: the sense's subject_not / subject_other conditions."""
    subjects = roles.subjects(tok)
    return bool(subjects) and not _doer_words(subjects) & values


def _object_relative(tok: Token, values) -> bool:
    """A direct object of the verb has a relative clause whose verb is a word of `values`: "fired rockets that
    struck a kibbutz" (the object_relative condition; session 41 left45)."""
    return any(c.dep_ == "relcl" and _words(c) & values for o in roles.direct_objects(tok) for c in children(o))


def _doer_of(tok: Token, values) -> bool:
    """A subject or passive agent of the verb, with its compounds and of-objects, is a word of `values`: "Russian
    drones damaged power lines", "the bridge was destroyed by artillery fire" (the doer_of condition; session 41)."""
    return bool(_doer_words(roles.subjects(tok) + roles.agent_of(tok)) & values)


def _stopped_text(tok: Token, values) -> bool:
    """The trigger is a participle or relative clause on a noun that is the object of a verb of `values`: "vetoed a
    statement criticising China", "blocked a resolution that demanded a ceasefire" (the words of a text someone
    stopped, which nobody said; a relative clause on a person, "defeated a rival who had criticised the plan", is her
    own act: the stopped_text condition; session 42 left46)."""
    text = tok.dep_ == "acl" or tok.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which") for c in children(tok))
    return text and _below_verb(tok.head, ("dobj", "obj", "nsubjpass"), values)


def _devoted_to(tok: Token, values) -> bool:
    """The trigger is the -ing complement of a preposition on a verb of `values`: "devoted forty years to helping the
    poor", "spends its budget on helping children" (a life's or a body's work described, no act told; the devoted_to
    condition, session 43 left47)."""
    prep = tok.head
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and prep.i != tok.i and prep.dep_ == "prep" \
        and _below_verb(prep, ("prep",), values)


_CARGO_PARTICIPLES = word_list("patterns", "CARGO_PARTICIPLES")
_LAUNCH_VERBS = word_list("patterns", "LAUNCH_VERBS")


def _cargo(obj: Token) -> list[Token]:
    """What a vehicle or team sent holds or is made of: the object or with-phrase of a participle on it ("planes
    loaded with rice", "ships carrying medicine") and its of-phrase ("a team of doctors", "a convoy of food")."""
    out = list(roles.prep_objects(obj, ("of",)))
    for c in children(obj):
        if c.dep_ in ("acl", "relcl", "amod") and c.lemma_.lower() in _CARGO_PARTICIPLES:
            out += [g for g in children(c) if g.dep_ in ("dobj", "obj")] + list(roles.prep_objects(c, ("with",)))
    return [x for o in out for x in roles.conjuncts(o)]


def _complements(tok: Token) -> list[Token]:
    """The verbs of the trigger's complements, and their own passive complements ("asked not to be named")."""
    out = [c for c in children(tok) if c.dep_ in ("xcomp", "ccomp")]
    return out + [g for c in out for g in children(c) if g.dep_ in ("xcomp", "ccomp")]


_MEASURES = frozenset({"PERCENT", "MONEY", "QUANTITY"})      # entity types of an amount
_REPEATS = word_list("patterns", "REPEATS")      # how often an act was done, not an amount moved (round 12)


def _measured(tok: Token) -> bool:
    """The verb moves a quantity by an amount and acts on no one: "the index declined 0.3%", "fell 12 points"
    (an amount as its adverbial, or a percentage as its object; "seized $2 million" is a seizure; round 10). A count
    of people the parse makes an adverbial ("rounded up 30 youths") is what the verb acted on (session 39 left43)."""
    if roles.is_passive(tok):
        return False
    return any(c.dep_ == "npadvmod" and c.ent_type_ not in ("DATE", "TIME")        # not "one day after"
               and c.lemma_.lower() not in _REPEATS                                  # "shot three times"
               and (c.pos_ != "NOUN" or roles.names_no_one(c))        # "rounded up 30 youths" (left43)
               and (c.ent_type_ in _MEASURES or any(g.dep_ == "nummod" for g in children(c)))
               or (c.dep_ in ("dobj", "obj") and c.ent_type_ == "PERCENT")
               for c in children(tok))


# a game's score in running text: "beat Chile 3-1", "won 112-107", "6-4, 7-6"; not a year span ("2019-20"), an
# age ("18-year-old") or a decimal
_SCORE = re.compile(r"(?<![\w.,/$£€-])\d{1,3} ?[-\u2013] ?\d{1,3}(?![\w%/-]|[.,]\d)")


def _scored(tok: Token) -> bool:
    """The trigger gives a game's score (round 12: "Brazil beat Argentina 3-1", "beat the Heat 112-107"):
    a score the parse attaches to the trigger itself, or to its object written before the score. A range
    counting a noun ("shot 10-15 villagers") or a score of another verb ("ruled 5-4 after police beat
    protesters") is not the trigger's."""
    sent = tok.sent
    for m in _SCORE.finditer(sent.text):
        start = sent.start_char + m.start()
        first = next((t for t in sent if t.idx >= start), None)
        if first is None:
            continue
        anchor = first
        while anchor.pos_ == "NUM" and anchor.head.i != anchor.i:
            anchor = anchor.head
        if anchor.pos_ in ("NOUN", "PROPN") and anchor.i < first.i:     # "the Bruins 5-2": the object's score
            anchor = anchor.head
        if anchor.i == tok.i:
            return True
    return False


# the conjunctions of a clause that says how a death or injury came about ("killed when they fell")
_CAUSE_MARKS = word_list("patterns", "CAUSE_MARKS")


def _caused_by(tok: Token, verbs: frozenset[str]) -> bool:
    """The trigger (or the verb it is coordinated with: "were killed and two hurt when ...") has an adverbial
    clause, opened by when/after/as/while/because, whose verb is one of `verbs`: a mishap told as the cause
    ("two climbers were killed when they fell from a ridge", round 12)."""
    heads = [tok] + ([tok.head] if tok.dep_ == "conj" else [])
    return any(c.dep_ == "advcl" and _words(c) & verbs
               and any(m.dep_ in ("mark", "advmod") and m.lower_ in _CAUSE_MARKS for m in children(c))
               for h in heads for c in children(h))


def _accidental(tok: Token, adverbs: frozenset[str]) -> bool:
    """Harm said to be done by accident: the trigger (or the verb it is coordinated with), or a clause that
    tells how the harm came about ("was killed when a neighbour accidentally reversed into her"), has one of
    `adverbs` ("accidentally shot his friend", round 18)."""
    heads = [tok] + ([tok.head] if tok.dep_ == "conj" else [])
    verbs = heads + [c for h in heads for c in children(h) if c.dep_ == "advcl"
                     and any(m.dep_ in ("mark", "advmod") and m.lower_ in _CAUSE_MARKS for m in children(c))]
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for v in verbs for c in children(v))


def _retort(tok: Token, words: frozenset[str], aimed: bool = False) -> bool:
    """The trigger has "back" and an -ing clause of saying (in `words`) hangs on it or on a verb coordinated with
    it: "shot back at the envoy and summoned him, expressing ..." tells one reply in words whose participle the
    parse hangs on the last verb (session 38 lead; the coordinated verbs session 39 left43). With `aimed`, the
    reply is also aimed at someone through an at-phrase ("shot back at the premier"), which makes it criticism."""
    if not any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in children(tok)):
        return False
    if aimed and not any(c.dep_ == "prep" and c.lower_ == "at" and any(o.dep_ == "pobj" for o in children(c))
                         for c in children(tok)):
        return False
    verbs = [tok] + [c for c in children(tok) if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(c.tag_ == "VBG" and c.dep_ in ("advcl", "xcomp", "conj") and _words(c) & words
               for v in verbs for c in children(v))


def _in_manner(tok: Token, words: frozenset[str]) -> bool:
    """An in-phrase whose bare noun (no determiner) is one of `words` hangs on the trigger, or on a noun of the
    trigger's own phrases, the way the parse hangs "in protest" on the meeting left ("walked out of the session in
    protest"); the in-phrase names the manner of the trigger's act (convention in-protest; session 36 fam39)."""
    for n in tok.subtree:
        if n.dep_ != "pobj" or n.head.lower_ != "in" or not _words(n) & words \
                or any(c.dep_ in ("det", "poss") for c in children(n)):
            continue
        up = n.head.head
        for _ in range(4):
            if up.i == tok.i:
                return True
            if up.pos_ in ("VERB", "AUX") or up.head.i == up.i:
                break
            up = up.head
    return False


def _mishap_consequence(tok: Token, words: frozenset[str]) -> bool:
    """"A plane crashed after take-off, killing all on board", "Lightning struck a group of farmers, killing
    three": an -ing clause that tells what a mishap or a natural force did, where the verb it hangs on, or that
    verb's subject (or the subject's compound: "Cyclone Idai"), is one of `words` (round 12)."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp", "conj") or tok.head.i == tok.i:
        return False
    # the verb it hangs on, and the clause's main verb ("struck a group of farmers sheltering ..., killing three")
    heads = [tok.head] + ([tok.sent.root] if tok.sent.root.i not in (tok.i, tok.head.i) else [])
    # ("shells fired from across the border landed ..., wounding three": a verb of firing or throwing names no
    # blaze; session 39 left43)
    heads = [h for h in heads if not (h.pos_ == "VERB" and h.lemma_.lower() in _LAUNCH_VERBS)]
    if any(_words(h) & words for h in heads):
        return True
    subj = [c for h in heads for c in children(h) if c.dep_ in ("nsubj", "nsubjpass")]
    # the compound of a weapon or of an armed subject names the weapon, no mishap: "a car bomb exploded ..., killing
    # nine" (session 41 lead), "a suicide car bomber rammed a checkpoint, killing six" (session 41 vio45)
    weapons = noun_sets()["WEAPONS"] | noun_sets()["ARMED"]
    subj += [g for c in subj if c.lemma_.lower() not in weapons for g in children(c) if g.dep_ == "compound"]
    return any(_words(c) & words for c in subj)


def _bare(tok: Token) -> bool:
    """No clause or infinitive complement, no indirect object and no "to" phrase. A clause before the verb is
    no complement of it: the parse hangs the first clause of a list of clauses ("the mall offers shops; the
    park has a lake") on the next one's verb (round 18)."""
    return not any((c.dep_ == "ccomp" and c.i > tok.i) or c.dep_ in ("xcomp", "dative")
                   or (c.dep_ == "prep" and c.lower_ == "to")
                   # a noun's to-infinitive: "renewed its pledge to cut emissions" (session 21)
                   or (tok.pos_ == "NOUN" and c.dep_ == "acl" and roles.to_infinitive(c)) for c in children(tok))


def _impressed(tok: Token, values: frozenset[str]) -> bool:
    """A passive whose by-phrase is a wh-clause or a word of `values` ("struck by how young he looked", "by the
    silence"), or a speaker's own passive with no doer and nothing that says where or how the blow fell ("I was
    struck"): a feeling, not a blow (session 18)."""
    if not roles.is_passive(tok):
        return False
    preps = [c for c in children(tok) if c.dep_ in ("prep", "agent")]
    by = [c for c in preps if c.lower_ == "by"]
    if len(by) != len(preps):
        return False        # "struck on the head", "hit with a bat", "struck by a car near the school"
    objects = [g for b in by for g in children(b) if g.dep_ in ("pobj", "pcomp")]
    if not objects:         # "two men were struck and wounded" is a blow; "I was struck" a feeling
        return any(c.dep_ == "nsubjpass" and c.lower_ in _FIRST_PERSON for c in children(tok))
    return all(g.dep_ == "pcomp" or bool(_words(g) & values) for g in objects)


_FIRST_PERSON = word_list("patterns", "FIRST_PERSON")


def _words_of(sent) -> set[str]:
    """The lemmas and lower-cased forms of a sentence's words."""
    return {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}


# a telephone number: "(800) 221-4567", "782-6983", "0800 555111", "272-2400" (session 29 coop30)
_PHONE = re.compile(r"\(?\b\d{3,5}\)?[ .-]?\d{3,4}[ .-]?\d{0,4}\b")
# a number spelt partly in letters: "(800) 221-CATS", "1-800-FLOWERS"
_VANITY_PHONE = re.compile(r"\(?\b\d{3}\)?[ .-]?\d{3}-[A-Z]{4}\b|\b1-8\d\d-[A-Z0-9-]{4,}")


def _phone_after(tok: Token) -> bool:
    """A telephone number follows the trigger in its sentence, within a few words ("call (661) 272-2400", "call
    Detective Baker at 868-5811"): a number to ring, no appeal or phone call between parties."""
    end = min(tok.i + 12, tok.sent.end)
    if end <= tok.i + 1:
        return False
    text = tok.doc[tok.i + 1:end].text
    return any(len(re.sub(r"\D", "", m.group(0))) >= 7 for m in _PHONE.finditer(text)) \
        or bool(_VANITY_PHONE.search(text))


def _question(tok: Token, words: frozenset[str]) -> bool:
    """"King asked the senator (about the vote)", "asked whether ...": a question put to someone, no
    request -- no infinitive, no "for" phrase, no clause but an if/whether/wh- one, and nothing asked for
    as object but a person or one of `words` ("asked a question")."""
    kids = children(tok)
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in kids):
        return False
    for c in kids:
        if c.dep_ == "ccomp" and not _inverted(c) and not any(g.lower_ in words and g.i < c.i for g in subtree(c)) \
                and not any(g.text == "?" for g in subtree(c)):     # a quoted question (session 27 coop28)
            return False
    objs = roles.direct_objects(tok)
    return all(o.pos_ in ("PRON", "PROPN") or args.names_people(o) or _words(o) & words for o in objs)


def _inverted(clause: Token) -> bool:
    """A direct question: the clause's verb or auxiliary comes before its subject ("asked is it credible")."""
    subjects = [c.i for c in children(clause) if c.dep_ in ("nsubj", "expl")]
    if not subjects:
        return False
    first = min([clause.i] + [a.i for a in children(clause) if a.dep_ == "aux"])
    return first < min(subjects)


def _complementiser_object(tok: Token) -> bool:
    """"told the radio that he fought with the driver": the small model makes "that" the object of "fought" (in a
    clause or a relative clause) although its preposition has an object of its own, so "that" is the
    complementiser of a reported clause, not a relative pronoun standing for "the radio"."""
    if tok.dep_ not in ("ccomp", "relcl") or not any(c.dep_ in ("dobj", "obj") and c.lower_ == "that"
                                                     for c in children(tok)):
        return False
    return any(c.dep_ == "prep" and any(g.dep_ == "pobj" for g in children(c)) for c in children(tok))


_FINITE_TAGS = ("VBZ", "VBD", "VBP")


def _split_clause(tok: Token) -> Token | None:
    """"insisted its commandos used lethal force", "admits the rules were broken": a that-less clause the parser
    split into an object of the trigger and a finite verb hung on it as a clause of the noun (acl / relcl). A
    relative clause has its relative word ("the troops who used force", "the rules that were broken") and a reduced
    one no finite verb and no object ("the force used"), so a finite verb with neither is the clause's own (session 32)."""
    objs = [c for c in children(tok) if c.dep_ in ("dobj", "obj")]
    if len(objs) != 1 or any(c.dep_ == "ccomp" for c in children(tok)):
        return None
    finite_tags = _FINITE_TAGS + ("MD",)
    for c in children(objs[0]):
        if c.dep_ not in ("acl", "relcl") or c.i < objs[0].i:
            continue
        # finite itself or by its auxiliary ("the rules were broken"); a participle with an object of its own is
        # no reduced relative either: "its commandos used lethal force" (a passive participle takes no object)
        finite = c.tag_ in finite_tags \
            or c.tag_ == "VBN" and any(o.dep_ in ("dobj", "obj") for o in children(c)) \
            or any(a.dep_ in ("aux", "auxpass") and a.tag_ in finite_tags for a in children(c))
        if finite and not any(w.tag_ in ("WDT", "WP", "WP$", "WRB") or w.lower_ == "that"
                              for w in c.subtree if w.i < c.i):
            return c
    return None


_ASKING_MODALS = frozenset(word_list("patterns", "OBLIGATION_MODALS"))


def _clause_auxes(clause: Token) -> list[Token]:
    return [a for a in children(clause) if a.dep_ in ("aux", "auxpass")]


def _clause_tags(clause: Token) -> list[str]:
    """The tags of a clause's verb and its auxiliaries: where its tense shows ("had done": VBD on the auxiliary)."""
    return [clause.tag_] + [a.tag_ for a in _clause_auxes(clause)]


def _indicative(clause: Token, verb: Token) -> bool:
    """A finite clause that states something ("the deal is fair", "he had left"), not a subjunctive or a modal
    of obligation that asks for it ("that the army withdraw", "that the army must go"). After a past "insisted"
    a present form is the subjunctive ("insisted that the troops leave"): only a past clause states there, or one
    whose verb has the -s of the third person no subjunctive takes, or a modal that asks for nothing ("insisted he has
    new questions", "insisted she would stay"; session 21)."""
    if any(a.lower_ in _ASKING_MODALS for a in _clause_auxes(clause)):
        return False
    if clause.pos_ == "ADJ" and not _clause_auxes(clause) and any(
            c.dep_ == "nsubj" for c in children(clause)):
        return True     # a headline's clause without its verb states how things are: "insists client not competent"
    tags = _clause_tags(clause)
    if verb.tag_ in ("VBD", "VBN"):
        # a perfect states what has been done ("insisted that her answers have been consistent"; session 27 coop28)
        perfect = clause.tag_ == "VBN" and any(a.lemma_.lower() == "have" for a in _clause_auxes(clause))
        return "VBD" in tags or "VBZ" in tags or "MD" in tags or perfect
    return any(t in _FINITE_TAGS + ("MD",) for t in tags)


def _below_verb(tok: Token, deps: tuple[str, ...], verbs: frozenset[str]) -> bool:
    """The trigger hangs below a verb of `verbs` by one of the relations `deps` ("came out fighting": xcomp of
    come; "broke up a fight": object of break)."""
    head = tok.head
    return tok.dep_ in deps and head.i != tok.i and (head.lemma_.lower() in verbs or head.lower_ in verbs)
