"""The whole `geomap build --events FILE --offline` on a large ACLED-style CSV, as the map issue's acceptance
run does it: build seconds, output sizes, and how fast Chromium shows the map.

Usage: python bench/build_scale.py [--rows 100000] [--places 20000] [--runs 3] [--seed 1]

Writes a synthetic ACLED CSV (seeded; real column layout, 20,000 distinct locations by default), then runs
the CLI `--runs` times in fresh processes and reports the median. In the same run, as a floor, it times
pandas reading the same CSV in a fresh process. Target (issue 5): build <= 5 s, map.html <= 15 MB, Chromium
shows the markers <= 5 s.
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from map_scale import Browser

TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
         "Strategic developments")
COLUMNS = ("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "location",
           "latitude", "longitude", "geo_precision", "time_precision", "source", "notes", "fatalities", "iso")


def write_acled(path: Path, rows: int, places: int, seed: int) -> None:
    """A synthetic ACLED export: events spread over `places` locations across the year 2022."""
    rng = random.Random(seed)
    spots = [(f"Location {i}", round(rng.uniform(-50, 60), 4), round(rng.uniform(-120, 140), 4))
             for i in range(places)]
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(COLUMNS)
        for i in range(rows):
            name, lat, lon = spots[i % places]
            out.writerow([f"SYN{i}", f"2022-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", rng.choice(TYPES),
                          "Armed clash", f"Actor {i % 50}", f"Actor {(i * 7) % 50}", name, lat, lon,
                          rng.choice((1, 1, 2, 3)), rng.choice((1, 1, 1, 2, 3)), "Synthetic Wire",
                          f"On this day an incident was reported near {name}; sources differ on details.",
                          rng.randint(0, 5), 804])


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--places", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    geomap = shutil.which("geomap", path=str(Path(sys.executable).parent)) or "geomap"
    with tempfile.TemporaryDirectory() as tmp:
        data, out = Path(tmp) / "acled.csv", Path(tmp) / "out"
        write_acled(data, args.rows, args.places, args.seed)
        floor = [timed([sys.executable, "-c", f"import pandas; pandas.read_csv({str(data)!r}, dtype=str)"])
                 for _ in range(args.runs)]
        builds = [timed([geomap, "build", "--events", str(data), "--offline", "-o", str(out)])
                  for _ in range(args.runs)]
        browser = Browser()
        try:
            shows = [browser.shows(out / "map.html") for _ in range(args.runs)]
        finally:
            browser.close()
        sizes = {name: (out / name).stat().st_size / 1e6 for name in ("map.html", "events.geojson", "places.geojson")}
    build, base = statistics.median(builds), statistics.median(floor)
    print(f"{args.rows:,} ACLED rows over {args.places:,} places, medians of {args.runs} runs")
    print(f"geomap build --offline  {build:6.2f} s   (runs: {', '.join(f'{b:.2f}' for b in builds)})")
    print(f"pandas.read_csv floor   {base:6.2f} s   build / floor = {build / base:.1f}x")
    print(f"Chromium shows the map  {statistics.median(shows):6.2f} s")
    print("sizes: " + ", ".join(f"{name} {mb:.1f} MB" for name, mb in sizes.items()))


if __name__ == "__main__":
    main()
