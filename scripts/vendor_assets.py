"""Vendor the map's JavaScript, CSS and offline basemap into ``geomap/data/assets/``.

Run by hand when bumping a version, never at build or install time::

    python scripts/vendor_assets.py            # fetches the tarballs with `npm pack`
    python scripts/vendor_assets.py --from DIR # or reads NAME-VERSION.tgz files already in DIR

Leaflet and Leaflet.markercluster are copied as published (Leaflet's CSS gets its few images inlined as
``data:`` URIs so an inlined stylesheet requests nothing). The basemap is Natural Earth 1:50m country outlines
from world-atlas (TopoJSON), decoded, simplified as a coverage (shared borders stay shared), rounded to 0.01°
and tagged with ISO 3166-1 alpha-2 codes from i18n-iso-countries. ``MANIFEST.json`` records every file's
package, licence and sha256, and the CDN URL + SRI hash the online map links to instead.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import re
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Any

import shapely
import shapely.affinity
from shapely.geometry import MultiPolygon, Polygon, box, mapping, shape
from shapely.geometry.base import BaseGeometry

from geomap.gazetteer.shapes import decode_topojson

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "geomap" / "data" / "assets"
PACKAGES = {
    "leaflet": "1.9.4",
    "leaflet.markercluster": "1.5.3",
    "world-atlas": "2.0.2",
    "i18n-iso-countries": "7.14.0",
}
LICENSES = {
    "leaflet": "BSD-2-Clause",
    "leaflet.markercluster": "MIT",
    "world-atlas": "ISC (data: Natural Earth, public domain)",
    "i18n-iso-countries": "MIT",
}
SIMPLIFY_DEG = 0.05
DECIMALS = 2
# Natural Earth units that world-atlas leaves without an ISO numeric id but that have a code in use.
EXTRA_CODES = {"Kosovo": "XK"}


def fetch(dest: Path, source: Path | None) -> dict[str, dict[str, Any]]:
    """Unpack each pinned package into dest/NAME; returns what npm reported (integrity) per package."""
    packs: dict[str, dict[str, Any]] = {}
    for name, version in PACKAGES.items():
        if source is None:
            out = subprocess.run(
                ["npm", "pack", "--json", "--pack-destination", str(dest), f"{name}@{version}"],
                check=True,
                capture_output=True,
                text=True,
            )
            info = json.loads(out.stdout)[0]
            tgz = dest / info["filename"]
        else:
            tgz = source / f"{name}-{version}.tgz"
            info = {"integrity": "sha512-" + base64.b64encode(hashlib.sha512(tgz.read_bytes()).digest()).decode()}
        with tarfile.open(tgz) as tar:
            tar.extractall(dest / name, filter="data")
        packs[name] = {"version": version, "integrity": info["integrity"]}
    return packs


def sri(data: bytes) -> str:
    """Subresource-integrity value of a file as published (what a CDN serves)."""
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def inline_images(css: str, images: Path) -> str:
    """Replace url(images/x.png) with data: URIs so the stylesheet loads nothing."""

    def data_uri(match: re.Match[str]) -> str:
        blob = (images / match.group(1)).read_bytes()
        return f"url(data:image/png;base64,{base64.b64encode(blob).decode()})"

    return re.sub(r"url\(images/([\w.-]+\.png)\)", data_uri, css)


def rounded(coords: Any) -> Any:
    """Round nested coordinates, dropping points that collapse onto their predecessor."""
    if isinstance(coords[0], (int, float)):
        return [round(coords[0], DECIMALS), round(coords[1], DECIMALS)]
    out = [rounded(c) for c in coords]
    if isinstance(coords[0][0], (int, float)):
        out = [p for i, p in enumerate(out) if i == 0 or p != out[i - 1]]
    return out


Ring = list[tuple[float, float]]


def crossings(ring: Ring) -> list[int]:
    """Indexes i where the edge ring[i] -> ring[i + 1] jumps across the antimeridian."""
    return [i for i in range(len(ring) - 1) if abs(ring[i + 1][0] - ring[i][0]) > 180]


def around_pole(ring: Ring, i: int) -> Ring:
    """A ring that circles a pole (one crossing), closed along the map edge and the pole's parallel."""
    (x0, y0), (_, y1) = ring[i], ring[i + 1]
    pole, edge = (-90.0 if y0 < 0 else 90.0), (180.0 if x0 > 0 else -180.0)
    return [*ring[: i + 1], (edge, y0), (edge, pole), (-edge, pole), (-edge, y1), *ring[i + 1 :]]


def cut_antimeridian(geometry: BaseGeometry) -> BaseGeometry:
    """World-atlas stitches polygons across the antimeridian (right for d3, a stripe across a Leaflet map):
    cut them back into parts on either side of it."""
    parts = []
    for polygon in getattr(geometry, "geoms", [geometry]):
        rings = [list(polygon.exterior.coords), *(list(r.coords) for r in polygon.interiors)]
        cuts = crossings(rings[0])
        polar = [Polygon(around_pole(r, crossings(r)[0])) for r in rings if len(crossings(r)) % 2]
        if polar:  # Antarctica: a ring along the pole plus the coast, each circling it; the land is the larger
            parts.append(max((p.buffer(0) for p in polar), key=lambda p: p.area))
        elif not cuts:
            parts.append(polygon)
        else:  # crosses and comes back: continuous in 0..360, then the part east of 180 moves back by 360
            east = Polygon(*[[((x + 360) % 360, y) for x, y in r] for r in (rings[0], rings[1:])]).buffer(0)
            parts.append(east.intersection(box(0, -90, 180, 90)))
            parts.append(shapely.affinity.translate(east.intersection(box(180, -90, 360, 90)), xoff=-360))
    polygons = [p for part in parts for p in getattr(part, "geoms", [part]) if p.area > 0]
    return polygons[0] if len(polygons) == 1 else MultiPolygon(polygons)


def basemap(work: Path) -> dict[str, Any]:
    """Natural Earth 50m countries as a compact GeoJSON FeatureCollection keyed by ISO alpha-2."""
    topo = json.loads((work / "world-atlas/package/countries-50m.json").read_text())
    codes = json.loads((work / "i18n-iso-countries/package/codes.json").read_text())
    alpha2 = {numeric: a2 for a2, _a3, numeric, *_ in codes}
    decoded = decode_topojson(topo, "countries")
    shapes = shapely.coverage_simplify([cut_antimeridian(shape(g)) for _, g in decoded], SIMPLIFY_DEG)
    features: list[dict[str, Any]] = []
    for (props, _), geom in zip(decoded, shapes, strict=True):
        code = alpha2.get(props["id"] or "") or EXTRA_CODES.get(props["name"])
        gj = mapping(geom)
        gj = {"type": gj["type"], "coordinates": rounded(json.loads(json.dumps(gj["coordinates"])))}
        features.append({"type": "Feature", "properties": {"iso_a2": code, "name": props["name"]}, "geometry": gj})
    features.sort(key=lambda f: (f["properties"]["iso_a2"] or "~", f["properties"]["name"]))
    return {"type": "FeatureCollection", "features": features}


def write(rel: str, data: bytes, manifest: dict[str, Any], package: str, source: str, note: str = "") -> None:
    """Write one asset and record it in the manifest."""
    path = ASSETS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    entry = {
        "package": package,
        "source": source,
        "license": LICENSES[package.rsplit("@", 1)[0]],
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    manifest["files"][rel] = {**entry, **({"modified": note} if note else {})}


def vendor(work: Path, packs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Copy every asset from the unpacked packages; returns the manifest."""
    manifest: dict[str, Any] = {"packages": packs, "files": {}, "cdn": {}}
    leaflet, cluster = work / "leaflet/package", work / "leaflet.markercluster/package"
    lv, cv = f"leaflet@{PACKAGES['leaflet']}", f"leaflet.markercluster@{PACKAGES['leaflet.markercluster']}"
    copies = [
        ("leaflet/leaflet.js", lv, leaflet, "dist/leaflet.js"),
        ("leaflet/leaflet.css", lv, leaflet, "dist/leaflet.css"),
        ("leaflet/LICENSE", lv, leaflet, "LICENSE"),
        ("markercluster/leaflet.markercluster.js", cv, cluster, "dist/leaflet.markercluster.js"),
        ("markercluster/MarkerCluster.css", cv, cluster, "dist/MarkerCluster.css"),
        ("markercluster/MarkerCluster.Default.css", cv, cluster, "dist/MarkerCluster.Default.css"),
        ("markercluster/LICENSE", cv, cluster, "MIT-LICENCE.txt"),
    ]
    for rel, package, root, source in copies:
        original, note = (root / source).read_bytes(), ""
        data = original
        if rel == "leaflet/leaflet.css":
            data = inline_images(original.decode(), root / "dist/images").encode()
            note = "images/*.png inlined as data: URIs"
        write(rel, data, manifest, package, source, note)
        if rel.endswith((".js", ".css")):  # SRI of the file as published, byte for byte
            url = f"https://cdn.jsdelivr.net/npm/{package}/{source}"
            manifest["cdn"][rel] = {"url": url, "integrity": sri(original)}
    return manifest


def vendor_basemap(work: Path, manifest: dict[str, Any]) -> None:
    """The offline basemap plus the licences of everything it was made from."""
    wa, iso = f"world-atlas@{PACKAGES['world-atlas']}", f"i18n-iso-countries@{PACKAGES['i18n-iso-countries']}"
    text = json.dumps(basemap(work), separators=(",", ":"), ensure_ascii=False, sort_keys=True)
    note = f"decoded from TopoJSON, coverage-simplified {SIMPLIFY_DEG} deg, {DECIMALS} decimals, ISO alpha-2 added"
    write("basemap/countries-50m.geojson", text.encode(), manifest, wa, "countries-50m.json", note)
    write("basemap/LICENSE.world-atlas", (work / "world-atlas/package/LICENSE").read_bytes(), manifest, wa, "LICENSE")
    write(
        "basemap/LICENSE.i18n-iso-countries",
        (work / "i18n-iso-countries/package/LICENSE").read_bytes(),
        manifest,
        iso,
        "LICENSE",
    )
    notice = (
        "Country outlines: Made with Natural Earth (naturalearthdata.com), public domain, 1:50m Admin 0 "
        f"countries, as packaged in TopoJSON by npm {wa}. ISO codes: npm {iso} (codes.json).\n"
    )
    write("basemap/NOTICE", notice.encode(), manifest, wa, "README.md")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="source", type=Path, help="folder holding NAME-VERSION.tgz tarballs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        manifest = vendor(work, fetch(work, args.source))
        vendor_basemap(work, manifest)
    text = json.dumps(manifest, indent=1, sort_keys=True) + "\n"
    (ASSETS / "MANIFEST.json").write_text(text)
    print(f"wrote {len(manifest['files'])} files to {ASSETS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
