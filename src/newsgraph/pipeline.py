"""Compose the analysis stages over spaCy docs.

Data moves one way: Article -> spaCy Doc -> stages (actors, time, geo, quotes, events, quote_links)
-> Analysis. Batches go through `nlp.pipe` so parsing is as fast as bare spaCy. Each stage declares
what it requires and provides (newsgraph/registry.py); the pipeline checks the order when it is
built, so a missing stage fails at once with a message, not half-way through a corpus.
"""
from __future__ import annotations

import datetime as dt
import functools
import gc
import importlib
from typing import Any, Callable, Iterable, Iterator

from spacy.tokens import Doc

from newsgraph.nlp import load_nlp
from newsgraph.nlp.cache import drop_doc_caches, seed_doc_text
from newsgraph.records import Analysis, Article, as_date
from newsgraph.registry import StageSpec, stages
from newsgraph.settings import get_settings

# Order matters: later stages read what earlier ones found.
DEFAULT_STAGES = ("time", "geo", "actors", "quotes", "events", "quote_links", "tone")

# Modules that register the stages above (imported lazily, on first use).
_STAGE_MODULES = (
    "newsgraph.time.stage",
    "newsgraph.geo.stage",
    "newsgraph.actors.stage",
    "newsgraph.quotes.stage",
    "newsgraph.events.stage",
    "newsgraph.events.quote_links",
    "newsgraph.tone.stage",
)


class PipelineError(ValueError):
    """The stages asked for cannot run in this order (a requirement nobody provides, bad options)."""


def _load_stage_modules() -> None:
    for mod in _STAGE_MODULES:
        importlib.import_module(mod)


def check_order(specs: list[StageSpec]) -> None:
    """Raise PipelineError naming the stage and the product when a requirement is not provided by
    an earlier stage (and which registered stages would provide it)."""
    provided: set[str] = set()
    for spec in specs:
        missing = [r for r in spec.requires if r not in provided]
        if missing:
            providers = {r: sorted(s for s in stages.names() if r in stages.get(s).provides) for r in missing}
            hint = "; ".join(f"{r!r} comes from {', '.join(map(repr, p)) or 'no registered stage'}"
                             for r, p in providers.items())
            raise PipelineError(f"stage {spec.name!r} requires {', '.join(map(repr, missing))}, which no "
                                f"earlier stage provides ({hint})")
        provided.update(spec.provides)


def _bind(spec: StageSpec, options: Any) -> Callable[[Doc, Analysis], None]:
    if spec.options is None:
        if options is not None:
            raise PipelineError(f"stage {spec.name!r} takes no options")
        return spec.func
    if options is None:
        options = spec.options()
    elif not isinstance(options, spec.options):
        raise PipelineError(f"stage {spec.name!r} takes {spec.options.__name__} options, "
                            f"got {type(options).__name__}")
    return functools.partial(spec.func, options=options)


class Pipeline:
    """Runs spaCy plus the named stages over articles.

    `options` maps a stage name to its options object (e.g. {"events": CoderOptions(since=...)});
    stages not named get their defaults.
    """

    def __init__(self, stage_names: Iterable[str] = DEFAULT_STAGES, batch_size: int | None = None,
                 options: dict[str, Any] | None = None):
        _load_stage_modules()
        self.stage_names = list(stage_names)
        self.specs = [stages.get(n) for n in self.stage_names]
        check_order(self.specs)
        options = dict(options or {})
        unknown = sorted(set(options) - set(self.stage_names))
        if unknown:
            raise PipelineError(f"options given for stage(s) not in this pipeline: {', '.join(unknown)}")
        self.stage_funcs = [_bind(s, options.get(s.name)) for s in self.specs]
        self.batch_size = batch_size or get_settings().parse_batch_size     # texts per nlp.pipe batch
        self.nlp = load_nlp()

    def analyse_doc(self, doc: Doc, article: Article) -> Analysis:
        seed_doc_text(doc, article.text)
        analysis = Analysis(article=article)
        try:
            for func in self.stage_funcs:
                func(doc, analysis)
        finally:
            drop_doc_caches(doc)
        _freeze_long_lived_once()
        return analysis

    def analyse(self, article: Article) -> Analysis:
        return self.analyse_doc(self.nlp(article.text), article)

    def analyse_many(self, articles: Iterable[Article]) -> Iterator[Analysis]:
        """Analyse a stream of articles, parsing them in batches with `nlp.pipe`."""
        for _doc, analysis in self.analyse_with_docs(articles):
            yield analysis

    def analyse_with_docs(self, articles: Iterable[Article]) -> Iterator[tuple[Doc, Analysis]]:
        """Like `analyse_many`, with each article's parsed Doc (for evaluations and diagnostics that
        read the parse)."""
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            yield doc, self.analyse_doc(doc, article)

    def analyse_each(self, articles: Iterable[Article],
                     on_error: Callable[[Article, Exception], None] | None = None,
                     ) -> Iterator[tuple[Article, Analysis | Exception]]:
        """Yield (article, Analysis or the exception it raised), in order: one article that fails
        does not stop the others. Batched like `analyse_many`; after a failure, analysis restarts
        with the next article. `on_error` is called with each failure as it happens (for logging)."""
        remaining = list(articles)
        while remaining:
            done = 0
            try:
                for analysis in self.analyse_many(remaining):
                    yield remaining[done], analysis
                    done += 1
                return
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the run
                if on_error is not None:
                    on_error(remaining[done], exc)
                yield remaining[done], exc
                remaining = remaining[done + 1:]


_frozen = False


def _freeze_long_lived_once() -> None:
    """After the first article, move everything alive (spaCy's model, the knowledge base, the
    gazetteer, compiled patterns: loaded lazily by that article) out of the cyclic garbage
    collector's reach with `gc.freeze()`. They live as long as the process; without this, every
    full collection walks those few hundred thousand objects again, which cost about 3 % of
    the parse time in `newsgraph bench`. Reference counting still frees everything as before;
    only cyclic garbage that already existed at this moment is never collected."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def analyse(text: str, published: dt.date | str | None = None, *, title: str | None = None,
            url: str | None = None, source: str | None = None) -> Analysis:
    """Analyse one text and return everything found in it (nothing is stored).

    The text is cleaned the same way ingest cleans it (boilerplate removed,
    photo captions moved to `article.captions`).
    """
    from newsgraph.ingest.clean import make_article

    article = make_article(text, title=title, url=url, source=source,
                           published=as_date(published), origin="<analyse>")
    return default_pipeline().analyse(article)
