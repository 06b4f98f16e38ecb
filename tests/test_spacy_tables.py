"""The attribute ruler and the lemmatizer answered from tables (nlp/attribute_table.py, nlp/lemma_table.py)
must set exactly what the model's own components set: tag, POS, morphology, lemma and dependency label of
every token."""
from __future__ import annotations

import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, TAG

from newsgraph.bench import sample_articles
from newsgraph.nlp import load_nlp
from newsgraph.nlp import (appositions, audience_clauses, force_verbs, fronted_days, hyphen_verbs, inverted_speakers,
                           lemma_fixes, lemma_table, moving_participles, naming_objects, parenthetical_participles,
                           past_forms, possessed_subjects, quote_conjuncts, relative_conjuncts, tense_conjuncts,
                           trailing_reporters, verbless_roots)
from newsgraph.nlp.attribute_table import COMPONENT, TableAttributeRuler
from newsgraph.nlp.model import STOCK_RULER, shipped_components

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


def test_load_nlp_runs_the_tables_in_place_of_the_stock_components(nlp):
    tables, stock = [COMPONENT, lemma_table.COMPONENT], [STOCK_RULER, lemma_table.STOCK]
    # the verb lemma fixes run last either way (session 21), then the hyphenated verbs' tags (session 41 vio45)
    last = ["ner", lemma_fixes.COMPONENT, hyphen_verbs.COMPONENT]
    repairs = [appositions.COMPONENT, quote_conjuncts.COMPONENT,    # parse repairs after the parser (session 31)
               force_verbs.COMPONENT,                               # (hyphenated verbs of force, session 41 left45)
               verbless_roots.COMPONENT,                            # (a verb read as an adjective, session 41 lead)
               naming_objects.COMPONENT,                            # (a label swapped with its object, session 42)
               past_forms.COMPONENT,                                # (a past read as a participle, session 43)
               possessed_subjects.COMPONENT,                        # (a verb read as an adjective, session 44)
               inverted_speakers.COMPONENT,                         # (a speaker after its verb, session 44)
               tense_conjuncts.COMPONENT,                           # (a past joined to an infinitive, session 44)
               fronted_days.COMPONENT,                              # (a day fronted before a name, session 45)
               moving_participles.COMPONENT,                        # (a verb of movement read as a participle, session 46)
               parenthetical_participles.COMPONENT,                 # (a participle read as the verb, session 46)
               trailing_reporters.COMPONENT,                        # (a reporter hung on the clause, session 46)
               audience_clauses.COMPONENT,                          # (a that-clause hung on the audience, session 46)
               relative_conjuncts.COMPONENT]                        # (a relative clause's later verbs, session 47)
    assert nlp.pipe_names[nlp.pipe_names.index("parser") + 1:] == repairs + tables + last
    with shipped_components(nlp):
        assert nlp.pipe_names[nlp.pipe_names.index("parser") + 1:] == repairs + stock + last
    assert nlp.pipe_names[nlp.pipe_names.index("parser") + 1:] == repairs + tables + last


def test_table_sets_what_the_stock_ruler_sets(nlp):
    texts = SENTENCES + [a.text for a in sample_articles()]
    table = list(nlp.pipe(texts))
    with shipped_components(nlp):
        stock = list(nlp.pipe(texts))
    assert sum(len(d) for d in stock) > 5000
    assert _annotations(table) == _annotations(stock)
    first = {t.text: t.lemma_ for t in table[0]}
    assert (first["ai"], first["na"], first["'s"], first["y'"]) == ("be", "to", "us", "you")


def test_two_token_patterns_apply_only_to_the_whole_sequence(nlp):
    """'na' and "'s" get their lemmas from the pattern only after 'gon' and 'let'."""
    ruler = TableAttributeRuler(nlp.get_pipe(STOCK_RULER))
    skip = ["attribute_ruler", COMPONENT, "lemmatizer", lemma_table.COMPONENT, "ner"]
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
    skip = ["attribute_ruler", COMPONENT, "lemmatizer", lemma_table.COMPONENT, "ner"]
    with_table = [ruler(d) for d in nlp.pipe(SENTENCES * 2, disable=skip)]
    assert len(ruler.table) <= 20 + max(len(d) for d in with_table)
    stock = nlp.get_pipe(STOCK_RULER)
    assert _annotations(with_table) == _annotations([stock(d) for d in nlp.pipe(SENTENCES * 2, disable=skip)])


def test_lemma_table_keeps_the_lemmas_the_ruler_set_and_needs_a_rule_lemmatizer(nlp):
    stock = nlp.get_pipe(lemma_table.STOCK)
    table = lemma_table.TableLemmatizer(stock)
    skip = [lemma_table.COMPONENT, "ner"]
    docs = list(nlp.pipe(["We are gon na meet the ministers, who were leaving."] * 2, disable=skip))
    docs[0][3].lemma_ = "to"                # set before, like the attribute ruler does: kept
    docs[1][3].lemma_ = "to"
    table(docs[0])
    stock(docs[1])
    assert [t.lemma_ for t in docs[0]] == [t.lemma_ for t in docs[1]]
    assert [t.lemma_ for t in docs[0]][:6] == ["we", "be", "go", "to", "meet", "the"]
    assert docs[0][6].lemma_ == "minister" and table.table
    stock.overwrite = True
    try:
        assert not lemma_table.TableLemmatizer.supports(stock)
    finally:
        stock.overwrite = False
