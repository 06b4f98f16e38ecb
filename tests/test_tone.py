"""Document tone (GDELT's AvgTone scale): % positive words minus % negative words, from VADER's lexicon,
with negators flipping the next words of their sentence. The "tone" stage fills Article.tone and the
store keeps it."""
from __future__ import annotations

import pytest

from newsgraph.pipeline import DEFAULT_STAGES, Pipeline
from newsgraph.records import Article
from newsgraph.tone import document_tone, tone_counts


def test_counts_follow_the_gdelt_definition(nlp):
    c = tone_counts(nlp("The ministers welcomed the agreement and praised the talks."))
    assert (c.words, c.positive, c.negative) == (9, 3, 0)
    assert c.tone == pytest.approx(100 * 3 / 9, abs=1e-3)


def test_conflict_reads_negative_and_cooperation_positive(nlp):
    assert document_tone(nlp("Gunmen attacked a market, killing nine people and wounding dozens.")) < -10
    assert document_tone(nlp("Both sides hailed the ceasefire as a hopeful step toward lasting peace.")) > 10
    assert document_tone(nlp("The committee meets on Tuesday in the capital.")) == 0.0


def test_a_negator_flips_the_words_after_it_within_its_sentence(nlp):
    assert tone_counts(nlp("The mission was successful.")).positive == 1
    flipped = tone_counts(nlp("The mission was not successful."))
    assert (flipped.positive, flipped.negative) == (0, 1)
    assert tone_counts(nlp("They didn't welcome it.")).negative == 1      # spaCy's "n't" token
    # a negator ending the previous sentence does not reach into the next one
    assert tone_counts(nlp("He said never. Success followed.")).positive == 1


def test_tone_stays_in_range_and_empty_text_is_neutral(nlp):
    assert document_tone(nlp("Terrible, horrible, awful disaster.")) == -100.0
    assert document_tone(nlp("")) == 0.0
    assert document_tone(nlp("2024 - 12 / 7")) == 0.0        # no words at all


def test_the_tone_stage_fills_the_article_and_the_store_keeps_it(tmp_path):
    from newsgraph.store import open_store

    assert "tone" in DEFAULT_STAGES
    text = "Leaders condemned the deadly attack on the convoy and vowed revenge."
    analysis = Pipeline().analyse(Article(id=Article.make_id(text, None), text=text))
    assert analysis.article.tone is not None and -100 <= analysis.article.tone < 0
    with open_store(tmp_path / "t.duckdb") as store:
        store.write([analysis])
        assert store.query("SELECT tone FROM articles")[0]["tone"] == pytest.approx(analysis.article.tone)


def test_a_pipeline_without_the_tone_stage_leaves_tone_unset():
    text = "Leaders praised the deal."
    analysis = Pipeline(stage_names=("geo", "actors")).analyse(Article(id=Article.make_id(text, None), text=text))
    assert analysis.article.tone is None
