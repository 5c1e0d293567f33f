"""The map's data: one compact JSON document built from the events and places tables.

Layout: arrays, not objects, and events column by column, because 100,000 events must stay a few MB and
compress well; every article string is an index into ``strings`` (sorted, so similar text sits together), so
a sentence or URL shared by several events is stored once::

    {"title", "types": [[name, colour, glyph]], "strings": [...],
     "places": [[name, kind, country_code, lat, lon, shape, geometry_index, place_id]],
     "geometries": [GeoJSON geometry], "bounds": [[s, w], [n, e]] | null, "range": [first, last] | null,
     "events": {"place", "type", "occurred", "first", "last", "label", "summary", "actors", "sources"},
     "sources": {"origin", "sentence", "place_span", "date_span"}, "origins": {"doc", "source", "url"},
     "unmapped": n}

Each ``events`` column has one value per event; ``events.sources`` counts the event's entries in the
``sources`` columns, which follow event order; a source's ``origin`` is its article's row in ``origins``.
Events come newest first (by first day, then the finer date), undated last; days count from 1970-01-01.
Spans are [start, end] code-point offsets into the sentence, as given; the page checks and converts them when
it builds a popup (JavaScript strings count UTF-16 units).
"""

from __future__ import annotations

import json
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
    "#4e79a7 #e15759 #59a14f #f28e2b #b07aa1 #76b7b2 #edc948 #ff9da7 #9c755f #bab0ac "
    "#2f4b7c #a0312e #2e6b2a #b35f00 #6b4a66 #3f7d78"
).split()
COORD_DECIMALS = 5
GEOMETRY_DECIMALS = 4
Outlines = Callable[[str], dict[str, Any] | None]
EVENT_FIELDS = ("id", "date", "type", "role", "summary", "actors", "sources", "place_id")  # read from the table
EVENT_COLUMNS = ("place", "type", "occurred", "first", "last", "label", "summary", "actors", "sources")
SOURCE_COLUMNS = ("origin", "sentence", "place_span", "date_span")
ORIGIN_COLUMNS = ("doc", "source", "url")  # one row per (document, source, url): an article
_LINK = re.compile(r"https?://[^\s/?#]+", re.IGNORECASE)


class Strings(dict[str, int]):
    """The string table: ``strings[text]`` is the text's index, assigned on first use."""

    def __missing__(self, text: str) -> int:
        self[text] = index = len(self)
        return index

    def ranks(self) -> tuple[list[str], list[int]]:
        """The table sorted, and for each first-use index its index in the sorted table."""
        table = sorted(self)
        rank = [0] * len(table)
        for new, text in enumerate(table):
            rank[self[text]] = new
        return table, rank


def columns(rows: list[tuple[Any, ...]], names: tuple[str, ...]) -> dict[str, list[Any]]:
    """Rows as one list per column."""
    if not rows:
        return {name: [] for name in names}
    return {name: list(values) for name, values in zip(names, zip(*rows, strict=True), strict=True)}


def remap(values: list[int | None], rank: list[int]) -> list[int | None]:
    return [None if v is None else rank[v] for v in values]


def texts(value: object) -> list[str]:
    """A list-like cell (list, tuple, numpy array) as strings; missing values give []."""
    if value is None or isinstance(value, (str, float)):
        return [value] if isinstance(value, str) else []
    return [v if isinstance(v, str) else str(v) for v in value]  # type: ignore[attr-defined]


def type_name(value: object) -> str:
    """An event's type as shown; a missing type is "event"."""
    return value if isinstance(value, str) else str(value) if present(value) else "event"


def present(value: object) -> bool:
    """False for None and NaN, the two ways a pandas object cell says 'missing'."""
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def span(value: object) -> list[int] | None:
    """A [start, end] pair of ints (code points into the sentence, as Python counts), or None."""
    if type(value) is list and len(value) == 2 and type(value[0]) is int and type(value[1]) is int:
        return value  # the common case, kept cheap: 100,000 events
    if value is None:
        return None
    first: Any
    last: Any
    try:
        first, last = value  # type: ignore[misc]
        return [int(first), int(last)]
    except (TypeError, ValueError):  # NaN, a scalar, the wrong length
        return None


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
    counts = Counter(type_name(t) for t in types.tolist())
    ordered = sorted(counts, key=lambda t: (-counts[t], t))
    return [[name, PALETTE[i % len(PALETTE)], glyph(name)] for i, name in enumerate(ordered)]


def rounded(coords: Any, decimals: int) -> Any:
    """Nested GeoJSON coordinates rounded for a compact, stable page."""
    if isinstance(coords, (int, float)):
        return round(float(coords), decimals)
    return [rounded(c, decimals) for c in coords]


def geometry(value: object) -> dict[str, Any] | None:
    """A polygonal GeoJSON geometry (dict or its JSON text), rounded; anything else (points, missing) is None."""
    if isinstance(value, str):
        value = json.loads(value)
    if not isinstance(value, Mapping) or value.get("type") not in ("Polygon", "MultiPolygon"):
        return None
    return {"type": value["type"], "coordinates": rounded(value["coordinates"], GEOMETRY_DECIMALS)}


def place_rows(events: pd.DataFrame, places: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """Each event's place by id: the places table, else what the event row itself says."""
    rows: dict[str, dict[str, Any]] = {}
    cols = ["place_id", "place", "place_kind", "country_code", "lat", "lon"]
    for pid, name, kind, cc, lat, lon in zip(*(events[c].tolist() for c in cols), strict=True):
        rows.setdefault(
            str(pid), {"name": name, "kind": kind, "country_code": cc, "lat": lat, "lon": lon, "geometry": None}
        )
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
    """Turns event rows into payload columns, interning every article string."""

    def __init__(self, types: Mapping[str, int]) -> None:
        self.types = types
        self.strings = Strings()
        self.origins: dict[tuple[Any, Any, Any], int] = {}  # (doc, source, url) -> row in origin_rows
        self.origin_rows: list[tuple[int | None, ...]] = []
        self.sources: list[tuple[Any, ...]] = []

    def text(self, value: object) -> int | None:
        return self.strings[value] if isinstance(value, str) else None

    def source(self, source: Mapping[str, Any]) -> None:
        """Adds a row of SOURCE_COLUMNS."""
        key = (source.get("doc_id"), source.get("source"), source.get("url"))
        origin = self.origins.get(key)
        if origin is None:
            origin = self.origins[key] = len(self.origin_rows)
            self.origin_rows.append((self.text(key[0]), self.text(key[1]), self.text(link(key[2]))))
        sentence = source.get("sentence")
        if not isinstance(sentence, str):
            self.sources.append((origin, None, None, None))
        else:
            spans = (span(source.get("place_span")), span(source.get("date_span")))
            self.sources.append((origin, self.strings[sentence], *spans))

    def event(self, place: int, w: When, row: tuple[Any, ...]) -> tuple[Any, ...]:
        """A row of EVENT_COLUMNS from a row of EVENT_FIELDS; its sources are added to ``self.sources``."""
        _, _, kind, role, summary, actors, sources, _ = row
        added = 0
        for source in sources if present(sources) else ():
            if isinstance(source, Mapping):
                self.source(source)
                added += 1
        strings = self.strings
        summary_index = strings[summary] if isinstance(summary, str) else None
        actor_indexes = [strings[a] for a in texts(actors)]
        occurred = int(role == "occurred")
        return (place, self.types[type_name(kind)], occurred, w.first, w.last, strings[w.label], summary_index,
                actor_indexes, added)  # fmt: skip

    def tables(self, events: list[tuple[Any, ...]]) -> dict[str, Any]:
        """The "strings", "events", "sources" and "origins" members, string indexes renumbered for the sorted
        table."""
        table, rank = self.strings.ranks()
        event_columns, source_columns = columns(events, EVENT_COLUMNS), columns(self.sources, SOURCE_COLUMNS)
        origin_columns = columns(self.origin_rows, ORIGIN_COLUMNS)
        for name in ("label", "summary"):
            event_columns[name] = remap(event_columns[name], rank)
        event_columns["actors"] = [[rank[a] for a in actors] for actors in event_columns["actors"]]
        source_columns["sentence"] = remap(source_columns["sentence"], rank)
        for name in ORIGIN_COLUMNS:
            origin_columns[name] = remap(origin_columns[name], rank)
        return {"strings": table, "events": event_columns, "sources": source_columns, "origins": origin_columns}


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
    dates = [d if isinstance(d, str) else None for d in events["date"].tolist()]
    known = {d: when(d) for d in set(dates)}
    spans = [known[d] for d in dates]
    order = (
        pd.DataFrame(
            {
                "undated": [w.first is None for w in spans],
                "first": [-(w.first or 0) for w in spans],
                "last": [w.last or 0 for w in spans],
                "id": [str(v) for v in events["id"].tolist()],
            }
        )
        .sort_values(["undated", "first", "last", "id"], kind="stable")
        .index
    )
    rows = list(zip(*(events[c].tolist() for c in EVENT_FIELDS), strict=True))
    located_at = [places.get(str(pid), -1) for pid in events["place_id"].tolist()]
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
    event_rows = [encoder.event(place, w, row) for place, w, row in records]
    dated = [(e[3], e[4]) for e in event_rows if e[3] is not None]
    lats, lons = [p[3] for p in place_list], [p[4] for p in place_list]
    return {
        "title": title,
        "types": types,
        "places": place_list,
        "geometries": geoms,
        **encoder.tables(event_rows),
        "unmapped": len(events) - len(records),
        "bounds": [[min(lats), min(lons)], [max(lats), max(lons)]] if place_list else None,
        "range": [min(d[0] for d in dated), max(d[1] for d in dated)] if dated else None,
    }
