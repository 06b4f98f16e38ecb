"""The speed-ups of the stages must not change what they find.

- time: each rule runs only in the pre-scan windows holding one of its own trigger words
  (time.rules.rule_triggers); running every rule in every window must give the same result;
- nlp.cache: the per-doc lists the stages share are exactly what spaCy would build again;
- the indices that replaced quadratic scans (kept time spans, mentions ordered by start) give
  what the scans gave.
"""
from __future__ import annotations

import importlib

import pytest

from newsgraph.bench import sample_articles
from newsgraph.nlp import doc_sents, doc_text, doc_tokens, sent_tokens, token_starts
from newsgraph.time.rules import compiled, rule_triggers

expressions_mod = importlib.import_module("newsgraph.time.expressions")


def _times(text: str) -> list[tuple]:
    return [(x.start, x.end, x.value, x.type, x.rule) for x in expressions_mod.find_times(text, "2024-05-01")]


def test_every_rule_has_triggers_or_runs_everywhere():
    rules = compiled()[1]
    needs = rule_triggers()
    assert len(needs) == len(rules)
    # rules spelled with digits or trigger words get a filter; e.g. rel_day needs 'today' & co.
    by_id = {r.id: n for r, n in zip(rules, needs)}
    assert by_id["rel_day"] is not None and "today" in by_id["rel_day"]
    assert by_id["iso_date"] is not None and "<digit>" in by_id["iso_date"]


def test_trigger_filter_finds_the_same_as_all_rules(monkeypatch):
    texts = [r.example for r in compiled()[1]]
    texts += [a.text for a in sample_articles()]
    texts.append("In the 1990s, three centuries ago, every century, on Mondays; Jan. 5 at 5 p.m. EST.")
    filtered = [_times(t) for t in texts]
    monkeypatch.setattr(expressions_mod, "rule_triggers", lambda: (None,) * len(compiled()[1]))
    unfiltered = [_times(t) for t in texts]
    assert sum(map(len, unfiltered)) > 100
    assert filtered == unfiltered


def test_literal_filter_finds_the_same_as_no_filter(monkeypatch):
    """time.literals: a rule is skipped in a window without one string of each of its required groups;
    with the groups emptied every window is searched, and the result must be the same."""
    from newsgraph.time.rules import rule_literals

    groups = rule_literals()
    assert any(groups) and any(len(g) == 2 for g in groups)
    texts = [r.example for r in compiled()[1]] + [a.text for a in sample_articles()]
    # case variants the engine folds alike (dotless i, long s, the Kelvin sign, capital I with a dot)
    texts += ["Three weeks AGO, twice a MONTH, two to three days earl\u0131er.",
              "Fi\u017fty years previou\u017fly; 5 days hence; \u0130 left ten minutes ago, \u03a3 once a week.",
              "every \u212aind of week, each Monday and twice per year"]
    found = [_times(t) for t in texts]
    monkeypatch.setattr(expressions_mod, "rule_literals", lambda: tuple(() for _ in groups))
    assert [_times(t) for t in texts] == found
    assert sum(map(len, found)) > 100


def test_required_groups_are_necessary_and_fold_keeps_length():
    import re

    from newsgraph.time.literals import fold, required_groups

    rx = re.compile(r"(?:\d+|two)\s+(?:weeks?|months?)\s+(?:ago|earlier)(?:\s+still)?", re.IGNORECASE)
    assert set(required_groups(rx)) == {frozenset({"week", "month"}), frozenset({"ago", "earlier"})}
    for text in ("Two Weeks AGO", "two months earl\u0131er", "\u0130\u03a3\u212a \u017f"):
        assert len(fold(text)) == len(text)
        assert not rx.search(text) or all(any(s in fold(text) for s in g) for g in required_groups(rx))
    assert fold("EARL\u0130ER") == fold("earlier") == fold("earl\u0131er")


@pytest.fixture(scope="module")
def doc():
    from newsgraph.nlp import load_nlp

    return load_nlp()("Kim met Putin in Moscow on Monday. “We agreed,” he said.\n\nTalks resume in June.")


def test_doc_caches_match_spacy(doc):
    assert doc_text(doc) == doc.text
    assert [t.i for t in doc_tokens(doc)] == [t.i for t in doc]
    assert token_starts(doc) == [t.idx for t in doc]
    sents = doc_sents(doc)
    assert [(s.start, s.end) for s in sents] == [(s.start, s.end) for s in doc.sents]
    assert [t.text for t in sent_tokens(sents[1])] == [t.text for t in sents[1]]
    assert doc_tokens(doc) is doc_tokens(doc)       # built once per doc


def test_trigger_trie_matches_like_the_plain_alternation():
    from newsgraph.time.rules import trigger_regex, trigger_regex_plain

    lex = compiled()[0]
    trie, plain = trigger_regex(lex), trigger_regex_plain(lex)
    texts = [a.text for a in sample_articles()] + [r.example for r in compiled()[1]]
    texts.append("MONDAYS, Centuries, CENTURY, o'clock, Q1 FY2020, the twenties, Sept. Sep September Mayday")
    spans = [[m.span() for m in trie.finditer(t)] for t in texts]
    assert spans == [[m.span() for m in plain.finditer(t)] for t in texts]
    assert sum(map(len, spans)) > 300


def test_rule_tries_match_like_the_plain_alternations(monkeypatch):
    """The lexicon's word lists inside the time rules are written as tries; the same rules with
    plain longest-first alternations must find the same spans and groups."""
    from newsgraph.time import rules as rules_mod

    lex = compiled()[0]
    tries = rules_mod.load_rules(lex=lex)
    spelled = rules_mod.placeholders
    monkeypatch.setattr(rules_mod, "placeholders", lambda lex, tries=True: spelled(lex, tries=False))
    plain = rules_mod.load_rules(lex=lex)
    assert [r.regex.pattern for r in tries] != [r.regex.pattern for r in plain]
    texts = [a.text for a in sample_articles()] + [r.example for r in tries]
    texts.append("A COUPLE OF days; a couple of Weeks; an hour; Sept. 3 and sept 3; MAY 2020, May 2020, "
                 "Tuesday, WEDNESDAY morning, some twenty-one years, nearly a dozen months ago, Jan. 5")
    found = 0
    for t, p in zip(tries, plain):
        for text in texts:
            got = [(m.span(), m.groupdict()) for m in t.regex.finditer(text)]
            assert got == [(m.span(), m.groupdict()) for m in p.regex.finditer(text)], (t.id, text[:80])
            found += len(got)
    assert found > 250


def test_seeded_doc_text_is_the_parsed_text_and_a_wrong_text_is_ignored():
    from newsgraph.nlp import load_nlp
    from newsgraph.nlp.cache import seed_doc_text

    nlp = load_nlp()
    text = "Ministers met in Oslo.  They talked\n\nfor hours. "
    doc = nlp(text)
    seed_doc_text(doc, text)
    assert doc_text(doc) == doc.text == text
    other = nlp(text)
    seed_doc_text(other, text + "and more")          # not the text it was parsed from
    seed_doc_text(other, "X" + text[1:])
    assert "_ng_text" not in other.user_data
    assert doc_text(other) == text


def test_bench_ratio_is_the_median_of_the_rounds():
    from newsgraph.bench import BenchResult

    res = BenchResult(articles=1, words=10, spacy_words_per_s=10.0, pipeline_words_per_s=9.0, peak_rss_mb=1.0,
                      wall_ratios=[0.9, 0.5, 0.8], cpu_ratios=[0.7, 0.95, 0.9, 0.6])
    assert res.ratio == 0.8
    assert res.cpu_ratio == 0.8
    assert BenchResult(articles=1, words=10, spacy_words_per_s=10.0, pipeline_words_per_s=9.0,
                       peak_rss_mb=1.0).ratio == 0.9


def test_span_chars_and_text_match_spacy_spans(doc):
    from newsgraph.nlp.cache import span_chars, span_text

    n = len(doc)
    for start in range(n):
        for end in range(start + 1, min(n, start + 5) + 1):
            span = doc[start:end]
            assert span_chars(doc, start, end) == (span.start_char, span.end_char)
            assert span_text(doc, start, end) == span.text


def test_blocked_ranges_overlap_like_the_interval_test():
    from newsgraph.geo.toponyms import _Blocked

    ranges = [(3, 7), (10, 10), (12, 15), (20, 18)]
    blocked = _Blocked(30, ranges)
    for s in range(0, 25):
        for e in range(s + 1, 26):
            assert blocked.overlaps(s, e) == any(a < e and s < b for a, b in ranges), (s, e)


def test_doc_ents_are_spacys_entities_built_once(doc):
    from newsgraph.nlp.cache import doc_ents

    assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert doc_ents(doc) is doc_ents(doc)


def test_pipeline_hands_docs_their_text_and_freezes_long_lived_objects():
    import gc

    from newsgraph.pipeline import default_pipeline

    from newsgraph.nlp.cache import seed_doc_text

    article = sample_articles()[0]
    pipeline = default_pipeline()
    fresh = pipeline.nlp(article.text)
    seed_doc_text(fresh, article.text)
    assert fresh.user_data.get("_ng_text") is article.text
    doc, analysis = next(pipeline.analyse_with_docs([article]))
    assert analysis.actors and gc.get_freeze_count() > 0
    assert not [k for k in doc.user_data if str(k).startswith("_ng_")]     # dropped after the stages
    assert doc_text(doc) == article.text                                    # and rebuilt on demand


def test_kept_time_spans_are_those_the_pairwise_overlap_test_keeps():
    import random

    rng = random.Random(15)
    for _ in range(300):
        cands = []
        for k in range(rng.randint(0, 40)):
            start = rng.randint(0, 200)
            cands.append((start, start + rng.randint(1, 30), k, None))
        kept_pairwise: list = []
        for c in cands:
            if not any(c[0] < k[1] and k[0] < c[1] for k in kept_pairwise):
                kept_pairwise.append(c)
        assert expressions_mod._longest_first(cands) == kept_pairwise


def test_mention_indices_give_the_order_of_a_stable_sort():
    import random

    from newsgraph.actors.entities import Ment, _StartIndex

    rng = random.Random(15)
    newest, oldest, ments = _StartIndex(descending=True), _StartIndex(descending=False), []
    for k in range(200):
        m = Ment(rng.randint(0, 60), 0, 0, "name", "PERSON", [])
        ments.append(m)
        newest.add(m)
        oldest.add(m)
        token = rng.randint(0, 61)
        assert list(newest.beyond(token)) == [x for x in sorted(ments, key=lambda x: x.start, reverse=True)
                                              if x.start < token]
        assert list(oldest.beyond(token)) == [x for x in sorted(ments, key=lambda x: x.start) if x.start > token]


def test_token_lemmas_are_spacys_lower_cased_lemmas(doc):
    from newsgraph.nlp.cache import token_lemmas

    assert token_lemmas(doc) == [t.lemma_.lower() for t in doc]
    assert token_lemmas(doc) is token_lemmas(doc)


def test_a_finished_doc_is_freed_by_reference_counting_alone():
    """The per-doc caches hold Tokens that point back at the doc; the pipeline drops them after the
    stages, so a finished parse does not wait for the cyclic collector (it used to pile up in long runs)."""
    import gc
    import weakref

    from newsgraph.pipeline import default_pipeline
    from newsgraph.records import Article

    pipeline = default_pipeline()
    text = ("Foreign ministers of Chile and Peru met in Lima on Tuesday and signed a fishing accord. "
            "\"We settled it,\" the Chilean minister said after police detained two protesters.")
    doc = pipeline.nlp(text)
    freed = weakref.ref(doc)
    gc.disable()
    try:
        analysis = pipeline.analyse_doc(doc, Article(id="cycle-check", text=text))
        assert analysis.events, "the text should code events, so the stages really walked the doc"
        del doc, analysis
        assert freed() is None
    finally:
        gc.enable()


@pytest.fixture(scope="module")
def corpus_docs():
    from newsgraph.nlp import load_nlp

    texts = [a.text for a in sample_articles()[:4]]
    texts += ["", "Hi", "“Go,” she said — and the U.S.-backed forces, which Kyiv leads, left.\n\nThen rain."]
    return list(load_nlp().pipe(texts))


def test_token_columns_are_spacys_token_attributes(corpus_docs):
    from newsgraph.nlp.cache import (token_deps, token_ent_types, token_heads, token_lemmas, token_lowers,
                                     token_pos, token_tags, token_texts)

    assert sum(len(d) for d in corpus_docs) > 500
    for d in corpus_docs:
        assert token_texts(d) == [t.text for t in d]
        assert token_lowers(d) == [t.lower_ for t in d]
        assert token_pos(d) == [t.pos_ for t in d]
        assert token_tags(d) == [t.tag_ for t in d]
        assert token_deps(d) == [t.dep_ for t in d]
        assert token_ent_types(d) == [t.ent_type_ for t in d]
        assert token_heads(d) == [t.head.i for t in d]
        assert token_lemmas(d) == [t.lemma_.lower() for t in d]
        assert token_pos(d) is token_pos(d)          # built once per doc


def test_cached_children_are_spacys_children_in_order(corpus_docs):
    from newsgraph.nlp.cache import children, lefts, rights

    n = 0
    for d in corpus_docs:
        for t in d:
            assert [c.i for c in children(t)] == [c.i for c in t.children]
            assert [c.i for c in lefts(t)] == [c.i for c in t.lefts]
            assert [c.i for c in rights(t)] == [c.i for c in t.rights]
            n += len(children(t))
    assert n > 400


def test_string_lookups_stay_bounded_and_right(monkeypatch, corpus_docs):
    """The hash -> string table shared across docs is emptied when it outgrows its bound; the
    columns read after that are still spaCy's."""
    from newsgraph.nlp import cache, load_nlp

    monkeypatch.setattr(cache, "_NAMES_MAX", 50)
    for d in corpus_docs[:2]:
        fresh = load_nlp()(d.text)
        assert cache.token_lowers(fresh) == [t.lower_ for t in fresh]
        assert len(cache._names) <= 50 + 7 * len(fresh)
    assert len(cache._names) > 0


def test_cached_subtree_is_spacys_subtree():
    """nlp.cache.subtree (built from the cached children, kept per token) gives every token's
    `Token.subtree`, in the same order."""
    from newsgraph.nlp import load_nlp
    from newsgraph.nlp.cache import subtree

    nlp = load_nlp()
    n = 0
    for doc in nlp.pipe([a.text for a in sample_articles()[:8]]):
        for t in doc_tokens(doc):
            assert [x.i for x in subtree(t)] == [x.i for x in t.subtree]
            n += 1
        assert subtree(doc_tokens(doc)[0]) is subtree(doc_tokens(doc)[0])
    assert n > 1000
