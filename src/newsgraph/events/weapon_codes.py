"""The weapon an armed attack was made with gives its CAMEO code (convention weapon-codes, session 38 vio42).

A verb of attack or killing ("struck", "killed", "bombed") is coded 190 or 183 whatever did it, but the codebook
codes by the weapon: aerial weapons are 195 ("Israeli warplanes struck targets", "a drone strike killed a
commander", "killed in an air raid"), artillery, tanks and rocket fire 194 ("tank shells hit the camp"), and an
improvised bomb 183 ("a roadside bomb struck a convoy"). The weapon is read where the coder reads an act's means:
an attack noun's own modifiers, the subject (a weapon standing as doer), the agent or with/by phrase, and the
in-phrase naming the attack the act happened in ("killed in a drone strike"); an attack noun's compound or
adjective modifiers count, a body's do not ("the air force shot down drones" is no air strike). The three word lists
(AERIAL_MEANS, ARTILLERY_MEANS, BOMB_MEANS) are in data/patterns/word_lists.csv; aerial outranks artillery, which
outranks a bomb (the codebook: "when both are used, this code takes precedence").
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import roles
from newsgraph.events.patterns import noun_sets
from newsgraph.events.triggers import ANSWER_VERBS, answered_objects
from newsgraph.nlp.cache import children

# (code, word list) in the codebook's order of precedence
_MEANS = (("195", word_list("patterns", "AERIAL_MEANS")),
          ("194", word_list("patterns", "ARTILLERY_MEANS")),
          ("183", word_list("patterns", "BOMB_MEANS")),
          ("180", word_list("patterns", "BLADE_MEANS")))      # (session 43 vio47)
_MODIFIER_DEPS = ("compound", "amod", "nmod")
_MUNITION_HEADS = word_list("patterns", "MUNITION_HEADS")     # (session 44 vio48)


def _words(head: Token) -> set[str]:
    """The head's lemma and form, and for an attack noun (noun set ATTACKS, or "fire") or a noun of ammunition (word
    list MUNITION_HEADS: "mortar rounds", "an artillery barrage"; session 44 vio48) those of its compound or adjective
    modifiers ("drone strike", "air raid", "rocket fire"); a body's are not read ("the air force")."""
    toks = [head]
    lemma = head.lemma_.lower()
    if lemma in noun_sets()["ATTACKS"] or lemma == "fire" or lemma in _MUNITION_HEADS:
        toks += [c for c in children(head) if c.dep_ in _MODIFIER_DEPS]
    return {w for t in toks for w in (t.lemma_.lower(), t.lower_)}


def _means_heads(tok: Token) -> list[Token]:
    """Where an act's weapon is named: an attack noun itself ("a drone strike"), the subject (active only: "the
    city was bombed" names a victim), agent, with/by phrase and the in-phrase of the attack it happened in."""
    answered = [o for o in roles.direct_objects(tok) + answered_objects(tok) if o.pos_ == "NOUN"] \
        if tok.lemma_.lower() in ANSWER_VERBS else []
    heads = roles.agent_of(tok) + roles.prep_objects(tok, ("with", "by", "in"))
    # "answered the raid with air strikes", "responded to the attack with artillery fire": the with-phrase the parse
    # hangs on the act answered is the answer's means, not that act's (session 46 vio50)
    heads += [g for o in answered for g in roles.prep_objects(o, ("with",))]
    # "were killed in shelling by rebels": the small parse reads the attack noun after "in" as a gerund (pcomp), not
    # as its object (session 46 vio50); only a word of the weapon lists gives a code, as for any head here
    # "a medic was killed and two porters were wounded in shelling": the in-phrase the parse hangs on the coordinated
    # passive tells how both came about (as convention shared-adjuncts reads its doer)
    shared = [tok] + [v for v in children(tok) if v.dep_ == "conj" and v.i > tok.i and roles.is_passive(v)]
    heads += [c for v in shared for p in children(v) if p.dep_ == "prep" and p.lower_ in ("in", "by")
              for c in children(p) if c.dep_ == "pcomp" and c.tag_ == "VBG" or v is not tok and c.dep_ == "pobj"]
    if tok.pos_ == "NOUN":
        heads.append(tok)
    if not roles.is_passive(tok):
        heads += roles.subjects(tok)
    heads += [w for h in list(heads) for w in _carried(h)]
    if tok.pos_ == "NOUN" and _answered_act(tok):
        answer_means = {g.i for g in roles.prep_objects(tok, ("with",))}
        heads = [h for h in heads if h.i not in answer_means]
    for clause in children(tok):
        # "were killed when their truck hit a roadside bomb", "... when a drone struck their car": the weapon of the
        # when-clause that tells how the harm came (session 40 lead)
        if clause.dep_ == "advcl" and any(m.dep_ == "advmod" and m.lower_ == "when" or m.dep_ == "mark"
                                          and m.lower_ in ("when", "as") for m in children(clause)):
            heads += roles.subjects(clause) + roles.direct_objects(clause) \
                + roles.prep_objects(clause, ("over", "on", "into", "by"))
    return heads


def _answered_act(noun: Token) -> bool:
    """The noun is the act a verb of answering (word list ANSWER_VERBS) answers: its object or its to-phrase's."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else noun.head
    return noun.dep_ in ("dobj", "obj", "pobj") and verb.lemma_.lower() in ANSWER_VERBS and noun in (
        roles.direct_objects(verb) + answered_objects(verb))


def _carried(head: Token) -> list[Token]:
    """What a doer is named with: "a man with a machete", "attackers armed with knives" (session 43 vio47)."""
    armed = [c for c in children(head) if c.dep_ in ("acl", "amod") and c.lemma_.lower() == "arm"]
    return [o for h in [head, *armed] for o in roles.prep_objects(h, ("with",))]


def weapon_code(tok: Token) -> str | None:
    """The code the weapon of the generic attack (190) `tok` gives: 195, 194 or 183; None when no weapon of the
    lists is named. A bombing the ordnance convention made 190 ("jets bombed the camp") is refined here too; a knife,
    machete or stone (BLADE_MEANS) gives 180, the codebook's unconventional violence (session 43 vio47)."""
    words: set[str] = set()
    for head in _means_heads(tok):
        words |= _words(head)
    return next((code for code, means in _MEANS if words & means), None)
