"""Who did it: `subjects`, the logical subject of a verb through passives, coordination, control ("urged X to
support" -> X, "vowed to build" -> the subject), relative and participle clauses, intents ("Japan's offer to
host"), prevention ("stopped the protesters from marching") and accusations ("accused the men of attacking":
`accused_of`), with the speaker's second act after a reported clause ("said the sanctions were illegal and urged
...": `thing_clause_reporter`). Reads every other tree part and the word lists named in each function."""
from __future__ import annotations

from spacy.tokens import Token
from newsgraph.datafile import word_list
from newsgraph.events.tree_appositions import fronted_description, past_label
from newsgraph.events.tree_clauses import (
    _resolve_relative, comment_noun_doer, finite_above, is_finite, participle_clause_subject, participle_modifier,
    past_after_infinitive, root_noun_predicate, to_infinitive)
from newsgraph.events.tree_nouns import possessors
from newsgraph.events.tree_objects import direct_objects, restating_object
from newsgraph.events.tree_preps import CONTROL_PREPS, agent_of, prep_objects
from newsgraph.events.tree_voice import (complement_participle, gerund_aux_subject, is_passive, misread_predicate,
    passive_gift,
    predicate_before_report)
from newsgraph.events.tree_words import a_thing, force_means
from newsgraph.nlp.cache import children


_PREVENTING = word_list("patterns", "PREVENTING_VERBS")
_WARNED_AGAINST = word_list("patterns", "WARNED_AGAINST_VERBS")
_SUMMONING = word_list("patterns", "SUMMONING_VERBS")
_SUMMONS_PURPOSES = word_list("patterns", "SUMMONS_PURPOSES")
_TIME_SPENDING_VERBS = word_list("patterns", "TIME_SPENDING_VERBS")   # "spent the week meeting X" (session 49 coop53)
SAYING_HEADS = word_list("patterns", "SAYING_HEADS")    # verbs whose reported clause an appeal follows (and
                                                        # whose aside criticises: verb_roles.speaker_aside)
_COORDINATED_APPEALS = word_list("patterns", "COORDINATED_APPEALS")   # "said X and urged Y to ..." (session 24)
# "said the drills were a warning and criticised Washington": a judgement or protest coordinated with the reported
# clause the same way is the speaker's too (round36, session 35 multi38)
_COORDINATED_SPEAKER_ACTS = _COORDINATED_APPEALS | frozenset(word_list("patterns", "COORDINATED_SPEAKER_ACTS"))
# "said India had violated the ceasefire and summoned the Indian envoy": after a reported perfect, as a plain appeal
_PERFECT_SPEAKER_ACTS = word_list("patterns", "PERFECT_SPEAKER_ACTS")
_RELATIVE_FOLLOW_UPS = word_list("patterns", "RELATIVE_FOLLOW_UPS")
_DENYING_HEADS = word_list("patterns", "DENYING_HEADS")
_RELATIVE_SUBJECTS = ("who", "that", "which")
_PREP_APPEALS = word_list("patterns", "PREP_APPEAL_VERBS")   # "appealed to X to", "called on X to" (session 45)
_APPEAL_PREPS = CONTROL_PREPS + ("to", "with", "for")


def asked_by_preposition(verb: Token) -> list[Token]:
    """"Kenya appealed to Uganda to release the activists", "called on Kampala to free them", "pleaded with the
    rebels to let aid in": a to-infinitive the parse hangs on a verb of appeal (as an adverbial clause or a
    complement) is done by the one asked, the object of the appeal's preposition (word list PREP_APPEAL_VERBS),
    not by whoever appealed -- as "urged X to" already is through its direct object. Empty when the verb is no such clause or names no one
    asked (a date or a time is no one)."""
    head = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or head.i == verb.i or verb.i < head.i or not to_infinitive(verb) \
            or head.lemma_.lower() not in _PREP_APPEALS:
        return []
    return [o for o in prep_objects(head, _APPEAL_PREPS) if o.i < verb.i and o.pos_ in ("NOUN", "PROPN", "PRON")
            and o.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT")]


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


# what a body issues in its own name: a participle on it speaks for the issuer
_UTTERANCES = word_list("patterns", "UTTERANCES")
_LEGAL_INSTRUMENTS = word_list("patterns", "LEGAL_INSTRUMENTS")
_ENACTING_VERBS = word_list("patterns", "ENACTING_VERBS")
_ISSUED_DOCUMENTS = word_list("patterns", "ISSUED_DOCUMENTS")
_DOCUMENT_ISSUING_VERBS = word_list("kb", "DOCUMENT_ISSUING_VERBS")


_USING_VERBS = word_list("patterns", "USING_VERBS")
_INTENT_NOUNS = word_list("patterns", "NO_INTENT_NOUNS")


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


_PLAIN_APPEALS = frozenset({"urge", "demand", "call", "appeal", "ask", "press", "implore"})


def _appeal_after_perfect(reported: Token, appeal: Token) -> bool:
    """A plain past appeal ("urged") after a reported perfect ("had entered", "have crossed") with no auxiliary
    of its own: the tenses differ, so the appeal does not share the perfect's auxiliary and is not the reported
    doer's act but the speaker's (session 28); threats, vows and accusations stay with the reported doer."""
    return appeal.tag_ == "VBD" and appeal.lemma_.lower() in _PLAIN_APPEALS | _PERFECT_SPEAKER_ACTS \
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in children(reported)) \
        and not any(c.dep_ in ("aux", "auxpass") for c in children(appeal))


def _relative_follow_up(verb: Token) -> Token | None:
    """"The mayor praised the firefighters who rescued the children and urged residents to stay indoors": an
    appeal or undertaking (RELATIVE_FOLLOW_UPS) with no subject of its own, in the main verb's tense, that the parse
    coordinates with a relative clause on the main verb's object is the main subject's second act; the main verb,
    or None. A relative clause that itself says or appeals ("the officers who said ... and urged ...") keeps it
    (session 38 left42)."""
    rel = verb.head
    noun = rel.head
    main = noun.head
    if rel.dep_ != "relcl" or verb.i < rel.i or verb.lemma_.lower() not in _RELATIVE_FOLLOW_UPS \
            or noun.dep_ not in ("dobj", "obj") or main.i == noun.i or main.pos_ != "VERB" or verb.tag_ != main.tag_:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children(verb)):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS for c in children(rel)):
        return None
    said = rel.lemma_.lower()
    if said in _COORDINATED_SPEAKER_ACTS or said in SAYING_HEADS or said in _RELATIVE_FOLLOW_UPS:
        return None
    return main if any(c.dep_ in ("nsubj", "nsubjpass") for c in children(main)) else None


def subjects(verb: Token, depth: int = 0) -> list[Token]:
    """Heads of the phrase(s) that did the action of `verb` (logical subject)."""
    if depth > 5:
        return []
    described = participle_modifier(verb)
    if described is not None:
        return [described]    # "visiting officials": the officials visit
    if misread_predicate(verb) or predicate_before_report(verb):
        return [verb.head]    # "A man stabbed and killed his neighbour": the man stabbed
    doer = root_noun_predicate(verb)
    if doer is not None:
        return [doer]         # "Officers responding to a call shot a man": the officers shot
    kept = kept_from(verb)
    if kept:
        return kept           # "blocked lawyers from visiting him": the lawyers would have visited
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ == "dobj" and head.head.pos_ == "VERB" and (
            head.lemma_.lower() in _UTTERANCES or head.lemma_.lower() in _LEGAL_INSTRUMENTS
            and head.head.lemma_.lower() in _ENACTING_VERBS):
        # "the embassy issued a statement condemning the violence": the embassy condemns; "parliament passed a law
        # banning the newspaper": parliament bans (session 39 court43)
        return subjects(head.head, depth + 1)
    issuer = _document_issuer(verb)
    if issuer is not None:
        # "Amnesty released a report that accused the army of torture", "said in a statement that condemned the
        # raid": a document speaks for whoever issued it or spoke in it (session 40 multi44)
        return subjects(issuer, depth + 1)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() in _COORDINATED_SPEAKER_ACTS \
            and head.dep_ == "dobj" and head.head.pos_ == "VERB" and a_thing(head):
        # "a blogger who posted videos accusing the army of torture", "walked out of the talks accusing the
        # mediators": a thing accuses no one; the one who did the verb the thing is the object of does (session 38
        # left42)
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
        if not found:
            found = gerund_aux_subject(verb)      # "Shelling hit a market": the gerund the parse made an aux
    found = [past_label(_resolve_relative(comment_noun_doer(t), verb)) for t in found]
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
        if head.dep_ == "ccomp" and is_passive(head) and not is_passive(verb) and head.head.i != head.i \
                and head.head.i < head.i:
            # "said the fires were started by arsonists and called on the police to ...": an active verb the
            # parse coordinates with a passive complement clause goes with the verb that clause hangs on (round 14);
            # not when that verb follows the clause ("Troops were sent in and detained five men, officials said":
            # the troops detained them, session 45 lead)
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
        if (is_finite(verb) or past_after_infinitive(verb, head)) and head.tag_ == "VB" \
                and head.dep_ in ("xcomp", "advcl") and to_infinitive(head) and verb.i > head.i and head.head.i != head.i:
            # "called on both sides to stop fighting and offered to host talks": a finite verb the parse
            # coordinates with an infinitive cannot share its "to"; it goes with the verb the infinitive hangs on
            # (session 37 lead), or the first finite one above it ("vowed revenge for sending troops to fight it
            # and has killed hundreds"; session 38 lead); so does a past the tagger took for a participle
            # ("appealed to the government to free them and accused officers of ...", session 45 lead)
            return subjects(finite_above(head), depth + 1)
        reporter = thing_clause_reporter(verb, depth)
        if reporter is not None:
            return subjects(reporter, depth + 1)
        main = _relative_follow_up(verb)
        if main is not None:
            return subjects(main, depth + 1)
        return _passive_patient(head, verb) or subjects(head, depth + 1)
    if verb.dep_ == "dep" and verb.i > head.i and verb.tag_ in ("VBD", "VBZ"):
        # "Scholz, whose country's carmakers sell cars in China, urged both sides ...": the small model makes the
        # "whose" clause's verb the root, with the name as its subject, and hangs the name's own verb on it; the
        # name did it (session 37 lead)
        named = [c for c in children(head) if c.dep_ == "nsubj" and c.i < head.i
                 and any(g.lower_ == "whose" for g in c.subtree)]
        if named:
            return named
    asked = asked_by_preposition(verb)
    if asked:
        return asked
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and head.lemma_.lower() in _TIME_SPENDING_VERBS:
        # "spent two days in Tokyo meeting officials": the time spent is no doer; the spender did it (session 49 coop53)
        return subjects(head, depth + 1)
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
    main = _speaker_participle_after_clause(verb)
    if main is not None:
        # "China lodged a protest after a Japanese lawmaker visited Taiwan, calling the trip a violation": the
        # comment is the main clause's, not the subordinate clause's (session 45 lead)
        return subjects(main, depth + 1)
    if verb.dep_ == "advcl" and (verb.tag_ in ("VBG", "VB") or verb.tag_ == "VBN" and any(
            a.dep_ == "aux" and a.lower_ == "having" for a in children(verb))):
        # ("Having signed a trade pact with Japan, Vietnam now wants ...": a perfect participle's doer is the clause's
        # subject, as a present one's; session 44 coop48)
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
        if gov.dep_ == "npadvmod" and gov.pos_ == "NOUN" and gov.head.i != gov.i and gov.head.pos_ in ("VERB", "AUX"):
            gov = gov.head      # "Days after signing a pact with China, the premier said": the time hangs on the verb
        if gov.lemma_.lower() == "quote" and head.lower_ == "as" and not is_passive(gov):
            # "police quoted the driver as saying ...": the one quoted speaks (session 25)
            quoted = [c for c in children(gov) if c.dep_ == "dobj"]
            if quoted:
                return quoted
        patient = _passive_patient(gov, verb) if head.lower_ in _PATIENT_GERUND_PREPS else []
        if not patient and head.lower_ == "of" and gov.pos_ == "NOUN" and gov.lemma_.lower() in _INTENT_NOUNS \
                and gov.dep_ == "dobj" and gov.head.i != gov.i \
                and any(c.dep_ == "det" and c.lower_ == "no" for c in children(gov)):
            # "Hamas had no intention of recognising Israel": who disowns the intention would be the doer (the act is
            # refused: events/disowned_intents; session 37 left41)
            return subjects(gov.head, depth + 1)
        return patient or subjects(gov, depth + 1)
    return []


def thing_clause_reporter(verb: Token, depth: int = 0) -> Token | None:
    """"The envoy said the vote showed how divided they were and warned that ...", "said the floods proved the
    dams were weak and urged ...": an appeal or warning the parse coordinates with a reported clause whose doer is
    a thing (a vote, a report, the dams), or with a clause a verb of denial denies (DENYING_HEADS: any doer), is
    the speaker's second act -- the verb of saying that reports the clause, whose subject does it and in whose
    mood it is (round35); None when the verb is no such appeal, the clause's doer is someone and no denial
    denies it, or no verb of saying reports it."""
    head = verb.head
    if verb.dep_ != "conj" or head.i == verb.i or verb.i < head.i or verb.lemma_.lower() not in _COORDINATED_SPEAKER_ACTS \
            or not any(c.dep_ in ("ccomp", "xcomp", "prep", "dobj") for c in children(verb)) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb)):
        return None
    # ("denied that its troops had shelled the village and accused Kyiv of staging it": a denial reports the clause
    # it denies as a verb of saying does, and the one who denies a deed is the one who accuses or urges beside it,
    # whoever the deed's doer; session 40 multi44)
    heads = SAYING_HEADS | _DENYING_HEADS
    outer = head
    while outer.dep_ == "ccomp" and outer.head.i != outer.i and outer.head.lemma_.lower() not in heads:
        outer = outer.head
    if outer.dep_ != "ccomp" or outer.head.i == outer.i or outer.head.lemma_.lower() not in heads:
        return None
    if outer.head.lemma_.lower() in _DENYING_HEADS:
        return outer.head
    shared = subjects(head, depth + 1)
    if not shared or not all(a_thing(t) for t in shared):
        return None
    return outer.head


_DEAL_NOUNS = word_list("patterns", "DEAL_NOUNS")
_SCHEDULE_ADJECTIVES = word_list("patterns", "SCHEDULE_ADJECTIVES")


_PATIENT_GERUND_PREPS = word_list("patterns", "PATIENT_GERUND_PREPS")


_SPEAKER_PARTICIPLES = _COORDINATED_SPEAKER_ACTS | SAYING_HEADS | frozenset(word_list("patterns",
                                                                                      "NAMING_PARTICIPLES"))


def _speaker_participle_after_clause(verb: Token) -> Token | None:
    """A participle of saying, judging or naming set off by a comma ("..., calling the trip a violation", "...,
    accusing Tokyo of ...") that the parse hangs on a subordinate clause (after, when, as, because ...; or on a verb
    coordinated within it, "after X visited Taiwan and met its president, calling ...") which itself hangs on a main
    verb of saying, judging or protest ("lodged a protest", "condemned"): that main verb, whose subject is the
    speaker; None otherwise. After a main verb of another kind the participle stays the clause's ("Police fired tear
    gas as thousands clashed with troops, demanding ..."), and so do acts of force ("..., killing three")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != "," \
            or verb.lemma_.lower() not in _SPEAKER_PARTICIPLES:
        return None
    clause = verb.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    main = clause.head
    if clause.i == verb.i or clause.dep_ != "advcl" or main.i == clause.i or main.i > clause.i \
            or main.lemma_.lower() not in _SPEAKER_PARTICIPLES \
            or not any(c.dep_ == "mark" and c.i < clause.i for c in children(clause)):
        return None
    return main


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
_REPRISAL_NOUNS = word_list("patterns", "REPRISAL_NOUNS")
_PENALTY_OBJECTS = word_list("patterns", "PENALTY_OBJECTS")


def _document_issuer(verb: Token) -> Token | None:
    """The verb whose subject issued the document a relative clause ("a report that accused ...", "a statement
    which condemned ...") has as its subject: a verb of issuing with the document as its object (kb word list
    DOCUMENT_ISSUING_VERBS, as actors/document_authors reads an "it" after one), or a verb of saying whose "in"
    phrase holds it ("said in a report that ..."). None for any other clause, and for a document someone else
    wrote ("rejected a report that accused it": the report is not the rejecter's)."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in children(verb)):
        return None
    doc_noun = verb.head
    if doc_noun.pos_ != "NOUN" or doc_noun.lemma_.lower() not in _ISSUED_DOCUMENTS \
            or any(c.dep_ == "poss" for c in children(doc_noun)):
        return None
    above = doc_noun.head
    if doc_noun.dep_ in ("dobj", "obj") and above.lemma_.lower() in _DOCUMENT_ISSUING_VERBS:
        return above
    if doc_noun.dep_ == "pobj" and above.lower_ == "in" and above.head.lemma_.lower() in SAYING_HEADS:
        return above.head
    return None


def _stranded_suspects(charge: Token) -> list[Token]:
    """"Soldiers arrested four men on Saturday suspected of firing rockets": a bare participle of accusing that the
    parse hangs on the verb (a date or place between it and its noun) describes that verb's object, or its passive
    subject ("Two men were detained, accused of arson"; session 40 multi44)."""
    head = charge.head
    if charge.dep_ != "advcl" or charge.tag_ != "VBN" or head.pos_ != "VERB" \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in children(charge)):
        return []
    if is_passive(head):
        return [c for c in children(head) if c.dep_ == "nsubjpass"]
    return [c for c in children(head) if c.dep_ in ("dobj", "obj") and c.i < charge.i and not a_thing(c)]


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


def _paid_back(head: Token) -> list[Token]:
    """"vowed revenge against Moldova for deploying police", "threatened reprisals on the city for sheltering
    rebels": the one a noun of reprisal is against did the act of the for-gerund (REPRISAL_NOUNS; session 38 lead).
    `head` is what the for-phrase hangs on: the noun itself or the verb it is the object of."""
    nouns = [head] if head.pos_ == "NOUN" else [c for c in children(head) if c.dep_ in ("dobj", "obj")]
    return [o for n in nouns if n.lemma_.lower() in _REPRISAL_NOUNS
            for o in prep_objects(n, ("against", "on", "upon"))]


def _penalised(head: Token) -> list[Token]:
    """"registered a case against 30 workers for attacking a van", "awarded the death sentence to two men for
    killing a constable": the one a case, charge or penalty (word list PENALTY_OBJECTS, the object of `head`) is
    brought against or given to did the act of the for-gerund, not the verb's subject -- the against/on phrase of
    the object or the verb, the verb's to-phrase or its dative (session 41 crime45)."""
    if head.pos_ != "VERB":
        return []
    kids = children(head)
    if not any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _PENALTY_OBJECTS for c in kids):
        return []
    found = [o for c in kids if c.dep_ in ("dobj", "obj") for o in prep_objects(c, ("against", "on"))]
    found += prep_objects(head, ("against", "on", "to"))
    return found + [c for c in kids if c.dep_ == "dative" and c.pos_ != "ADP"]


_REASON_NOUNS = _REPRISAL_NOUNS | {"response", "reply", "answer"}


def reprisal_reason(tok: Token, trigger: Token) -> bool:
    """"attacked the convoy in retaliation for the arrest of their leader", "vowed revenge for the killing of its
    commander": a word inside the for- or to-phrase of a noun of reprisal (or of "in response to") names what is paid
    back, not whom the act is aimed at (session 38 lead). Walks up from `tok` to `trigger`."""
    t = tok
    for _ in range(8):
        if t.i == trigger.i or t.head.i == t.i:
            return False
        if t.dep_ == "prep" and t.lower_ in ("for", "to"):
            owner = t.head
            if owner.lemma_.lower() in _REASON_NOUNS:
                return True
            if t.lower_ == "for" and owner.i == trigger.i and any(
                    c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _REPRISAL_NOUNS for c in children(owner)):
                return True     # "vowed revenge for the killing": the for-phrase hangs on the verb
        t = t.head
    return False


def accused_of(verb: Token) -> list[Token] | None:
    """Who did the act a gerund names after "accused of", "charged with", "arrested for", "praised for": the
    accused (or praised), not the accuser -- the passive subject ("was charged with stabbing"), the noun a participle describes ("a man
    accused of killing") or the object ("accused the men of attacking"); None when the gerund is no such act."""
    prep = verb.head
    if verb.tag_ != "VBG" or prep.lower_ not in ("of", "with", "for") or prep.dep_ != "prep":
        return None
    charge = prep.head
    if prep.lower_ == "for":
        owed = _paid_back(charge) or _penalised(charge)
        if owed:
            return owed
    judges = _ACCUSATIONS | _JUDGED_FOR if prep.lower_ == "for" else _ACCUSATIONS
    if charge.dep_ in ("dobj", "obj") and charge.head.lemma_.lower() in judges:
        return [charge]     # the small model may hang "of attacking" on the object: "accused the men of ..."
    if charge.pos_ != "VERB" or charge.lemma_.lower() not in judges:
        return None
    if is_passive(charge):
        found = [c for c in children(charge) if c.dep_ == "nsubjpass"]
        if not found and charge.dep_ in ("acl", "amod"):
            found = [charge.head]
        return found or _stranded_suspects(charge)
    objs = [c for c in children(charge) if c.dep_ in ("dobj", "obj")]
    if not objs and prep.lower_ == "for":
        # "lashed out at the governor for vetoing", "railed against the council for closing": the one faulted stands
        # in the verb's at/on/against phrase (session 40 lead)
        objs = prep_objects(charge, ("at", "on", "against"))
    # (not "..., a claim echoed by state media")
    return [c for c in objs if not restating_object(c, objs)] or _stranded_suspects(charge)
