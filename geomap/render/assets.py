"""The files the page is made of, shipped under ``geomap/data/assets`` (see ``scripts/vendor_assets.py``).

Vendored: Leaflet 1.9.4, Leaflet.markercluster 1.5.3 and Natural Earth 1:50m country outlines (via world-atlas);
``MANIFEST.json`` records their packages, licences and hashes, and the jsDelivr URLs + SRI hashes of the published
copies they match. The page inlines them. Ours: ``geomap/*.js`` and ``geomap/geomap.css``.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

VENDOR_JS = ("leaflet/leaflet.js", "markercluster/leaflet.markercluster.js")
VENDOR_CSS = ("leaflet/leaflet.css", "markercluster/MarkerCluster.css", "markercluster/MarkerCluster.Default.css")
APP_JS = ("geomap/core.js", "geomap/mentioned.js", "geomap/popup.js", "geomap/controls.js")
APP_CSS = ("geomap/geomap.css",)
BASEMAP = "basemap/countries-50m.geojson"


@cache
def text(name: str) -> str:
    """One asset file's text."""
    return (resources.files("geomap") / "data" / "assets" / name).read_text(encoding="utf-8")


def _polygons(geometry: dict[str, Any]) -> list[Any]:
    coords = geometry["coordinates"]
    return [coords] if geometry["type"] == "Polygon" else list(coords)


@cache
def _outlines() -> dict[str, dict[str, Any]]:
    """Basemap outline per ISO alpha-2 code, merging units that share a code (Australia + Ashmore)."""
    parts: dict[str, list[Any]] = {}
    for feature in json.loads(text(BASEMAP))["features"]:
        code = feature["properties"]["iso_a2"]
        if code:
            parts.setdefault(code, []).extend(_polygons(feature["geometry"]))
    return {
        code: {"type": "Polygon", "coordinates": polys[0]}
        if len(polys) == 1
        else {"type": "MultiPolygon", "coordinates": polys}
        for code, polys in parts.items()
    }


def outline(country_code: str) -> dict[str, Any] | None:
    """The Natural Earth outline of a country (GeoJSON geometry), or None when the basemap lacks it."""
    return _outlines().get(country_code.upper())
