"""Triggers: where a sentence may hold an event -- a verb of verbs.csv with its particle, preposition or
object, an event noun of nouns.csv with its light verb ("launched an attack"), and the words statements.py
reads (verbs of saying, "according to", stance adjectives) -- before any side is read.

`scan_sentence` makes one pass over a sentence and returns the triggers with the reporting verbs and modal
auxiliaries it met; coder.py codes each trigger. `CoderOptions` (what the coder is asked to code) lives here
because the scan already reads it. Moved out of coder.py in session 25 without a change of behaviour.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import conventions as conv
from newsgraph.events import roles
from newsgraph.events.elided_heads import elided_head
from newsgraph.events.appraisal import named_labels
from newsgraph.events.headlines import is_title_case
from newsgraph.events.patterns import Pattern, demand_auxiliaries, fallback_index, pattern_index
from newsgraph.events.claimed_attacks import claimed_toll
from newsgraph.events.statement_data import stance_adjectives, statement_index
from newsgraph.events.noun_statements import VIEW_NOUNS
from newsgraph.nlp.cache import (children, doc_tokens, sent_tokens, token_deps, token_lemmas, token_lowers,
                                 token_pos)

_KIND_HEADS = word_list("patterns", "EVENT_NOUN_KIND_HEADS")    # heads an event noun names the kind of
PLACE_ENTS = ("GPE", "LOC", "FAC")      # names of places: held as ground, not as people ("held the town")
CAUSING_PHRASES = tuple(tuple(w.split()) for w in word_list("patterns", "CAUSING_PHRASES"))


@dataclass(frozen=True)
class CoderOptions:
    """require_source: no event without a source actor (PETRARCH's "require dyad" for the source),
    except the agentless forms of agentless.csv.
    require_target: honour the patterns' needs_target flag.
    since: use only patterns and conventions (data/patterns/conventions.csv) whose `since` tag is in
    this set (None = all).
    statements: code public statements (statements.py); off only to score against gold that codes
    the reported event instead of its attribution (PETRARCH-2's)."""

    require_source: bool = True
    require_target: bool = True
    since: frozenset[str] | None = None
    statements: bool = True
    petrarch_fallback: bool = True      # PETRARCH2 verb rows for verbs no verbs.csv row codes (session 24, px24)


@dataclass
class Trigger:
    token: Token
    pattern: Pattern
    parts: list[Token]           # tokens that make up the cue (trigger, particle, object noun)


# ---------------------------------------------------------------- triggers

def _object_candidates(verb: Token) -> list[Token]:
    objs = [o for h in roles.direct_objects(verb) for o in roles.conjuncts(h)]
    if roles.is_passive(verb):      # "was awarded a contract", "were sent rifles": the object a passive keeps (session 21)
        objs += [c for c in children(verb) if c.dep_ == "dobj"]
    if not objs:   # "wants Putin to attack": the small model makes Putin the complement's subject
        objs = [g for c in children(verb) if c.dep_ == "ccomp" for g in children(c)
                if g.dep_ == "nsubj" and g.i < c.i and not any(a.dep_ == "aux" and a.lower_ != "to"
                                                                 for a in children(c))]
    # "found the officer guilty": the small model parses the predicate as an adjective clause
    # ("has been critical of the mayor": an adjective complement, which only a row naming it matches; round27)
    objs += [c for c in children(verb) if (c.dep_ in ("attr", "oprd") or (c.dep_ in ("ccomp", "acomp") and c.pos_ == "ADJ"))
             and not any(g.dep_ == "neg" for g in children(c))]       # "found him not guilty": no conviction
    # "branded the plan a fiasco": the small model parses the predicate after the object as an adverbial noun
    objs += [c for c in children(verb) if c.dep_ == "npadvmod" and c.pos_ == "NOUN" and objs and c.i > objs[0].i
             and c.ent_type_ not in ("DATE", "TIME")]     # (session 37 crit41)
    # "called the tariffs 'naked protectionism'", "branded it an act of terrorism": a label the parse does not
    # make a predicate (appraisal.named_labels, session 38 left42)
    objs += [c for c in named_labels(verb) if objs and c not in objs]
    # (a time is no object: "in March" holds no march; session 18)
    objs += [gc for c in children(verb) if c.dep_ == "prep" and not _temporal(c)
             for gc in children(c) if gc.dep_ == "pobj"]
    objs += [q for o in objs for q in roles.quantified(o)]
    # "reacted angrily": a manner adverb that a pattern lists among its objects (V11-react-angrily)
    return objs + [c for c in children(verb) if c.dep_ == "advmod" and c.tag_ == "RB"]


def _temporal(prep: Token) -> bool:
    """"on Sunday", "in March", "at noon": a preposition whose objects are all times says when, and is not
    the preposition a pattern names ("called the chancellor on Sunday" is no "call on"; convention temporal-preps)."""
    objs = [g for g in children(prep) if g.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


# "in addition", "in return", "in order": a preposition that opens a fixed adverbial phrase is no verb's particle
_FIXED_ADVERBIAL_PHRASES = word_list("patterns", "FIXED_ADVERBIAL_PHRASES")


def _fixed_phrase(prep: Token) -> bool:
    """"gave the firm a loan in addition to ...": the preposition of a fixed adverbial phrase is not the pattern's
    particle ("give in"), whatever the parser hangs it on (session 23)."""
    return any(f"{prep.lower_} {g.lower_}" in _FIXED_ADVERBIAL_PHRASES for g in children(prep) if g.dep_ == "pobj")


# particles the small model often parses as adverbs ("Nurses walked out."): a pattern's particle all the same
_PARTICLE_ADVERBS = word_list("patterns", "PARTICLE_ADVERBS")


_ADJECTIVAL_PARTICIPLES = word_list("patterns", "ADJECTIVAL_PARTICIPLES")


def _stray_particle(verb: Token) -> list[Token]:
    """"Ivory Coast handed over 46 Malian soldiers to Mali": the tagger reads "over" as the verb's particle (RP)
    but the parser hangs it on the number after it ("over 46", more than 46); the word right after the verb, tagged
    a particle and hung inside the verb's own object, is the verb's particle all the same (round41)."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.tag_ != "RP" or nxt.dep_ == "prt" or nxt.head.i == verb.i:
        return []
    objs = roles.direct_objects(verb)
    return [nxt] if any(o.left_edge.i <= nxt.i <= o.i for o in objs) else []


def _for_clause(verb: Token) -> bool:
    """"called for the minister to resign", "pushed for the city to act": the small model makes "for" the marker
    of the infinitive clause, not the verb's preposition; the verb still governs "for" (convention for-clauses)."""
    return any(c.dep_ in ("advcl", "ccomp", "xcomp") and roles.to_infinitive(c)
               and any(m.dep_ == "mark" and m.lower_ == "for" for m in children(c)) for c in children(verb))


def match_verb(tok: Token, index: dict[str, list[Pattern]], hyphen_objects: bool = False,
                temporal_preps: bool = False, for_clauses: bool = False) -> Trigger | None:
    if tok.dep_ == "amod" and tok.lower_ in _ADJECTIVAL_PARTICIPLES:
        return None     # "the opposing sides", "the ruling party": an adjective, no act (session 21)
    cands = index.get(tok.lemma_.lower())
    if not cands:
        cands = next((index[w] for w in roles.lemma_variants(tok) if w in index), None)
    if not cands:
        return None
    kid_words = None
    objs = None
    for p in cands:
        if p.prep:
            if kid_words is None:
                kid_words = {c.lower_ for c in children(tok) if (c.dep_ in ("prt", "prep", "dative")
                             or c.dep_ == "advmod" and c.lower_ in _PARTICLE_ADVERBS)
                             and not (temporal_preps and c.dep_ == "prep" and _temporal(c))
                             and not (c.dep_ == "prep" and _fixed_phrase(c))}
                # "fired shells at the rebels": the parser may hang "at" on the object, not the verb
                kid_words |= {g.lower_ for o in roles.direct_objects(tok) for g in children(o) if g.dep_ == "prep"}
                kid_words |= {g.lower_ for o in answered_objects(tok) for g in children(o)
                              if g.dep_ == "prep" and g.lower_ == "with"}
                # "has been critical of the mayor": the adjective's own preposition (round27, crit26)
                kid_words |= {g.lower_ for o in children(tok) if o.dep_ == "acomp" and o.pos_ == "ADJ"
                              for g in children(o) if g.dep_ == "prep"}
                kid_words |= {c.lower_ for c in _stray_particle(tok)}
                if for_clauses and _for_clause(tok):
                    kid_words.add("for")
            if not all(w in kid_words for w in p.prep):
                continue
        parts = [tok] + [c for c in children(tok) if (c.dep_ in ("prt", "prep") or c.dep_ == "advmod"
                                                      and c.lower_ in _PARTICLE_ADVERBS) and c.lower_ in p.prep]
        if p.prep:
            parts += [c for c in _stray_particle(tok) if c.lower_ in p.prep]
        if p.objects:
            if objs is None:
                objs = _object_candidates(tok)
            # "challenged the fine in court": the row's preposition hung on the object, as for kid_words above
            pool = objs + [g for o in roles.direct_objects(tok) + answered_objects(tok)
                           for g in roles.prep_objects(o, p.prep)] if p.prep else objs
            # "Italy expelled four": the number counts what the same verb's earlier object counted (session 47 tgt51)
            pool = pool + [h for h in (elided_head(o) for o in pool) if h is not None]
            hit = [o for o in pool if o.lemma_.lower() in p.objects or o.lower_ in p.objects
                   or o.lower_.startswith("co-") and "co" + o.lemma_.lower()[3:] in p.objects   # "co-operation"
                   or any(c.dep_ == "compound" and c.lemma_.lower() in p.objects for c in children(o))
                   # "declared a state of emergency": the state the of-phrase names (session 35 lead)
                   or o.lemma_.lower() == "state" and any(g.lemma_.lower() in p.objects
                                                          for g in roles.prep_objects(o, ("of",)))
                   or (hyphen_objects and _hyphen_word(o) in p.objects)
                   or ("@actor" in p.objects and o.dep_ in ("dobj", "obj", "nsubjpass", "nsubj")
                       and args.names_actor(o))
                   or ("@person" in p.objects and o.dep_ in ("dobj", "obj", "nsubjpass", "nsubj")
                       and args.names_people(o) and o.ent_type_ not in PLACE_ENTS)
                   or ("@orgname" in p.objects and o.dep_ in ("dobj", "obj", "nsubjpass") and o.ent_type_ == "ORG")
                   or ("@sum" in p.objects and o.dep_ in ("dobj", "obj") and o.ent_type_ == "MONEY")]
            if not hit:
                continue
            direct = [o for o in hit if o.dep_ in ("dobj", "obj", "nsubjpass", "attr", "oprd")]
            if not direct and not p.prep and any(o.dep_ in ("dobj", "obj") for o in children(tok)) \
                    and all(o.dep_ == "pobj" and o.head.head.i == tok.i for o in hit):
                continue        # "opened an investigation into the fire": the verb's own object is another thing
            if not direct and all(o.dep_ == "pobj" and o.head.lower_ in TIME_RELATION_PREPS and o.head.head.i == tok.i
                                  for o in hit):
                continue        # "trading was halted amid protests": an act beside the verb's own (session 38 mat42)
            parts += direct or hit      # "released two hostages in a prisoner swap": the hostages
        return Trigger(tok, p, parts)
    return None


def answered_objects(tok: Token) -> list[Token]:
    """"Turkey responded to the attack with artillery fire": the parse hangs the with-phrase of the means on the
    object of the verb's to-phrase; only for a verb of answering (word list ANSWER_VERBS) and only its "with"
    (session 46 vio50)."""
    if tok.lemma_.lower() not in ANSWER_VERBS:
        return []
    return [o for pr in children(tok) if pr.dep_ == "prep" and pr.lower_ == "to"
            for o in children(pr) if o.dep_ == "pobj"]


ANSWER_VERBS = word_list("patterns", "ANSWER_VERBS")


# prepositions that place a named act before or after the verb's own act ("arrested after clashes")
TIME_RELATION_PREPS = word_list("patterns", "TIME_RELATION_PREPS")


def light_verb(noun: Token, since: frozenset[str] | None) -> Token | None:
    """The verb a nominal trigger is the object of; through a noun of quantity ("planned a series of protests",
    "launched a wave of attacks": convention quantity-nouns, round 15)."""
    verb = roles.governing_verb(noun)
    if verb is None and conv.enabled("quantity-nouns", since):
        quantity = roles.quantity_head(noun)
        if quantity is not None:
            noun, verb = quantity, roles.governing_verb(quantity)
    if verb is None and conv.enabled("works-begun", since) and (started := _work_started(noun)) is not None:
        return roles.governing_verb(started)    # "launched construction of a pipeline": the pipeline launched
    if verb is None and conv.enabled("arrest-orders", since) and (document := roles.arrest_document(noun)) is not None:
        return roles.governing_verb(document)    # "issued an order for the arrest of X": the issuer arrests
    if verb is not None and noun.dep_ == "pobj" and conv.enabled("caused-acts-phrases", since) \
            and (verb.lemma_.lower(), noun.head.lower_) in CAUSING_PHRASES:
        return None     # "the decision led to protests": what set the act off did not do it
    if verb is not None and noun.dep_ in ("dobj", "obj") and verb.lemma_.lower() in _WITNESSED_ACT_VERBS \
            and noun.lemma_.lower() not in _WITNESSED_OWN_ACTS:
        return None     # "100,000 people fled the fighting", "reporters covering the protests": they did not do it
    if verb is not None and noun.dep_ == "pobj" and noun.head.lower_ in TIME_RELATION_PREPS \
            and conv.enabled("adjunct-acts", since):
        return None     # "police arrested 12 people after clashes": an act that came before or after, not theirs
    if verb is not None and verb.lemma_.lower() in _BLAMING_VERBS and (
            noun.dep_ == "pobj" and noun.head.lower_ == "for" or noun.dep_ in ("dobj", "obj")) \
            and conv.enabled("blamed-doers", since):
        return None     # "blamed the rebels for the shelling": the one blamed did it, not the blamer (session 46 lead)
    if verb is not None and roles.probed_act(noun) and conv.enabled("probed-acts", since):
        return None     # "ordered a probe into the killing": what the inquiry is into, not what its orderer did
    if verb is None and noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "subject" \
            and noun.head.head.dep_ == "acomp" and noun.head.head.head.pos_ in ("VERB", "AUX") \
            and noun.lemma_.lower() in _SUBJECT_TO_NOUNS and conv.enabled("subject-to-criticism", since):
        return noun.head.head.head  # "was subject to criticism from X": criticism received (round25)
    if verb is None and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _ARRIVAL_VERBS \
            and noun.lemma_.lower() in _COMING_NOUNS and conv.enabled("criticism-comes-from", since) \
            and any(c.dep_ == "prep" and c.lower_ == "from" for c in children(noun.head)):
        return noun.head            # "the sharpest criticism came from X": criticism X gave (round29)
    return verb


_BLAMING_VERBS = frozenset(word_list("patterns", "BLAMING_VERBS"))   # (blamed-doers in harm_context)
# nouns of starting or doing work whose of- or on-phrase is the work (convention works-begun, session 46 coop50)
_WORKS_START_NOUNS = frozenset(word_list("patterns", "WORKS_START_NOUNS"))


def _work_started(noun: Token) -> Token | None:
    """The noun of starting or doing work ("construction", "work") whose of- or on-phrase `noun` is."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("of", "on") or prep.head.i == prep.i:
        return None
    head = prep.head
    return head if head.pos_ == "NOUN" and head.lemma_.lower() in _WORKS_START_NOUNS else None


def reduced_light_verb(n: Token, light_verbs: frozenset[str]) -> Token | None:
    """A past participle of one of the noun's light verbs hung on it with a by-phrase, a reduced relative ("an
    accord reached by A and B", "the deal struck by the two sides"): the verb its doers did it with."""
    for c in children(n):
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in light_verbs \
                and any(a.dep_ == "agent" for a in children(c)):
            return c
    return None


# verbs whose subject meets an act as a bystander, victim or witness: no doer of it (session 35 lead)
_WITNESSED_ACT_VERBS = frozenset(word_list("patterns", "WITNESSED_ACT_VERBS"))
# ... except a ceremony its witnesses preside over: "the two leaders witnessed the signing" (session 36 coop39)
_WITNESSED_OWN_ACTS = frozenset(word_list("patterns", "WITNESSED_OWN_ACTS"))

# verbs whose subject, a word of criticism, comes from its givers ("the criticism came from the unions"), and
# those words (convention criticism-comes-from, session 28 crit29)
_ARRIVAL_VERBS = frozenset(word_list("patterns", "ARRIVAL_VERBS"))
_COMING_NOUNS = frozenset(word_list("patterns", "COMING_CRITICISM"))


_SUBJECT_TO_NOUNS = word_list("patterns", "SUBJECT_TO_NOUNS")


_MONTH_NAMES = word_list("patterns", "MONTH_NAMES")


def _dated_month(tok: Token) -> bool:
    """A capitalised month name followed by a day or a year ("Gazette March 24, 2009" in a byline), which the
    recogniser may leave untagged: a date, no march (round 18)."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.text[:1].isupper() and tok.lower_ in _MONTH_NAMES and nxt is not None and nxt.like_num


# kinds of named entity whose inner words are no event nouns ("Summit County", "the Peace Corps" are events only
# as the last word of an event's name: "the Helsinki Summit")
_NAME_ENTITIES = frozenset({"ORG", "GPE", "FAC", "LOC", "PERSON", "PRODUCT", "WORK_OF_ART", "LAW", "NORP"})


def _inside_a_name(tok: Token) -> bool:
    """A capitalised word that the recogniser puts inside a longer name, with more of the name after it (session 21),
    or that ends a person's name after a capitalised first name ("Mary Battle", "Sam Attack": a surname; session 22)
    outside a title-case headline, whose words the recogniser joins at random."""
    if tok.ent_type_ not in _NAME_ENTITIES or not tok.text[:1].isupper():
        return False
    toks = doc_tokens(tok.doc)
    if tok.i + 1 < len(toks) and toks[tok.i + 1].ent_iob_ == "I":
        return True
    return tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I" and toks[tok.i - 1].pos_ == "PROPN" \
        and toks[tok.i - 1].text[:1].isupper() and not is_title_case(tok.sent)


def gerund_subject(tok: Token) -> bool:
    """"Fighting between the army and rebels raged": a gerund with no object of its own as a clause's subject is
    the noun of the act; the tagger calls it a verb at the head of a sentence (session 25)."""
    return tok.tag_ == "VBG" and tok.pos_ == "VERB" and tok.dep_ in ("nsubj", "nsubjpass") \
        and not any(c.dep_ in ("dobj", "obj", "nsubj", "aux", "ccomp", "xcomp") for c in tok.children)


def _match_noun(tok: Token, index: dict[str, list[Pattern]], since: frozenset[str] | None = None) -> Trigger | None:
    if tok.pos_ == "VERB":      # a gerund subject: its own form first ("fighting", not "fight")
        cands = index.get(tok.lower_) or index.get(tok.lemma_.lower())
    else:
        cands = index.get(tok.lemma_.lower()) or index.get(tok.lower_)
    if not cands and conv.enabled("hyphen-nouns", since):
        # "a sit-in by farmers entered its tenth day": the tokenizer split "sit-in" and the parse made "in" the
        # noun; the hyphenated word is the event noun (session 44 vio48)
        cands = index.get(_hyphen_word(tok) or "")
    if not cands:
        return None
    if (tok.ent_type_ in ("DATE", "TIME") or _dated_month(tok)) and conv.enabled("date-nouns", since):
        return None     # "announced in March": a month, no march
    if _inside_a_name(tok):
        return None     # "the North Summit School District", "Strike Force Hotel": a word of a longer name, no event
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in _KIND_HEADS:
        return None     # "Kenyan riot police", "attack helicopters": the kind of a body or gear, no event (vio45)
    mods = {c.lemma_.lower() for c in children(tok) if c.dep_ in ("compound", "amod", "nmod")}
    if tok.i > 0:
        mods.add(doc_tokens(tok.doc)[tok.i - 1].lemma_.lower())
    verb = light_verb(tok, since)
    light: set[str] = set()
    if verb is not None:
        # a pattern made for this light verb first ("faced criticism from X" vs "levelled criticism at X")
        light = roles.lemmas(verb)
        cands = sorted(cands, key=lambda p: not (p.light_verbs & light))
    preps = None
    for p in cands:
        if p.compound and not (p.compound & mods):
            continue
        if p.prep:
            if preps is None:
                preps = {c.lower_ for c in children(tok) if c.dep_ == "prep"}
                if tok.dep_ == "pobj":
                    preps.add(tok.head.lower_)
                if verb is not None and (tok.dep_ in ("dobj", "obj") or tok.dep_ == "nsubj" and verb.i == tok.head.i):
                    # "made the case for X": the parse hangs the noun's preposition on its light verb (round 16)
                    preps |= {c.lower_ for c in children(verb) if c.dep_ == "prep"}
            if not preps & set(p.prep):
                continue
        if not p.bare and not (verb is not None and ("*" in p.light_verbs or p.light_verbs & light)) \
                and not (p.light_verbs and conv.enabled("reduced-relative-light", since)
                         and reduced_light_verb(tok, p.light_verbs) is not None):
            continue        # needs a light verb it does not have; a later (bare) reading may fit
        return Trigger(tok, p, [tok])
    return None




@dataclass
class SentenceScan:
    """What one pass over a sentence's tokens found: pattern triggers, reporting verbs that may be
    statements, and modal auxiliaries that may carry a reported demand."""

    triggers: list[Trigger]
    reporting_verbs: list[Token]
    demand_auxiliaries: list[Token]


def scan_sentence(sent: Span, options: CoderOptions, statements: bool = True) -> SentenceScan:
    """Verb triggers first; a noun used as a verb pattern's object is not coded again."""
    vindex = pattern_index("verb", options.since)
    nindex = pattern_index("noun", options.since)
    sindex = statement_index(options.since) if statements else {}
    stance = stance_adjectives() if sindex and conv.enabled("stance-adjectives", options.since) else {}
    views = VIEW_NOUNS if sindex and conv.enabled("view-statements", options.since) else frozenset()
    auxes = demand_auxiliaries()
    findex = fallback_index(options.since) if options.petrarch_fallback \
        and conv.enabled("petrarch-fallback", options.since) else {}
    out: list[Trigger] = []
    reporting: list[Token] = []
    demands: list[Token] = []
    used: set[int] = set()
    toks = sent_tokens(sent)
    hyphenated = conv.enabled("hyphen-modifiers", options.since)
    hyphen_objects = conv.enabled("hyphen-objects", options.since)
    temporal_preps = conv.enabled("temporal-preps", options.since)
    for_clauses = conv.enabled("for-clauses", options.since)
    # the doc's per-token strings (nlp/cache.py), read once per doc
    pos_of, dep_of, lemma_of, lower_of = (token_pos(sent.doc), token_deps(sent.doc), token_lemmas(sent.doc),
                                          token_lowers(sent.doc))
    gerunds = {t.i for t in toks if gerund_subject(t)}
    for tok in toks:
        i = tok.i
        pos = pos_of[i]
        if i in gerunds:
            pass                        # read as the noun it is below
        elif pos == "VERB" or (pos == "AUX" and dep_of[i] != "aux"):
            trig = None if hyphenated and _hyphen_modifier(tok) else \
                match_verb(tok, vindex, hyphen_objects, temporal_preps, for_clauses)
            if trig is None and findex and pos == "VERB" and not (hyphenated and _hyphen_modifier(tok)):
                # no verbs.csv row codes the verb: PETRARCH2's verb row for it, if any (convention petrarch-fallback)
                trig = match_verb(tok, findex, hyphen_objects, temporal_preps, for_clauses)
            if trig:
                out.append(trig)
                used.update(t.i for t in trig.parts if not _claimed_with_toll(trig, t, options)
                            and not _repressed_protest(trig, t, nindex, options))
            if pos == "VERB" and sindex and lemma_of[i] in sindex:
                reporting.append(tok)
        elif pos == "NOUN" and sindex and lemma_of[i] in sindex and sindex[lemma_of[i]].nominal:
            reporting.append(tok)       # "the ministry's declaration that ...": a nominal statement
        elif pos == "NOUN" and views and lemma_of[i] in views and dep_of[i] == "attr":
            reporting.append(tok)       # "that is the view of the director" (statements.py)
        elif pos == "ADJ" and stance and (lower_of[i] in stance or lemma_of[i] in stance):
            reporting.append(tok)       # "has been clear that ...", "is confident that ..." (statements.py)
        elif dep_of[i] == "aux" and lower_of[i] in auxes:
            demands.append(tok)
        if lower_of[i] == "time" and "time for" in auxes and time_for_clause(tok) is not None:
            demands.append(tok)         # "said it was time for Russia to withdraw" (session 36b stmt40)
        if (pos == "VERB" or lower_of[i] == "ought") and semi_modal(tok) in auxes:
            demands.append(tok)         # "said Congress needs to act": the clause's verb is the modal
        if sindex and lower_of[i] == "according":
            reporting.append(tok)       # "..., according to the ministry": a statement (statements.py)
        elif sindex and pos == "NOUN" and lemma_of[i] == "comment":
            reporting.append(tok)       # "had no comment": a declined comment (statements.py)
    hyphen_nouns = conv.enabled("hyphen-nouns", options.since)
    for tok in toks:
        i = tok.i
        if (pos_of[i] == "NOUN" or pos_of[i] == "PROPN" or i in gerunds) and i not in used \
                and (nindex.get(lemma_of[i]) or nindex.get(lower_of[i])   # _match_noun's first test
                     or hyphen_nouns and nindex.get(_hyphen_word(tok) or "")):
            trig = _match_noun(tok, nindex, options.since)
            if trig:
                out.append(trig)
    return SentenceScan(out, reporting, demands)


def _claimed_with_toll(trig: Trigger, part: Token, options: CoderOptions) -> bool:
    """A claim's object noun told with its toll ("the attack, which killed 14, was claimed by X") is an attack of
    its own, coded by its noun row too (convention claimed-attacks, round38, session 36b left40)."""
    return trig.pattern.cameo == "015" and part.i != trig.token.i \
        and claimed_toll(part, conv.enabled("claimed-attack-subjects", options.since)) is not None \
        and conv.enabled("claimed-attacks", options.since)


def _repressed_protest(trig: Trigger, part: Token, nindex: dict[str, list[Pattern]], options: CoderOptions) -> bool:
    """A protest a verb of violent repression names as its object ("broke up a protest by farmers", "crushed
    demonstrations in several cities") was held: its noun row codes it too, beside the repression (convention
    repressed-protests, round42, session 40 multi44)."""
    return trig.pattern.cameo == "175" and part.i != trig.token.i and part.pos_ == "NOUN" \
        and any(p.cameo.startswith("14") for p in nindex.get(part.lemma_.lower(), ())) \
        and conv.enabled("repressed-protests", options.since)


# prefixes the tokenizer splits off a verb ("re-captured", "co-signed"): the word is still the verb, not a modifier
_VERB_PREFIXES = word_list("patterns", "VERB_PREFIXES")


def _hyphen_modifier(tok: Token) -> bool:
    """The verb ends a hyphenated modifier glued to the word before ("norm-defying", "record-breaking",
    "Russian-backed"): an adjective describing something, no act the sentence reports; a prefixed verb
    ("re-captured the town") is no modifier."""
    return _after_glued_hyphen(tok) and tok.doc[tok.i - 2].lower_ not in _VERB_PREFIXES


def _after_glued_hyphen(tok: Token) -> bool:
    """The token follows a hyphen glued to the word before it ("record-breaking", "sit-in")."""
    doc = tok.doc
    i = tok.i
    return i >= 2 and doc[i - 1].text in ("-", "\u2010", "\u2011") and not doc[i - 1].whitespace_ \
        and not doc[i - 2].whitespace_


def _hyphen_word(tok: Token) -> str | None:
    """"sit-in" for the head "in" of "a sit-in", which the tokenizer split at the hyphen (convention
    hyphen-objects): the word before the hyphen glued to the head; None when no hyphen is glued to it."""
    return f"{tok.doc[tok.i - 2].lower_}-{tok.lower_}" if _after_glued_hyphen(tok) else None


def time_for_clause(tok: Token) -> Token | None:
    """"said it was time for Russia to withdraw": the to-infinitive with its own for-subject that the noun "time",
    complement of an "it" clause's "be", holds -- what the speaker asks of that subject (demands.csv
    D-time-for-stmt40, convention time-for-appeals, session 36b stmt40); None for "it was time for a change" or
    "time to go" (no one asked)."""
    if tok.lower_ != "time" or tok.dep_ != "attr" or tok.head.lemma_ != "be" \
            or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in children(tok.head)):
        return None
    return next((c for c in children(tok) if c.dep_ in ("relcl", "acl", "advcl") and c.pos_ in ("VERB", "AUX")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
                 and any(m.dep_ == "mark" and m.lower_ == "for" for m in children(c))
                 and any(n.dep_ == "nsubj" for n in children(c))), None)


def semi_modal(tok: Token) -> str | None:
    """"needs to", "has to": a present-tense need/have whose to-infinitive complement is what is wanted; "needed to"
    (past) too, which the demands coder keeps only backshifted under a past reporting verb ("said Belgrade needed to
    respect the right to assemble"; convention backshifted-needs, session 34 tone36)."""
    if tok.lower_ == "ought" and tok.dep_ != "aux":
        pass    # "said the government ought to lift the ban": the parse makes "ought" the clause (session 36b stmt40)
    elif tok.lemma_.lower() not in ("need", "have") or tok.tag_ not in ("VBZ", "VBP") and not (
            tok.tag_ == "VBD" and tok.lower_ == "needed"):
        return None
    if any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c)) for c in children(tok)):
        return f"{tok.lower_} to"
    return None
