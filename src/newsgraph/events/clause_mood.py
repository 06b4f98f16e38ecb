"""Clauses that assert no act: generic and habitual present, questions, imperatives, inverted conditions
(conventions.csv `generic-clauses`, `questions`, `imperatives`, `inverted-conditions`, `future-time-clauses`,
round 19).

Opinion pieces, analysis and explainers name acts they do not report: "when marchers fight the police, they
reject the state" says what marchers do in general, "Why did the minister attack the press?" asks, "Let us
condemn the jailings" exhorts, "had they agreed, ..." supposes. CAMEO codes acts that happened (or were
announced); each test below reads the clause the trigger stands in off the dependency parse, so the same verbs
in a past or particular clause ("When police arrived, they arrested two men") stay events. The words the tests
look for are word lists of data/patterns/word_lists.csv.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.datafile import word_list
from newsgraph.events.headlines import is_title_case
from newsgraph.nlp.cache import children

_GENERIC_WHEN = word_list("patterns", "GENERIC_SUBORDINATORS")
_EVERY = word_list("patterns", "EVERY_DETERMINERS")
_HABITUAL = word_list("patterns", "HABITUAL_ADVERBS")
_TENDING = word_list("patterns", "TENDING_VERBS")
_GENERIC_SUBJECTS = word_list("patterns", "GENERIC_PRONOUN_SUBJECTS")
_QUANTIFIERS = word_list("patterns", "GENERIC_DETERMINERS")
_QUESTION_WORDS = word_list("patterns", "QUESTION_WORDS")
_INVERTING = word_list("patterns", "INVERTING_AUXILIARIES")
_CLAUSE_OPENERS = word_list("patterns", "CLAUSE_OPENERS")
_CONDITIONS = word_list("patterns", "CONDITIONS")
_TIME_SUBORDINATORS = word_list("patterns", "FUTURE_TIME_SUBORDINATORS")
_COUNTERFACTUAL_MODALS = word_list("patterns", "COUNTERFACTUAL_MODALS")
_EXPERIENCE_VERBS = word_list("patterns", "EXPERIENCE_VERBS")
_FUTURE = word_list("patterns", "FUTURE_AUXILIARIES")
_FREQUENT = word_list("patterns", "FREQUENCY_ADJECTIVES")
_PERIODS = word_list("patterns", "FREQUENCY_PERIODS")
_CONDITIONAL_FUTURE = word_list("patterns", "CONDITIONAL_FUTURE_AUXILIARIES")
_PERMITTING = word_list("patterns", "PERMITTING_VERBS")
_INSTRUMENTS = word_list("patterns", "LEGAL_INSTRUMENTS") | word_list("patterns", "POWER_NOUNS")

_PRESENT = ("VBZ", "VBP")
_SUBJECTS = ("nsubj", "nsubjpass")
# edges from a word to the verb of its clause (a noun's, a preposition's, a participle modifier's)
_NOMINAL_EDGES = {"nsubj", "nsubjpass", "dobj", "pobj", "prep", "compound", "amod", "poss", "appos", "attr",
                  "npadvmod", "dative", "oprd", "agent", "nmod", "pcomp", "acomp"}
_OPENING_DEPS = ("cc", "punct", "intj", "advmod", "prep", "discourse")


def clause_verb(tok: Token) -> Token:
    """The verb of the clause `tok` stands in: itself for a verb, else the verb its noun phrase hangs on; a
    coordinated verb without a subject of its own reads as the verb it is coordinated with, and a
    participle on a noun as the verb of that noun ("see them as criminals causing destruction": "see")."""
    node, hops = tok, 0
    while hops < 8 and node.head.i != node.i and (
            (node.pos_ not in ("VERB", "AUX") and node.dep_ in _NOMINAL_EDGES | {"conj"})
            or (node.dep_ == "acl" and node.tag_ == "VBG")):
        node, hops = node.head, hops + 1
    while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in _SUBJECTS for c in children(node)):
        node = node.head
    return node


def present_simple(verb: Token) -> bool:
    """"fight", "rejects", "are investigated": the simple present, active or passive, with no modal, no
    perfect and no progressive."""
    kids = children(verb)
    if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in ("to", "have", "has")) for c in kids):
        return False
    if verb.tag_ in _PRESENT:
        return not any(c.dep_ == "aux" and c.tag_ in ("VBD", "VBN") for c in kids)
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in _PRESENT for c in kids)


def _generic_when(verb: Token) -> bool:
    """A present clause opened by "when"/"whenever" or "every time" (advmod, mark, or the noun of "every time");
    not one under a verb with a modal ("will sign the accord when she visits Kyiv": a time to come)."""
    if not present_simple(verb) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in children(verb.head)):
        return False
    for c in children(verb):
        if c.dep_ in ("advmod", "mark") and c.lower_ in _GENERIC_WHEN and c.i < verb.i:
            return True
        if c.dep_ == "npadvmod" and c.lower_ == "time" and any(d.lower_ in _EVERY for d in children(c)):
            return True
    return verb.dep_ == "relcl" and verb.head.lower_ == "time" and any(d.lower_ in _EVERY
                                                                       for d in children(verb.head))


def _bare_plural(noun: Token) -> bool:
    """"reporters", "foreign reporters": a plural noun with no determiner, number, owner or phrase naming whose
    ("leaders of Japan and Peru" are particular people)."""
    return noun.tag_ == "NNS" and not noun.ent_type_ and all(
        c.dep_ == "amod" and c.tag_ != "CD" and not c.ent_type_ for c in children(noun))


def generic_clause(trigger: Token, sent: Span) -> bool:
    """The trigger's clause says what happens in general: a present "when"/"whenever"/"every time" clause, or a
    present main clause such a clause (or a present "if" clause before it) governs ("when marchers fight the police, they
    reject the state"); a present clause with a habitual adverb or "tend to" ("police usually arrest ..."); a
    present clause whose subject is "anyone" (or a present relative clause on it), "some of which" or a bare plural in the passive ("professors are
    investigated for ..."). A line without closing punctuation may be a headline, whose present tells news:
    it is left alone."""
    if headline_like(sent):
        return False
    verb = clause_verb(trigger)
    if _generic_when(verb):
        return True
    if verb.dep_ == "relcl" and verb.head.lower_ in _GENERIC_SUBJECTS and present_simple(verb):
        return True     # "anyone who attacks a nurse ..."
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _TENDING and present_simple(verb.head):
        return True     # "tend to arrest critics": the infinitive of a verb of tending
    if not present_simple(verb):
        return False
    kids = children(verb)
    if any(c.dep_ in ("advcl", "ccomp") and (_generic_when(c) or (_condition(c) and present_simple(c) and c.i < verb.i))
           for c in kids):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in kids):
        return True
    for subj in (c for c in kids if c.dep_ in _SUBJECTS):
        if subj.lower_ in _GENERIC_SUBJECTS:
            return True
        if subj.lower_ in _QUANTIFIERS and any(p.dep_ == "prep" and p.lower_ == "of" and any(
                o.lower_ in ("which", "whom") or _bare_plural(o) or (o.tag_ == "NN" and not children(o))
                for o in children(p)) for p in children(subj)):
            return True     # "some of which invest millions", "lots of media see ...": part of a kind, in general
        if subj.dep_ == "nsubjpass" and _bare_plural(subj):
            return True     # "professors are investigated for quoting books"
    return False


def generic_kind(trigger: Token) -> bool:
    """"Clashes are frequent in the region", "violence is common there": an event noun with no determiner, number
    or owner, the subject of a simple-present "be" with an adjective of frequency, names a kind of act, not one
    act (convention generic-kinds, round 21); "the clashes were rare" or "a bombing is rare" are left alone."""
    verb = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ != "nsubj" or verb.i == trigger.i or verb.lemma_ != "be" \
            or not present_simple(verb):
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in children(trigger)):
        return False
    return any(c.dep_ == "acomp" and c.lower_ in _FREQUENT for c in children(verb))


def _condition(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children(verb))


def headline_like(sent: Span) -> bool:
    last = next((t for t in reversed(sent) if not t.is_space and t.text not in ('"', "'", "\u201d", "\u2019", ")")),
                None)
    return last is None or last.text not in (".", "!", "?", "...", "\u2026") or is_title_case(sent)


def _question_mark(trigger: Token, sent: Span) -> Token | None:
    """The question mark that closes the stretch the trigger stands in: the first one after it with no full stop
    between (the parser sometimes runs a question and the next sentence into one: "Will they vote for him? Had
    the party ...")."""
    for tok in sent.doc[trigger.i + 1: sent.end]:
        if tok.text == "?":
            return tok
        if tok.text in (".", "!"):
            return None
    return None


def _interrogative(verb: Token, mark: Token) -> bool:
    """A clause in the form of a question that the final question mark closes: it opens with a question word
    ("Why did ...", "Who would ...", "Why these protests now?") or its auxiliary comes before its subject
    ("Did the envoy meet ...", "Is it any wonder ...")."""
    if not (verb.right_edge.i >= mark.i - 1 and verb.i < mark.i):
        return False
    subjects = [c for c in children(verb) if c.dep_ in _SUBJECTS + ("expl",)]
    opener = _clause_opener(verb)
    if opener is not None and opener.lower_ in _QUESTION_WORDS:
        return True
    if subjects and (any(c.dep_ in ("aux", "auxpass") and c.i < subjects[0].i for c in children(verb))
                     or (verb.i < subjects[0].i and (verb.tag_ == "MD" or verb.lemma_.lower() in ("be", "do", "have")))):
        return True
    return False


def _clause_opener(verb: Token) -> Token | None:
    """The first word of the clause proper: past a leading "but", "so", comma or interjection, and not inside a
    subordinate clause that opens it ("When police came, who ..." opens with "who")."""
    for tok in verb.subtree:
        if tok.i >= verb.i:
            return tok
        if tok.is_punct or tok.lower_ in _CLAUSE_OPENERS or tok.dep_ in ("cc", "intj", "discourse"):
            continue
        node = tok
        while node.head.i != verb.i and node.head.i != node.i:
            if node.dep_ in ("advcl", "ccomp", "csubj", "relcl", "acl"):
                break
            node = node.head
        if node.dep_ in ("advcl", "ccomp", "csubj", "relcl", "acl"):
            continue
        return tok
    return None


_PRESUPPOSING = frozenset({"why", "how", "when", "where"})


def _presupposed(verb: Token) -> bool:
    """"Why did they arrest my son?", "How did the rebels take the town?": a past question of why, how, when or
    where asks about an act that happened; one with a modal ("Why would anyone attack the press?") or in the
    present asks about none."""
    opener = _clause_opener(verb)
    if opener is None or opener.lower_ not in _PRESUPPOSING:
        return False
    auxes = [c for c in children(verb) if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


def questioned(trigger: Token, sent: Span) -> bool:
    """The act is asked about: the trigger's clause, or one it is a complement or adjunct of, is a question that
    a question mark closes ("Why did the minister attack the press?", "Who would blame a
    farmer for blocking a road?"). What a relative clause or participle says of a noun stays ("Did the men who
    attacked the bus flee?"), and so does a declarative clause before the question ("Protesters blocked the
    road, but who can blame them?")."""
    mark = _question_mark(trigger, sent)
    if mark is None:
        return False
    node, hops = trigger, 0
    while hops < 12:
        if _interrogative(node, mark):
            return not _presupposed(node)
        if node.dep_ in ("relcl", "acl", "advcl", "parataxis") or node.head.i == node.i:
            return False
        node, hops = node.head, hops + 1
    return False


def imperative(trigger: Token, sent: Span) -> bool:
    """The trigger stands in (or under) a sentence's main verb that is a bare imperative: a base form with no
    subject or auxiliary opening the sentence ("Let us condemn ...", "Stop arresting journalists!", "Release
    the prisoners now."). A title-case line is a headline, not an order."""
    root = sent.root
    if root.tag_ != "VB" or any(c.dep_ in _SUBJECTS + ("aux", "auxpass", "expl") for c in children(root)):
        return False
    opener = _clause_opener(root)
    if opener is None or opener.i != root.i or is_title_case(sent):
        return False
    node, hops = trigger, 0
    while hops < 12:
        if node.i == root.i:
            return True
        if node.dep_ in ("relcl", "acl", "advcl") or node.head.i == node.i:
            return False
        node, hops = node.head, hops + 1
    return False


_OPENING_QUOTES = ('"', "\u201c", "\u2018", "'")


def quoted_imperative(trigger: Token) -> bool:
    """The trigger stands in (or under) a bare imperative that opens a quotation: '"Arrest them all," he shouted',
    'said: "Go home and let the police do their work"', '"Condemn this attack," she urged' -- a base form with no
    subject, auxiliary or mark, the first word of its clause right after an opening quote mark. The speaker orders
    or urges the act; it is not reported as done (convention quoted-imperatives, round36). A quoted "to" infinitive,
    a verb with a modal or subject ('"We will arrest them"') and a verb quoted mid-clause ('vowed to "crush" them')
    are no imperatives."""
    node, hops = trigger, 0
    while hops < 12:
        if node.tag_ == "VB" and node.pos_ in ("VERB", "AUX") and node.left_edge.i == node.i and node.i > 0 \
                and node.doc[node.i - 1].text in _OPENING_QUOTES \
                and not any(c.dep_ in _SUBJECTS + ("aux", "auxpass", "expl", "mark") for c in children(node)):
            return True
        if node.dep_ in ("relcl", "acl", "advcl") or node.head.i == node.i:
            return False
        node, hops = node.head, hops + 1
    return False


def inverted_condition(trigger: Token) -> bool:
    """A condition told by inversion, with no "if": "Had they agreed to the truce, ...", "Were the army to
    withdraw, ...", "Should talks fail, ..." -- an auxiliary from INVERTING_AUXILIARIES opens the clause before
    its subject, and the clause depends on another."""
    verb = clause_verb(trigger)
    node = verb.head if verb.dep_ in ("ccomp", "xcomp") and verb.head.lower_ in _INVERTING else verb
    if node.dep_ not in ("advcl", "ccomp") or any(c.dep_ == "mark" for c in children(node)):
        return False
    subjects = [c for c in children(verb) if c.dep_ in _SUBJECTS]
    first = node.left_edge
    if not subjects or first.i >= subjects[0].i or first.lower_ not in _INVERTING:
        return False
    return first.i == node.i or (first.head.i == node.i and first.dep_ in ("aux", "auxpass"))


def future_time_clause(trigger: Token, would: bool = False) -> bool:
    """A clause of time in the simple present under a verb with "will" or "shall" tells a time to come: "will
    sign the accord when she visits Kyiv", "will meet the rebels after he arrives", "will withdraw once the rebels
    disarm" -- the visit, the arrival and the disarming are planned, not done. With `would` (convention
    future-time-would, session 40 left44), under "would" too: "Kenya would reopen the border when Somalia releases
    the traders" (a present after "would" can only be a time to come; a habitual "would" takes a past: "would come
    when we called"). "while" is no word of time here: "would not sign a deal while China holds two Canadians"
    tells what is going on. With `would`, an infinitive the clause of time governs is read as that clause ("will be
    put to the test when lawmakers vote to end the shutdown": the ending is to come)."""
    verb = clause_verb(trigger)
    hops = 0
    while would and verb.dep_ == "xcomp" and verb.head.i != verb.i and hops < 3:
        verb, hops = verb.head, hops + 1    # "when lawmakers vote to end the shutdown": the clause of "vote"
    if verb.dep_ != "advcl" or not present_simple(verb):
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_SUBORDINATORS and c.i < verb.i for c in children(verb)):
        return False
    modals = _FUTURE | _CONDITIONAL_FUTURE if would else _FUTURE
    return any(c.dep_ == "aux" and c.lower_ in modals for c in children(verb.head))


def procedure_clause(trigger: Token, sent: Span) -> bool:
    """What a rule or routine provides, told in the simple present, is no act that happened (convention
    generic-procedures, session 40 left44): a passive whose subject is a bare plural of a kind, modified by common
    words ("asylum hearings are held before a judge", "cases of graft are investigated by a special unit"); a
    present clause with an adjunct of a period ("a panel which meets twice a year"); a clause of time under a
    generic or routine clause ("are typically held for 15 days before they are charged"). A headline's present
    tells news and is left alone."""
    if headline_like(sent):
        return False
    verb = clause_verb(trigger)
    if not present_simple(verb):
        return False
    kids = children(verb)
    if any(c.dep_ == "npadvmod" and c.lemma_.lower() in _PERIODS and any(
            d.lower_ in ("a", "an", "per") or d.lower_ in _EVERY for d in children(c)) for c in kids):
        return True
    if any(c.dep_ == "nsubjpass" and _kind_plural(c) for c in kids):
        return True
    # (the small model may hang the clause of time on a preposition before it: "held for 30 days before ...")
    head = verb.head.head if verb.dep_ == "pcomp" and verb.head.pos_ == "ADP" else verb.head
    return verb.dep_ in ("advcl", "pcomp") and head.i != verb.i and head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "mark" and c.lower_ in _TIME_SUBORDINATORS for c in kids) \
        and (generic_clause(head, sent) or procedure_clause(head, sent))


def _kind_plural(noun: Token) -> bool:
    """"asylum hearings", "cases of graft": a bare plural (`_bare_plural`) whose modifiers may also be common nouns
    and an of-phrase naming a kind (no determiner, number, owner or name of its own)."""
    if noun.tag_ != "NNS" or noun.ent_type_:
        return False
    for c in children(noun):
        if c.dep_ in ("amod", "compound") and c.tag_ != "CD" and not c.ent_type_ and c.pos_ in ("ADJ", "NOUN"):
            continue
        if c.dep_ == "prep" and c.lower_ == "of" and all(
                o.dep_ == "pobj" and o.pos_ == "NOUN" and not o.ent_type_ and _undetermined(o) for o in children(c)):
            continue
        return False
    return True


def instrument_permitted(trigger: Token) -> bool:
    """What a law, decree or power allows is a power, not an act done (convention permitted-acts, session 40
    left44): "the amendment allows police to detain suspects for 90 days", "gives the president broad powers,
    allowing him to silence critics" -- the complement of a verb of permitting whose subject, or for a participle
    the subject of the verb it hangs on, is a legal instrument or a power. A permission an actor gives ("the army
    allowed the convoy to cross") leaves the act as it is."""
    verb = clause_verb(trigger)
    permit = verb.head
    if verb.dep_ not in ("ccomp", "xcomp") or permit.i == verb.i or permit.lemma_.lower() not in _PERMITTING:
        return False
    holder = permit.head if permit.dep_ == "advcl" and permit.tag_ == "VBG" else permit
    return any(c.dep_ in _SUBJECTS and c.lemma_.lower() in _INSTRUMENTS for c in children(holder))


def counterfactual_past(trigger: Token) -> bool:
    """"The guards would have opened fire if ...", "the bomb could have killed dozens": a modal of
    COUNTERFACTUAL_MODALS with "have" before a past participle tells a past that did not happen (convention
    counterfactual-past, session 38 left42); "will have" (a future perfect) and "must have" (an inference) do not."""
    verb = clause_verb(trigger)
    if verb.tag_ != "VBN":
        return False
    auxes = [c for c in children(verb) if c.dep_ == "aux"]
    return any(a.lower_ in _COUNTERFACTUAL_MODALS for a in auxes) and any(a.lemma_.lower() == "have" for a in auxes)


def _undetermined(noun: Token) -> bool:
    """No determiner, number or owner: "threats", "repeated threats", "journalists in Honduras"."""
    return not any(c.dep_ in ("det", "poss", "nummod") for c in children(noun))


def generic_experience(trigger: Token) -> bool:
    """"She has received death threats", "journalists face harassment and arrest": an act noun with no determiner
    that is the object of a verb of undergoing (EXPERIENCE_VERBS) in the present perfect, or in the present with
    a plural subject without a determiner, tells acts in general, with no doer and no occasion (convention
    generic-experiences, session 38 left42); "received a death threat on Monday", "the suspect faces charges" stay."""
    noun, hops = trigger, 0
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and hops < 4:
        noun, hops = noun.head, hops + 1     # "harassment and arrest": the first conjunct is the object
    verb = noun.head
    if noun.dep_ != "dobj" or noun.pos_ not in ("NOUN", "PROPN") or verb.lemma_.lower() not in _EXPERIENCE_VERBS \
            or not _undetermined(noun) or not _undetermined(trigger):
        return False
    auxes = [c for c in children(verb) if c.dep_ == "aux"]
    if verb.tag_ == "VBN" and auxes and all(a.tag_ in _PRESENT and a.lemma_.lower() == "have" for a in auxes):
        return True     # the present perfect: "has received", "have faced"
    return present_simple(verb) and any(c.dep_ == "nsubj" and c.tag_ == "NNS" and _undetermined(c) and not c.ent_type_
                                        for c in children(verb))
