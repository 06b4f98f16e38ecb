""""Still, Lee said the delay can hurt families": reports with no "that" the small parser misreads (round 22).

Without "that" before the reported clause, the small English model now and then hangs the speaker's name on the
reporting verb as an adverb or interjection (the verb then has no subject), or hangs the reporting verb itself on
the reported clause as an adverb (the verb then has no clause). Both are common in news copy ("Smith said the
plan ...") and dropped the statement. The speaker is the name or personal pronoun right before the verb; what was
said is the clause the verb hangs on (convention misread-reports)."""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import roles
from newsgraph.nlp.cache import children

# the relations the model gives a speaker's name it failed to read as the subject
_MISREAD_DEPS = frozenset({"advmod", "intj", "npadvmod", "dep"})
_PERSONAL = word_list("patterns", "PERSONAL_SUBJECTS")
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def misread_speaker(verb: Token) -> Token | None:
    """The name or pronoun right before a finite reporting verb that has no subject, hung on the verb as an
    adverb or interjection ("Lee said ..." parsed as an adverb "Lee")."""
    if verb.i == 0 or verb.tag_ not in _FINITE or roles.subjects(verb):
        return None
    prev = verb.doc[verb.i - 1]
    if prev.head.i != verb.i or prev.dep_ not in _MISREAD_DEPS:
        return None
    if prev.tag_ in ("NNP", "NNPS") or prev.lower_ in _PERSONAL:
        return prev
    return None


_CLOSING = frozenset({'"', "”", "’", "'", "''"})


def inverted_object_speaker(verb: Token, cue_starts: set[int]) -> Token | None:
    """"'The dam will hold,' quipped the engineer Ann Roe": after a direct quote, the attribution's inverted
    subject read as the verb's direct object (the small model does so for verbs other than "said"); the noun right
    after the verb is the speaker when the verb is the quote's cue, has no subject and comes right after the
    closing quote (maybe after a comma); a subject inside the quote is a misreading ("'We waited,' recalled the
    teacher": "recalled" read as a conjunct of "waited"). None otherwise (convention inverted-object-speakers, session 27)."""
    if verb.idx not in cue_starts or verb.i < 2 or verb.tag_ not in _FINITE:
        return None
    close = verb.i - 1 if verb.doc[verb.i - 1].text != "," else verb.i - 2
    if verb.doc[close].text not in _CLOSING:
        return None
    if any(s.i > close for s in roles.subjects(verb)):
        return None     # a subject of its own after the quote; one inside the quote is a conjunct's misreading
    for o in roles.direct_objects(verb):
        if o.pos_ in ("NOUN", "PROPN") and o.left_edge.i == verb.i + 1:
            return o
    return None


# subordinators the small model reads as prepositions, making the next clause's subject their object
_CLAUSE_PREPOSITIONS = frozenset({"after", "before", "since", "until", "as"})


def preposition_object_speaker(verb: Token) -> Token | None:
    """"He was held after workers at a bakery said he ...": the model reads "after" as a preposition whose object
    is the clause's subject, and the reporting verb right after that noun phrase is left with no subject; the
    noun is the speaker (convention preposition-object-speakers, session 27). None otherwise."""
    if verb.i < 2 or verb.tag_ not in _FINITE or roles.subjects(verb):
        return None
    node, hops = verb.doc[verb.i - 1], 0
    while hops < 6 and not (node.dep_ == "pobj" and node.head.lower_ in _CLAUSE_PREPOSITIONS):
        if node.head.i == node.i or node.head.i >= verb.i:
            return None
        node, hops = node.head, hops + 1
    prep = node.head
    if node.right_edge.i != verb.i - 1 or node.pos_ not in ("NOUN", "PROPN", "PRON") or prep.dep_ != "prep" \
            or prep.i != node.left_edge.i - 1:
        return None
    return node


def opener_apposition_speaker(verb: Token) -> Token | None:
    """"As part of his plea, Tomas Brenner, 52, said that ...": the model hangs the name on the opening phrase's
    noun as its apposition, and the reporting verb right after it is left with no subject; the name (a proper noun,
    maybe followed by an age set off by commas) that ends right before the verb is its speaker (convention
    opener-appositions, session 26)."""
    if verb.i < 3 or verb.tag_ not in _FINITE or roles.subjects(verb):
        return None
    doc = verb.doc
    i = verb.i - 1
    if doc[i].text != ",":
        return None
    i -= 1
    if doc[i].dep_ == "appos" and doc[i].like_num and doc[i - 1].text == ",":
        i -= 2          # "Tomas Brenner, 52,": the age set off by commas
    name = doc[i]
    if name.tag_ not in ("NNP", "NNPS") or name.dep_ != "appos":
        return None
    node = name.head
    while node.dep_ in ("pobj", "prep") and node.head.i != verb.i:     # "part of his plea": up to the opening "As"
        node = node.head
    if node.dep_ != "prep" or node.head.i != verb.i or node.i != verb.sent.start:
        return None
    return name


# the relations of an opening clause or phrase the parse hangs on the reporting verb ("Speaking in Hanoi, ...",
# "Asked whether ..., ...", "During a visit to Hanoi, ...")
_OPENER_DEPS = frozenset({"advcl", "csubj", "prep", "npadvmod"})


def opener_clause_speaker(verb: Token) -> Token | None:
    """"Speaking during a visit to Hanoi, Australia's foreign minister said ...", "Asked whether Seoul would send
    arms to Ukraine, the defence minister replied that ...": the model hangs the speaker on the last noun of the
    opening clause as its apposition, and the reporting verb right after it is left with no subject. The apposition
    set off by a comma that ends right before the verb, inside an opening participle clause or phrase of the verb
    that starts the sentence, is the speaker (convention opener-clause-appositions, session 42 stmt46). None
    otherwise; opener_apposition_speaker reads the form with a comma before the verb."""
    if verb.i < 4 or verb.tag_ not in _FINITE or any(s.pos_ not in ("VERB", "AUX") for s in roles.subjects(verb)):
        return None     # (a clausal subject is the opening "Asked ...", misread as one)
    doc = verb.doc
    node = doc[verb.i - 1]
    if node.dep_ != "appos" or node.pos_ not in ("NOUN", "PROPN") or doc[node.left_edge.i - 1].text != ",":
        return None
    top = node
    while top.head.i != verb.i:
        if top.head.i == top.i or top.head.i > verb.i:
            return None
        top = top.head
    starts = all(t.is_punct or t.is_space for t in doc[verb.sent.start:top.left_edge.i])   # (a quote mark first)
    if top.dep_ not in _OPENER_DEPS or not starts or (top.dep_ != "prep" and top.tag_ not in ("VBG", "VBN")):
        return None
    return node


def trailing_apposition_speaker(verb: Token) -> Token | None:
    """"A shell hit the depot, the regional governor, Ana Roe, said on Monday": the model hangs the trailing
    speaker on the last noun of what was said as its apposition, and the reporting verb after it is left with no
    subject. The apposition set off by commas that ends right before the verb and hangs inside the verb's reported
    clause is the speaker; of a chain ("the governor, Ana Roe") the first link, which the others describe
    (convention trailing-appositions, session 33 lead). None otherwise."""
    if verb.i < 4 or verb.tag_ not in _FINITE or roles.subjects(verb):
        return None
    doc = verb.doc
    if doc[verb.i - 1].text != ",":
        return None
    end = doc[verb.i - 2]
    node = end if end.dep_ == "appos" else end.head if end.head.dep_ == "appos" and end.dep_ in (
        "compound", "amod") else None
    if node is None or node.right_edge.i != verb.i - 2:
        return None
    while node.head.dep_ == "appos" and node.head.i < node.i:
        node = node.head        # "the governor, Ana Roe": the chain's first link
    reported = [c for c in children(verb) if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i]
    if node.pos_ not in ("NOUN", "PROPN") or doc[node.left_edge.i - 1].text != "," \
            or not any(r.is_ancestor(node) for r in reported):
        return None
    return node


def misread_clause(verb: Token) -> bool:
    """The reporting verb hangs as an adverb on the clause after it that it reports, and its speaker was misread
    too ("Still, Lee said the delay can hurt": "said" an adverb of "hurt")."""
    head = verb.head
    return verb.dep_ in _MISREAD_DEPS and head.i > verb.i and head.pos_ in ("VERB", "AUX") \
        and misread_speaker(verb) is not None


def _conj_verbs(tok: Token) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
            out += [c] + _conj_verbs(c)
    return out


def object_clause(verb: Token) -> bool:
    """"Lee said the pairing of the two came about by chance", "Lee said costs and lost pay have a wide toll": the
    model reads the reported clause's subject as the object of "said" and its verb as a second verb of the
    speaker; a later verb with a subject of its own, or in the present tense after a past "said", is the clause's."""
    if verb.lemma_.lower() != "say" or verb.i + 1 >= len(verb.doc):
        return False
    objects = [o for o in roles.direct_objects(verb) if o.pos_ in ("NOUN", "PROPN") and o.left_edge.i == verb.i + 1]
    if not objects:
        return False
    for v in (v for v in _conj_verbs(verb) if v.i > objects[0].i):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return True
        if verb.tag_ == "VBD" and v.tag_ in ("VBZ", "VBP"):
            return True
    return False


def that_object(verb: Token) -> bool:
    """"The firm announced that as part of a plan it was cutting staff": the model reads the "that" that opens the
    reported clause as the verb's direct object and hangs the clause elsewhere (on the inserted phrase's noun);
    a "that" tagged as a subordinator, with a verb of its own after it, is the clause's (convention
    that-objects, round25). "She said that." has a pronoun "that" (DT) and stays no report."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lower_ == "that" and c.tag_ == "IN" and c.i > verb.i:
            return any(t.pos_ in ("VERB", "AUX") and t.tag_ in _FINITE | {"MD"} for t in verb.doc[c.i + 1:verb.sent.end])
    return False
