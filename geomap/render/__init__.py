"""The interactive map: ``render_map(events, places)`` returns map.html as text.

One self-contained page: the events and places tables become one JSON document that the page's own
JavaScript (``geomap/data/assets/geomap/``) draws with Leaflet and Leaflet.markercluster. ``offline=True``
inlines every library and draws a Natural Earth vector basemap, so the page makes no network request.
"""

from __future__ import annotations

import pandas as pd

from geomap.gcpause import paused_gc
from geomap.render import assets, page, payload

__all__ = ["render_map"]


def render_map(events: pd.DataFrame, places: pd.DataFrame, *, offline: bool = False, title: str = "geomap") -> str:
    """The whole map.html as text, deterministic."""
    with paused_gc():
        data = payload.build(events, places, title=title, outlines=assets.outline)
        return page.html(data, offline=offline, title=title)
