"""Whom a proposal told as a that-clause is made to, and the subjunctive clauses the small parser misreads (session
45 say49).

A suggesting verb (statements.csv column `proposal`) whose clause is in the subjunctive or holds should/must is an
appeal, 02x (statements._proposes). Its target is the one asked to act: the subject of that clause, when no one is
addressed otherwise -- "Japan proposed that Seoul drop its claim to the islands" is Japan's appeal to South Korea,
not an appeal to no one (convention `proposal-targets`).

The small model reads a bare verb after a name as part of a noun phrase: "suggested that Tehran resume talks" comes
out with "resume" a compound of "talks" (its subject hung on it), "suggested that Ottawa resume buying soybeans" with
"resume" a noun whose compound is "Ottawa". Both are the subjunctive all the same (convention
`misread-subjunctives`): a that-clause whose head noun has a compound verb in the bare form with a subject of its
own, or whose head is a singular noun with a name as its compound and a verb complement of its own (an -ing or
infinitive xcomp, or a direct object), which no noun takes.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.cache import children

_SUBJECTS = ("nsubj", "nsubjpass")


def misread_subjunctive(clause: Token) -> list[Token] | None:
    """The subject(s) of a that-clause the parser misread as a noun phrase around a bare verb, or None."""
    if clause.dep_ != "ccomp" or clause.pos_ != "NOUN" \
            or not any(m.dep_ == "mark" and m.lower_ == "that" for m in children(clause)):
        return None
    for c in children(clause):
        # "that Tehran resume talks": the verb a compound of its object, its subject hung on it
        if c.dep_ == "compound" and c.pos_ == "VERB" and c.tag_ in ("VB", "VBP") and c.i < clause.i:
            subjects = [s for s in children(c) if s.dep_ in _SUBJECTS]
            if subjects:
                return subjects
    # "that Ottawa resume buying soybeans": the verb read as a noun, its subject as the noun's compound
    names = [c for c in children(clause) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == clause.i - 1]
    if clause.tag_ == "NN" and names and any(
            c.dep_ in ("xcomp", "dobj") and (c.dep_ == "dobj" or c.pos_ == "VERB") for c in children(clause)):
        return names
    return None


def proposed_subjects(verb: Token) -> list[Token]:
    """The subjects of the clause a suggesting verb proposes ("proposed that Seoul drop ...": Seoul), read through
    the misread shapes above; [] when its clause has none or is passive ("suggested that the prisoners be freed":
    whoever frees them is asked, not the prisoners)."""
    out: list[Token] = []
    for c in children(verb):
        if c.dep_ != "ccomp":
            continue
        misread = misread_subjunctive(c)
        # an active subject only: "proposed that the prisoners be released" asks no prisoner to act
        out += misread if misread is not None else [s for s in children(c) if s.dep_ == "nsubj"]
    return out
