"""The attribute ruler answered from a table (nlp/attribute_table.py) must set exactly what the model's own
attribute ruler sets: tag, POS, morphology, lemma and dependency label of every token."""
from __future__ import annotations

import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, TAG

from newsgraph.bench import sample_articles
from newsgraph.nlp import load_nlp
from newsgraph.nlp.attribute_table import COMPONENT, TableAttributeRuler
from newsgraph.nlp.model import STOCK_RULER, shipped_ruler

# Our own sentences; the first ones reach the ruler's two-token patterns ("ai n't", "gon na", "let 's",
# "c'm on", "y' all", "there is") and its dependency-dependent ones ("it" as subject and object, "but" as
# an adverb, determiners used as pronouns, auxiliaries, "had" as a main verb).
SENTENCES = [
    "I ai n't sure they're gonna sign it, but let's see. C'mon, y'all know there is no deal.",
    "There are two sides and there's a third. It was all but over when they had it.",
    "That is what those who left did: they did not wait.\n\n   \n Which one? This.",
    "The ministers, who had met twice, said that neither could accept it; I told you so.",
]
_COLUMNS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD]


def _annotations(docs) -> list[list[tuple]]:
    return [[tuple(row) + (str(tok.morph),) for row, tok in zip(d.to_array(_COLUMNS).tolist(), d)] for d in docs]


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_load_nlp_runs_the_table_in_place_of_the_stock_ruler(nlp):
    assert COMPONENT in nlp.pipe_names and STOCK_RULER not in nlp.pipe_names
    assert nlp.pipe_names.index(COMPONENT) == nlp.pipe_names.index("parser") + 1
    with shipped_ruler(nlp):
        assert STOCK_RULER in nlp.pipe_names and COMPONENT not in nlp.pipe_names
    assert COMPONENT in nlp.pipe_names and STOCK_RULER not in nlp.pipe_names


def test_table_sets_what_the_stock_ruler_sets(nlp):
    texts = SENTENCES + [a.text for a in sample_articles()]
    table = list(nlp.pipe(texts))
    with shipped_ruler(nlp):
        stock = list(nlp.pipe(texts))
    assert sum(len(d) for d in stock) > 5000
    assert _annotations(table) == _annotations(stock)
    first = {t.text: t.lemma_ for t in table[0]}
    assert (first["ai"], first["na"], first["'s"], first["y'"]) == ("be", "to", "us", "you")


def test_two_token_patterns_apply_only_to_the_whole_sequence(nlp):
    """'na' and "'s" get their lemmas from the pattern only after 'gon' and 'let'."""
    ruler = TableAttributeRuler(nlp.get_pipe(STOCK_RULER))
    skip = ["attribute_ruler", COMPONENT, "lemmatizer", "ner"]
    texts = ["We are gon na win.", "The na was loud.", "Let 's go.", "It 's late."]
    with_table = [ruler(d) for d in nlp.pipe(texts, disable=skip)]
    stock = nlp.get_pipe(STOCK_RULER)
    with_stock = [stock(d) for d in nlp.pipe(texts, disable=skip)]
    assert _annotations(with_table) == _annotations(with_stock)
    assert with_table[0][3].lemma_ == "to" and with_table[1][1].lemma_ != "to"


def test_patterns_the_table_cannot_answer_are_refused(nlp):
    from spacy.pipeline import AttributeRuler

    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "new"}, {"IS_TITLE": True, "OP": "+"}]], {"LEMMA": "new"})
    assert not TableAttributeRuler.supports(ruler)
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"POS": "NOUN"}]], {"LEMMA": "x"})     # POS is set by the ruler itself: not in the key
    assert not TableAttributeRuler.supports(ruler)
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "ai"}, {"LOWER": "n't"}]], {"LEMMA": "be"})
    assert TableAttributeRuler.supports(ruler)


def test_a_full_table_starts_afresh_with_the_same_results(nlp, monkeypatch):
    import newsgraph.nlp.attribute_table as table_mod

    monkeypatch.setattr(table_mod, "_TABLE_MAX", 20)
    ruler = TableAttributeRuler(nlp.get_pipe(STOCK_RULER))
    skip = ["attribute_ruler", COMPONENT, "lemmatizer", "ner"]
    with_table = [ruler(d) for d in nlp.pipe(SENTENCES * 2, disable=skip)]
    assert len(ruler.table) <= 20 + max(len(d) for d in with_table)
    stock = nlp.get_pipe(STOCK_RULER)
    assert _annotations(with_table) == _annotations([stock(d) for d in nlp.pipe(SENTENCES * 2, disable=skip)])
