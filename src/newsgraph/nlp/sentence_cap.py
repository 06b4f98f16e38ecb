"""The sentence-length cap: a spaCy component, before the parser, that starts a new sentence in any run of
`max_tokens` tokens without sentence-final punctuation (. ! ?): at the last line break in the run, else
where the run reaches the cap.

Why: the analysis stages look at pairs of words within a sentence (quote spans, event subjects and
objects), so their time grows with the square of a sentence's length. Real sentences stay far below the
cap (200 tokens by default, `NEWSGRAPH_MAX_SENTENCE_TOKENS`); a text without punctuation (a word list, a
run-on dump, lines without full stops) would otherwise be one sentence of tens of thousands of tokens and
take minutes. The parser keeps sentence starts set before it. Text whose sentences end in punctuation
within the cap is left exactly as the parser splits it.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "newsgraph_sentence_cap"
_ENDS = frozenset({".", "!", "?", "...", "…"})


@Language.factory(COMPONENT, default_config={"max_tokens": 200})
def make_sentence_cap(nlp: Language, name: str, max_tokens: int) -> "SentenceCap":
    return SentenceCap(max_tokens)


class SentenceCap:
    """Marks a sentence start every `max_tokens` tokens inside runs that nothing else could end."""

    def __init__(self, max_tokens: int):
        if max_tokens < 2:
            raise ValueError("max_tokens must be at least 2")
        self.max_tokens = max_tokens

    def __call__(self, doc: Doc) -> Doc:
        run_start = 0          # first token of the current run (no . ! ? since)
        after_break = None     # first token after the run's last line break
        for i, token in enumerate(doc):
            if i - run_start >= self.max_tokens:
                cut = after_break if after_break is not None and after_break > run_start else i
                doc[cut].is_sent_start = True
                run_start, after_break = cut, None
            if token.text in _ENDS:
                run_start, after_break = i + 1, None
            elif token.is_space and "\n" in token.text:
                after_break = i + 1
        return doc
