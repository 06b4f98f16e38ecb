"""Publication day of a web page, and where it was found: metadata, url or text.

htmldate (the library trafilatura uses) reads a page three ways; newsgraph asks for each separately so
that the source can be reported (`Article.published_source`) and so that a date in the URL or the
page's metadata beats one guessed from the visible text:

  metadata  the markup alone: first schema.org JSON-LD `datePublished` of the page's article (read
            here: htmldate misses formats such as "Tue, Sep 15 2020 10:01:41 EDT"), as the publisher
            wrote it (its local day, not converted to UTC); else meta tags (article:published_time,
            og, Dublin Core, ...) and <time> elements -- htmldate without its text heuristics or the URL;
            else the `dc:date` of a blog post's trackback RDF (written inside an HTML comment);
  url       a full date in the page's URL ("/2024/06/19/", "2024-06-19", "20240619"), or the day a
            Twitter/X post's id in the URL encodes;
  text      the date line printed under the article's headline (`headline_date`), else htmldate's
            extensive search of the visible text, used only when neither gives a day. A bare year
            found in prose ("president in 2000" -> YYYY-01-01) is no publication day and is dropped.
            Without a published-time tag, htmldate's "markup" day is read off the page's elements, where
            a masthead's "today" comes first: the headline's date line is taken before it.
When the JSON-LD's `datePublished` and the page's published-time tag (article:published_time, ...) give
two days, the date line under the headline decides if it shows the tag's (else the JSON-LD's stands).
When metadata and URL disagree, the date line under the headline decides if it shows one of the two;
else the URL wins if the metadata day is later (sites stamp a page's modification date into its
metadata; the URL keeps the day the story was first filed). A wiki page shown at one revision
(`?diff=` / `?oldid=` in its URL) is dated by that revision (JSON-LD `dateModified`), not by the
wiki page's creation. A page that declares no article (no og:type article, no article JSON-LD, no
<article>, no date-named meta tag, no dated URL or headline date line) and whose only markup day is a
time stamp in its script data or keyword tags (a catalogue record's creation, a listing's modification, a
comment widget's time) gets no day at all (`record_stamp`): its visible text is not searched either.

The day is the publisher's: a time stamp written with the publisher's own offset keeps its day as
written; one written in UTC ("2020-05-02T02:54:29Z", late evening in New York) is turned into the local
day of the publisher's country when every time zone of that country gives the same day -- unless the
stamp is at midnight sharp ("T00:00:00Z": a CMS writing a bare day as a time stamp), or the URL was filed
under the day as written (the country guessed from a CMS's default locale can be wrong). The country is
the one of the site's country-code domain (".ca"), else the region of the page's declared locale when
it is not merely the language's own ("en-US", "pt-BR"; not "fr-FR" or "ar-AR", which CMS templates set
by default); time zones per country: the tz database's zone.tab (pytz), offsets: zoneinfo.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import re
import warnings
from dataclasses import dataclass
from urllib.parse import urlsplit

from newsgraph.ingest.dates import try_parse_published
from newsgraph.ingest.normalise import folded_words

_URL_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<s1>[/_.-]?)(?P<m>0[1-9]|1[0-2])(?P=s1)(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")


@dataclass(frozen=True)
class PageDate:
    day: str | None             # YYYY-MM-DD
    source: str | None          # metadata | url | text
    no_article: bool = False    # the page is no dated article: its visible text is not searched for a day


# A post's id on Twitter/X is a "snowflake": its top bits are milliseconds since the service's epoch
# (2010-11-04T01:42:54.657Z), so the URL of a post says when it was posted (ids from late 2010 on).
_POST_URL = re.compile(r"^https?://(?:[a-z]+\.)?(?:twitter|x)\.com/[^/]+/status(?:es)?/(\d{15,20})(?:[/?#]|$)", re.I)
_SNOWFLAKE_EPOCH_MS = 1288834974657


def post_id_date(url: str | None) -> str | None:
    """The UTC day a Twitter/X post was made, read from the id in its URL, else None."""
    m = _POST_URL.match(url or "")
    if not m:
        return None
    ms = (int(m.group(1)) >> 22) + _SNOWFLAKE_EPOCH_MS
    day = dt.datetime.fromtimestamp(ms / 1000, tz=dt.timezone.utc).date()
    return day.isoformat() if day <= dt.date.today() else None


def url_date(url: str | None) -> str | None:
    """A full date written in a URL's path ("/2024/06/19/", "-20240619-"), or the day a post's id in
    its URL stands for (`post_id_date`), else None."""
    if not url:
        return None
    if post_id_date(url):
        return post_id_date(url)
    path = re.sub(r"^[a-z]+://[^/]+", "", url)
    for m in _URL_DATE.finditer(path):
        if not m.group("s1") and not re.search(r"[/_.-]", path[max(0, m.start() - 1):m.start()] or "/"):
            continue               # eight digits glued to other characters: an id, not a date
        try:
            day = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        if day <= dt.date.today():
            return day.isoformat()
    return None


_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(?!(?:0[1-9]|[12]\d|3[01])(?:/|$))")


def in_url_month(day: str, url: str | None) -> bool:
    """False when the URL's path files the page under a year and month ("/2024/03/slug") and `day` is
    outside it: a day read off the text (a book's release date in a review) is then not the post's."""
    m = _URL_MONTH.search(re.sub(r"^[a-z]+://[^/]+", "", url or ""))
    return m is None or day[:7] == f"{m.group(1)}-{m.group(2)}"


def find_page_date(tree, url: str | None = None, text_date: str | None = None,
                   html: bytes | str | None = None) -> PageDate:
    """The publication day of a parsed page (`tree`, lxml; not modified) and its source. `text_date` is
    the day htmldate's extensive search gave (trafilatura computes it); None: search here; "": skip the
    text (the caller looks at it later). `html` is the page's source, for what the tree no longer has."""
    from htmldate import find_date

    revision = revision_date(tree, url)
    if revision:
        return PageDate(revision, "metadata")
    meta, source = json_ld_date(tree), "metadata"
    tagged = published_tag_date(tree)
    if meta and tagged and tagged != meta and headline_date(tree) == tagged:
        meta = tagged   # the JSON-LD and the published-time tag disagree: the date line the reader sees decides
    if meta is None:
        try:
            meta = find_date(tree, url=None, extensive_search=False, original_date=True)
        except Exception:  # noqa: BLE001 - htmldate raises on odd markup; the other sources remain
            meta = None
        if meta and record_stamp(tree, meta, url):
            return PageDate(None, None, no_article=True)
        shown = headline_date(tree) if meta and published_instant(tree) is None else None
        if shown and in_url_month(shown, url):
            # no published-time tag: htmldate read the day off the page's elements, where a masthead's
            # "today" comes before the story; the date line under the headline is the story's
            meta, source = shown, "text"
    if meta is None:
        meta = trackback_date(html)
    from_url = url_date(url)
    if meta and meta != from_url:
        # the day converted from a UTC stamp, unless the URL was filed under the day as written
        meta = publisher_day(meta, published_instant(tree), site_country(url, tree))
    if meta and from_url and meta != from_url:
        # the date line under the headline decides, when it shows one of the two; else the URL keeps the
        # day the story was first filed when the metadata's is later (a modification stamped there)
        shown = headline_date(tree)
        if shown in (meta, from_url):
            return PageDate(meta, source) if shown == meta else PageDate(from_url, "url")
        return PageDate(from_url, "url") if meta > from_url else PageDate(meta, source)
    if meta:
        return PageDate(meta, source)
    if from_url:
        return PageDate(from_url, "url")
    headline = headline_date(tree)
    if headline and in_url_month(headline, url):
        return PageDate(headline, "text")
    if text_date is None:
        try:
            text_date = find_date(tree, url=url, extensive_search=True, original_date=True)
        except Exception:  # noqa: BLE001
            text_date = None
    return globals()["text_date"](text_date)


# a meta tag named for a publication date ("article:published_time", "dc.date.issued", "sailthru.date"), not
# for a modification ("last-modified") nor merely holding the letters ("msvalidate.01")
_DATE_META_NAME = re.compile(r"(?:^|[:._ -])(?:date|pubdate|published|created|creation|issued)(?:$|[:._ -])", re.I)


def record_stamp(tree, day: str, url: str | None) -> bool:
    """Whether `day`, which htmldate's markup search read off a page without a publication-date tag, is a
    record's time stamp on a page that is no dated article: the page declares no article (no og:type
    article, no article JSON-LD, no <article> element, no date-named meta tag or itemprop, no date in its
    URL, no date line under its headline) and the day is only in its script data or keyword/description
    tags (htmldate's last markup step takes any "YYYY-MM-DD hh:mm:ss" of the source: a catalogue's record
    creation time, a listing's modification stamp, a comment widget's time). Such a page gets no day."""
    if declares_article(tree, url):
        return False
    import copy

    from htmldate import find_date

    seen = copy.deepcopy(tree)
    for el in seen.xpath("//script|//style|//noscript"):
        el.drop_tree()
    for el in seen.iter("meta"):
        if (el.get("name") or "").lower() in ("keywords", "description"):
            el.set("content", "")
    try:
        again = find_date(seen, url=None, extensive_search=False, original_date=True)
    except Exception:  # noqa: BLE001 - as in find_page_date
        return False
    return again != day


def declares_article(tree, url: str | None = None) -> bool:
    """Whether the page's structure or metadata says it is a dated article (see `record_stamp`)."""
    for el in tree.iter("meta"):
        name = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if name == "og:type" and "article" in (el.get("content") or "").lower():
            return True
        if _DATE_META_NAME.search(name) and el.get("content"):
            return True
    for obj in _json_ld_objects(tree):
        types = obj.get("@type")
        if any(t in _ARTICLE_TYPES and t != "WebPage" for t in (types if isinstance(types, list) else [types])):
            return True
    if tree.find(".//article") is not None or tree.xpath('.//*[@itemprop="datePublished" or @itemprop="dateCreated"]'):
        return True
    return bool(url_date(url) or headline_date(tree))


_ARTICLE_TYPES = ("NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
                  "OpinionNewsArticle", "LiveBlogPosting", "WebPage", "Report", "ScholarlyArticle")


def json_ld_date(tree, key: str = "datePublished") -> str | None:
    """The `datePublished` (or another date `key`) of the page's article in its JSON-LD (schema.org), as a
    day; None if absent."""
    for value in _json_ld_values(tree, key):
        day = _past_day(_local_day(value))
        if day:
            return day
    return None


def _past_day(value: str) -> str | None:
    """The day a date string stands for (YYYY-MM-DD), unless it is unreadable or in the future."""
    with warnings.catch_warnings():           # "EDT": dateutil warns on zone names; the day is enough
        warnings.simplefilter("ignore")
        day, _problem = try_parse_published(value)
    return day.isoformat() if day is not None and day <= dt.date.today() else None


def _json_ld_objects(tree):
    """Every object of every JSON-LD script of the page (unreadable scripts skipped)."""
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        yield from _objects(data)


def _json_ld_values(tree, key: str = "datePublished"):
    """The JSON-LD `datePublished` (or `key`) values of the page, the article's first."""
    found: list[tuple[int, str]] = []
    for obj in _json_ld_objects(tree):
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            types = obj.get("@type")
            types = types if isinstance(types, list) else [types]
            rank = 0 if any(t in _ARTICLE_TYPES[:-3] for t in types) else 1 if any(t in _ARTICLE_TYPES for t in types) else 2
            found.append((rank, value))
    for _, value in sorted(found, key=lambda x: x[0]):
        yield value


# Country-code domains used by sites anywhere (".tv", ".io", ".me" ...): they say nothing of the publisher.
_GENERIC_CCTLDS = frozenset("ac ad ag ai am as bz cc cd cx fm gg im io je la ly me ms mu nu sc sh so st su tk to tv "
                            "vc vg ws".split())
_LOCALE = re.compile(r"^\s*([a-z]{2,3})[-_]([a-z]{2})\s*$", re.I)
# seconds of one digit ("23:15:0Z") are a CMS's formatting slip, still a UTC instant
_UTC_INSTANT = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{1,2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|UTC|GMT)\s*$",
                          re.I)
_META_PUBLISHED = ("article:published_time", "og:published_time", "datepublished", "date.issued", "pubdate")


_DC_DATE = re.compile(rb"""<rdf:Description\b[^>]{0,2000}?\bdc:date\s*=\s*["'](\d{4}-\d{2}-\d{2})""")


def trackback_date(html: bytes | str | None) -> str | None:
    """The `dc:date` of a blog post's trackback RDF, which blog engines write inside an HTML comment
    (so it is read from the page's source: the parsed tree has no comments)."""
    if not html:
        return None
    m = _DC_DATE.search(html.encode("utf-8", "replace") if isinstance(html, str) else html)
    return _past_day(m.group(1).decode("ascii")) if m else None


def published_tag_date(tree) -> str | None:
    """The day of the page's first readable published-time meta tag (article:published_time, ...), as
    written; else None (a tag whose content is no date, "{{pubdate}}", does not hide a later good one)."""
    for el in tree.iter("meta"):
        name = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if name in _META_PUBLISHED and el.get("content"):
            day = _past_day(_local_day(el.get("content")))
            if day:
                return day
    return None


def published_instant(tree) -> str | None:
    """The publication time stamp as the page writes it: JSON-LD `datePublished`, else a meta tag."""
    for value in _json_ld_values(tree):
        return value
    for el in tree.iter("meta"):
        name = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if name in _META_PUBLISHED and el.get("content"):
            return el.get("content")
    return None


def site_country(url: str | None, tree=None) -> str | None:
    """ISO country code of the publisher: the site's country-code domain, else the region of the page's
    declared locale (<html lang>, og:locale) when it is not just the language's own."""
    host = urlsplit(url).hostname if url and "://" in url else None
    if host:
        tld = host.rsplit(".", 1)[-1].lower()
        if len(tld) == 2 and tld not in _GENERIC_CCTLDS:
            code = "GB" if tld == "uk" else tld.upper()
            return code if code in _country_zones() else None
    if tree is None:
        return None
    declared = [tree.get("lang") or ""] + [el.get("content") or "" for el in tree.iter("meta")
                                          if (el.get("property") or "").lower() == "og:locale"]
    for value in declared:
        m = _LOCALE.match(value)
        if m and m.group(2).lower() != m.group(1).lower() and m.group(2).upper() in _country_zones():
            return m.group(2).upper()
    return None


@functools.lru_cache(maxsize=1)
def _country_zones() -> dict[str, tuple[str, ...]]:
    import pytz

    return {code.upper(): tuple(zones) for code, zones in pytz.country_timezones.items()}


def publisher_day(day: str, instant: str | None, country: str | None) -> str:
    """`day`, or the publisher's local day when `instant` is that day's UTC time stamp and every time zone
    of `country` agrees on the local day."""
    m = _UTC_INSTANT.match(instant or "")
    if not m or m.group(1) != day or not country or m.group(2) + m.group(3) == "0000":
        return day       # (a stamp at midnight sharp is a day written as a time stamp, no instant)
    from zoneinfo import ZoneInfo

    when = dt.datetime.fromisoformat(f"{m.group(1)}T{m.group(2)}:{m.group(3)}").replace(tzinfo=dt.timezone.utc)
    days = set()
    for zone in _country_zones().get(country, ()):
        try:
            days.add(when.astimezone(ZoneInfo(zone)).date().isoformat())
        except Exception:  # noqa: BLE001 - a zone name missing from this machine's tz database
            continue
    return days.pop() if len(days) == 1 else day


def _local_day(value: str) -> str:
    """ "2020-12-25T01:59:50+02:00" -> "2020-12-25": the day as written, whatever the offset."""
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})(?:[T ]|$)", value)
    return m.group(1) if m else value


def _objects(data, depth: int = 0):
    """Every JSON object in a JSON-LD document (lists and @graph included)."""
    if depth > 4:
        return
    if isinstance(data, list):
        for x in data:
            yield from _objects(x, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(data.get(key), (list, dict)):
                yield from _objects(data[key], depth + 1)


# A MediaWiki page shown at one revision ("index.php?title=X&diff=123&oldid=100" or "&oldid=123"): its
# JSON-LD `datePublished` is the wiki page's creation, years back; what the page shows is the revision.
_REVISION_URL = re.compile(r"[?&](?:diff|oldid)=\d+", re.I)


def revision_date(tree, url: str | None) -> str | None:
    """The day of the revision a wiki page's URL asks for: its JSON-LD `dateModified`, else None."""
    if not url or not _REVISION_URL.search(url):
        return None
    return json_ld_date(tree, "dateModified")


_DATE_PHRASE = re.compile(r"\b\d{1,2}\.?\s+[^\W\d_]{3,}\.?,?\s+\d{4}\b|\b[^\W\d_]{3,}\.?\s+\d{1,2},?\s+\d{4}\b|"
                          r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\b")
_DATE_LINE = 40             # characters: a date line ("Daily Wire 4 Mar 2021, 09:40 GMT+2"), not prose
_HEADLINE_WINDOW = 300       # characters of text read after the headline for its date line


def headline_date(tree) -> str | None:
    """The date printed right under the article's headline ("13 Oct 2020 18:29"), else None.

    Pages without dated metadata often print today's date in the site's masthead, above the story;
    htmldate's text search, reading the page from the top, takes it. The story's own date line
    follows its headline: the first heading (h1-h3) whose text is the page's title (og:title, else
    <title>), then the first date in the next few hundred characters of text. A heading that is only the
    site's name (og:site_name, application-name), which a record page's title may open with, is the
    masthead, not the headline."""
    from htmldate.extractors import try_date_expr

    title = folded_words(_page_title(tree))
    if len(title) < 10:
        return None
    site = _site_names(tree)
    for heading in tree.iter("h1", "h2", "h3"):
        text = folded_words(heading.text_content())
        if len(text) < 10 or not (text in title or title.startswith(text) or text.startswith(title)):
            continue
        if text in site and text != title:
            continue          # the masthead's site name, which the title opens with ("Daily Ledger : Details : ...")
        seen = 0
        for node in heading.xpath("following::text()[position() <= 40]"):
            parent = node.getparent()
            if parent is not None and parent.tag in ("script", "style", "noscript"):
                continue
            piece = " ".join(node.split())
            # the whole line, else the date phrase of a short date line ("4 Mar 2021, 09:40 GMT+2": the zone
            # defeats the parser); not of a longer line (a photo caption: "FILE PHOTO: ... on March 5, 2019")
            phrases = _DATE_PHRASE.findall(piece) if len(piece) <= _DATE_LINE else []
            for candidate in ([piece] + phrases) if re.search(r"\d", piece) else ():
                day = try_date_expr(candidate, "%Y-%m-%d", True, dt.datetime(1995, 1, 1),
                                    dt.datetime.combine(dt.date.today(), dt.time.max))
                if day:
                    return day
            seen += len(piece)
            if seen > _HEADLINE_WINDOW:
                break
        return None
    return None


def _site_names(tree) -> set[str]:
    """The site's name as its metadata gives it (og:site_name, application-name), folded."""
    return {folded_words(el.get("content")) for el in tree.iter("meta") if el.get("content") and
            (el.get("property") or el.get("name") or "").lower() in ("og:site_name", "application-name")}


def _page_title(tree) -> str:
    for el in tree.iter("meta"):
        if (el.get("property") or el.get("name") or "").lower() in ("og:title", "twitter:title") and el.get("content"):
            return el.get("content")
    title = tree.find(".//title")
    return title.text_content() if title is not None else ""


def text_date(day: str | None) -> PageDate:
    """A day found in the visible text, unless it is a bare year ("president in 2000" -> YYYY-01-01)."""
    if day and not day.endswith("-01-01"):
        return PageDate(day, "text")
    return PageDate(None, None)
