"""The condition of an act: an "if" or "unless" clause on its verb, or "in case" / "in the event" opening it.

A conditional act is a threat or an offer, not a plain one: the coder, the intent conventions, the statement tones
and the readers of condition targets ask which clauses are conditions (word lists CONDITIONS, CONDITION_NOUNS); the
mood walk (modality.py) reads "in case" as it reads "if".
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.nlp.cache import children

_CONDITIONS = word_list("patterns", "CONDITIONS")
# "in case ...", "in the event (that) ...": a noun that makes an in-phrase opening a clause its condition (session 49)
_CONDITION_NOUNS = word_list("patterns", "CONDITION_NOUNS")


def in_case(tok: Token) -> str | None:
    """"In the event the army attacks the town, ...", "in case police arrest the leaders": the small model hangs the
    idiom on the clause's verb as an in-phrase whose noun has no phrase of its own (unlike "in the event of a
    strike"); opening the clause, before its subject, it marks a condition as "if" does (word list CONDITION_NOUNS;
    session 49 lead). Returns the idiom's words as written ("in the event"), the act's mood cue, else None."""
    subjects = [c.i for c in children(tok) if c.dep_ in ("nsubj", "nsubjpass")]
    for c in children(tok):
        if c.dep_ == "prep" and c.lower_ == "in" and subjects and c.i < min(subjects):
            for noun in children(c):
                dets = [k.lower_ for k in children(noun) if k.dep_ == "det"]
                if noun.dep_ == "pobj" and noun.lemma_.lower() in _CONDITION_NOUNS and dets in ([], ["the"]) \
                        and len(list(children(noun))) == len(dets):
                    # ("in this case police arrested ...", "in the event of a strike": no condition)
                    return tok.doc[c.i:noun.i + 1].text
    return None


def condition_mark(tok: Token) -> str | None:
    """"if" or "unless" when an adverbial clause of `tok` is its condition ("will strike if the talks fail",
    "would stop work unless paid"): a conditional act is a threat or an offer, not a plain one."""
    for clause in condition_clauses(tok):
        return _condition_word(clause)
    return None


def condition_clauses(tok: Token) -> list[Token]:
    """The adverbial clauses of `tok` that are its condition (marked "if", "unless" ...: word list CONDITIONS)."""
    return [c for c in children(tok) if c.dep_ == "advcl" and _condition_word(c) is not None]


def _condition_word(clause: Token) -> str | None:
    return next((m.lower_ for m in children(clause) if m.dep_ == "mark" and m.lower_ in _CONDITIONS), None)
