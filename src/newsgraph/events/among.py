""""Among those detained was the opposition leader", "among the people arrested were three students": the act of a
participle on "those" under "among" is done to the subject of the clause "among" opens (session 36b left40,
round38, convention among-those)."""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.nlp.cache import children

_AMONG_HEADS = word_list("patterns", "AMONG_HEADS")


def among_members(verb: Token) -> list[Token]:
    """The members "among those <verb>ed" names: the subjects of the clause the among-phrase hangs on; [] when the
    participle is not on such a head."""
    head = verb.head
    if verb.dep_ not in ("acl", "amod", "relcl") or head.lower_ not in _AMONG_HEADS or head.dep_ != "pobj" \
            or head.head.lower_ != "among" or any(c.dep_ == "nummod" for c in children(head)):
        return []       # ("she was among 15 people arrested": the fifteen are the ones arrested, she one of them)
    clause = head.head.head
    subjects = [c for c in children(clause) if c.dep_ in ("nsubj", "nsubjpass") and c.i != head.i]
    if subjects or clause.lemma_.lower() != "be":
        return subjects
    # "Among the people arrested were two journalists": the parse reads the inverted subject as the copula's
    # attribute (session 37 left41; crit41 found the same: "Among those detained are X")
    return [c for c in children(clause) if c.dep_ == "attr"]
