"""Exports: the one place where (lat, lon) becomes GeoJSON [lon, lat].

GeoJSON follows RFC 7946: a FeatureCollection with a top-level ``bbox`` [w, s, e, n], positions rounded to
6 decimals, no ``crs``, polygons cut at the antimeridian with counter-clockwise exterior rings, one feature
per line so golden files diff cleanly. An empty collection's bbox is ``[]`` (RFC 7946 §5: 2 × n numbers for
the n dimensions of the geometries held, here none), not the whole world, an extent there is not; the member
stays because the events contract requires it. A bbox whose west is
greater than its east crosses the antimeridian (RFC 7946 §5.2); it is chosen only when narrower than the one
that does not.
CSV holds one row per event with ``lat``/``lon`` columns, actors joined with "; " and ``sources`` as JSON
text; Parquet is GeoParquet 1.1 (a WKB ``geometry`` column, OGC:CRS84) with actors as a list column.
"""

from __future__ import annotations

import glob
import io
import json
import math
import os
import re
import secrets
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import shapely
from shapely.affinity import translate
from shapely.geometry import MultiPolygon, Point, box, mapping, shape

from geomap.errors import ExportError, InputError
from geomap.gcpause import paused_gc
from geomap.longitudes import lon_extent
from geomap.models import KINDS, PRECISIONS, ROLES, web_address
from geomap.periods import period
from geomap.table import EVENT_COLUMNS, events_frame, sort_events

__all__ = [
    "dumps_geojson",
    "events_geojson",
    "events_geojson_text",
    "format_for",
    "places_geojson",
    "read_events_geojson",
    "write_all_atomic",
    "write_atomic",
    "write_events",
]

FORMATS = ("geojson", "csv", "parquet")
SUFFIX_FORMATS = {".csv": "csv", ".parquet": "parquet", ".geoparquet": "parquet", ".geojson": "geojson"}
EVENT_PROPERTIES = tuple(c for c in EVENT_COLUMNS if c not in ("lat", "lon"))  # the point is the geometry
CITED_FIELDS = ("doc_id", "source", "url", "sentence", "place_span")  # of each sentence a place cites
_JSON: dict[str, Any] = dict(sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _value(v: Any) -> Any:
    """A JSON-ready scalar: NaN/NA become None, numpy scalars Python ones."""
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return None
    return v.item() if isinstance(v, np.generic) else v


def _actors(value: Any) -> list[str]:
    if isinstance(value, (list, tuple, np.ndarray)):
        return list(map(str, value))
    return [value] if isinstance(value, str) else []


def _span(value: Any) -> list[int] | None:
    return None if value is None or len(value) != 2 else [int(value[0]), int(value[1])]


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _sources(value: Any) -> list[dict[str, Any]]:
    """Sources reduced to the published keys: ``doc_id`` always text, the others text or null."""
    items = [] if isinstance(value, float) or value is None else value
    return [
        {
            "doc_id": str(s.get("doc_id")),
            "source": _text(s.get("source")),
            "url": web_address(s.get("url")),
            "title": _text(s.get("title")),
            "sentence": _text(s.get("sentence")),
            "place_span": _span(s.get("place_span")),
            "date_span": _span(s.get("date_span")),
        }
        for s in items
    ]


def _rounded(values: Any) -> np.ndarray:
    """Six decimals, and never -0.0, so equal points print equally."""
    return np.round(np.asarray(values, dtype="float64"), 6) + 0.0


def _lists(obj: Any) -> Any:
    """Nested tuples (as shapely gives coordinates) → nested lists (as JSON reads them back)."""
    return [_lists(o) for o in obj] if isinstance(obj, (list, tuple)) else obj


def _bbox(coords: np.ndarray) -> list[float]:
    """[w, s, e, n] of an (n, 2) array of lon/lat; empty when there is no position."""
    if not len(coords):
        return []
    west, east = lon_extent(coords[:, 0].tolist())
    return [west, float(coords[:, 1].min()), east, float(coords[:, 1].max())]


def _feature(id: str, geometry: dict[str, Any], properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "id": str(id), "geometry": geometry, "properties": properties}


def _collection(features: list[dict[str, Any]], coords: np.ndarray) -> dict[str, Any]:
    return {"type": "FeatureCollection", "bbox": _bbox(coords), "features": features}


def _property_columns(events: pd.DataFrame) -> dict[str, list[Any]]:
    """Each published property as a list of JSON-ready values (column-wise: 100k rows in well under 1 s)."""
    cols = {c: events[c].astype(object).where(events[c].notna(), None).tolist() for c in EVENT_PROPERTIES}
    cols["actors"] = [_actors(a) for a in events["actors"].tolist()]
    cols["sources"] = [_sources(s) for s in events["sources"].tolist()]
    return cols


def _event_points(events: pd.DataFrame) -> np.ndarray:
    """(n, 2) lon/lat, rounded; an event without a point cannot be exported."""
    coords = np.column_stack([_rounded(events["lon"]), _rounded(events["lat"])]).reshape(-1, 2)
    missing = np.flatnonzero(np.isnan(coords).any(axis=1))
    if len(missing):
        raise ExportError(f"event {events['id'].iloc[missing[0]]!r} has no coordinates")
    return coords


def events_geojson(events: pd.DataFrame) -> dict[str, Any]:
    """Events table → FeatureCollection of Points, one per event, ``id`` = the event id."""
    return dict(orjson.loads(events_geojson_text(events)))


@paused_gc()
def events_geojson_text(events: pd.DataFrame) -> str:
    """The events FeatureCollection as ``dumps_geojson`` writes it, each feature serialised straight from the
    table's columns (at 100k events a third faster than building the dicts first)."""
    events = sort_events(events)
    coords = _event_points(events)
    cols = _property_columns(events)
    dumps, sort = orjson.dumps, orjson.OPT_SORT_KEYS
    features = [b'{"geometry":{"coordinates":' + dumps(xy) + b',"type":"Point"},"id":' + dumps(str(row[0]))
                + b',"properties":' + dumps(dict(zip(EVENT_PROPERTIES, row)), option=sort) + b',"type":"Feature"}'
                for row, xy in zip(zip(*(cols[c] for c in EVENT_PROPERTIES)), coords.tolist())]
    body = b",\n".join(features).decode("utf-8")
    return (f'{{"bbox":{json.dumps(_bbox(coords), **_JSON)},"features":'
            f'{f"[{chr(10)}{body}{chr(10)}]" if body else "[]"},"type":"FeatureCollection"}}\n')


def _crosses_antimeridian(geom: Any) -> bool:
    """Beyond ±180, or a ring edge spanning over 180° of longitude (so meant the short way, across it)."""
    xs = [shapely.get_coordinates(r)[:, 0] for r in shapely.get_rings(shapely.get_parts(geom))]
    return any(np.abs(x).max() > 180 or np.abs(np.diff(x)).max() > 180 for x in xs)


def _split_antimeridian(geom: Any) -> Any:
    """Cut a polygon crossing the antimeridian into parts either side of it (RFC 7946 §3.1.9)."""
    shifted = shapely.transform(geom, lambda c: np.column_stack([c[:, 0] % 360, c[:, 1]]))
    east = shifted.intersection(box(-180, -90, 180, 90))
    west = translate(shifted.intersection(box(180, -90, 540, 90)), xoff=-360)
    parts = [
        p for g in (east, west) for p in shapely.get_parts(g) if p.geom_type == "Polygon" and not p.is_empty
    ]
    return MultiPolygon(parts) if len(parts) > 1 else parts[0]


def _place_geometry(row: Mapping[str, Any]) -> Any:
    """The place's real geometry when it has one, else its point; oriented, split and rounded."""
    raw = _value(row.get("geometry"))
    try:
        geom = (
            shape(json.loads(raw) if isinstance(raw, str) else raw) if raw else Point(row["lon"], row["lat"])
        )
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise ExportError(f"place {row.get('place_id')!r}: bad geometry ({exc})") from exc
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        geom = shapely.orient_polygons(_split_antimeridian(geom) if _crosses_antimeridian(geom) else geom)
    return shapely.transform(geom, _rounded)


def _place_properties(row: Mapping[str, Any], lon: float, lat: float) -> dict[str, Any]:
    if math.isnan(lon) or math.isnan(lat):
        raise ExportError(f"place {row['place_id']!r} has no coordinates")
    props = {k: _value(row.get(k)) for k in ("name", "kind", "country_code")}
    counts = {k: int(row.get(k) or 0) for k in ("mentions", "events")}
    cited = [{k: c.get(k) for k in CITED_FIELDS} for c in _cited(row.get("cited"))]
    return props | counts | {"place_id": str(row["place_id"]), "lat": lat, "lon": lon, "cited": cited}


def _cited(value: object) -> list[Mapping[str, Any]]:
    """The sentences a places-table row cites (none when the cell is missing)."""
    return [c for c in value if isinstance(c, Mapping)] if isinstance(value, (list, tuple)) else []


def _place_feature(row: Mapping[str, Any], lon: float, lat: float) -> tuple[dict[str, Any], list[list[float]]]:
    """A place's feature and its positions; a place without a real geometry skips shapely (most of them)."""
    props = _place_properties(row, lon, lat)
    if not _value(row.get("geometry")):
        point = [lon, lat]
        return _feature(row["place_id"], {"type": "Point", "coordinates": point}, props), [point]
    g = _place_geometry(row)
    geometry = {"type": g.geom_type, "coordinates": _lists(mapping(g)["coordinates"])}
    return _feature(row["place_id"], geometry, props), shapely.get_coordinates(g).tolist()


@paused_gc()
def places_geojson(places: pd.DataFrame) -> dict[str, Any]:
    """Places table → FeatureCollection, one feature per place (``id`` = place id), by place id."""
    places = places.sort_values("place_id", kind="stable")
    lons, lats = _rounded(places["lon"]).tolist(), _rounded(places["lat"]).tolist()
    built = [_place_feature(row, lon, lat) for row, lon, lat in zip(places.to_dict("records"), lons, lats)]
    coords = np.array([xy for _, positions in built for xy in positions], dtype="float64").reshape(-1, 2)
    return _collection([f for f, _ in built], coords)


def dumps_geojson(fc: Mapping[str, Any]) -> str:
    """Deterministic text: sorted keys, UTF-8, compact, one feature per line, trailing newline. Features go
    through orjson (the same text as ``json.dumps`` with these options, five times faster at 100k)."""
    parts = []
    for key in sorted(fc):
        if key == "features":
            body = ",\n".join(orjson.dumps(f, option=orjson.OPT_SORT_KEYS).decode("utf-8") for f in fc[key])
            text = f"[\n{body}\n]" if body else "[]"
        else:
            text = json.dumps(fc[key], **_JSON)
        parts.append(f"{json.dumps(key)}:{text}")
    return "{" + ",".join(parts) + "}\n"


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write via a temporary file in the same directory and ``os.replace``: readers never see half a file."""
    write_all_atomic({Path(path): data})


def write_all_atomic(files: dict[Path, str | bytes]) -> None:
    """Write several files as one: every one to a temporary file first, then each put in place, so a failure
    or an interrupt (Ctrl-C, `kill`) while writing leaves the previous files as they were and no temporary
    file. Files already put in place when a later one cannot be are put back (from hard links to the previous
    ones, made before any is replaced)."""
    staged: list[tuple[Path, Path]] = []
    kept: dict[Path, Path | None] = {}  # target -> a link to its previous file (None: there was none)
    placed: list[Path] = []
    target = next(iter(files), Path("."))
    try:
        for target, data in files.items():
            payload = data.encode("utf-8") if isinstance(data, str) else data
            tmp = _temporary(target)
            staged.append((tmp, target))
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # 0o666: honour the umask
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
        if len(files) > 1:
            for target in files:
                kept[target] = None
                if target.exists():
                    kept[target] = _temporary(target)
                    os.link(target, kept[target])  # type: ignore[arg-type]
        for tmp, target in staged:
            os.replace(tmp, target)
            placed.append(target)
    except BaseException as exc:
        for done in placed:
            previous = kept.get(done)
            if previous is not None:
                os.replace(previous, done)
            else:
                done.unlink(missing_ok=True)
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        for link in kept.values():
            if link is not None:
                link.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise ExportError(f"cannot write {target}: {exc.strerror or type(exc).__name__}") from exc
        raise
    for link in kept.values():
        if link is not None:
            link.unlink(missing_ok=True)
    for target in files:
        _remove_stale_temporaries(target)


def _temporary(target: Path) -> Path:
    """A new temporary name beside `target`, carrying this process's id (see `_remove_stale_temporaries`)."""
    return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(6)}.tmp")


def _remove_stale_temporaries(target: Path) -> None:
    """Remove the temporary files of `target` that a killed process left behind (`kill -9` mid-write): those
    whose writer's process id (in the name) no longer runs."""
    if os.name != "posix":
        return
    for tmp in target.parent.glob(f".{glob.escape(target.name)}.*-*.tmp"):
        pid = tmp.name[len(target.name) + 2:].partition("-")[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _running(int(pid)):
            tmp.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _load_collection(path: str | os.PathLike[str]) -> list[Any]:
    try:
        with open(path, encoding="utf-8-sig") as fh:
            fc = json.load(fh)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(path)) from exc
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        raise InputError(f"not valid JSON ({exc})", str(path)) from exc
    features = fc.get("features") if isinstance(fc, dict) and fc.get("type") == "FeatureCollection" else None
    if not isinstance(features, list):
        raise InputError("not a GeoJSON FeatureCollection", str(path))
    return features


def _event_row(feature: Any, where: str, path: str) -> dict[str, Any]:
    """One feature back into an events-table row (lat/lon from its Point)."""
    props = (feature.get("properties") if isinstance(feature, dict) else None) or {}
    if not isinstance(props, dict):
        raise InputError(f"{where}: properties is not an object", path)
    if "mentions" in props and "date" not in props:  # (whatever its geometry: a region's is a polygon)
        raise InputError(f"{where}: a place, not an event (pass events.geojson, not places.geojson)", path)
    geom = feature.get("geometry") if isinstance(feature, dict) else None
    coords = geom.get("coordinates") if isinstance(geom, dict) and geom.get("type") == "Point" else None
    try:
        lon, lat = float(coords[0]), float(coords[1])  # type: ignore[index]
    except (IndexError, TypeError, ValueError):
        raise InputError(f"{where}: geometry is not a Point [lon, lat]", path) from None
    row = {k: props.get(k) for k in EVENT_COLUMNS}
    row["id"] = props.get("id", feature.get("id"))
    if not isinstance(row["id"], str) or not row["id"]:
        raise InputError(f"{where}: no event id", path)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(f"{where}: coordinates [{lon}, {lat}] lie off the globe ([longitude -180…180, latitude "
                         "-90…90])", path)
    if row["date"] is not None and not (isinstance(row["date"], str) and period(row["date"])):
        raise InputError(f"{where}: date {row['date']!r} is no ISO date (YYYY, YYYY-MM, YYYY-MM-DD, 2024-W10…)", path)
    row.update(lon=lon, lat=lat, actors=_actors(row["actors"]))
    row["sources"] = _sources(s for s in row["sources"] or [] if isinstance(s, dict))
    code = row["country_code"]
    if code is not None and not (isinstance(code, str) and re.fullmatch(r"[A-Z]{2}", code)):
        raise InputError(f"{where}: country_code {code!r} is no ISO 3166-1 alpha-2 code (e.g. KE)", path)
    for key, allowed in (("place_kind", KINDS), ("role", ROLES), ("date_precision", PRECISIONS)):
        if row[key] is not None and row[key] not in allowed:
            raise InputError(f"{where}: {key} {row[key]!r} is none of {', '.join(allowed)}", path)
    return row


def read_events_geojson(path: str | os.PathLike[str]) -> pd.DataFrame:
    """An ``events.geojson`` (ours, or edited elsewhere) back into the events table."""
    features = _load_collection(path)
    return events_frame(_event_row(f, f"feature {i}", str(path)) for i, f in enumerate(features, 1))  # (from 1)


def _flat(events: pd.DataFrame) -> dict[str, list[Any]]:
    """Column lists in the table's column order: lat/lon rounded, sources as JSON text."""
    cols = _property_columns(events)
    cols["sources"] = [json.dumps(s, **_JSON) for s in cols["sources"]]
    cols["lat"], cols["lon"] = _rounded(events["lat"]).tolist(), _rounded(events["lon"]).tolist()
    return {c: cols[c] for c in EVENT_COLUMNS}


def _csv(events: pd.DataFrame) -> str:
    cols = _flat(events)
    cols["actors"] = ["; ".join(a) for a in cols["actors"]]
    text: str = pd.DataFrame(cols, columns=list(EVENT_COLUMNS)).to_csv(index=False, lineterminator="\n")
    return text


def _geoparquet(events: pd.DataFrame) -> bytes:
    cols = _flat(events)
    coords = _event_points(events)
    types = {"actors": pa.list_(pa.string()), "lat": pa.float64(), "lon": pa.float64()}
    arrays = {c: pa.array(v, types.get(c, pa.string())) for c, v in cols.items()}  # typed even when empty
    arrays["geometry"] = pa.array(shapely.to_wkb(shapely.points(coords), byte_order=1).tolist(), pa.binary())
    column: dict[str, Any] = {"encoding": "WKB", "geometry_types": ["Point"]}
    if len(coords):
        column["bbox"] = _bbox(coords)
    geo = {"version": "1.1.0", "primary_column": "geometry", "columns": {"geometry": column}}
    table = pa.table(arrays).replace_schema_metadata({"geo": json.dumps(geo, **_JSON)})
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()


def format_for(path: str | os.PathLike[str], fmt: str | None = None, default: str = "geojson") -> str:
    """``fmt`` when given, else the format the file's suffix names (.csv, .parquet, .geoparquet, .geojson),
    else ``default`` for a file with no suffix, .json or the default's own: the one rule for ``export`` and
    ``extract``. Any other suffix is an error ("out.xlsx" would have been GeoJSON under another name), and so is
    a format the suffix contradicts ("--format csv -o x.geojson" would have written CSV under GeoJSON's name)."""
    suffix = Path(path).suffix.lower()
    if fmt and SUFFIX_FORMATS.get(suffix, fmt) != fmt:
        raise InputError(f"{path}: --format {fmt} does not write {SUFFIX_FORMATS[suffix]}: name the file for {fmt}, "
                         "or leave --format out to write what the name says")
    if fmt or str(path) == "-" or not suffix or suffix in (".json", f".{default}"):
        return fmt or default
    if suffix not in SUFFIX_FORMATS:
        known = ", ".join(dict.fromkeys([f".{default}", *SUFFIX_FORMATS]))
        raise InputError(f"{path}: no format is written as {suffix!r}: name the file {known}, or give --format")
    return SUFFIX_FORMATS[suffix]


def _format_of(path: str | os.PathLike[str], fmt: str | None) -> str:
    fmt = format_for(path, fmt)
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    return fmt


_ENCODERS: dict[str, Callable[[pd.DataFrame], str | bytes]] = {
    "geojson": events_geojson_text,
    "csv": _csv,
    "parquet": _geoparquet,
}


def write_events(events: pd.DataFrame, path: str | os.PathLike[str], fmt: str | None = None) -> None:
    """Write events as geojson, csv or parquet (``fmt`` defaults from the suffix); ``"-"`` is stdout."""
    fmt = _format_of(path, fmt)
    events = sort_events(events)
    data = _ENCODERS[fmt](events)
    if str(path) != "-":
        write_atomic(path, data)
        return
    if isinstance(data, bytes) and sys.stdout.isatty():
        raise InputError(f"{fmt} is binary: give -o FILE or redirect the output to a file")
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(data.encode("utf-8") if isinstance(data, str) else data)
        sys.stdout.buffer.flush()
    except OSError as exc:
        raise ExportError(f"cannot write to standard output: {exc.strerror or exc}") from exc
