"""Curated events into the events table: ACLED-style CSV, GDELT-style events (TSV/CSV, header or raw), and
our own ``events.geojson``. The format is read from the file's content (its header line), not its name."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from geomap.errors import InputError
from geomap.event_types import ACLED_TYPE
from geomap.export import read_events_geojson
from geomap.gcpause import paused_gc
from geomap.importers import acled, gdelt
from geomap.importers._common import Delimited, Skip, place_ids, read_delimited
from geomap.temporal_calendar import precision_of

__all__ = ["ImportResult", "read_events_file"]

_CONVERTERS: dict[str, Callable[[Delimited, str], tuple[pd.DataFrame, list[Skip]]]] = {
    "acled": acled.convert,
    "gdelt": gdelt.convert,
}
_REQUIRED = {"acled": acled.REQUIRED, "gdelt": gdelt.REQUIRED}
_TYPE_NAMES = {**{t: t for t in ACLED_TYPE}, **{str(a).lower(): t for t, a in reversed(ACLED_TYPE.items()) if a}}
# a type written in any case, or by its ACLED name ("Protests", "Strategic developments"), is ours: not a layer of
# its own beside ours
_DEFAULTS = {"type": "other", "summary": "", "place": "unnamed place", "place_kind": "other", "role": "occurred",
             "origin": "geojson"}


@dataclass(frozen=True, slots=True)
class ImportResult:
    """The events read, and the rows that were not, as (file line, reason) with the header on line 1."""

    events: pd.DataFrame
    skipped: list[Skip]
    format: str  # "acled", "gdelt" or "geojson"


def _sniff(first_line: str, path: str) -> tuple[str, str, tuple[str, ...] | None]:
    """(format, separator, column names for a headerless file) from the first line."""
    for sep in ("\t", ",", ";", "|"):
        names = {c.strip().strip('"').lower() for c in first_line.split(sep)}
        for fmt, required in _REQUIRED.items():
            if required <= names:
                return fmt, sep, None
    layout = gdelt.headerless_layout(first_line)
    if layout:
        return "gdelt", "\t", layout
    if not first_line.strip():
        raise InputError("empty file: no header line, no events", path)
    raise InputError(
        "not an ACLED-style CSV (event_date, latitude, longitude, …), a GDELT events file (SQLDATE, "
        "ActionGeo_Lat, ActionGeo_Long, … or a raw GDELT export) or an events GeoJSON",
        path,
    )


def _from_geojson(path: str) -> pd.DataFrame:
    """Our GeoJSON, with the fields a hand-edited file may lack filled in (the origin it has is kept)."""
    events = read_events_geojson(path)
    for column, default in _DEFAULTS.items():
        events[column] = events[column].fillna(default)
    if (unnamed := events["place_id"].isna() | (events["place_id"] == "")).any():  # each point its place, not one
        events.loc[unnamed, "place_id"] = place_ids("geojson", events.loc[unnamed, "place"],
                                                    events.loc[unnamed, "lat"], events.loc[unnamed, "lon"])
    undated = events["date"].isna()
    events.loc[undated, "date_precision"] = "unknown"
    told = events["date"].map(lambda d: None if d is None or pd.isna(d) else precision_of(str(d)))
    events["date_precision"] = events["date_precision"].fillna(told)  # "2026-W47" is a week's (QA 13: "day")
    events["type"] = events["type"].map(lambda t: _TYPE_NAMES.get(str(t).lower(), t)).astype(  # "Protests" is ours
        events["type"].dtype)
    return events


def read_events_file(path: str | os.PathLike[str]) -> ImportResult:
    """Read one curated events file; bad rows are skipped and listed, a file of no known format is refused."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", name) from exc
    if (
        Path(path).suffix.lower() in (".geojson", ".json")
        or data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"
    ):
        return ImportResult(_from_geojson(name), [], "geojson")
    first = data.split(b"\n", 1)[0].decode("utf-8-sig", errors="replace").rstrip("\r")
    fmt, sep, layout = _sniff(first, name)
    with paused_gc():
        table = read_delimited(data, name, sep, layout)
        events, skipped = _CONVERTERS[fmt](table, Path(path).name)
    return ImportResult(events, sorted(table.skipped + skipped), fmt)
