"""Session 30 (issue 14, branch bulk31): the DuckDB write path's cheaper evidence index (each event's words
deduplicated by a GROUP BY over word and event instead of list_distinct per sentence) and actor snapshots
(the write's actor objects listed in C). A bulk-loaded store holds what a store written article by article
holds, table by table, raw index rows included."""
from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sys
from pathlib import Path

from newsgraph.store import open_store
from newsgraph.store.search import terms

from test_backends import assert_same_tables
from test_store import XI, event, make_analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import bench_store  # noqa: E402


def _bench_corpus(n_articles: int = 120, seed: int = 3):
    """Made-up articles of the benchmark's generator: 10 events each, actor records shared by articles."""
    rng = random.Random(seed)
    countries = ["FRA", "KEN", "PER", "VNM", "NOR", "EGY"]
    actors = bench_store.make_actors(rng, 40, countries)
    places = [(f"Place {i}", rng.choice(countries), rng.uniform(-60, 70), rng.uniform(-170, 170)) for i in range(20)]
    return bench_store.make_batch(rng, 0, n_articles, actors, places), actors


def raw_index(store) -> dict[str, list[tuple]]:
    """DuckDB's index tables as they are stored (repeats would show), sorted."""
    return {t: sorted(tuple(r.values()) for r in store.query(f"SELECT * FROM {t}"))
            for t in ("evidence_terms", "evidence_sentences")}


def test_a_bulk_load_in_batches_stores_what_article_by_article_writes_store(tmp_path):
    corpus, actors = _bench_corpus()
    with open_store(str(tmp_path / "bulk.duckdb")) as bulk, open_store(str(tmp_path / "plain.duckdb")) as plain:
        with bulk.bulk_load():
            for k in range(0, 60, 25):
                bulk.write(corpus[k:min(k + 25, 60)])
            bulk.write(corpus[:30])                     # repeats: nothing new
            # an actor record changed between two writes of one load travels again (its new alias merged)
            actors[0].aliases.append("The Envoy")
            for k in range(60, len(corpus), 25):
                bulk.write(corpus[k:k + 25])
        actors[0].aliases.remove("The Envoy")
        for i, a in enumerate(corpus):
            if i == 60:
                actors[0].aliases.append("The Envoy")
            plain.write([a])
        assert any(actors[0] in a.actors for a in corpus[60:])
        assert bulk.counts() == plain.counts() and bulk.counts()["events"] == 1200
        assert_same_tables(bulk, plain)
        assert raw_index(bulk) == raw_index(plain)
        assert "The Envoy" in bulk.actor(actors[0].id)["aliases"]
        for kw in ({"search": "prisoner exchange"}, {"search": "drone"}, {"country": "KEN"}, {"root": "19"}):
            assert bulk.events(limit=50, **kw).rows == plain.events(limit=50, **kw).rows, kw
        assert bulk.timeline("auto").rows == plain.timeline("auto").rows
        assert bulk.network().rows == plain.network().rows
        assert bulk.event_map() == plain.event_map()


def test_each_events_words_are_indexed_once_as_the_python_reading_gives_them(tmp_path):
    """Repeated words in one sentence, the same words in two events' sentences, letters beyond ASCII, a
    word-final capital sigma and a dotted capital I: one index row per distinct word and event."""
    sentences = ["The talks, the TALKS and the talks again ended in Oslo.",
                 "Ministers in Oslo ended the talks on Tuesday.",
                 "Ο ΥΠΟΥΡΓΟΣ είπε ότι ο υπουργός θα έρθει στην Αθήνα.",
                 "İstanbul'daki görüşme İSTANBUL'da sürdü; Zürich und Zürich."]
    text = " ".join(sentences)
    a = make_analysis(text, url="http://w31.example/1", source="Kappa", published=dt.date(2025, 3, 1), actors=[XI],
                      events=[event(s, "010", XI, None) for s in sentences])
    for i, e in enumerate(a.events):      # one sentence each: distinct ids
        a.events[i] = dataclasses.replace(e, id=f"{i:x}" * 16)
    with open_store(str(tmp_path / "w.duckdb")) as s:
        s.write([a])
        gids = {r["id"]: r["global_id"] for r in s.query("SELECT id, global_id FROM events")}
        expected = sorted((t, gids[e.id]) for e in a.events
                          for t in terms(text[e.evidence_start:e.evidence_end]))
        assert raw_index(s)["evidence_terms"] == expected
        assert s.events(search="talks").total == 2
        assert s.events(search="Zürich").total == 1
