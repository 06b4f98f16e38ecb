"""What ingest reports besides articles: skipped inputs (with a reason) and notes, plus the limits."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Skip:
    """An input that did not become an article, and why. Nothing bad is dropped without one."""

    origin: str          # path, "path:LINE" for JSONL/CSV records, "<stdin>"
    reason: str          # human-readable, e.g. "empty", "binary file", "duplicate of 3f2a..."
    kind: str = "other"  # stable key for summaries: empty binary too-large too-short language duplicate
    #                      malformed no-text unsupported unreadable missing extraction symlink error other

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


def _setting(name: str):
    """A default read from newsgraph.settings when the options are made (so NEWSGRAPH_* applies)."""
    def default():
        from newsgraph.settings import get_settings

        return getattr(get_settings(), name)
    return field(default_factory=default)


@dataclass(frozen=True)
class IngestOptions:
    """What decides what is read and what is skipped. The budgets' defaults are in newsgraph/settings.py
    (environment-overridable; docs/ARCHITECTURE.md says why each is set so)."""

    max_chars: int = _setting("max_text_chars")          # longer texts are skipped (not one article)
    max_lines: int = _setting("max_text_lines")          # texts with more lines are skipped
    max_tokens: int = _setting("max_text_tokens")        # texts with more words/punctuation/line breaks are skipped
    min_words: int = 15                   # shorter texts are skipped (not an article)
    languages: frozenset[str] = field(default_factory=lambda: frozenset({"en"}))  # others skipped
    keep_undetermined: bool = True        # keep texts whose language can't be told
    max_file_bytes: int = _setting("max_file_bytes")     # files read whole: larger ones are not read
    max_line_bytes: int = _setting("max_line_bytes")     # one JSON Lines line (one record)
    max_expanded_bytes: int = _setting("max_expanded_bytes")  # a compressed input's output
    max_expand_ratio: int = _setting("max_expand_ratio")      # output / compressed input
    max_html_bytes: int = _setting("max_html_bytes")     # HTML pages larger than this are not extracted
    max_html_tags: int = _setting("max_html_tags")
    max_html_children: int = _setting("max_html_children")
    follow_symlinks: bool = False         # read links that lead out of the directory given (--follow-symlinks)
    dedup: bool = True                    # same content_hash twice in a batch -> second is skipped
    database: str | None = None           # the database file this ingest writes: never read as input
