"""A fault named as another actor's own in what was said: "said the trust's failure to fill vacancies had left wards
understaffed", "said the ministry's mismanagement had cost jobs". Whatever the clause goes on to say of it, a
speaker who names another actor's failure, neglect or mismanagement criticises that actor (CAMEO 111), as human
coders code it; the tone rows cannot see it, since a condemning noun that is a clause's subject names a matter
("the scandal grew"), not the speaker's judgement (convention owned-faults, session 43 crit47).

statements' tone reader (statement_tones._statement_tone) asks `owned_fault` when no tone word coded the statement.
A fault with no owner named ("the failure of the talks", "a lack of rain"), the speaker's own ("our failure"),
negated, asked about or in a condition ("asked whether the ministry's negligence ...") judges no one.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import act_makers, appraisal
from newsgraph.events.arguments import Party
from newsgraph.events.statement_data import Tone
from newsgraph.nlp.cache import children, subtree

OWNED_FAULT = Tone("owned-faults", "111", False)
_FAULT_NOUNS = frozenset(word_list("patterns", "FAULT_NOUNS"))
_NO = frozenset({"no", "not", "never", "without"})


def _faults(verb: Token) -> list[Token]:
    """The fault nouns in what the verb reports, each with an owner phrase of its own (a possessor, a by-phrase or
    an of-phrase), not negated ("no failure") nor hedged."""
    out = []
    for tok in subtree(verb):
        if tok.i == verb.i or tok.pos_ != "NOUN" or tok.lemma_.lower() not in _FAULT_NOUNS \
                or not verb.is_ancestor(tok):
            continue
        if any(c.lower_ in _NO for c in children(tok)) or appraisal.hedged(tok, verb):
            continue
        if act_makers.owners(tok):
            out.append(tok)
    return out


def owned_fault(analysis, verb: Token, exclude: set[str], since: frozenset[str] | None) -> tuple[Tone, list[Party]] | None:
    """(the owned-faults tone, the fault's owners) for the first fault in what `verb` reports whose owner is an
    actor other than the speaker (`exclude`); None when there is none."""
    for fault in _faults(verb):
        found = act_makers.makers(analysis, [fault], exclude, since=since)
        if found:
            return OWNED_FAULT, found
    return None
