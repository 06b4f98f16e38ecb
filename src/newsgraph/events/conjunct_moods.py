"""Does a coordinated verb take its mood from the verb it hangs on, or is it a clause of its own.

"did not sign and ratify" shares the negation, "would not have the cash and was negotiating a sale" does not; the
small model also hangs a second bare infinitive on the governing verb ("plotted to kill the judge and then attack
the court"). The mood walk (modality.py) and the refusal check (refusals.py) both ask this.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.cache import children


def own_clause(verb: Token) -> bool:
    """A coordinated verb with its own subject or auxiliary: its modality is its own."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children(verb))


def finite_apart(verb: Token) -> bool:
    """"was not happy and hit back by accusing him": a finite verb coordinated with a clause whose negation
    rides on a copula or on "do" shares no auxiliary with it, so that negation is not its own ("did not sign
    and ratify" shares "did": the base form; "has not signed and ratified" shares "has"). Session 27 crit28."""
    head = verb.head
    if verb.tag_ in ("VBD", "VBZ") and any(c.dep_ == "aux" and c.tag_ == "MD" for c in children(head)):
        return True     # "would not accept dictates and accused Hamas": a modal governs no past or third-person
                        # form, so the conjunct is a clause of its own (session 35 lead)
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() != "do" for c in children(head)):
        return False
    # (a participle after a bare copula is the small model's reading of a past tense: "was not pleased and hit")
    return verb.tag_ in ("VBD", "VBZ", "VBP") or (verb.tag_ == "VBN" and (head.lemma_.lower() == "be"
                                                                        or head.pos_ == "ADJ"))


def infinitive_sibling(verb: Token) -> Token | None:
    """"plotted to kill the judge and then attack the court": the small model hangs the second bare infinitive
    on the governing verb as its conjunct; its modality is the first infinitive's (round 15). A base-form verb
    with no subject or auxiliary of its own, coordinated with a verb that is not itself a base form, after a
    to-infinitive under that verb."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VB" or head.tag_ == "VB" or own_clause(verb):
        return None
    # the nearest to-infinitive before it under the verb it hangs on ("admitted to having plotted to execute ...")
    found = [c for c in head.subtree if head.i < c.i < verb.i and c.dep_ == "xcomp" and c.tag_ == "VB"
             and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))]
    return found[-1] if found else None
