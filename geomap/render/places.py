"""The map's places: every resolved place of the places table, with or without events, and any other place
an event names (from the event's own row).

A payload place is ``[name, kind, country_code, lat, lon, shape, geometry_index, place_id, mentions,
aliases, cited]`` (aliases: the other names the articles wrote for it, which the search also finds; cited:
[first, count] of the rows of the payload's ``sources`` that quote the sentences mentioning it, or null); the
page draws a place that has no event as a neutral "mentioned only" symbol, whose popup quotes those sentences.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from geomap.longitudes import eastward, split_longitude

POINT, AREA, REGION = 0, 1, 2  # clustered marker, country-level symbol (+ outline), polygon only
AREA_KINDS = ("country", "continent")
COORD_DECIMALS = 5
GEOMETRY_DECIMALS = 4
FIELDS = ["place_id", "name", "kind", "country_code", "lat", "lon", "geometry", "mentions", "aliases", "cited"]
FROM_EVENTS = {"place_id": "place_id", "place": "name", "place_kind": "kind", "country_code": "country_code",
               "lat": "lat", "lon": "lon"}  # fmt: skip
Outlines = Callable[[str], dict[str, Any] | None]


def ids(column: pd.Series) -> list[str]:
    """Identifiers as text, as ``str()`` gives them (pandas' ``astype(str)`` would keep None missing)."""
    return [v if type(v) is str else str(v) for v in column.tolist()]


def table(events: pd.DataFrame, places: pd.DataFrame, event_places: list[str]) -> pd.DataFrame:
    """The places the map can draw (finite coordinates on the globe), sorted by id: each row of the places
    table, and for a place only events name (``event_places``: each event's place id), the first such
    event's row (no geometry, no mentions)."""
    own = places.reindex(columns=FIELDS).assign(place_id=ids(places["place_id"]))
    own = own.drop_duplicates("place_id", keep="last")
    codes, named = pd.factorize(np.array(event_places, dtype=object))
    first = np.unique(codes, return_index=True)[1]  # codes number places in order of first appearance
    new = pd.Index(own["place_id"], dtype=object).get_indexer(named) < 0
    extra = events.iloc[first[new]][list(FROM_EVENTS)].rename(columns=FROM_EVENTS)
    extra = extra.assign(place_id=named[new], geometry=None, mentions=0, aliases=None, cited=None)
    rows = pd.concat([own, extra[FIELDS]], ignore_index=True) if len(extra) else own
    lat, lon = (pd.to_numeric(rows[c], errors="coerce") for c in ("lat", "lon"))
    on_globe = lat.between(-90, 90) & lon.between(-180, 180)
    rows = rows[on_globe].assign(lat=lat[on_globe], lon=lon[on_globe])
    return rows.sort_values("place_id", kind="stable").reset_index(drop=True)


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


def texts(column: pd.Series, default: pd.Series | str | None) -> list[Any]:
    """A column as str values, a missing value replaced by ``default``."""
    filled = column.astype(object).where(column.notna(), default)
    return [v if v is None or type(v) is str else str(v) for v in filled.tolist()]


def shapes(polygons: pd.Series, kinds: list[str], codes: list[str | None], busy: np.ndarray, outlines: Outlines,
           geoms: list[Any]) -> tuple[list[int], list[int | None]]:  # fmt: skip
    """Shape and geometry index per place; the polygons go to ``geoms``. A place's own polygon is always
    drawn; a country with events also gets the basemap's outline (without events, the basemap's border is
    enough)."""
    index: list[int | None] = [None] * len(kinds)
    countries = np.array([kind == "country" for kind in kinds], dtype=bool)
    for k in np.flatnonzero(polygons.notna().to_numpy() | (countries & busy)).tolist():
        geom = geometry(polygons.iat[k])
        if geom is None and countries[k] and codes[k] and busy[k]:
            geom = outlines(codes[k])  # type: ignore[arg-type]
        if geom is not None:
            index[k] = len(geoms)
            geoms.append(geom)
    shape = [AREA if kind in AREA_KINDS else POINT if i is None else REGION for kind, i in zip(kinds, index)]
    return shape, index


def entries(rows: pd.DataFrame, busy: np.ndarray, outlines: Outlines, cited: list[list[int] | None]
            ) -> tuple[list[list[Any]], list[Any]]:
    """The payload's places (see the module docstring) and geometries; ``busy`` marks places with events,
    ``cited`` gives each place's [first, count] rows of the sentences that mention it (payload ``sources``)."""
    kinds, codes = texts(rows["kind"], "other"), texts(rows["country_code"], None)
    geoms: list[Any] = []
    shape, index = shapes(rows["geometry"], kinds, codes, busy, outlines, geoms)
    mentions = pd.to_numeric(rows["mentions"], errors="coerce").fillna(0).astype("int64").tolist()
    lat, lon = (rows[c].to_numpy(dtype=float).round(COORD_DECIMALS).tolist() for c in ("lat", "lon"))
    names = texts(rows["name"], rows["place_id"])
    aliases = [[a for a in v if type(a) is str] if isinstance(v, (list, tuple, np.ndarray)) else []
               for v in rows["aliases"]]
    columns = (names, kinds, codes, lat, lon, shape, index, rows["place_id"].tolist(), mentions, aliases, cited)
    return [list(place) for place in zip(*columns, strict=True)], geoms


def antimeridian_cut(rows: pd.DataFrame, busy: np.ndarray) -> float | None:
    """Where the map is cut when the places with events (else all places) are framed best across 180° (Fiji,
    Tonga, Samoa), else None: the page then runs on past 180° rather than splitting at it, with the longitudes
    west of the cut moved 360° east (and the basemap drawn a second time there)."""
    lon = rows["lon"].to_numpy(dtype=float)
    lon = lon[busy] if busy.any() else lon
    return split_longitude(lon[~np.isnan(lon)].tolist())


def eastward_geometry(geom: dict[str, Any], cut: float) -> dict[str, Any]:
    """A polygon drawn past 180° when it lies west of the cut (see ``antimeridian_cut``)."""
    moved = eastward(geom, cut)
    return {**moved, "coordinates": rounded(moved["coordinates"], GEOMETRY_DECIMALS)}


def bounds(rows: pd.DataFrame, busy: np.ndarray) -> list[list[float]] | None:
    """[[south, west], [north, east]] of the places with events, or of all places when none has one."""
    lat, lon = rows["lat"].to_numpy(dtype=float), rows["lon"].to_numpy(dtype=float)
    if busy.any():
        lat, lon = lat[busy], lon[busy]
    if not len(lat):
        return None
    return [[round(float(lat.min()), COORD_DECIMALS), round(float(lon.min()), COORD_DECIMALS)],
            [round(float(lat.max()), COORD_DECIMALS), round(float(lon.max()), COORD_DECIMALS)]]  # fmt: skip
