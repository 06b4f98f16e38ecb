"""spaCy's rule lemmatizer answered from a table: the model's own lemmatizer, asked once per distinct
(text, POS, morphology).

Why: the English lemmatizer is Python code run for every token (its cache skips the most common case,
base forms, whose test reads the token's morphology as a dict each time): about 2 % of the parse. Its
answer is a function of the token's text, POS and morphology (the cache key it uses itself), so it is
kept per key. Like the stock component it sets only lemmas that are still unset (the attribute ruler
sets a few).
"""
from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

COMPONENT = "newsgraph_lemma_table"
STOCK = "lemmatizer"
_TABLE_MAX = 50_000


@Language.factory(COMPONENT)
def make_lemma_table(nlp: Language, name: str) -> "TableLemmatizer":
    """The table over the pipeline's stock `lemmatizer` (which must be added before it)."""
    return TableLemmatizer(nlp.get_pipe(STOCK))


class TableLemmatizer:
    """Sets each unset lemma from a table filled by the stock lemmatizer."""

    def __init__(self, lemmatizer: Lemmatizer):
        if not self.supports(lemmatizer):
            raise ValueError("only a rule lemmatizer that keeps set lemmas can be tabled")
        self.stock = lemmatizer
        self.table: dict[tuple[int, int, int], int] = {}

    @staticmethod
    def supports(lemmatizer: Lemmatizer) -> bool:
        return lemmatizer.mode == "rule" and not lemmatizer.overwrite

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        table = self.table
        if len(table) > _TABLE_MAX:
            table.clear()
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma == 0:
                key = (orth, pos, morph)
                lemma = table.get(key)
                if lemma is None:
                    lemma = table[key] = self.vocab_add(self.stock.lemmatize(doc[i])[0])
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64"))
        return doc

    def vocab_add(self, lemma: str) -> int:
        return self.stock.vocab.strings.add(lemma)
