"""Sentences in a line of page furniture: a photo caption closed by its credit in a raw text (session 44 left48).

Ingest moves a photo's caption out of the story (`article.captions`), but an evaluation's raw text, a pasted page or
a feed item comes as it is: "Riot police detain a protester near the university on Sunday. (Jane Doe/Agency)" is a
line of its own between two paragraphs. The actors stage reads such a line as furniture (actors/document.py
`furniture_line`: a caption or credit of data/ingest/boilerplate.csv, a credit in parentheses closing the line, a link
teaser) and finds no actor in it; the event coder still coded its verbs, so the caption's act came out as an event
with no sides, a second copy of the story's own event or a scene no one reported as news. A sentence that lies
wholly inside such a line is not coded (convention caption-lines). A credit that closes a caption ingest keeps in the
story ("... on Sunday. (Photo: Reuters)") is no such line: there the caption is read, as the actors stage reads it.
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.actors.document import furniture_line
from newsgraph.nlp.cache import doc_sents, doc_text


def furniture_sentences(doc: Doc) -> frozenset[int]:
    """Indices of the sentences of `doc` that lie wholly inside a line of page furniture."""
    text = doc_text(doc)
    if "\n" not in text.strip():
        return frozenset()          # one line: a cleaned story or a single sentence, never a caption line
    spans, pos = [], 0
    for line in text.split("\n"):
        if furniture_line(line.strip()):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    if not spans:
        return frozenset()
    return frozenset(i for i, sent in enumerate(doc_sents(doc))
                     if any(lo <= sent.start_char and sent.end_char <= hi for lo, hi in spans))
