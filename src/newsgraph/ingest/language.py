"""Offline language guess: writing system first, then stop-word ratios for Latin and Cyrillic text.

Good enough to keep non-English articles away from an English parser; not a general identifier.
Tables: data/ingest/language_scripts.csv (Unicode blocks) and data/ingest/stopwords.csv.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from newsgraph.datafile import DataFileError, package_data, read_rows

UNDETERMINED = "und"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_STOPWORD_SHARE = 0.05   # below this, a Latin-script text matches no language we know
MIN_SCRIPT_SHARE = 0.5      # a non-Latin script must make up half the letters to decide alone
KANA_SHARE = 0.05           # any real share of kana among CJK letters means Japanese


@dataclass(frozen=True)
class LanguageGuess:
    code: str                         # ISO 639-1 code, or "und"
    confidence: float                 # 0..1, rough
    script: str = ""
    scores: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class _Tables:
    starts: tuple[int, ...]           # sorted range starts, for bisect
    ranges: tuple[tuple[int, int, str], ...]
    script_lang: dict[str, str]
    stopwords: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    ranges: list[tuple[int, int, str]] = []
    script_lang: dict[str, str] = {}
    path = package_data("ingest", "language_scripts.csv")
    for lineno, row in read_rows(path, required=("script", "lang", "ranges")):
        script_lang[row["script"]] = row["lang"]
        for part in row["ranges"].split(";"):
            try:
                lo, hi = (int(x, 16) for x in part.strip().split("-"))
            except ValueError:
                raise DataFileError(path, lineno, f"bad range {part!r} (expected hex-hex)") from None
            ranges.append((lo, hi, row["script"]))
    ranges.sort()
    stop: dict[str, set[str]] = {}
    for _, row in read_rows(package_data("ingest", "stopwords.csv"), required=("lang", "words")):
        stop.setdefault(row["lang"], set()).update(row["words"].lower().split())
    return _Tables(tuple(r[0] for r in ranges), tuple(ranges), script_lang,
                   {k: frozenset(v) for k, v in stop.items()})


def script_of(ch: str, t: _Tables | None = None) -> str | None:
    t = t or _tables()
    cp = ord(ch)
    i = bisect.bisect_right(t.starts, cp) - 1
    if i >= 0 and t.ranges[i][0] <= cp <= t.ranges[i][1]:
        return t.ranges[i][2]
    return None


def detect_language(text: str, sample_chars: int = 20000) -> LanguageGuess:
    """Guess the language of `text` (only the first `sample_chars` characters are looked at)."""
    t = _tables()
    sample = text[:sample_chars]
    counts: dict[str, int] = {}
    for ch in sample:
        if ch.isalpha():
            s = script_of(ch, t) or "Other"
            counts[s] = counts.get(s, 0) + 1
    letters = sum(counts.values())
    if not letters:
        return LanguageGuess(UNDETERMINED, 0.0)
    cjk = counts.get("Han", 0) + counts.get("Kana", 0)
    if cjk / letters >= MIN_SCRIPT_SHARE:
        if counts.get("Kana", 0) >= KANA_SHARE * cjk:
            return LanguageGuess("ja", counts.get("Kana", 0) / cjk, "Kana")
        return LanguageGuess("zh", counts.get("Han", 0) / letters, "Han")
    script, n = max(counts.items(), key=lambda kv: kv[1])
    share = n / letters
    if script not in ("Latin", "Cyrillic"):
        if share >= MIN_SCRIPT_SHARE and script in t.script_lang:
            return LanguageGuess(t.script_lang[script], share, script)
        return LanguageGuess(UNDETERMINED, share, script)
    return _by_stopwords(sample, script, t)


def _by_stopwords(sample: str, script: str, t: _Tables) -> LanguageGuess:
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return LanguageGuess(UNDETERMINED, 0.0, script)
    scores = {lang: sum(1 for w in words if w in sw) / len(words) for lang, sw in t.stopwords.items()}
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, s1), (_, s2) = ranked[0], ranked[1] if len(ranked) > 1 else ("", 0.0)
    if s1 < MIN_STOPWORD_SHARE:
        if script == "Cyrillic":   # Cyrillic text without known function words: most likely Russian
            return LanguageGuess("ru", 0.3, script, scores)
        return LanguageGuess(UNDETERMINED, s1, script, scores)
    confidence = min(1.0, (s1 - s2) / s1 + 0.2) if s1 else 0.0
    return LanguageGuess(best, round(confidence, 3), script, scores)
