"""A common word capitalised only because it starts a sentence: "Consular officials visited him" -- the recogniser
calls "Consular" an organisation, and the name reader would make it one, placed by the dateline, so the officials
lose the state whose mission the text named. A one-word name at a sentence's start that modifies a role noun
("officials", "staff") and that the text also writes in lower case ("requested consular access"), or that is a
modifier of mission staff (CONSULAR_MODIFIERS), is no name: the nominal reader takes the phrase (round41, session 39
act43).
"""
from __future__ import annotations

from spacy.tokens import Span

from newsgraph.actors.document import DocView
from newsgraph.actors.phrases import noun_lemma
from newsgraph.datafile import word_list

CONSULAR_MODIFIERS = word_list("kb", "CONSULAR_MODIFIERS")


def capitalised_common_word(view: DocView, span: Span) -> bool:
    """Is the one-word name span a common word at a sentence's start, before a role noun it modifies?"""
    if len(span) != 1 or span.start != view.sent_start[view.sent_of[span.start]]:
        return False
    tok = span[0]
    if tok.dep_ not in ("compound", "amod") or tok.head.i <= tok.i or noun_lemma(tok.head) not in view.kb.roles:
        return False
    low = tok.lower_
    return low in CONSULAR_MODIFIERS or any(t.text == low for t in view.toks)
