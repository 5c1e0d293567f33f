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


def eastward(coords: Any) -> Any:
    """GeoJSON coordinates with every western longitude moved 360° east, to draw them past 180°."""
    if coords and isinstance(coords[0], (int, float)):
        return [coords[0] + 360 if coords[0] < 0 else coords[0], *coords[1:]]
    return [eastward(c) for c in coords]
