"""Longitude spans that may cross the antimeridian (Fiji, Tonga and Samoa lie on either side of 180°)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any


def lon_extent(lons: Sequence[float]) -> tuple[float, float]:
    """West and east of the narrowest longitude span holding every point (west > east when it crosses the
    antimeridian)."""
    xs = sorted(set(lons))
    gap, i = max(((b - a, k) for k, (a, b) in enumerate(itertools.pairwise(xs))), default=(0.0, 0))
    if gap > xs[0] + 360 - xs[-1]:
        return xs[i + 1], xs[i]
    return xs[0], xs[-1]


def split_longitude(lons: Sequence[float]) -> float | None:
    """Where a map framed across 180° is cut instead: the middle of the stretch without points between the
    span's east and west ends. None unless the points fit in less than half the world across the antimeridian
    (Fiji, Tonga and Samoa; Japan and Hawaii): a map of the whole world keeps Greenwich in the middle. West of
    the cut, longitudes are drawn 360° east: Tonga (-175°) beside Fiji (178°)."""
    if not lons:
        return None
    west, east = lon_extent(lons)
    return (east + west) / 2 if west > east and east + 360 - west < 180 else None


def eastward(geometry: dict[str, Any], split: float) -> dict[str, Any]:
    """A polygonal GeoJSON geometry with each polygon lying west of `split` (by its outer ring's mean
    longitude) moved 360° east as a whole, so that no polygon is torn apart; a polygon written on both sides
    of 180° (an island with -179° and 179°) has its western vertices moved alone."""
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    moved = [_moved_polygon(rings, split) for rings in polygons]
    return {**geometry, "coordinates": moved if geometry["type"] == "MultiPolygon" else moved[0]}


def _moved_polygon(rings: list[list[list[float]]], split: float) -> list[list[list[float]]]:
    outer = [lon for lon, *_ in rings[0]]
    whole = sum(outer) / len(outer) < split
    torn = max(outer) - min(outer) > 180  # written on both sides of 180°
    return [[[lon + 360 if whole or (torn and lon < split) else lon, *rest] for lon, *rest in ring]
            for ring in rings]
