"""Session 45 (issue 13, branch dl49; round47): bylines the last PolNeAR texts (pool 10) and our own pages showed --
a names label ("BYLINE: <name>."), a word of writing or a piece's kind before "by" ("Co-authored by", "Analysis by"),
a name particle joined by a hyphen ("al-Rashid"), and a byline element whose pieces a line break sets apart. Every
sentence here is our own."""
from __future__ import annotations

import hashlib

from newsgraph.datafile import package_data, read_jsonl
from newsgraph.eval import datelines
from newsgraph.ingest import Skip, build_article
from newsgraph.ingest.byline import byline_line, parse_byline
from newsgraph.ingest.byline_labels import label_off
from newsgraph.ingest.readers import read_html, read_text

STORY = ("The ferry company said on Monday it would add a third crossing on weekdays from April. "
         "Commuters had asked for an earlier boat for two years, a spokesperson said. "
         "The fare will not change before the end of the year, the company added.")


PAGE = ("<html lang=\"en\"><head><title>Ferry adds a crossing</title><meta property=\"og:site_name\" "
        "content=\"Island Weekly\"></head><body><article><h1>Ferry adds a crossing</h1>{body}<p>{story}</p>"
        "<p>{story}</p></article></body></html>")


def _built(items):
    """The first item a reader gives, built as the datelines suite builds it (never skipped here)."""
    art = build_article(list(items)[0])
    assert not isinstance(art, Skip)
    return art


def _text(text: str):
    return _built(read_text(f"{text}\n\n{STORY}", "t.txt"))


def _page(body: str):
    html = PAGE.format(body=body, story=STORY).encode()
    return _built(read_html(html, "p.html", [], url="https://island.example/news/1"))


# --- a names label: "BYLINE: <name>." ------------------------------------------------------------------------

def test_byline_label_opening_a_saved_text_gives_the_writer():
    art = _text("BYLINE: Odile Marchal.\n\nWHAT WE LEARNED THIS WEEK.\n\n"
                "The ferry vote passed by one seat on Thursday.")
    assert art.authors == ["Odile Marchal"] and art.dateline_place is None and art.agency is None
    assert parse_byline("Byline: Tomasz Wrona").authors == ["Tomasz Wrona"]


def test_byline_as_a_word_of_prose_is_no_byline():
    art = _text("Byline strike ends at the island paper\n\nReporters will sign their stories again from Monday.")
    assert art.authors == []
    assert byline_line("Byline strikes are rare on the island.") is None


# --- a word of writing or a piece's kind before "by" ----------------------------------------------------------

def test_co_authored_line_under_the_headline_gives_the_co_writer():
    art = _text("Why the ferry matters.\n\nCo-authored by Ilse Vandermeer.\n\nThe island has had one ferry since 1962.")
    assert art.authors == ["Ilse Vandermeer"]
    assert parse_byline("Co-written by Ravi Menon and Clara Busch.").authors == ["Ravi Menon", "Clara Busch"]


def test_co_authored_opening_a_sentence_is_no_byline():
    art = _text("Budget plan unveiled.\n\nCo-authored by the harbour committee and two advisers, the plan cuts "
                "ferry subsidies by a tenth.\n\nThe council votes next month.")
    assert art.authors == []
    assert byline_line("Interviewed by police on Monday, the skipper said he saw nothing.") is None


def test_piece_kind_before_by_in_a_byline_element():
    assert _page('<div class="byline">Analysis by Ravi Menon, CNN</div>').authors == ["Ravi Menon"]
    assert _page('<div class="byline">Opinion by Clara Busch</div>').authors == ["Clara Busch"]
    assert label_off("Review by Clara Busch") == "By Clara Busch"
    # a sentence that opens with the word is untouched by the parse
    assert parse_byline("Review by the state auditor found the ferry overspent.").authors == []


# --- a name particle joined by a hyphen -----------------------------------------------------------------------

def test_particle_joined_by_hyphen_is_part_of_the_name():
    assert parse_byline("By Samir al-Khatib").authors == ["Samir al-Khatib"]
    assert parse_byline("By Nour el-Din Haddad and Ravi Menon").authors == ["Nour el-Din Haddad", "Ravi Menon"]


def test_lower_case_word_that_is_no_particle_still_stops_a_name():
    assert parse_byline("By Samir post-Khatib").authors == []
    assert parse_byline("By Samir al-khatib").authors == []


# --- a byline element whose pieces a line break or block sets apart -------------------------------------------

def test_byline_element_with_address_on_its_own_line():
    art = _page('<div class="byline">By Clara Busch<br>cbusch@islandweekly.example</div>')
    assert art.authors == ["Clara Busch"]


def test_byline_element_with_name_and_title_in_blocks():
    art = _page('<div class="byline"><div>Ravi Menon</div><div>Staff Writer</div></div>')
    assert art.authors == ["Ravi Menon"]
    # a wire on the second line is the agency, the name the author
    art = _page('<div class="byline">By Ravi Menon<br>Associated Press</div>')
    assert art.authors == ["Ravi Menon"] and art.agency == "AP"


# --- the pool -------------------------------------------------------------------------------------------------

def test_pool10_registered_and_hidden():
    assert {"dev10", "heldout10"} <= set(datelines.PARTS) and "heldout10" in datelines.HIDDEN
    rows = datelines.load_gold("dev10") + datelines.load_gold("heldout10")
    assert len(rows) == 498 and all("authors" in r and r["doc"].endswith(".txt") for r in rows)
    # the hash rule of every mixed pool: the last hex digit of sha1(doc), even -> dev, odd -> held out
    parts = {r["part"] for r in rows if int(hashlib.sha1(r["doc"].encode()).hexdigest()[-1], 16) % 2 == 0}
    assert parts == {"dev10"}


def test_no_text_is_in_two_dateline_files():
    seen: dict[str, str] = {}
    for path in sorted(package_data("gold", "datelines.jsonl").parent.glob("datelines*.jsonl")):
        for _, obj in read_jsonl(path):
            assert seen.setdefault(obj["doc"], path.name) == path.name, (obj["doc"], path.name)


# --- a blog byline signed with a first name only --------------------------------------------------------------

def test_first_name_byline_with_its_author_link():
    art = _page('<div class="byline">by Oksana</div><span class="author"><a href="/author/o">Oksana</a></span>')
    assert art.authors == ["Oksana"]
    art = _page('<div class="byline">By Maren on 3. May, 2024 | 4 Comments</div>'
                '<span class="author"><a href="/author/m">Maren</a></span>')
    assert art.authors == ["Maren"]


def test_first_name_byline_guards():
    # no author link repeating the name: not enough to take one word as a name
    assert _page('<div class="byline">by Oksana</div>').authors == []
    # a user name, a desk word or a wire is no first name
    assert _page('<div class="byline">by admin</div><span class="author"><a href="/a">admin</a></span>').authors == []
    assert _page('<div class="byline">by Staff</div><span class="author"><a href="/a">Staff</a></span>').authors == []
    art = _page('<div class="byline">By Reuters</div><span class="author"><a href="/a">Reuters</a></span>')
    assert art.authors == [] and art.agency == "Reuters"


# --- a reading time on the byline's line ----------------------------------------------------------------------

def test_reading_time_closing_a_byline_is_cut():
    assert byline_line("By Clara Busch · 6 min read").authors == ["Clara Busch"]
    assert byline_line("Ravi Menon | 2 Feb 2024 | 7 min", named=True).authors == ["Ravi Menon"]
    assert byline_line("By Clara Busch | Reading time: 5 minutes").authors == ["Clara Busch"]
    art = _text("Ferry timetable changes\n\nBy Clara Busch | 3 min read\n\nThe first boat will leave at six.")
    assert art.authors == ["Clara Busch"]


def test_a_time_in_minutes_alone_is_no_byline():
    assert byline_line("Cooking time: 45 min", named=True) is None
    assert byline_line("The crossing takes 40 minutes", named=True) is None
    assert _page("<p>Prep time: 20 minutes</p>").authors == []


# --- a personal site named after its writer -------------------------------------------------------------------

def test_owner_of_a_personal_site_is_the_author():
    assert parse_byline("Oksana Lind", "Oksana Lind's Blog").authors == ["Oksana Lind"]
    assert parse_byline("Ravi Menon", "Ravi Menon’s notebook").authors == ["Ravi Menon"]


def test_site_name_still_closes_a_byline():
    # an outlet's own name after the writer's is still cut, and an outlet signing as itself is no author
    assert parse_byline("Clara Busch, Island Weekly", "Island Weekly").authors == ["Clara Busch"]
    assert parse_byline("Island Weekly", "Island Weekly").authors == []
