"""Every setting newsgraph reads from the environment, and the tuning knobs, in one place.

Each field of `Settings` can be set with the environment variable `NEWSGRAPH_<FIELD>` (upper case),
e.g. `NEWSGRAPH_DB=/data/news.duckdb` or `NEWSGRAPH_BATCH_SIZE=64`; command-line options win over the
environment, the environment over the defaults below. Nothing else in the package reads
`os.environ`. docs/ARCHITECTURE.md lists the settings (a test keeps the list complete).

    from newsgraph.settings import get_settings
    get_settings().db          # "newsgraph.duckdb" unless NEWSGRAPH_DB says otherwise
"""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

ENV_PREFIX = "NEWSGRAPH_"
DEFAULT_DB = "newsgraph.duckdb"
TOKEN_ENV = ENV_PREFIX + "API_TOKEN"    # named in messages about the API token


class SettingsError(ValueError):
    """An environment variable holds a value newsgraph cannot use (names the variable)."""


def _default_cache_dir() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return str(Path(base) / "newsgraph")


@dataclass(frozen=True)
class Settings:
    # where things are
    db: str = DEFAULT_DB                      # database used when a command gets no --db: a DuckDB file or postgresql://...
    db_lock_wait: int = 30                    # seconds to wait for a DuckDB file another process is using
    db_idle_ms: int = 500                     # a DuckDB file is closed after this long unused, so other processes get a turn
    db_checkpoint_mb: int = 1024              # DuckDB folds its write-ahead log into the file past this many MiB (and on
                                              # close); DuckDB's 16 MB rewrote the key indexes after every bulk batch
    cache: str = ""                           # gazetteer cache directory; "" = $XDG_CACHE_HOME/newsgraph or ~/.cache/newsgraph
    eval_data: str = ""                       # gold sets; "" = ../shared/eval next to the working dir or repo
    # the REST API
    api_token: str = ""                       # enables POST /api/ingest for `Authorization: Bearer <token>`; "" = read-only
    api_default_limit: int = 50               # rows per page when a request gives no limit
    api_max_limit: int = 500                  # hard cap on any page of rows
    api_max_articles: int = 100               # articles per POST /api/ingest request
    api_max_text: int = 150_000               # characters per article sent to POST /api/ingest (= max_text_chars:
                                              # the API skips what `newsgraph ingest` skips)
    api_max_body: int = 33_554_432            # bytes of a POST /api/ingest body (32 MiB); larger gets 413 unread
    api_allowed_hosts: str = ""               # Host names served besides loopback names ("a.org,*.lan"; "*" = any);
                                              # "" = loopback names only when bound to loopback, any otherwise
    # input limits: what one input may cost (docs/ARCHITECTURE.md, "Input limits", says why each is set so).
    # Over a limit the input is skipped with its reason, never cut short and never read on regardless.
    max_file_bytes: int = 50_000_000          # a file read whole (all but JSON Lines and WARC), after decompression
    max_line_bytes: int = 10_000_000          # one line of a JSON Lines file (one record)
    max_expanded_bytes: int = 2_000_000_000   # all a compressed input (.gz, gzipped stdin) may expand to
    max_expand_ratio: int = 100               # ... and at most this many times its compressed size
    max_html_bytes: int = 5_000_000           # an HTML page, checked before extraction
    max_html_tags: int = 60_000               # tags in an HTML page, checked before extraction
    max_html_children: int = 2_500            # child elements of any one element (parsed page), before extraction
    max_text_chars: int = 150_000             # characters of one article's text (spaCy's max_length: nlp/model.py)
    max_text_tokens: int = 35_000             # words, punctuation marks and line breaks of one article's text
    max_text_lines: int = 5_000               # lines of one article's text
    max_sentence_tokens: int = 200            # a run this long without . ! ? or a line break gets a sentence break
    # analysis
    batch_size: int = 32                      # articles analysed and stored per transaction
    parse_batch_size: int = 8                 # texts spaCy parses together (nlp.pipe); each parse is held until its batch is done
    # diagnostics
    debug: bool = False                       # print the traceback of an article whose analysis fails
    # near-duplicate articles (ingest/near_duplicates.py; figures in docs/EVALUATION.md)
    near_duplicate_threshold: float = 0.5     # Jaccard similarity of word shingles that makes a near-copy
    near_duplicate_perm: int = 128            # MinHash permutations
    near_duplicate_shingle: int = 3           # words per shingle
    near_duplicate_min_shingles: int = 30     # texts with fewer shingles are never matched
    # distributed ingest (ingest --workers N / --scheduler)
    worker_memory: str = "2GiB"               # a local Dask worker using more is restarted (its partition retried)
    scheduler_timeout: int = 30               # seconds to reach a --scheduler and see a worker there

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Settings":
        """Defaults overridden by NEWSGRAPH_* variables; a bad value raises SettingsError."""
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for f in dataclasses.fields(cls):
            var = ENV_PREFIX + f.name.upper()
            raw = env.get(var)
            if raw is None or raw == "":
                continue
            values[f.name] = _convert(var, raw, f.default)
        settings = cls(**values)
        if "api_token" in values and not settings.api_token.strip():
            raise SettingsError(f"{ENV_PREFIX}API_TOKEN is only whitespace: set a real token or unset it")
        return settings

    @property
    def cache_path(self) -> Path:
        return Path(self.cache or _default_cache_dir())

    @property
    def token(self) -> str | None:
        """The API token, or None when ingest over the API is off."""
        return self.api_token.strip() or None


def _convert(var: str, raw: str, default: object) -> object:
    if isinstance(default, bool):
        low = raw.strip().lower()
        if low in ("1", "true", "yes", "on"):
            return True
        if low in ("0", "false", "no", "off"):
            return False
        raise SettingsError(f"{var}={raw!r}: expected 1/0, true/false, yes/no or on/off")
    if isinstance(default, float):
        try:
            value = float(raw)
        except ValueError:
            raise SettingsError(f"{var}={raw!r}: expected a number") from None
        if not 0.0 < value <= 1.0:
            raise SettingsError(f"{var}={raw!r}: must be above 0 and at most 1")
        return value
    if isinstance(default, int):
        try:
            value = int(raw.replace("_", ""))
        except ValueError:
            raise SettingsError(f"{var}={raw!r}: expected a whole number") from None
        if value < 1:
            raise SettingsError(f"{var}={raw!r}: must be at least 1")
        return value
    return raw


def get_settings() -> Settings:
    """The settings now (the environment is read on each call, so tests and embedders can change it)."""
    return Settings.from_env()


def setting_names() -> list[str]:
    """The environment variable of every setting, for the docs and their test."""
    return [ENV_PREFIX + f.name.upper() for f in dataclasses.fields(Settings)]
