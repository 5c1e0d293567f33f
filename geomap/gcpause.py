"""Pause Python's cyclic garbage collector around bulk table work.

Building 10^5-10^6 small acyclic dicts and lists (an import, the GeoJSON features, the map payload)
triggers collections that scan everything built so far, none of it garbage: at 100,000 events they cost
about as much as the work itself.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Disable the cyclic collector inside the block, and restore it as it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
