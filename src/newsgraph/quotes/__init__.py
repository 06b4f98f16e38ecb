"""Quotes: who said what, to whom, according to whom.

Modules (one job each):
  marks.py        quotation-mark stretches from the raw text (paragraph-bounded, apostrophe-aware)
  frames.py       reporting-verb frames from the parse: cue, speaker, content, addressee
  speakers.py     speaker phrase -> Actor + canonical name (actors stage first, local fallbacks)
  attribution.py  "according to X" / "..., the reports said" -> source; shared with the events stage
  stage.py        the "quotes" stage: direct, indirect and mixed quotes -> analysis.quotes
  link.py         the "links" stage (after events): Quote.event_ids
  lexicon.py      loaders for data/quotes/ (reporting_verbs.csv, cues.csv, quote_marks.json)
Evaluation: newsgraph.eval.quotes (suites quotes/ggt, quotes/polnear, quotes/textacy).
"""
from newsgraph.quotes.attribution import Attribution, according_to, attribution_for

__all__ = ["Attribution", "according_to", "attribution_for"]
