"""Session 44 (issue 13, branch dl48; round46): bylines and captions on the kinds a new LGL pool (dev9) and our own
pages showed. Every sentence here is our own."""
from __future__ import annotations

from newsgraph.datafile import package_data, read_jsonl
from newsgraph.eval import datelines
from newsgraph.ingest import Skip, build_article
from newsgraph.ingest.byline import parse_byline
from newsgraph.ingest.byline_filed import role_line
from newsgraph.ingest.byline_labels import photo_credit
from newsgraph.ingest.lead_record import name_key
from newsgraph.ingest.patterns import is_caption
from newsgraph.ingest.readers import read_html, read_record

STORY = ("The harbour board agreed on Tuesday to lease the old grain shed to a rowing club for ten years. "
         "Members said the lease would let them store their boats close to the water at last. "
         "A spokesperson for the board said the rent would be reviewed after three years.")


def _record(text: str, title: str = "Rowing club gets its shed") -> object:
    item = list(read_record({"title": title, "url": "https://harbour.example/news/1", "text": text}, "t.json"))[0]
    art = build_article(item)
    assert not isinstance(art, Skip)
    return art


def _page(body: str, meta: str = "", after: str = "") -> object:
    html = (f"<html lang=\"en\"><head><title>Rowing club gets its shed</title>{meta}"
            f"<meta property=\"og:site_name\" content=\"Harbour Weekly\"></head><body><article>"
            f"<h1>Rowing club gets its shed</h1>{body}<p>{STORY}</p><p>{STORY}</p>{after}</article></body></html>")
    art = build_article(list(read_html(html.encode(), "p.html", [], url="https://harbour.example/news/1"))[0])
    assert not isinstance(art, Skip)
    return art


# --- a byline's photo credit is no author -------------------------------------------------------------------

def test_photo_credit_part_is_no_author():
    assert parse_byline("Words: Mirela Popescu | Photos: Ansel Okoro").authors == ["Mirela Popescu"]
    assert parse_byline("By Mirela Popescu; Photography by Ansel Okoro").authors == ["Mirela Popescu"]
    # metadata lose the colon
    assert parse_byline("Mirela Popescu; Photos Ansel Okoro").authors == ["Mirela Popescu"]


def test_photo_credit_gives_no_agency_but_writers_stay():
    parsed = parse_byline("By Mirela Popescu | Photo: AP")
    assert parsed.authors == ["Mirela Popescu"] and parsed.agency is None
    assert parse_byline("By Mirela Popescu and Ansel Okoro").authors == ["Mirela Popescu", "Ansel Okoro"]
    assert photo_credit("Photos: Ansel Okoro") and photo_credit("Photo by Ansel Okoro")
    assert not photo_credit("Ansel Okoro") and not photo_credit("Photographers Union")


def test_page_byline_with_photographer():
    art = _page('<div class="byline">Words: Mirela Popescu | Photos: Ansel Okoro</div>')
    assert art.authors == ["Mirela Popescu"]


# --- e-mail addresses and glued bylines in a record's text ----------------------------------------------------

def test_email_in_byline_is_cut():
    assert parse_byline("By Tobias Renner trenner@harbour.example March 5, 2024").authors == ["Tobias Renner"]


def test_mailed_byline_after_headline():
    art = _record("Rowing club gets its shed. Tobias Renner trenner@harbour.example March 5, 2024 From "
                  "HarbourWeekly.example " + STORY)
    assert art.authors == ["Tobias Renner"] and art.dateline_place is None
    assert "trenner@" not in art.text


def test_mailed_byline_then_dateline():
    art = _record("Rowing club gets its shed. By Tobias Renner trenner@harbour.example March 5, 2024 "
                  "PORTSMOUTH -- " + STORY)
    assert art.authors == ["Tobias Renner"] and art.dateline_place == "Portsmouth"


def test_stamped_byline_after_headline():
    art = _record("Rowing club gets its shed. BY GRETA HOLM STAFF WRITER March 5, 2024 " + STORY)
    assert art.authors == ["Greta Holm"]
    assert art.text.startswith("Rowing club gets its shed") and "STAFF WRITER" not in art.text


def test_no_byline_when_the_story_opens_after_the_headline():
    art = _record("Rowing club gets its shed. Greta Holm, who rows every morning, said on March 5, 2024 that "
                  "the club had waited years. " + STORY)
    assert art.authors == []


# --- a story run into its photo's caption is no caption -------------------------------------------------------

def test_long_paragraph_ending_with_a_credit_is_the_story():
    para = " ".join([STORY] * 4) + " A rower carries an oar past the shed on Monday. (AP Photo/Lena Quist)"
    assert not is_caption(para)
    art = _record("Rowing club gets its shed. LYMINGTON — " + para)
    assert art.dateline_place == "Lymington" and "grain shed" in art.text


def test_short_caption_still_a_caption():
    assert is_caption("A rower carries an oar past the shed on Monday. (AP Photo/Lena Quist)")


# --- a job title alone under the name ---------------------------------------------------------------------------

def test_role_line():
    assert role_line("Staff Writer") and role_line("Senior Political Correspondent") and role_line("Health reporter")
    assert not role_line("Staff Writer Greta") and not role_line("The writer said so")


def test_name_then_title_lines_are_the_byline():
    art = _page("<p>Greta Holm<br>Staff Writer</p>")
    assert art.authors == ["Greta Holm"] and not art.text.startswith("Greta Holm")


def test_title_line_without_a_name_above_gives_no_author():
    art = _page("<p>Rowing news<br>Staff Writer</p>")
    assert art.authors == []


# --- an outlet's name in capitals after the writer's -----------------------------------------------------------

def test_outlet_today_is_no_author():
    assert parse_byline("Rafael Ocampo, USA TODAY").authors == ["Rafael Ocampo"]
    assert parse_byline("Rafael Ocampo | Harbour Insider").authors == ["Rafael Ocampo"]
    assert parse_byline("Rafael Ocampo, Harbour Weekly staff").authors == ["Rafael Ocampo"]


# --- initials set apart ------------------------------------------------------------------------------------------

def test_spaced_initials_are_a_name():
    assert parse_byline("By K. L. Mbeki and R.T. Vance").authors == ["K. L. Mbeki", "R.T. Vance"]
    assert parse_byline("By A Harbour Weekly reporter").authors == []


def test_name_key_joins_initials():
    assert name_key("R.T. Vance") == name_key("R T Vance") == name_key("RT Vance")
    assert name_key("Greta Holm") != name_key("Greta Holmes")


# --- the pool -------------------------------------------------------------------------------------------------

def test_pool9_is_registered_split_by_hash_and_heldout9_hidden():
    import hashlib

    assert {"dev9", "heldout9"} <= set(datelines.PARTS) and "heldout9" in datelines.HIDDEN
    dev, held = datelines.load_gold("dev9"), datelines.load_gold("heldout9")
    assert len(dev) + len(held) == 229
    docs = {r["doc"] for r in dev + held}
    gold_dir = package_data("gold", "datelines.jsonl").parent
    for path in gold_dir.glob("datelines*.jsonl"):
        if path.name != "datelines_pool9.jsonl":
            assert not docs & {obj["doc"] for _, obj in read_jsonl(path)}, path.name
    for r in dev + held:
        even = int(hashlib.sha1(r["doc"].encode()).hexdigest()[-1], 16) % 2 == 0
        assert r["part"] == ("dev9" if even else "heldout9") and "authors" in r


# --- a byline element when the metadata names nobody ----------------------------------------------------------

def test_by_led_meta_element_gives_the_author():
    art = _page('<p class="article__meta"> By <a href="/staff/odile-marchal">Odile Marchal</a> on Tuesday, '
                'March 5th, 2024 at 9:12 a.m.</p>')
    assert art.authors == ["Odile Marchal"]


def test_by_led_element_with_two_names_and_a_stamp():
    art = _page('<p class="meta"> By <a href="/s/1">Odile Marchal</a> , <a href="/s/2">Tariq Nasser</a> '
                '<span>on Tuesday, March 5th, 2024</span></p>')
    assert art.authors == ["Odile Marchal", "Tariq Nasser"]


def test_by_led_element_that_is_prose_gives_no_author():
    art = _page('<p class="note">By the end of the season the club hopes to double its members.</p>')
    assert art.authors == []


def test_contributors_element_gives_the_authors():
    art = _page('<div class="contributors">Odile Marchal, Tariq Nasser</div>')
    assert art.authors == ["Odile Marchal", "Tariq Nasser"]


def test_recipe_card_author_is_no_byline_element():
    from lxml import html as lxml_html

    from newsgraph.ingest.htmlpage import byline_elements

    tree = lxml_html.fromstring(
        '<html><body><article><h1>Oat bars</h1><p class="post-meta">By Odile Marchal</p><p>Story.</p>'
        '<div class="recipe-card"><div class="recipe-author"><span class="recipe-author-label">Author: </span>'
        '<a href="/about">Tariq Nasser</a></div></div></article></body></html>')
    assert byline_elements(tree) == [("byline", "By Odile Marchal")]


def test_names_in_capitals_joined_by_and():
    assert parse_byline("BY ODILE MARCHAL AND TARIQ NASSER").authors == ["Odile Marchal", "Tariq Nasser"]
    art = _page("<p>BY ODILE MARCHAL AND TARIQ NASSER</p>")
    assert art.authors == ["Odile Marchal", "Tariq Nasser"]
