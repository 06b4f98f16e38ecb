"""A leader's name that modifies a word for the government names that government, not the person:
"the Lindqvist administration", "Haraldsen White House officials", "the Moreau cabinet".

The leader is a head of state or government the knowledge base knows (leaders.csv, any term: "the Obama
administration" is the United States' government in an article of 2012 and a former one in 2020, which
CAMEO codes the same, USAGOV). The words are the word list ADMINISTRATION_HEADS (data/kb/word_lists.csv).
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.actors.kb import KB
from newsgraph.actors.phrases import noun_lemma
from newsgraph.datafile import word_list

ADMINISTRATION_HEADS = word_list("kb", "ADMINISTRATION_HEADS")
MAX_NAME_WORDS = 3


def administrations(kb: KB, doc: Doc) -> list[tuple[int, int, int, str]]:
    """(start, end, head token, ISO3) of each "<leader's name> <government word>" phrase of the doc."""
    out = []
    for t in doc:
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        first = t.i                                     # the government word's first token
        if noun_lemma(t) not in ADMINISTRATION_HEADS:
            if not (t.i > 0 and f"{doc[t.i - 1].lower_} {t.lower_}" in ADMINISTRATION_HEADS):
                continue
            first = t.i - 1                             # "White House"
        if first == 0 or t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("of", "'s", "\u2019s"):
            continue                                    # "the Ashdown cabinet of ministers" keeps its own sense
        iso = _leader_country(kb, doc, first)
        if iso is not None:
            out.append((iso[1], t.i + 1, t.i, iso[0]))
    return out


def _leader_country(kb: KB, doc: Doc, first: int) -> tuple[str, int] | None:
    """(ISO3, start token) of the head of state or government named right before token `first`."""
    start = first
    while start > 0 and first - start < MAX_NAME_WORDS and doc[start - 1].pos_ in ("PROPN", "NOUN") \
            and doc[start - 1].text[:1].isupper():      # ("Trump" is a noun to the tagger at a sentence's start)
        start -= 1
    for s in range(start, first):                       # the longest name the KB knows
        name = " ".join(w.text for w in doc[s:first])
        countries = {o.country for o in kb.offices_for(name) if kb.is_head_role(o.role)}
        if len(countries) == 1:
            return next(iter(countries)), s
    return None
