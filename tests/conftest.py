"""Shared fixtures: one spaCy pipeline per test session (loading it is the slow part)."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_ARTICLE = SHARED / "examples" / "seed_article.txt"


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def pipeline():
    from newsgraph.pipeline import default_pipeline

    return default_pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED_ARTICLE.exists():
        pytest.skip("../shared/examples/seed_article.txt not available")
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_analysis(seed_text):
    import newsgraph

    return newsgraph.analyze(seed_text, published="2024-06-19")
