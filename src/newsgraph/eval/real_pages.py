"""The real news pages under ../shared/eval/extraction, as the articles newsgraph's ingest makes of them.

Read at run time, never copied: the near-duplicate suite builds its syndication set from them and
`newsgraph bench scale` its corpus. Every page goes through `iter_articles` (trafilatura, cleaning,
checks), so only pages ingest keeps (English, long enough) come back; extracting all 1,371 pages takes
a few minutes, so the result is kept for the rest of the process.

Halves: `part` is `eval.extraction.page_part` of the page's path under extraction/ (dev: sha1 ends in an
even hex digit), as for the other extraction suites and data/gold/README.md.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from newsgraph.records import Article

# The page sets, in the order they are read.
PAGE_SETS = ("article-extraction-benchmark", "htmldate-mediacloud2020", "trafilatura-evaldata")


@dataclass(frozen=True)
class RealPage:
    doc: str            # the page's path under ../shared/eval/extraction
    part: str           # dev | test
    article: Article    # what ingest makes of it


def real_pages(data_dir: Path, part: str = "all", limit: int | None = None) -> list[RealPage]:
    """The pages ingest keeps as articles, in path order; `part` dev | test | all; at most `limit` pages
    are read (before the checks, so fewer may come back). Without a limit, every page is read once per
    process and the halves are taken from that."""
    if part not in ("dev", "test", "all"):
        raise KeyError(f"part must be dev, test or all, not {part!r}")
    data_dir = str(Path(data_dir).resolve())
    pages = _read(data_dir, part, limit) if limit is not None else _read(data_dir, "all", None)
    return [p for p in pages if part == "all" or p.part == part]


@functools.lru_cache(maxsize=4)
def _read(data_dir: str, part: str, limit: int | None) -> tuple[RealPage, ...]:
    from newsgraph.eval.extraction import page_part
    from newsgraph.ingest import iter_articles

    root = Path(data_dir) / "extraction"
    if not root.is_dir():
        raise FileNotFoundError(f"no page sets at {root}")
    paths = []
    for name in PAGE_SETS:
        for path in sorted((root / name).rglob("*.html.gz")):
            doc = path.relative_to(root).as_posix()
            if part == "all" or page_part(doc) == part:
                paths.append((doc, path))
    out = []
    for doc, path in paths[:limit]:
        for item in iter_articles([str(path)]):
            if isinstance(item, Article):
                out.append(RealPage(doc, page_part(doc), item))
    return tuple(out)
