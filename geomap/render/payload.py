"""The map's data: one compact JSON document built from the events and places tables.

Layout (arrays, not objects, because 100,000 events must stay a few MB; every article string is an index into
``strings`` so a sentence or URL shared by several events is stored once)::

    {"title", "types": [[name, colour, glyph]], "strings": [...],
     "places": [[name, kind, country_code, lat, lon, shape, geometry_index, place_id]],
     "geometries": [GeoJSON geometry], "bounds": [[s, w], [n, e]] | null, "range": [first, last] | null,
     "events": [[place, type, occurred, first, last, label, summary, [actors], [[doc, source, url, sentence,
                 place_start, place_end, date_start, date_end]]]],
     "unmapped": n}

Events come newest first (by first day, then the finer date), undated last. Days count from 1970-01-01.
Span offsets are UTF-16 code units (JavaScript string indices), converted from Python's code points.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

import pandas as pd

from geomap.render.dates import When, when

POINT, AREA, REGION = 0, 1, 2  # clustered marker, country-level symbol (+ outline), polygon only
AREA_KINDS = frozenset({"country", "continent"})
# Tableau 10 then its darker companions: distinct, colour-blind-aware, readable on a light basemap.
PALETTE = (
    "#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f",
    "#bab0ac", "#2f4b7c", "#a0312e", "#2e6b2a", "#b35f00", "#6b4a66", "#3f7d78",
)
COORD_DECIMALS = 5
GEOMETRY_DECIMALS = 4
Outlines = Callable[[str], dict[str, Any] | None]
EVENT_FIELDS = ("id", "date", "type", "role", "summary", "actors", "sources", "place_id")
_LINK = re.compile(r"https?://[^\s/?#]+", re.IGNORECASE)


class Strings(dict[str, int]):
    """The string table: ``strings[text]`` is the text's index, assigned on first use."""

    def __missing__(self, text: str) -> int:
        self[text] = index = len(self)
        return index


def texts(value: object) -> list[str]:
    """A list-like cell (list, tuple, numpy array) as strings; missing values give []."""
    if value is None or isinstance(value, (str, float)):
        return [value] if isinstance(value, str) else []
    return [str(v) for v in value]  # type: ignore[attr-defined]


def present(value: object) -> bool:
    """False for None and NaN, the two ways a pandas object cell says 'missing'."""
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def utf16(text: str, offset: int) -> int:
    """A code-point offset into text as a JavaScript (UTF-16) offset."""
    if text.isascii():
        return offset
    return len(text[:offset].encode("utf-16-le")) // 2


def span(text: str | None, value: object) -> list[int | None]:
    """[start, end] in UTF-16 units when value is a valid span of text, else [None, None]."""
    if text is None or value is None:
        return [None, None]
    try:
        start, end = (int(v) for v in value)  # type: ignore[attr-defined]
    except (TypeError, ValueError):  # NaN, a scalar, the wrong length
        return [None, None]
    if not 0 <= start < end <= len(text):
        return [None, None]
    return [start, end] if text.isascii() else [utf16(text, start), utf16(text, end)]


def link(url: object) -> str | None:
    """Only absolute http(s) URLs become links: no javascript:, data: or relative targets."""
    if not isinstance(url, str) or not _LINK.match(url.strip()):
        return None
    return url.strip()


def glyph(name: str) -> str:
    """The letter drawn on a type's markers."""
    return next((c.upper() for c in name if c.isalnum()), "•")


def type_styles(types: pd.Series) -> list[list[str]]:
    """[name, colour, glyph] per event type, most frequent first so common types get the clearest colours."""
    counts = Counter(str(t) if present(t) else "event" for t in types)
    ordered = sorted(counts, key=lambda t: (-counts[t], t))
    return [[name, PALETTE[i % len(PALETTE)], glyph(name)] for i, name in enumerate(ordered)]


def rounded(coords: Any, decimals: int) -> Any:
    """Nested GeoJSON coordinates rounded for a compact, stable page."""
    if isinstance(coords, (int, float)):
        return round(float(coords), decimals)
    return [rounded(c, decimals) for c in coords]


def geometry(value: object) -> dict[str, Any] | None:
    """A polygonal GeoJSON geometry dict, rounded; anything else (points, missing) is None."""
    if not isinstance(value, Mapping) or value.get("type") not in ("Polygon", "MultiPolygon"):
        return None
    return {"type": value["type"], "coordinates": rounded(value["coordinates"], GEOMETRY_DECIMALS)}


def place_rows(events: pd.DataFrame, places: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """Each event's place by id: the places table, else what the event row itself says."""
    rows: dict[str, dict[str, Any]] = {}
    cols = ["place_id", "place", "place_kind", "country_code", "lat", "lon"]
    for pid, name, kind, cc, lat, lon in zip(*(events[c] for c in cols), strict=True):
        rows.setdefault(str(pid), {"name": name, "kind": kind, "country_code": cc, "lat": lat, "lon": lon,
                                   "geometry": None})
    for row in places.to_dict("records"):
        if str(row["place_id"]) in rows:
            rows[str(row["place_id"])] = row
    return rows


def place_entry(pid: str, row: Mapping[str, Any], outlines: Outlines, geoms: list[Any]) -> list[Any]:
    """One payload place; its polygon (own, or the basemap's country outline) goes to ``geoms``."""
    kind = str(row["kind"]) if present(row["kind"]) else "other"
    cc = str(row["country_code"]) if present(row["country_code"]) else None
    geom = geometry(row["geometry"])
    if geom is None and kind == "country" and cc:
        geom = outlines(cc)
    shape = AREA if kind in AREA_KINDS else REGION if geom else POINT
    index = None
    if geom is not None:
        index = len(geoms)
        geoms.append(geom)
    lat, lon = (round(float(row[k]), COORD_DECIMALS) for k in ("lat", "lon"))
    return [str(row["name"]) if present(row["name"]) else pid, kind, cc, lat, lon, shape, index, pid]


class Encoder:
    """Turns event rows into payload entries, interning every article string."""

    def __init__(self, types: Mapping[str, int]) -> None:
        self.types = types
        self.strings = Strings()
        self.origins: dict[tuple[Any, Any, Any], list[int | None]] = {}  # (doc, source, url) -> indexes

    def text(self, value: object) -> int | None:
        return self.strings[value] if isinstance(value, str) else None

    def source(self, source: Mapping[str, Any]) -> list[Any]:
        """[doc, source, url, sentence, place_start, place_end, date_start, date_end]."""
        key = (source.get("doc_id"), source.get("source"), source.get("url"))
        origin = self.origins.get(key)
        if origin is None:
            origin = self.origins[key] = [self.text(key[0]), self.text(key[1]), self.text(link(key[2]))]
        sentence = source.get("sentence")
        sentence = sentence if isinstance(sentence, str) else None
        spans = span(sentence, source.get("place_span")) + span(sentence, source.get("date_span"))
        return [*origin, self.text(sentence), *spans]

    def event(self, place: int, w: When, row: tuple[Any, ...]) -> list[Any]:
        """One payload event from a row of EVENT_FIELDS (see the module docstring for the layout)."""
        _, _, kind, role, summary, actors, sources, _ = row
        sources = sources if present(sources) else []
        return [
            place, self.types[str(kind) if present(kind) else "event"], int(role == "occurred"), w.first, w.last,
            self.strings[w.label], self.text(summary), [self.strings[a] for a in texts(actors)],
            [self.source(x) for x in sources if isinstance(x, Mapping)],
        ]


def located(row: Mapping[str, Any]) -> bool:
    """A place the map can draw: finite coordinates on the globe."""
    try:
        lat, lon = float(row["lat"]), float(row["lon"])
    except (TypeError, ValueError):
        return False
    return -90 <= lat <= 90 and -180 <= lon <= 180


def dated_rows(events: pd.DataFrame, places: Mapping[str, int]) -> list[tuple[int, When, tuple[Any, ...]]]:
    """(place, date, row) for the events at mappable places, newest first: by first day, the finer date
    first on a tie, undated last, then by id."""
    dates = [d if isinstance(d, str) else None for d in events["date"]]
    known = {d: when(d) for d in set(dates)}
    spans = [known[d] for d in dates]
    order = pd.DataFrame({
        "undated": [w.first is None for w in spans], "first": [-(w.first or 0) for w in spans],
        "last": [w.last or 0 for w in spans], "id": [str(v) for v in events["id"]],
    }).sort_values(["undated", "first", "last", "id"], kind="stable").index
    rows = list(zip(*(events[c] for c in EVENT_FIELDS), strict=True))
    located_at = [places.get(str(pid), -1) for pid in events["place_id"]]
    return [(located_at[k], spans[k], rows[k]) for k in order if located_at[k] >= 0]


def build(events: pd.DataFrame, places: pd.DataFrame, *, title: str, outlines: Outlines) -> dict[str, Any]:
    """The page's whole data document; events at places without coordinates are only counted."""
    rows = place_rows(events, places)
    mappable = sorted(pid for pid, row in rows.items() if located(row))
    geoms: list[Any] = []
    place_list = [place_entry(pid, rows[pid], outlines, geoms) for pid in mappable]
    records = dated_rows(events, {pid: i for i, pid in enumerate(mappable)})
    types = type_styles(events["type"])
    encoder = Encoder({name: i for i, (name, _, _) in enumerate(types)})
    event_list = [encoder.event(place, w, row) for place, w, row in records]
    days = [(e[3], e[4]) for e in event_list if e[3] is not None]
    lats, lons = [p[3] for p in place_list], [p[4] for p in place_list]
    return {
        "title": title, "types": types, "strings": list(encoder.strings), "places": place_list, "geometries": geoms,
        "events": event_list, "unmapped": len(events) - len(records),
        "bounds": [[min(lats), min(lons)], [max(lats), max(lons)]] if place_list else None,
        "range": [min(d[0] for d in days), max(d[1] for d in days)] if days else None,
    }
