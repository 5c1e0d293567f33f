"""Filters over the events table: date range (by period overlap), type, country, bounding box."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

import numpy as np
import pandas as pd

from geomap.errors import InputError
from geomap.periods import period


def _limit(value: str | date, side: int, name: str) -> date:
    bounds = period(value)
    if bounds is None:
        raise InputError(f"--{name}: not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return bounds[side]


def _in_period(dates: pd.Series, since: str | date | None, until: str | date | None) -> np.ndarray:
    """Keep an event when its period overlaps [since, until]; undated events never match."""
    lo = _limit(since, 0, "since") if since is not None else date.min
    hi = _limit(until, 1, "until") if until is not None else date.max
    periods = {d: period(d) for d in dates.dropna().unique()}
    overlaps = {d: p is not None and p[1] >= lo and p[0] <= hi for d, p in periods.items()}
    return np.array([overlaps.get(d, False) for d in dates], dtype=bool)


def parse_bbox(value: str | Sequence[float]) -> tuple[float, float, float, float]:
    """``"W,S,E,N"`` (or four numbers) checked; W > E means the box crosses the antimeridian."""
    parts = value.split(",") if isinstance(value, str) else list(value)
    try:
        w, s, e, n = (float(p) for p in parts)
    except (TypeError, ValueError):
        raise InputError(f"--bbox: expected W,S,E,N numbers, got {value!r}") from None
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
        raise InputError(f"--bbox: out of range or south > north: {value!r}")
    return w, s, e, n


def _in_bbox(events: pd.DataFrame, bbox: tuple[float, float, float, float]) -> np.ndarray:
    w, s, e, n = bbox
    lon, lat = events["lon"].to_numpy(float), events["lat"].to_numpy(float)
    in_lon = (lon >= w) & (lon <= e) if w <= e else (lon >= w) | (lon <= e)
    return np.asarray(in_lon & (lat >= s) & (lat <= n), dtype=bool)


def filter_events(
    events: pd.DataFrame,
    *,
    since: str | date | None = None,
    until: str | date | None = None,
    types: str | Iterable[str] | None = None,
    country: str | None = None,
    bbox: str | Sequence[float] | None = None,
) -> pd.DataFrame:
    """Events matching every given criterion, in their original order.

    A date matches when its period overlaps [since, until]: "2022-03" is inside ``since="2022-03-05"``;
    ``until="2022-03"`` runs to the end of March. Undated events are dropped once a date bound is given.
    """
    keep = np.ones(len(events), dtype=bool)
    if since is not None or until is not None:
        keep &= _in_period(events["date"], since, until)
    if types is not None:
        keep &= events["type"].isin([types] if isinstance(types, str) else list(types)).to_numpy()
    if country is not None:
        keep &= events["country_code"].eq(country.upper()).fillna(False).to_numpy(bool)
    if bbox is not None:
        keep &= _in_bbox(events, parse_bbox(bbox))
    return events.loc[keep].reset_index(drop=True)
