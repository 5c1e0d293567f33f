"""User places (CSV or GeoJSON) that add to or override the embedded index; their entries win.

CSV columns: name, lat, lon (required); kind, country_code, alternate_names ("|"-separated), population,
id (optional: "geonames:<id>" replaces that GeoNames place, anything else becomes "geomap:<slug>").
GeoJSON: Features with those properties and a Point or (Multi)Polygon geometry (a polygon's
representative point becomes the place's point; the polygon is kept).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from geomap.errors import GazetteerError, broken_lines
from geomap.gazetteer.points import region_point
from geomap.models import KINDS, Place
from geomap.names import fold

_ID = re.compile(r"^[a-z]+:\S+$")


class CustomPlaces:
    """An in-memory overlay of user places, looked up by folded name."""

    def __init__(self) -> None:
        self._by_key: dict[str, list[Place]] = {}
        self._by_id: dict[str, Place] = {}

    def __len__(self) -> int:
        return len(self._by_id)

    def add(self, place: Place, names: list[str]) -> None:
        """Add a place under its name and alternate names (a later file's entry with the same id wins)."""
        self._by_id[place.id] = place
        for key in sorted({fold(n) for n in [place.name, *names]} - {""}):
            bucket = [p for p in self._by_key.get(key, []) if p.id != place.id]
            self._by_key[key] = [*bucket, place]

    def by_key(self, key: str) -> list[Place]:
        return [self._by_id[p.id] for p in self._by_key.get(key, [])]

    def get(self, place_id: str) -> Place | None:
        return self._by_id.get(place_id)

    def overrides(self, place_id: str) -> bool:
        return place_id in self._by_id

    def load(self, path: Path) -> None:
        """Add every place of a CSV or GeoJSON file; a malformed entry names the file and line."""
        rows = _geojson_rows(path) if path.suffix.lower() in (".geojson", ".json") else _csv_rows(path)
        first: dict[str, int | str] = {}  # where each id of this file was given first
        problems, places = [], []
        for where, props, geometry in rows:
            try:
                place, names = _place(props, geometry)
            except (KeyError, ValueError, TypeError) as exc:
                problems.append(f"{path}:{where}: bad custom place: {exc}")
                continue
            if place.id in first:  # two places of one name would be one: "Newtownia" in Kenya and in Kansas
                problems.append(f"{path}:{where}: bad custom place: id {place.id!r} was given already "
                                f"({first[place.id]}); give each place its own id")
                continue
            first[place.id] = f"line {where}" if isinstance(where, int) else where
            places.append((place, names))
        if problems:  # (all of them at once, and none of the file's places)
            raise broken_lines(problems, str(path), GazetteerError, "places")
        for place, names in places:
            self.add(place, names)


def _csv_rows(path: Path) -> Iterator[tuple[int, dict[str, str], None]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:  # (a spreadsheet's byte-order mark)
            reader = csv.DictReader(fh)
            missing = {"name", "lat", "lon"} - set(reader.fieldnames or [])
            if missing:
                raise GazetteerError(f"{path}:1: custom places need columns name, lat, lon (missing "
                                     f"{', '.join(sorted(missing))})")
            for row in reader:
                yield reader.line_num, row, None
    except (OSError, UnicodeDecodeError) as exc:
        raise GazetteerError(f"{path}: cannot read custom places: {exc}") from exc


def _geojson_rows(path: Path) -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    try:
        features = json.loads(path.read_text(encoding="utf-8-sig"))["features"]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise GazetteerError(f"{path}: not a GeoJSON FeatureCollection: {exc}") from exc
    for i, feature in enumerate(features, 1):  # (counted as people count: the first is 1)
        yield f"feature {i}", feature.get("properties") or {}, feature.get("geometry")


def _place(props: Mapping[str, Any], geometry: Mapping[str, Any] | None) -> tuple[Place, list[str]]:
    name = str(props.get("name") or "").strip()
    if not name:
        raise ValueError("empty name")
    kind = str(props.get("kind") or "other").strip()
    if kind not in KINDS:
        raise ValueError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    if geometry is not None:
        if geometry.get("type") not in ("Point", "Polygon", "MultiPolygon"):
            raise ValueError(f"geometry {geometry.get('type')!r} is no Point, Polygon or MultiPolygon")
        lat, lon = region_point(geometry)
    elif props.get("lat") in (None, "") or props.get("lon") in (None, ""):
        raise ValueError("no geometry and no lat and lon")
    else:
        lat, lon = _number(props, "lat"), _number(props, "lon")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"coordinates out of range: lat {lat}, lon {lon}")
    pid = str(props.get("id") or "").strip() or "geomap:custom-" + fold(name).replace(" ", "-")
    if not _ID.match(pid):
        raise ValueError(f"id {pid!r} must look like 'geonames:123' or 'geomap:my-place'")
    cc = str(props.get("country_code") or "").strip().upper() or None
    if cc is not None and not re.fullmatch(r"[A-Z]{2}", cc):
        raise ValueError(f"country_code {props['country_code']!r} is no ISO 3166-1 alpha-2 code (e.g. KE)")
    alternates = props.get("alternate_names") or []
    if isinstance(alternates, str):
        alternates = [a.strip() for a in alternates.split("|") if a.strip()]
    shape = json.dumps(geometry, separators=(",", ":")) if geometry and geometry["type"] != "Point" else None
    population = int(_number(props, "population")) if props.get("population") not in (None, "") else 0
    return Place(pid, name, kind, lat, lon, cc, None, population, "CUSTOM", shape), list(alternates)


def _number(props: Mapping[str, Any], field: str) -> float:
    """A numeric field, or an error that says which and what it holds ("lat 'abc' is not a number")."""
    try:
        return float(props[field])
    except (TypeError, ValueError):
        raise ValueError(f"{field} {props[field]!r} is not a number") from None
