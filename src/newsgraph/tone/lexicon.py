"""Word polarities for the document tone, from the VADER lexicon shipped inside the vaderSentiment
package (C. J. Hutto, MIT licence; about 7,500 entries, each the mean rating of ten people on -4..+4,
kept in the lexicon only when the raters agreed it is not neutral).

VADER was chosen over TextBlob's adjective lexicon and AFINN because its entries include the verbs and
nouns news is written in ("attacked" -2.0, "agreement" +2.2, "accuse" -0.8, "peace" +2.5), and the
package carries the lexicon file itself: nothing is downloaded at run time (NLTK's copy of VADER needs
`nltk.download`). Only the lexicon and VADER's list of negators are used, not its sentence scorer:
GDELT's tone is a count of positive and negative words, and counting costs one pass over the parse
spaCy already made.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy
from spacy.strings import hash_string


@dataclass(frozen=True)
class ToneLexicon:
    """spaCy LOWER hashes (sorted uint64 arrays) of the positive words, the negative words and the
    negators, ready for `numpy.isin` over a doc's token array."""

    positive: numpy.ndarray
    negative: numpy.ndarray
    negators: numpy.ndarray


def _hashes(words: set[str]) -> numpy.ndarray:
    return numpy.array(sorted(hash_string(w) for w in words), dtype=numpy.uint64)


@functools.lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """VADER's word -> mean rating (-4..+4), loaded once per process (also read by the event coder's
    appraisal of what statements say, events/appraisal.py)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return dict(SentimentIntensityAnalyzer().lexicon)


@functools.lru_cache(maxsize=1)
def tone_lexicon() -> ToneLexicon:
    """The VADER lexicon split by the sign of each word's mean rating (built once per process)."""
    from vaderSentiment.vaderSentiment import NEGATE

    ratings = valences()
    # spaCy splits "don't" into "do" + "n't"; VADER's list has the joined forms
    negators = {w.lower() for w in NEGATE} | {"n't"}
    return ToneLexicon(positive=_hashes({w for w, v in ratings.items() if v > 0}),
                       negative=_hashes({w for w, v in ratings.items() if v < 0}),
                       negators=_hashes(negators))
