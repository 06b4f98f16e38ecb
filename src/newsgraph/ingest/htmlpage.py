"""HTML page -> main text and metadata via trafilatura (comments, menus and ads left out)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.ingest.blocks import drop_structural_boilerplate, index_blocks
from newsgraph.ingest.page_marks import PageMarks
from newsgraph.ingest.normalise import folded_words
from newsgraph.ingest.patterns import is_caption
from newsgraph.ingest.pubdate import find_page_date, text_date
from newsgraph.ingest.restore import restore_paragraphs


class ExtractionFailed(ValueError):
    """trafilatura found no main text (not an article page, or HTML too broken to read)."""


class PageOverBudget(ExtractionFailed):
    """The parsed page has an element with more children than `max_children`: trafilatura's time grows
    with the square of a paragraph's inline elements (25,000 <span>s in one <p>: minutes), so such a page
    is not extracted. Real news pages stay far below (most-children element of 1,371 pages: 1,359)."""


def page_marks(tree) -> PageMarks:
    """The byline, credit and dateline elements, the first story paragraph and the copyright notices of a page."""
    elements = byline_elements(tree)
    above = lead_above(tree)
    if above is not None and any(text == above for _, text in elements):
        above = None         # a byline or dateline element, already among the marks
    return PageMarks(bylines=tuple(e for e in elements if e[0] not in ("dateline", LISTED + "dateline")),
                     dateline=next((text for kind, text in elements if kind == "dateline"), None),
                     lead=lead_paragraph(tree), lead_above=above,
                     copyright=tuple(copyright_notices(tree)))


@dataclass
class PageText:
    text: str
    title: str | None = None
    date: str | None = None      # ISO date string as trafilatura/htmldate found it
    url: str | None = None
    sitename: str | None = None
    author: str | None = None    # the page's byline as trafilatura found it in its metadata ("A; B")
    date_source: str | None = None   # where `date` was found: metadata | url | text
    page_marks: PageMarks = field(default_factory=PageMarks)   # bylines, dateline element, lead, copyright
    trafilatura_text: str = ""   # trafilatura's text alone (title line dropped), before newsgraph's cleaning
    trafilatura_date: str | None = None   # trafilatura's own date, for comparison in evaluations
    removed: list[dict[str, str]] = field(default_factory=list)   # blocks dropped from the page's text
    restored: list[dict[str, str]] = field(default_factory=list)  # story paragraphs trafilatura left out, put back
    captions: list[str] = field(default_factory=list)   # <figcaption> texts


# trafilatura's trade-off: "precision" leaves out doubtful blocks (teasers, link lists, sidebars),
# "recall" keeps them, "balanced" is trafilatura's default. Measured (ingest cleaning included) with
# `newsgraph eval extraction --suite zyte|trafilatura -o favor=...`:
#   zyte (181 news pages, shingle F1):      balanced P .949 R .977 F1 .963 | precision P .960 R .969 F1 .964
#   trafilatura (990 pages, snippet F1):    balanced P .909 R .945 F1 .927 | precision P .927 R .920 F1 .923
# No clear winner; balanced keeps more of the article (text the event coder can never get back).
DEFAULT_FAVOR = "balanced"
_FAVOR_ARGS = {"precision": {"favor_precision": True}, "recall": {"favor_recall": True}, "balanced": {}}


def extract_page(html: bytes | str, url: str | None = None, favor: str = DEFAULT_FAVOR,
                 structure: bool = True, max_children: int | None = None) -> PageText:
    """Main text, title, date, canonical url and site name of an HTML page. With `structure`, lines of
    trafilatura's text that the page's structure shows to be boilerplate are dropped (blocks.py) and
    listed in `removed`. With `max_children`, a page having an element with more children raises
    PageOverBudget before extraction."""
    import trafilatura  # slow import; only paid when HTML is actually read

    from trafilatura.utils import load_html

    if favor not in _FAVOR_ARGS:
        raise ValueError(f"favor must be one of {', '.join(_FAVOR_ARGS)}, not {favor!r}")
    try:
        tree = load_html(html)        # decodes bytes (charset from the page) and parses once
        if tree is None:
            raise ExtractionFailed("no article text found in HTML")
        if max_children is not None:
            check_children(tree, max_children)
        captions = figure_captions(tree)   # before trafilatura prunes the tree
        marks = page_marks(tree)
        blocks = index_blocks(tree) if structure else None
        markup_date = find_page_date(tree, url, text_date="", html=html)   # metadata and URL (the text: after trafilatura)
        doc = trafilatura.bare_extraction(tree, url=url, include_comments=False, with_metadata=True,
                                          **_FAVOR_ARGS[favor])
    except ExtractionFailed:
        raise
    except Exception as exc:  # noqa: BLE001 - trafilatura/lxml raise many kinds on broken markup
        raise ExtractionFailed(f"HTML could not be parsed ({type(exc).__name__}: {exc})") from None
    if doc is None:
        raise ExtractionFailed("no article text found in HTML")
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    text = get("text") or ""
    if not text.strip():
        raise ExtractionFailed("no article text found in HTML")
    title = get("title")
    text = drop_title_line(text, title)
    sitename = outlet_name(get("sitename"))
    restored: list[dict[str, str]] = []
    body = text
    if structure:
        body, restored = restore_paragraphs(text, blocks)
        put_back = {r["text"] for r in restored}
        body, removed = drop_structural_boilerplate(body, blocks, title, keep=lambda line: lead_line(line, sitename),
                                                    page_url=get("url") or url, restored=put_back)
    else:
        removed = []
    date = markup_date if markup_date.day or markup_date.no_article else text_date(get("date"))
    return PageText(text=body, title=title, removed=removed, restored=restored, trafilatura_text=text, date=date.day,
                    date_source=date.source, url=get("url") or url, sitename=sitename,
                    author=_not_listed(printed_authors(get("author"), tree), marks),
                    captions=captions, page_marks=marks, trafilatura_date=get("date"))


_COPYRIGHT = re.compile(r"^\s*(?:copyright\b|©|\(c\))[\s,:]*(?:\d{4}(?:\s*[-–]\s*\d{2,4})?[\s,]*)*", re.I)
_RIGHTS = re.compile(r"[\s.,;-]*all rights reserved\.?\s*$", re.I)


def outlet_name(sitename: str | None) -> str | None:
    """The outlet named in trafilatura's sitename, which some pages fill from their copyright notice
    ("Copyright, 2019, 2020 The Valley Ledger, Inc. All rights reserved." -> "The Valley Ledger, Inc.")."""
    if not sitename:
        return sitename
    name = _RIGHTS.sub("", _COPYRIGHT.sub("", sitename)).strip(" ,;")
    return name or None


def check_children(tree, max_children: int) -> None:
    """PageOverBudget when any element of `tree` has more than `max_children` child elements."""
    for el in tree.iter():
        if len(el) > max_children:
            raise PageOverBudget(f"HTML page has an element <{el.tag}> with {len(el):,} child elements "
                                 f"(limit {max_children:,}, NEWSGRAPH_MAX_HTML_CHILDREN); not extracted")


def lead_line(line: str, sitename: str | None = None) -> bool:
    """A byline or a paragraph opening with a dateline: left for `dateline.split_lead` wherever it sits."""
    from newsgraph.ingest.byline import byline_line
    from newsgraph.ingest.dateline_read import read_dateline

    return byline_line(line, sitename) is not None or read_dateline(line) is not None


def figure_captions(tree, min_chars: int = 20, limit: int = 30) -> list[str]:
    """Texts of <figcaption> elements (trafilatura leaves them out of the body; they go to captions)."""
    out: list[str] = []
    for el in tree.iter("figcaption"):
        text = " ".join(el.text_content().split())
        if len(text) >= min_chars and text not in out:
            out.append(text)
            if len(out) >= limit:
                break
    return out


_BYLINE_ATTR = re.compile(r"byline|author|writer|contributor|credit|source|dateline", re.I)   # contributor: round46
# (a recipe card's "Author: <name>" credits the recipe, whoever signed the post: round46)
_NOT_BYLINE_ATTR = re.compile(r"comment|bio|about|avatar|image|photo|img|related|share|social|footer|recipe", re.I)


# "<a href="/agency/pti.html">PTI</a>" next to the headline: sites that run wire copy link the wire's credit
# to the page listing its stories.
_AGENCY_HREF = re.compile(r"/(?:agency|agencies|news-agency)/[\w-]+", re.I)


LISTED = "listed-"            # the kind's prefix for an element inside a list of other stories (session 31)
_OTHER_STORIES_TAGS = ("aside", "nav", "footer")
_OTHER_STORIES_BOXES = ("related", "sidebar", "promo")     # containers.csv kinds of boxes listing other stories


def _in_other_stories(el, headline_boxes: set) -> bool:
    """The element sits in a box that lists other stories (an <aside>, <nav> or <footer>, or a related-links,
    sidebar or promotion box of containers.csv) that does not hold the page's headline (`headline_boxes`: the
    first <h1>'s ancestors; a layout column named "left-rail" may hold the whole story): a byline there is
    another article's. Inside the <article> that holds the headline, every box is the story's own (a
    three-column story sets its byline in a "left-rail" of its own)."""
    from newsgraph.ingest.blocks import container_rules

    rules = [r for r in container_rules() if r.kind in _OTHER_STORIES_BOXES]
    ancestors = list(el.iterancestors())
    if any(node.tag == "article" and node in headline_boxes for node in ancestors):
        return False         # inside the <article> that holds the headline: the story's own (its byline column)
    for node in ancestors:
        if node in headline_boxes:
            return False
        if node.tag in _OTHER_STORIES_TAGS:
            return True
        tokens = f"{node.get('class', '')} {node.get('id', '')}".split()
        if any(r.regex.match(tok) for r in rules for tok in tokens):
            return True
    return False


# "<p class="article__meta"> By <a href="/staff/jane-roe">Jane Roe</a> on Monday, ...</p>": an element whose own text
# opens with "By" is a byline whatever its class (round46)
_BY_LED_TAGS = ("p", "div", "span", "li", "address")
_BY_LED = re.compile(r"^\s*(?:By|BY)(?:\s|:|$)")


def _by_led(el) -> bool:
    """The element's own text (before its first child) is "By" or opens with it, and it is not inside a link: a
    "By REUTERS" in a ticker of linked headlines signs the story linked to, not this page (session 44 lead, at
    merge)."""
    return el.tag in _BY_LED_TAGS and bool(_BY_LED.match(el.text or "")) \
        and not any(a.tag == "a" for a in el.iterancestors())


# tags that set a byline element's pieces apart on the page ("By Jane Roe<br>jroe@courier.example",
# "<div>Jane Roe</div><div>Reporter</div>"): their text is joined with a space, not glued (round47)
_BREAK_TAGS = frozenset(("br", "p", "div", "li", "address", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
                         "section", "header", "footer", "figure", "figcaption", "table", "tr", "td"))


def _spaced_text(el) -> str:
    """The element's text as `text_content` gives it, with a space where a line break or a block child sets its
    pieces apart ("By Jane Roe<br>jroe@..." -> "By Jane Roe jroe@...", not "By Jane Roejroe@...")."""
    out = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str):
            if child.tag.lower() in _BREAK_TAGS:
                out.append(" " + _spaced_text(child) + " ")
            else:
                out.append(_spaced_text(child))
        out.append(child.tail or "")
    return "".join(out)


def byline_elements(tree, max_chars: int = 150, limit: int = 12) -> list[tuple[str, str]]:
    """Texts of the page's byline elements, in page order: ("byline", text) for elements whose class,
    id, rel or itemprop says byline/author/writer or whose own text opens with "By" (`_by_led`), ("credit", text) for credit/source ones, ("dateline", text)
    for dateline ones (sites set the dateline in its own element, which trafilatura may leave out).
    Comment authors, author bios and photo credits are left out by their class names. An element inside a
    box listing other stories (`_in_other_stories`) has its kind prefixed with `LISTED` ("listed-byline"):
    its wire and dateline are another article's (session 31)."""
    out: list[tuple[str, str]] = []
    h1 = next(tree.iter("h1"), None)
    headline_boxes = set(h1.iterancestors()) if h1 is not None else set()
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "meta", "link", "img"):
            continue
        attrs = " ".join(el.get(a, "") for a in ("class", "id", "rel", "itemprop"))
        if el.tag == "a" and _AGENCY_HREF.search(el.get("href") or "") and not _NOT_BYLINE_ATTR.search(attrs):
            text = " ".join(el.text_content().split())       # a wire's credit linking to its page
            kind = (LISTED if _in_other_stories(el, headline_boxes) else "") + "credit"
            if 2 <= len(text) <= 40 and (kind, text) not in out:
                out.append((kind, text))
            continue
        m = _BYLINE_ATTR.search(attrs)
        if (not m and not _by_led(el)) or _NOT_BYLINE_ATTR.search(attrs):
            continue
        text = " ".join(_spaced_text(el).split())
        if not 2 <= len(text) <= max_chars:
            continue
        word = m.group(0).lower() if m else "byline"
        kind = "dateline" if word == "dateline" else "credit" if word in ("credit", "source") else "byline"
        if _in_other_stories(el, headline_boxes):
            kind = LISTED + kind
        if (kind, text) not in out:
            out.append((kind, text))
            if len(out) >= limit:
                break
    return out


# An element with a class or id that starts with "comment" or "recentcomments" (a comment list, a comment's
# author link, WordPress's "Recent Comments" widget): the names printed there are readers', not the
# article's author's. Class words from their start only: a byline bar may carry a "social-comments" class. Not
# "commentary": an opinion site's article may be wrapped in one (review12: its authors were all dropped).
_LOWER = "translate({}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_CLASS_WORDS = "concat(' ', normalize-space(" + _LOWER.format("@class") + "), ' ')"
_COMMENT_REGIONS = ("//*[(contains({c}, ' comment') or contains({c}, ' recentcomments')"
                    " or contains({c}, ' recent-comments') or starts-with({i}, 'comment')"
                    " or starts-with({i}, 'recentcomments') or starts-with({i}, 'recent-comments'))"
                    " and not(contains({c}, ' commentar') or starts-with({i}, 'commentar'))]"
                    ).format(c=_CLASS_WORDS, i=_LOWER.format("@id"))


def visible_text(tree, outside_comments: bool = False) -> str:
    """The page's text as a reader sees it (scripts, styles and metadata left out), words only, case-folded;
    with `outside_comments`, without the text of comment elements (the elements are found once and the text
    nodes inside them set aside: a test of every text node's ancestors in XPath took seconds on a deeply nested
    page; review12)."""
    texts = tree.xpath("//text()[not(ancestor::script or ancestor::style or ancestor::noscript"
                       " or ancestor::template or ancestor::head)]")
    regions = tree.xpath(_COMMENT_REGIONS) if outside_comments else []
    if regions:
        inside = {el for region in regions for el in region.iter()}
        # a text node belongs to its parent element; a tail ("<b>x</b> tail") to the parent of the element before it
        texts = [x for x in texts if (x.getparent().getparent() if x.is_tail else x.getparent()) not in inside]
    return folded_words(" ".join(texts))


def _not_listed(author: str | None, marks: PageMarks) -> str | None:
    """The metadata's byline unless it is only a byline printed in a box of other stories: metadata
    extraction takes the page's first byline element, which may be a sidebar's ("Associated Press" under
    another story's link), and its wire is not this page's (session 31)."""
    if not author:
        return author
    key = " ".join(re.sub(r"^\s*by\s+", "", author, flags=re.I).split()).casefold()

    def same(text: str) -> bool:
        return " ".join(re.sub(r"^\s*by\s+", "", text, flags=re.I).split()).casefold() == key

    listed = any(kind.startswith(LISTED) and same(text) for kind, text in marks.bylines)
    own = any(not kind.startswith(LISTED) and key in text.casefold() for kind, text in marks.bylines)
    return None if listed and not own else author


def printed_authors(author: str | None, tree) -> str | None:
    """The metadata's authors ("A; B") that the page (`tree`) prints somewhere outside its comments: a name
    found only in the page's JSON-LD or meta tags (a CMS's account holder) signs nothing a reader sees, and
    one printed only in a comment list or a "Recent Comments" widget is a reader who commented (metadata
    extraction takes a comment's author link for the page's). The page's visible text is read only when a
    name is to be looked up, once."""
    from newsgraph.ingest.byline import parse_byline

    if not author:
        return author
    shown: str | None = None
    kept = []
    for part in (a.strip() for a in author.split(";")):
        names = [part] + parse_byline(part).authors     # "Jane Roe. Harbour News": the name is printed
        if not part:
            continue
        if len(names) > 1 and shown is None:
            shown = f" {visible_text(tree, outside_comments=True)} "
        if len(names) == 1 or any(f" {folded_words(n)} " in shown for n in names):
            kept.append(part)
    return "; ".join(kept) or None


def copyright_notices(tree, limit: int = 3) -> list[str]:
    """The page's copyright statements (`<meta name="copyright">`, "rights" meta): the publisher they name
    is no author, even when a CMS writes it into the "author" meta."""
    out = []
    for el in tree.iter("meta"):
        name = (el.get("name") or el.get("property") or "").lower()
        if name in ("copyright", "dc.rights", "rights") and el.get("content"):
            out.append(" ".join(el.get("content").split())[:200])
    return out[:limit]


_CAPTION_ATTR = re.compile(r"caption|credit|photo|image|gallery", re.I)
_LEAD_WORDS = 12             # a paragraph, not a label or a teaser's headline


def lead_paragraph(tree) -> str | None:
    """The story's first paragraph as the page has it: the first <p> of at least 12 words after the
    page's first <h1>, outside figures and captions (a photo's caption reads "PALO ALTO, CA - APRIL 23:
    ..."). The dateline is looked for there when trafilatura's text lost that paragraph."""
    p = _lead_element(tree)
    return " ".join(p.text_content().split())[:300] if p is not None else None


def _lead_element(tree):
    h1 = next(tree.iter("h1"), None)
    for p in (h1.xpath("following::p") if h1 is not None else tree.iter("p")):
        text = " ".join(p.text_content().split())
        if len(text.split()) < _LEAD_WORDS or is_caption(text):
            continue         # a caption set in a plain <p> ("SEOUL, South Korea — A man ... (AP Photo/...)", round42)
        if any(a.tag in ("figure", "figcaption") or _CAPTION_ATTR.search(f"{a.get('class', '')} {a.get('id', '')}")
               for a in p.iterancestors()):
            continue
        return p
    return None


_ABOVE_CHARS = 40            # a dateline set in its own element above the story is this short
_NOT_ABOVE = ("script", "style", "noscript", "figure", "figcaption", "img", "picture", "br", "hr", "h1", "iframe")


def lead_above(tree) -> str | None:
    """The text of the element set right above the story's first paragraph (`lead_paragraph`): its previous
    sibling with text, or its parent's when the paragraph opens its parent (two levels up at most). Sites set
    the dateline there in an element of its own ("<div class="article-meta">PORTLAND, Maine</div>") that
    trafilatura drops with the page's furniture; `dateline.split_lead` reads it only as a whole dateline or
    place line. None when that element is long, a heading, a figure or a caption (session 31)."""
    el = _lead_element(tree)
    for _ in range(3):
        if el is None:
            return None
        prev = el.getprevious()
        while prev is not None and (not isinstance(prev.tag, str) or not " ".join(prev.text_content().split())):
            prev = prev.getprevious()
        if prev is not None:
            attrs = f"{prev.get('class', '')} {prev.get('id', '')}"
            if prev.tag in _NOT_ABOVE or _CAPTION_ATTR.search(attrs) or prev.xpath(".//h1|.//figure|.//img"):
                return None
            text = " ".join(prev.text_content().split())
            return text if len(text) <= _ABOVE_CHARS else None
        parent = el.getparent()
        if parent is None or (parent.text or "").strip():
            return None      # the paragraph does not open its parent
        el = parent
    return None


def drop_title_line(text: str, title: str | None) -> str:
    """Drop the headline when the page repeats it as the first line of the body (it is kept in `title`)."""
    if not title:
        return text
    first, _, rest = text.lstrip().partition("\n")
    if " ".join(first.split()).casefold() == " ".join(title.split()).casefold() and rest.strip():
        return rest
    return text


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or (head.startswith("<?xml") and "<html" in head)
