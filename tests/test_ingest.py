"""newsgraph.ingest: readers, cleaning, language guess, bad-input handling, stable ids."""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from pathlib import Path

import pytest

from newsgraph.ingest import IngestOptions, Skip, clean_text, detect_language, iter_articles, make_article
from newsgraph.ingest.htmlpage import outlet_name
from newsgraph.datafile import DataFileError
from newsgraph.ingest.dates import BadDate, parse_published
from newsgraph.ingest.frontmatter import split_front_matter
from newsgraph.ingest.normalise import normalise_text
from newsgraph.ingest.patterns import load_patterns
from newsgraph.records import Article

FIX = Path(__file__).parent / "fixtures" / "ingest"
BATCH = FIX / "batch"
SEED = Path(__file__).resolve().parents[1].parent / "shared" / "examples" / "seed_article.txt"

ENGLISH = ("GENEVA — Negotiators from both countries met again on Tuesday to discuss a ceasefire along the "
           "disputed border, and officials said they expected the talks to continue for the rest of the week.")
BODY = ENGLISH.removeprefix("GENEVA — ")       # the stored body: the dateline is split off into dateline_place


def run(paths, **kw):
    notes = []
    items = list(iter_articles([str(p) for p in paths], on_note=notes.append, **kw))
    arts = [i for i in items if isinstance(i, Article)]
    skips = [i for i in items if isinstance(i, Skip)]
    return arts, skips, notes


def one(paths, **kw):
    arts, skips, notes = run(paths, **kw)
    assert len(arts) + len(skips) == 1, (arts, skips)
    return (arts[0] if arts else skips[0]), notes


# --- cleaning ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_raw() -> str:
    if not SEED.exists():
        pytest.skip("../shared/examples/seed_article.txt not available")
    return SEED.read_text(encoding="utf-8")


def test_seed_article_cleaning(seed_raw):
    art = make_article(seed_raw, published="2024-06-19", origin="seed")
    assert "Add new comment" not in art.text
    assert art.text.endswith("from Kim Il-sung Square.")
    caption = [ln for ln in seed_raw.splitlines() if ln.startswith("In a photograph provided by")]
    assert art.captions == caption
    assert caption[0].endswith("grandstands filled with people.")
    assert "walk down red carpeting" not in art.text
    # every other paragraph is kept, word for word and in order (curly quotes included)
    body_lines = [ln.strip() for ln in seed_raw.splitlines()
                  if ln.strip() and ln not in caption and ln.strip() != "Add new comment"]
    assert art.text.split("\n") == body_lines
    assert "“We greatly appreciate" in art.text
    assert art.published == dt.date(2024, 6, 19) and art.language == "en" and art.origin == "seed"


def test_boilerplate_glued_to_last_line_is_cut():
    text = ENGLISH + "\nHe later spoke from the old harbour wall.Add new comment"
    c = clean_text(text)
    assert c.text.endswith("the old harbour wall.")
    assert ("tr.comment", "Add new comment") in c.removed


def test_a_related_box_in_a_flattened_table_row_is_cut():
    story = ("| Harbour pilots ended their strike on Monday after the port raised their pay. Ferries sailed again "
             "by noon, the port said.")
    box = "Top stories Councillors voted to rebuild the old pier. A new bridge opens in May."
    c = clean_text(f"{story} {box} |")
    assert c.text == story + " |"
    assert ("box.related", box) in c.removed
    # outside a table row, or not after a sentence's end, the words are the story's
    prose = "The port said. Top stories of the week ran in the Harbour Times, the mayor said."
    assert clean_text(prose).text == prose
    row = "| The strike was among the top stories the paper ran that week, its editor said. |"
    assert clean_text(row).text == row


def test_caption_glued_to_a_sentence_is_split_off():
    cap = "In a photograph released by the palace, the two kings walk along the river bank."
    c = clean_text(f"{ENGLISH}\nCrowds lined the streets of Rabat.{cap}")
    assert c.captions == [cap]
    assert c.text.endswith("Crowds lined the streets of Rabat.")
    # with a space after the full stop it may be prose, and stays
    prose = "Crowds lined the streets. In a photo released by the army, soldiers stood guard."
    assert clean_text(prose).text == prose


@pytest.mark.parametrize("line", [
    "Add new comment", "Share this article", "Share on Facebook", "Facebook Twitter Email",
    "Subscribe to our newsletter", "Sign up for our daily newsletter.", "Related: Talks resume in Geneva",
    "Read more: Why the border matters", "READ MORE", "Advertisement", "Story continues below advertisement",
    "We use cookies to improve your experience. By continuing to browse you agree to our cookie policy.",
    "© 2024 Example News. All rights reserved.", "Follow us on X", "Image source, Getty Images",
    '[button link="https://example.org/tips" type="big"]Send us your tip[/button]',
    "quarta-feira, 5 de maio de 2021 às 14:05", "3. März 2021, 09:15", "Podcast: https://example.org/ep12",
    "More on the harbour: https://example.org/port and https://example.org/cranes",
    "Jane Roe and John Doe contributed reporting from Lima.", "Wire writer Ann Poe contributed to this report.",
    "Last modified: 04-05-2021 3:10pm", "Aktualisiert am 12.04.2021.", "Updated on May 4, 2021 at 10:15 am",
    "Tell us what you think: submit a letter to the editor to letters@example.org.",
    "Mehr Hafen-News? Melde dich hier für unseren wöchentlichen Newsletter an!",
    "READ MORE Talks resume in Geneva after a week", "ALSO READ Ferry fares rise again",
    "Share this:", "Teilen mit:", "Like this:", "Wird geladen …", "Loading...", "19:49", "3:59 PM",
    "Subscribe now to our digital edition for the full story.", "ANZEIGE - Heute Abend schon was vor?",
    "Werbung", "Zum Weiterlesen:", "Lesen Sie auch: Hafen bleibt bis April geschlossen", "Weitere Themen",
    "Mehr Artikel aus der Region", "Weitere Ausflugstipps",
    "Want the harbour news every morning? Sign up here", "Lesezeit: 3 Minuten", "PDF", "PDF (245 KB)",
    "Kommentare insgesamt:", "12 Kommentare", "Symbolbild", "Image d'illustration / Harbour Photo",
    "WATCH: Ferry crews walk off the job in Halifax", "VIDEO: Harbour cranes idle for a third day",
])
def test_boilerplate_lines_removed(line):
    c = clean_text(f"{ENGLISH}\n{line}\n{ENGLISH.replace('Tuesday', 'Wednesday')}")
    assert line not in c.text
    assert c.removed and c.removed[0][1] == line
    assert c.text.count("Negotiators") == 2


@pytest.mark.parametrize("line", [
    "The ministry declined to comment on the report.",
    "Officials urged residents to read more about the evacuation plan on the city website.",
    "Subscribers to the service were told the price would rise next year.",
    "Related talks on trade will take place in Brussels next month, the spokesman said.",
    "In a statement, the ministry said the photo had been taken in March.",
    "Photos of the meeting were shared widely on social media on Monday.",
    "Images, videos and documents from the raid were handed to prosecutors.",
    "The site uses cookies, the regulator found, and must now change its banner.",
    "Fotos der Sitzung wurden am Montag in sozialen Netzwerken geteilt.",
    "Use [brackets] for notes, the style guide says, and close them [like this].",
    "https://example.org/report-on-the-harbour",
    "Am 3. März 2021 stimmte der Rat dem Plan zu.",
    "Three agencies contributed to this report's findings, the ministry said on Monday.",
    "Der Rat hat den Plan am 3. März 2021 aktualisiert.",
    "Read more books, the minister told pupils at the harbour school on Monday.",
    "Watch: the ferry leaves at noon, the harbour master said.",
    "RELATEDNESS of the two cases was not proven, the court said.",
    "The newsletter of the dock workers' union was sent to members on Monday.",
    "Subscribers can read the full report on the union's website, the spokesman said on Monday.",
    "Weitere Themen waren der Hafen und die Fähren, sagte der Sprecher am Montag.",
    "Bewerten Sie die Lage im Hafen?",
    "Die Anzeige wurde am Montag bei der Polizei erstattet.",
    "At 19:49 the crane fell onto the pier, the report said.",
    "Residents were asked to sign up here at the town hall for the evacuation buses, the mayor said on Monday.",
    "The PDF of the report runs to 245 pages.",
    "Kommentare des Ministers wurden am Montag veröffentlicht.",
])
def test_prose_that_looks_like_boilerplate_is_kept(line):
    c = clean_text(f"{ENGLISH}\n{line}")
    assert line in c.text.split("\n")
    assert c.captions == []


@pytest.mark.parametrize("caption", [
    "Photo: Cranes stand idle at the terminal during the strike on Tuesday.",
    "Photograph: Soldiers patrol the border crossing.",
    "In this photo provided by the Kremlin press service, the two leaders shake hands.",
    "This photo released by the army shows a damaged bridge near the front line.",
    "Image caption, The two leaders met behind closed doors",
    "FILE - President Joe Biden speaks at the White House, Jan. 5, 2024.",
    "Vladimir Putin, right, and Kim Jong-un in Pyongyang, June 19, 2024. (AP Photo/Jae C. Hong)",
    "Rescue workers search the rubble in Kharkiv. Photograph: Sergey Bobok/AFP via Getty Images",
    "The two leaders at the airport. (Gavriil Grigorov, Sputnik, Kremlin Pool Photo via AP)",
    "Foto: Hafenkräne stehen während des Streiks still.", "Titelbild: Der Hafen am Morgen",
    "Crédits photos : Agence Exemple", "Imagen: Grúas en el puerto durante la huelga.",
    "Die Kräne stehen still. © Agentur / Hans Beispiel",
])
def test_captions_move_out_of_the_body(caption):
    c = clean_text(f"{ENGLISH}\n{caption}\n{ENGLISH}")
    assert c.captions == [caption]
    assert caption not in c.text


def test_long_share_bar_lines_are_handled():
    line = "Share " * 60 + "now"          # near-miss of the share-bar pattern: must not backtrack for ages
    c = clean_text(f"{ENGLISH}\n{line}\nShare | Tweet | Email")
    assert line.strip() in c.text and "Tweet" not in c.text


def test_normalisation_keeps_characters_and_drops_noise():
    raw = "“Quoted,” she said\u00a0 today —\u200b café.\r\n\r\n\r\n\tNext  paragraph\u00ad here.\r\n"
    assert normalise_text(raw) == "“Quoted,” she said today — café.\n\nNext paragraph here."
    assert normalise_text("itâ€™s a cafÃ© &amp; bar") == "it’s a café & bar"
    # cp1252 punctuation read as latin-1 is a C1 control: the character it stands for comes back
    assert normalise_text("KYIV (AP) \x97 He said \x93no\x94\x81.") == "KYIV (AP) — He said “no”."



def test_nel_is_the_cp1252_ellipsis_not_a_line_end():
    # "\x85" reaches us as cp1252's "…" read as latin-1; splitting the sentence there broke it in two
    assert normalise_text("The talks stalled\x85 and then resumed.") == "The talks stalled… and then resumed."
    assert normalise_text("one\u2028two\u2029three\x0bfour") == "one\ntwo\nthree\nfour"   # real line ends stay

def test_hard_wrapped_paragraphs_are_unwrapped():
    para = ("The minister said on Tuesday that the government would not\nchange its position on the "
            "treaty, despite pressure from\nopposition parties and from several neighbouring countries.\n")
    text = "\n".join([para] * 3)
    lines = normalise_text(text).split("\n")
    assert lines[0].startswith("The minister") and lines[0].endswith("neighbouring countries.")
    assert lines[1] == "" and len(lines) == 5


def test_make_article_ids_are_stable_and_hash_ignores_url():
    a1 = make_article(ENGLISH, url="https://a.example/x")
    a2 = make_article(ENGLISH + "\n\nShare this article", url="https://a.example/x")
    a3 = make_article(ENGLISH, url="https://b.example/y")
    assert a1.id == a2.id == Article.make_id(a1.text, "https://a.example/x")
    assert a3.id != a1.id and a3.content_hash == a1.content_hash == Article.make_content_hash(BODY)
    assert a1.text == BODY and a1.dateline_place == "Geneva"
    assert a1.ingested_at and dt.datetime.fromisoformat(a1.ingested_at).tzinfo is not None


def test_make_article_reads_front_matter():
    raw = f"---\ntitle: Talks\nsource: Wire\npublished: 2024-06-19\n---\n{ENGLISH}\n"
    art = make_article(raw)
    assert (art.title, art.source, art.published, art.text) == ("Talks", "Wire", dt.date(2024, 6, 19), BODY)
    assert make_article(raw, title="Given").title == "Given"
    assert make_article(raw).id == make_article(ENGLISH).id      # metadata does not change the id (no url)


def test_make_article_tolerates_bad_published():
    assert make_article(ENGLISH, published="not a date").published is None
    assert make_article(ENGLISH, published=dt.datetime(2024, 6, 19, 8)).published == dt.date(2024, 6, 19)


# --- front matter and dates ----------------------------------------------------------------------

def test_front_matter():
    meta, body, problems = split_front_matter(
        '---\ntitle: "A: quoted title"\nOutlet: Test Wire\nlink: https://x.test/a\ndate: 2024-06-19\n'
        'tags: [a, b]\n---\nBody line.\n')
    assert meta == {"title": "A: quoted title", "source": "Test Wire", "url": "https://x.test/a",
                    "published": "2024-06-19"}
    assert body == "Body line." and problems == []
    meta, body, problems = split_front_matter("---\ntitle: never closed\nBody text")
    assert meta == {} and body.startswith("---") and problems
    meta, body, problems = split_front_matter('+++\ntitle = "TOML style"\nnot a pair\n+++\nBody')
    assert meta == {"title": "TOML style"} and body == "Body" and "line 3" in problems[0]
    meta, body, problems = split_front_matter("---\ntitle: T\ntags:\n  - a\n  - b\n---\nBody")
    assert meta == {"title": "T"} and body == "Body" and problems == []
    prose = "---\nThe first paragraph sits between two rules.\n---\nThe second paragraph follows."
    assert split_front_matter(prose) == ({}, prose, [])
    assert "The first paragraph" in make_article(prose + " " + ENGLISH).text


@pytest.mark.parametrize("value,expected", [
    ("2024-06-19", dt.date(2024, 6, 19)), ("2024-06-19T23:10:00Z", dt.date(2024, 6, 19)),
    ("June 19, 2024", dt.date(2024, 6, 19)), ("Wed, 19 Jun 2024 10:00:00 GMT", dt.date(2024, 6, 19)),
    (1718791200, dt.date(2024, 6, 19)), (dt.date(2024, 6, 19), dt.date(2024, 6, 19)), ("", None), (None, None),
    ("05.06.2024", dt.date(2024, 6, 5)), ("06/05/2024", dt.date(2024, 6, 5)), ("2024-06-19 08:00", dt.date(2024, 6, 19)),
])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["sometime last week", "2024-13-45", "June 2024", "0001-01-01", True])
def test_parse_published_rejects(value):
    with pytest.raises(BadDate):
        parse_published(value)


# --- language ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    (ENGLISH, "en"),
    ("Le gouvernement a annoncé mardi une série de mesures pour soutenir les agriculteurs touchés par la sécheresse.", "fr"),
    ("Die Regierung hat am Dienstag neue Maßnahmen angekündigt, um die Landwirte in der Dürre zu unterstützen.", "de"),
    ("El Gobierno anunció el martes una serie de medidas para apoyar a los agricultores afectados por la sequía.", "es"),
    ("Il governo ha annunciato martedì una serie di misure per sostenere gli agricoltori colpiti dalla siccità.", "it"),
    ("O governo anunciou na terça-feira uma série de medidas para apoiar os agricultores afetados pela seca.", "pt"),
    ("Правительство во вторник объявило о мерах по поддержке фермеров, которые пострадали от засухи.", "ru"),
    ("政府周二宣布了一系列措施，以支持受干旱影响的农民。", "zh"),
    ("政府は火曜日、干ばつの影響を受けた農家を支援するための対策を発表した。", "ja"),
    ("정부는 화요일 가뭄 피해 농민을 지원하기 위한 대책을 발표했다.", "ko"),
    ("أعلنت الحكومة يوم الثلاثاء عن سلسلة من الإجراءات لدعم المزارعين المتضررين من الجفاف.", "ar"),
    # Languages that were left undetermined (so kept and parsed as English) before their tables had rows
    ("Vyriausybė pirmadienį pranešė, kad ministras lankysis uoste ir susitiks su ūkininkais, nes jie jau seniai "
     "prašo paramos.", "lt"),
    ("Sinabi ng alkalde na ang mga residente ay hindi dapat lumabas ng bahay dahil sa malakas na ulan, at "
     "nagbigay siya ng pagkain sa mga pamilya.", "tl"),
    ("સરકારે સોમવારે જાહેરાત કરી કે શહેરમાં નવી શાળાઓ ખોલવામાં આવશે.", "gu"),
    ("Vlada je u utorak objavila da će ministar posjetiti luku i da se sastati s poljoprivrednicima koji "
     "već dugo traže pomoć.", "hr"),
])
def test_detect_language(text, code):
    assert detect_language(text).code == code


def test_english_with_foreign_quotes_stays_english():
    text = ENGLISH + " The banner read “Нет войне” and “Paix maintenant”, witnesses said."
    assert detect_language(text).code == "en"


@pytest.mark.parametrize("given,outlet", [
    ("Copyright, 2019, 2020 The Valley Ledger, Inc.", "The Valley Ledger, Inc."),
    ("© 2018-2024 Harbour Times. All rights reserved.", "Harbour Times"),
    ("(c) 2021 Northern Courier", "Northern Courier"),
    ("Copyright 2022", None),
    ("The Copyright Review", "The Copyright Review"),
    ("Harbour Times", "Harbour Times"),
    (None, None),
])
def test_outlet_name_drops_a_copyright_notice(given, outlet):
    assert outlet_name(given) == outlet


# --- readers -------------------------------------------------------------------------------------------

def test_plain_text_with_front_matter():
    art, notes = one([BATCH / "article.txt"])
    assert art.title == "Port workers end strike after wage deal in Rotterdam"
    assert (art.source, art.url, art.published) == ("Test Harbour Times", "https://example.test/rotterdam-strike",
                                                     dt.date(2024, 5, 2))
    assert art.text.startswith("Dock workers") and "---" not in art.text and art.dateline_place == "Rotterdam"
    assert art.captions == ["Photo: Cranes stand idle at the Maasvlakte terminal during the strike on Tuesday."]
    assert "Share this article" not in art.text and notes == []


def test_html_page():
    art, _ = one([BATCH / "sub" / "page.html"])
    assert art.title == "Ministers agree fishing quotas after all-night talks"
    assert art.published == dt.date(2024, 3, 18)
    assert art.url == "https://courier.example.test/2024/03/18/fishing-quotas"
    assert art.source == "Test Coast Courier"
    assert art.text.startswith("Fisheries ministers") and art.dateline_place == "Brussels"
    assert "“Nobody got everything they wanted" in art.text
    for junk in ("Great news for the coastal towns", "All rights reserved", "Subscribe", "Business", "Ostend"):
        assert junk not in art.text
    assert art.captions == ["Fishing boats moored in the harbour of Ostend on Sunday, before the talks began."]


def test_gzipped_html(tmp_path):
    gz = tmp_path / "page.html.gz"
    gz.write_bytes(gzip.compress((BATCH / "sub" / "page.html").read_bytes()))
    art, _ = one([gz])
    assert art.title == "Ministers agree fishing quotas after all-night talks"
    bad = tmp_path / "broken.html.gz"
    bad.write_bytes(gzip.compress(b"<html>" * 100)[:20])
    skip, _ = one([bad])
    assert skip.kind == "unreadable" and "cannot read" in skip.reason


def test_malformed_html_is_read_best_effort(tmp_path):
    p = tmp_path / "broken.html"
    p.write_text(f"<html><body><div><p>{ENGLISH}<p><b>{ENGLISH.replace('Tuesday', 'Friday')}</div></span>",
                 encoding="utf-8")
    art, _ = one([p])
    assert "Negotiators from both countries" in art.text and "Friday" in art.text


def test_year_in_the_prose_is_no_publication_date(tmp_path):
    """A page without date markup that mentions a year ("in 2000") gets no published date (htmldate's
    text search would say 2000-01-01); a January 1st given in the page's metadata is kept."""
    body = (f"<p>{ENGLISH}</p><p>The minister, who first held talks with his counterpart in 2000, "
            "said relations had improved a great deal since then.</p>")
    p = tmp_path / "undated.html"
    p.write_text(f"<html><head><title>Talks</title></head><body><article>{body}</article></body></html>",
                 encoding="utf-8")
    art, _ = one([p])
    assert "in 2000" in art.text and art.published is None
    p = tmp_path / "dated.html"
    p.write_text('<html><head><title>Talks</title><meta property="article:published_time" '
                 f'content="2024-01-01T09:00:00Z"></head><body><article>{body}</article></body></html>',
                 encoding="utf-8")
    art, _ = one([p])
    assert art.published == dt.date(2024, 1, 1)


def test_html_without_article_text_is_skipped():
    skip, _ = one([BATCH / "sub" / "blank-page.html"])
    assert isinstance(skip, Skip) and skip.kind in ("extraction", "too-short")


def test_jsonl_good_and_bad_lines():
    arts, skips, notes = run([BATCH / "records.jsonl"])
    base = str(BATCH / "records.jsonl")
    assert [a.origin for a in arts] == [f"{base}:1", f"{base}:6"]
    assert arts[0].title == "Floods force 200,000 from homes in Bangladesh" and arts[0].source == "Wire One"
    assert arts[0].published == dt.date(2024, 6, 19)
    reasons = {s.origin: s.reason for s in skips}
    assert reasons[f"{base}:2"].startswith("malformed JSON on line 2")
    assert reasons[f"{base}:3"] == "line 3 is not a JSON object (list)"
    assert reasons[f"{base}:4"].startswith("no text field")
    assert len(skips) == 3                       # the blank line 5 is not an input
    # a bad published value keeps the article, without a date, and says so
    assert arts[1].published is None
    assert any(n.origin == f"{base}:6" and "sometime last week" in n.message for n in notes)


def test_json_list_and_html_field(tmp_path):
    p = tmp_path / "items.json"
    html = (BATCH / "sub" / "page.html").read_text(encoding="utf-8")
    p.write_text(json.dumps([{"body": ENGLISH, "headline": "Talks go on", "date": "2024-01-02"},
                             {"html": html, "source": "My Feed"}, "junk"]), encoding="utf-8")
    arts, skips, _ = run([p])
    assert arts[0].title == "Talks go on" and arts[0].published == dt.date(2024, 1, 2)
    assert arts[1].source == "My Feed" and arts[1].dateline_place == "Brussels"
    assert [s.origin for s in skips] == [f"{p}[2]"]


def test_csv_rows_with_multiline_fields():
    arts, skips, _ = run([BATCH / "sub" / "rows.csv"])
    base = str(BATCH / "sub" / "rows.csv")
    assert skips == []
    assert [a.origin for a in arts] == [f"{base}:2", f"{base}:5"]
    first, second = arts
    assert first.title == "Chile and Argentina sign border accord" and first.source == "South Desk"
    assert first.published == dt.date(2024, 2, 12)
    assert first.text.split("\n")[-1] == "The accord also sets up a joint commission to monitor the glaciers, officials said."
    assert second.published is None and second.source is None


def test_csv_without_text_column(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("title,url\nA,https://x.test\n", encoding="utf-8")
    skip, _ = one([p])
    assert skip.kind == "no-text" and "no text column" in skip.reason


def test_csv_with_semicolons(tmp_path):
    p = tmp_path / "excel.csv"
    p.write_bytes(f'\ufeffTitle;Text;Published\nTalks;"{ENGLISH}";19.06.2024\n'.encode("utf-8"))
    art, notes = one([p])
    assert art.title == "Talks" and art.text == BODY
    assert art.published == dt.date(2024, 6, 19)


def test_tsv(tmp_path):
    p = tmp_path / "x.tsv"
    p.write_text(f"text\ttitle\n{ENGLISH}\tTalks\n", encoding="utf-8")
    art, _ = one([p])
    assert art.title == "Talks" and art.text == BODY


def test_a_text_field_that_is_not_text_is_named_in_json_words():
    lines = "\n".join(json.dumps({"text": v, "title": "x"}) for v in (42, 4.2, {"b": 1}, True, ["a", 1]))
    _, skips, _ = run(["-"], stdin=lines + "\n")
    assert [s.reason for s in skips] == [f"text field is {k}, not a string" for k in
                                         ("a number", "a number", "an object", "true or false",
                                          "an array that is not all strings")]


def test_stdin_text_bytes_and_jsonl():
    art, _ = one(["-"], stdin=io.StringIO(f"---\ntitle: From a pipe\n---\n{ENGLISH}\n"), published="2024-06-19")
    assert art.origin == "<stdin>" and art.title == "From a pipe" and art.published == dt.date(2024, 6, 19)
    art, _ = one(["-"], stdin=io.BytesIO(ENGLISH.encode("utf-8")))
    assert art.text == BODY
    lines = "\n".join(json.dumps({"text": ENGLISH.replace("Tuesday", d), "title": d}) for d in ("Monday", "Friday"))
    arts, skips, _ = run(["-"], stdin=lines + "\n{oops\n")
    assert [a.title for a in arts] == ["Monday", "Friday"]
    assert [(s.origin, s.kind) for s in skips] == [("<stdin>:3", "malformed")]
    skip, _ = one(["-"], stdin=b"\x00\x01\x02binary")
    assert skip.reason == "binary file"


def test_warc_pages():
    arts, skips, notes = run([FIX / "crawl.warc.gz"])
    assert skips == [] and len(arts) == 1
    art = arts[0]
    assert art.origin == f"{FIX / 'crawl.warc.gz'}#2"
    assert art.url == "https://courier.example.test/2024/03/18/fishing-quotas"
    assert art.title == "Ministers agree fishing quotas after all-night talks"
    assert [n.message for n in notes] == [
        "3 WARC record(s) that are not HTML pages ignored (requests, metadata, media, redirects)"]
    # the same archive on standard input
    art2, _ = one(["-"], stdin=io.BytesIO((FIX / "crawl.warc.gz").read_bytes()))
    assert art2.id == art.id and art2.origin == "<stdin>#2"


def test_not_a_warc(tmp_path):
    p = tmp_path / "bad.warc"
    p.write_bytes(b"this is not an archive at all\n" * 3)
    skip, _ = one([p])
    assert skip.kind == "malformed" and "not a WARC" in skip.reason


def test_corrupt_warc_record_does_not_stop_the_batch(tmp_path):
    p = tmp_path / "corrupt.warc"
    p.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\n")
    arts, skips, _ = run([p, BATCH / "article.txt"])
    assert [a.title for a in arts] == ["Port workers end strike after wage deal in Rotterdam"]
    assert len(skips) == 1 and skips[0].origin.startswith(str(p)) and skips[0].kind == "malformed"


def test_rss_feed_entries():
    arts, skips, _ = run([FIX / "feed.xml"])
    base = str(FIX / "feed.xml")
    assert [a.origin for a in arts] == [f"{base}#1"]
    art = arts[0]
    assert (art.title, art.url, art.source, art.published) == (
        "Rail strike halts trains across Belgium", "https://feed.example.test/belgium-rail-strike",
        "Test Feed Wire", dt.date(2024, 3, 5))
    assert art.text.split("\n")[1].startswith("Unions said the government")
    assert [(s.origin, s.kind) for s in skips] == [(f"{base}#2", "too-short")]


def test_xml_that_is_not_a_feed(tmp_path):
    p = tmp_path / "config.xml"
    p.write_text("<?xml version='1.0'?><config><a>1</a></config>", encoding="utf-8")
    skip, _ = one([p])
    assert skip.kind == "unsupported"


def test_stdin_missing_or_gzipped():
    skip, _ = one(["-"], stdin=io.StringIO(""))
    assert skip.reason == "empty"
    art, _ = one(["-"], stdin=gzip.compress(ENGLISH.encode("utf-8")))
    assert art.text == BODY


def test_cyrillic_single_byte_encoding(tmp_path):
    p = tmp_path / "ru.txt"
    p.write_bytes((BATCH / "russian.txt").read_text(encoding="utf-8").encode("cp1251"))
    skip, notes = one([p])
    assert skip.reason == "non-English (detected: ru)"
    assert [n.message for n in notes] == ["not valid UTF-8; decoded as cp1251"]


# --- bad input -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name,kind,reason", [
    ("empty.txt", "empty", "empty"),
    ("whitespace.txt", "empty", "empty"),
    ("blob.bin", "binary", "binary file"),
    ("short.txt", "too-short", "too short: 5 words (minimum 15)"),
    ("french.txt", "language", "non-English (detected: fr)"),
    ("russian.txt", "language", "non-English (detected: ru)"),
])
def test_bad_inputs_are_skipped_with_reason(name, kind, reason):
    skip, _ = one([BATCH / name])
    assert isinstance(skip, Skip)
    assert (skip.origin, skip.kind, skip.reason) == (str(BATCH / name), kind, reason)


@pytest.mark.parametrize("name,data", [
    ("a.jsonl", b""), ("b.jsonl", b"\n\n"), ("c.csv", b"text,title\n"), ("d.csv", b""), ("e.html", b""),
    ("f.json", b"[]"), ("g.warc", b""), ("h.rss", b"<rss><channel><title>x</title></channel></rss>"),
    ("i.txt.gz", gzip.compress(b"")),
])
def test_files_without_articles_are_reported(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    skip, _ = one([tmp_path])
    assert isinstance(skip, Skip) and skip.origin == str(tmp_path / name) and skip.kind == "empty"


def test_legacy_encoding_is_decoded_and_noted():
    art, notes = one([BATCH / "latin1.txt"])
    assert art.text.startswith("The owner of a small café in Montréal’s Old Port")
    assert art.dateline_place == "Montréal"          # the decoded dateline is read as one (any Latin letters)
    assert [n.message for n in notes] == ["not valid UTF-8; decoded as cp1252"]


def test_binary_disguised_as_text(tmp_path):
    p = tmp_path / "looks.txt"
    p.write_bytes(bytes(range(1, 32)) * 50)
    skip, _ = one([p])
    assert skip.reason == "binary file"


def test_huge_document(tmp_path):
    p = tmp_path / "huge.txt"
    p.write_text((ENGLISH + "\n") * 6000, encoding="utf-8")
    assert len(p.read_text(encoding="utf-8")) > 1_000_000
    skip, _ = one([p])
    assert skip.kind == "too-large" and "limit 150,000 characters, NEWSGRAPH_MAX_TEXT_CHARS" in skip.reason
    art, _ = one([p], options=IngestOptions(max_chars=2_000_000, max_lines=10_000, max_tokens=1_000_000))
    assert isinstance(art, Article) and len(art.text) > 1_000_000 and art.text.startswith(BODY)
    skip, _ = one([BATCH / "article.txt"], options=IngestOptions(max_chars=100))
    assert skip.kind == "too-large"
    skip, _ = one([BATCH / "article.txt"], options=IngestOptions(max_file_bytes=100))
    assert skip.kind == "too-large" and "bytes" in skip.reason
    # a JSONL record is checked on its own
    p = tmp_path / "big.jsonl"
    p.write_text(json.dumps({"text": ENGLISH}) + "\n" + json.dumps({"text": ENGLISH * 10}) + "\n", encoding="utf-8")
    arts, skips, _ = run([p], options=IngestOptions(max_chars=1000))
    assert len(arts) == 1 and [(s.origin, s.kind) for s in skips] == [(f"{p}:2", "too-large")]


def test_missing_path_and_unsupported_file():
    skip, _ = one([BATCH / "does-not-exist.txt"])
    assert (skip.kind, skip.reason) == ("missing", "no such file or directory")
    # named explicitly, an unknown extension is read as text; inside a directory it is reported
    item, _ = one([BATCH / "stray.cfg"])
    assert isinstance(item, Article) and item.text.startswith("[settings]")


def test_duplicates_within_a_batch():
    arts, skips, _ = run([BATCH / "article.txt", BATCH / "dup.txt", BATCH / "article.txt"])
    assert len(arts) == 1
    assert [s.reason for s in skips] == [f"duplicate of {arts[0].id}"] * 2
    arts, skips, _ = run([BATCH / "article.txt", BATCH / "dup.txt"], options=IngestOptions(dedup=False))
    assert len(arts) == 2 and arts[0].content_hash == arts[1].content_hash and arts[0].id != arts[1].id


def test_command_line_defaults_fill_only_missing_metadata():
    arts, _, _ = run([BATCH / "article.txt", BATCH / "records.jsonl"], published="2023-01-01", source="CLI")
    by_origin = {a.origin: a for a in arts}
    art = by_origin[str(BATCH / "article.txt")]
    assert (art.published, art.source) == (dt.date(2024, 5, 2), "Test Harbour Times")
    kenya = by_origin[f"{BATCH / 'records.jsonl'}:6"]           # bad date in the record: the default applies
    assert (kenya.published, kenya.source) == (dt.date(2023, 1, 1), "CLI")
    with pytest.raises(ValueError, match="published"):
        run([BATCH / "article.txt"], published="next tuesday-ish")


def test_same_input_same_ids():
    first = [a.id for a in run([BATCH])[0]]
    second = [a.id for a in run([BATCH])[0]]
    assert first == second and len(set(first)) == len(first)


def test_directory_accounts_for_every_file():
    arts, skips, notes = run([BATCH])
    origins = [i.origin for i in arts + skips]
    files = sorted(str(p) for p in BATCH.rglob("*") if p.is_file() and not p.name.startswith("."))
    for f in files:
        assert any(o == f or o.startswith(f + ":") for o in origins), f"{f} was lost silently"
    assert not any(".hidden" in o for o in origins)
    got = sorted((Path(s.origin).relative_to(BATCH).as_posix(), s.kind) for s in skips)
    assert got == [("blob.bin", "binary"), ("dup.txt", "duplicate"), ("empty.txt", "empty"),
                   ("french.txt", "language"), ("records.jsonl:2", "malformed"), ("records.jsonl:3", "malformed"),
                   ("records.jsonl:4", "no-text"), ("russian.txt", "language"), ("short.txt", "too-short"),
                   ("stray.cfg", "unsupported"), ("sub/blank-page.html", got[-2][1]), ("whitespace.txt", "empty")]
    assert got[-2][1] in ("extraction", "too-short")      # trafilatura finds nothing, or only "Home"
    assert sorted(n.origin for n in notes) == [str(BATCH / ".hidden.txt"), str(BATCH / "latin1.txt"),
                                               f"{BATCH / 'records.jsonl'}:6"]   # the hidden file: not read, noted
    titles = {a.title for a in arts}
    assert {"Port workers end strike after wage deal in Rotterdam", "Floods force 200,000 from homes in Bangladesh",
            "Ministers agree fishing quotas after all-night talks", "Chile and Argentina sign border accord"} <= titles
    assert len(arts) == 7
    # sorted, recursive order: files of the top directory first, then sub/
    assert [a.origin for a in arts] == sorted([a.origin for a in arts], key=lambda o: ("/sub/" in o, o))


def test_sample_corpus_ingests_cleanly():
    corpus = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "corpus"
    arts, skips, _ = run([corpus])
    assert skips == [] and len(arts) >= 7
    assert all(a.title and a.source and a.published and a.url for a in arts)
    assert not any("Share this article" in a.text or "Add new comment" in a.text for a in arts)


# --- pattern file ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("row,message", [
    ("x.1,line,i,(unclosed,bad", "bad regular expression"),
    ("x.1,sideways,i,abc,bad", "unknown kind"),
    ("x.1,line,q,abc,bad", "unknown flags"),
    ("bp.ad,line,i,abc,dup", "duplicate id"),
    ("x.1,line,i", "expected 5 fields"),
])
def test_pattern_file_errors_name_file_and_line(tmp_path, row, message):
    p = tmp_path / "bp.csv"
    p.write_text("id,kind,flags,pattern,note\n# comment\nbp.ad,line,i,advertisement,ok\n" + row + "\n",
                 encoding="utf-8")
    with pytest.raises(DataFileError, match=message) as err:
        load_patterns(p)
    assert str(err.value).startswith(f"{p}:4:")


# --- extraction eval scoring (newsgraph.eval.extraction) ---------------------------------------------------

def test_extraction_shingle_scoring():
    from newsgraph.eval.extraction import aggregate, page_counts

    assert page_counts("a b c d e", "a b c d") == (0.5, 0.0, 0.5)        # 1 shared shingle, 1 missed
    assert page_counts("a b c d", "a b c d x") == (0.5, 0.5, 0.0)
    assert page_counts("", "") == (0.0, 0.0, 0.0)
    assert page_counts("one two", "one two") == (1.0, 0.0, 0.0)          # short texts are one shingle
    assert page_counts("Same words here now", "same words here now")[0] == 0.0   # case is kept
    pages = [page_counts("a b c d e", "a b c d"), page_counts("w x y z", "w x y z"), page_counts("p q r s", "")]
    p, r, f = aggregate(pages)
    assert p == pytest.approx(1.0)                     # the empty prediction has no precision to average
    assert r == pytest.approx((0.5 + 1.0 + 0.0) / 3)
    assert f == pytest.approx(2 * p * r / (p + r))


@pytest.mark.slow
def test_extraction_suite_runs_on_shared_data():
    from newsgraph.eval import default_data_dir
    from newsgraph.eval.extraction import zyte_suite

    root = default_data_dir()
    if not (root / "extraction" / "article-extraction-benchmark").is_dir():
        pytest.skip("../shared/eval/extraction not available")
    res = zyte_suite(root, {"limit": "5"})
    assert res.n == 5 and 0.0 <= res.precision <= 1.0 and 0.0 <= res.recall <= 1.0
    assert res.f1 > 0.5                                 # trafilatura + cleaning finds the article bodies


def test_rule_table_header_is_checked(tmp_path):
    from newsgraph.datafile import read_rows

    p = tmp_path / "t.csv"
    p.write_text("# comment\nid,lang\nsw.x,xx\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"t\.csv:2: missing column\(s\) words"):
        list(read_rows(p, required=("lang", "words")))
    p.write_text("id,lang,words\nsw.x,,a b\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"t\.csv:2: empty 'lang'"):
        list(read_rows(p, required=("lang", "words")))
