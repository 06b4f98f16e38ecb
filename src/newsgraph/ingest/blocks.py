"""Boilerplate that trafilatura keeps, found from the page's structure rather than from phrases.

trafilatura returns the main text as lines; each line came from a block of the page (a paragraph, a
list item, a heading, a table cell). `PageMap` finds that block in the page as it was before
extraction, which tells what the text alone cannot:

  * link density -- a short line that is mostly link text ("Read also: <a>Talks resume in Geneva</a>",
    a list of headlines) is a related-links block, in any language;
  * where it sits -- a block inside an element whose class or id names a related-links box, a
    newsletter or subscription prompt, a share bar, a comment section, an author box, tags or an ad
    (data/ingest/containers.csv) is that;
  * where it is on the page -- most of an article's text sits in one element (the story's container);
    a line from outside it, above the story (kickers, the headline again, a standfirst, a time stamp)
    or below it (related stories, comment counts, copyright and reprint notices), is page furniture
    that trafilatura took along;
  * where it links -- a short line among the story's last ones whose paragraph links to a profile or
    channel on a social network or to an app store (data/ingest/platforms.csv) is a "follow us / get
    our app" prompt;
  * the page itself -- a line that only repeats the headline (or the page's <h1>), or is only a URL.
Each dropped line is recorded with its kind and the signal that dropped it ({"kind", "text", "rule"}).
Bylines and datelines above the story are left for `dateline.split_lead`, which turns them into fields.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from newsgraph.datafile import package_data, read_rows

# Elements a line of text can come from (the nearest of them above a line's first characters).
BLOCK_TAGS = frozenset(("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "td", "th", "blockquote",
                        "figcaption", "pre", "div", "section", "article", "header", "footer", "aside", "main",
                        "nav", "form", "table", "tr", "ul", "ol", "dl", "figure", "address", "caption", "body"))
HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_INVISIBLE = frozenset(("script", "style", "noscript", "template", "svg", "head", "title", "meta", "link",
                        "button", "select", "option", "iframe", "object", "input", "textarea"))
LINK_DENSE = 0.6                # share of a line's characters inside links: a link block
LINK_BLOCK_MAX_WORDS = 30       # ... when it is at most this long (prose with a link in it is longer)
LINK_BLOCK_MIN_WORDS = 4        # ... and a headline's length: "[Reuters]", a cited source, stays
ALL_LINKS = 0.9                 # a line this much link text is a link list at any length (a tag list)
LINK_RUN = 2                    # this many short link-only lines in a row are a link list (tags)
CONTEXT_DEPTH = 2               # the block and its parent: their class/id say what box the block is
MAIN_SHARE = 0.8                # the story's container holds at least this share of the located text
MAIN_MIN_LINES = 4              # ... found among at least this many located lines (else no position rule)
PROSE_MIN_WORDS = 10           # a line of this many words ending in a full stop is a sentence
CLOSING_LINES = 3               # the story's last lines, where "follow us" and "get our app" prompts sit
PROMPT_MAX_WORDS = 40           # ... a prompt is a sentence or two
OUTSIDE_ABOVE_MAX_WORDS = 7     # above the story: kickers, labels, time stamps; a longer line is a standfirst
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$")
_SPACES = re.compile(r"\s+")
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|–—·:»]|-|::)\s+")


@dataclass(frozen=True)
class BlockInfo:
    """What the page says about the block an output line came from."""

    chars: int
    link_chars: int
    tag: str
    context: str                # class and id values of the block and its nearest ancestors
    element: object = field(default=None, compare=False, repr=False)   # the lxml element (None: unknown)
    start: int = -1             # where the line starts in the page's text (PageMap.text)
    path: tuple = field(default=(), compare=False, repr=False)   # the elements `context` was read from

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0

    def box(self, container=None) -> tuple[str, str] | None:
        """(kind, rule id) of the page box (containers.csv) this block sits in, else None. The story's own
        container and its ancestors are no box, whatever their class ("read-more" on an expandable body)."""
        for node in self.path or (None,):
            attrs = self.context if node is None else f"{node.get('class', '')} {node.get('id', '')}"
            if node is not None and container is not None and _inside(container, node):
                continue
            tokens = attrs.split()
            for rule in container_rules():
                if any(rule.regex.match(tok) for tok in tokens):
                    return rule.kind, rule.id
        return None


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


def _bare(line: str) -> str:
    """A line without the list bullet trafilatura puts before list items."""
    return line.strip().lstrip("-•*").strip()


class PageMap:
    """The page's visible text as one whitespace-normalised string (`text`, blocks separated by
    newlines), with the element that owns each stretch and whether it is link text. `find(line)`
    returns what the page says about the block a line of trafilatura's output came from."""

    PREFIX = 40                 # a line trafilatura changed (an image or a link left out) is found by its start

    def __init__(self, tree) -> None:
        self.starts: list[int] = []
        self.owners: list = []
        self.in_link: list[bool] = []
        self.headings: list[str] = []          # texts of the page's <h1> elements
        self.heading_elements: list = []       # ... and the elements
        self.opened: dict = {}                 # element -> offset in `text` where its content starts
        self.closed: dict = {}                 # element -> offset in `text` where its content ends
        self._parts: list[str] = []
        self._length = 0
        self._cursor = 0
        if tree is not None:
            self._walk(tree)
        self.text = "".join(self._parts)
        # the same text with block breaks as spaces (same offsets): trafilatura joins the blocks of one
        # list item or table cell ("<h3>headline</h3><h4>teaser</h4>") into one line
        self.joined = self.text.replace("\n", " ")
        del self._parts

    # -- building
    def _emit(self, raw: str | None, owner, link: bool) -> None:
        if not raw:
            return
        piece = _SPACES.sub(" ", raw)
        if piece.startswith(" ") and (not self._parts or self._parts[-1][-1] in " \n"):
            piece = piece[1:]
        if not piece:
            return
        self.starts.append(self._length)
        self.owners.append(owner)
        self.in_link.append(link)
        self._parts.append(piece)
        self._length += len(piece)

    def _break(self) -> None:
        if self._parts and self._parts[-1][-1] == " ":       # "end of block \n": the space becomes the break
            self._parts[-1] = self._parts[-1][:-1] + "\n"
        elif self._parts and self._parts[-1][-1] != "\n":
            self._parts.append("\n")
            self.starts.append(self._length)
            self.owners.append(None)
            self.in_link.append(False)
            self._length += 1

    def _walk(self, root) -> None:
        # iterative walk: ("open", el, in_link) emits the element's text and schedules its children;
        # ("tail", el, owner, in_link) emits the text after a child, owned by its parent
        stack: list[tuple] = [("open", root, False)]
        while stack:
            item = stack.pop()
            if item[0] == "tail":
                _, el, owner, link = item
                self.closed[el] = self._length
                if el.tag in BLOCK_TAGS or el.tag == "br":
                    self._break()
                self._emit(el.tail, owner, link)
                continue
            _, el, link = item
            tag = el.tag if isinstance(el.tag, str) else None
            if tag is None or tag in _INVISIBLE:
                continue              # comments, scripts: their tails are emitted by the parent's entry
            link = link or tag == "a"
            if tag in BLOCK_TAGS:
                self._break()
            if tag == "h1":
                self.headings.append(" ".join(el.text_content().split()))
                self.heading_elements.append(el)
            self.opened[el] = self._length
            self._emit(el.text, el, link)
            for child in reversed(el):
                stack.append(("tail", child, el, link))
                stack.append(("open", child, link))

    # -- looking up
    def lines_of(self, el) -> list[str]:
        """The text of an element as the page breaks it into lines (blocks and <br>)."""
        start, end = self.opened.get(el), self.closed.get(el)
        if start is None or end is None:
            return []
        return [ln.strip() for ln in self.text[start:end].split("\n") if ln.strip()]

    def find_lines(self, lines: list[str]) -> list[BlockInfo | None]:
        """`find` for each line of a text, in order (None for blank and unfound lines)."""
        self._cursor = 0
        return [self.find(_bare(line)) if _bare(line) else None for line in lines]

    def locate(self, line: str) -> tuple[int, int] | None:
        """(start, end) of a line in `text`: searched after the previous line first (the text comes in
        page order), then anywhere, then across block breaks (a line trafilatura joined from several
        blocks); a line trafilatura changed is found by its first characters."""
        key = " ".join(_bare(line).split())
        row = key.startswith("|")
        if row:                                       # a table row "| cell | cell |": its first cell
            key = next((c.strip() for c in key.split("|") if c.strip()), "")
        if len(key) < 2:
            return None
        for probe in (key, key[:self.PREFIX] if len(key) >= 2 * self.PREFIX else None):
            if not probe:
                continue
            i = self.text.find(probe, self._cursor)
            if i < 0:
                i = self.text.find(probe)
            if i < 0 and not row:
                i = self.joined.find(probe, self._cursor)
            if i < 0 and not row:
                i = self.joined.find(probe)
            if i >= 0:
                end = i + (len(key) if probe is key else len(probe))
                self._cursor = i + len(probe)
                return i, min(end, len(self.text))
        return None

    def owner_at(self, offset: int):
        """The element owning the characters at `offset` (None: a block boundary)."""
        j = bisect.bisect_right(self.starts, offset) - 1
        return self.owners[j] if j >= 0 else None

    def block_at(self, offset: int):
        """The block element holding the characters at `offset`."""
        return _block_of(self.owner_at(offset))

    def link_chars(self, start: int, end: int) -> int:
        """Characters of link text in text[start:end], spaces left out."""
        j = max(0, bisect.bisect_right(self.starts, start) - 1)
        total = 0
        while j < len(self.starts) and self.starts[j] < end:
            if self.in_link[j]:
                s, e = max(start, self.starts[j]), min(end, self.starts[j + 1] if j + 1 < len(self.starts)
                                                       else len(self.text))
                total += sum(1 for ch in self.text[s:e] if not ch.isspace())
            j += 1
        return total

    def find(self, line: str) -> BlockInfo | None:
        span = self.locate(line)
        if span is None:
            return None
        start, end = span
        owner = self.owner_at(start)
        el = _block_of(owner)
        if el is None:
            return None
        if line.lstrip().startswith("|"):        # a table row, found by its first cell: measure the row (not a layout one)
            row = next((a for a in (el, *el.iterancestors()) if a.tag == "tr"), None)
            if row is not None and row in self.closed and self.closed[row] - self.opened[row] <= 2 * len(line) + 40:
                start, end = self.opened[row], self.closed[row]
        # class and id of the elements from the line's own (inline) element up to its block's parent:
        # "<span class='read-more-inline'><b>Also on ...</b>" is in a read-more box
        path = []
        node = owner
        while node is not None and node is not el:
            path.append(node)
            node = node.getparent()
        for _ in range(CONTEXT_DEPTH):
            if node is None:
                break
            path.append(node)
            node = node.getparent()
        ctx = " ".join(f"{n.get('class', '')} {n.get('id', '')}" for n in path).strip()
        chars = sum(1 for ch in self.text[start:end] if not ch.isspace())
        return BlockInfo(chars, min(self.link_chars(start, end), chars), el.tag, ctx, el, start, tuple(path))


def _block_of(el):
    while el is not None and el.tag not in BLOCK_TAGS:
        el = el.getparent()
    return el


def index_blocks(tree) -> PageMap:
    """What the page says about the blocks of its text (see `PageMap`)."""
    return PageMap(tree)


def line_kind(line: str, info: BlockInfo | None, titles: tuple[str, ...] | str | None,
              container=None) -> tuple[str, str] | None:
    """(kind, rule) when an output line is boilerplate by its own block (headline, links, box), else None.
    `container` is the story's container (`main_container`), which is never a box."""
    bare = _bare(line)
    if not bare:
        return None
    if isinstance(titles, str):
        titles = (titles,)
    if titles and _key(bare) in {_key(t) for t in titles if t}:
        return "headline", "structure.headline-repeat"
    if info is None:
        return None
    words = len(bare.split())
    dense = ALL_LINKS if bare.startswith("|") or words > LINK_BLOCK_MAX_WORDS else LINK_DENSE   # table rows: data
    if info.link_density >= dense and LINK_BLOCK_MIN_WORDS <= words \
            and not _URL_LINE.match(bare):
        return "related", "structure.link-dense"     # a linked full sentence too: a call to subscribe or follow
    return info.box(container)


def _sentence(bare: str) -> bool:
    """A full sentence: many words and a closing full stop. Headlines of related links do not end in one."""
    return len(bare.split()) >= PROSE_MIN_WORDS and bare.rstrip("\"'”’»)").endswith((".", "!", "?"))


def title_variants(title: str | None, headings: list[str] | None = None) -> tuple[str, ...]:
    """The headline as a page may repeat it: the title, the title without the site's name
    ("Talks resume | The Courier" -> "Talks resume"), the page's first <h1> and any other <h1> that shares
    most of its words with the title (pages that set section headings in <h1> have other ones)."""
    out: list[str] = []
    if title:
        out.append(title)
        parts = [p for p in _TITLE_SEPARATORS.split(title) if p.strip()]
        if len(parts) > 1:
            out.append(max(parts, key=len))
            out.append(_TITLE_SEPARATORS.split(title, maxsplit=1)[0])
    title_words = set(_key(title or "").split())
    for h in headings or []:
        words = set(_key(h).split())
        if len(words) >= 3 and (h == headings[0] or len(words & title_words) >= 0.5 * len(words)):
            out.append(h)
    return tuple(dict.fromkeys(o.strip() for o in out if o.strip()))


def main_container(infos: list[BlockInfo | None], lines: list[str]):
    """The deepest element holding at least MAIN_SHARE of the located text, or None."""
    weight: dict = {}
    total = 0
    located = 0
    for info, line in zip(infos, lines):
        if info is None or info.element is None:
            continue
        located += 1
        w = len(line.strip())
        total += w
        node = info.element
        while node is not None:
            weight[node] = weight.get(node, 0) + w
            node = node.getparent()
    if located < MAIN_MIN_LINES or not total:
        return None
    best, depth = None, -1
    for node, w in weight.items():
        if w >= MAIN_SHARE * total:
            d = sum(1 for _ in node.iterancestors())
            if d > depth:
                best, depth = node, d
    return best


def _inside(el, container) -> bool:
    return el is container or any(a is container for a in el.iterancestors())


def drop_structural_boilerplate(text: str, index: PageMap, title: str | None = None, keep=None,
                                page_url: str | None = None, restored: set[str] | frozenset[str] = frozenset(),
                                ) -> tuple[str, list[dict[str, str]]]:
    """(text without boilerplate lines, the removed lines as {"kind", "text", "rule"}).

    A heading-like line left alone by the lines dropped after it ("You may also like:", "Most read")
    is the title of that box and goes too (one line, not a list item); so does a heading closing the
    text. `keep(line)` tells lines to leave whatever their place (bylines and datelines, which the lead
    split turns into fields). A line that is only a link to the page's own site (`page_url`'s host)
    goes too. `restored` lines (put back by
    `restore.restore_paragraphs` from the story's own structure) stay.
    """
    lines = text.split("\n")
    titles = title_variants(title, index.headings)
    infos = index.find_lines(lines)
    container = main_container(infos, lines)
    found: list[tuple[str, str] | None] = [line_kind(line, info, titles, container) if _bare(line) else None
                                           for line, info in zip(lines, infos)]
    _outside_container(lines, infos, found, keep, container)
    _link_runs(lines, infos, found)
    _own_url(lines, found, page_url)
    _closing_prompts(lines, infos, found)
    for i, line in enumerate(lines):
        if found[i] is not None and line.strip() in restored:
            found[i] = None
    for i in range(len(lines) - 1, -1, -1):
        if found[i] is not None or not lines[i].strip():
            continue
        nxt = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        info = infos[i]
        if _heading_like(lines[i], info) and not lines[i].lstrip().startswith("- ") and (
                (nxt is not None and found[nxt] is not None and found[nxt][1].startswith(("structure.", "box."))
                 and found[nxt][1] != "structure.box-heading")   # the title of a box, not of the heading below
                or (nxt is None and (lines[i].rstrip().endswith((":", "…", "...")) or
                                     (info is not None and info.tag in HEADING_TAGS)))):
            found[i] = ("heading", "structure.box-heading")
    kept: list[str] = []
    removed: list[dict[str, str]] = []
    for line, f in zip(lines, found):
        if f is None:
            kept.append(line)
        else:
            removed.append({"kind": f[0], "text": line.strip(), "rule": f[1]})
    return "\n".join(kept), removed


def _link_runs(lines: list[str], infos: list[BlockInfo | None], found: list) -> None:
    """Short lines made only of link text, LINK_RUN or more in a row ("arrombamento", "veiculo"): tags."""
    run: list[int] = []
    for i in range(len(lines) + 1):
        info = infos[i] if i < len(lines) else None
        bare = _bare(lines[i]) if i < len(lines) else ""
        if i < len(lines) and not bare:
            continue
        if info is not None and found[i] is None and info.link_density >= ALL_LINKS \
                and len(bare.split()) < LINK_BLOCK_MIN_WORDS and not _URL_LINE.match(bare):
            run.append(i)
            continue
        if len(run) >= LINK_RUN:
            for j in run:
                found[j] = ("tags", "structure.link-run")
        run = []


def _own_url(lines: list[str], found: list, page_url: str | None) -> None:
    """A line that is only a URL of the page's own site (a print view's "this article's address")."""
    host = urlsplit(page_url).hostname if page_url and "://" in page_url else None
    if not host:
        return
    site = host.removeprefix("www.")
    for i, line in enumerate(lines):
        bare = _bare(line)
        if found[i] is None and _URL_LINE.match(bare):
            other = urlsplit(bare if "://" in bare else "http://" + bare).hostname or ""
            if other.removeprefix("www.") == site:
                found[i] = ("url", "structure.own-url")


@functools.lru_cache(maxsize=1)
def platform_hosts() -> frozenset[str]:
    """Hosts of social networks, messaging channels and app stores (data/ingest/platforms.csv)."""
    return frozenset(r["host"].casefold() for _, r in read_rows(package_data("ingest", "platforms.csv"),
                                                                 required=("host",)))


def _platform_profile(href: str) -> bool:
    """A link to a profile, channel or app page on a platform, not to one post ("/status/", "/p/")."""
    parts = urlsplit(href if "://" in href else "https://" + href.lstrip("/"))
    host = (parts.hostname or "").removeprefix("www.").removeprefix("m.").removeprefix("mobile.")
    if host not in platform_hosts():
        return False
    segments = [s for s in parts.path.split("/") if s]
    return host.startswith(("apps.", "itunes.", "play.")) or len(segments) <= 2 and not any(
        s in ("status", "statuses", "p", "posts", "watch", "reel", "video") for s in segments)


def _closing_prompts(lines: list[str], infos: list[BlockInfo | None], found: list) -> None:
    """One of the last CLOSING_LINES lines of the text, short, whose own paragraph links to a profile or
    channel on a social network or to an app store: a "follow us on / join our channel / get the app"
    prompt, in any language."""
    body = [i for i, line in enumerate(lines) if _bare(line)]
    for i in body[-CLOSING_LINES:]:
        info = infos[i]
        bare = _bare(lines[i])
        if found[i] is not None or info is None or info.element is None or len(bare.split()) > PROMPT_MAX_WORDS:
            continue
        own = " ".join(info.element.text_content().split())
        if len(own) > 2 * len(bare) + 40:         # the line is part of a larger block: its links are not its own
            continue
        if any(_platform_profile(a.get("href") or "") for a in info.element.iter("a")):
            found[i] = ("promo", "structure.closing-prompt")


def _outside_container(lines: list[str], infos: list[BlockInfo | None], found: list, keep, container) -> None:
    """Mark lines from outside the story's container: short ones above it ("header"; a standfirst is
    longer and stays), any below it but full sentences ("footer"), and any made of link text only
    (a teaser beside the story, "related")."""
    if container is None:
        return
    inside = [info is not None and info.element is not None and _inside(info.element, container) for info in infos]
    first = next((i for i, x in enumerate(inside) if x), None)
    last = max((i for i, x in enumerate(inside) if x), default=None)
    if first is None:
        return
    for i, (line, info) in enumerate(zip(lines, infos)):
        if found[i] is not None or info is None or info.element is None or inside[i]:
            continue
        bare = _bare(line)
        if keep is not None and keep(line.strip()):
            continue
        if i < first and len(bare.split()) <= OUTSIDE_ABOVE_MAX_WORDS:
            found[i] = ("header", "structure.outside-above")
        elif i > last and not _sentence(bare):
            found[i] = ("footer", "structure.outside-below")
        elif info.link_density >= ALL_LINKS and len(bare.split()) >= LINK_BLOCK_MIN_WORDS:
            found[i] = ("related", "structure.outside-links")


def _heading_like(line: str, info: BlockInfo | None) -> bool:
    """A short title-like line: few words, a capital first, no sentence end (a colon or ellipsis may end it)."""
    bare = _bare(line)
    words = bare.split()
    if not 1 <= len(words) <= 7 or not bare[:1].isupper():
        return False
    if bare.endswith((":", "…", "...")):
        return True
    return not bare.endswith((".", "!", "?", "\"", "”", "’", "'", ")"))
