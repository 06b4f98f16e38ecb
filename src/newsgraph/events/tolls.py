"""The toll an attack is told by: a verb of killing or wounding ("killed five", "left three people wounded") and the
relative clause on an attack noun that states it ("a stabbing that killed a passenger", "the attack, which killed
14"). One place for the role readers (verb_roles, act_checks: whom the attack harmed), the claim reader
(claimed_attacks: a claimed attack told by its toll) and the trigger filter (triggers); it sits below all of them so
that none imports another for it (triggers is imported by verb_roles)."""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import roles
from newsgraph.nlp.cache import children, subtree

TOLL_VERBS = word_list("patterns", "TOLL_VERBS")
HARMED = word_list("patterns", "HARMED")      # "left seven dead"
_RELATIVE_SUBJECTS = word_list("patterns", "RELATIVE_SUBJECTS")


def toll_verb(verb: Token) -> bool:
    """A verb that states the harm an attack did ("killed five", "left three people wounded"; not "left the
    government in a bind")."""
    if verb.pos_ != "VERB" or not roles.lemmas(verb) & TOLL_VERBS:
        return False
    return "leave" not in roles.lemmas(verb) or any(t.lower_ in HARMED for t in subtree(verb) if t.i > verb.i)


def toll_clause(n: Token, claimed: bool = False) -> Token | None:
    """"a stabbing that killed a passenger", "the strike which left four dead": the relative clause on an attack
    noun that states its toll (convention toll-clauses), or None.

    `claimed` is the claim reader's test (claimed_attacks, and the trigger filter that keeps a claimed attack's
    noun): any relative clause whose own lemma is a toll verb other than "leave". The two callers ask different
    things: the role reader takes the clause's objects as the noun's victims, so it wants a verb (by any base form,
    "left four dead" with its harmed word) whose subject is the relative pronoun -- the noun itself did the harm;
    the claim reader asks only whether the claimed noun is told by a toll at all ("the attack, which killed nine
    soldiers, was claimed by ..."). The two tests were written apart (round 11, round 38) and are kept as they were
    measured: making one serve the other would change what is coded."""
    for c in children(n):
        if c.dep_ != "relcl":
            continue
        if claimed:
            if c.lemma_.lower() in TOLL_VERBS and c.lemma_.lower() != "leave":
                return c
        elif toll_verb(c) and any(s.dep_ == "nsubj" and s.lower_ in _RELATIVE_SUBJECTS for s in children(c)):
            return c
    return None
