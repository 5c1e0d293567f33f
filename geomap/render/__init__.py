"""The interactive map: ``render_map(events, places)`` returns map.html as text.

One self-contained page: the events and places tables become one JSON document that the page's own
JavaScript (``geomap/data/assets/geomap/``) draws with Leaflet and Leaflet.markercluster. ``offline=True``
inlines every library and draws a Natural Earth vector basemap, so the page makes no network request.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

import pandas as pd

from geomap.render import assets, page, payload

__all__ = ["render_map"]


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: the payload is ~10⁶ small acyclic lists, and collections
    triggered while building them cost more than the building itself."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def render_map(events: pd.DataFrame, places: pd.DataFrame, *, offline: bool = False, title: str = "geomap") -> str:
    """The whole map.html as text, deterministic."""
    with _gc_paused():
        data = payload.build(events, places, title=title, outlines=assets.outline)
        return page.html(data, offline=offline, title=title)
