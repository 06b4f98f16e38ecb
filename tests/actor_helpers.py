"""Helpers the lead's actor tests (test_lead49, test_lead50) share."""
from __future__ import annotations

import newsgraph


def actor_named(text: str, name: str, published: str = "2024-06-19"):
    """The actor of `text` whose canonical name is `name` (the test fails when there is none)."""
    found = [a for a in newsgraph.analyse(text, published=published).actors if a.name == name]
    assert found, name
    return found[0]
