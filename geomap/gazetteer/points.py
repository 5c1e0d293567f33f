"""The one point of a region: GeoNames places regions near their geographic centre, not their
population centre, so derived points aim for the middle of the area, not the mean of its towns."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def _trimmed_mid(values: list[float], trim: float = 0.05) -> float:
    values = sorted(values)
    cut = int(len(values) * trim)
    kept = values[cut: len(values) - cut] or values
    return (kept[0] + kept[-1]) / 2


def spread_centre(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """Centre of the box around a region's towns, ignoring the outer 5% on each side (exclaves,
    islands, mis-coded towns); with few towns, the plain mean."""
    if len(points) < 5:
        return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)
    return _trimmed_mid([p[0] for p in points]), _trimmed_mid([p[1] for p in points])


def region_point(geometry: Mapping[str, Any]) -> tuple[float, float]:
    """(lat, lon) of a GeoJSON geometry: the point itself, or a polygon's representative point
    (always inside the shape, unlike a centroid)."""
    if geometry["type"] == "Point":
        lon, lat = geometry["coordinates"][:2]
        return float(lat), float(lon)
    from shapely.geometry import shape

    point = shape(geometry).representative_point()
    return round(point.y, 5), round(point.x, 5)
