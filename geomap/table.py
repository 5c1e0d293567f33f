"""The events and places tables (pandas): the one format render and export read.

Events table, one row per (merged) event:
    id, date, date_precision, type, summary, actors (list[str]), place, place_id, place_kind,
    country_code, lat, lon, role, origin, sources (list[dict])
    where each source is {"doc_id", "source", "url", "sentence", "place_span", "date_span"};
    the spans are [start, end] offsets *into that sentence* (or None) so a popup can highlight them.
Places table, one row per place that has a mention or an event:
    place_id, name, kind, country_code, lat, lon, geometry (GeoJSON geometry dict or None),
    mentions (int), events (int)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

EVENT_COLUMNS = (
    "id", "date", "date_precision", "type", "summary", "actors", "place", "place_id", "place_kind",
    "country_code", "lat", "lon", "role", "origin", "sources",
)
PLACE_COLUMNS = ("place_id", "name", "kind", "country_code", "lat", "lon", "geometry", "mentions", "events")


def _frame(rows: Iterable[Mapping[str, Any]], columns: tuple[str, ...], key: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame([{c: row.get(c) for c in columns} for row in rows], columns=list(columns), dtype=object)
    frame = frame.astype({"lat": "float64", "lon": "float64"})
    return frame.sort_values(key, kind="stable", na_position="first").reset_index(drop=True)


def events_frame(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Events table in a stable order (date, then id); undated events first."""
    return _frame(rows, EVENT_COLUMNS, ["date", "id"])


def places_frame(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Places table in a stable order (by place id)."""
    frame = _frame(rows, PLACE_COLUMNS, ["place_id"])
    return frame.astype({"mentions": "int64", "events": "int64"})
