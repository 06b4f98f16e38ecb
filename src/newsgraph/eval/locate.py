"""Point at a sentence of a real page without copying it: a key made of a hash and a length.

Hand-made gold sets (real-news events, actors) label sentences of third-party pages that the
project must not copy. A label therefore stores `sentence_key(sentence)`: the SHA-1 (16 hex digits)
and the length of the sentence *normalised* to its lower-cased letters and digits. Punctuation,
spacing, quote styles and line breaks do not count, so the key survives changes in extraction and
sentence splitting; the eval finds the sentence again in whatever text newsgraph extracted with
`find_sentence`.

    python -m newsgraph.eval.locate "The sentence as you read it."     # prints the key
"""
from __future__ import annotations

import hashlib
import sys
import unicodedata


def reduce_text(text: str) -> tuple[str, list[int]]:
    """Lower-cased letters and digits of `text`, and for each kept character its offset in `text`."""
    kept: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch).casefold():
            if c.isalnum():
                kept.append(c)
                offsets.append(i)
    return "".join(kept), offsets


def _digest(norm: str) -> str:
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


def sentence_key(sentence: str) -> dict[str, object]:
    """{"sha1": ..., "len": ...} of the normalised sentence (see module docstring)."""
    norm, _ = reduce_text(sentence)
    if not norm:
        raise ValueError("a sentence key needs at least one letter or digit")
    return {"sha1": _digest(norm), "len": len(norm)}


class SentenceFinder:
    """Finds keyed sentences in one text; normalises the text once."""

    def __init__(self, text: str):
        self.text = text
        self.norm, self.offsets = reduce_text(text)
        # a sentence starts at a word start: the kept character follows a dropped one (or the start)
        self.word_starts = [j for j, off in enumerate(self.offsets)
                            if j == 0 or off != self.offsets[j - 1] + 1]

    def find(self, key: dict[str, object]) -> tuple[int, int] | None:
        """Character span [start, end) in the text of the sentence with this key, or None."""
        length = int(key["len"])  # type: ignore[arg-type]
        digest = str(key["sha1"])
        norm = self.norm
        for j in self.word_starts:
            if j + length > len(norm):
                break
            if _digest(norm[j:j + length]) == digest:
                return self.offsets[j], self.offsets[j + length - 1] + 1
        return None


def find_sentence(text: str, key: dict[str, object]) -> tuple[int, int] | None:
    """Span of the keyed sentence in `text` (None when the text does not hold it)."""
    return SentenceFinder(text).find(key)


if __name__ == "__main__":  # pragma: no cover - a labelling aid
    for arg in sys.argv[1:] or [sys.stdin.read()]:
        print(sentence_key(arg))
