"""newsgraph.tone: the document tone that GDELT reports as AvgTone / MentionDocTone.

- lexicon.py  word polarities from VADER's human-rated lexicon (the vaderSentiment package, MIT)
- score.py    `document_tone(doc)`: % positive words minus % negative words, -100..100
- stage.py    the "tone" stage -> `analysis.article.tone`
"""
from newsgraph.tone.score import ToneCounts, document_tone, tone_counts

__all__ = ["ToneCounts", "document_tone", "tone_counts"]
