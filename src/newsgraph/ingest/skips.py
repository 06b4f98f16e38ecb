"""What ingest reports besides articles: skipped inputs (with a reason) and notes, plus the limits."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Skip:
    """An input that did not become an article, and why. Nothing bad is dropped without one."""

    origin: str          # path, "path:LINE" for JSONL/CSV records, "<stdin>"
    reason: str          # human-readable, e.g. "empty", "binary file", "duplicate of 3f2a..."
    kind: str = "other"  # stable key for summaries: empty binary too-large too-short language duplicate
    #                      malformed no-text unsupported unreadable missing extraction error other

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Note:
    """Something worth knowing about an article that was kept (guessed encoding, bad date ignored, ...)."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


@dataclass(frozen=True)
class IngestOptions:
    """Limits that decide what is skipped."""

    max_chars: int = 1_000_000            # longer texts are skipped (not an article; likely a dump)
    min_words: int = 15                   # shorter texts are skipped (not an article)
    languages: frozenset[str] = field(default_factory=lambda: frozenset({"en"}))  # others skipped
    keep_undetermined: bool = True        # keep texts whose language can't be told
    max_file_bytes: int = 200_000_000     # files larger than this are not read at all
    dedup: bool = True                    # same content_hash twice in a batch -> second is skipped
