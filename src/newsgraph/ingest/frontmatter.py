"""Optional metadata header on plain-text articles:

    ---
    title: ...
    source: ...
    url: ...
    published: 2024-06-19
    ---
    body
"""
from __future__ import annotations

import re

# Accepted key spellings -> the metadata field they fill.
KEY_ALIASES = {
    "title": "title", "headline": "title",
    "source": "source", "outlet": "source", "publisher": "source", "site": "source", "sitename": "source",
    "url": "url", "link": "url", "canonical_url": "url",
    "published": "published", "date": "published", "published_at": "published", "pubdate": "published",
    "publish_date": "published", "datetime": "published",
    "author": "author", "authors": "author", "byline": "author",
}
_FENCE = re.compile(r"^(---|\+\+\+)\s*$")          # YAML-style or TOML-style fence
_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*[:=]\s*(.*)$")
MAX_HEADER_LINES = 60


def split_front_matter(text: str) -> tuple[dict[str, str], str, list[str]]:
    """(metadata, body, problems). Text without a header comes back unchanged with empty metadata."""
    stripped = text.lstrip("\ufeff \t\r\n")
    lines = stripped.splitlines()
    if not lines or not _FENCE.match(lines[0]):
        return {}, text, []
    fence = lines[0].strip()
    for end in range(1, min(len(lines), MAX_HEADER_LINES + 1)):
        if lines[end].strip() in (fence, "..."):
            break
    else:
        return {}, text, ["front matter opened with '---' but never closed; kept as text"]
    meta: dict[str, str] = {}
    problems: list[str] = []
    keys = 0
    for i, line in enumerate(lines[1:end], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _KEY.match(line) if not line[:1].isspace() else None
        if not m:
            if line[:1].isspace() or line.lstrip().startswith("- "):   # YAML list/continuation: ignored
                continue
            problems.append(f"front matter line {i} is not 'key: value': {line.strip()[:60]!r}")
            continue
        keys += 1
        key, value = m.group(1).lower().replace("-", "_"), _unquote(m.group(2).strip())
        field = KEY_ALIASES.get(key)
        if field and value and field not in meta:
            meta[field] = value
    if not keys or len(problems) > keys:   # prose between two rules, not a header: keep every line
        return {}, text, []
    return meta, "\n".join(lines[end + 1:]), problems


def _unquote(v: str) -> str:
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        return v[1:-1]
    return v
