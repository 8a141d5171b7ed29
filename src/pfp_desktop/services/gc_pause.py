"""Pausing Python's cycle collector while a worker thread builds many objects.

A collection walks every young object (and every element of a young set or list) while it
holds the GIL. At 100,000 initiatives a search builds sets of 100,000 ids, and reading a
1,000-initiative pack builds ~10^5 objects: the collections this set off took 60-130 ms, in
which the window could not run (benchmarks/window_scale.py). What these steps build holds no
cycles and is freed by reference counting when they end, so pausing costs no memory.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collector_paused(then_freeze: bool = False) -> Iterator[None]:
    """No cycle collection inside the block. ``then_freeze`` moves the objects alive at its
    end (caches read once per catalogue) out of the collector's sight for good, or it would
    walk them again in later collections (gc.freeze)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if then_freeze:
            gc.freeze()
        if was_enabled:
            gc.enable()
