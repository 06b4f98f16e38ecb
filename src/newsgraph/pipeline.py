"""Compose the analysis stages over spaCy docs.

Data moves one way: Article -> spaCy Doc -> stages (actors, time, geo, quotes, events)
-> Analysis. Batches go through `nlp.pipe` so parsing is as fast as bare spaCy.
"""
from __future__ import annotations

import datetime as dt
import importlib
from typing import Iterable, Iterator

from spacy.tokens import Doc

from newsgraph.nlp import load_nlp
from newsgraph.records import Analysis, Article, as_date
from newsgraph.registry import stages

# Order matters: later stages read what earlier ones found.
DEFAULT_STAGES = ("actors", "time", "geo", "quotes", "events", "links")

# Modules that register the stages above (imported lazily, on first use).
_STAGE_MODULES = (
    "newsgraph.actors.stage",
    "newsgraph.temporal.stage",
    "newsgraph.geo.stage",
    "newsgraph.quotes.stage",
    "newsgraph.events.stage",
    "newsgraph.quotes.link",
)


def _load_stage_modules() -> None:
    for mod in _STAGE_MODULES:
        importlib.import_module(mod)


class Pipeline:
    """Runs spaCy plus the named stages over articles."""

    def __init__(self, stage_names: Iterable[str] = DEFAULT_STAGES, batch_size: int = 32):
        _load_stage_modules()
        self.stage_names = list(stage_names)
        self.stage_funcs = [stages.get(n) for n in self.stage_names]
        self.batch_size = batch_size
        self.nlp = load_nlp()

    def analyze_doc(self, doc: Doc, article: Article) -> Analysis:
        analysis = Analysis(article=article)
        for func in self.stage_funcs:
            func(doc, analysis)
        return analysis

    def analyze(self, article: Article) -> Analysis:
        return self.analyze_doc(self.nlp(article.text), article)

    def analyze_many(self, articles: Iterable[Article]) -> Iterator[Analysis]:
        """Analyse a stream of articles, parsing them in batches with `nlp.pipe`."""
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            yield self.analyze_doc(doc, article)


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def analyze(text: str, published: dt.date | str | None = None, *, title: str | None = None,
            url: str | None = None, source: str | None = None) -> Analysis:
    """Analyse one text and return everything found in it (nothing is stored).

    The text is cleaned the same way ingest cleans it (boilerplate removed,
    photo captions moved to `article.captions`).
    """
    from newsgraph.ingest.clean import make_article

    article = make_article(text, title=title, url=url, source=source,
                           published=as_date(published), origin="<analyze>")
    return default_pipeline().analyze(article)
