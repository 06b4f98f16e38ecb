"""Sense conditions that read the trigger's clause or verb complement (data/patterns/senses.csv).

What a verb of saying or asking reports settles its code: "insisted that he had done nothing wrong" states what was
done (no demand), "demanded how the minister could be so sure" asks a question, "warned that the hospitals could see
more cases" says what may happen (no threat), "ordered the students to be freed" says what is to be done. These
conditions find the trigger's that-clause or complement (or the clause the parser split off) and read its tense,
mood, subjects or verb, so they stand together apart from the conditions on objects and sides. senses.py calls
`clause_holds` for the conditions in CLAUSE_CONDITIONS.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events import roles
from newsgraph.events.sense_clauses import (_clause_auxes, _clause_tags, _complements, _indicative, _inverted,
                                            _split_clause, _words)
from newsgraph.events.sense_sides import _force_verb
from newsgraph.nlp.cache import children

CLAUSE_CONDITIONS = frozenset({"clause", "complement", "passive_complement", "wh_clause", "thing_clause", "epistemic"})


def clause_holds(cond: str, tok: Token, values: frozenset[str]) -> bool:
    """Whether the clause condition `cond` (one of CLAUSE_CONDITIONS) holds of trigger `tok` with the row's values."""
    if cond == "clause":
        clauses = [c for c in children(tok) if c.dep_ == "ccomp"]
        if not clauses:
            split = _split_clause(tok)
            if split is not None:       # "insisted its commandos used force": a clause the parser split (session 32)
                if split.tag_ == "VBN" and not _clause_auxes(split):
                    return True         # the participle with an object is a past verb: it states what was done
                return _clause_holds(values, tok, [split])
        # "insist that, with the vote over, there have been ...": an absolute with-phrase the parser reads as a
        # second clause is no clause of what is insisted (session 27 coop28)
        clauses = [c for c in clauses if not any(m.dep_ == "mark" and m.lower_ == "with" for m in children(c))] \
            or clauses
        if not clauses or any(c.dep_ in ("dobj", "obj") for c in children(tok)):
            return False
        return _clause_holds(values, tok, clauses)
    if cond == "complement":
        if "*" in values:         # any verb complement ("helped them share their data")
            return bool(_complements(tok))
        return any(_words(c) & values for c in _complements(tok)) or any(
            p.lemma_.lower() == "anonymity" for p in roles.prep_objects(tok, ("on",)))
    if cond == "passive_complement":  # "ordered the students to be freed": what is to be done to the object
        # (session 29 coop30)
        return any(roles.is_passive(c) and _words(c) & values for c in _complements(tok))
    if cond == "wh_clause":
        # "demanded how the minister could be so sure": the clause is a question (a wh-word or if/whether
        # first, or inverted); "demanded parties allow aid workers in" stays a demand
        return any(c.dep_ == "ccomp" and (_inverted(c) or c.doc[c.left_edge.i].lower_ in values)
                   for c in children(tok))
    if cond == "thing_clause":
        # "warned that thousands of operations would be postponed": what will befall things, done by no one named
        # (round35): a that-clause whose subjects are all things and whose verb has no agent
        # ("warned that the convoy would be attacked": an act of force, whoever does it, stays a threat)
        # a noun's that-clause too: "issued a warning that the drought would cut profits" (session 46 prec50)
        clauses = [c for c in children(tok) if c.dep_ == "ccomp" or (
            tok.pos_ == "NOUN" and c.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in children(c)))]
        return bool(clauses) and all(
            (subj := [g for g in children(c) if g.dep_ in ("nsubj", "nsubjpass")])
            and all(roles.a_thing(g) for g in subj) and not roles.agent_of(c) and not _force_verb(c)
            for c in clauses)
    if cond == "epistemic":
        # "warned that the hospitals could see more cases": what may happen, not what the speaker will do
        return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in values for a in children(c))
                   for c in children(tok))
    return False


def _clause_holds(values: frozenset[str], tok: Token, clauses: list[Token]) -> bool:
    """The `clause` condition's test of the trigger's clauses (their tense or mood, by the row's values)."""
    if "past_tense" in values:    # only what was done ("insisted that he had done nothing wrong")
        return all("VBD" in _clause_tags(c) for c in clauses)
    if "indicative" in values:
        # "insists the deal is fair": a claim about how things are; not "insisted that the army withdraw" nor
        # "insisted the army must go", which ask for something (session 19)
        return all(_indicative(c, tok) for c in clauses)
    if values:      # only clauses about how things are or were, not what will happen
        return not any(a.dep_ == "aux" and a.tag_ == "MD" for c in clauses for a in children(c))
    return True
