"""A person's name the recogniser cuts short where the knowledge base knows the whole of it: in "LONDON - Imran Khan
accused the army" the small model tags only "Khan" a person, so the name reader never met the KB's Imran Khan, and
"Khan" alone -- a family name of many -- took the dateline's Britain (a wrong country on every act of his; "Former
Pakistani prime minister Imran Khan" was read whole and right). A recogniser's person span that lies inside a KB
person's match of two words or more, all capitalised and claimed by no other span, is widened to that match, so the
name reader finds the person the text names (round47, issue 12).
"""
from __future__ import annotations

from spacy.tokens import Span


def whole_kb_person_names(doc, ents: list[Span], kbm: list) -> list[Span]:
    """The recogniser's spans, each person's widened to a KB person's name it lies inside."""
    people = [m for m in kbm if m.kind == "P" and m.end - m.start >= 2]
    if not people:
        return ents
    out: list[Span] = []
    for e in ents:
        if e.label_ == "PERSON":
            m = next((m for m in people if m.start <= e.start and e.end <= m.end
                      and (m.start, m.end) != (e.start, e.end)), None)
            if m is not None and all(doc[i].text[:1].isupper() for i in range(m.start, m.end)) \
                    and not any(o is not e and o.start < m.end and m.start < o.end for o in ents):
                e = Span(doc, m.start, m.end, label="PERSON")
        out.append(e)
    return out
