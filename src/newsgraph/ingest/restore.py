"""Paragraphs of the story that trafilatura left out, put back from the page's structure.

trafilatura keeps the blocks it scores as the main text and drops the rest; sometimes it drops part of
the story itself: the later parts of a body that the page splits into several same-class blocks around
ad slots, or prose paragraphs of the story's own container that it scored as boilerplate. Once the
story's container is known (`blocks.main_container`: the element that holds most of the extracted
text), its prose paragraphs that are missing from the text are put back where they stand on the page,
and so are those of its siblings of the same tag and class (the other parts of a split body: at least
MIN_PART_PARAGRAPHS prose paragraphs each and MIN_SPLIT_PARAGRAPHS together, so that one short same-class
block -- an editor's note, an advertising disclosure -- does not come back as story).

Only prose comes back: a paragraph of at least PROSE_WORDS words that ends a sentence, with little link
text, outside every page box (containers.csv: related links, share bars, comments, ads ...), outside
figures, asides, navigation and forms. Each restored paragraph is listed with the rule that restored it.
"""
from __future__ import annotations

import functools
import re

from newsgraph.datafile import package_data, read_rows
from newsgraph.ingest.blocks import BlockInfo, PageMap, _inside, _key, container_rules, main_container

SPLIT_LEVELS = 3                # how far up the other parts of a split body are looked for
MIN_PART_PARAGRAPHS = 2         # a part of a split body holds at least this many prose paragraphs
MIN_SPLIT_PARAGRAPHS = 3        # ... and the parts put back hold this many together
PROSE_WORDS = 12                # a restored paragraph has at least this many words ...
MAX_LINK_SHARE = 0.3            # ... and at most this share of its characters in links
_NOT_STORY = frozenset(("figure", "figcaption", "aside", "nav", "form", "footer", "header", "blockquote",
                        "table", "button", "label", "select", "noscript"))
QUOTE_WORDS = 5                 # a quotation block (an embedded post, a pull quote) put back has this many words
MAX_STANDFIRST = 2              # standfirst paragraphs put back at most
_NOT_STANDFIRST = frozenset(("caption", "credit", "byline", "author", "bio"))   # class words of what is not
# "By Jane Roe, Tom Okafor on Monday, May 4th at 11:08 a.m.": a byline in the header, not its standfirst
_BYLINE_OPENING = re.compile(r"^(?:By|BY)\s+[A-Z][\w.'’-]*\s+[A-Z]")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*$")


def restore_paragraphs(text: str, page: PageMap) -> tuple[str, list[dict[str, str]]]:
    """(text with the story's missing prose paragraphs put back, the restored paragraphs as
    {"kind": "restored", "text", "rule"})."""
    lines = text.split("\n")
    infos = page.find_lines(lines)
    container = main_container(infos, lines)
    if container is None:
        return text, []
    have = _key(text)
    found: list[tuple[int, str, str]] = []       # (offset in the page, paragraph, rule)
    split: list[tuple[int, str, str]] = []
    with_split = have
    for region, rule in _regions(container):
        paras = []
        for p in region.iter("p"):
            para = " ".join(p.text_content().split())
            if _prose(para) and _key(para)[:60] not in with_split and _in_story(p, region) \
                    and _link_share(p, para) <= MAX_LINK_SHARE:
                paras.append((page.opened.get(p, -1), para, rule))
        if len(paras) >= MIN_PART_PARAGRAPHS:      # a licence note or an appeal alone is no part of the story
            split.extend(paras)
            with_split += " " + " ".join(_key(para) for _, para, _ in paras)
    if len(split) >= MIN_SPLIT_PARAGRAPHS:          # one short same-class block is a note or a disclosure box
        found.extend(split)
        have = with_split
    for bq in container.iter("blockquote"):
        quote = page.lines_of(bq)
        joined = _key(" ".join(quote))
        if len(joined.split()) < QUOTE_WORDS or joined[:60] in have or not _in_story(bq.getparent(), container) \
                or any(a.tag == "blockquote" for a in bq.iterancestors()):
            continue
        found.extend((page.opened.get(bq, -1), ln, "restore.quote") for ln in quote)
        have += " " + joined
    bare = _bare_paragraphs(page, container, have)
    found.extend(bare)
    have += " " + " ".join(_key(para) for _, para, _ in bare)
    found.extend(_standfirst(page, container, have))
    if not found:
        return text, []
    return _merge(lines, infos, found), [{"kind": "restored", "text": para, "rule": rule}
                                         for _, para, rule in found]


_LEAF_TAGS = ("p", "div", "h2", "h3", "span", "section")
_BLOCKISH = frozenset(("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "section",
                       "article", "header", "footer", "aside", "figure", "blockquote", "form", "nav"))


def _standfirst(page: PageMap, container, have: str) -> list[tuple[int, str, str]]:
    """The standfirst trafilatura dropped: up to MAX_STANDFIRST prose blocks between the headline (the
    last <h1> before the story's container) and the container, inside the element that holds both,
    marked as a standfirst by their class (data/ingest/standfirst.csv) or set in the article's <header>
    with the headline; a byline there ("By Jane Roe on Monday ...") is no standfirst."""
    start = page.opened.get(container, -1)
    heads = [h for h in page.heading_elements if 0 <= page.opened.get(h, -1) < start]
    if not heads:
        return []
    head = heads[-1]
    region = next((a for a in head.iterancestors() if _inside(container, a)), None)
    if region is None:
        return []
    out: list[tuple[int, str, str]] = []
    for el in region.iter(*_LEAF_TAGS):
        off = page.opened.get(el, -1)
        if off <= page.opened[head] or off >= start or _inside(container, el):
            continue
        if any(isinstance(c.tag, str) and c.tag in _BLOCKISH and c.text_content().strip() for c in el):
            continue                              # not a leaf block
        para = " ".join(el.text_content().split())
        if _prose(para) and _key(para)[:60] not in have and not _BYLINE_OPENING.match(para) \
                and _marked_standfirst(el, region) \
                and _link_share(el, para) <= MAX_LINK_SHARE:
            out.append((off, para, "restore.standfirst"))
            have += " " + _key(para)
            if len(out) >= MAX_STANDFIRST:
                break
    return out


@functools.lru_cache(maxsize=1)
def standfirst_words() -> frozenset[str]:
    """Class/id words of a standfirst (data/ingest/standfirst.csv)."""
    return frozenset(r["word"].casefold() for _, r in read_rows(package_data("ingest", "standfirst.csv"),
                                                                 required=("word",)))


_CLASS_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def _class_words(node) -> set[str]:
    """ "c-article-head__subtitle documentDescription" -> {"c", "article", "head", "subtitle", "document", ...}"""
    return {w.casefold() for w in _CLASS_PARTS.findall(f"{node.get('class', '')} {node.get('id', '')}")}


def _marked_standfirst(el, region) -> bool:
    """Marked as a standfirst by its class or that of an element around it (below `region`), and
    outside every page box, figure caption, byline and author box."""
    marked = False
    node = el
    while node is not None and node is not region:
        words = _class_words(node)
        # "teaser-text" here is the story's own teaser, no box; the article's own <header> (headline and
        # standfirst together) marks its prose as the standfirst whatever its classes
        here = bool(words & standfirst_words()) or node.tag == "header"
        if (node.tag in _NOT_STORY and node.tag != "header") or words & _NOT_STANDFIRST or (_in_box(node) and not here):
            return False
        marked = marked or here
        node = node.getparent()
    return marked and node is region


def _bare_paragraphs(page: PageMap, container, have: str) -> list[tuple[int, str, str]]:
    """Prose written straight into the story's container, outside any <p> ("<div class=content">First
    paragraph.<br>...), which trafilatura may leave out: the container's own text and the text after
    each of its children, each a paragraph when it is prose."""
    out: list[tuple[int, str, str]] = []
    pieces = [(page.opened.get(container, -1), container.text)]
    pieces += [(page.closed.get(child, -1), child.tail) for child in container
               if isinstance(child.tag, str) and child.tag not in _NOT_STORY]
    for off, raw in pieces:
        para = " ".join((raw or "").split())
        if _prose(para) and _key(para)[:60] not in have:
            out.append((off, para, "restore.bare-text"))
            have += " " + _key(para)
    return out


def _regions(container):
    """The other parts of a story split into several blocks of the same tag and class (around ad slots):
    elements like the story's container under its nearest ancestor (up to SPLIT_LEVELS up) that has any."""
    cls = (container.get("class") or "").strip()
    if not cls:
        return
    node = container
    for _ in range(SPLIT_LEVELS):
        node = node.getparent()
        if node is None:
            return
        parts = [el for el in node.iter(container.tag) if el is not container and (el.get("class") or "").strip() == cls
                 and not _inside(el, container) and not _inside(container, el)]
        if parts:
            for el in parts:
                yield el, "restore.split-body"
            return


def _prose(para: str) -> bool:
    return len(para.split()) >= PROSE_WORDS and bool(_SENTENCE_END.search(para))


def _in_story(el, region) -> bool:
    """Not inside a figure, aside, form ... or a page box between the paragraph and its region."""
    node = el
    while node is not None and node is not region:
        if node.tag in _NOT_STORY or _in_box(node):
            return False
        node = node.getparent()
    return node is region


def _in_box(node) -> bool:
    """The element's class or id names a page box (containers.csv)."""
    tokens = f"{node.get('class', '')} {node.get('id', '')}".split()
    return any(rule.regex.match(tok) for rule in container_rules() for tok in tokens)


def _link_share(el, para: str) -> float:
    links = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
    return links / len(para) if para else 0.0


def _merge(lines: list[str], infos: list[BlockInfo | None], found: list[tuple[int, str, str]]) -> str:
    """Insert each paragraph before the first output line that comes after it on the page."""
    out: list[str] = []
    pending = sorted((off, para) for off, para, _ in found)
    k = 0
    for line, info in zip(lines, infos):
        start = info.start if info is not None else None
        while k < len(pending) and start is not None and 0 <= pending[k][0] < start:
            out.append(pending[k][1])
            k += 1
        out.append(line)
    out.extend(para for _, para in pending[k:])
    return "\n".join(out)

