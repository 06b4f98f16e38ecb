"""Two roles of one person before the name: "Japanese journalist and author Hiro Aida", "Polish economist and
author Ewa Nowak" (session 49, act53).

`PersonNames.title_phrase` reads a run of words left of a name as its title, but a run holding "and" was read as
two people ("Trump and Chinese leader Xi"), so only the words after "and" stayed the title: the demonym before
"and" was lost (the person took the story's country) or became an actor of its own ("French actor" apart from
"director Jean Roux"). A reader takes the whole run as one person's titles when both sides of "and" end in a role
the knowledge base knows (roles.csv), the run opens with a country's or its people's word (DocView.country_of) and
nothing else before "and" is a name: "Trump and ...", "the president and first lady X" and "Chinese and Russian
leaders Xi and Putin" stay as they were. Not reached: runs the parser splits into two conjoined nouns ("French
actor and director Jean Roux" as "French actor" and "director Jean Roux"), which title_phrase never sees whole.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.actors.phrases import noun_lemma


def one_person_roles(kb, country_of: dict[int, str], run: list[Token], joined: int) -> bool:
    """Is `run` (the words left of a name, with its "and" at index `joined`) two roles of the one person named
    after it? The run opens with a country's word, both sides end in a KB role, the words after "and" are lower case,
    and every capitalised word before it names a country or its people."""
    before, after = run[:joined], run[joined + 1:]
    if not before or not after or run[joined].lower_ != "and":
        return False
    if before[0].i not in country_of:
        return False        # only a run a country's word opens: "the president and first lady X" are two people
    if any(t.text[:1].isupper() and t.i not in country_of for t in before):
        return False        # "Trump and Chinese leader Xi": two people
    if any(t.text[:1].isupper() or t.is_punct for t in after):
        return False
    return noun_lemma(before[-1]) in kb.roles and noun_lemma(after[-1]) in kb.roles
