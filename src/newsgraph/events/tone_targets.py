"""Whom a tone in what was said judges: the actor a word of praise, criticism or accusation is said of.

statement_tones.py finds the tone words in a statement's content and decides which one codes it; which actor the
word judges is a question of its own, read off the parse around the word alone: the subject of the word's clause
("said the mayor had done a wonderful job"), the object of "called X a liar" or "described X as reckless", a
judging noun's possessor or of-phrase ("the senator's lies"), a feeling's cause ("shocked by the council's
decision"), a pronoun the actors stage resolved, or the maker of an act judged ("said the council's plan would ruin
the town"). Each reading is switched by the convention named in its docstring; statement_tones.py passes the
switches in and asks `_judged`, `_act_makers` and `_baseless_act_makers`.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import act_makers
from newsgraph.events import appraisal
from newsgraph.events import arguments as args
from newsgraph.events import roles
from newsgraph.events.arguments import Party
from newsgraph.events.conventions import enabled as conv_enabled
from newsgraph.events.patterns import noun_sets
from newsgraph.nlp.cache import children
from newsgraph.records import Analysis

# prepositions that name the cause of a stated feeling ("proud of", "shocked by", "pleased with", "angry at")
_FEELING_CAUSES = ("by", "with", "of", "at", "in")   # "in": "disappointed in the mayor" (round29)
# quantifiers whose of-phrase names the people meant ("none of the chairs asked")
_PARTITIVES = word_list("patterns", "PARTITIVES")
_RELATIVES = word_list("patterns", "RELATIVES")
_FREE_RELATIVES = ("what", "whatever")
# third-person pronouns whose resolved actor a judgement in what was said may be aimed at (convention
# judged-pronouns, round28, branch judge28)
_JUDGED_PRONOUNS = frozenset(word_list("patterns", "JUDGED_PRONOUNS"))
# words of a feeling whose subject is who feels ("they were dismayed"): a pronoun subject of them judges no one
_FEELINGS = frozenset(word_list("patterns", "FEELING_WORDS"))


def _judged(analysis: Analysis, verb: Token, word: Token, exclude: set[str], parts: bool = True,
            inner: bool = False, free: bool = False, clauses: bool = False,
            pronouns: bool = False, unresolved: bool = False) -> list[Party]:
    """Whom a statement of praise or criticism is about: the actor named by the subject of the clause that
    holds the tone word ("said the mayor had done a wonderful job", "said the Democrats' allegation was a
    sham"), not the speaker; none when the subject names no actor ("this decision is a disgrace"). With
    `parts` (convention `judged-parts`, round 11): a judging noun's own possessor or of-phrase comes first
    ("the ramblings of a lost candidate", "the senator's lies"), and a quantified subject stands for its
    of-phrase ("none of the chairs asked"). With `inner` (convention judged-inner, round 12): a relative clause
    whose subject is its relative pronoun judges the noun it describes, read on up the clause ("said Uruguay was
    among the rare states that had done well"). A pronoun judges no one, unless `pronouns` (convention
    judged-pronouns, round28): then a third-person personal pronoun (word list JUDGED_PRONOUNS: he, she, they,
    him, her, them, his, their; never "it", a thing as often as a body, nor I/we/you) that is the subject of the
    judging clause or the object called something judges the actor the actors stage resolved it to, when that
    actor is not the speaker ("She said he was unfit": whom "he" takes up); a feeling's cause or a judging
    noun's possessor told by a pronoun ("felt let down by them") stays no one's, as before. With `unresolved`
    (convention judged-unresolved, round35): a subject the actors stage left without an actor but that plainly
    names people or a body (a name, a person or group noun: "said the council member was playing politics", "said
    the coalition partners had acted irresponsibly") is judged, with no actor, when no actor is found."""
    def found(heads: list[Token], pron: bool = False) -> list[Party]:
        return [p for p in args.resolved(analysis, heads) if p.key not in exclude and (
            p.head.pos_ != "PRON" or pron and p.head.lower_ in _JUDGED_PRONOUNS)]

    if parts and word.pos_ == "NOUN" and not (word.dep_ == "oprd" and word.head.i == verb.i):
        # ("called the budget a betrayal of working families": what was called so is judged, not the families)
        own = found(roles.possessors(word) + roles.prep_objects(word, ("of",)))
        if own:
            return own
    if parts and word.pos_ in ("VERB", "ADJ"):
        # "proud of the team", "shocked by the council's decision": the cause of the feeling, or its possessor
        causes = roles.prep_objects(word, _FEELING_CAUSES)
        own = found(causes) or found([p for c in causes for p in roles.possessors(c)])
        if not own and clauses and word.pos_ == "ADJ":
            # "we are disappointed (that) the board has pulled out": the feeling's clause names who caused it
            # (convention feeling-clauses, round28; "we are sad that we lost": the speaker's own, no one)
            own = found(_feeling_clause_subjects(word))
        if own:
            return own
    # ("they were disappointed", "she was furious": a feeling's subject is who feels, not who is judged)
    heads = _judged_heads(verb, word, parts, inner, free)
    judged = found(heads, pronouns and word.lower_ not in _FEELINGS and word.lemma_.lower() not in _FEELINGS)
    if not judged and pronouns and isinstance(verb, Token) and any(h.lower_ in _JUDGED_PRONOUNS for h in heads) \
            and conv_enabled("said-of-pronouns", None):
        # '"They are lying," the senator said of the board': the pronoun stands for whom it was said of (session 42)
        judged = found(roles.prep_objects(verb, ("of",)))
    if not judged and unresolved and word.lower_ not in _FEELINGS and word.lemma_.lower() not in _FEELINGS:
        judged = [p for p in args.unresolved(heads) if p.head.pos_ not in ("PRON", "DET") and p.key not in exclude]
    return judged


def _feeling_clause_subjects(word: Token) -> list[Token]:
    """The subjects of the complement clause of a feeling adjective ("disappointed that X left"); the parse may
    hang the clause on the copula the adjective completes."""
    holders = [word] + ([word.head] if word.dep_ == "acomp" else [])
    return [g for h in holders for c in children(h) if c.dep_ == "ccomp" and c.i > word.i
            for g in children(c) if g.dep_ in ("nsubj", "nsubjpass")]


def _judged_heads(verb: Token, word: Token, parts: bool = True, inner: bool = False,
                  free: bool = False) -> list[Token]:
    """The phrases a judging word of what `verb` reports is said of: the subject of its clause, or the object
    of "called X Y" or "described X as Y" (see `_judged`). With `free` (convention free-relatives, round21) a
    clause subject opened by "what" judges the subject of that clause ("said what the minister did was a
    disgrace", "what Trump is saying is dangerous": the minister, Trump)."""
    if word.pos_ == "VERB" and conv_enabled("passive-deeds", None):
        doers = appraisal.passive_doers(word)
        if doers:   # "said the funds were stolen by the governor's aides": the aides (session 30 crit31)
            return doers
    glued = appraisal.glued_object(word) if word.head.i == verb.i else None
    if glued is not None:
        return [glued]              # "called the junta illegitimate": the junta (session 36 lead)
    node = word
    while node.i != verb.i:
        if node.dep_ == "amod" and node.head.head.i == verb.i and appraisal.trailing_predicate(node):
            return [node.head]      # "called the council's plan reckless": the plan's (round29)
        if node.dep_ == "oprd" and node.head.i == verb.i:
            # "called the council's plan a sham": the plan's; "the mayor, whom she called a liar": the mayor
            return [relative_antecedent(o, verb) or o for o in roles.direct_objects(verb)]
        if node.dep_ == "prep" and node.lower_ == "as" and node.head.i == verb.i:
            # "described the council's plan as reckless", "referred to the mayor as a liar" (round 17)
            return [relative_antecedent(o, verb) or o
                    for o in roles.direct_objects(verb) or roles.prep_objects(verb, ("to",))]
        # ("the plans were sickening": the parse may hang the subject on the auxiliary)
        subj = [c for c in children(node) if c.dep_ in ("nsubj", "nsubjpass")] or \
            [g for c in children(node) if c.dep_ == "aux" for g in children(c) if g.dep_ in ("nsubj", "nsubjpass")]
        if free and not subj:
            subj = [g for c in children(node) if c.dep_ == "csubj" and any(
                w.lower_ in _FREE_RELATIVES and w.dep_ in ("dobj", "pobj", "attr") for w in children(c))
                for g in children(c) if g.dep_ == "nsubj"]
        if subj and all(t.lower_ == "it" for t in subj):
            # "it is outrageous that the council ignored them": the clause after the adjective says who is judged
            clauses = [c for c in children(node) if c.dep_ == "ccomp"] + \
                [c for c in children(word) if c.dep_ == "ccomp"]
            if conv_enabled("for-subject-judged", None):
                # "it was inappropriate for the judge to weigh in": the for-subject is judged (session 48 say52)
                clauses += appraisal.for_clauses(node) + (appraisal.for_clauses(word) if word.i != node.i else [])
            subj = [g for c in clauses for g in children(c) if g.dep_ in ("nsubj", "nsubjpass")] or subj
        if parts:
            subj = [(roles.prep_objects(s, ("of",)) or [s])[0] if s.lower_ in _PARTITIVES else s for s in subj]
        if inner and subj and node.dep_ == "relcl" and all(s.lower_ in _RELATIVES for s in subj):
            subj = []       # "among the rare states that had done well": the clause judges what it describes
        if subj:
            return subj
        if node.head.i == node.i:
            break
        node = node.head
    return []


# relative pronouns that, as the object of a relative clause's verb, stand for the noun the clause describes
_RELATIVE_OBJECTS = frozenset(word_list("patterns", "RELATIVE_PRONOUNS")) - {"whose"}


def relative_antecedent(obj: Token, verb: Token) -> Token | None:
    """The noun a relative pronoun object stands for: "the governor, whom the senator called a liar" -> governor
    (convention relative-named, session 28 crit29); None for any other object."""
    if obj.lower_ in _RELATIVE_OBJECTS and obj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" \
            and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


def _act_makers(analysis: Analysis, verb: Token, word: Token, exclude: set[str], inner: bool,
                since: frozenset[str] | None = None) -> list[Party] | None:
    """When a criticism in what was said judges no actor but an act or artifact of one (noun set MADE_ACTS: "said
    the plan would destroy the forest", "said the council's ruling was unfair", "called the new law a sham"), the
    actors that made it: its possessor, or the actor of its by- or of-phrase ([] when none is named: the maker
    is not known). None when the phrase judged is no such act, or is one whose owner is no other actor named
    ("said our plan would hurt", "said its response was weak": the speaker's own; convention judged-acts,
    round20)."""
    acts = [h for h in _judged_heads(verb, word, True, inner) if act_makers.is_act(h)]
    if not acts:
        return None
    return act_makers.makers(analysis, acts, exclude, since=since)


def _baseless_act_makers(analysis: Analysis, verb: Token, word: Token, exclude: set[str],
                         since: frozenset[str] | None) -> list[Party]:
    """The makers of an act a word of denial judges ("said China's seafood ban had no scientific basis", "said the
    council's decision was groundless"): a decision, ban or law said to lack a basis is faulted, CAMEO 111, as its
    maker's doing; an accusation, claim or report (noun set ACCUSATION) said so is denied, 016, as before
    (convention baseless-acts, session 42 crit46)."""
    heads = [h for h in _judged_heads(verb, word, True, False) if act_makers.is_act(h)]
    if not heads or any(h.lemma_.lower() in noun_sets()["ACCUSATION"] for h in heads):
        return []
    return act_makers.makers(analysis, heads, exclude, since=since)
