"""A judgement named only as what no evidence shows is no judgement made (session 47 prec51).

Real news outside every gold set told of experts and officials who doubt a charge: "an analyst said she saw
no proof that the navy was behind the tanker explosion". The statement tones read "was behind the
explosion" in what was said and coded the analyst accusing the navy (112, T-claim-behind-crit47) -- the reverse of
what she said. A tone word in a clause that is the content of a noun of evidence (word list EVIDENCE_NOUNS: evidence,
proof, sign, indication) that is denied -- "no evidence that", "did not see any proof that", "found no sign that",
"the lack of evidence that" -- is a claim the speaker does not make. statement_tones._tones skips such words; a
clause of evidence that is not denied ("there was evidence that Iran was behind the attack") stays the speaker's.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.nlp.cache import children

_EVIDENCE = frozenset(word_list("patterns", "EVIDENCE_NOUNS"))
_LACKS = frozenset(word_list("patterns", "EVIDENCE_LACKS"))


def _denied(noun: Token) -> bool:
    """The noun of evidence is denied: "no evidence", "did not see evidence", "the lack of evidence"."""
    if any((c.dep_ == "det" and c.lower_ == "no") or c.dep_ == "neg" for c in children(noun)):
        return True
    head = noun.head
    if noun.dep_ in ("dobj", "attr") and any(c.dep_ == "neg" for c in children(head)):
        return True
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _LACKS


def unproven(tok: Token, verb: Token) -> bool:
    """`tok`, a tone word in what `verb` reports, stands in the content clause of a denied noun of evidence."""
    node = tok
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ in ("acl", "ccomp") and node.head.lemma_.lower() in _EVIDENCE and _denied(node.head):
            return True
        node = node.head
    return False
