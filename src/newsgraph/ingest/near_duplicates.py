"""Near-duplicate articles: syndicated copies and updated versions of a story, found with MinHash/LSH.

Exact copies (the same text under another url) are caught by the content hash (`checks.py`). A
syndicated copy differs a little: another outlet's headline, a dateline or credit line, a few edited
words, the last paragraphs cut, a paragraph added by an update. Such a copy is linked to the first
stored article of the story (`Article.duplicate_of`) and stored without being coded again, so its
events are not counted twice; its outlet still counts as a source of the story's event clusters
(store/schema.sql, view `event_clusters`).

How a copy is found:
  * each article becomes the set of its word `shingle`-grams (lower case, `\\w+` words), and a MinHash
    signature of that set (datasketch, `perm` permutations, seed 1: the same signature on every machine);
  * an LSH index (datasketch `MinHashLSH` at the same threshold) proposes earlier articles whose
    Jaccard similarity is probably at least `threshold`;
  * a candidate is accepted when its similarity estimated from the two signatures reaches `threshold`;
    the most similar one wins (ties: the one seen first). A copy of a copy links to the first original.
Texts with fewer than `min_shingles` shingles are never matched (too little text to tell a copy from a
formula such as a weather note). The knobs are settings (`NEWSGRAPH_NEAR_DUPLICATE_*`); the threshold
and its precision and recall on a syndication set built from real pages are in docs/EVALUATION.md
(`newsgraph eval extraction --suite near-duplicates`).

The index lives in memory for one ingest run; `seed` fills it from the articles already stored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

import numpy as np

from newsgraph.settings import get_settings

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class NearDuplicateOptions:
    """How similar a text must be to count as a copy (defaults from the settings)."""

    threshold: float = 0.5      # Jaccard similarity of the shingle sets
    perm: int = 128             # MinHash permutations
    shingle: int = 3            # words per shingle
    min_shingles: int = 30      # shorter texts are never matched

    @classmethod
    def from_settings(cls) -> "NearDuplicateOptions":
        s = get_settings()
        return cls(threshold=s.near_duplicate_threshold, perm=s.near_duplicate_perm,
                   shingle=s.near_duplicate_shingle, min_shingles=s.near_duplicate_min_shingles)

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"near-duplicate threshold must be in (0, 1], got {self.threshold}")
        if self.perm < 16 or self.shingle < 1 or self.min_shingles < 1:
            raise ValueError("near-duplicate perm must be >= 16, shingle and min_shingles >= 1")


@dataclass(frozen=True)
class Match:
    """The stored (or earlier) article a text is a near-copy of, and how alike they are."""

    original: str               # article id of the first original
    similarity: float           # estimated Jaccard similarity of the shingle sets

    def reason(self) -> str:
        return f"near-copy of {self.original} (similarity {self.similarity:.2f})"


def shingles(text: str, size: int) -> set[bytes]:
    """The text's word `size`-grams, lower-cased (a text shorter than `size` words is one shingle)."""
    words = _WORD.findall(text.lower())
    if not words:
        return set()
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(max(1, len(words) - size + 1))}


class NearDuplicateIndex:
    """Signatures of the articles seen so far, and the lookup of the earlier article a text copies."""

    def __init__(self, options: NearDuplicateOptions | None = None):
        from datasketch import MinHash, MinHashLSH

        self.options = options or NearDuplicateOptions.from_settings()
        self._template = MinHash(num_perm=self.options.perm, seed=1)   # permutations made once
        self._lsh = MinHashLSH(threshold=self.options.threshold, num_perm=self.options.perm)
        self._signatures: dict[str, np.ndarray] = {}
        self._root: dict[str, str] = {}          # article id -> the original it copies (itself if none)
        self._order: dict[str, int] = {}         # article id -> when it was added (ties: first wins)
        self._seen: set[str] = set()             # every id offered, indexed or too short to be

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._signatures

    def seen(self, article_id: str) -> bool:
        """Was this article offered already (indexed, or too short to be)?"""
        return article_id in self._seen

    def signature(self, text: str):
        """The MinHash of the text's shingles, or None when the text is too short to be matched."""
        grams = shingles(text, self.options.shingle)
        if len(grams) < self.options.min_shingles:
            return None
        m = self._template.copy()
        m.update_batch(list(grams))
        return m

    def find(self, text: str, exclude: str | None = None) -> Match | None:
        """The earlier article `text` is a near-copy of (never `exclude` nor a copy of it), or None."""
        sig = self.signature(text)
        return None if sig is None else self._best(sig, exclude)

    def add(self, article_id: str, text: str, duplicate_of: str | None = None) -> None:
        """Remember an article (an original, or a copy of `duplicate_of`); a second add is ignored."""
        if article_id in self._seen:
            return
        self._seen.add(article_id)
        sig = self.signature(text)
        if sig is None:
            return
        self._insert(article_id, sig, duplicate_of)

    def check_and_add(self, article_id: str, text: str) -> Match | None:
        """`find`, then `add` (as a copy when one was found): one signature for both."""
        sig = self.signature(text)
        if sig is None:
            self._seen.add(article_id)
            return None
        match = self._best(sig, exclude=article_id)
        if article_id not in self._seen:
            self._seen.add(article_id)
            self._insert(article_id, sig, match.original if match else None)
        return match

    def seed(self, rows: Iterable[tuple[str, str, str | None]]) -> int:
        """Add stored articles, given as (id, text, duplicate_of); returns how many were new to it."""
        before = len(self._seen)
        for article_id, text, duplicate_of in rows:
            self.add(article_id, text or "", duplicate_of)
        return len(self._seen) - before

    # ------------------------------------------------------------------ internals

    def _insert(self, article_id: str, sig, duplicate_of: str | None) -> None:
        self._signatures[article_id] = sig.hashvalues
        self._root[article_id] = self._root.get(duplicate_of, duplicate_of) if duplicate_of else article_id
        self._order[article_id] = len(self._order)
        self._lsh.insert(article_id, sig)

    def _best(self, sig, exclude: str | None) -> Match | None:
        best: tuple[float, int, str] | None = None
        for key in self._lsh.query(sig):
            root = self._root[key]
            if exclude is not None and exclude in (key, root):
                continue
            sim = float(np.mean(self._signatures[key] == sig.hashvalues))
            if sim < self.options.threshold:
                continue
            rank = (sim, -self._order[key], root)
            if best is None or rank[:2] > best[:2]:
                best = rank
        return Match(best[2], round(best[0], 4)) if best else None
