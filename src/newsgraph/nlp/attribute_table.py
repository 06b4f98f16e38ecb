"""spaCy's attribute ruler answered from a table: the model's own rules and Matcher, the same results,
about a tenth of the cost.

Why: the English model's `attribute_ruler` (its tag map and exceptions: about 180 Matcher patterns that
set POS, MORPH, LEMMA) cost about 15 % of the whole parse, because the Matcher tests set and regex
predicates in Python at every token. Its patterns read only a token's own text, tag and dependency label
(fixed-length patterns, no operators), so what they do to a token is a function of that triple, and news
text repeats the same triples all the time. This component asks the stock Matcher once per new triple,
on a one-token Doc, and keeps the answer. Patterns longer than one token (a handful: "gon na", "let 's")
are checked, again by the stock Matcher on a small Doc of the same tokens, only where a token matches
their first element. Matches are applied in the ruler's order (by rule index, later rules win).

`TableAttributeRuler.supports(ruler)` says whether a ruler's patterns are of that kind; `load_nlp` puts
the table in the stock ruler's place only then. tests/test_attribute_table.py checks that both give the
same token attributes.
"""
from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

COMPONENT = "newsgraph_attribute_table"

# Token attributes a pattern may test for the table to be exact: the token's own tag and dependency label,
# and lexical attributes, which are functions of the token's text (its lexeme).
_TOKEN_KEYS = {"TAG", "DEP"}
_LEXICAL_KEYS = {"ORTH", "TEXT", "LOWER", "IS_SPACE", "IS_ALPHA", "IS_DIGIT", "IS_PUNCT", "IS_TITLE",
                 "IS_UPPER", "IS_LOWER", "LENGTH", "SHAPE", "PREFIX", "SUFFIX", "LIKE_NUM"}
_SETTABLE = (POS, MORPH, LEMMA, DEP, TAG)     # what a rule may set (set_token_attrs: plain struct fields)
_TABLE_MAX = 50_000         # entries (about 250 bytes each) kept before the table starts afresh


@Language.factory(COMPONENT)
def make_attribute_table(nlp: Language, name: str) -> "TableAttributeRuler":
    """The table over the pipeline's stock `attribute_ruler` (which must be added before it)."""
    return TableAttributeRuler(nlp.get_pipe("attribute_ruler"))


class TableAttributeRuler:
    """Applies an AttributeRuler's patterns with one Matcher call per distinct (text, tag, dep)."""

    def __init__(self, ruler: AttributeRuler):
        if not self.supports(ruler):
            raise ValueError("the attribute ruler has patterns the table cannot answer")
        self.vocab = ruler.vocab
        self.ruler = ruler
        self.columns = {attr: k for k, attr in enumerate(_SETTABLE)}
        # Multi-token alternatives: (rule index, length, token index the rule sets), and a Matcher of
        # their first elements (match key = position in self.multi).
        self.multi: list[tuple[int, int, int]] = []
        self.firsts = Matcher(self.vocab)
        for rule, entry in enumerate(ruler.patterns):
            for alt in entry["patterns"]:
                if len(alt) > 1:
                    index = entry["index"] if entry["index"] >= 0 else len(alt) + entry["index"]
                    self.firsts.add(str(len(self.multi)), [alt[:1]])
                    self.multi.append((rule, len(alt), index))
        self.table: dict[tuple[int, int, int], tuple[tuple[int, ...], tuple[int, ...]]] = {}
        self.values: dict[tuple, tuple] = {}
        self.merged: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}
        self.spans: dict[tuple[int, tuple], bool] = {}

    @staticmethod
    def supports(ruler: AttributeRuler) -> bool:
        """True when every pattern is a fixed-length sequence of tests on the keys above and every rule
        sets only plain token fields."""
        allowed = _TOKEN_KEYS | _LEXICAL_KEYS
        for entry in ruler.patterns:
            for alt in entry["patterns"]:
                if not alt or not -len(alt) <= entry["index"] < len(alt):
                    return False
                if any(not isinstance(spec, dict) or not {str(k).upper() for k in spec} <= allowed
                       for spec in alt):
                    return False
        return all(set(attrs) <= set(_SETTABLE) for attrs in ruler.attrs)

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        keys = list(map(tuple, doc.to_array([ORTH, TAG, DEP]).tolist()))
        table = self.table
        if len(table) > _TABLE_MAX:
            table.clear()
            self.spans.clear()
        new = [k for k in set(keys) if k not in table]
        if new:
            self._learn(new)
        entries = list(map(table.__getitem__, keys))
        rules: list[Any] = [e[0] for e in entries]        # rule indices per token, in order
        for i, (_, starts) in enumerate(entries):
            for m in starts:                                # rare: a longer pattern may start here
                rule, length, index = self.multi[m]
                span = tuple(keys[i:i + length])
                if len(span) == length and self._span_matches(m, span):
                    rules[i + index] = tuple(sorted(set(rules[i + index]) | {rule}))
        merged = self.merged
        rows = doc.to_array(list(_SETTABLE)).tolist()
        for row, ids in zip(rows, rules):
            sets = merged.get(ids)
            if sets is None:
                sets = self._merge(ids)
            for col, value in sets:
                row[col] = value
        doc.from_array(list(_SETTABLE), numpy.array(rows, dtype="uint64"))
        return doc

    def _learn(self, keys: list[tuple[int, int, int]]) -> None:
        """Table the rules whose one-token patterns match a token with each of these (text, tag, dep),
        and the longer patterns whose first element it matches: the stock Matcher over one Doc of such
        tokens (only one-token matches are read, so neighbours in that Doc do not matter)."""
        mini = self._doc(keys)
        found: list[tuple[set[int], set[int]]] = [(set(), set()) for _ in keys]
        strings = self.vocab.strings
        for side, matcher in ((0, self.ruler.matcher), (1, self.firsts)):
            for m, s, e in matcher(mini, allow_missing=True, as_spans=False):
                if e - s == 1:
                    found[s][side].add(int(strings[m]))
        values = self.values
        for key, (ruled, starts) in zip(keys, found):
            value = (tuple(sorted(ruled)), tuple(sorted(starts)))
            self.table[key] = values.setdefault(value, value)     # a few hundred distinct values

    def _span_matches(self, m: int, span: tuple) -> bool:
        """Whether longer pattern m matches tokens with these keys (memoised)."""
        hit = self.spans.get((m, span))
        if hit is None:
            rule, length, _ = self.multi[m]
            label = self.vocab.strings[str(rule)]
            mini = self._doc(list(span))
            hit = self.spans[(m, span)] = any(
                mid == label and s == 0 and e == length
                for mid, s, e in self.ruler.matcher(mini, allow_missing=True, as_spans=False))
        return hit

    def _doc(self, keys: list[tuple[int, int, int]]) -> Doc:
        """A Doc of tokens with these texts, tags and dependency labels (lexemes are shared by text)."""
        strings = self.vocab.strings
        mini = Doc(self.vocab, words=[strings[orth] for orth, _, _ in keys], spaces=[False] * len(keys))
        for tok, (_, tag, dep) in zip(mini, keys):
            tok.tag = tag
            tok.dep = dep
        return mini

    def _merge(self, ids: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        """(column, value) pairs a token ends with after these rules, applied in order."""
        final: dict[int, int] = {}
        for rule in ids:
            for attr, value in self.ruler.attrs[rule].items():    # normalised: attribute ids, hashes
                final[self.columns[attr]] = value
        found = self.merged[ids] = tuple(sorted(final.items()))
        return found
