"""newsgraph.ingest: raw inputs (txt, html, jsonl, json, csv/tsv, warc, rss/atom, directories, stdin)
-> clean `Article`s, and the ingest service that stores them. Nothing bad is dropped silently: every
unusable input comes back as a `Skip`.

    from newsgraph.ingest import iter_articles, make_article, Skip
    for item in iter_articles(["corpus/", "-"], published="2024-06-19"):
        ...  # Article, or Skip(origin, reason, kind) for an input that is not used
    IngestService(store).run(iter_articles(paths))      # what `newsgraph ingest` and POST /api/ingest do

Reading: readers (formats -> RawDoc), decode (bytes -> text), frontmatter, htmlpage (trafilatura, plus
the page's byline elements), blocks (boilerplate from page structure), pubdate (publication day and its
source), warc, feeds. Cleaning: normalise + clean (boilerplate lines, captions), dateline + byline
(dateline, bylines and agency split off the top of the body), language (offline guess), dates.
Checks and storing: checks (every per-article check, in one place), batch (raw -> Article or Skip),
service (duplicates, batches, failure isolation, ingest log, summary), skips (Skip/Note/IngestOptions),
patterns (rule tables in data/ingest/: boilerplate.csv, containers.csv, agencies.csv,
agency_dateline_forms.csv, byline_words.csv, stopwords.csv, language_scripts.csv).
"""
from newsgraph.ingest.batch import build_article, iter_articles
from newsgraph.ingest.clean import Cleaned, clean_text, make_article
from newsgraph.ingest.language import LanguageGuess, detect_language
from newsgraph.ingest.skips import IngestOptions, Note, Skip

__all__ = ["Cleaned", "IngestOptions", "LanguageGuess", "Note", "Skip", "build_article", "clean_text",
           "detect_language", "iter_articles", "make_article"]
