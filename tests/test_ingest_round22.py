"""Session 20 (issue 13): a page that is no dated article gets no publication day (pubdate.record_stamp),
and dateline kinds read on Canadian news texts. Pages and sentences are our own."""
from __future__ import annotations

import lxml.html
import pytest

from newsgraph.ingest.byline import byline_line
from newsgraph.ingest.dateline import split_lead
from newsgraph.ingest.htmlpage import extract_page
from newsgraph.ingest.pubdate import declares_article, record_stamp

_BODY = ("<p>The county registry lists every company that filed papers this quarter, with its agent, its charter "
         "number and the town where it is based, so that anyone can look up who runs a local business.</p>"
         "<p>Search results can be sorted by name or by filing number, and each entry links to its own record "
         "page where the charter and the documents filed with it can be read.</p>")
# a record's modification time that only a script holds
_SCRIPT = '<script>var record = {"id": 4471, "updated": "2021-03-09 10:42:17"};</script>'


def _page(head: str = "", body: str = _BODY, script: str = _SCRIPT) -> str:
    return (f"<html><head><title>Registry record 4471 : Lakeside Gutters LLC</title>{head}</head>"
            f"<body><div class='content'><h1>Lakeside Gutters LLC</h1>{body}</div>{script}</body></html>")


def test_record_page_with_a_script_stamp_has_no_day():
    page = extract_page(_page())
    assert page.date is None and page.date_source is None


def test_record_stamp_needs_a_page_that_declares_no_article():
    tree = lxml.html.fromstring(_page())
    assert not declares_article(tree) and record_stamp(tree, "2021-03-09", None)
    for head in ('<meta property="og:type" content="article">',
                 '<meta name="sailthru.date" content="2021-03-09">',
                 '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Gutters"}</script>'):
        assert declares_article(lxml.html.fromstring(_page(head=head)))
    assert declares_article(lxml.html.fromstring(_page(body=f"<article>{_BODY}</article>")))
    # a date in the URL says the page was filed as a dated story
    assert declares_article(tree, "https://registry.example.test/2021/03/09/lakeside-gutters")
    # a meta tag that only holds the letters "date" is no date tag
    assert not declares_article(lxml.html.fromstring(_page(head='<meta name="msvalidate.01" content="A1B2">')))


def test_a_declared_article_keeps_its_script_stamp():
    page = extract_page(_page(head='<meta property="og:type" content="article">'))
    assert page.date == "2021-03-09"


def test_a_visible_stamp_is_no_record_stamp():
    shown = "<p class='date'>2021-03-09 10:42:17</p>"
    tree = lxml.html.fromstring(_page(body=shown + _BODY, script=""))
    assert not record_stamp(tree, "2021-03-09", None)
    assert extract_page(_page(body=shown + _BODY, script="")).date == "2021-03-09"


@pytest.mark.parametrize("line,authors", [
    ("Nadia Ferris, Evening Panel producer", ["Nadia Ferris"]),
    ("Owen Latimer, City Desk reporter", ["Owen Latimer"]),
    ("Priya Mohan, Harbour Radio News", ["Priya Mohan"]),
])
def test_a_byline_credited_to_a_programme_or_outlet(line, authors):
    parsed = byline_line(line)
    assert parsed is not None and parsed.authors == authors and parsed.agency is None


@pytest.mark.parametrize("line", ["The premier, Evening Panel producer", "Rents, Housing News",
                                  "Owen Latimer, retired farmer"])
def test_no_byline_without_a_name_or_a_credit(line):
    assert byline_line(line) is None


def test_byline_line_above_a_text_is_taken_off():
    text = ("\n\nNadia Ferris, Evening Panel producer\n\n\n\nThe transit board voted on Tuesday to keep the ferry "
            "running through the winter, after riders filled the meeting hall to ask for it.\n\nThe vote was close.")
    lead = split_lead(text)
    assert lead.authors == ["Nadia Ferris"] and lead.text.lstrip().startswith("The transit board")
