"""Boilerplate that trafilatura keeps, found from the page's structure rather than from phrases.

trafilatura returns the main text as lines; each line came from a block of the page (a paragraph, a
list item, a heading). Looking that block up in the page before extraction tells what the text alone
cannot:

  * link density -- a short block that is mostly link text ("Read also: <a>Talks resume in Geneva</a>",
    a list of headlines) is a related-links block, in any language;
  * where it sits -- a block inside an element whose class or id names a related-links box, a
    newsletter or subscription prompt, a share bar, a comment section, an author box, tags or an ad
    (data/ingest/containers.csv) is that;
  * the page itself -- a line that only repeats the headline, or is only a URL.
Repetition across pages of the same site is `siterepeat.py`. Each dropped line is recorded with its
kind and the signal that dropped it ({"kind", "text", "rule"}).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from newsgraph.datafile import package_data, read_rows

BLOCK_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "td", "th", "blockquote",
              "figcaption", "pre", "div", "span", "section", "article", "header", "footer", "aside")
MAX_BLOCK_CHARS = 3000          # longer blocks are prose; not indexed
LINK_DENSE = 0.6                # share of a block's characters inside links: a link block
LINK_BLOCK_MAX_WORDS = 30       # ... when it is at most this long (prose with a link in it is longer)
LINK_BLOCK_MIN_WORDS = 4        # ... and a headline's length: "[Reuters]", a cited source, stays
CONTEXT_DEPTH = 2               # the block and its parent: their class/id say what box the block is
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class BlockInfo:
    """What the page says about a block whose text is some output line."""

    chars: int
    link_chars: int
    tag: str
    context: str                # class and id values of the block and its nearest ancestors

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0


@dataclass(frozen=True)
class ContainerRule:
    id: str
    kind: str
    regex: re.Pattern


@functools.lru_cache(maxsize=1)
def container_rules() -> tuple[ContainerRule, ...]:
    """Class/id words of page boxes that hold no article text (data/ingest/containers.csv)."""
    rows = read_rows(package_data("ingest", "containers.csv"), required=("kind", "pattern"))
    return tuple(ContainerRule(r["id"], r["kind"], re.compile(rf"^(?:{r['pattern']})(?:$|[-_])", re.I))
                 for _, r in rows)


def _key(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


class BlockIndex(dict):
    """Normalised block text -> BlockInfo, with a lookup that tolerates small differences: a line whose
    text trafilatura changed a little (an image or a link left out) finds the block starting with the
    same words and of about its length."""

    PREFIX = 40
    TOLERANCE = 0.15

    def __init__(self) -> None:
        super().__init__()
        self.by_prefix: dict[str, list[str]] = {}

    def add(self, key: str, info: BlockInfo) -> None:
        if key not in self:
            self.by_prefix.setdefault(key[:self.PREFIX], []).append(key)
        self[key] = info

    def find(self, line: str) -> BlockInfo | None:
        key = _key(line)
        if key in self:
            return self[key]
        if len(key) < 2 * self.PREFIX:
            return None
        near = [k for k in self.by_prefix.get(key[:self.PREFIX], ())
                if abs(len(k) - len(key)) <= self.TOLERANCE * len(key)]
        return self[min(near, key=lambda k: abs(len(k) - len(key)))] if near else None


def index_blocks(tree) -> "BlockIndex":
    """Normalised block text -> what the page says about that block (the innermost block wins)."""
    out = BlockIndex()
    for el in tree.iter(*BLOCK_TAGS):
        text = el.text_content()
        if not text or len(text) > MAX_BLOCK_CHARS:
            continue
        key = _key(text)
        if not key or (key in out and el.tag in ("div", "span", "section", "article", "header", "footer", "aside")):
            continue
        link_chars = sum(len(_key(a.text_content())) for a in el.iter("a"))
        ctx = []
        node = el
        for _ in range(CONTEXT_DEPTH):
            if node is None:
                break
            ctx.append(f"{node.get('class', '')} {node.get('id', '')}")
            node = node.getparent()
        out.add(key, BlockInfo(len(key), min(link_chars, len(key)), el.tag, " ".join(ctx).strip()))
    return out


def line_kind(line: str, info: BlockInfo | None, title: str | None) -> tuple[str, str] | None:
    """(kind, rule) when an output line is boilerplate by the page's structure, else None."""
    bare = line.strip().lstrip("-•*").strip()
    if not bare:
        return None
    if title and _key(bare) == _key(title):
        return "headline", "structure.headline-repeat"
    if info is None:
        return None
    words = len(bare.split())
    if info.link_density >= LINK_DENSE and LINK_BLOCK_MIN_WORDS <= words <= LINK_BLOCK_MAX_WORDS \
            and not _URL_LINE.match(bare):
        return "related", "structure.link-dense"
    tokens = info.context.split()
    for rule in container_rules():
        if any(rule.regex.match(tok) for tok in tokens):
            return rule.kind, rule.id
    return None


def drop_structural_boilerplate(text: str, index: "BlockIndex | dict[str, BlockInfo]",
                                title: str | None = None) -> tuple[str, list[dict[str, str]]]:
    """(text without boilerplate lines, the removed lines as {"kind", "text", "rule"}).

    A heading-like line left alone by the lines dropped after it ("You may also like:", "Most read")
    is the title of that box and goes too; so does a heading closing the text.
    """
    lines = text.split("\n")
    found: list[tuple[str, str] | None] = []
    for line in lines:
        bare = line.strip().lstrip("-•*").strip()
        found.append(line_kind(line, _lookup(index, bare), title) if bare else None)
    for i in range(len(lines) - 1, -1, -1):
        if found[i] is not None or not lines[i].strip():
            continue
        nxt = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        info = _lookup(index, lines[i].strip().lstrip("-•*").strip())
        if _heading_like(lines[i], info) and (
                (nxt is not None and found[nxt] is not None and found[nxt][1].startswith(("structure.", "box.")))
                or (nxt is None and (lines[i].rstrip().endswith((":", "…", "...")) or
                                     (info is not None and info.tag in ("h2", "h3", "h4", "h5", "h6"))))):
            found[i] = ("heading", "structure.box-heading")
    kept: list[str] = []
    removed: list[dict[str, str]] = []
    for line, f in zip(lines, found):
        if f is None:
            kept.append(line)
        else:
            removed.append({"kind": f[0], "text": line.strip(), "rule": f[1]})
    return "\n".join(kept), removed



def _lookup(index, bare: str) -> BlockInfo | None:
    return index.find(bare) if isinstance(index, BlockIndex) else index.get(_key(bare))


def _heading_like(line: str, info: BlockInfo | None) -> bool:
    """A short title-like line: few words, a capital first, no sentence end (a colon or ellipsis may end it)."""
    bare = line.strip().lstrip("-•*").strip()
    words = bare.split()
    if not 1 <= len(words) <= 7 or not bare[:1].isupper():
        return False
    if bare.endswith((":", "…", "...")):
        return True
    return not bare.endswith((".", "!", "?", "\"", "”", "’", "'", ")"))
