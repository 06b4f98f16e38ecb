"""Document tone on GDELT's scale: the percentage of the words that are positive minus the percentage
that are negative (GDELT 2.0 Event codebook, AvgTone: -100..+100, news mostly between -10 and +10).

A polar word with a negator ("not", "never", "n't", ...) among the three words before it in the same
sentence counts for the other side, as in VADER ("not peaceful" is negative). Words are the alphabetic
tokens of the parse; punctuation and numbers do not dilute the percentages.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import IS_ALPHA, LOWER, SENT_START
from spacy.tokens import Doc

from newsgraph.tone.lexicon import tone_lexicon

NEGATION_WINDOW = 3   # words before a polar word in which a negator flips it (VADER's window)


@dataclass(frozen=True)
class ToneCounts:
    words: int
    positive: int
    negative: int

    @property
    def tone(self) -> float:
        """Positive minus negative words as a percentage of all words (0.0 for a doc with no words)."""
        if not self.words:
            return 0.0
        return round(100.0 * (self.positive - self.negative) / self.words, 4)


def tone_counts(doc: Doc) -> ToneCounts:
    """Count the words, positive words and negative words of a parsed doc (vectorised over the
    token array, no Python loop over the tokens)."""
    lex = tone_lexicon()
    if not len(doc):
        return ToneCounts(0, 0, 0)
    arr = doc.to_array([LOWER, IS_ALPHA, SENT_START])
    lower, alpha = arr[:, 0], arr[:, 1].astype(bool)
    sentence = numpy.cumsum(arr[:, 2].astype(numpy.int64) == 1)
    pos = _member(lower, lex.positive) & alpha
    neg = _member(lower, lex.negative) & alpha
    negator = _member(lower, lex.negators)
    # flipped[i]: a negator among the NEGATION_WINDOW tokens before i, in i's sentence
    flipped = numpy.zeros(len(lower), dtype=bool)
    for k in range(1, min(NEGATION_WINDOW, len(lower) - 1) + 1):
        flipped[k:] |= negator[:-k] & (sentence[:-k] == sentence[k:])
    n_pos = int((pos & ~flipped).sum() + (neg & flipped).sum())
    n_neg = int((neg & ~flipped).sum() + (pos & flipped).sum())
    return ToneCounts(words=int(alpha.sum()), positive=n_pos, negative=n_neg)


def _member(values: numpy.ndarray, sorted_keys: numpy.ndarray) -> numpy.ndarray:
    """values[i] in sorted_keys, by binary search (20x faster than numpy.isin for a doc's few hundred
    tokens against a few thousand words)."""
    at = numpy.searchsorted(sorted_keys, values)
    at[at == len(sorted_keys)] = 0
    return sorted_keys[at] == values


def document_tone(doc: Doc) -> float:
    """The doc's tone, -100..100 (GDELT's AvgTone scale)."""
    return tone_counts(doc).tone
