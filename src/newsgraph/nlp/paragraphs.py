"""Paragraph breaks end sentences: a spaCy component, before the parser, that starts a sentence at the
first word after a blank line.

Why: web pages put furniture lines without a full stop between paragraphs ("READ MORE: Ipsos poll",
"WATCH: ...", a caption). The parser otherwise reads such a line and the next paragraph as one sentence
("... Ipsos poll\\n\\nA spokeswoman for Trudeau said ..." makes the spokeswoman an apposition of "poll"), and
every stage after it -- actors, quotes, events -- reads the wrong subject. No sentence of news prose runs
across a blank line.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "newsgraph_paragraphs"


@Language.factory(COMPONENT)
def make_paragraph_breaks(nlp: Language, name: str) -> "ParagraphBreaks":
    return ParagraphBreaks()


class ParagraphBreaks:
    """Marks a sentence start at the first non-space token after a whitespace token holding a blank line."""

    def __call__(self, doc: Doc) -> Doc:
        pending = False
        for token in doc:
            if token.is_space:
                pending = pending or token.text.count("\n") >= 2
            elif pending:
                token.is_sent_start = True
                pending = False
        return doc
