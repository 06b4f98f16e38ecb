"""Python's cycle collector paused while a bulk-load batch is written (both backends).

A batch allocates hundreds of thousands of short-lived dicts and strings (rows, CSV fields, words), all
freed by reference counting; every few hundred allocations the collector would otherwise walk the
caller's whole heap (the ingest's analyses, the benchmark's corpus) for cycles none of them have: about a
quarter of the client's CPU in a PostgreSQL bulk load (pg6, docs/EVALUATION.md).
"""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

_lock = threading.Lock()
_paused = 0                      # batches running with the collector paused (threads may nest them)


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """The collector off for the block, back on when the last such block ends; a caller that turned it
    off itself is left alone (it stays off)."""
    global _paused
    with _lock:
        ours = _paused > 0 or gc.isenabled()
        if ours:
            _paused += 1
            gc.disable()
    try:
        yield
    finally:
        if ours:
            with _lock:
                _paused -= 1
                if _paused == 0:
                    gc.enable()
