"""`newsgraph bench scale`'s corpus (a benchmark, not a test: only how the corpus is made is tested here):
real pages read at run time plus variants that are new texts, so every article is analysed."""
from __future__ import annotations

import pytest

from newsgraph.bench.scale import VARIANT_URL, differing_tables, scale_corpus
from newsgraph.eval import default_data_dir
from newsgraph.ingest.near_duplicates import NearDuplicateIndex, NearDuplicateOptions


@pytest.fixture(scope="module")
def data_dir():
    d = default_data_dir()
    if not (d / "extraction").is_dir():
        pytest.skip("../shared/eval/extraction not available")
    return d


def test_the_corpus_is_real_pages_then_variants_none_a_copy_of_another(data_dir):
    records, n_pages = scale_corpus(data_dir, n_articles=60, pages=12)
    assert len(records) == 60 and 6 <= n_pages <= 12
    assert not any((r["url"] or "").startswith(VARIANT_URL) for r in records[:n_pages])
    variants = records[n_pages:]
    assert all(r["url"].startswith(VARIANT_URL) and len(r["text"].split("\n\n")) == 5 for r in variants)
    index = NearDuplicateIndex(NearDuplicateOptions())
    copies = [r["url"] for i, r in enumerate(records) if index.check_and_add(str(i), r["text"]) is not None]
    assert copies == []
    assert scale_corpus(data_dir, n_articles=60, pages=12)[0] == records       # the same corpus every run


def test_differing_tables(tmp_path):
    from newsgraph.store import open_store

    from test_store import corpus

    a, b = str(tmp_path / "a.duckdb"), str(tmp_path / "b.duckdb")
    with open_store(a) as sa, open_store(b) as sb:
        sa.write(corpus())
        sb.write(corpus())
    assert differing_tables(a, b) == []
    with open_store(b) as sb:
        sb.write(corpus()[:1], replace=True)       # same rows again: still identical
        assert differing_tables(a, b) == []
        sb.query("UPDATE events SET goldstein = 9.9 WHERE cameo_code = '111'")
    assert differing_tables(a, b) == ["events"]


def test_the_bench_reads_back_what_ingest_prints_about_its_workers():
    """`newsgraph ingest --workers` prints each worker's peak memory and CPU; the bench parses that line."""
    from types import SimpleNamespace

    from newsgraph.bench.scale import worker_figures
    from newsgraph.cli.ingest import _workers_lines
    from newsgraph.ingest.distributed import WorkerUsage

    runner = SimpleNamespace(lost=0, worker_usage=lambda: {"tcp://a": WorkerUsage(1023.4, 151.3),
                                                            "tcp://b": WorkerUsage(1187.0, 1460.0)})
    lines = ["articles stored:   3", *_workers_lines(runner)]
    assert worker_figures(lines) == ([1187.0, 1023.0], [1460.0, 151.3])
    assert worker_figures(["articles stored:   3"]) is None
