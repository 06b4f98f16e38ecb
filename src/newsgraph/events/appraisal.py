"""Appraisal of what a statement reports: which words judge, and whether they are placed to judge an actor.

Explicit tone words (statement_tones.csv) are few, and human coders code a statement by what it does: a speaker
who says another actor "had a crazy policy", "was a proven failure" or "had rigged the vote" criticises or accuses
that actor, whatever words carry it. This module is the broad second reading of a plain statement (convention
`appraisal`, round 17; data/patterns/appraisals.csv): an adjective or noun whose VADER rating reaches the
threshold, or a verb of wrongdoing. The statement coder (statements.py) reads the words in what was said and finds
whom they judge (`tone_targets._judged`); a word that judges no actor named there leaves the statement 010.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.datafile import DataFileError, package_data, read_rows, word_list
from newsgraph.events import roles
from newsgraph.events.conventions import enabled as conv_enabled
from newsgraph.events.patterns import noun_sets, pattern_index, split_values
from newsgraph.events.statement_data import tone_words
from newsgraph.nlp.cache import children
from newsgraph.tone.lexicon import valences

NEGATIVE, POSITIVE = "111", "051"
# a participle in these places is an adjective ("called the move heartbreaking"), not a deed
_ADJECTIVAL = frozenset({"oprd", "acomp", "amod"})
# modals that make a clause a demand, not a judgement of what is ("must end this brutal crackdown")
_DEMANDING = frozenset(word_list("patterns", "OBLIGATION_MODALS"))
# clause marks that make what follows a hedge, not a judgement: "said it was unclear whether X had lied"
_HEDGES = frozenset({"if", "whether", "unless"})
# verbs of arresting, charging and punishing whose for/over phrase is the reason the act was done (word list
# ACCUSATIONS: "arrested for allegedly duping pensioners"; session 41 crime45)
_PUNISHING = frozenset(word_list("patterns", "ACCUSATIONS"))
_PARTICIPLE_ADJECTIVES = frozenset(word_list("patterns", "PARTICIPLE_ADJECTIVES"))
# the endings of adjectives the small model may tag a noun ("called the junta illegitimate"; session 36 lead)
_ADJECTIVE_ENDINGS = ("ate", "ous", "ble", "al", "ic", "ive", "ful", "less", "ent", "ant", "ish", "ed")
_LABEL_KINDS = frozenset(word_list("patterns", "LABEL_KINDS"))       # "a form of blackmail" (session 43 crit47)
_EQUATING = frozenset(word_list("patterns", "EQUATING_WORDS"))        # "amounted to maladministration"
_ATTEMPT_VERBS = frozenset(word_list("patterns", "ATTEMPT_VERBS"))     # "was trying to rig the vote" (attempted-deeds)


@dataclass(frozen=True)
class Appraisals:
    threshold: float            # criticism's (111)
    praise_threshold: float     # praise's (051)
    ratings: dict[str, tuple[str, float]]       # our own ratings: word -> (row id, rating)
    states: frozenset[str]
    holders: frozenset[str]
    deeds: dict[str, tuple[str, str, frozenset[str]]]   # verb lemma -> (row id, CAMEO code, anchors)
    # verb lemma -> (row id, only said of an act: harm-act, only with a harmful object: cause), round20
    harms: dict[str, tuple[str, bool, bool]]
    manners: dict[str, str]     # adverb -> row id: a deed done so is a wrong ("unfairly", "illegally"), round20


@functools.lru_cache(maxsize=1)
def appraisals() -> Appraisals:
    """The rows of appraisals.csv, checked."""
    path = package_data("patterns", "appraisals.csv")
    thresholds, ratings, states, holders, deeds, harms, manners = {}, {}, set(), set(), {}, {}, {}
    for lineno, r in read_rows(path, ("kind", "since"), optional=("words", "cameo", "valence", "example")):
        kind, words = r["kind"], split_values(r["words"])
        if kind == "threshold":
            thresholds[r["cameo"]] = float(r["valence"])
        elif kind == "rating":
            for w in words:
                ratings[w] = (r["id"], float(r["valence"]))
        elif kind == "state":
            states.update(words)
        elif kind == "holder":
            holders.update(words)
        elif kind == "deed":
            if r["cameo"] not in ("111", "112"):
                raise DataFileError(path, lineno, f"a deed is criticism (111) or accusation (112), not {r['cameo']!r}")
            for w in words:
                lemma, _, anchor = w.partition("@")
                known = deeds.get(lemma)
                anchors = (known[2] if known else frozenset()) | ({anchor} if anchor else set())
                # (a lemma a later row gives more anchors keeps its first row: "put@politics" stays crit29's)
                deeds[lemma] = (known[0], known[1], frozenset(anchors)) if known else (r["id"], r["cameo"],
                                                                                     frozenset(anchors))
        elif kind in ("harm", "harm-act", "cause"):
            if r["cameo"] != NEGATIVE:
                raise DataFileError(path, lineno, f"a verb of harm is criticism (111), not {r['cameo']!r}")
            harms.update({w: (r["id"], kind == "harm-act", kind == "cause") for w in words})
        elif kind == "manner":
            if r["cameo"] != NEGATIVE:
                raise DataFileError(path, lineno, f"a manner of wrongdoing is criticism (111), not {r['cameo']!r}")
            manners.update({w: r["id"] for w in words})
        else:
            raise DataFileError(path, lineno, f"kind {kind!r} is not threshold, rating, state, holder, deed, harm, "
                                              "harm-act, cause or manner")
    if set(thresholds) != {NEGATIVE, POSITIVE}:
        raise DataFileError(path, 0, "a threshold row for 111 and one for 051 are needed")
    return Appraisals(thresholds[NEGATIVE], thresholds[POSITIVE], ratings, frozenset(states), frozenset(holders),
                      deeds, harms, manners)


def harm_of_acts_only(rule: str) -> bool:
    """The row `rule` is a verb of harm that criticises only when said of an act (kind harm-act)."""
    return any(row == rule and acts for row, acts, _ in appraisals().harms.values())


def rating(lemma: str, lower: str) -> tuple[str, float] | None:
    """(row id, rating) of an evaluative word: our own rating, else VADER's (of the word as written, else of its
    lemma); None below the threshold or for a word of feeling or fortune."""
    table = appraisals()
    if lemma in table.states or lower in table.states:
        return None
    if lemma in table.ratings or lower in table.ratings:
        return table.ratings.get(lemma) or table.ratings[lower]
    value = valences().get(lower, valences().get(lemma))
    if value is None or abs(value) < (table.threshold if value < 0 else table.praise_threshold):
        return None
    return ("AP-vader-negative" if value < 0 else "AP-vader-positive"), value


def word_appraisal(tok: Token, lemma: str, lower: str, explicit: tuple[str, str] | None = None
                   ) -> tuple[str, str, frozenset[str]] | None:
    """(row id, CAMEO code, anchors) when the word may judge: a verb of wrongdoing, or an adjective or noun
    rated beyond the threshold (111 when negative, 051 when positive). `explicit` is the word's own tone row
    (id, code) when it has one: a word of condemnation or praise is rated so whatever VADER says ("crazy")."""
    if tok.pos_ == "ADV":
        rule = appraisals().manners.get(lower)
        return (rule, NEGATIVE, frozenset()) if rule else None
    if _deed(tok):
        harm = appraisals().harms.get(lemma)
        if harm is not None and harm[2] and not _harmful_object(tok):
            return None     # "created jobs", "brought relief": no harm caused
        return (harm[0], NEGATIVE, frozenset()) if harm else appraisals().deeds.get(lemma)
    if tok.pos_ not in ("ADJ", "NOUN", "VERB"):
        return None
    if explicit is not None and explicit[1] in (NEGATIVE, POSITIVE):
        return f"AP-{explicit[0]}", explicit[1], frozenset()
    found = rating(lemma, lower)
    if found is None:
        return None
    rule, value = found
    return rule, NEGATIVE if value < 0 else POSITIVE, frozenset()


def _be_participle(tok: Token) -> bool:
    """"are sickening", "was troubling": a present participle after "be" (the parse makes it a progressive verb)."""
    return tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in children(tok))


def _adjectival(tok: Token) -> bool:
    """A participle used as an adjective: "called the move heartbreaking", "Trump's excesses are sickening" (a
    participle after "be" with no object, that VADER rates as written and that is no verb of wrongdoing or of
    an event pattern: "were attacking" and "was ignoring nurses" are acts)."""
    if tok.pos_ != "VERB":
        return False
    if tok.dep_ in _ADJECTIVAL:
        return True
    lemma = tok.lemma_.lower()
    return _be_participle(tok) and tok.lower_ in valences() and lemma not in appraisals().deeds \
        and lemma not in pattern_index("verb") and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children(tok))


def _deed(tok: Token) -> bool:
    return tok.pos_ == "VERB" and not _adjectival(tok)


_NAMING_VERBS = frozenset({"call", "label", "brand", "dub", "term"})
_LABEL_FRAMES = word_list("patterns", "LABEL_FRAME_NOUNS")
_QUOTE_MARKS = frozenset({'"', "'", "\u201c", "\u2018", "``"})


def named_labels(verb: Token) -> list[Token]:
    """What a verb of naming calls its object where the small model does not parse it as a predicate: a quoted
    label it hangs on the object as an apposition ("called the tariffs 'naked protectionism'"), and the noun of
    a framing predicate ("branded the sanctions an act of economic terrorism": terrorism; LABEL_FRAME_NOUNS).
    Session 38 left42; labels hung inside the object with no quotation marks, _unmarked_labels (session 40)."""
    if verb.lemma_.lower() not in _NAMING_VERBS:
        return []
    objs = [c for c in children(verb) if c.dep_ == "dobj"]
    if not objs:
        return []
    quoted = [a for a in children(objs[0]) if a.dep_ == "appos" and a.i > objs[0].i and a.left_edge.i > 0
              and verb.doc[a.left_edge.i - 1].text in _QUOTE_MARKS]
    quoted += [a for a in _unmarked_labels(objs[0]) if a not in quoted]
    predicates = objs[1:] + [c for c in children(verb) if c.dep_ == "oprd"] + quoted
    framed = [g for lab in predicates if lab.lemma_.lower() in _LABEL_FRAMES
              for p in children(lab) if p.dep_ == "prep" and p.lower_ == "of" for g in children(p) if g.dep_ == "pobj"]
    return quoted + framed


def _unmarked_labels(obj: Token) -> list[Token]:
    """The label of a verb of naming that the small model hangs inside its object: an indefinite noun it makes the
    object's apposition with no comma between ("called the board's ruling a travesty of justice": an
    apposition is set off by commas, a predicate is not), or a label that ends the object's phrase where the model
    made it the object of a word inside that phrase -- an insult (noun set INSULTS) with "a" or "an" ("called
    the council's decision to close the library a disgrace", "called the offer an insult to nurses") or a quoted
    adjective of a judging tone row ('called the plan to sell the port "absurd"'). Session 40 crit44."""
    out = [a for a in children(obj) if a.dep_ == "appos" and a.i > obj.i and a.pos_ == "NOUN"
           and _indefinite(a) and not any(t.is_punct for t in obj.doc[obj.i + 1:a.left_edge.i])]
    last = _last_word(obj)
    node = last
    while node.i != obj.i and node.head.i != node.i:
        if _last_word(node).i == last.i and node not in out and (_judging_label(node) or _quoted_judgement(node)):
            out.append(node)
            break
        node = node.head
    return out


def _last_word(tok: Token) -> Token:
    """The last token of the phrase `tok` heads that is no punctuation."""
    end = tok.right_edge
    while end.is_punct and end.i > tok.i:
        end = end.doc[end.i - 1]
    return end


def _judging_label(node: Token) -> bool:
    """An insult (noun set INSULTS) with "a" or "an" in a place no noun of the object's own phrase takes: the
    object of a verb or of a noun, an apposition or an adverbial noun."""
    return node.pos_ == "NOUN" and node.dep_ in ("dobj", "appos", "npadvmod") and _indefinite(node) \
        and node.lemma_.lower() in noun_sets()["INSULTS"]


def _quoted_judgement(node: Token) -> bool:
    """A quoted adjective of a judging tone row (statement_tones.csv, 11x): '"unfriendly"'."""
    hit = tone_words().get(node.lower_)
    return node.pos_ == "ADJ" and hit is not None and hit.cameo.startswith("11") and node.i > 0 \
        and node.doc[node.i - 1].text in _QUOTE_MARKS


def _indefinite(noun: Token) -> bool:
    """The noun has the article "a" or "an"."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(noun))


def glued_predicate(tok: Token) -> bool:
    """"called the order tyranny": the small model reads "the order tyranny" as one noun whose compound is the
    thing named; after a verb of naming, a determiner before an act noun (noun set MADE_ACTS) as compound marks the
    head as the predicate ("called the fire department" names no act; session 20)."""
    if tok.dep_ not in ("dobj", "oprd") or tok.pos_ != "NOUN" or tok.head.lemma_.lower() not in _NAMING_VERBS:
        return False
    kids = list(children(tok))
    dets = [c for c in kids if c.dep_ in ("det", "poss") and c.i < tok.i]
    if glued_object(tok) is not None:
        return True         # "called the junta illegitimate" (glued_object)
    if tok.dep_ != "dobj":
        return False
    for c in kids:
        if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" and c.lemma_.lower() in noun_sets()["MADE_ACTS"] and (
                any(d.i < c.i for d in dets) or any(g.dep_ in ("det", "poss") for g in children(c))):
            return True         # ("the order tyranny": the determiner on the head or on the compound; the quoted
            # "the order \"tyranny\"" hangs the act noun as an nmod, session 29)
    return False


def glued_object(tok: Token) -> Token | None:
    """"called the junta illegitimate": the small model reads an adjective of judgement after the object of a verb
    of naming as the head of one noun whose compound is the thing named; that compound, or None (session 36
    lead)."""
    if tok.dep_ not in ("dobj", "oprd") or tok.head.lemma_.lower() not in _NAMING_VERBS or not _judging_adjective(tok):
        return None
    return next((c for c in children(tok) if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), None)


def _judging_adjective(tok: Token) -> bool:
    """A word of a judging tone row (statement_tones.csv, 11x) that is an adjective by its form ("illegitimate",
    "unacceptable", "reckless"), though the small model tagged it a noun."""
    hit = tone_words().get(tok.lower_)
    return hit is not None and hit.cameo.startswith("11") and tok.lower_.endswith(_ADJECTIVE_ENDINGS)


def trailing_predicate(tok: Token) -> bool:
    """"called the governor's comments disgusting": the small model hangs an object predicate adjective on the
    object as a modifier after it; English puts a noun's adjectives before it, so an adjective that follows the
    object of a verb of naming, last in the phrase, is what the object is called (convention trailing-predicates,
    session 28 crit29)."""
    obj = tok.head
    return tok.dep_ == "amod" and tok.pos_ == "ADJ" and tok.i > obj.i and obj.dep_ == "dobj" \
        and obj.head.lemma_.lower() in _NAMING_VERBS and not any(c.i > tok.i for c in children(obj)
                                                                   if c.dep_ not in ("punct", "cc", "conj"))


def predicative(tok: Token) -> bool:
    """The word is what its clause says someone or something is: "was a dictator", "called him a thug", "is
    completely crazy" (an adjective complement, round 16), "described him as a thug" (round 17), and words
    coordinated with one ("a liar and a thug")."""
    node = tok.head if tok.dep_ == "conj" else tok
    if glued_predicate(node) or trailing_predicate(node):
        return True
    if node.dep_ == "pobj" and node.head.lower_ == "like" and node.head.head.lemma_.lower() == "be":
        return True     # "the governor is like a dictator", "was like the dumbest client ever" (round20)
    if _classed(node):
        return True     # "was a form of blackmail", "amounted to maladministration" (session 43 crit47)
    if node.dep_ in ("ccomp", "xcomp") and node.pos_ in ("ADJ", "VERB") and any(
            c.dep_ == "nsubj" for c in children(node)) and not any(
            c.dep_ in ("aux", "auxpass", "dobj", "mark") for c in children(node)):
        # "considers all settlement activity illegal": a small clause's adjective (the small model may tag it a
        # verb); session 20
        return True
    if participle_adjective(node) and (node.dep_ == "acomp" or any(
            c.dep_ == "auxpass" and c.lemma_ == "be" for c in children(node))):
        return True     # "the report was biased": an adjective the small model reads as a passive (session 36)
    return node.dep_ in ("attr", "oprd") or (node.pos_ == "ADJ" and node.dep_ == "acomp") or (
        node.dep_ in ("pobj", "amod") and node.head.lower_ == "as" and node.head.dep_ == "prep"
        and node.head.head.pos_ == "VERB")     # "described the plan as reckless" (round 17)


def _classed(node: Token) -> bool:
    """What a label that only classes it says something is: the of-phrase of a kind noun that is itself a
    predicate ("a form of blackmail", "an act of aggression"; word list LABEL_KINDS), or the to-phrase of a word of
    equating ("amounted to maladministration", "was tantamount to theft"; EQUATING_WORDS)."""
    prep = node.head
    if node.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    label = prep.head
    if prep.lower_ == "of" and label.lemma_.lower() in _LABEL_KINDS and label.i < node.i:
        return label.dep_ in ("attr", "oprd") or predicative(label)
    return prep.lower_ == "to" and label.lemma_.lower() in _EQUATING \
        and (label.pos_ == "VERB" or predicative(label))


def participle_adjective(tok: Token) -> bool:
    """A participle that says what something is ("was biased", "are misguided"; word list PARTICIPLE_ADJECTIVES),
    which the small model tags a verb, with no "by" agent that would make it a deed done to it."""
    return tok.tag_ == "VBN" and tok.lower_ in _PARTICIPLE_ADJECTIVES \
        and not any(c.dep_ == "agent" for c in children(tok))


def for_clauses(node: Token) -> list[Token]:
    """The infinitive clauses with a "for" subject that an extraposed "it" stands for: "it was wrong [for the
    council to close the clinic]" (the parse hangs the clause on the copula or the adjective); convention
    for-subject-judged, session 48 say52."""
    return [c for c in children(node) if c.dep_ in ("advcl", "xcomp", "ccomp") and c.i > node.i
            and c.tag_ == "VB" and any(m.dep_ == "mark" and m.lower_ == "for" for m in children(c))
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in children(c))]


def placed(tok: Token, cameo: str) -> bool:
    """The word is said of someone: a deed in the active voice, said to have been done ("had rigged", not "would
    rig" or "to rig"); an adjective or noun as what its clause says someone is ("was a failure", "called it
    reckless"), or on the noun that says so ("was a terrible mayor"); a negative adjective also on what a holding
    verb's subject has or did ("had a crazy policy", "made a disastrous decision"), unless the clause demands it
    ("must end this brutal crackdown" is a demand)."""
    if tok.pos_ == "ADV":       # "said the board had unfairly fired her": the deed it modifies, done or predicted
        # ("rebels who entered the country illegally": a relative clause describes whom it is about)
        return tok.dep_ == "advmod" and _deed(tok.head) and tok.head.dep_ not in ("relcl", "acl") \
            and _harm_placed(tok.head, objects=False)
    if _deed(tok) and tok.lemma_.lower() in appraisals().harms:
        # ("said the crisis was caused by the council's policies": a passive harm with its doers, session 30)
        return _harm_placed(tok) or (bool(passive_doers(tok)) and conv_enabled("passive-deeds", None))
    if _deed(tok):
        if passive_doers(tok) and conv_enabled("passive-deeds", None):
            return True     # "said the money was stolen by the governor's aides" (session 30 crit31)
        if tok.dep_ == "xcomp" and tok.tag_ == "VB" and tok.head.i != tok.i \
                and tok.head.lemma_.lower() in _ATTEMPT_VERBS and conv_enabled("attempted-deeds", None):
            # "said X was trying to rig the vote", "had sought to cover up the leak": a wrongdoing attempted is
            # said of its doer as one done is (session 34 tone36); not an act the verb patterns code ("police
            # said he tried to steal a van" reports the attempted theft)
            if tok.lemma_.lower() in pattern_index("verb"):
                return False
            tok = tok.head
        done = tok.tag_ in ("VBD", "VBN", "VBZ", "VBP") or _be_participle(tok)     # "was conflating"
        return done and not any(c.dep_ in ("nsubjpass", "auxpass")
                                                                      for c in children(tok)) \
            and any(c.dep_ == "nsubj" for c in children(tok))
    if predicative(tok) or (tok.pos_ == "VERB" and tok.dep_ not in _ADJECTIVAL):
        # (the second: "the excesses are sickening", a participle after "be"); "it is clear that ...": a comment
        clause = tok if tok.pos_ == "VERB" else tok.head
        return not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children(clause)) or bool(
            conv_enabled("for-subject-judged", None) and (for_clauses(clause) or for_clauses(tok)))
    noun = tok.head
    if tok.dep_ == "amod" and (noun.dep_ == "attr" or predicative(noun)):
        return True     # "said the governor was a terrible mayor": what the clause says someone is
    return cameo == NEGATIVE and tok.dep_ == "amod" and noun.dep_ == "dobj" \
        and noun.head.lemma_.lower() in appraisals().holders \
        and not {noun.lemma_.lower(), noun.lower_} & appraisals().states \
        and not any(c.dep_ == "aux" and c.lower_ in _DEMANDING for c in children(noun.head))


def passive_doers(tok: Token) -> list[Token]:
    """The doers a passive deed names in its by-phrase, when it is said to have been done: "was stolen by the
    governor's aides", "had been rigged by the party" (convention passive-deeds, session 30 crit31); [] for an
    active verb, a passive with no by-phrase, or one not said to have been done ("could be rigged by",
    "to be stolen by", "would be abused by": a guess or a fear)."""
    kids = list(children(tok))
    if tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in kids):
        return []
    if any(c.dep_ == "aux" and c.lower_ not in ("has", "have", "had") for c in kids):
        return []
    return [g for c in kids if c.dep_ == "agent" for g in children(c) if g.dep_ == "pobj"]


# auxiliaries that predict an outcome: "the plan would destroy the forest" judges the plan as much as "destroyed"
_PREDICTING = frozenset({"will", "would", "'ll", "wo"})


def _harmful_object(verb: Token) -> bool:
    """A direct object that names a harm: rated at or below the criticism threshold by VADER, whatever the
    state list says ("would bring war", "caused chaos", "sowed division"; kind cause, round20)."""
    table = appraisals()
    # (a passive with its doers named: its subject is what was caused, "the crisis was caused by ...", session 30)
    kinds = ("dobj", "nsubjpass") if passive_doers(verb) and conv_enabled("passive-deeds", None) else ("dobj",)
    for o in (c for c in children(verb) if c.dep_ in kinds):
        value = valences().get(o.lower_, valences().get(o.lemma_.lower()))
        if value is not None and value <= -table.threshold:
            return True
    return False


def _harm_placed(tok: Token, objects: bool = True) -> bool:
    """A verb of harm said of someone or something: active, with a direct object and a subject of its own or of
    the verb it is coordinated with ("would trigger inflation and crash the economy"), said to have been done or
    predicted with will/would ("could harm", "to harm", "must not harm" judge nothing; round20)."""
    if roles.is_passive(tok) or (objects and not any(c.dep_ == "dobj" for c in children(tok))) \
            or not roles.subjects(tok):
        return False
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i and not any(c.dep_ == "aux" for c in children(node)):
        node = node.head        # the auxiliary of "would trigger ... and crash" is on the first verb
    aux = {c.lower_ for c in children(node) if c.dep_ == "aux"}
    if aux and node.tag_ == "VBG" and conv_enabled("progressive-harms", None):
        # "said the cuts were ruining the schools", "is wrecking the economy": harm said to be going on is
        # harm done (convention progressive-harms, session 29 crit30); "could be ruining" stays a guess
        return aux <= _PREDICTING | {"has", "have", "had"} | _BE_FORMS
    if aux:
        return aux <= _PREDICTING | {"has", "have", "had"}
    return node.tag_ in ("VBD", "VBN", "VBZ", "VBP")


_BE_FORMS = frozenset({"is", "are", "was", "were", "am", "'s", "'re", "'m", "been", "be"})


def hedged(tok: Token, verb: Token) -> bool:
    """A word under a negation, or inside a conditional or whether-clause, below the reporting verb ("said Smith
    did not have a crazy plan", "asked whether Smith had lied", "said that if Smith had lied, he must go"), or in
    the reason of a reported arrest (`punished_for`)."""
    node = tok
    while node.i != verb.i and node.head.i != node.i:
        kids = list(children(node))
        if node.i != tok.i and any(c.dep_ == "neg" for c in kids):
            return True
        if any(c.dep_ == "mark" and c.lower_ in _HEDGES for c in kids):
            return True
        node = node.head
    return punished_for(tok, verb)


def punished_for(tok: Token, verb: Token) -> bool:
    """The word is in the for/over phrase of an arrest, charge or sentence below the reporting verb ("police said
    three men were arrested for allegedly running a fake call centre"): the reason of the arrest, which the arrest
    itself tells; the speaker judges no one by it (session 41 crime45)."""
    node = tok
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in ("for", "over") and node.head.lemma_.lower() in _PUNISHING:
            return True
        node = node.head
    return False
