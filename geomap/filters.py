"""Filters over the events table: date range (by period overlap), type, country, bounding box.

A filter that cannot match by construction (an unknown type, a country name instead of its code, a range
that ends before it starts) is refused rather than answered with an empty result.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

import numpy as np
import pandas as pd

from geomap.errors import InputError
from geomap.event_types import ACLED_TYPE
from geomap.importers.countries import iso2_from_any
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
    if lo > hi:
        raise InputError(f"--since {since} is after --until {until}")
    periods = {d: period(d) for d in dates.dropna().unique()}
    overlaps = {d: p is not None and p[1] >= lo and p[0] <= hi for d, p in periods.items()}
    return np.array([overlaps.get(d, False) for d in dates], dtype=bool)


def _types(types: Iterable[str], present: Iterable[str]) -> list[str]:
    """The types asked for, each one of the taxonomy's or one the events carry (an edited file may add
    its own), in any case and with spaces for underscores ("Protests", "explosions remote violence")."""
    known = list(ACLED_TYPE) + sorted(set(present) - set(ACLED_TYPE))
    def key(name: str) -> str:
        return " ".join(name.casefold().replace("_", " ").split())

    by_key = {key(name): name for name in known}
    out = []
    for name in types:
        if (found := by_key.get(key(name))) is None:
            raise InputError(f"--type {name}: unknown event type (choose from {', '.join(known)})")
        out.append(found)
    return out


def country_code(value: str, present: Iterable[str] = ()) -> str:
    """An ISO 3166-1 alpha-2 code, upper-cased; a country's name or another code is refused, naming its code
    when it is known ("Kenya" is KE)."""
    code = value.strip().upper()
    if re.fullmatch(r"[A-Z]{2}", code) and (iso2_from_any(code) == code or code in set(present)):
        return code
    hint = iso2_from_any(value)
    known = f"{value} is {hint}" if hint else "e.g. UA for Ukraine"
    raise InputError(f"--country {value}: not an ISO 3166-1 alpha-2 country code ({known})")


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
    Raises InputError for a filter that cannot match: see the module docstring.
    """
    keep = np.ones(len(events), dtype=bool)
    if since is not None or until is not None:
        keep &= _in_period(events["date"], since, until)
    if types is not None:
        wanted = _types([types] if isinstance(types, str) else types, events["type"].dropna())
        keep &= events["type"].isin(wanted).to_numpy()
    if country is not None:
        code = country_code(country, events["country_code"].dropna())
        keep &= events["country_code"].eq(code).fillna(False).to_numpy(bool)
    if bbox is not None:
        keep &= _in_bbox(events, parse_bbox(bbox))
    return events.loc[keep].reset_index(drop=True)
