"""The registry of normalisers, filled: importing the three modules registers their functions by name
(values.norm), which data/time/rules.tsv names in its column norm."""
from __future__ import annotations

from newsgraph.time import absolute, durations, relative  # noqa: F401  (each registers its normalisers)
from newsgraph.time.values import NORMALISERS, Ctx, Norm

__all__ = ["NORMALISERS", "Ctx", "Norm"]
