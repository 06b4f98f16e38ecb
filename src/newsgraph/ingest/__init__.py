"""newsgraph.ingest: raw inputs (txt, html, jsonl, json, csv/tsv, warc, rss/atom, directories, stdin)
-> clean `Article`s. Nothing bad is dropped silently: every unusable input comes back as a `Skip`.

    from newsgraph.ingest import iter_articles, make_article, Skip
    for item in iter_articles(["corpus/", "-"], published="2024-06-19"):
        ...  # Article, or Skip(origin, reason, kind) for an input that is not used

Modules: readers (formats -> RawDoc), decode (bytes -> text), frontmatter, htmlpage (trafilatura),
warc, feeds, normalize + clean (text -> body + captions), language (offline guess), dates,
skips (Skip/Note/IngestOptions), batch (checks + in-batch duplicates), patterns (rule tables
in data/ingest/: boilerplate.csv, stopwords.csv, language_scripts.csv).
"""
from newsgraph.ingest.batch import build_article, iter_articles
from newsgraph.ingest.clean import Cleaned, clean_text, make_article
from newsgraph.ingest.language import LanguageGuess, detect_language
from newsgraph.ingest.skips import IngestOptions, Note, Skip

__all__ = ["Cleaned", "IngestOptions", "LanguageGuess", "Note", "Skip", "build_article", "clean_text",
           "detect_language", "iter_articles", "make_article"]
